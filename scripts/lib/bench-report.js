// Writes the speed bench's results as Markdown (docs/bench.md for the full run).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const ms = (v) => (v == null ? '–' : v.toFixed(1));
const row = (cells) => `| ${cells.join(' | ')} |`;
const stat = (name, s, note = '') => row([name, ms(s.median), ms(s.p95), ms(s.max), note]);

function writeReport(file, result, detail, rows) {
  const chromium = detail.browserVersion ? ` ${detail.browserVersion}` : '';
  const lines = [
    '# Speed bench (`npm run bench`)',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${result.pages} pages of the`,
    `extraction benchmark, headless Chromium${chromium}, ${os.cpus().length} cores shared with other work`,
    `(noisy machine: compare the two columns, which were measured in the same run). ${detail.seconds} s in all.`,
    '',
    '(a) Factlight, timed by its content script from its first line (wall time, one fresh tab per page):',
    'snapshot (while the settings are read) → message → analysis in the extension\'s service worker → reply → hiding and highlighting.',
    '(b) Baseline: `new Readability(document.cloneNode(true)).parse()` then compromise `people()`, `numbers()`,',
    '`money()`, `percentages()` on the article text, in the same page with Factlight off for that host.',
    'Main-thread time and longest task: the page renderer\'s `RunTask` slices (Chromium trace) that ran',
    'Factlight\'s content scripts or overlapped its snapshot and apply phases.',
    '',
    '| ms per page | median | p95 | max | |',
    '| --- | --- | --- | --- | --- |',
    stat('(a) Factlight, whole pipeline', result.factlight_ms),
    stat('(b) Readability + compromise', result.baseline_ms),
    stat('Factlight: script start to snapshot', detail.phases.start),
    stat('Factlight: snapshot (page)', detail.phases.snapshot),
    stat('Factlight: analysis (service worker)', detail.phases.analyze),
    stat('Factlight: message round trip incl. analysis', detail.phases.roundTrip),
    stat('Factlight: apply (page)', detail.phases.apply),
    stat('clutter on screen: first contentful paint to hiding', detail.phases.clutterShown),
    stat('Factlight: page main-thread task time', detail.phases.mainThread, 'trace'),
    stat('Factlight: longest page task', detail.phases.longestTask, 'trace'),
    '',
    `- Median ratio (b)/(a), page by page: **${result.ratio_median.toFixed(1)}**`,
    `- Longest main-thread task caused by Factlight on any page: **${ms(result.longest_task_ms)} ms**`,
    `- wasm instantiation, cold (importing the module's bytes + instantiating them in a restarted service worker): ` +
      `**${ms(result.wasm_instantiate_ms)} ms** median of ${detail.instantiateRestartsMs.length} restarts ` +
      `(${detail.instantiateRestartsMs.map(ms).join(', ')}); ` +
      `the worker's first start, right after the extension is installed: ${ms(detail.instantiateAtStartupMs.importMs)} ms to import the bytes ` +
      `(the browser stores the worker's scripts then) + ${ms(detail.instantiateAtStartupMs.instantiateMs)} ms to instantiate; ` +
      `${ms(detail.instantiateRepeatedMs)} ms median of repeated fresh instances in a running worker`,
    `- Memory: page JS heap growth median ${detail.heapGrowth.median} B (p95 ${detail.heapGrowth.p95} B) against the same page ` +
      `without Factlight; wasm memory ${detail.wasmMemory.before} → ${detail.wasmMemory.after} B over the run`,
    `- Extension: ${result.extension_bytes} B on disk, ${result.extension_gzip_bytes} B gzipped (each file)`,
    detail.failed.length ? `- Not finished: ${detail.failed.join(', ')}` : '- Every page finished.',
    '',
    '## Per page',
    '',
    '| page | nodes | (a) ms | start | snapshot | round trip | analysis | apply | longest task | (b) ms | (b)/(a) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => row([r.id.slice(0, 12), r.nodes ?? '–', ms(r.totalMs), ms(r.startMs), ms(r.snapshotMs), ms(r.roundTripMs), ms(r.analyzeMs), ms(r.applyMs),
      ms(r.longestTaskMs), ms(r.baselineMs), r.totalMs ? (r.baselineMs / r.totalMs).toFixed(1) : '–'])),
    '',
  ];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.join('\n'));
}

module.exports = { writeReport };
