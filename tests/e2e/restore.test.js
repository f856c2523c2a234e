// Turning the site off through the popup restores the page byte for byte.
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launch, waitFor } = require('../../scripts/lib/browsers');
const { serveTarget, instrument } = require('../../scripts/lib/inspect-lib');
const { SEED_HTML, EXT_DIR, SKIP_UNBUILT, tabIdFor } = require('./helpers');

const outerHTML = () => document.documentElement.outerHTML;
const stateIs = (s) => document.documentElement.getAttribute('data-factlight-state') === s;
const noState = () => !document.documentElement.hasAttribute('data-factlight-state');
const markCount = () => document.querySelectorAll('factlight-mark').length;

// Clicks "Active on this site" if it is not already in the wanted position.
async function setActive(session, popup, tabId, on) {
  await session.openExtensionPage(popup, `popup/popup.html?tab=${tabId}`);
  await waitFor(popup, () => !document.getElementById('active').disabled);
  await popup.evaluate((want) => {
    const box = document.getElementById('active');
    if (box.checked !== want) box.click();
  }, on);
}

for (const browser of ['chromium', 'firefox']) {
  describe(`restore in ${browser}`, { skip: SKIP_UNBUILT }, () => {
    let session;
    let served;
    before(async () => {
      session = await launch(browser, EXT_DIR);
      served = await serveTarget(SEED_HTML);
    });
    after(async () => {
      if (session) await session.close();
      if (served) await served.server.close();
    });

    test('popup toggles the site; off restores outerHTML exactly', async () => {
      const page = await session.newPage();
      const probe = await instrument(session, page);
      const popup = await session.newPage();
      await page.goto(served.url);
      await waitFor(page, stateIs, 'done', 20000);
      await session.openExtensionPage(popup, 'popup/popup.html');
      const tabId = await tabIdFor(popup, served.url);

      // Start from a page the extension never touched.
      await setActive(session, popup, tabId, false);
      await waitFor(page, noState);
      const afterFirstRestore = await page.evaluate(outerHTML);
      await page.reload();
      await new Promise((r) => setTimeout(r, 1000));
      assert.ok(await page.evaluate(noState), 'disabled site must not be processed');
      const pristine = await page.evaluate(outerHTML);
      assert.equal(afterFirstRestore, pristine, 'restore after load-time run differs from pristine page');

      await setActive(session, popup, tabId, true);
      await waitFor(page, stateIs, 'done', 20000);
      assert.ok((await page.evaluate(markCount)) > 0, 'no highlights after enabling');
      assert.ok(await page.evaluate(() => document.querySelectorAll('[data-factlight-hidden]').length > 0), 'nothing hidden');
      assert.notEqual(await page.evaluate(outerHTML), pristine);
      const counts = await waitFor(popup, () => {
        const n = (id) => Number(document.getElementById(id).textContent);
        return n('figures') > 0 && n('officials') > 0 ? { figures: n('figures'), officials: n('officials') } : null;
      });
      assert.ok(counts.figures > 0 && counts.officials > 0);

      await setActive(session, popup, tabId, false);
      await waitFor(page, noState);
      assert.equal(await page.evaluate(outerHTML), pristine, 'outerHTML not restored exactly');
      assert.deepEqual(probe.errors, []);
    });
  });
}
