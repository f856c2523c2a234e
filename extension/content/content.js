// Content script: settings -> snapshot -> background analysis -> apply; undo on disable.
// Every step runs in short slices (slices.js), so a huge page never freezes.
// It makes no content decisions; the engine's plan says what to hide and mark.
(() => {
  const loadedAt = performance.now(); // anchors our phase times on a trace (speed bench)
  const api = globalThis.browser ?? globalThis.chrome;
  const root = document.documentElement;
  const STATE_ATTR = 'data-factlight-state';
  const host = location.hostname;
  const RERUN_DELAY_MS = 1200; // batch late content (SPAs, lazy loads)
  const MAX_RERUNS = 8; // a page that never settles must not keep us busy
  let undo = null;
  let generation = 0; // bumps on every start/stop so stale replies are dropped
  let observer = null;
  let rerunTimer = 0;
  let reruns = 0;

  function report(state, extra) {
    api.runtime.sendMessage({ type: 'page', state, ...extra }).catch(() => {});
  }

  async function siteEnabled() {
    const { disabledSites } = await api.storage.sync.get({ disabledSites: [] });
    return !(Array.isArray(disabledSites) && disabledSites.includes(host));
  }

  function stop() {
    generation++;
    clearTimeout(rerunTimer);
    if (observer) observer.disconnect();
    factlightApply.restore(undo);
    undo = null;
  }

  // One pass: snapshot -> background analysis -> apply, each in slices (slices.js) so
  // no task blocks the page for long. startedAt: when this run's work began (the
  // script's first line for the first run); taken: a snapshot made while the settings
  // were read, with its slicer.
  async function run(startedAt = performance.now(), taken = null) {
    const gen = ++generation;
    const wanted = () => gen === generation; // false once stopped or restarted
    const sl = taken ? taken.sl : factlightSlices.slicer();
    // Phase timings (numbers only) go to the popup's status and the speed bench.
    const t0 = taken ? taken.t0 : performance.now();
    sl.phase = 'snapshot';
    const { snapshot, domNodes } = taken || (await factlightSnapshot.takeSliced(document, location.href, sl));
    if (!wanted()) return;
    sl.phase = 'json';
    const pieces = await factlightSnapshot.toJsonSliced(snapshot, sl);
    sl.phase = 'send';
    const t1 = performance.now();
    let plan = null;
    let error = null;
    try {
      plan = await factlightTransport.analyze(pieces, sl);
      sl.restart();
      sl.phase = 'apply';
    } catch (e) {
      sl.restart();
      error = (e && e.message) || String(e);
    }
    const t2 = performance.now();
    if (!wanted()) return; // disabled or restarted while waiting
    if (!plan) {
      root.setAttribute(STATE_ATTR, 'error'); // page content stays untouched
      report('error', { error });
      return;
    }
    try {
      const applied = await factlightApply.applySliced(plan, domNodes, snapshot, sl, wanted);
      if (!applied) return;
      undo = applied;
    } catch (e) {
      root.setAttribute(STATE_ATTR, 'error');
      report('error', { error: 'apply failed: ' + ((e && e.message) || e) });
      return;
    }
    sl.end();
    const t3 = performance.now();
    root.setAttribute(STATE_ATTR, 'done');
    const timing = {
      startMs: t0 - startedAt, snapshotMs: t1 - t0, roundTripMs: t2 - t1, applyMs: t3 - t2, totalMs: t3 - startedAt,
      longestSliceMs: sl.longest, longestSliceBy: sl.longestBy, nodes: domNodes.length, marks: { loadedAt, t0, t1, t2, t3 },
    };
    report('done', { stats: plan.stats, timing, error: (plan.warnings || []).join('; ') || null });
    watch();
  }

  function hasNewText(records) {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (factlightApply.isOwnNode(n)) continue;
        if (n.nodeType === 1 || (n.nodeType === 3 && n.data.trim())) return true;
      }
    }
    return false;
  }

  // A text node we split was changed or removed by the page (frameworks keep references
  // to their text nodes and set .data): give it back whole, at once.
  function releaseTakenBack(records) {
    for (const r of records) {
      if (r.type === 'characterData') factlightApply.release(undo, r.target);
      else for (const n of r.removedNodes) if (n.nodeType === 3) factlightApply.release(undo, n);
    }
  }

  // Late content: undo and re-analyse once the page has been quiet for a moment.
  function watch() {
    if (!document.body) return;
    observer = observer || new MutationObserver((records) => {
      releaseTakenBack(records);
      if (reruns >= MAX_RERUNS || !hasNewText(records)) return;
      clearTimeout(rerunTimer);
      rerunTimer = setTimeout(() => {
        reruns++;
        stop();
        run().catch(fail);
      }, RERUN_DELAY_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  function fail(e) {
    stop();
    root.setAttribute(STATE_ATTR, 'error');
    report('error', { error: String((e && e.message) || e) });
  }

  async function sync(startedAt) {
    const enabled = siteEnabled();
    const due = !undo && !root.hasAttribute(STATE_ATTR);
    // Read the page while the settings are on their way; dropped unread if this site is off.
    let taken = null;
    if (due) {
      const sl = factlightSlices.slicer();
      sl.phase = 'snapshot';
      const t0 = performance.now();
      taken = { ...(await factlightSnapshot.takeSliced(document, location.href, sl)), sl, t0 };
    }
    if (await enabled) {
      if (due) await run(startedAt, taken);
    } else {
      stop();
      root.removeAttribute(STATE_ATTR);
      report('disabled');
    }
  }

  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes.disabledSites) sync().catch(fail);
  });
  sync(loadedAt).catch(fail);
})();
