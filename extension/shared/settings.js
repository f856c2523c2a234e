// The reader's settings in storage.sync, shared by the content script, popup, options page
// and background. Only choices live here: never page text or URLs.
//   enabled        Factlight on or off everywhere
//   disabledSites  hosts where it is off
//   figures, officials, people, clutter   what it highlights and whether it hides clutter
//   keep:<host>    keys of blocks the reader chose to keep visible on that site
// (One item per site for kept blocks: storage.sync caps each item at 8 KB.)
globalThis.factlightSettings = (() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const DEFAULTS = { enabled: true, disabledSites: [], figures: true, officials: true, people: true, clutter: true };
  const CATEGORIES = ['figures', 'officials', 'people', 'clutter'];
  const keepKey = (host) => `keep:${host}`;

  function clean(raw, host) {
    const s = { ...DEFAULTS };
    for (const k of Object.keys(DEFAULTS)) {
      if (typeof raw[k] === typeof DEFAULTS[k] && Array.isArray(raw[k]) === Array.isArray(DEFAULTS[k])) s[k] = raw[k];
    }
    s.disabledSites = s.disabledSites.filter((h) => typeof h === 'string');
    const keep = host ? raw[keepKey(host)] : null;
    s.keep = Array.isArray(keep) ? keep.filter((k) => typeof k === 'string') : [];
    return s;
  }

  // Settings as seen from `host` (its kept blocks included when host is given).
  async function read(host) {
    const keys = { ...DEFAULTS };
    if (host) keys[keepKey(host)] = [];
    return clean(await api.storage.sync.get(keys), host);
  }

  // One read per page load, shared by early.js (document_start) and content.js
  // (document_idle): by the time the page is idle the answer is already here, where a
  // second read would wait on the browser again. Forgotten when sync storage changes.
  let pageRead = null;
  function readOnce(host) {
    if (!pageRead || pageRead.host !== host) {
      const settings = read(host).catch((e) => {
        pageRead = null;
        throw e;
      });
      pageRead = { host, settings };
    }
    return pageRead.settings;
  }
  if (api && api.storage && api.storage.onChanged) {
    api.storage.onChanged.addListener((changes, area) => {
      if (area === 'sync') pageRead = null;
    });
  }

  const siteOn = (s, host) => s.enabled && !s.disabledSites.includes(host);

  // What the engine needs of them (src/preferences.rs).
  function prefs(s) {
    return { figures: s.figures, officials: s.officials, people: s.people, clutter: s.clutter, keep: s.keep };
  }

  async function setSite(host, on) {
    const { disabledSites } = await read();
    const list = disabledSites.filter((h) => h !== host);
    if (!on) list.push(host);
    await api.storage.sync.set({ disabledSites: list });
  }

  async function keepBlock(host, key) {
    const { keep } = await read(host);
    if (!keep.includes(key)) await api.storage.sync.set({ [keepKey(host)]: [...keep, key] });
  }

  async function unkeepBlock(host, key) {
    const { keep } = await read(host);
    const rest = keep.filter((k) => k !== key);
    if (rest.length) await api.storage.sync.set({ [keepKey(host)]: rest });
    else await api.storage.sync.remove(keepKey(host));
  }

  // Every site's kept blocks: {host: [keys]} (the options page).
  async function allKept() {
    const all = await api.storage.sync.get(null);
    const out = {};
    for (const [k, v] of Object.entries(all)) if (k.startsWith('keep:') && Array.isArray(v)) out[k.slice(5)] = v;
    return out;
  }

  // Whether a storage change touches what a page on `host` shows.
  function touches(changes, host) {
    return Object.keys(changes).some((k) => k in DEFAULTS || k === keepKey(host));
  }

  return { DEFAULTS, CATEGORIES, read, readOnce, siteOn, prefs, setSite, keepBlock, unkeepBlock, allKept, touches };
})();
