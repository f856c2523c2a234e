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
    '(a) Factlight as the extension runs it, one fresh tab per page: snapshot (while the settings are read) →',
    'message → analysis in the extension\'s service worker → reply → hiding and highlighting.',
    '(b) Baseline: what an extension built on Readability.js and compromise pays on the page, with Factlight off',
    'for that host: evaluating the two libraries in the page (as Factlight\'s content scripts are evaluated, and',
    'counted, in (a)), then `new Readability(document.cloneNode(true)).parse()` and compromise `people()`,',
    '`numbers()`, `money()`, `percentages()` on the article text. The row "call only" leaves the evaluation out.',
    '',
    'Both are attributed by a browser-wide Chromium trace. (a) is the CPU time (`tdur`) of the page\'s main-thread',
    '`RunTask`s that ran Factlight (its content scripts\' evaluation, and every task that overlaps one of the',
    'content script\'s own slices, whole), plus every task of the extension\'s service worker while the page was',
    'open. (b) is the CPU time of the task that evaluated the libraries plus that of the task that ran their calls. CPU time, because on this 2-core',
    'machine a thread often waits for a core in the middle of a task, and the wait is not the task\'s cost;',
    'wall times of the same tasks are in the table too. Background threads (V8\'s concurrent compiler and GC)',
    'are counted for neither.',
    '',
    '| ms per page | median | p95 | max | |',
    '| --- | --- | --- | --- | --- |',
    stat('(a) Factlight: page main thread + service worker', result.factlight_ms, 'CPU, trace'),
    stat('(b) Readability + compromise: evaluation and calls', result.baseline_ms, 'CPU, trace'),
    stat('(b) call only (evaluation left out)', result.baseline_call_ms, 'CPU, trace'),
    stat('(b) evaluation of the two libraries', detail.phases.baselineEval, 'CPU, trace'),
    stat('(a) page main thread', detail.phases.pageCpu, 'CPU, trace'),
    stat('(a) page: scripts run at document_start (settings, early hiding)', detail.phases.pageCpuBy.scripts, 'CPU, trace'),
    stat('(a) page: tasks from the idle scripts\' start through the snapshot, its JSON and sending', detail.phases.pageCpuBy.snapshot, 'CPU, trace'),
    stat('(a) page: tasks from the plan\'s arrival through the apply', detail.phases.pageCpuBy.receive, 'CPU, trace'),
    stat('(a) page: tasks that began with an apply slice', detail.phases.pageCpuBy.apply, 'CPU, trace'),
    stat('(a) service worker', detail.phases.workerCpu, 'CPU, trace'),
    stat('(a) the same tasks, wall time', detail.phases.taskWall, 'trace'),
    stat('(b) wall time of the call', detail.phases.baselineWall, 'performance.now'),
    stat('(a) end to end: script start to plan applied', detail.phases.wall, 'wall, waits behind the page\'s own loading'),
    stat('(a) content script\'s own slices, summed', detail.phases.busy, 'self-timed'),
    stat('(a) service worker: parts in, analysis, plan out', detail.phases.worker, 'self-timed'),
    stat('Factlight: script start to snapshot', detail.phases.start, 'wall'),
    stat('Factlight: snapshot (page)', detail.phases.snapshot, 'wall'),
    stat('Factlight: analysis (service worker)', detail.phases.analyze, 'wall'),
    stat('Factlight: message round trip incl. analysis', detail.phases.roundTrip, 'wall'),
    stat('Factlight: apply (page)', detail.phases.apply, 'wall'),
    stat('clutter on screen: first contentful paint to hiding', detail.phases.clutterShown, 'wall'),
    stat('Factlight: longest page task', detail.phases.longestTask, 'wall, trace'),
    '',
    `- Median ratio (b)/(a), page by page, CPU: **${result.ratio_median.toFixed(1)}** (call only: ${result.ratio_call_median.toFixed(1)}); ` +
      `wall time of the same tasks: ${detail.phases.taskWallRatio.toFixed(1)}; ` +
      `(b)'s wall time over (a) end to end: ${detail.phases.wallRatio.toFixed(1)}`,
    `- Longest main-thread task caused by Factlight on any page: **${ms(result.longest_task_ms)} ms** (trace); ` +
      `longest of the content script's own slices: ${ms(result.longest_slice_ms)} ms (self-timed)`,
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
    detail.unattributed.length ? `- Not attributed in the trace (left out of the CPU rows): ${detail.unattributed.join(', ')}` : '- Every page was attributed in the trace.',
    '',
    '## Per page',
    '',
    'CPU and task wall times from the trace; the phases are wall times on the content script\'s clock.',
    '',
    '| page | nodes | (a) CPU | page | worker | (a) tasks wall | end to end | snapshot | round trip | apply | longest task | (b) CPU | (b) wall | (b)/(a) CPU |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => row([r.id.slice(0, 12), r.nodes ?? '–', ms(r.cpuMs), ms(r.pageCpuMs), ms(r.workerCpuMs), ms(r.taskWallMs), ms(r.totalMs),
      ms(r.snapshotMs), ms(r.roundTripMs), ms(r.applyMs), ms(r.longestTaskMs), ms(r.baselineCpuMs), ms(r.baselineMs),
      r.cpuMs && r.baselineCpuMs ? (r.baselineCpuMs / r.cpuMs).toFixed(1) : '–'])),
    '',
  ];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.join('\n'));
}

module.exports = { writeReport };
