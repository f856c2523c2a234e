// Options page: the same settings as the popup, plus the lists of sites switched off and
// blocks kept, each removable. Page text never becomes HTML here (textContent only).
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const $ = (id) => document.getElementById(id);

  function row(label, buttonText, onClick) {
    const li = document.createElement('li');
    const span = document.createElement('span');
    span.textContent = label;
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = buttonText;
    b.setAttribute('aria-label', `${buttonText}: ${label}`);
    b.addEventListener('click', () => { onClick().catch(showError); });
    li.append(span, b);
    return li;
  }

  async function render() {
    const s = await factlightSettings.read();
    $('enabled').checked = s.enabled;
    for (const box of document.querySelectorAll('[data-setting]')) box.checked = s[box.dataset.setting];
    $('sites-list').replaceChildren(...s.disabledSites.map((h) => row(h, 'Turn on again', () => factlightSettings.setSite(h, true))));
    $('sites-empty').hidden = s.disabledSites.length > 0;
    const kept = Object.entries(await factlightSettings.allKept())
      .flatMap(([h, keys]) => keys.map((k) => row(`${h}: ${k}`, 'Remove', () => factlightSettings.unkeepBlock(h, k))));
    $('kept-list').replaceChildren(...kept);
    $('kept-empty').hidden = kept.length > 0;
  }

  async function shortcuts() {
    const list = api.commands && api.commands.getAll ? await api.commands.getAll() : [];
    $('keys-list').replaceChildren(...list.filter((c) => c.description).map((c) => {
      const li = document.createElement('li');
      const k = document.createElement('kbd');
      k.textContent = c.shortcut || 'not set';
      li.append(k, ` ${c.description}`);
      return li;
    }));
  }

  function showError(e) {
    $('error').hidden = false;
    $('error').textContent = String((e && e.message) || e);
  }

  $('enabled').addEventListener('change', (e) => { api.storage.sync.set({ enabled: e.target.checked }).catch(showError); });
  for (const box of document.querySelectorAll('[data-setting]')) {
    box.addEventListener('change', () => { api.storage.sync.set({ [box.dataset.setting]: box.checked }).catch(showError); });
  }
  api.storage.onChanged.addListener((changes, area) => { if (area === 'sync') render().catch(showError); });
  render().catch(showError);
  shortcuts().catch(showError);
})();
