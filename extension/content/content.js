// Content script: settings -> snapshot -> background analysis -> apply; undo on disable.
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

  // startedAt: when this run's work began (the script's first line for the first run).
  // taken: a snapshot already made while the settings were being read.
  async function run(startedAt = performance.now(), taken = null) {
    const gen = ++generation;
    // Phase timings (numbers only) go to the popup's status and the speed bench.
    const t0 = taken ? taken.t0 : performance.now();
    const { snapshot, domNodes } = taken || factlightSnapshot.take(document, location.href);
    const t1 = taken ? taken.t1 : performance.now();
    let res;
    try {
      // JSON text both ways: one native pass each side, and the engine takes JSON anyway.
      res = await api.runtime.sendMessage({ type: 'analyze', snapshot: JSON.stringify(snapshot) });
      if (res && res.ok) res.plan = JSON.parse(res.plan);
    } catch (e) {
      res = { ok: false, error: 'background unreachable: ' + ((e && e.message) || e) };
    }
    const t2 = performance.now();
    if (gen !== generation) return; // disabled or restarted while waiting
    if (!res || !res.ok) {
      root.setAttribute(STATE_ATTR, 'error'); // page content stays untouched
      report('error', { error: (res && res.error) || 'no reply' });
      return;
    }
    try {
      undo = factlightApply.apply(res.plan, domNodes, snapshot);
    } catch (e) {
      root.setAttribute(STATE_ATTR, 'error');
      report('error', { error: 'apply failed: ' + ((e && e.message) || e) });
      return;
    }
    const t3 = performance.now();
    root.setAttribute(STATE_ATTR, 'done');
    const timing = {
      startMs: t0 - startedAt, snapshotMs: t1 - t0, roundTripMs: t2 - t1, applyMs: t3 - t2, totalMs: t3 - startedAt,
      nodes: domNodes.length, marks: { loadedAt, t0, t1, t2, t3 },
    };
    report('done', { stats: res.plan.stats, timing, error: (res.plan.warnings || []).join('; ') || null });
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

  // Late content: undo and re-analyse once the page has been quiet for a moment.
  function watch() {
    if (!document.body || reruns >= MAX_RERUNS) return;
    observer = observer || new MutationObserver((records) => {
      if (!hasNewText(records)) return;
      clearTimeout(rerunTimer);
      rerunTimer = setTimeout(() => {
        reruns++;
        stop();
        run().catch(fail);
      }, RERUN_DELAY_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true });
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
      const t0 = performance.now();
      taken = { ...factlightSnapshot.take(document, location.href), t0, t1: performance.now() };
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
