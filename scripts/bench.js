#!/usr/bin/env node
// npm run bench [-- --pages N | --sample N] [--dir DIR] [--out FILE] [--ext UNPACKED_DIR]
// Factlight as the extension runs it against what a reader would install instead
// (Readability.js + compromise), page by page, in one headless Chromium run.
// See docs/bench.md for what each column means; the full run rewrites that file.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { launch, waitFor } = require('./lib/browsers');
const { DEFAULT_DIR, loadOrSkip, serve } = require('./lib/benchmark-pages');
const { startTrace, extensionTasks, workerTasks, longestRendererTask, scriptStartTs } = require('./lib/trace');
const { summary, median } = require('./lib/stats');
const { extensionSize } = require('./lib/extension-size');
const { baselineSource, runBaseline } = require('./lib/baseline');
const { setDisabledSites, stateSet } = require('./lib/inspect-lib'); // stateSet: done or error
const { writeReport } = require('./lib/bench-report');

const ROOT = path.resolve(__dirname, '..');
const STATE_TIMEOUT_MS = 30000;
const INSTANTIATE_REPEATS = 7;
const COLD_RESTARTS = 7;
const BASELINE_SOURCE = `${baselineSource()};0`; // ;0 - the script's completion value must be serialisable

function args() {
  const a = process.argv.slice(2);
  const get = (flag, dflt) => (a.includes(flag) ? a[a.indexOf(flag) + 1] : dflt);
  const pages = Number(get('--pages', 0));
  // N pages evenly spaced over the set (a fixed sample), e.g. of WCXB's seven page types.
  const sample = Number(get('--sample', 0));
  return {
    sample,
    dir: path.resolve(get('--dir', DEFAULT_DIR)),
    pages,
    // Another unpacked build, for A/B runs.
    ext: get('--ext', undefined),
    // Only the full run may rewrite the README's table; short runs write under target/.
    out: path.resolve(get('--out', pages > 0 || sample > 0 ? path.join(ROOT, 'target', 'bench', 'bench.md') : path.join(ROOT, 'docs', 'bench.md'))),
  };
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

// (b): the page with Factlight off for this host, then Readability + compromise on it, as an
// extension built on them would run: the two libraries evaluated in the page (as Factlight's
// own content scripts are, and counted in (a)), then their calls. Each step traced alone.
async function measureBaseline(session, url) {
  const page = await session.newPage();
  try {
    const cdp = await session.context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load', timeout: 30000 });
    const heapWithout = await heapAfterGc(cdp);
    // Evaluated over CDP rather than a <script> tag: the page's CSP and its own errors stay out of it.
    const evalTrace = await startTrace(await browserCdp(session));
    const evalStarted = performance.now();
    await page.evaluate(BASELINE_SOURCE);
    const evalWallMs = performance.now() - evalStarted; // includes the CDP round trip
    const e = longestRendererTask(await evalTrace.stop());
    const evalCpuMs = e && e.dur / 1000 >= 0.5 * evalWallMs ? e.tdur / 1000 : null;
    // Traced like Factlight's page (browser-wide), for the CPU time of the same one call.
    const trace = await startTrace(await browserCdp(session));
    const result = await page.evaluate(runBaseline);
    const t = longestRendererTask(await trace.stop());
    // The call's own task; anything much shorter than the call itself is not it.
    const callCpuMs = t && t.dur / 1000 >= 0.9 * result.ms ? t.tdur / 1000 : null;
    const cpuMs = callCpuMs != null && evalCpuMs != null ? evalCpuMs + callCpuMs : null;
    return { ...result, cpuMs, callCpuMs, evalCpuMs, heapWithout };
  } finally {
    await page.close();
  }
}

// A browser-wide CDP session (the extension's worker shows in its traces); one per run.
async function browserCdp(session) {
  if (!session.browserCdp) session.browserCdp = await session.context.browser().newBrowserCDPSession();
  return session.browserCdp;
}

// Our own status record for a tab, as the background keeps it for the popup.
async function tabStatus(worker, url) {
  const all = await (await worker()).evaluate(() => globalThis.factlightTabs());
  return all.find((s) => s.url === url) || null;
}

// (a): a fresh tab with Factlight on, traced, until the content script says it is done.
async function measureFactlight(session, url) {
  const page = await session.newPage();
  try {
    const cdp = await session.context.newCDPSession(page);
    const trace = await startTrace(await browserCdp(session));
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30000 });
    const state = await waitFor(page, stateSet, undefined, STATE_TIMEOUT_MS).catch(() => 'timeout');
    const events = await trace.stop();
    // First contentful paint, on the content script's clock (the page's time origin).
    const fcp = await page.evaluate(() => {
      const e = performance.getEntriesByName('first-contentful-paint')[0];
      return e ? e.startTime : null;
    });
    const heapWith = await heapAfterGc(cdp);
    const status = await tabStatus(session.worker, url);
    const timing = status && status.timing;
    if (state !== 'done' || !timing) return { state, heapWith };
    // Map the content script's clock onto the trace through the moment content.js started;
    // its slices (slices.js) say when it was working.
    const anchor = scriptStartTs(events, `${session.extensionOrigin}/content/content.js`);
    const m = timing.marks;
    const toTrace = (ms) => anchor + (ms - m.loadedAt) * 1000;
    const windows = anchor == null ? [] : timing.slices.map(([a, b, phase]) => [toTrace(a), toTrace(b), phase]);
    const tasks = extensionTasks(events, session.extensionOrigin, windows);
    // Page CPU by the phase of the first slice each task ran ('scripts': evaluation only).
    const phaseCpuMs = {};
    for (const t of tasks) phaseCpuMs[t.phase] = (phaseCpuMs[t.phase] || 0) + t.tdur / 1000;
    const worker = workerTasks(events, session.extensionOrigin);
    const sum = (list, k) => list.reduce((n, t) => n + t[k], 0) / 1000;
    const taskMs = tasks.map((t) => t.dur / 1000);
    const mainThreadMs = sum(tasks, 'dur');
    const pageCpuMs = sum(tasks, 'tdur');
    const workerCpuMs = worker ? sum(worker, 'tdur') : null;
    const known = anchor != null && worker != null;
    return {
      state,
      heapWith,
      // The page gate let the page through (false: nothing hidden or marked).
      article: !status.stats || status.stats.article_found !== false,
      // (a): CPU time of the page's main-thread tasks that ran our code, plus the worker's
      // tasks meanwhile (taking the snapshot in, analysing it, answering).
      cpuMs: known ? pageCpuMs + workerCpuMs : null,
      // The same tasks' wall time, waits for a core included.
      taskWallMs: known ? mainThreadMs + sum(worker, 'dur') : null,
      pageCpuMs,
      phaseCpuMs,
      workerCpuMs,
      busyMs: timing.slices.reduce((n, [a, b]) => n + (b - a), 0),
      workerMs: timing.workerMs,
      totalMs: timing.totalMs,
      startMs: timing.startMs,
      snapshotMs: timing.snapshotMs,
      analyzeMs: timing.analyzeMs,
      roundTripMs: timing.roundTripMs,
      applyMs: timing.applyMs,
      // How long clutter was on screen: hiding is the apply phase's first step (t2).
      clutterShownMs: fcp == null ? null : Math.max(0, m.t2 - fcp),
      nodes: timing.nodes,
      mainThreadMs,
      longestTaskMs: taskMs.length ? Math.max(...taskMs) : null,
      longestSliceMs: timing.longestSliceMs,
    };
  } finally {
    await page.close();
  }
}

// Fresh wasm instances in the service worker, through the same glue the engine uses.
async function instantiateTimes(worker, repeats) {
  return (await worker()).evaluate(async (n) => {
    const times = [];
    for (let i = 0; i < n; i++) {
      const glue = globalThis.factlightGlue();
      const t0 = performance.now();
      await glue({ module_or_path: globalThis.factlightWasmBytes() });
      times.push(performance.now() - t0);
    }
    return times;
  }, repeats);
}

// Cold starts as a reader meets them: Chromium stops an idle extension worker (after 30 s)
// and the next page starts it again. Stops the worker over CDP, opens a page with Factlight
// on, and reads the new worker's own timing: importing the module's bytes plus
// instantiating them. Each restart is measured alone, with nothing else loading.
async function coldRestarts(session, url, n) {
  const cdp = await session.context.browser().newBrowserCDPSession();
  const times = [];
  try {
    for (let i = 0; i < n; i++) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const workers = targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(session.extensionOrigin));
      for (const t of workers) await cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => {});
      await new Promise((r) => setTimeout(r, 1000));
      const page = await session.newPage();
      try {
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30000 });
        await waitFor(page, stateSet, undefined, STATE_TIMEOUT_MS).catch(() => {});
        const m = await (await session.worker()).evaluate(() => factlightEngine.metrics());
        if (m.instantiateMs.length === 1 && m.wasmImportMs != null) times.push(m.wasmImportMs + m.instantiateMs[0]);
      } finally {
        await page.close();
      }
    }
  } finally {
    await cdp.detach().catch(() => {});
  }
  return times;
}

async function main() {
  const opts = args();
  const truth = loadOrSkip(opts.dir, 'bench');
  const all = Object.keys(truth).sort();
  const ids = opts.sample > 0 && opts.sample < all.length
    ? Array.from({ length: opts.sample }, (_, k) => all[Math.floor((k * all.length) / opts.sample)])
    : all.slice(0, opts.pages > 0 ? opts.pages : undefined);
  const server = await serve(opts.dir, ids);
  const port = server.address().port;
  const session = await launch('chromium', opts.ext);
  const rows = [];
  const started = Date.now();
  let engine;
  let startupInstantiate = null; // the worker's first start, right after install
  let wasmBefore = null;
  try {
    // Factlight stays off on "localhost", so the baseline sees the page as served.
    await setDisabledSites(session, ['localhost']);
    for (const [i, id] of ids.entries()) {
      const base = await measureBaseline(session, `http://localhost:${port}/${id}.html`);
      const fl = await measureFactlight(session, `http://127.0.0.1:${port}/${id}.html`);
      if (i === 0) {
        const first = await (await session.worker()).evaluate(() => factlightEngine.metrics());
        startupInstantiate = { importMs: first.wasmImportMs, instantiateMs: first.instantiateMs[0] ?? null };
        wasmBefore = first.wasmMemoryBytes;
      }
      rows.push({
        id, baselineMs: base.ms, baselineCpuMs: base.cpuMs, baselineCallCpuMs: base.callCpuMs, baselineEvalCpuMs: base.evalCpuMs,
        words: base.words, ...fl, heapGrowth: fl.heapWith - base.heapWithout,
      });
      process.stderr.write(`\r${i + 1}/${ids.length} pages`);
    }
    process.stderr.write('\n');
    engine = await (await session.worker()).evaluate(() => factlightEngine.metrics());
    engine.repeated = await instantiateTimes(session.worker, INSTANTIATE_REPEATS);
    engine.restarts = await coldRestarts(session, `http://127.0.0.1:${port}/${ids[0]}.html`, COLD_RESTARTS);
  } finally {
    await session.close();
    server.close();
  }

  const ok = rows.filter((r) => r.state === 'done');
  const failed = rows.filter((r) => r.state !== 'done').map((r) => `${r.id}: ${r.state}`);
  const size = extensionSize(path.join(ROOT, 'extension'));
  const pick = (k) => ok.map((r) => r[k]).filter((v) => typeof v === 'number');
  const result = {
    pages: ok.length,
    factlight_ms: summary(pick('cpuMs')),
    baseline_ms: summary(pick('baselineCpuMs')),
    ratio_median: median(ok.filter((r) => r.cpuMs && r.baselineCpuMs).map((r) => r.baselineCpuMs / r.cpuMs)),
    // The old measure: the libraries' calls only, as if their evaluation were free.
    baseline_call_ms: summary(pick('baselineCallCpuMs')),
    ratio_call_median: median(ok.filter((r) => r.cpuMs && r.baselineCallCpuMs).map((r) => r.baselineCallCpuMs / r.cpuMs)),
    page_ms: summary(pick('pageCpuMs')),
    worker_ms: summary(pick('workerCpuMs')),
    longest_task_ms: Math.max(...pick('longestTaskMs')),
    longest_slice_ms: Math.max(...pick('longestSliceMs')),
    wasm_instantiate_ms: median(engine.restarts),
    memory_growth_bytes: Math.max(0, median(pick('heapGrowth'))) + Math.max(0, engine.wasmMemoryBytes - wasmBefore),
    extension_bytes: size.bytes,
    extension_gzip_bytes: size.gzipBytes,
  };
  // Pages the page gate stopped: what a reader pays where Factlight changes nothing.
  const rejected = ok.filter((r) => r.article === false);
  if (rejected.length) {
    const of = (k) => rejected.map((r) => r[k]).filter((v) => typeof v === 'number');
    result.gate_rejected = { pages: rejected.length, page_ms: summary(of('pageCpuMs')), worker_ms: summary(of('workerCpuMs')), analyze_ms: summary(of('analyzeMs')) };
  }
  const detail = {
    seconds: Math.round((Date.now() - started) / 1000),
    failed,
    unattributed: ok.filter((r) => r.cpuMs == null || r.baselineCpuMs == null).map((r) => r.id),
    phases: {
      wall: summary(pick('totalMs')),
      taskWall: summary(pick('taskWallMs')),
      baselineWall: summary(pick('baselineMs')),
      baselineEval: summary(pick('baselineEvalCpuMs')),
      wallRatio: median(ok.map((r) => r.baselineMs / r.totalMs)),
      taskWallRatio: median(ok.filter((r) => r.taskWallMs).map((r) => r.baselineMs / r.taskWallMs)),
      pageCpu: summary(pick('pageCpuMs')),
      // By the phase of the slice each task ran first (a page without such a task: 0 ms).
      pageCpuBy: Object.fromEntries(['scripts', 'snapshot', 'json', 'send', 'receive', 'apply']
        .map((k) => [k, summary(ok.filter((r) => r.phaseCpuMs).map((r) => r.phaseCpuMs[k] || 0))])),
      workerCpu: summary(pick('workerCpuMs')),
      busy: summary(pick('busyMs')),
      worker: summary(pick('workerMs')),
      start: summary(pick('startMs')),
      snapshot: summary(pick('snapshotMs')),
      analyze: summary(pick('analyzeMs')),
      roundTrip: summary(pick('roundTripMs')),
      apply: summary(pick('applyMs')),
      clutterShown: summary(pick('clutterShownMs')),
      mainThread: summary(pick('mainThreadMs')),
      longestTask: summary(pick('longestTaskMs')),
    },
    instantiateRepeatedMs: median(engine.repeated),
    instantiateRestartsMs: engine.restarts,
    instantiateAtStartupMs: startupInstantiate,
    heapGrowth: summary(pick('heapGrowth')),
    wasmMemory: { before: wasmBefore, after: engine.wasmMemoryBytes },
    slowest: ok.filter((r) => r.cpuMs != null).sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 5),
  };
  writeReport(opts.out, result, detail, rows);
  // Every measurement of every page, for a closer look (not committed).
  fs.mkdirSync(path.join(ROOT, 'target', 'bench'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'target', 'bench', 'rows.json'), JSON.stringify(rows, null, 1));
  console.log(`bench: ${ids.length} pages in ${detail.seconds} s; table written to ${path.relative(ROOT, opts.out)}`);
  if (failed.length) console.log(`not finished: ${failed.join(', ')}`);
  console.log(JSON.stringify(result));
  if (failed.length) process.exit(1);
}

main().catch((e) => { console.error(e); process.exit(1); });
