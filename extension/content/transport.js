// (Also loaded by the background, which answers with sendInParts.)
// Carries snapshot JSON to the extension's background and the plan JSON back, in parts
// over a port: serialising a message blocks the page (about 20 ms a MB in Chromium),
// so no single message may be large, and the page gets the thread back between parts.
globalThis.factlightTransport = (() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const PORT_NAME = 'factlight-analyze';
  const PART_CHARS = 128 * 1024;

  // Splits text into the parts `send(part, last)` posts; pauses between parts when due.
  async function sendInParts(text, send, sl) {
    for (let a = 0; ; a += PART_CHARS) {
      const last = a + PART_CHARS >= text.length;
      send(text.slice(a, a + PART_CHARS), last);
      if (last) return;
      if (sl && sl.due(1)) await sl.pause();
    }
  }

  // Resolves with the plan's JSON text; rejects with the background's error message.
  function analyze(json, sl) {
    return new Promise((resolve, reject) => {
      const port = api.runtime.connect({ name: PORT_NAME });
      const parts = [];
      let settled = false;
      const finish = (fn, value) => {
        if (settled) return;
        settled = true;
        port.disconnect();
        fn(value);
      };
      port.onMessage.addListener((msg) => {
        if (!msg || msg.ok === false) return finish(reject, new Error((msg && msg.error) || 'no reply'));
        parts.push(String(msg.part));
        if (msg.last) finish(resolve, parts.join(''));
      });
      port.onDisconnect.addListener(() => {
        const why = api.runtime.lastError && api.runtime.lastError.message;
        finish(reject, new Error('background unreachable' + (why ? ': ' + why : '')));
      });
      sendInParts(json, (part, last) => port.postMessage({ part, last }), sl).catch((e) => finish(reject, e));
    });
  }

  return { analyze, sendInParts, PORT_NAME };
})();
