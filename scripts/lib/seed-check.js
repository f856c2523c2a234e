// Checks what a reader sees ({visible_text, hidden_text?, highlights}) against expected.json.
// Pure function: returns one failure string per violated line, naming that line.

const collapse = (s) => String(s).replace(/\s+/g, ' ').trim();
const byKind = (highlights, ...kinds) => highlights.filter((h) => kinds.includes(h.kind));
const has = (hay, needle) => String(hay ?? '').includes(String(needle));

function checkFigures(spec, hl, fail) {
  const figures = byKind(hl, 'figure');
  for (const e of spec.must || []) {
    const value = Number(e.value).toLocaleString('en-US');
    const ok = figures.some((h) => has(h.text, e.text) && has(h.title, value) && has(h.title, e.qualifier) && has(h.title, e.counts));
    if (!ok) fail(`figures.must "${e.text}": no figure highlight containing it with ${value} / "${e.qualifier}" / "${e.counts}" in its label`);
  }
  for (const item of spec.must_not || []) {
    const bad = figures.find((h) => has(h.text, item) || (h.text.trim() && has(item, h.text.trim())));
    if (bad) fail(`figures.must_not "${item}": highlighted as figure "${bad.text}"`);
  }
}

function checkOfficials(spec, hl, fail) {
  const officials = byKind(hl, 'official');
  const persons = byKind(hl, 'person');
  for (const e of spec.must || []) {
    if (!officials.some((h) => has(h.title, e.name) && has(h.title, e.role))) {
      fail(`officials.must "${e.name}": no official highlight labelled with "${e.name}" and "${e.role}"`);
    }
    for (const m of e.mentions || []) {
      if (!officials.some((h) => has(h.text, m) && has(h.title, e.name))) {
        fail(`officials.must "${e.name}" mention "${m}": no official highlight of that text labelled "${e.name}"`);
      }
    }
  }
  for (const name of spec.persons_not_officials || []) {
    if (!persons.some((h) => has(h.text, name))) fail(`officials.persons_not_officials "${name}": no person highlight`);
    const off = officials.find((h) => has(h.text, name));
    if (off) fail(`officials.persons_not_officials "${name}": highlighted as official ("${off.title}")`);
  }
  for (const item of spec.must_not || []) {
    const bad = [...officials, ...persons].find((h) => h.text.trim() && has(item, h.text.trim()));
    if (bad) fail(`officials.must_not "${item}": highlighted as ${bad.kind} "${bad.text}"`);
  }
}

function checkClutter(spec, seen, fail) {
  const visible = collapse(seen.visible_text);
  for (const item of spec.must_hide || []) {
    if (has(seen.visible_text, item)) fail(`clutter.must_hide "${item}": still visible`);
    else if (seen.hidden_text != null && !has(seen.hidden_text, item)) fail(`clutter.must_hide "${item}": not among the hidden blocks`);
  }
  for (const item of spec.must_keep || []) {
    if (!has(visible, collapse(item))) fail(`clutter.must_keep "${item}": not visible`);
  }
}

function checkSeed(expected, seen) {
  const failures = [];
  const fail = (msg) => failures.push(msg);
  const hl = (seen.highlights || []).map((h) => ({ kind: h.kind, text: String(h.text ?? ''), title: String(h.title ?? '') }));
  checkFigures(expected.figures || {}, hl, fail);
  checkOfficials(expected.officials || {}, hl, fail);
  checkClutter(expected.clutter || {}, seen, fail);
  return failures;
}

module.exports = { checkSeed };
