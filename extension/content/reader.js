// Reading aids the reader asks for from the panel or a shortcut: jump to a highlight,
// and show what was hidden with a "keep" button on each block. It adds only its own
// elements and attributes, and takes them all away again (restore stays exact).
globalThis.factlightReader = (() => {
  const MARK = 'factlight-mark';
  const KEEP_TAG = 'factlight-keep';
  const REVEAL_ATTR = 'data-factlight-reveal';
  const FLASH_ATTR = 'data-factlight-flash';
  const FLASH_MS = 1600;
  const reducedMotion = () => globalThis.matchMedia && matchMedia('(prefers-reduced-motion: reduce)').matches;
  let buttons = [];

  // Scrolls to a mark, focuses it (so its label is read out and shown) and flashes it.
  function flash(el) {
    el.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
    el.focus({ preventScroll: true });
    el.setAttribute(FLASH_ATTR, '');
    setTimeout(() => el.removeAttribute(FLASH_ATTR), FLASH_MS);
  }

  // The first mark of an entity: figures index the report's figures, officials and
  // other people its people (marks carry data-entity).
  function reveal(kind, entity) {
    const people = kind !== 'figure';
    for (const m of document.querySelectorAll(MARK)) {
      if ((m.getAttribute('data-kind') !== 'figure') === people && m.getAttribute('data-entity') === String(entity)) {
        flash(m);
        return true;
      }
    }
    return false;
  }

  // The next rendered mark after the focused one, or the first one below the top of the
  // window; wraps around at the end.
  function next() {
    const marks = [...document.querySelectorAll(MARK)].filter((m) => m.getClientRects().length > 0);
    if (!marks.length) return false;
    let i = marks.indexOf(document.activeElement) + 1;
    if (i === 0) i = Math.max(0, marks.findIndex((m) => m.getBoundingClientRect().top > 1));
    flash(marks[i % marks.length]);
    return true;
  }

  function keepButton(onKeep, key) {
    const b = document.createElement(KEEP_TAG);
    b.textContent = 'Hidden by Factlight · Keep this block on this site';
    b.setAttribute('role', 'button');
    b.setAttribute('tabindex', '0');
    const act = (e) => {
      e.preventDefault();
      e.stopPropagation(); // the page's own handlers (a wrapping link) must not fire
      onKeep(key);
    };
    b.addEventListener('click', act);
    b.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') act(e); });
    return b;
  }

  // Shows (outlined) or hides again the blocks in undo.hidden; each shown block gets a
  // button that calls onKeep(its key).
  function showHidden(on, undo, onKeep) {
    for (const b of buttons) b.remove();
    buttons = [];
    const root = document.documentElement;
    if (!on || !undo) {
      root.removeAttribute(REVEAL_ATTR);
      return 0;
    }
    root.setAttribute(REVEAL_ATTR, '');
    undo.hidden.forEach((el, k) => {
      const b = keepButton(onKeep, undo.keys[k]);
      el.prepend(b);
      buttons.push(b);
    });
    return buttons.length;
  }

  const isOwnNode = (n) => n.nodeType === 1 && (n.localName === MARK || n.localName === KEEP_TAG);

  return { reveal, next, showHidden, isOwnNode };
})();
