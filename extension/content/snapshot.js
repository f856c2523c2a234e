// Turns a live document into plain data for the engine (no decisions here).
// Shared by the content script and the playground, so it is a classic script defining a global.
globalThis.factlightSnapshot = (() => {
  // Their contents are not reader text; emit the element, skip its children.
  const OPAQUE = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'object']);
  const EDITABLE = new Set(['input', 'textarea', 'select']);
  const MAX_ATTR = 200;
  // The only attributes the engine reads (src/snapshot.rs ENGINE_ATTRS); the rest stay in the page.
  const ENGINE_ATTRS = ['class', 'id', 'role', 'itemprop', 'hidden'];
  // What the page says it is (a few <meta> values, JSON-LD), copied raw for the engine's
  // page gate; the same keys and limits as src/snapshot.rs META_KEYS, MAX_META_CHARS,
  // MAX_LD_SCRIPTS, MAX_LD_CHARS.
  const META_KEYS = ['og:type', 'article:published_time', 'article:modified_time', 'article:author', 'author', 'og:url'];
  const MAX_META_CHARS = 300;
  const MAX_LD_SCRIPTS = 8;
  const MAX_LD_CHARS = 65536;
  const FLAG_EDITABLE = 1;
  const FLAG_HIDDEN = 2;

  // The engine's attributes by name (document order, as the HTML parser gives them).
  const WANTED = new Set(ENGINE_ATTRS);

  function describe(el, p, tag) {
    const rec = { p, tag };
    let flags = 0;
    if (el.hasAttributes()) {
      // One call for the names, then getAttribute only for the ones the engine reads: no
      // Attr wrappers (most of the walk's cost once) and no lookups of absent attributes.
      const names = el.getAttributeNames();
      let attrs = null;
      for (let k = 0; k < names.length; k++) {
        const name = names[k];
        if (WANTED.has(name)) {
          const value = el.getAttribute(name);
          if (name === 'hidden') flags |= FLAG_HIDDEN;
          (attrs || (attrs = [])).push([name, value.length > MAX_ATTR ? value.slice(0, MAX_ATTR) : value]);
        } else if (name === 'contenteditable') {
          // The engine carries "untouchable" down to descendants, as contenteditable inherits.
          if (el.getAttribute(name) !== 'false') flags |= FLAG_EDITABLE;
        }
      }
      if (attrs) rec.attrs = attrs;
    }
    if (EDITABLE.has(tag)) flags |= FLAG_EDITABLE;
    if (flags) rec.flags = flags;
    return rec;
  }

  // The first node from n on (n, its next siblings) that is an element (1) or text (3).
  function eligible(n) {
    while (n) {
      const t = n.nodeType;
      if (t === 1 || t === 3) return n;
      n = n.nextSibling;
    }
    return n;
  }

  // A resumable walk: run(pause) visits nodes until the walk ends (true) or pause()
  // says the slice is spent (false; call run again to go on). A plain loop, not a
  // generator per node: the content script runs once per page, in cold code, where each
  // generator resume costs more than visiting the node.
  // Fills out.snapshot.nodes and out.domNodes; domNodes[i] is the live node behind nodes[i].
  // Pre-order by firstChild / nextSibling / parentNode, without recursion (deep pages must
  // not overflow the stack) and without queueing a node's children (200,000 siblings would
  // be one long step).
  function walker(doc, out) {
    const { snapshot, domNodes } = out;
    const body = doc.body;
    const parents = []; // the parent index of each open ancestor
    let node = body || null;
    let p = -1;
    function run(pause) {
      let count = 0;
      while (node) {
        if (++count % 128 === 0 && pause()) return false;
        const index = domNodes.length;
        domNodes.push(node);
        let descend = false;
        if (node.nodeType === 3) {
          snapshot.nodes.push({ p, tag: '#text', text: node.nodeValue });
        } else {
          const tag = node.localName;
          const rec = describe(node, p, tag);
          if (p === -1 && doc.designMode === 'on') rec.flags = (rec.flags || 0) | FLAG_EDITABLE; // whole page editable
          snapshot.nodes.push(rec);
          descend = !OPAQUE.has(tag);
        }
        const child = descend ? eligible(node.firstChild) : null;
        if (child) {
          parents.push(p);
          p = index;
          node = child;
          continue;
        }
        // No children: the next sibling, else climb. A node the page removed meanwhile has
        // no parent, which ends the walk early; the next run sees the rest.
        let cur = node;
        node = null;
        while (cur && cur !== body) {
          const sibling = eligible(cur.nextSibling);
          if (sibling) {
            node = sibling;
            break;
          }
          cur = cur.parentNode;
          p = parents.pop();
        }
      }
      return true;
    }
    return { run };
  }

  function structuredData(doc) {
    const meta = [];
    for (const key of META_KEYS) {
      // The first <meta> with this key and a content, as the HTML parser takes it.
      for (const m of doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)) {
        const content = m.getAttribute('content');
        if (content !== null) {
          meta.push([key, content.slice(0, MAX_META_CHARS)]);
          break;
        }
      }
    }
    const ld = [];
    for (const s of doc.querySelectorAll('script[type="application/ld+json" i]')) {
      if (ld.length === MAX_LD_SCRIPTS) break;
      ld.push(s.textContent.slice(0, MAX_LD_CHARS));
    }
    return { meta: meta.length ? meta : undefined, ld_json: ld.length ? ld : undefined };
  }

  function start(doc, url) {
    const html = doc.documentElement;
    const snapshot = {
      url: url ?? doc.URL,
      title: doc.title ?? null,
      lang: (html && html.getAttribute('lang')) || null,
      ...structuredData(doc),
      nodes: [],
    };
    return { snapshot, domNodes: [] };
  }

  // Returns {snapshot, domNodes} in one go (the playground, small documents).
  function take(doc, url) {
    const out = start(doc, url);
    walker(doc, out).run(() => false);
    return out;
  }

  // The same, in slices (see slices.js); the DOM may change between slices, which
  // apply.js tolerates: it re-checks every text node before touching it.
  async function takeSliced(doc, url, sl) {
    const out = start(doc, url);
    const w = walker(doc, out);
    while (!w.run(() => sl.due(1))) await sl.pause();
    return out;
  }

  // JSON text of a snapshot, built in slices, as pieces whose concatenation is the JSON:
  // joining 10 MB into one string would itself be a long task. One stringify per block of
  // nodes, a block ending at BLOCK_NODES nodes or BLOCK_CHARS characters of text.
  // prefs: the reader's settings for the engine (settings.js prefs()), or none for defaults.
  async function toJsonSliced(snapshot, sl, prefs) {
    const BLOCK_NODES = 500;
    const BLOCK_CHARS = 64 * 1024;
    const head = JSON.stringify({
      url: snapshot.url, title: snapshot.title, lang: snapshot.lang, meta: snapshot.meta, ld_json: snapshot.ld_json, prefs: prefs || undefined,
    });
    const pieces = [`${head.slice(0, -1)},"nodes":[`];
    const nodes = snapshot.nodes;
    function* blocks() {
      let a = 0;
      while (a < nodes.length) {
        let b = a;
        let chars = 0;
        while (b < nodes.length && b - a < BLOCK_NODES && chars < BLOCK_CHARS) chars += (nodes[b++].text || '').length;
        pieces.push((a ? ',' : '') + JSON.stringify(nodes.slice(a, b)).slice(1, -1));
        a = b;
        yield;
      }
    }
    await factlightSlices.drive(blocks(), sl, 1); // a block is big: check the clock after each
    pieces.push(']}');
    return pieces;
  }

  return { take, takeSliced, toJsonSliced, FLAG_EDITABLE, FLAG_HIDDEN };
})();
