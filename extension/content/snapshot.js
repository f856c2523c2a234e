// Turns a live document into plain data for the engine (no decisions here).
// Shared by the content script and the playground, so it is a classic script defining a global.
globalThis.factlightSnapshot = (() => {
  // Their contents are not reader text; emit the element, skip its children.
  const OPAQUE = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'object']);
  const EDITABLE = new Set(['input', 'textarea', 'select']);
  const MAX_ATTR = 200;
  const FLAG_EDITABLE = 1;
  const FLAG_HIDDEN = 2;

  function describe(el, p) {
    const rec = { p, tag: el.localName };
    if (el.attributes.length) {
      rec.attrs = Array.from(el.attributes, (a) => [a.name, a.value.slice(0, MAX_ATTR)]);
    }
    let flags = 0;
    if (EDITABLE.has(rec.tag) || el.isContentEditable) flags |= FLAG_EDITABLE;
    if (el.hasAttribute('hidden')) flags |= FLAG_HIDDEN;
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
    const stack = [[doc.body, -1]];
    while (stack.length) {
      const [node, p] = stack.pop();
      const index = domNodes.length;
      domNodes.push(node);
      if (node.nodeType === Node.TEXT_NODE) {
        snapshot.nodes.push({ p, tag: '#text', text: node.nodeValue });
        continue;
      }
      const rec = describe(node, p);
      snapshot.nodes.push(rec);
      if (OPAQUE.has(rec.tag)) continue;
      const kids = node.childNodes;
      for (let k = kids.length - 1; k >= 0; k--) {
        const t = kids[k].nodeType;
        if (t === Node.ELEMENT_NODE || t === Node.TEXT_NODE) stack.push([kids[k], index]);
      }
    }
    return { snapshot, domNodes };
  }

  return { take, FLAG_EDITABLE, FLAG_HIDDEN };
})();
