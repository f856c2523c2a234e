// A page that is not an article (a forum thread), in Chromium and Firefox: the engine
// leaves it exactly as it is, the popup says so and offers "Clean this page anyway",
// which cleans that page; leaving the site off restores it exactly.
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { launch, waitFor } = require('../../scripts/lib/browsers');
const { serveTarget, instrument, setDisabledSites } = require('../../scripts/lib/inspect-lib');
const { ROOT, EXT_DIR, SKIP_UNBUILT, tabIdFor } = require('./helpers');

const FORUM = path.join(ROOT, 'tests', 'fixtures', 'clutter', 'forum-thread.html');
const outerHTML = () => document.documentElement.outerHTML;
const isDone = () => document.documentElement.getAttribute('data-factlight-state') === 'done';
const settle = (ms) => new Promise((r) => setTimeout(r, ms));
// The page as a reader sees it, without our own state attributes.
const visible = () => document.body.innerText;

for (const browser of ['chromium', 'firefox']) {
  describe(`a page that is not an article, in ${browser}`, { skip: SKIP_UNBUILT }, () => {
    let session;
    let forum;
    before(async () => {
      session = await launch(browser, EXT_DIR);
      forum = await serveTarget(FORUM);
    });
    after(async () => {
      if (session) await session.close();
      if (forum && forum.server) await forum.server.close();
    });

    test('nothing hidden or marked; the popup says so; "Clean this page anyway" cleans it', async () => {
      const host = new URL(forum.url).hostname;
      const page = await session.newPage();
      const popup = await session.newPage();
      const probe = await instrument(session, page);
      try {
        await setDisabledSites(session, [host]);
        await page.goto(forum.url);
        await settle(800);
        const pristine = await page.evaluate(outerHTML);
        const pristineText = await page.evaluate(visible);
        await setDisabledSites(session, []);
        await waitFor(page, isDone, undefined, 20000);
        assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-factlight-article')), 'no');
        assert.equal(await page.evaluate(visible), pristineText, 'a page that is not an article is left as it is');
        assert.equal(await page.evaluate(() => document.querySelectorAll('factlight-mark, [data-factlight-hidden]').length), 0);

        await session.openExtensionPage(popup, 'popup/popup.html');
        await session.openExtensionPage(popup, `popup/popup.html?tab=${await tabIdFor(popup, forum.url)}`);
        const shown = await waitFor(popup, () => {
          const b = document.getElementById('anyway');
          return b && !b.hidden ? document.getElementById('state').textContent : null;
        });
        assert.equal(shown, 'Not an article: nothing changed.');
        await popup.evaluate(() => document.getElementById('anyway').click());
        const hidden = await waitFor(page, () => {
          const n = document.querySelectorAll('[data-factlight-hidden]').length;
          return n > 0 && document.documentElement.getAttribute('data-factlight-state') === 'done' ? n : null;
        }, undefined, 20000);
        assert.ok(hidden > 0, 'cleaned anyway');
        assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-factlight-article')), false);

        await setDisabledSites(session, [host]);
        await waitFor(page, () => !document.documentElement.hasAttribute('data-factlight-state'), undefined, 10000);
        assert.equal(await page.evaluate(outerHTML), pristine, 'restored exactly');
        assert.deepEqual(probe.errors, []);
      } finally {
        await setDisabledSites(session, []).catch(() => {});
        await popup.close().catch(() => {});
        await page.close().catch(() => {});
      }
    });
  });
}
