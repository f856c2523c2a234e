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

  // Returns {snapshot, domNodes}: domNodes[i] is the live node behind snapshot.nodes[i].
  function take(doc, url) {
    const html = doc.documentElement;
    const snapshot = {
      url: url ?? doc.URL,
      title: doc.title ?? null,
      lang: (html && html.getAttribute('lang')) || null,
      nodes: [],
    };
    const domNodes = [];
    if (!doc.body) return { snapshot, domNodes };
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
        continue;
      }
      const rec = describe(node, p);
      if (p === -1 && doc.designMode === 'on') rec.flags = (rec.flags || 0) | FLAG_EDITABLE; // whole page editable
      snapshot.nodes.push(rec);
      if (OPAQUE.has(rec.tag)) continue;
      for (let kid = node.lastChild; kid; kid = kid.previousSibling) {
        const t = kid.nodeType;
        if (t === Node.ELEMENT_NODE || t === Node.TEXT_NODE) {
          stack.push(kid);
          parents.push(index);
        }
      }
    }
    return { snapshot, domNodes };
  }

  return { take, FLAG_EDITABLE, FLAG_HIDDEN };
})();
