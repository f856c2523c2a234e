// Playground rendering helpers: lists and the marked-up plain text. textContent only.
globalThis.playgroundRender = (() => {
  function item(list, parts) {
    const li = document.createElement('li');
    parts.filter(Boolean).forEach((p, i) => {
      const span = document.createElement('span');
      span.className = i === 0 ? 'main' : 'detail';
      span.textContent = p;
      li.append(span);
    });
    list.append(li);
  }

  function figureValue(f) {
    if (f.low != null && f.high != null && f.low !== f.high) return `${f.low}–${f.high}`;
    return f.value != null ? String(f.value) : '';
  }

  function lists(report, figuresEl, peopleEl) {
    figuresEl.replaceChildren();
    peopleEl.replaceChildren();
    for (const f of report.figures || []) {
      item(figuresEl, [f.text, figureValue(f), f.qualifier, f.unit, f.counts && `counts ${f.counts}`]);
    }
    for (const p of report.people || []) {
      item(peopleEl, [p.name || p.text, p.role, p.official ? 'official' : 'not an official']);
    }
  }

  // Report offsets are Unicode code points; JS strings index UTF-16 units.
  function codePointToUtf16(text) {
    const map = [0];
    let u = 0;
    for (const ch of text) {
      u += ch.length;
      map.push(u);
    }
    return (cp) => map[Math.min(Math.max(cp, 0), map.length - 1)];
  }

  function entities(report) {
    const all = [
      ...(report.figures || []).map((f) => ({ ...f, kind: 'figure' })),
      ...(report.people || []).map((p) => ({ ...p, kind: p.official ? 'official' : 'person' })),
    ];
    return all.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  function markedText(container, text, report) {
    container.replaceChildren();
    const at = codePointToUtf16(text);
    let cursor = 0;
    for (const e of entities(report)) {
      const start = at(e.start);
      const end = at(e.end);
      if (start < cursor || end <= start) continue; // overlaps an earlier mark
      container.append(text.slice(cursor, start));
      const mark = document.createElement('factlight-mark');
      mark.textContent = text.slice(start, end);
      mark.setAttribute('data-kind', e.kind);
      mark.setAttribute('title', e.label || '');
      mark.setAttribute('aria-description', e.label || '');
      mark.setAttribute('tabindex', '0');
      container.append(mark);
      cursor = end;
    }
    container.append(text.slice(cursor));
  }

  return { lists, markedText, codePointToUtf16 };
})();
