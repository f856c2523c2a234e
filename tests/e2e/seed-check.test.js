// Unit tests for the seed checker, so a broken checker cannot pass vacuously.
const test = require('node:test');
const assert = require('node:assert/strict');
const { checkSeed } = require('../../scripts/lib/seed-check');
const { EXPECTED } = require('./helpers');

// What a perfect run would show, built from the expectations themselves.
function perfect(expected) {
  const highlights = [];
  for (const e of expected.figures.must) {
    const label = `Figure: ${e.qualifier} ${Number(e.value).toLocaleString('en-US')} · counts ${e.counts}`;
    highlights.push({ kind: 'figure', text: e.text, title: label });
  }
  for (const e of expected.officials.must) {
    const title = `Official: ${e.name} — ${e.role}`;
    highlights.push({ kind: 'official', text: e.name, title });
    for (const m of e.mentions || []) highlights.push({ kind: 'official', text: m, title });
  }
  for (const name of expected.officials.persons_not_officials) {
    highlights.push({ kind: 'person', text: name, title: `Person: ${name}` });
  }
  return {
    visible_text: expected.clutter.must_keep.join('\n'),
    hidden_text: expected.clutter.must_hide.join('\n'),
    highlights,
  };
}

test('checker passes a perfect reading of the seed', () => {
  assert.deepEqual(checkSeed(EXPECTED, perfect(EXPECTED)), []);
});

test('checker names every failing line', () => {
  const seen = perfect(EXPECTED);
  seen.visible_text += '\nAdvertisement'; // clutter left visible
  seen.visible_text = seen.visible_text.replace('Liza Hearon contributed to this report.', '');
  seen.highlights = seen.highlights.filter((h) => !h.text.includes('352'));
  seen.highlights.push({ kind: 'figure', text: 'Monday', title: 'Figure: 1' });
  seen.highlights.push({ kind: 'official', text: 'Kyiv', title: 'Official: Kyiv — mayor' });
  seen.highlights.push({ kind: 'official', text: 'Roman Abramovich', title: 'Official: Roman Abramovich — oligarch' });
  const failures = checkSeed(EXPECTED, seen);
  const expectFailure = (fragment) => assert.ok(failures.some((f) => f.includes(fragment)), `missing failure for ${fragment}:\n${failures.join('\n')}`);
  expectFailure('clutter.must_hide "Advertisement"');
  expectFailure('clutter.must_keep "Liza Hearon contributed to this report."');
  expectFailure('figures.must "352 Ukrainian civilians"');
  expectFailure('figures.must_not "Monday"');
  expectFailure('officials.must_not "Kyiv"');
  expectFailure('officials.persons_not_officials "Roman Abramovich": highlighted as official');
  assert.equal(failures.length, 6, failures.join('\n'));
});

test('checker rejects an untouched page', () => {
  const failures = checkSeed(EXPECTED, { visible_text: EXPECTED.clutter.must_hide.join(' '), highlights: [] });
  assert.ok(failures.length >= EXPECTED.figures.must.length + EXPECTED.officials.must.length + EXPECTED.clutter.must_hide.length);
});

test('a label with the wrong qualifier fails', () => {
  const seen = perfect(EXPECTED);
  seen.highlights[0] = { ...seen.highlights[0], title: 'Figure: about 352 · counts civilians' };
  assert.deepEqual(checkSeed(EXPECTED, seen).length, 1);
});
