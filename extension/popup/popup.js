// Popup: shows the target tab's status and toggles the site in storage.sync disabledSites.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const $ = (id) => document.getElementById(id);
  const POLL_MS = 600; // status changes after toggling; cheap to re-read while open
  const STATE_TEXT = {
    done: 'Page analysed.',
    analysed: 'Page analysed.',
    disabled: 'Off on this site.',
    error: 'Could not analyse this page; it was left untouched.',
  };
  let host = '';
  let pending = false;
  let clicks = 0; // a render that began before a click must not undo it on screen

  async function targetTabId() {
    const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return tab ? tab.id : null;
  }

  async function disabledSites() {
    const { disabledSites: list } = await api.storage.sync.get({ disabledSites: [] });
    return Array.isArray(list) ? list : [];
  }

  function showCounts(stats) {
    for (const key of ['figures', 'officials', 'people', 'hidden']) {
      $(key).textContent = stats && Number.isFinite(stats[key]) ? String(stats[key]) : '–';
    }
  }

  async function render(tabId) {
    const clicksAtStart = clicks;
    const res = tabId == null ? null : await api.runtime.sendMessage({ type: 'status', tabId });
    const status = res && res.ok ? res.status : null;
    if (!status || !status.host) {
      $('host').textContent = 'Factlight does not run on this page.';
      $('active').disabled = true;
      showCounts(null);
      return;
    }
    host = status.host;
    $('host').textContent = host;
    const off = (await disabledSites()).includes(host);
    const box = $('active');
    box.disabled = false;
    if (!pending && clicks === clicksAtStart) box.checked = !off; // don't fight a click
    $('state').textContent = off ? STATE_TEXT.disabled : STATE_TEXT[status.state] || 'Working…';
    showCounts(off ? null : status.stats);
    $('error').hidden = off || !status.error;
    $('error').textContent = off || !status.error ? '' : status.error;
  }

  async function toggle(event) {
    clicks++;
    pending = true;
    try {
      const list = (await disabledSites()).filter((h) => h !== host);
      if (!event.target.checked) list.push(host);
      await api.storage.sync.set({ disabledSites: list });
    } finally {
      pending = false;
    }
  }

  async function main() {
    const tabId = await targetTabId();
    $('active').addEventListener('change', (e) => { toggle(e).catch(showError); });
    await render(tabId);
    setInterval(() => { render(tabId).catch(showError); }, POLL_MS);
  }

  function showError(e) {
    $('error').hidden = false;
    $('error').textContent = String((e && e.message) || e);
  }

  main().catch(showError);
})();
