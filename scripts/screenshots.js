#!/usr/bin/env node
// `npm run screenshots`: the seed page with highlights, the popup's key-facts panel and the
// options page, in light and dark, rendered by headless Chromium with the built extension
// into docs/screenshots/*.png (the README shows them). Run `npm run build` first.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { launch, waitFor } = require('./lib/browsers');
const { serveTarget, tabIdFor } = require('./lib/inspect-lib');

const root = path.join(__dirname, '..');
const out = path.join(root, 'docs', 'screenshots');
const seedHtml = path.join(root, 'tests', 'fixtures', 'seed', 'news-article.html');

async function main() {
  fs.mkdirSync(out, { recursive: true });
  const session = await launch('chromium');
  const { url, server } = await serveTarget(seedHtml);
  const made = [];
  try {
    for (const scheme of ['light', 'dark']) {
      const page = await session.newPage();
      await page.setViewportSize({ width: 1100, height: 760 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await waitFor(page, () => document.documentElement.getAttribute('data-factlight-state') === 'done', undefined, 20000);
      // Scroll to the first official, so the picture shows both kinds of highlight.
      await page.evaluate(() => {
        const m = document.querySelector('factlight-mark[data-kind="official"]');
        if (m) m.scrollIntoView({ block: 'center' });
      });
      await shot(page, `page-${scheme}.png`);

      const tabId = await tabIdOf(session, url);
      const popup = await session.newPage();
      await popup.setViewportSize({ width: 380, height: 720 });
      await popup.emulateMedia({ colorScheme: scheme });
      await session.openExtensionPage(popup, `popup/popup.html?tab=${tabId}`);
      await waitFor(popup, () => document.documentElement.hasAttribute('data-ready') && document.querySelector('.fact') !== null);
      await shot(popup, `popup-${scheme}.png`, true);

      const options = await session.newPage();
      await options.setViewportSize({ width: 800, height: 900 });
      await options.emulateMedia({ colorScheme: scheme });
      await session.openExtensionPage(options, 'options/options.html');
      await new Promise((r) => setTimeout(r, 300));
      await shot(options, `options-${scheme}.png`, true);
      for (const p of [page, popup, options]) await p.close();
    }
  } finally {
    await session.close();
    await server.close();
  }
  async function shot(page, name, fullPage = false) {
    await page.screenshot({ path: path.join(out, name), fullPage });
    made.push(name);
  }
  console.log(`screenshots: ${made.map((n) => `docs/screenshots/${n}`).join(', ')}`);
}

async function tabIdOf(session, url) {
  const page = await session.newPage();
  try {
    await session.openExtensionPage(page, 'popup/popup.html');
    return await tabIdFor(page, url);
  } finally {
    await page.close();
  }
}

main().catch((e) => {
  console.error(`screenshots: ${e.message}`);
  process.exit(1);
});
