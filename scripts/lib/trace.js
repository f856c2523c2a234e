// Records a Chromium trace of one page load and attributes main-thread tasks to the extension.
// Task time is what a reader feels: CDP's ScriptDuration misses work that resumes after an
// await, so we take whole RunTask slices instead. Each task carries its wall time (`dur`)
// and the CPU time its thread actually ran (`tdur`): on a busy machine a thread waits for a
// core mid-task, and only `tdur` leaves that wait out.
'use strict';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8'];
const WORKER_THREAD = 'ServiceWorker thread';

// cdp: a page session (that page's renderer) or a browser session (every process,
// the extension's service worker included).
async function startTrace(cdp) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', collect); // the session may trace again
      return events;
    },
  };
}

const task = (e) => ({ ts: e.ts, dur: e.dur, tdur: e.tdur ?? e.dur });
const topTasks = (events, pid, tid) =>
  events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask').sort((a, b) => a.ts - b.ts)
    .filter((e, i, all) => !all.some((o, j) => j < i && o.ts <= e.ts && e.ts + e.dur <= o.ts + o.dur)); // not nested

// events: the trace; extOrigin: chrome-extension://ID; windows: [[startUs, endUs]] in trace time
// during which the content script was known to be working (its slices, mapped; an optional
// third item names the slice's phase).
// Returns the extension's tasks on the page's main thread: [{ts, dur, tdur, phase}] in µs.
function extensionTasks(events, extOrigin, windows) {
  // The page's renderer is the one that evaluated the content scripts.
  const evals = events.filter((e) => e.name === 'EvaluateScript' && String(e.args?.data?.url || '').startsWith(extOrigin));
  if (!evals.length) return [];
  const { pid, tid } = evals[0];
  const overlaps = (t, a, b) => t.ts < b && t.ts + t.dur > a;
  const out = [];
  for (const t of topTasks(events, pid, tid)) {
    const slice = windows.find(([a, b]) => overlaps(t, a, b));
    if (slice) {
      out.push({ ...task(t), phase: slice[2] || 'slices' }); // our slices: the whole task is ours
      continue;
    }
    // Scripts injected at document_start run inside the page's own parsing task: count
    // only their evaluation, not the page's parsing around it.
    const ours = evals.filter((e) => overlaps(t, e.ts, e.ts + (e.dur || 0)));
    const sum = (k) => ours.reduce((n, e) => n + (e[k] ?? e.dur ?? 0), 0);
    if (ours.length) out.push({ ts: t.ts, dur: Math.min(t.dur, sum('dur')), tdur: Math.min(t.tdur ?? t.dur, sum('tdur')), phase: 'scripts' });
  }
  return out;
}

// Every task the extension's service worker ran during the trace (a browser-wide trace):
// taking the snapshot in, analysing it, answering, keeping the tab's status.
function workerTasks(events, extOrigin) {
  const names = events.filter((e) => e.name === 'thread_name' && e.args?.name === WORKER_THREAD);
  // Ours is the worker thread that ran the extension's scripts (the test pages have none).
  const ours = names.find((n) => events.some((e) => e.pid === n.pid && e.tid === n.tid
    && String(e.args?.data?.url || e.args?.fileName || '').startsWith(extOrigin))) || (names.length === 1 ? names[0] : null);
  return ours ? topTasks(events, ours.pid, ours.tid).map(task) : null;
}

// The longest task on a renderer's main thread: in a trace around one synchronous call
// (the baseline's page.evaluate), that call's task.
function longestRendererTask(events) {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}/${e.tid}`));
  let best = null;
  for (const e of events) {
    if (e.ph === 'X' && e.name === 'RunTask' && mains.has(`${e.pid}/${e.tid}`) && (!best || e.dur > best.dur)) best = e;
  }
  return best && task(best);
}

// Trace time (µs) at which a content script file started running: with that script's own
// performance.now() at its first line, it maps the script's clock onto the trace.
function scriptStartTs(events, url) {
  const e = events.find((x) => x.name === 'v8.run' && x.args?.fileName === url);
  return e ? e.ts : null;
}

module.exports = { startTrace, extensionTasks, workerTasks, longestRendererTask, scriptStartTs };
