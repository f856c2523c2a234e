// After browsing, extension storage holds settings and per-site choices only: no page text,
// no URLs. Read from an extension page in both browsers.
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launch, waitFor } = require('../../scripts/lib/browsers');
const { serveTarget, setDisabledSites } = require('../../scripts/lib/inspect-lib');
const { SEED_HTML, EXT_DIR, SKIP_UNBUILT } = require('./helpers');

async function readAllStorage(session) {
  const page = await session.newPage();
  try {
    await session.openExtensionPage(page, 'popup/popup.html');
    return await page.evaluate(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const out = {};
      for (const area of ['sync', 'local', 'session']) out[area] = api.storage[area] ? await api.storage[area].get(null) : {};
      return out;
    });
  } finally {
    await page.close().catch(() => {});
  }
}

for (const browser of ['chromium', 'firefox']) {
  describe(`storage after browsing in ${browser}`, { skip: SKIP_UNBUILT }, () => {
    let session;
    before(async () => { session = await launch(browser, EXT_DIR); });
    after(async () => { if (session) await session.close(); });

    test('only settings, per-site choices and per-tab counts; no page content', async () => {
      const { url, server } = await serveTarget(SEED_HTML);
      const page = await session.newPage(); // stays open: its tab keeps a status record
      await page.goto(url);
      await waitFor(page, () => document.documentElement.getAttribute('data-factlight-state') === 'done', undefined, 20000);
      await setDisabledSites(session, ['example.org']);
      const all = await readAllStorage(session);
      await page.close();
      await server.close();
      assert.deepEqual(Object.keys(all.sync), ['disabledSites']);
      assert.deepEqual(all.sync.disabledSites, ['example.org']);
      assert.deepEqual(all.local, {});
      assert.deepEqual(Object.keys(all.session).sort(), ['siteLayouts', 'tabStatus']);
      // Per site, layout keys of blocks to hide early (tag#id / tag.class paths), nothing else.
      for (const [site, keys] of Object.entries(all.session.siteLayouts)) {
        assert.ok(!site.includes('/'), `site ${site}`);
        for (const k of keys) assert.match(k, /^body([#.][^ ]+)?( > [a-z][a-z0-9-]*([#.][^ ]+)?)*$/, k);
      }
      const tabs = Object.values(all.session.tabStatus);
      assert.ok(tabs.length > 0, 'the seed tab was recorded');
      for (const t of tabs) {
        assert.deepEqual(Object.keys(t).sort(), ['error', 'host', 'state', 'stats']);
        assert.ok(typeof t.host === 'string' && !t.host.includes('/'), `host ${t.host}`);
      }
      const text = JSON.stringify(all);
      for (const pageWord of ['Makei', 'refugees', 'http://', 'news-article']) {
        assert.ok(!text.includes(pageWord), `storage holds "${pageWord}": ${text}`);
      }
    });
  });
}
