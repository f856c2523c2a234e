#!/usr/bin/env node
// npm run eval:browser [-- DIR] [--pages N | --sample N]
// Loads each page of a benchmark folder (scrapinghub's layout; default ../shared's
// scrapinghub, or WCXB's wcxb-dev with page types) on loopback in headless Chromium,
// once with Factlight off and once with the extension, takes what a reader sees
// (body.innerText) both ways and scores it with the CLI's own scorer (`factlight eval
// extraction --predictions`): for articles the benchmark's F1, over the article body
// (without <h1> and <figcaption>, src/eval/body.rs) and over all visible text; for
// other pages the share of their main content still visible. Then it prints the CLI's
// figures on the same pages beside them, switches the site off and checks that the
// page's outerHTML is back to the page as served, byte for byte.
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
  // The set: a positional folder (npm run eval:browser -- DIR) or --dir DIR.
  const valued = new Set(['--dir', '--pages', '--sample', '--min-f1', '--min-all-f1', '--min-kept', '--min-through', '--max-gap']);
  const positional = a.filter((x, i) => !x.startsWith('--') && !valued.has(a[i - 1]));
  return {
    dir: path.resolve(positional[0] || get('--dir', DEFAULT_DIR)),
    pages: Number(get('--pages', 0)), // the first N pages
    sample: Number(get('--sample', 0)), // N pages evenly spaced over the set (a fixed sample)
    // Regression checks for the test suite (exit 1 when missed).
    minF1: Number(get('--min-f1', 0)), // articles, article body
    minAllF1: Number(get('--min-all-f1', 0)), // articles, all visible text
    minKept: Number(get('--min-kept', 0)), // other pages: main content kept, mean
    minThrough: Number(get('--min-through', 0)), // articles treated as articles
    maxGap: Number(get('--max-gap', Infinity)),
  };
}

function choose(ids, pages, sample) {
  if (sample > 0 && sample < ids.length) {
    return Array.from({ length: sample }, (_, k) => ids[Math.floor((k * ids.length) / sample)]);
  }
  return ids.slice(0, pages > 0 ? pages : undefined);
}

// The CLI's last output line: its summary JSON (src/eval/run.rs summary_json).
function summary(out) {
  return JSON.parse(out.trim().split('\n').pop()).all;
}

async function main() {
  const { dir, pages, sample, minF1, minAllF1, minKept, minThrough, maxGap } = args();
  const truth = loadOrSkip(dir, 'eval:browser');
  const ids = choose(Object.keys(truth).sort(), pages, sample);
  const server = await serve(dir, ids);
  const port = server.address().port;
  const session = await launch('chromium');
  const predictions = {}; // id -> {kept, body, page, article_found}
  const states = { done: 0, error: 0, timeout: 0 };
  const notRestored = [];
  const started = Date.now();
  // Factlight stays off on "localhost": the same page there is the page as served.
  // Settings are written from an extension page: the service worker may be replaced meanwhile.
  const settings = await session.newPage();
  await session.openExtensionPage(settings, 'popup/popup.html');
  const disable = (hosts) => settings.evaluate((h) => chrome.storage.sync.set({ disabledSites: h }), hosts);
  const outerHTML = () => document.documentElement.outerHTML;
  const bodyText = () => (document.body ? document.body.innerText : '');
  const noArticle = () => document.documentElement.getAttribute('data-factlight-article') === 'no';
  try {
    await disable(['localhost']);
    for (const id of ids) {
      // Two storage.sync writes a page; the browser allows 120 a minute.
      const paced = new Promise((r) => setTimeout(r, 1050));
      const page = await session.newPage();
      const p = { kept: '', body: '', page: '', article_found: false };
      predictions[id] = p;
      try {
        await page.goto(`http://localhost:${port}/${id}.html`, { waitUntil: 'load', timeout: 30000 });
        const pristine = await page.evaluate(outerHTML);
        p.page = await page.evaluate(bodyText);
        await page.goto(`http://127.0.0.1:${port}/${id}.html`, { waitUntil: 'domcontentloaded', timeout: 30000 });
        const state = await waitFor(page, stateSet, undefined, STATE_TIMEOUT_MS).catch(() => 'timeout');
        states[state] = (states[state] || 0) + 1;
        const texts = await page.evaluate(visibleTexts, NOT_BODY);
        p.kept = texts.all;
        p.body = texts.body;
        p.article_found = !(await page.evaluate(noArticle));
        // Switching the site off must give back the page byte for byte.
        await disable(['localhost', '127.0.0.1']);
        await waitFor(page, () => !document.documentElement.hasAttribute('data-factlight-state'), undefined, 10000).catch(() => {});
        if ((await page.evaluate(outerHTML)) !== pristine) notRestored.push(id);
        await disable(['localhost']);
      } catch (e) {
        console.error(`${id}: ${(e && e.message) || e}`);
        states.timeout++;
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
  // Score only the pages we loaded: write a ground truth restricted to them.
  const subset = path.join(tmp, 'bench');
  fs.mkdirSync(subset);
  fs.writeFileSync(path.join(subset, 'ground-truth.json'), JSON.stringify(Object.fromEntries(ids.map((id) => [id, truth[id]]))));
  fs.symlinkSync(path.join(dir, 'html'), path.join(subset, 'html'));
  const browserOut = execFileSync(CLI, ['eval', 'extraction', subset, '--predictions', predFile, '--worst', '5'], { encoding: 'utf8' });
  const cliOut = execFileSync(CLI, ['eval', 'extraction', subset, '--worst', '0'], { encoding: 'utf8' });
  fs.rmSync(tmp, { recursive: true, force: true });
  const b = summary(browserOut);
  const c = summary(cliOut);
  console.log(`browser (Chromium, extension, innerText) on ${ids.length} pages of ${dir} in ${((Date.now() - started) / 1000).toFixed(0)} s; page states ${JSON.stringify(states)}`);
  console.log(browserOut.trim().split('\n').slice(0, -1).join('\n'));
  // The figures both sides report, browser against CLI.
  const figures = [];
  if (b.articles) {
    figures.push(['articles: article body F1', b.body.f1, c.body.f1], ['articles: all kept text F1', b.kept.f1, c.kept.f1]);
    figures.push(['articles treated as articles', b.article_found, c.article_found]);
  }
  if (b.others) figures.push(['other pages: main content kept', b.others_content_kept, c.others_content_kept]);
  console.log('\n                                   browser     CLI    gap');
  for (const [label, x, y] of figures) console.log(`  ${label.padEnd(32)} ${x.toFixed(4)}  ${y.toFixed(4)}  ${Math.abs(x - y).toFixed(4)}`);
  const gap = Math.max(0, ...figures.map(([, x, y]) => Math.abs(x - y)));
  console.log(`largest gap |browser - CLI| = ${gap.toFixed(4)} (target ≤ 0.01)`);
  console.log(`exact restore (outerHTML after switching off = page as served): ${ids.length - notRestored.length}/${ids.length}${notRestored.length ? ` (not: ${notRestored.join(', ')})` : ''}`);
  console.log(JSON.stringify({ pages: ids.length, browser: b, cli: c, gap, restored: ids.length - notRestored.length }));
  const failures = [];
  if (b.articles && b.body.f1 < minF1) failures.push(`browser article body F1 ${b.body.f1} is below the floor ${minF1}`);
  if (b.articles && b.kept.f1 < minAllF1) failures.push(`browser F1 over all visible text ${b.kept.f1} is below the floor ${minAllF1}`);
  if (b.articles && b.article_found < minThrough) failures.push(`articles treated as articles ${b.article_found} is below the floor ${minThrough}`);
  if (b.others && b.others_content_kept < minKept) failures.push(`other pages' main content kept ${b.others_content_kept} is below the floor ${minKept}`);
  if (gap > maxGap) failures.push(`browser/CLI gap ${gap.toFixed(4)} is over ${maxGap}`);
  if (states.done !== ids.length) failures.push(`the extension did not finish on every page: ${JSON.stringify(states)}`);
  if (notRestored.length) failures.push(`not restored exactly: ${notRestored.join(', ')}`);
  if (failures.length) {
    console.error(failures.join('\n'));
    process.exit(1);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
