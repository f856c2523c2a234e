// Source-level guarantees that browsers can't fully observe (e.g. Firefox hides extension traffic).
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT } = require('./helpers');

const EXT = path.join(ROOT, 'extension');
const manifest = JSON.parse(fs.readFileSync(path.join(EXT, 'manifest.json'), 'utf8'));
// Our own scripts; pkg/ is generated glue whose only fetch is the packaged .wasm.
function ownScripts(dir = EXT) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pkg' ? [] : ownScripts(p);
    return d.name.endsWith('.js') ? [p] : [];
  });
}

test('manifest asks for storage only and exposes nothing to pages', () => {
  assert.deepEqual(manifest.permissions, ['storage']);
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.web_accessible_resources, undefined);
  assert.deepEqual(manifest.content_scripts[0].css, ['content/content.css']);
  assert.match(manifest.content_security_policy.extension_pages, /'wasm-unsafe-eval'/);
});

test('every file the manifest names exists', () => {
  const files = [
    manifest.background.service_worker,
    ...manifest.background.scripts.filter((f) => !f.startsWith('pkg/')),
    ...manifest.content_scripts.flatMap((c) => [...c.js, ...(c.css || [])]),
    manifest.action.default_popup,
    ...Object.values(manifest.icons),
  ];
  for (const f of files) assert.ok(fs.existsSync(path.join(EXT, f)), f);
});

test('extension code has no network, HTML-parsing or eval sinks', () => {
  const banned = /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\s*\(|\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\b/;
  for (const file of ownScripts()) {
    const src = fs.readFileSync(file, 'utf8');
    const hit = src.split('\n').findIndex((line) => banned.test(line));
    assert.equal(hit, -1, `${path.relative(ROOT, file)}:${hit + 1}`);
  }
});

test('content scripts never inject <style> (strict page CSPs would block it; early.js adopts a constructed sheet)', () => {
  for (const f of manifest.content_scripts.flatMap((c) => c.js)) {
    assert.doesNotMatch(fs.readFileSync(path.join(EXT, f), 'utf8'), /createElement\(\s*['"]style['"]/, f);
  }
});

test('Copy as Markdown escapes page text: no links, images, HTML or headings from the page', () => {
  require(path.join(EXT, 'popup', 'markdown.js'));
  const md = globalThis.factlightMarkdown.build('# Title [x](javascript:alert(1))', 'http://example.org/a b<c>', {
    figures: [{ value: '352', counts: '<img src=x onerror=alert(1)>', sentence: '![p](http://evil/x.png) **bold** `code`' }],
    officials: [{ name: 'Vladimir Makei', role: '"><script>alert(1)</script>', mentions: 2 }],
    people: [],
  });
  const body = md.split('\n').slice(1).join('\n'); // the title line is ours
  assert.doesNotMatch(md, /(?<!\\)(<img|<script|!\[|\]\()/, md); // escaped (\<img) is plain text
  assert.doesNotMatch(body, /^#(?!# (Figures|Officials|Other people)$)/m, md); // only our own headings
  assert.match(md, /^# Key facts: \\# Title/);
  assert.match(md, /<http:\/\/example\.org\/a%20b%3Cc%3E>/);
  assert.match(md, /\*\*Vladimir Makei\*\*, "\\>\\<script\\>alert\\\(1\\\)\\<\/script\\> \(2 mentions\)/);
});
