// Applies an engine plan to live nodes and undoes it exactly.
// It trusts the plan for *what* to mark; it only guards *whether it is safe* to touch a node.
globalThis.factlightApply = (() => {
  const HIDDEN_ATTR = 'data-factlight-hidden';
  const MARK_TAG = 'factlight-mark';
  // Double guard: never split text the user edits or that is preformatted code. By markup
  // only (any contenteditable ancestor, even under a "false" one): isContentEditable needs
  // fresh style, and asking it after each insertion made the browser restyle the page
  // again and again (90 ms slices on a 10 MB page).
  const UNTOUCHABLE = 'input, textarea, select, pre, code, [contenteditable]';
  const KINDS = new Set(['figure', 'official', 'person']);

  function untouchable(textNode) {
    const parent = textNode.parentElement;
    return !parent || parent.closest(UNTOUCHABLE) !== null || textNode.ownerDocument.designMode === 'on';
  }

  function makeMark(doc, text, mark) {
    const el = doc.createElement(MARK_TAG);
    el.textContent = text; // page text never becomes HTML
    el.setAttribute('data-kind', KINDS.has(mark.kind) ? mark.kind : 'figure');
    el.setAttribute('data-entity', String(Number(mark.entity) | 0)); // the panel finds it by this
    const label = String(mark.label ?? '');
    el.setAttribute('title', label);
    el.setAttribute('aria-description', label);
    el.setAttribute('tabindex', '0');
    return el;
  }

  // Splits one text node around its marks; returns the undo record or null.
  function splitText(node, marks, expected) {
    const original = node.data;
    if (original !== expected || untouchable(node)) return null; // page changed it meanwhile
    const doc = node.ownerDocument;
    const inserted = [];
    let cursor = 0;
    let head = null;
    for (const m of marks) {
      if (!(m.start >= cursor && m.end > m.start && m.end <= original.length)) continue;
      if (head === null) head = original.slice(0, m.start);
      else if (m.start > cursor) inserted.push(doc.createTextNode(original.slice(cursor, m.start)));
      inserted.push(makeMark(doc, original.slice(m.start, m.end), m));
      cursor = m.end;
    }
    if (head === null) return null;
    if (cursor < original.length) inserted.push(doc.createTextNode(original.slice(cursor)));
    node.after(...inserted);
    node.data = head; // the original node stays, so page references to it survive
    return { node, original, inserted };
  }

  // The plan's changes as steps (a generator), recorded in `undo` as they are made.
  // plan: engine output; domNodes/snapshot: from factlightSnapshot at analysis time.
  // carried: blocks still hidden from the previous result of a re-run (see content.js);
  // one this plan hides again is taken over as is, and removed from the set.
  function* steps(plan, domNodes, snapshot, undo, carried) {
    const body = domNodes[0];
    const hide = plan.hide || [];
    for (let k = 0; k < hide.length; k++) {
      const el = domNodes[hide[k]];
      if (!el || el.nodeType !== 1 || el === body) continue;
      if (!el.hasAttribute(HIDDEN_ATTR)) el.setAttribute(HIDDEN_ATTR, '');
      else if (!carried || !carried.delete(el)) continue; // listed twice
      undo.hidden.push(el);
      undo.keys.push(String((plan.hideKeys || [])[k] ?? '')); // for "keep this block"
      yield;
    }
    // The engine sends marks sorted by (node, start): take them node by node as they come.
    // (Grouping them all first was one long step on a 10 MB page: 250,000 marks at once.)
    const marks = plan.marks || [];
    for (let a = 0; a < marks.length;) {
      const i = marks[a].node;
      let b = a + 1;
      while (b < marks.length && marks[b].node === i) b++;
      const node = domNodes[i];
      if (node && node.nodeType === 3 && snapshot.nodes[i]) {
        const rec = splitText(node, marks.slice(a, b), snapshot.nodes[i].text);
        if (rec) undo.splits.push(rec);
      }
      a = b;
      yield;
    }
  }

  // All at once; all or nothing.
  function apply(plan, domNodes, snapshot) {
    const undo = { hidden: [], keys: [], splits: [] };
    try {
      const it = steps(plan, domNodes, snapshot, undo);
      while (!it.next().done);
    } catch (e) {
      restore(undo);
      throw e;
    }
    return undo;
  }

  // In slices (slices.js). wanted() is asked after each pause: when the run was stopped
  // meanwhile, what was applied is undone and null returned. Also all or nothing.
  async function applySliced(plan, domNodes, snapshot, sl, wanted, carried) {
    const undo = { hidden: [], keys: [], splits: [] };
    try {
      const it = steps(plan, domNodes, snapshot, undo, carried);
      for (let r = it.next(); !r.done; r = it.next()) {
        if (!sl.due(1)) continue; // a split can insert several nodes: check the clock every step
        await sl.pause();
        if (!wanted()) {
          restore(undo);
          return null;
        }
      }
    } catch (e) {
      restore(undo);
      throw e;
    }
    return undo;
  }

  function restore(undo) {
    if (!undo) return;
    restoreMarks(undo);
    for (const el of undo.hidden) el.removeAttribute(HIDDEN_ATTR);
    undo.splits = [];
    undo.hidden = [];
    undo.keys = [];
  }

  // Takes the marks out and gives split text nodes their text back; hidden blocks stay.
  function restoreMarks(undo) {
    if (!undo) return;
    for (let k = undo.splits.length - 1; k >= 0; k--) {
      const { node, original, inserted } = undo.splits[k];
      for (const n of inserted) n.remove();
      node.data = original;
    }
    undo.splits = [];
    undo.splitNodes = null;
  }

  // The page took back a text node we had split (a framework set its data, or removed
  // it): drop our marks and tail beside it, keep the page's text, forget the split.
  function release(undo, node) {
    if (!undo || !undo.splits.length) return false;
    // A set of split nodes makes the common case (not one of ours) one lookup.
    if (!undo.splitNodes) undo.splitNodes = new Set(undo.splits.map((rec) => rec.node));
    if (!undo.splitNodes.has(node)) return false;
    undo.splitNodes.delete(node);
    const k = undo.splits.findIndex((rec) => rec.node === node);
    if (k < 0) return false;
    for (const n of undo.splits[k].inserted) n.remove();
    undo.splits.splice(k, 1);
    return true;
  }

  return { apply, applySliced, restore, restoreMarks, release, HIDDEN_ATTR, MARK_TAG };
})();
