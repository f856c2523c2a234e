// Loads a page in a real headless browser with the unpacked extension and reports what a
// reader sees, plus everything the extension must never do (errors, CSP hits, network).
const fs = require('node:fs');
const path = require('node:path');
const { launch, waitFor } = require('./browsers');
const { startServer } = require('../serve');

const STATE_TIMEOUT_MS = 20000;
// Browser-made requests that no page or extension asked for.
const IGNORED_SERVER_PATHS = new Set(['/favicon.ico', '/__csp-report']);

// Runs in the page before its own scripts: counts CSP violations from any source.
function cspProbe() {
  window.__factlightCspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__factlightCspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile || ''}:${e.lineNumber || 0}`);
  }, true);
}

function readPage() {
  const html = document.documentElement;
  const marks = [...document.querySelectorAll('factlight-mark')];
  return {
    state: html.getAttribute('data-factlight-state'),
    visible_text: document.body ? document.body.innerText : '',
    hidden_text: [...document.querySelectorAll('[data-factlight-hidden]')].map((e) => e.textContent).join('\n'),
    highlights: marks.map((m) => ({ kind: m.getAttribute('data-kind'), text: m.textContent, title: m.getAttribute('title') })),
    csp: window.__factlightCspViolations || [],
  };
}

function stateSet() {
  const s = document.documentElement.getAttribute('data-factlight-state');
  return s === 'done' || s === 'error' ? s : null;
}

// A local file or folder is served over loopback (content scripts don't run on file://).
async function serveTarget(target, csp) {
  if (/^https?:\/\//i.test(target)) return { url: target, server: null };
  const file = path.resolve(target.startsWith('file://') ? new URL(target).pathname : target);
  if (!fs.existsSync(file)) throw new Error(`no such file or URL: ${target}`);
  const isDir = fs.statSync(file).isDirectory();
  const server = await startServer({ port: 0, csp, mounts: [['/__target/', isDir ? file : path.dirname(file)]] });
  const url = `${server.url}__target/${isDir ? '' : encodeURIComponent(path.basename(file))}`;
  return { url, server };
}

// Attaches listeners to a fresh page; returns the arrays they fill.
async function instrument(session, page) {
  const errors = [];
  const pageRequests = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message || e}`));
  page.on('request', (r) => pageRequests.push(r.url()));
  await session.addInitScript(page, cspProbe);
  return { errors, pageRequests };
}

// Requests the extension made: off-origin http(s) traffic, or hits on our server the page never asked for.
function extensionRequests(session, probe, targetUrl, server) {
  const origin = new URL(targetUrl).origin;
  const seen = new Set(probe.pageRequests);
  const out = new Set();
  for (const { url } of [...session.requests, ...probe.pageRequests.map((url) => ({ url }))]) {
    if (/^https?:/i.test(url) && new URL(url).origin !== origin) out.add(url);
  }
  if (server) {
    const seenPaths = new Set([...seen].filter((u) => /^https?:/.test(u)).map((u) => new URL(u).pathname));
    for (const r of server.requests) {
      if (!IGNORED_SERVER_PATHS.has(r.path) && !seenPaths.has(r.path)) out.add(`${origin}${r.path}`);
    }
  }
  return [...out];
}

// Sets storage.sync disabledSites from an extension page (what the popup's checkbox does).
async function setDisabledSites(session, hosts) {
  const page = await session.newPage();
  try {
    await session.openExtensionPage(page, 'popup/popup.html');
    await page.evaluate((h) => (globalThis.browser ?? globalThis.chrome).storage.sync.set({ disabledSites: h }), hosts);
  } finally {
    await page.close().catch(() => {});
  }
}

// One page load; waits for the extension's state attribute unless waitState is false.
async function loadOnce(session, url, { waitState = true, timeoutMs = STATE_TIMEOUT_MS } = {}) {
  const page = await session.newPage();
  try {
    const probe = await instrument(session, page);
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    const tLoad = Date.now();
    let state = null;
    if (waitState) {
      try {
        state = await waitFor(page, stateSet, null, timeoutMs, 50);
      } catch {
        state = 'timeout';
      }
    }
    const tDone = Date.now();
    await new Promise((r) => setTimeout(r, waitState ? 300 : 1000)); // late console/CSP reports
    const seen = await page.evaluate(readPage);
    return { probe, seen, state, timings_ms: { load: tLoad - t0, analyze: tDone - tLoad, total: tDone - t0 } };
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * inspect({target, browser, csp, extDir, session}) -> report object.
 * Pass an open `session` (from browsers.launch) to reuse a browser across calls.
 * With a CSP, the page is first loaded with the extension off for its host: violations and
 * console errors seen then are the page's own, and are reported apart from the extension's.
 */
async function inspect({ target, browser = 'chromium', csp, extDir, session: shared, timeoutMs = STATE_TIMEOUT_MS, baseline = Boolean(csp) }) {
  const { url, server } = await serveTarget(target, csp);
  const session = shared || (await launch(browser, extDir));
  try {
    let base = null;
    if (baseline) {
      await setDisabledSites(session, [new URL(url).hostname]);
      base = await loadOnce(session, url, { waitState: false });
      await setDisabledSites(session, []);
    }
    const requestsBefore = session.requests.length;
    const reportsBefore = server ? server.cspReports.length : 0;
    const run = await loadOnce(session, url, { timeoutMs });
    const scoped = { ...session, requests: session.requests.slice(requestsBefore) };
    // A page's own violation is known by what it blocked, not where: the same blocked image
    // is reported at the line the parser was on, which varies with timing.
    const cspKey = (v) => v.split(' ').slice(0, 2).join(' ');
    const baseCsp = new Set((base ? base.seen.csp : []).map(cspKey));
    const baseErrors = new Set(base ? base.probe.errors : []);
    const csp_violation_details = run.seen.csp.filter((v) => !baseCsp.has(cspKey(v)));
    const console_errors = [...run.probe.errors.filter((e) => !baseErrors.has(e)), ...session.backgroundErrors.map((e) => `background: ${e}`)];
    const reports = server ? server.cspReports.slice(reportsBefore) : [];
    return {
      url,
      browser: session.name,
      state: run.state,
      visible_text: run.seen.visible_text,
      hidden_text: run.seen.hidden_text,
      highlights: run.seen.highlights,
      console_errors,
      // Violations beyond the page's own baseline (events; report-uri POSTs beyond the baseline count).
      csp_violations: csp_violation_details.length + Math.max(0, reports.length - (base ? base.seen.csp.length : 0)),
      csp_violation_details,
      page_own: base ? { csp_violations: base.seen.csp, console_errors: base.probe.errors } : undefined,
      extension_network_requests: extensionRequests(scoped, run.probe, url, server),
      timings_ms: run.timings_ms,
      ...(run.state === 'timeout' ? { error: `no data-factlight-state after ${timeoutMs} ms` } : {}),
    };
  } finally {
    if (!shared) await session.close();
    if (server) await server.close();
  }
}

// The tab id of the page showing `url`, as the background knows it, asked from an open
// extension page.
async function tabIdFor(extensionPage, url) {
  return waitFor(extensionPage, async (u) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const res = await api.runtime.sendMessage({ type: 'tabs' });
    const tab = res.tabs.find((t) => t.url === u);
    return tab ? tab.tabId : null;
  }, url);
}

module.exports = { tabIdFor, inspect, serveTarget, instrument, readPage, stateSet, extensionRequests, setDisabledSites, loadOnce };
