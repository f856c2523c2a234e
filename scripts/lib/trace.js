// Records a Chromium trace of one page load and attributes main-thread tasks to the extension.
// Task time is what a reader feels: CDP's ScriptDuration misses work that resumes after an
// await, so we take whole RunTask slices on the page's renderer main thread instead.
'use strict';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8'];

async function startTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}

// events: the trace; extOrigin: chrome-extension://ID; windows: [[startUs, endUs]] in trace time
// during which the content script was known to be working (from its own clock, mapped).
// Returns the extension's tasks on the page's main thread: [{ts, dur}] in µs.
function extensionTasks(events, extOrigin, windows) {
  // The page's renderer is the one that evaluated the content scripts.
  const evals = events.filter((e) => e.name === 'EvaluateScript' && String(e.args?.data?.url || '').startsWith(extOrigin));
  if (!evals.length) return [];
  const { pid, tid } = evals[0];
  const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask');
  const overlaps = (t, a, b) => t.ts < b && t.ts + t.dur > a;
  const out = [];
  for (const t of tasks) {
    if (windows.some(([a, b]) => overlaps(t, a, b))) {
      out.push({ ts: t.ts, dur: t.dur }); // our slices: the whole task is ours
      continue;
    }
    // Scripts injected at document_start run inside the page's own parsing task: count
    // only their evaluation, not the page's parsing around it.
    const ours = evals.filter((e) => overlaps(t, e.ts, e.ts + (e.dur || 0)));
    if (ours.length) out.push({ ts: t.ts, dur: Math.min(t.dur, ours.reduce((n, e) => n + (e.dur || 0), 0)) });
  }
  return out;
}

// Trace time (µs) at which a content script file started running: with that script's own
// performance.now() at its first line, it maps the script's clock onto the trace.
function scriptStartTs(events, url) {
  const e = events.find((x) => x.name === 'v8.run' && x.args?.fileName === url);
  return e ? e.ts : null;
}

module.exports = { startTrace, extensionTasks, scriptStartTs };
