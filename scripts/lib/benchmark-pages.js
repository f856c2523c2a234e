// The extraction benchmark's pages (../shared/data/extraction/scrapinghub), served on loopback.
// Shared by eval:browser and bench, so both load exactly the same bytes with the same headers.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const http = require('node:http');
const zlib = require('node:zlib');

const ROOT = path.resolve(__dirname, '..', '..');
const DEFAULT_DIR = path.join(ROOT, '..', 'shared', 'data', 'extraction', 'scrapinghub');

// The pages were fetched with JS off: their own inline scripts stay off, nothing is fetched
// from outside loopback.
const PAGE_CSP = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

// Exits (loudly) when the data set is absent: a skip outside CI, a failure under CI=true.
function loadOrSkip(dir, what) {
  if (!fs.existsSync(path.join(dir, 'ground-truth.json'))) {
    console.error(`\n!!! SKIPPED ${what}: ${dir} is absent (the benchmark lives in ../shared) !!!\n`);
    process.exit(process.env.CI === 'true' ? 1 : 0);
  }
  return JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8'));
}

// Serves /<id>.html for the given ids.
function serve(dir, ids) {
  const known = new Set(ids);
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(req.url.split('?')[0]);
    const id = url.slice(1).replace(/\.html$/, '');
    if (!known.has(id)) { res.writeHead(404); res.end(); return; }
    const html = zlib.gunzipSync(fs.readFileSync(path.join(dir, 'html', `${id}.html.gz`)));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_CSP });
    res.end(html);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

module.exports = { DEFAULT_DIR, PAGE_CSP, loadOrSkip, serve };
