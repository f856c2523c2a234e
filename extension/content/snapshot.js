// Turns a live document into plain data for the engine (no decisions here).
// Shared by the content script and the playground, so it is a classic script defining a global.
globalThis.factlightSnapshot = (() => {
  // Their contents are not reader text; emit the element, skip its children.
  const OPAQUE = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'object']);
  const EDITABLE = new Set(['input', 'textarea', 'select']);
  const MAX_ATTR = 200;
  // The only attributes the engine reads (src/snapshot.rs ENGINE_ATTRS); the rest stay in the page.
  const ENGINE_ATTRS = ['class', 'id', 'role', 'itemprop', 'hidden'];
  const FLAG_EDITABLE = 1;
  const FLAG_HIDDEN = 2;

  function describe(el, p) {
    const rec = { p, tag: el.localName };
    let flags = 0;
    if (el.hasAttributes()) {
      // getAttribute by name: no Attr wrappers, which were most of the walk's cost.
      let attrs = null;
      for (const name of ENGINE_ATTRS) {
        const value = el.getAttribute(name);
        if (value !== null) (attrs || (attrs = [])).push([name, value.slice(0, MAX_ATTR)]);
      }
      if (attrs) rec.attrs = attrs;
      // The engine carries "untouchable" down to descendants, as contenteditable inherits.
      const editable = el.getAttribute('contenteditable');
      if (editable !== null && editable !== 'false') flags |= FLAG_EDITABLE;
      if (el.hasAttribute('hidden')) flags |= FLAG_HIDDEN;
    }
    if (EDITABLE.has(rec.tag)) flags |= FLAG_EDITABLE;
    if (flags) rec.flags = flags;
    return rec;
  }

  // The walk as steps (a generator), so the content script can pause between slices.
  // Fills out.snapshot.nodes and out.domNodes; domNodes[i] is the live node behind nodes[i].
  function* walk(doc, out) {
    const { snapshot, domNodes } = out;
    if (!doc.body) return;
    // Iterative pre-order walk: deep pages must not overflow the call stack.
    // Two parallel stacks rather than [node, parent] pairs: no allocation per node.
    const stack = [doc.body];
    const parents = [-1];
    while (stack.length) {
      const node = stack.pop();
      const p = parents.pop();
      const index = domNodes.length;
      domNodes.push(node);
      if (node.nodeType === Node.TEXT_NODE) {
        snapshot.nodes.push({ p, tag: '#text', text: node.nodeValue });
        yield;
        continue;
      }
      const rec = describe(node, p);
      if (p === -1 && doc.designMode === 'on') rec.flags = (rec.flags || 0) | FLAG_EDITABLE; // whole page editable
      snapshot.nodes.push(rec);
      if (!OPAQUE.has(rec.tag)) {
        for (let kid = node.lastChild; kid; kid = kid.previousSibling) {
          const t = kid.nodeType;
          if (t === Node.ELEMENT_NODE || t === Node.TEXT_NODE) {
            stack.push(kid);
            parents.push(index);
          }
        }
      }
      yield;
    }
  }

  function start(doc, url) {
    const html = doc.documentElement;
    const snapshot = {
      url: url ?? doc.URL,
      title: doc.title ?? null,
      lang: (html && html.getAttribute('lang')) || null,
      nodes: [],
    };
    return { snapshot, domNodes: [] };
  }

  // Returns {snapshot, domNodes} in one go (the playground, small documents).
  function take(doc, url) {
    const out = start(doc, url);
    const steps = walk(doc, out);
    while (!steps.next().done);
    return out;
  }

  // The same, in slices (see slices.js); the DOM may change between slices, which
  // apply.js tolerates: it re-checks every text node before touching it.
  async function takeSliced(doc, url, sl) {
    const out = start(doc, url);
    await factlightSlices.drive(walk(doc, out), sl);
    return out;
  }

  // JSON text of a snapshot, built in slices: one stringify per block of nodes.
  async function toJsonSliced(snapshot, sl) {
    const BLOCK = 2000;
    const parts = [];
    function* blocks() {
      for (let a = 0; a < snapshot.nodes.length; a += BLOCK) {
        parts.push(JSON.stringify(snapshot.nodes.slice(a, a + BLOCK)).slice(1, -1));
        yield;
      }
    }
    await factlightSlices.drive(blocks(), sl, 1); // a block is big: check the clock after each
    const head = JSON.stringify({ url: snapshot.url, title: snapshot.title, lang: snapshot.lang });
    return `${head.slice(0, -1)},"nodes":[${parts.join(',')}]}`;
  }

  return { take, takeSliced, toJsonSliced, FLAG_EDITABLE, FLAG_HIDDEN };
})();
