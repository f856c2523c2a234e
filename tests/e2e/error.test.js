// An engine panic leaves the page untouched and reaches the popup as an error.
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { launch, waitFor } = require('../../scripts/lib/browsers');
const { serveTarget, instrument, setDisabledSites } = require('../../scripts/lib/inspect-lib');
const { SEED_HTML, extensionWithMock } = require('./helpers');

for (const browser of ['chromium', 'firefox']) {
  describe(`engine panic in ${browser}`, () => {
    let session;
    let served;
    let extDir;
    before(async () => {
      extDir = extensionWithMock('panic');
      session = await launch(browser, extDir);
      served = await serveTarget(SEED_HTML);
    });
    after(async () => {
      if (session) await session.close();
      if (served) await served.server.close();
      fs.rmSync(extDir, { recursive: true, force: true });
    });

    test('page untouched, state "error", popup shows the panic', async () => {
      // Reference DOM: the same page with the extension off for the site.
      await setDisabledSites(session, ['127.0.0.1']);
      const ref = await session.newPage();
      await ref.goto(served.url);
      await new Promise((r) => setTimeout(r, 800));
      const pristine = await ref.evaluate(() => document.documentElement.outerHTML);
      await ref.close();
      await setDisabledSites(session, []);

      const page = await session.newPage();
      const probe = await instrument(session, page);
      await page.goto(served.url);
      await waitFor(page, () => document.documentElement.getAttribute('data-factlight-state') === 'error', null, 20000);
      const html = await page.evaluate(() => {
        document.documentElement.removeAttribute('data-factlight-state');
        return document.documentElement.outerHTML;
      });
      assert.equal(html, pristine, 'page changed despite the engine failing');

      const popup = await session.newPage();
      await session.openExtensionPage(popup, 'popup/popup.html');
      const tabId = await waitFor(popup, async (u) => {
        const res = await (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: 'tabs' });
        const t = res.tabs.find((x) => x.url === u);
        return t ? t.tabId : null;
      }, served.url);
      await session.openExtensionPage(popup, `popup/popup.html?tab=${tabId}`);
      const shown = await waitFor(popup, () => {
        const el = document.getElementById('error');
        return !el.hidden && el.textContent;
      });
      assert.match(shown, /mock panic: index out of bounds/);
      assert.deepEqual(probe.errors, []);
    });
  });
}
