// Content script: settings -> snapshot -> background analysis -> apply; undo on disable.
// It makes no content decisions; the engine's plan says what to hide and mark.
(() => {
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

  async function run() {
    const gen = ++generation;
    const { snapshot, domNodes } = factlightSnapshot.take(document, location.href);
    let res;
    try {
      res = await api.runtime.sendMessage({ type: 'analyze', snapshot });
    } catch (e) {
      res = { ok: false, error: 'background unreachable: ' + ((e && e.message) || e) };
    }
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
    root.setAttribute(STATE_ATTR, 'done');
    report('done', { stats: res.plan.stats, error: (res.plan.warnings || []).join('; ') || null });
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

  async function sync() {
    if (await siteEnabled()) {
      if (!undo && !root.hasAttribute(STATE_ATTR)) await run();
    } else {
      stop();
      root.removeAttribute(STATE_ATTR);
      report('disabled');
    }
  }

  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes.disabledSites) sync().catch(fail);
  });
  sync().catch(fail);
})();
