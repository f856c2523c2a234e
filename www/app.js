// Playground: runs the extension's own snapshot/apply code and the wasm engine in one tab.
(() => {
  const $ = (id) => document.getElementById(id);
  const SAMPLE_URL = '/fixtures/seed/news-article.html';
  const CONTENT_CSS = '/extension/content/content.css';
  const SHOW_HIDDEN_CSS = '[data-factlight-hidden]{display:revert!important;outline:2px dashed #c0392b;opacity:.55}';
  let engineReady = null;

  function engine() {
    engineReady = engineReady || wasm_bindgen({ module_or_path: factlightWasmBytes() });
    return engineReady;
  }

  // Engine calls surface Rust panics with their message (the hook stores it globally).
  function callEngine(name, arg) {
    globalThis.__factlightPanic = undefined;
    try {
      return wasm_bindgen[name](arg);
    } catch (e) {
      const panic = globalThis.__factlightPanic;
      throw new Error(panic ? `engine panic: ${panic} (reload the page)` : (e && e.message) || String(e));
    }
  }

  function setState(state) {
    document.body.dataset.state = state; // tests wait on this
  }

  function showError(e) {
    $('error').hidden = !e;
    $('error').textContent = e ? String((e && e.message) || e) : '';
  }

  function showCounts(c) {
    $('counts').textContent = `${c.figures} figures · ${c.officials} officials · ${c.people} other people` +
      (c.hidden != null ? ` · ${c.hidden} hidden blocks` : '');
  }

  function loadFrame(html) {
    const frame = $('frame');
    return new Promise((resolve) => {
      frame.addEventListener('load', () => resolve(frame.contentDocument), { once: true });
      frame.srcdoc = html;
    });
  }

  function addStyles(doc) {
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL(CONTENT_CSS, location.href).href;
    const loaded = new Promise((resolve) => { link.onload = link.onerror = resolve; });
    const style = doc.createElement('style');
    style.id = 'factlight-show-hidden';
    style.textContent = SHOW_HIDDEN_CSS;
    (doc.head || doc.documentElement).append(link, style);
    if (style.sheet) style.sheet.disabled = !$('show-hidden').checked;
    return loaded;
  }

  async function analyzeHtml(html, url) {
    $('frame').hidden = false;
    $('text-view').hidden = true;
    const doc = await loadFrame(html);
    await addStyles(doc);
    const { snapshot, domNodes } = factlightSnapshot.take(doc, url);
    const plan = JSON.parse(callEngine('analyze_snapshot_json', JSON.stringify(snapshot)));
    factlightApply.apply(plan, domNodes, snapshot);
    playgroundRender.lists(plan.report, $('figures'), $('people'));
    showCounts(plan.stats);
  }

  function analyzeText(text) {
    $('frame').hidden = true;
    $('text-view').hidden = false;
    const report = callEngine('analyze_text', text);
    playgroundRender.markedText($('text-view'), text, report);
    playgroundRender.lists(report, $('figures'), $('people'));
    const people = report.people || [];
    const officials = people.filter((p) => p.official).length;
    showCounts({ figures: (report.figures || []).length, officials, people: people.length - officials });
  }

  function mode() {
    return document.querySelector('input[name="mode"]:checked').value;
  }

  async function analyze() {
    setState('busy');
    showError(null);
    try {
      await engine();
      const source = $('source').value;
      if (mode() === 'text') analyzeText(source);
      else await analyzeHtml(source, mode() === 'sample' ? new URL(SAMPLE_URL, location.href).href : location.href);
      setState('done');
    } catch (e) {
      showError(e);
      setState('error');
    }
  }

  async function loadSample() {
    const res = await fetch(SAMPLE_URL);
    if (!res.ok) throw new Error(`sample not found (${res.status})`);
    $('source').value = await res.text();
  }

  async function onModeChange() {
    if (mode() === 'sample') {
      await loadSample();
      await analyze();
    } else {
      $('source').value = '';
      $('source').focus();
    }
  }

  function toggleHidden() {
    const doc = $('frame').contentDocument;
    const style = doc && doc.getElementById('factlight-show-hidden');
    if (style && style.sheet) style.sheet.disabled = !$('show-hidden').checked;
  }

  async function main() {
    $('analyze').addEventListener('click', analyze);
    $('source').addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) analyze(); // Ctrl+Enter analyses
    });
    for (const r of document.querySelectorAll('input[name="mode"]')) {
      r.addEventListener('change', () => onModeChange().catch(showError));
    }
    $('show-hidden').addEventListener('change', toggleHidden);
    await engine();
    $('version').textContent = `Engine ${callEngine('version')}.`;
    await loadSample();
    await analyze();
  }

  main().catch((e) => {
    showError(e);
    setState('error');
  });
})();
