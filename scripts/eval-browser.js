#!/usr/bin/env node
// npm run eval:browser [-- --pages N] [--dir DIR]
// Loads each benchmark page (served on loopback) in headless Chromium with the
// extension, takes what a reader sees (body.innerText after stripping) and
// scores it with the CLI's own scorer (`factlight eval extraction --predictions`),
// then compares with the CLI's score on the same pages. As in the CLI
// (src/eval/body.rs), the score that counts is the article body: the visible
// text without <h1> and <figcaption>, which the benchmark's articleBody never
// holds; the whole visible text is scored too. Then switches the site off and
// checks that the page's outerHTML is back to the page as served, byte for byte.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { launch, waitFor } = require('./lib/browsers');
const { stateSet } = require('./lib/inspect-lib'); // done or error
const { DEFAULT_DIR, loadOrSkip, serve } = require('./lib/benchmark-pages');

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'target', 'release', 'factlight');
const STATE_TIMEOUT_MS = 20000;
// Kept on screen, scored apart (src/eval/body.rs NOT_BODY).
const NOT_BODY = 'h1, figcaption';

// What the reader sees, whole and without NOT_BODY. The exclusion is an adopted
// sheet, dropped before returning: not a DOM change, so the page is not re-read.
function visibleTexts(notBody) {
  const all = document.body ? document.body.innerText : '';
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${notBody} { display: none !important; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const body = document.body ? document.body.innerText : '';
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  return { all, body };
}

function args() {
  const a = process.argv.slice(2);
  const get = (flag, dflt) => (a.includes(flag) ? a[a.indexOf(flag) + 1] : dflt);
  return {
    dir: path.resolve(get('--dir', DEFAULT_DIR)),
    pages: Number(get('--pages', 0)),
    // Regression checks for the test suite (exit 1 when missed).
    minF1: Number(get('--min-f1', 0)),
    minAllF1: Number(get('--min-all-f1', 0)),
    maxGap: Number(get('--max-gap', Infinity)),
  };
}

async function main() {
  const { dir, pages, minF1, minAllF1, maxGap } = args();
  const truth = loadOrSkip(dir, 'eval:browser');
  const ids = Object.keys(truth).sort().slice(0, pages > 0 ? pages : undefined);
  const server = await serve(dir, ids);
  const port = server.address().port;
  const session = await launch('chromium');
  const predictions = {}; // article body
  const visible = {}; // all visible text
  const states = { done: 0, error: 0, timeout: 0 };
  const notRestored = [];
  const started = Date.now();
  // Factlight stays off on "localhost": the same page there is the page as served.
  // Settings are written from an extension page: the service worker may be replaced meanwhile.
  const settings = await session.newPage();
  await session.openExtensionPage(settings, 'popup/popup.html');
  const disable = (hosts) => settings.evaluate((h) => chrome.storage.sync.set({ disabledSites: h }), hosts);
  const outerHTML = () => document.documentElement.outerHTML;
  try {
    await disable(['localhost']);
    for (const id of ids) {
      // Two storage.sync writes a page; the browser allows 120 a minute.
      const paced = new Promise((r) => setTimeout(r, 1050));
      const page = await session.newPage();
      try {
        await page.goto(`http://localhost:${port}/${id}.html`, { waitUntil: 'load', timeout: 30000 });
        const pristine = await page.evaluate(outerHTML);
        await page.goto(`http://127.0.0.1:${port}/${id}.html`, { waitUntil: 'domcontentloaded', timeout: 30000 });
        const state = await waitFor(page, stateSet, undefined, STATE_TIMEOUT_MS).catch(() => 'timeout');
        states[state] = (states[state] || 0) + 1;
        const texts = await page.evaluate(visibleTexts, NOT_BODY);
        predictions[id] = texts.body;
        visible[id] = texts.all;
        // Switching the site off must give back the page byte for byte.
        await disable(['localhost', '127.0.0.1']);
        await waitFor(page, () => !document.documentElement.hasAttribute('data-factlight-state'), undefined, 10000).catch(() => {});
        if ((await page.evaluate(outerHTML)) !== pristine) notRestored.push(id);
        await disable(['localhost']);
      } catch (e) {
        console.error(`${id}: ${(e && e.message) || e}`);
        states.timeout++;
        predictions[id] = predictions[id] || '';
        visible[id] = visible[id] || '';
        notRestored.push(id);
      } finally {
        await page.close();
        await paced;
      }
    }
  } finally {
    await session.close();
    server.close();
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factlight-eval-'));
  const predFile = path.join(tmp, 'predictions.json');
  fs.writeFileSync(predFile, JSON.stringify(predictions));
  const visibleFile = path.join(tmp, 'visible.json');
  fs.writeFileSync(visibleFile, JSON.stringify(visible));
  // Score only the pages we loaded: write a ground truth restricted to them.
  const subset = path.join(tmp, 'bench');
  fs.mkdirSync(subset);
  fs.writeFileSync(path.join(subset, 'ground-truth.json'), JSON.stringify(Object.fromEntries(ids.map((id) => [id, truth[id]]))));
  fs.symlinkSync(path.join(dir, 'html'), path.join(subset, 'html'));
  const browser = execFileSync(CLI, ['eval', 'extraction', subset, '--predictions', predFile, '--worst', '5'], { encoding: 'utf8' });
  const browserAll = execFileSync(CLI, ['eval', 'extraction', subset, '--predictions', visibleFile, '--worst', '0'], { encoding: 'utf8' });
  const cli = execFileSync(CLI, ['eval', 'extraction', subset, '--worst', '0'], { encoding: 'utf8' });
  const f1 = (out) => Number(/^F1: ([\d.]+)/m.exec(out)[1]);
  // The CLI's line for all kept text: "all kept text (...): P x R y F1 z ...".
  const keptF1 = (out) => Number(/^all kept text.*? F1 ([\d.]+)/m.exec(out)[1]);
  console.log(`browser (Chromium, extension, innerText) on ${ids.length} pages in ${((Date.now() - started) / 1000).toFixed(0)} s; page states ${JSON.stringify(states)}`);
  console.log(browser.trim());
  console.log(`all visible text (headline and captions included): F1 ${f1(browserAll).toFixed(4)}`);
  console.log(`\nCLI on the same pages: article body F1 ${f1(cli).toFixed(4)}; all kept text F1 ${keptF1(cli).toFixed(4)}`);
  const gap = Math.abs(f1(browser) - f1(cli));
  console.log(`gap |browser - CLI| = ${gap.toFixed(4)} (target ≤ 0.01); all text: ${Math.abs(f1(browserAll) - keptF1(cli)).toFixed(4)}`);
  console.log(`exact restore (outerHTML after switching off = page as served): ${ids.length - notRestored.length}/${ids.length}${notRestored.length ? ` (not: ${notRestored.join(', ')})` : ''}`);
  console.log(JSON.stringify({ pages: ids.length, browser_f1: f1(browser), cli_f1: f1(cli), gap, browser_all_text_f1: f1(browserAll), cli_all_text_f1: keptF1(cli), restored: ids.length - notRestored.length }));
  fs.rmSync(tmp, { recursive: true, force: true });
  const failures = [];
  if (f1(browser) < minF1) failures.push(`browser F1 ${f1(browser)} is below the floor ${minF1}`);
  if (f1(browserAll) < minAllF1) failures.push(`browser F1 over all visible text ${f1(browserAll)} is below the floor ${minAllF1}`);
  if (gap > maxGap) failures.push(`browser/CLI gap ${gap.toFixed(4)} is over ${maxGap}`);
  if (states.done !== ids.length) failures.push(`the extension did not finish on every page: ${JSON.stringify(states)}`);
  if (notRestored.length) failures.push(`not restored exactly: ${notRestored.join(', ')}`);
  if (failures.length) {
    console.error(failures.join('\n'));
    process.exit(1);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
