// Popup: the page's status and key facts, and the reader's switches. Settings go to
// storage.sync (shared/settings.js); page actions go to the tab's content script.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const $ = (id) => document.getElementById(id);
  const POLL_MS = 600; // status changes after toggling; cheap to re-read while open
  const STATE_TEXT = {
    done: 'Page analysed.',
    'not-article': 'Not an article: nothing changed.',
    analysed: 'Page analysed.',
    working: 'Working…',
    disabled: 'Off on this site.',
    off: 'Factlight is off everywhere.',
    error: 'Could not analyse this page; it was left untouched.',
  };
  let tabId = null;
  let host = '';
  let writes = 0; // a render that began before a click must not undo it on screen
  let shownFacts = '';
  let page = null; // the content script's answer: {title, url, facts, stats, revealing}

  async function targetTabId() {
    const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return tab ? tab.id : null;
  }

  function showCounts(stats) {
    for (const key of ['figures', 'officials', 'people', 'hidden']) {
      $(key).textContent = stats && Number.isFinite(stats[key]) ? String(stats[key]) : '–';
    }
  }

  // The content script's view of the page; null where Factlight does not run.
  async function askPage(msg) {
    try {
      return await api.tabs.sendMessage(tabId, msg);
    } catch {
      return null;
    }
  }

  function showFacts(facts) {
    const key = JSON.stringify(facts || null);
    if (key === shownFacts) return; // keep focus and scroll while the popup polls
    shownFacts = key;
    const n = facts ? factlightFactsView.render($('facts-lists'), facts, reveal) : 0;
    if (!facts) $('facts-lists').replaceChildren();
    $('facts-empty').hidden = n > 0;
    $('copy').disabled = n === 0;
  }

  async function render() {
    const writesAtStart = writes;
    const res = tabId == null ? null : await api.runtime.sendMessage({ type: 'status', tabId });
    const status = res && res.ok ? res.status : null;
    const settings = await factlightSettings.read();
    const fresh = writes === writesAtStart; // no click since this render began
    if (fresh) {
      $('enabled').checked = settings.enabled;
      for (const box of document.querySelectorAll('[data-setting]')) box.checked = settings[box.dataset.setting];
    }
    if (!status || !status.host) {
      $('host').textContent = 'Factlight does not run on this page.';
      $('active').disabled = true;
      $('show-hidden').disabled = true;
      showCounts(null);
      showFacts(null);
      return;
    }
    host = status.host;
    $('host').textContent = host;
    const siteOff = settings.disabledSites.includes(host);
    const on = factlightSettings.siteOn(settings, host);
    $('active').disabled = false;
    if (fresh) $('active').checked = !siteOff;
    page = on ? await askPage({ type: 'facts' }) : null;
    let state = !settings.enabled ? 'off' : siteOff ? 'disabled' : (page && page.state) || status.state;
    const notArticle = state === 'done' && page && page.article === false;
    if (notArticle) state = 'not-article';
    $('anyway').hidden = !notArticle;
    $('state').textContent = STATE_TEXT[state] || 'Working…';
    showCounts(on ? (page && page.stats) || status.stats : null);
    showFacts(page && page.facts);
    $('show-hidden').disabled = !page || !page.stats || !page.stats.hidden;
    if (fresh && page) $('show-hidden').checked = Boolean(page.revealing);
    $('error').hidden = !on || !status.error;
    $('error').textContent = on && status.error ? status.error : '';
  }

  // Runs a settings write, keeping the poll from flipping the box back meanwhile.
  function write(fn) {
    writes++;
    fn().then(() => writes++, showError);
  }

  function reveal(kind, entity) {
    askPage({ type: 'reveal', kind, entity });
  }

  async function copyMarkdown() {
    if (!page || !page.facts) return;
    const text = factlightMarkdown.build(page.title, page.url, page.facts);
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Some browsers refuse the async clipboard in a popup: the old way still works.
      const area = document.createElement('textarea');
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    $('state').textContent = 'Key facts copied as Markdown.';
  }

  async function main() {
    tabId = await targetTabId();
    $('active').addEventListener('change', (e) => write(() => factlightSettings.setSite(host, e.target.checked)));
    $('enabled').addEventListener('change', (e) => write(() => api.storage.sync.set({ enabled: e.target.checked })));
    for (const box of document.querySelectorAll('[data-setting]')) {
      box.addEventListener('change', () => write(() => api.storage.sync.set({ [box.dataset.setting]: box.checked })));
    }
    $('show-hidden').addEventListener('change', (e) => { askPage({ type: 'showHidden', on: e.target.checked }); });
    $('copy').addEventListener('click', () => { copyMarkdown().catch(showError); });
    $('anyway').addEventListener('click', () => { askPage({ type: 'clean-anyway' }).then(() => render()).catch(showError); });
    $('options').addEventListener('click', () => { api.runtime.openOptionsPage(); });
    await render();
    document.documentElement.setAttribute('data-ready', ''); // first render done (tests, screenshots)
    setInterval(() => { render().catch(showError); }, POLL_MS);
  }

  function showError(e) {
    $('error').hidden = false;
    $('error').textContent = String((e && e.message) || e);
  }

  main().catch(showError);
})();
