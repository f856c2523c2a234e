// Lazy owner of the wasm instance. Runs only in the extension's own context, so
// page CSPs never see the wasm compile. Turns load failures and panics into Errors.
globalThis.factlightEngine = (() => {
  const api = globalThis.browser ?? globalThis.chrome;
  let bindings = null; // the initialised wasm_bindgen object in use
  let ready = null; // promise of bindings
  let globalUsed = false;
  let exports = null; // the instance's exports, for its memory size
  const loads = []; // ms each instantiation took

  // wasm_bindgen keeps its instance in a closure and cannot be reset. A fresh instance needs a
  // fresh glue closure: build.sh may expose one as globalThis.factlightGlue(); otherwise the
  // global glue is usable once, and after a panic the engine stays off until the background restarts.
  function freshGlue() {
    if (typeof globalThis.factlightGlue === 'function') return globalThis.factlightGlue();
    if (!globalUsed && typeof wasm_bindgen === 'function') {
      globalUsed = true;
      return wasm_bindgen;
    }
    return null;
  }

  function init() {
    if (!ready) {
      ready = (async () => {
        const glue = freshGlue();
        if (!glue) throw new Error('engine stopped after an earlier panic; it restarts with the browser session');
        const t0 = performance.now();
        // The module's bytes come with the worker's scripts (pkg/factlight_wasm.js).
        if (typeof globalThis.factlightWasmBytes !== 'function') throw new Error('pkg/factlight_wasm.js did not load');
        exports = await glue({ module_or_path: globalThis.factlightWasmBytes() });
        loads.push(performance.now() - t0);
        bindings = glue;
        return glue;
      })().catch((e) => {
        ready = null;
        throw new Error('engine failed to load: ' + ((e && e.message) || e));
      });
    }
    return ready;
  }

  async function call(name, arg) {
    const glue = await init();
    globalThis.__factlightPanic = undefined;
    try {
      return glue[name](arg);
    } catch (e) {
      const panic = globalThis.__factlightPanic;
      if (panic || e instanceof WebAssembly.RuntimeError) {
        // The instance's memory can't be trusted after a trap: drop it.
        if (bindings === glue) bindings = null;
        ready = null;
        throw new Error('engine panic: ' + (panic || e.message));
      }
      throw e instanceof Error ? e : new Error(String(e));
    }
  }

  return {
    // Starts loading now, so a worker woken by a page has the engine ready by the time the
    // page's snapshot has arrived. A failure here is reported by the next real call.
    warm: () => { init().catch(() => {}); },
    // Snapshot JSON in, plan JSON out (see analyze_snapshot_json in src/wasm.rs).
    analyzeSnapshot: (json) => call('analyze_snapshot_json', json),
    analyzeText: (text) => call('analyze_text', text),
    version: () => call('version'),
    metrics: () => ({
      instantiateMs: loads.slice(),
      // Importing the module's bytes with the worker's scripts (service-worker.js), Chromium.
      wasmImportMs: globalThis.factlightWasmImportMs ?? null,
      wasmMemoryBytes: exports && exports.memory ? exports.memory.buffer.byteLength : 0,
    }),
  };
})();
