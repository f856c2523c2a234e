// Content script: settings -> snapshot -> background analysis -> apply; undo on disable.
// Every step runs in short slices (slices.js), so a huge page never freezes.
// It makes no content decisions; the engine's plan says what to hide and mark.
(() => {
  const loadedAt = performance.now(); // anchors our phase times on a trace (speed bench)
  const api = globalThis.browser ?? globalThis.chrome;
  const root = document.documentElement;
  const STATE_ATTR = 'data-factlight-state';
  // Set (to "no") beside a done state when the engine found no article, so tools can tell.
  const ARTICLE_ATTR = 'data-factlight-article';
  const host = location.hostname;
  const RERUN_DELAY_MS = 1200; // batch late content (SPAs, lazy loads)
  const NAVIGATION_DELAY_MS = 300; // an SPA renders its new article just after the URL changes
  const MAX_RERUNS = 8; // per article: a page that never settles must not keep us busy
  let undo = null;
  let generation = 0; // bumps on every start/stop so stale replies are dropped
  let observer = null;
  let rerunTimer = 0;
  let reruns = 0;
  let prefs = null; // the engine's settings (settings.js prefs()) for the current result
  let result = null; // {facts, stats} of the current result, for the panel
  let revealing = false; // "show what was hidden" is on in this tab
  let articleUrl = pageUrl();
  let carried = null; // blocks kept hidden from the last result while a re-run reads the page
  // "Clean this page anyway": the reader overrides the engine's "not an article" for this
  // page (until it is reloaded or left).
  let anyway = false;

  function report(state, extra) {
    api.runtime.sendMessage({ type: 'page', state, ...extra }).catch(() => {});
  }

  function pageUrl() {
    return location.href.split('#')[0]; // a jump within the article is not a new one
  }

  function stop() {
    generation++;
    factlightEarly.drop();
    clearTimeout(rerunTimer);
    if (observer) observer.disconnect();
    factlightReader.showHidden(false);
    unhideCarried();
    factlightApply.restore(undo);
    root.removeAttribute(ARTICLE_ATTR);
    undo = null;
    result = null;
  }

  function unhideCarried() {
    if (carried) for (const el of carried) el.removeAttribute(factlightApply.HIDDEN_ATTR);
    carried = null;
  }

  // Reads the page again (late content, an SPA's next article). Only our marks come out,
  // since the engine reads the page's own text; hidden blocks stay hidden until the new
  // plan says otherwise, so clutter does not flash back and the layout does not jump.
  function rerun() {
    generation++;
    clearTimeout(rerunTimer);
    if (observer) observer.disconnect();
    factlightReader.showHidden(false);
    if (undo) {
      carried = carried || new Set();
      for (const el of undo.hidden) carried.add(el);
      factlightApply.restoreMarks(undo);
    }
    undo = null;
    result = null;
    run().catch(fail);
  }

  function keep(key) {
    factlightSettings.keepBlock(host, key).catch(fail); // storage.onChanged re-runs without it
  }

  function showHidden() {
    return factlightReader.showHidden(revealing, undo, keep);
  }

  // One pass: snapshot -> background analysis -> apply, each in slices (slices.js) so
  // no task blocks the page for long. startedAt: when this run's work began (the
  // script's first line for the first run); taken: a snapshot made while the settings
  // were read, with its slicer.
  async function run(startedAt = performance.now(), taken = null) {
    const gen = ++generation;
    root.setAttribute(STATE_ATTR, 'working');
    const wanted = () => gen === generation; // false once stopped or restarted
    const sl = taken ? taken.sl : factlightSlices.slicer();
    // Phase timings (numbers only) go to the popup's status and the speed bench.
    const t0 = taken ? taken.t0 : performance.now();
    sl.phase = 'snapshot';
    const { snapshot, domNodes } = taken || (await factlightSnapshot.takeSliced(document, location.href, sl));
    if (!wanted()) return;
    sl.phase = 'json';
    let pieces = await factlightSnapshot.toJsonSliced(snapshot, sl, prefs);
    sl.phase = 'send';
    const t1 = performance.now();
    let plan = null;
    let error = null;
    try {
      plan = await factlightTransport.analyze(pieces, sl);
      pieces = null; // as big as the page's text: not kept alive through the apply (GC pauses)
      sl.restart();
      sl.phase = 'apply';
    } catch (e) {
      sl.restart();
      error = (e && e.message) || String(e);
    }
    const t2 = performance.now();
    if (!wanted()) return; // disabled or restarted while waiting
    if (!plan) {
      factlightEarly.drop();
      unhideCarried();
      root.setAttribute(STATE_ATTR, 'error'); // page content stays untouched
      report('error', { error });
      return;
    }
    try {
      const applied = await factlightApply.applySliced(plan, domNodes, snapshot, sl, wanted, carried);
      if (!applied) return;
      undo = applied;
      unhideCarried(); // what the new plan no longer hides
    } catch (e) {
      factlightEarly.drop();
      unhideCarried();
      root.setAttribute(STATE_ATTR, 'error');
      report('error', { error: 'apply failed: ' + ((e && e.message) || e) });
      return;
    }
    sl.end();
    const t3 = performance.now();
    factlightEarly.drop(); // the plan is in place: the early guess goes
    result = { facts: plan.facts, stats: plan.stats, article: !plan.stats || plan.stats.article_found !== false };
    if (revealing) showHidden();
    if (result.article) root.removeAttribute(ARTICLE_ATTR);
    else root.setAttribute(ARTICLE_ATTR, 'no');
    root.setAttribute(STATE_ATTR, 'done');
    const timing = {
      startMs: t0 - startedAt, snapshotMs: t1 - t0, roundTripMs: t2 - t1, applyMs: t3 - t2, totalMs: t3 - startedAt,
      longestSliceMs: sl.longest, longestSliceBy: sl.longestBy, slices: sl.spans,
      nodes: domNodes.length, marks: { loadedAt, t0, t1, t2, t3 },
    };
    report('done', { stats: plan.stats, article: result.article, timing, error: (plan.warnings || []).join('; ') || null });
    watch();
  }

  function hasNewText(records) {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (factlightReader.isOwnNode(n)) continue;
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
      if (navigated()) return;
      if (reruns >= MAX_RERUNS || !hasNewText(records)) return;
      clearTimeout(rerunTimer);
      rerunTimer = setTimeout(() => {
        reruns++;
        rerun();
      }, RERUN_DELAY_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  // A single-page app showed another article (history API, back/forward): start over on
  // it once it has rendered. True when that happened.
  function navigated() {
    if (pageUrl() === articleUrl) return false;
    articleUrl = pageUrl();
    if (!prefs) return true; // off on this site: nothing to redo
    reruns = 0;
    clearTimeout(rerunTimer);
    rerunTimer = setTimeout(rerun, NAVIGATION_DELAY_MS);
    return true;
  }

  function fail(e) {
    stop();
    root.setAttribute(STATE_ATTR, 'error');
    report('error', { error: String((e && e.message) || e) });
  }

  // Brings the page in line with the settings: off, first run, or a re-run when the
  // reader changed what is highlighted, hidden or kept.
  // startedAt: the script's first line on the first call (the settings early.js read at
  // document_start are still current then); none when storage changed (read afresh).
  async function sync(startedAt) {
    const reading = startedAt === undefined ? factlightSettings.read(host) : factlightSettings.readOnce(host);
    const due = !undo && !root.hasAttribute(STATE_ATTR);
    // Read the page while the settings are on their way; dropped unread if this site is off.
    let taken = null;
    if (due) {
      const sl = factlightSlices.slicer();
      sl.phase = 'snapshot';
      const t0 = performance.now();
      taken = { ...(await factlightSnapshot.takeSliced(document, location.href, sl)), sl, t0 };
      sl.end(); // waiting for the settings is not our work
    }
    const settings = await reading;
    if (taken) taken.sl.restart(); // our next slice starts as the settings arrive
    if (!factlightSettings.siteOn(settings, host)) {
      stop();
      prefs = null;
      root.removeAttribute(STATE_ATTR);
      root.removeAttribute(ARTICLE_ATTR);
      report('disabled');
      return;
    }
    const wanted = { ...factlightSettings.prefs(settings), ...(anyway ? { anyway } : {}) };
    const changed = JSON.stringify(wanted) !== JSON.stringify(prefs);
    prefs = wanted;
    if (due) await run(startedAt, taken);
    else if (changed) rerun();
  }

  // What the popup and the shortcuts ask of this page.
  function answer(msg) {
    switch (msg && msg.type) {
      case 'facts':
        return { ok: true, title: document.title, url: location.href, state: root.getAttribute(STATE_ATTR), revealing, ...(result || {}) };
      case 'reveal':
        return { ok: factlightReader.reveal(msg.kind, msg.entity) };
      case 'showHidden':
        revealing = Boolean(msg.on);
        return { ok: true, shown: showHidden() };
      case 'clean-anyway':
        anyway = true;
        return sync().then(() => ({ ok: true }));
      case 'next-highlight':
        return { ok: factlightReader.next() };
      case 'toggle-site':
        return factlightSettings.read(host)
          .then((s) => factlightSettings.setSite(host, !factlightSettings.siteOn(s, host)))
          .then(() => ({ ok: true }));
      default:
        return { ok: false, error: 'unknown message' };
    }
  }

  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (sender.id !== api.runtime.id) return false;
    Promise.resolve()
      .then(() => answer(msg))
      .then(sendResponse, (e) => sendResponse({ ok: false, error: String((e && e.message) || e) }));
    return true; // async sendResponse works in both browsers
  });
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && factlightSettings.touches(changes, host)) sync().catch(fail);
  });
  // Back/forward in an SPA; pushState is seen by the observer, or by the Navigation API.
  addEventListener('popstate', navigated);
  if (globalThis.navigation && globalThis.navigation.addEventListener) globalThis.navigation.addEventListener('navigatesuccess', navigated);
  sync(loadedAt).catch(fail);
})();
