#!/usr/bin/env node
// `npm run package`: one source tree (extension/) -> a Chromium zip and a Firefox package
// in dist/, each with only its browser's manifest keys, and the Firefox one checked by
// `web-ext lint` with zero errors and zero warnings. Run `npm run build` first.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const src = path.join(root, 'extension');
const dist = path.join(root, 'dist');
const webExt = path.join(root, 'node_modules', '.bin', 'web-ext');

// What each browser must not see: the other's background key (and, for Chromium,
// Firefox's add-on id and data-collection declaration, which it would flag as unknown).
const TARGETS = {
  chromium: (m) => {
    delete m.background.scripts;
    delete m.browser_specific_settings;
    return m;
  },
  firefox: (m) => {
    delete m.background.service_worker;
    return m;
  },
};

function lintFirefox(dir) {
  let out;
  try {
    out = execFileSync(webExt, ['lint', '--source-dir', dir, '--output', 'json', '--no-input'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    out = e.stdout; // non-zero exit when it finds errors
  }
  const r = JSON.parse(out);
  const all = [...r.errors, ...r.warnings];
  console.log(`web-ext lint (Firefox package): ${r.errors.length} errors, ${r.warnings.length} warnings, ${r.notices.length} notices`);
  for (const m of all) console.log(`  ${m.code} ${m.file || ''} ${m.message}`);
  if (all.length) throw new Error('the Firefox package must lint clean');
}

function main() {
  if (!fs.existsSync(path.join(src, 'pkg', 'factlight_wasm.js'))) throw new Error('extension/pkg is missing: run `npm run build` first');
  const manifest = JSON.parse(fs.readFileSync(path.join(src, 'manifest.json'), 'utf8'));
  fs.mkdirSync(dist, { recursive: true });
  const made = [];
  for (const [name, adapt] of Object.entries(TARGETS)) {
    const dir = path.join(dist, name);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(src, dir, { recursive: true });
    const m = adapt(JSON.parse(JSON.stringify(manifest)));
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m, null, 2) + '\n');
    if (name === 'firefox') lintFirefox(dir);
    const file = `factlight-${name}-${manifest.version}.${name === 'firefox' ? 'xpi' : 'zip'}`;
    fs.rmSync(path.join(dist, file), { force: true });
    // web-ext build zips the folder (an .xpi is a zip); the browsers load either.
    execFileSync(webExt, ['build', '--source-dir', dir, '--artifacts-dir', dist, '--filename', file, '--overwrite-dest', '--no-input'], { stdio: ['ignore', 'ignore', 'inherit'] });
    made.push(`${path.relative(root, path.join(dist, file))} (${fs.statSync(path.join(dist, file)).size} bytes; unpacked: ${path.relative(root, dir)}/)`);
  }
  for (const line of made) console.log(`packaged ${line}`);
}

try {
  main();
} catch (e) {
  console.error(`package: ${e.message}`);
  process.exit(1);
}
