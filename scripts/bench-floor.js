#!/usr/bin/env node
// npm run bench:floor [-- --pages N] [--check]
// How much of (a) any extension built this way pays before doing Factlight's work: the
// speed bench run on two stripped copies of the built extension, beside the real one.
//   no-analysis: the worker answers every snapshot with an empty plan (no wasm call);
//   no-walk:     that, and the content script sends an empty snapshot (no DOM walk).
// Both keep the content scripts, the settings, the early hiding and the messaging.
// The copies live in target/bench-floor/; nothing here ships.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'target', 'bench-floor');
const EMPTY_PLAN = '{ hide: [], hide_keys: [], early_keys: [], marks: [], facts: { figures: [], officials: [], people: [], more: 0 }, '
  + 'stats: { figures: 0, officials: 0, people: 0, hidden: 0 }, warnings: [] }';

// Each edit must find its text exactly once, so a change to the extension fails loudly here.
const EDITS = {
  'no-analysis': [
    ['background/background.js', 'JSON.parse(await factlightEngine.analyzeSnapshot(json))', EMPTY_PLAN],
  ],
  'no-walk': [
    ['background/background.js', 'JSON.parse(await factlightEngine.analyzeSnapshot(json))', EMPTY_PLAN],
    ['content/snapshot.js', 'while (!w.run(() => sl.due(1))) await sl.pause();', ''],
  ],
};

function strippedCopy(name) {
  const dir = path.join(OUT, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'extension'), dir, { recursive: true });
  for (const [file, from, to] of EDITS[name]) {
    const f = path.join(dir, file);
    const text = fs.readFileSync(f, 'utf8');
    if (text.split(from).length !== 2) throw new Error(`bench:floor: "${from}" is not in ${file} exactly once; update EDITS`);
    fs.writeFileSync(f, text.replace(from, to));
  }
  return dir;
}

function bench(label, ext, pages) {
  const args = [path.join(__dirname, 'bench.js'), '--pages', String(pages), '--out', path.join(OUT, `${label}.md`)];
  if (ext) args.push('--ext', ext);
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop());
}

function main() {
  const a = process.argv.slice(2);
  const pages = a.includes('--pages') ? Number(a[a.indexOf('--pages') + 1]) : 40;
  const runs = [['Factlight', null], ['no analysis', strippedCopy('no-analysis')], ['no walk, no analysis', strippedCopy('no-walk')]];
  if (a.includes('--check')) { // the test suite: the stripped copies still build
    console.log(`bench:floor: stripped copies built in ${path.relative(ROOT, OUT)}`);
    return;
  }
  const f = (v) => v.toFixed(1);
  console.log(`bench:floor, ${pages} pages each; CPU ms a page, as (a) in docs/bench.md`);
  console.log('| extension | (a) median | (a) p95 | (b) median | ratio (b)/(a) |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [label, ext] of runs) {
    const r = bench(label.replace(/\W+/g, '-'), ext, pages);
    console.log(`| ${label} | ${f(r.factlight_ms.median)} | ${f(r.factlight_ms.p95)} | ${f(r.baseline_ms.median)} | ${f(r.ratio_median)} |`);
  }
}

main();
