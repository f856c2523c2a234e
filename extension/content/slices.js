// Splits the content script's work into slices so no task blocks the page for long:
// work until the slice budget is spent, then yield to the page and go on.
globalThis.factlightSlices = (() => {
  const BUDGET_MS = 8; // half a frame: the page keeps scrolling and typing smoothly
  const CHECK_EVERY = 128; // items between clock reads (performance.now is not free)

  // scheduler.yield keeps our place in the queue; setTimeout is the fallback (Firefox ESR).
  const yieldToPage = globalThis.scheduler && typeof globalThis.scheduler.yield === 'function'
    ? () => globalThis.scheduler.yield()
    : () => new Promise((resolve) => setTimeout(resolve, 0));

  // One run's slicer; `longest` is the longest slice so far, in ms. `spans` lists each slice
  // as [start, end, phase] on the page's clock: the main-thread time the run itself took,
  // apart from the page's own tasks between slices (the speed bench finds them in a trace).
  function slicer() {
    let start = performance.now();
    let count = 0;
    const s = {
      longest: 0,
      spans: [],
      phase: 'start', // the caller's current step; longestBy[phase] says where time went
      longestBy: {},
      // True when the caller should pause (the clock is read every `every` calls).
      due(every = CHECK_EVERY) {
        return ++count % every === 0 && performance.now() - start >= BUDGET_MS;
      },
      async pause() {
        s.end();
        await yieldToPage();
        start = performance.now();
      },
      // Closes the current slice (before an await the caller does not control).
      end() {
        const now = performance.now();
        const ms = now - start;
        s.spans.push([start, now, s.phase]);
        s.longest = Math.max(s.longest, ms);
        s.longestBy[s.phase] = Math.max(s.longestBy[s.phase] || 0, ms);
      },
      restart() {
        start = performance.now();
      },
      // Accounts a callback the browser ran outside our slices (a message arriving) as one.
      account(from, phase) {
        const [was, wasPhase] = [start, s.phase];
        [start, s.phase] = [from, phase];
        s.end();
        [start, s.phase] = [was, wasPhase];
      },
    };
    return s;
  }

  // Runs a generator to the end, pausing whenever the slice budget is spent.
  async function drive(steps, sl, every) {
    for (let r = steps.next(); !r.done; r = steps.next()) {
      if (sl.due(every)) await sl.pause();
    }
  }

  return { slicer, drive, BUDGET_MS };
})();
