// Message hub: analyses snapshots for content scripts and keeps per-tab status for the popup.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const tabs = new Map(); // tabId -> {url, host, state, stats, error}
  // The service worker / event page can be suspended; session storage keeps the popup's view.
  const session = api.storage && api.storage.session;
  const KEY = 'tabStatus';
  const loaded = session
    ? session.get(KEY).then((r) => { for (const [k, v] of Object.entries(r[KEY] || {})) if (!tabs.has(+k)) tabs.set(+k, v); }, () => {})
    : Promise.resolve();

  // What outlives a suspended worker: the site (the key of the per-site choice) and the
  // counts. Not the page's URL nor its timings: storage holds no browsing data.
  const KEPT = ['host', 'state', 'stats', 'error'];
  function keptTabs() {
    const kept = {};
    for (const [id, s] of tabs) kept[id] = Object.fromEntries(KEPT.map((k) => [k, s[k] ?? null]));
    return kept;
  }

  // Writes to storage.session are coalesced: a page's analysis, its early keys and its
  // final report were three writes of the whole record each; now they are one. A final
  // state (done, disabled, error) or a closed tab is written at once, with whatever else
  // is pending; anything else within SAVE_DELAY_MS.
  const SAVE_DELAY_MS = 1000;
  const pending = new Set(); // storage keys with changes not yet written
  let saveTimer = 0;
  function persist(key, now) {
    if (!session) return;
    pending.add(key);
    if (now) flush();
    else if (!saveTimer) saveTimer = setTimeout(flush, SAVE_DELAY_MS);
  }
  function flush() {
    clearTimeout(saveTimer);
    saveTimer = 0;
    if (!pending.size) return;
    const out = {};
    if (pending.has(KEY)) out[KEY] = keptTabs();
    if (pending.has(LAYOUTS_KEY)) out[LAYOUTS_KEY] = Object.fromEntries(layouts);
    pending.clear();
    session.set(out).catch(() => {});
  }
  const save = () => persist(KEY, true);

  function record(sender, fields) {
    const tab = sender.tab;
    if (!tab || tab.id == null || sender.frameId) return; // top frame only
    const url = sender.url || tab.url || '';
    let host = '';
    try { host = new URL(url).hostname; } catch { /* keep empty */ }
    tabs.set(tab.id, { url, host, state: null, stats: null, error: null, ...fields });
    persist(KEY, fields.state !== 'analysed'); // the page's own report follows in a moment
  }

  function errorText(e) {
    return (e && e.message) || String(e);
  }

  // What this page's analysis cost the worker (wall time), for the speed bench.
  function workerTiming(sender) {
    const s = tabs.get(sender.tab && sender.tab.id);
    return { analyzeMs: s?.analyzeMs ?? null, workerMs: s?.workerMs ?? null };
  }

  async function handle(msg, sender) {
    await loaded;
    switch (msg && msg.type) {
      case 'page': // content script reports its own state (disabled, done, error)
        record(sender, {
          state: msg.state,
          stats: msg.stats || null,
          timing: msg.timing ? { ...msg.timing, ...workerTiming(sender) } : null,
          error: msg.error || null,
        });
        return { ok: true };
      case 'earlyKeys': // the asking page's own site only
        await layoutsLoaded;
        return { ok: true, keys: layouts.get(hostOf(sender)) || [] };
      case 'status':
        return { ok: true, status: tabs.get(msg.tabId) || null };
      case 'tabs':
        return { ok: true, tabs: [...tabs].map(([tabId, s]) => ({ tabId, url: s.url, state: s.state, stats: s.stats, timing: s.timing || null })) };
      case 'command':
        return runCommand(msg.name, msg.tabId);
      case 'engine': // load cost and memory, for the popup and the speed bench
        return { ok: true, engine: factlightEngine.metrics() };
      case 'analyze': { // a small page's snapshot in one message (content/transport.js)
        const t0 = performance.now();
        let plan;
        try {
          plan = await analyze(String(msg.json), sender);
        } catch (e) {
          record(sender, { state: 'error', error: errorText(e) });
          return { ok: false, error: errorText(e) };
        }
        const reply = factlightTransport.planMessage(plan);
        const status = sender.tab && tabs.get(sender.tab.id);
        if (status) status.workerMs = performance.now() - t0;
        return reply;
      }
      case 'analyzeText': // for tools; never called with page data
        try {
          return { ok: true, report: await factlightEngine.analyzeText(msg.text) };
        } catch (e) {
          return { ok: false, error: errorText(e) };
        }
      default:
        return { ok: false, error: 'unknown message' };
    }
  }

  // Per site, the blocks the engine marked safe to hide before its next page is analysed
  // (src/early.rs; content/early.js asks at document_start). Kept in memory and in
  // storage.session (memory only, gone when the browser closes), for the last few sites.
  const LAYOUTS_KEY = 'siteLayouts';
  const MAX_SITES = 30;
  const layouts = new Map(); // host -> keys, oldest first
  const layoutsLoaded = session
    ? session.get(LAYOUTS_KEY).then((r) => { for (const [h, k] of Object.entries(r[LAYOUTS_KEY] || {})) if (!layouts.has(h)) layouts.set(h, k); }, () => {})
    : Promise.resolve();

  function rememberLayout(host, keys) {
    if (!host || !Array.isArray(keys)) return;
    layouts.delete(host);
    if (keys.length) layouts.set(host, keys);
    while (layouts.size > MAX_SITES) layouts.delete(layouts.keys().next().value);
    persist(LAYOUTS_KEY, false); // written with the page's report
  }

  function hostOf(sender) {
    try {
      return new URL(sender.url || (sender.tab && sender.tab.url) || '').hostname;
    } catch {
      return '';
    }
  }

  // Snapshot JSON in, plan out.
  async function analyze(json, sender) {
    const t0 = performance.now();
    const plan = JSON.parse(await factlightEngine.analyzeSnapshot(json));
    const analyzeMs = performance.now() - t0;
    record(sender, { state: 'analysed', stats: plan.stats, analyzeMs });
    if (!sender.frameId) rememberLayout(hostOf(sender), plan.early_keys);
    return plan;
  }

  // Content scripts send snapshots in parts over a port and get the plan back in pieces
  // (content/transport.js): large messages would block the page while deserialised.
  api.runtime.onConnect.addListener((port) => {
    if (port.name !== factlightTransport.PORT_NAME || !port.sender || port.sender.id !== api.runtime.id) return;
    const parts = [];
    let partsMs = 0; // taking the parts in; with the analysis and the reply, this page's cost here
    const post = (msg) => { try { port.postMessage(msg); } catch { /* the tab went away */ } };
    port.onMessage.addListener(async (msg) => {
      const t0 = performance.now();
      parts.push(String(msg && msg.part));
      if (!(msg && msg.last)) {
        partsMs += performance.now() - t0;
        return;
      }
      const json = parts.join('');
      partsMs += performance.now() - t0;
      await loaded;
      let plan;
      try {
        plan = await analyze(json, port.sender);
      } catch (e) {
        record(port.sender, { state: 'error', error: errorText(e) });
        post({ ok: false, error: errorText(e) });
        return;
      }
      const t1 = performance.now();
      for (const m of factlightTransport.planMessages(plan)) post(m);
      const status = port.sender.tab && tabs.get(port.sender.tab.id);
      if (status) status.workerMs = partsMs + status.analyzeMs + (performance.now() - t1);
    });
  });

  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (sender.id !== api.runtime.id) return false;
    handle(msg, sender).then(sendResponse, (e) => sendResponse({ ok: false, error: errorText(e) }));
    return true; // async sendResponse works in both browsers
  });

  // Keyboard shortcuts (manifest "commands") act in the tab they were pressed in. Also
  // reachable as a message, so tests can run the same path without a real key press.
  function runCommand(name, tabId) {
    if (tabId == null) return Promise.resolve({ ok: false, error: 'no tab' });
    return api.tabs.sendMessage(tabId, { type: name });
  }
  if (api.commands && api.commands.onCommand) {
    api.commands.onCommand.addListener((name, tab) => {
      const go = tab ? Promise.resolve(tab) : api.tabs.query({ active: true, currentWindow: true }).then((t) => t[0]);
      go.then((t) => runCommand(name, t && t.id)).catch(() => {}); // a page without Factlight
    });
  }

  factlightEngine.warm();

  // For the speed bench (evaluated in this worker): the in-memory records, URL and timings included.
  globalThis.factlightTabs = () => [...tabs.values()];

  api.tabs.onRemoved.addListener((tabId) => {
    if (tabs.delete(tabId)) save();
  });
})();
