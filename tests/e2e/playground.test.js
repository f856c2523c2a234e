// The playground analyses the bundled sample and pasted text with the real engine.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launchPlainChromium, waitFor } = require('../../scripts/lib/browsers');
const { startServer } = require('../../scripts/serve');
const { SKIP_UNBUILT } = require('./helpers');

let server;
let browser;
let page;
const errors = [];
const done = () => document.body.dataset.state === 'done' || document.body.dataset.state === 'error';
const listText = (id) => [...document.querySelectorAll(`#${id} li`)].map((li) => li.textContent);

before(async () => {
  if (SKIP_UNBUILT) return;
  server = await startServer({ port: 0 });
  browser = await launchPlainChromium();
  page = await browser.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
});
after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
});

test('sample article is analysed on start', { skip: SKIP_UNBUILT }, async () => {
  await page.goto(server.url);
  await waitFor(page, done, null, 20000);
  assert.equal(await page.evaluate(() => document.body.dataset.state), 'done', await page.evaluate(() => document.getElementById('error').textContent));
  const figures = await page.evaluate(listText, 'figures');
  const people = await page.evaluate(listText, 'people');
  assert.ok(figures.length > 0, 'no figures listed');
  assert.ok(people.some((p) => p.includes('Vladimir Makei') && p.includes('official')), people.join('\n'));
  const frame = await page.evaluate(() => {
    const doc = document.getElementById('frame').contentDocument;
    return { marks: doc.querySelectorAll('factlight-mark').length, hidden: doc.querySelectorAll('[data-factlight-hidden]').length };
  });
  assert.ok(frame.marks > 0 && frame.hidden > 0, JSON.stringify(frame));
  assert.deepEqual(errors, []);
});

test('paste-text mode marks a figure', { skip: SKIP_UNBUILT }, async () => {
  await page.check('input[name="mode"][value="text"]');
  await page.fill('#source', 'Officials said at least 352 civilians have died — “ünïcode” 😀 first.');
  await page.click('#analyze');
  await waitFor(page, done, null, 10000);
  const marks = await page.evaluate(() => [...document.querySelectorAll('#text-view factlight-mark')].map((m) => ({ kind: m.dataset.kind, text: m.textContent })));
  assert.ok(marks.some((m) => m.kind === 'figure' && m.text.includes('352')), JSON.stringify(marks));
  const text = await page.evaluate(() => document.getElementById('text-view').textContent);
  assert.equal(text, 'Officials said at least 352 civilians have died — “ünïcode” 😀 first.');
  assert.ok((await page.evaluate(listText, 'figures')).length > 0);
  assert.deepEqual(errors, []);
});

test('paste-text offsets after astral characters land on the right words', { skip: SKIP_UNBUILT }, async () => {
  await page.fill('#source', '😀😀 Some 500,000 refugees fled.');
  await page.click('#analyze');
  await waitFor(page, done, null, 10000);
  const marks = await page.evaluate(() => [...document.querySelectorAll('#text-view factlight-mark')].map((m) => m.textContent));
  assert.ok(marks.some((t) => t.includes('500,000')), JSON.stringify(marks));
});
