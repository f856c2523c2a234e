#!/usr/bin/env node
// Tiny dependency-free loopback server: the playground at /, the unpacked extension at
// /extension/, test fixtures at /fixtures/, plus optional extra mounts (used by inspect).
// Tests start it programmatically with a CSP header and read its request log.
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const EXTENSION_DIR = path.join(ROOT, 'extension');
const CSP_REPORT_PATH = '/__csp-report';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm', // instantiateStreaming needs this exact type
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

function defaultMounts() {
  return [
    ['/extension/', EXTENSION_DIR],
    ['/fixtures/', path.join(ROOT, 'tests', 'fixtures')],
    ['/', path.join(ROOT, 'www')],
  ];
}

// Maps a URL path to a file inside one mount, refusing anything that escapes it.
function resolveFile(mounts, urlPath) {
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    let file = path.resolve(dir, '.' + decodeURIComponent(urlPath.slice(prefix.length - 1)));
    if (file !== dir && !file.startsWith(dir + path.sep)) return null;
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    return file;
  }
  return null;
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (e) => {
      server.off('listening', onListening);
      reject(e);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Starts the server. Options: port (0 = any), csp (header value; a report-uri is appended),
 * mounts ([[urlPrefix, dir]] tried before the defaults), host.
 * Resolves to {url, port, requests, cspReports, close()}.
 */
async function startServer(opts = {}) {
  const host = opts.host || '127.0.0.1';
  const mounts = [...(opts.mounts || []).map(([p, d]) => [p, path.resolve(d)]), ...defaultMounts()];
  const requests = [];
  const cspReports = [];
  const server = http.createServer((req, res) => {
    const urlPath = new URL(req.url, 'http://x').pathname;
    requests.push({ method: req.method, path: urlPath, time: Date.now() });
    if (req.method === 'POST' && urlPath === CSP_REPORT_PATH) {
      let body = '';
      req.on('data', (d) => { body += d; });
      req.on('end', () => {
        cspReports.push(body);
        res.writeHead(204).end();
      });
      return;
    }
    const file = resolveFile(mounts, urlPath);
    if (urlPath === '/favicon.ico' && (!file || !fs.existsSync(file))) {
      res.writeHead(204).end(); // browsers ask on their own; a 404 would log a console error
      return;
    }
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = {
      'content-type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
      'cache-control': 'no-store',
    };
    if (opts.csp) headers['content-security-policy'] = `${opts.csp}; report-uri ${CSP_REPORT_PATH}`;
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  let port = Number(opts.port ?? 8080);
  try {
    await listen(server, port, host);
  } catch (e) {
    if (e.code !== 'EADDRINUSE' || port === 0) throw e;
    await listen(server, 0, host); // requested port taken: any free one will do
  }
  port = server.address().port;
  return {
    url: `http://${host}:${port}/`,
    port,
    requests,
    cspReports,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

function portFromArgs(argv) {
  const i = argv.indexOf('--port');
  if (i >= 0 && argv[i + 1]) return Number(argv[i + 1]);
  const eq = argv.find((a) => a.startsWith('--port='));
  if (eq) return Number(eq.slice(7));
  return process.env.PORT ? Number(process.env.PORT) : 8080;
}

if (require.main === module) {
  startServer({ port: portFromArgs(process.argv.slice(2)) }).then((s) => {
    console.log(`Factlight playground: ${s.url}`);
    console.log(`Extension folder: ${EXTENSION_DIR}`);
    console.log(`  Chromium: chrome://extensions → Developer mode → Load unpacked → ${EXTENSION_DIR}`);
    console.log(`  Firefox:  about:debugging#/runtime/this-firefox → Load Temporary Add-on → ${path.join(EXTENSION_DIR, 'manifest.json')}`);
    if (!fs.existsSync(path.join(EXTENSION_DIR, 'pkg', 'factlight.js'))) {
      console.log('Note: extension/pkg is missing; run `npm run build` first.');
    }
  }, (e) => {
    console.error(`serve: ${e.message}`);
    process.exit(1);
  });
}

module.exports = { startServer, EXTENSION_DIR, ROOT };
