// Renders the key facts (src/facts.rs) as lists of buttons; activating one asks the page
// to scroll to that highlight. textContent only: page text never becomes HTML.
globalThis.factlightFactsView = (() => {
  function item(what, detail, onPick) {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'fact';
    const w = document.createElement('span');
    w.className = 'what';
    w.textContent = what;
    b.append(w);
    if (detail) {
      const d = document.createElement('span');
      d.className = 'detail';
      d.textContent = detail;
      b.append(d);
    }
    b.addEventListener('click', onPick);
    li.append(b);
    return li;
  }

  function list(title, entries) {
    const frag = document.createDocumentFragment();
    if (!entries.length) return frag;
    const h = document.createElement('h3');
    h.textContent = `${title} (${entries.length})`;
    const ul = document.createElement('ul');
    ul.setAttribute('aria-label', title);
    ul.append(...entries);
    frag.append(h, ul);
    return frag;
  }

  const mentions = (n) => (n === 1 ? '1 mention' : `${n} mentions`);

  // Fills `box`; pick(kind, entity) is called when an entry is chosen.
  function render(box, facts, pick) {
    const figures = (facts.figures || []).map((f) =>
      item(f.counts ? `${f.value} · ${f.counts}` : f.value, f.sentence, () => pick('figure', f.entity)));
    const person = (kind) => (p) =>
      item(p.name, [p.role, mentions(p.mentions)].filter(Boolean).join(' · '), () => pick(kind, p.entity));
    box.replaceChildren(
      list('Figures', figures),
      list('Officials', (facts.officials || []).map(person('official'))),
      list('Other people', (facts.people || []).map(person('person'))),
    );
    if (facts.more) {
      const p = document.createElement('p');
      p.className = 'muted';
      p.textContent = `${facts.more} more not listed.`;
      box.append(p);
    }
    return figures.length + (facts.officials || []).length + (facts.people || []).length;
  }

  return { render };
})();
