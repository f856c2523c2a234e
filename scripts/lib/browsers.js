// Launches headless Chromium (playwright-core) or Firefox (puppeteer-core, WebDriver BiDi)
// with the unpacked extension, behind one small interface the tools and tests share.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const EXTENSION_DIR = path.resolve(__dirname, '..', '..', 'extension');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
// Fixed moz-extension UUID so tests can open the popup by URL.
const FIREFOX_UUID = '6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
const GECKO_ID = 'factlight@factlight.dev';

// Report service-worker network events on the context, so extension requests are visible.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

async function launchChromium(extDir) {
  const { chromium } = require('playwright-core');
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlight-chromium-'));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
  const worker = context.serviceWorkers()[0] || (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  const origin = `chrome-extension://${new URL(worker.url()).host}`; // URL.origin is "null" for this scheme
  const backgroundErrors = [];
  worker.on?.('console', (m) => { if (m.type() === 'error') backgroundErrors.push(m.text()); });
  const requests = [];
  context.on('request', (r) => requests.push({ url: r.url(), fromWorker: Boolean(r.serviceWorker?.()) }));
  return {
    name: 'chromium',
    extensionOrigin: origin,
    context, // for tools that need CDP (the speed bench)
    // The extension's service worker now (Chromium may stop and restart it), to read its
    // own measurements.
    async worker() {
      return context.serviceWorkers()[0] || context.waitForEvent('serviceworker', { timeout: 15000 });
    },
    backgroundErrors,
    requests, // every request seen in the context, including the extension's worker
    newPage: () => context.newPage(),
    addInitScript: (page, fn) => page.addInitScript(fn),
    async openExtensionPage(page, rel) {
      await page.goto(`${origin}/${rel}`);
    },
    close: async () => {
      await context.close();
      fs.rmSync(userDir, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(extDir) {
  const puppeteer = require('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Needed to navigate WebDriver BiDi tabs to moz-extension:// pages (the popup).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
  });
  try {
    await browser.installExtension(extDir);
  } catch (e) {
    await browser.close();
    throw e;
  }
  const origin = `moz-extension://${FIREFOX_UUID}`;
  const requests = [];
  return {
    name: 'firefox',
    extensionOrigin: origin,
    backgroundErrors: [], // not observable over BiDi; page-side errors are still captured
    requests,
    async newPage() {
      const page = await browser.newPage();
      page.on('request', (r) => requests.push({ url: r.url(), fromWorker: false }));
      return page;
    },
    addInitScript: (page, fn) => page.evaluateOnNewDocument(fn),
    async openExtensionPage(page, rel) {
      // The tab switches to the extension process, which detaches puppeteer's frame
      // and its load event never arrives; poll the document instead.
      // Re-opening the same URL must not be mistaken for the old document: mark
      // the old one first and wait for a document without the mark.
      const url = `${origin}/${rel}`;
      await page.evaluate(() => { window.__factlightStale = true; }).catch(() => {});
      page.goto(url, { timeout: 10000 }).catch(() => {});
      await waitFor(page, (u) => location.href === u && document.readyState === 'complete' && !window.__factlightStale, url, 10000);
    },
    close: () => browser.close(),
  };
}

function launch(name = 'chromium', extDir = EXTENSION_DIR) {
  if (name === 'chromium') return launchChromium(path.resolve(extDir));
  if (name === 'firefox') return launchFirefox(path.resolve(extDir));
  throw new Error(`unknown browser "${name}" (chromium|firefox)`);
}

// Polls fn(arg) in the page; works the same with playwright and puppeteer pages.
async function waitFor(page, fn, arg, timeoutMs = 10000, intervalMs = 100) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await page.evaluate(fn, arg);
      if (last) return last;
    } catch (e) {
      last = e; // mid-navigation contexts throw; keep polling
    }
    if (Date.now() > deadline) {
      const why = last instanceof Error ? `: ${last.message}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${fn.name || 'condition'}${why}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

module.exports = { launch, waitFor, EXTENSION_DIR, FIREFOX_UUID };

// Plain headless Chromium without the extension (the playground needs none).
async function launchPlainChromium() {
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  return browser;
}

module.exports.launchPlainChromium = launchPlainChromium;
