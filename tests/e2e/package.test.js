// The packages `npm run package` makes load and work in their own browser: the Chromium
// build in Chromium, the Firefox build in Firefox (each with only its manifest keys).
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { launch, waitFor } = require('../../scripts/lib/browsers');
const { serveTarget } = require('../../scripts/lib/inspect-lib');
const { SEED_HTML, ROOT } = require('./helpers');

const DIST = path.join(ROOT, 'dist');
const built = fs.existsSync(path.join(DIST, 'chromium', 'manifest.json')) && fs.existsSync(path.join(DIST, 'firefox', 'manifest.json'));
if (!built && process.env.CI === 'true') throw new Error('dist/ is missing under CI=true: `npm run package` did not run');
const SKIP = built ? false : 'dist/ is missing: run `npm run package` first';

for (const browser of ['chromium', 'firefox']) {
  test(`the ${browser} package works in ${browser}`, { skip: SKIP }, async () => {
    const dir = path.join(DIST, browser);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    if (browser === 'chromium') assert.ok(manifest.background.service_worker && !manifest.background.scripts);
    else assert.ok(manifest.background.scripts && !manifest.background.service_worker);
    const session = await launch(browser, dir);
    const { url, server } = await serveTarget(SEED_HTML);
    try {
      const page = await session.newPage();
      await page.goto(url);
      await waitFor(page, () => document.documentElement.getAttribute('data-factlight-state') === 'done', undefined, 20000);
      const counts = await page.evaluate(() => [document.querySelectorAll('factlight-mark').length, document.querySelectorAll('[data-factlight-hidden]').length]);
      assert.ok(counts[0] > 0 && counts[1] > 0, `marks and hidden blocks: ${counts}`);
    } finally {
      await session.close();
      await server.close();
    }
  });
}
