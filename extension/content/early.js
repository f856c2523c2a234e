// Runs at document_start, before the page is parsed: hides the blocks that the engine
// hid on this site's previous page and marked safe to hide early (src/early.rs), so the
// reader does not see them appear and vanish. A constructed stylesheet, not a <style>
// element, so a strict page CSP has nothing to block. content.js removes it as soon as
// the engine's plan for this page is applied (or when Factlight is off here).
globalThis.factlightEarly = (() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const host = location.hostname;
  let sheet = null;
  let dropped = false;

  // "body > div#main > nav.menu" -> a CSS selector with the id and class escaped.
  function selector(key) {
    const parts = key.split(' > ').map((part) => {
      const m = /^([a-z][a-z0-9-]*)(?:([#.])(.+))?$/.exec(part);
      if (!m) return null;
      return m[2] ? `${m[1]}${m[2]}${CSS.escape(m[3])}` : m[1];
    });
    return parts.includes(null) ? null : parts.join(' > ');
  }

  function adopt(keys) {
    const s = new CSSStyleSheet();
    for (const key of keys) {
      const sel = selector(key);
      if (!sel) continue;
      try {
        s.insertRule(`${sel} { display: none !important; }`, s.cssRules.length);
      } catch { /* a selector this browser rejects: skip it, keep the others */ }
    }
    if (!s.cssRules.length || dropped) return;
    sheet = s;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, s];
  }

  async function start() {
    const [settings, res] = await Promise.all([
      factlightSettings.readOnce(host),
      api.runtime.sendMessage({ type: 'earlyKeys', host }),
    ]);
    if (!factlightSettings.siteOn(settings, host) || !settings.clutter || !res || !Array.isArray(res.keys)) return;
    adopt(res.keys.filter((k) => typeof k === 'string' && !settings.keep.includes(k)));
  }

  // The engine's plan is in place (or Factlight is off here): the early guess goes.
  function drop() {
    dropped = true;
    if (!sheet) return;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    sheet = null;
  }

  if (/^https?:$/.test(location.protocol)) start().catch(() => {}); // no guess: the page shows as usual
  return { drop };
})();
