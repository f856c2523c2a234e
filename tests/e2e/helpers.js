// Shared bits for the e2e tests: paths, skip conditions, mock extension copies.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const assert = require('node:assert/strict');
const { EXTENSION_DIR } = require('../../scripts/lib/browsers');

const ROOT = path.resolve(__dirname, '..', '..');
const SEED_HTML = path.join(ROOT, 'tests', 'fixtures', 'seed', 'news-article.html');
const EXPECTED = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'seed', 'expected.json'), 'utf8'));
const STRICT_CSP = "default-src 'self'; script-src 'self'";
// FACTLIGHT_EXT points the tests at another unpacked build (e.g. one with a mock engine).
const EXT_DIR = process.env.FACTLIGHT_EXT ? path.resolve(process.env.FACTLIGHT_EXT) : EXTENSION_DIR;
const BUILT = fs.existsSync(path.join(EXT_DIR, 'pkg', 'factlight.js'));
if (!BUILT && process.env.CI === 'true') throw new Error(`${EXT_DIR}/pkg is missing under CI=true: the build step did not run`);
const SKIP_UNBUILT = BUILT ? false : 'extension/pkg is missing: run `npm run build` first';

// Copies the extension with a test-double engine (tests/fixtures/mock-pkg/<name>) in pkg/.
function extensionWithMock(name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `factlight-ext-${name}-`));
  fs.cpSync(EXTENSION_DIR, dir, { recursive: true, filter: (src) => !src.startsWith(path.join(EXTENSION_DIR, 'pkg')) });
  fs.mkdirSync(path.join(dir, 'pkg'));
  fs.copyFileSync(path.join(ROOT, 'tests', 'fixtures', 'mock-pkg', name, 'factlight.js'), path.join(dir, 'pkg', 'factlight.js'));
  fs.writeFileSync(path.join(dir, 'pkg', 'factlight_wasm.js'), 'globalThis.factlightWasmBytes = () => new Uint8Array(0);\n');
  return dir;
}

// The product rules every page load must satisfy, whatever the page.
function assertWellBehaved(report) {
  assert.deepEqual(report.console_errors, [], 'console errors / uncaught exceptions');
  assert.deepEqual(report.extension_network_requests, [], 'network requests by the extension');
}

// The background's status record for the tab showing `url` (state, stats, timing), read
// from an extension page the way the popup reads it.
async function extensionStatus(session, url) {
  const page = await session.newPage();
  try {
    await session.openExtensionPage(page, 'popup/popup.html');
    return await page.evaluate(async (u) => {
      const api = globalThis.browser ?? globalThis.chrome;
      const res = await api.runtime.sendMessage({ type: 'tabs' });
      return res.tabs.find((t) => t.url === u) || null;
    }, url);
  } finally {
    await page.close().catch(() => {});
  }
}

module.exports = { tabIdFor: require('../../scripts/lib/inspect-lib').tabIdFor, extensionStatus, ROOT, SEED_HTML, EXPECTED, STRICT_CSP, EXT_DIR, SKIP_UNBUILT, extensionWithMock, assertWellBehaved };
