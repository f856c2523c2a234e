// Chromium entry point: Firefox loads the same files via background.scripts.
// The wasm module's bytes come first, timed: part of a cold start (engine.js metrics).
const wasmImportStarted = performance.now();
importScripts('../pkg/factlight_wasm.js');
globalThis.factlightWasmImportMs = performance.now() - wasmImportStarted;
importScripts('../pkg/factlight.js', '../content/transport.js', 'engine.js', 'background.js');
