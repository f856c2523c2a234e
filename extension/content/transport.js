// (Also loaded by the background, which answers with planMessages.)
// Carries snapshot JSON to the extension's background and the plan back: one message
// each way when the snapshot fits in one part, else in parts over a port: serialising a message blocks the page (about 20 ms a MB in Chromium),
// so no single message may be large, and the page gets the thread back between parts.
globalThis.factlightTransport = (() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const PORT_NAME = 'factlight-analyze';
  const PART_CHARS = 128 * 1024;

  // Posts text pieces (whose concatenation is the message) as parts of about PART_CHARS:
  // small pieces are grouped, big ones cut. Pauses between parts when the slice is spent.
  async function sendInParts(pieces, send, sl) {
    let buffer = [];
    let size = 0;
    const flush = async (last) => {
      send(buffer.join(''), last);
      buffer = [];
      size = 0;
      if (last && sl) sl.end(); // then we wait for the plan
      else if (sl && sl.due(1)) await sl.pause();
    };
    for (const piece of pieces) {
      for (let a = 0; a < piece.length; a += PART_CHARS) {
        const cut = piece.length > PART_CHARS ? piece.slice(a, a + PART_CHARS) : piece;
        buffer.push(cut);
        size += cut.length;
        if (size >= PART_CHARS) await flush(false);
      }
    }
    await flush(true);
  }

  // The plan as messages the page can take one at a time: a big plan (10 MB of text gives
  // hundreds of thousands of marks) would otherwise be deserialised in one long task.
  // The report stays in the background: the page needs what to hide and mark, and the
  // key facts (capped by the engine) for the panel.
  const BLOCK = 2000;
  function planMessages(plan) {
    const out = [{ ok: true, head: { stats: plan.stats, warnings: plan.warnings || [], facts: plan.facts } }];
    for (let a = 0; a < plan.hide.length; a += 10 * BLOCK) {
      out.push({ ok: true, hide: plan.hide.slice(a, a + 10 * BLOCK), hideKeys: plan.hide_keys.slice(a, a + 10 * BLOCK) });
    }
    for (let a = 0; a < plan.marks.length; a += BLOCK) out.push({ ok: true, marks: plan.marks.slice(a, a + BLOCK) });
    out[out.length - 1].last = true;
    return out;
  }

  // The plan of a small snapshot in one message (the background's 'analyze' answer).
  function planMessage(plan) {
    return { ok: true, head: { stats: plan.stats, warnings: plan.warnings || [], facts: plan.facts }, hide: plan.hide, hideKeys: plan.hide_keys, marks: plan.marks, last: true };
  }

  // Adds one plan message to the plan being built.
  function take(plan, msg) {
    if (msg.head) Object.assign(plan, msg.head);
    for (const i of msg.hide || []) plan.hide.push(i);
    for (const k of msg.hideKeys || []) plan.hideKeys.push(k);
    for (const m of msg.marks || []) plan.marks.push(m);
  }

  const emptyPlan = () => ({ hide: [], hideKeys: [], marks: [], stats: null, warnings: [], facts: null });

  // A snapshot that fits in one part goes as one message, and its plan comes back as the
  // answer: no port to open, no parts, no pieces of plan, no disconnect.
  async function analyzeOnce(json, sl) {
    let msg;
    try {
      const reply = api.runtime.sendMessage({ type: 'analyze', json });
      if (sl) sl.end(); // then we wait for the plan
      msg = await reply;
    } catch (e) {
      throw new Error('background unreachable: ' + ((e && e.message) || e));
    }
    if (!msg || msg.ok === false) throw new Error((msg && msg.error) || 'no reply');
    const from = performance.now();
    const plan = emptyPlan();
    take(plan, msg);
    if (sl) sl.account(from, 'receive');
    return plan;
  }

  // pieces: the snapshot's JSON text in pieces (snapshot.js toJsonSliced).
  // Resolves with the plan {hide, hideKeys, marks, stats, warnings, facts}; rejects with the
  // background's error.
  function analyze(pieces, sl) {
    let size = 0;
    for (const piece of pieces) size += piece.length;
    if (size <= PART_CHARS) return analyzeOnce(pieces.join(''), sl);
    return new Promise((resolve, reject) => {
      const port = api.runtime.connect({ name: PORT_NAME });
      const plan = emptyPlan();
      let settled = false;
      const finish = (fn, value) => {
        if (settled) return;
        settled = true;
        port.disconnect();
        fn(value);
      };
      port.onMessage.addListener((msg) => {
        if (!msg || msg.ok === false) return finish(reject, new Error((msg && msg.error) || 'no reply'));
        const from = performance.now();
        take(plan, msg);
        if (sl) sl.account(from, 'receive');
        if (msg.last) finish(resolve, plan);
      });
      port.onDisconnect.addListener(() => {
        const why = api.runtime.lastError && api.runtime.lastError.message;
        finish(reject, new Error('background unreachable' + (why ? ': ' + why : '')));
      });
      sendInParts(pieces, (part, last) => port.postMessage({ part, last }), sl).catch((e) => finish(reject, e));
    });
  }

  return { analyze, planMessages, planMessage, PORT_NAME, PART_CHARS };
})();
