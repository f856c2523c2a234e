// What a reader does with the extension, in Chromium and Firefox: the key-facts panel
// (list, jump, Markdown), settings (global, categories), "show what was hidden" with
// "keep this block", the options page, the shortcuts' commands, live pages (an SPA
// navigating, an endless feed), and highlight contrast in light and dark schemes.
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { launch, waitFor } = require('../../scripts/lib/browsers');
const { serveTarget, instrument, setDisabledSites } = require('../../scripts/lib/inspect-lib');
const { SEED_HTML, ROOT, EXT_DIR, SKIP_UNBUILT, tabIdFor } = require('./helpers');

const LIVE_DIR = path.join(ROOT, 'tests', 'fixtures', 'live');
const outerHTML = () => document.documentElement.outerHTML;
const isDone = () => document.documentElement.getAttribute('data-factlight-state') === 'done';
const noState = () => !document.documentElement.hasAttribute('data-factlight-state');
const marks = () => [...document.querySelectorAll('factlight-mark')].map((m) => [m.getAttribute('data-kind'), m.textContent]);
const settle = (ms) => new Promise((r) => setTimeout(r, ms));

async function openPopup(session, popup, tabId) {
  await session.openExtensionPage(popup, `popup/popup.html?tab=${tabId}`);
  await waitFor(popup, () => document.documentElement.hasAttribute('data-ready') && !document.getElementById('active').disabled);
}

// Sets a storage.sync setting the way the popup's boxes do (by clicking them).
async function clickBox(popup, selector, want) {
  await popup.evaluate(([sel, on]) => {
    const box = document.querySelector(sel);
    if (box.checked !== on) box.click();
  }, [selector, want]);
}

// Counts the runs the content script starts (state set to "working") from now on.
function countRuns() {
  window.__factlightRuns = 0;
  new MutationObserver((records) => {
    for (const r of records) if (document.documentElement.getAttribute('data-factlight-state') === 'working' && r.oldValue !== 'working') window.__factlightRuns++;
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-factlight-state'], attributeOldValue: true });
}

// WCAG contrast ratio of two CSS rgb() colours.
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

for (const browser of ['chromium', 'firefox']) {
  describe(`reader features in ${browser}`, { skip: SKIP_UNBUILT }, () => {
    let session;
    let seed;
    let live;
    before(async () => {
      session = await launch(browser, EXT_DIR);
      seed = await serveTarget(SEED_HTML);
      live = await serveTarget(LIVE_DIR);
    });
    after(async () => {
      if (session) await session.close();
      for (const s of [seed, live]) if (s && s.server) await s.server.close();
    });

    test('key facts panel: lists, jumps to a highlight, copies Markdown', async () => {
      const page = await session.newPage();
      const popup = await session.newPage();
      const probe = await instrument(session, page);
      try {
        await page.goto(seed.url);
        await waitFor(page, isDone, undefined, 20000);
        await session.openExtensionPage(popup, 'popup/popup.html');
        await openPopup(session, popup, await tabIdFor(popup, seed.url));
        const lists = await waitFor(popup, () => {
          const read = (name) => [...document.querySelectorAll(`ul[aria-label="${name}"] .fact`)].map((b) => b.textContent);
          const out = { figures: read('Figures'), officials: read('Officials') };
          return out.figures.length && out.officials.length ? out : null;
        });
        assert.ok(lists.figures.some((t) => t.includes('at least 352') && t.includes('civilians')), JSON.stringify(lists.figures));
        assert.ok(lists.officials.some((t) => t.includes('Makei') && t.includes('Foreign Minister') && /\d mentions/.test(t)), JSON.stringify(lists.officials));

        // Choosing an entry scrolls the page to its highlight and flashes it.
        await popup.evaluate(() => {
          const b = [...document.querySelectorAll('ul[aria-label="Officials"] .fact')].find((x) => x.textContent.includes('Makei'));
          b.click();
        });
        const flashed = await waitFor(page, () => {
          const m = document.querySelector('factlight-mark[data-factlight-flash]');
          return m ? m.textContent : null;
        });
        assert.match(flashed, /Makei/);

        // Copy as Markdown: title, address, figures and officials, page text escaped.
        const md = await popup.evaluate(async () => {
          let copied = null;
          navigator.clipboard.writeText = async (t) => { copied = t; };
          document.getElementById('copy').click();
          for (let i = 0; i < 50 && copied === null; i++) await new Promise((r) => setTimeout(r, 50));
          return copied;
        });
        assert.ok(md && md.startsWith('# Key facts: '), md);
        assert.ok(md.includes(`<${seed.url}>`) && md.includes('## Figures') && md.includes('## Officials'), md);
        assert.ok(md.includes('**at least 352**') && md.includes('Makei'), md);
        assert.deepEqual(probe.errors, []);
      } finally {
        await popup.close().catch(() => {});
        await page.close().catch(() => {});
      }
    });

    test('settings: categories, show what was hidden, keep a block, options page, global switch; exact restore after all', async () => {
      const host = new URL(seed.url).hostname;
      const page = await session.newPage();
      const popup = await session.newPage();
      const probe = await instrument(session, page);
      try {
        await setDisabledSites(session, [host]);
        await page.goto(seed.url);
        await settle(800);
        const pristine = await page.evaluate(outerHTML);
        await setDisabledSites(session, []);
        await waitFor(page, isDone, undefined, 20000);
        await session.openExtensionPage(popup, 'popup/popup.html');
        const tabId = await tabIdFor(popup, seed.url);
        await openPopup(session, popup, tabId);

        // Figures off: no figure marks, and the panel lists none; back on: they return.
        await clickBox(popup, '[data-setting="figures"]', false);
        await waitFor(page, () => document.documentElement.getAttribute('data-factlight-state') === 'done'
          && !document.querySelector('factlight-mark[data-kind="figure"]')
          && document.querySelector('factlight-mark[data-kind="official"]') !== null, undefined, 20000);
        await waitFor(popup, () => !document.querySelector('ul[aria-label="Figures"]'));
        await clickBox(popup, '[data-setting="figures"]', true);
        await waitFor(page, () => document.documentElement.getAttribute('data-factlight-state') === 'done'
          && document.querySelector('factlight-mark[data-kind="figure"]') !== null, undefined, 20000);

        // Show what was hidden: blocks come back outlined, each with a keep button.
        const hiddenBefore = await page.evaluate(() => document.querySelectorAll('[data-factlight-hidden]').length);
        assert.ok(hiddenBefore > 0);
        await waitFor(popup, () => !document.getElementById('show-hidden').disabled);
        await clickBox(popup, '#show-hidden', true);
        const shown = await waitFor(page, () => {
          const buttons = document.querySelectorAll('factlight-keep').length;
          const visible = [...document.querySelectorAll('[data-factlight-hidden]')].filter((e) => e.getClientRects().length > 0).length;
          return document.documentElement.hasAttribute('data-factlight-reveal') && buttons ? { buttons, visible } : null;
        });
        assert.equal(shown.buttons, hiddenBefore);
        assert.ok(shown.visible > 0, 'revealed blocks are rendered');

        // Keep one: it stays visible on this site from now on (after the re-run too).
        await page.evaluate(() => document.querySelector('factlight-keep').click());
        await waitFor(page, (n) => document.documentElement.getAttribute('data-factlight-state') === 'done'
          && document.querySelectorAll('[data-factlight-hidden]').length < n, hiddenBefore, 20000);
        const keys = await popup.evaluate(async (h) => (await factlightSettings.read(h)).keep, host);
        assert.equal(keys.length, 1, 'one kept block in storage.sync');

        // The options page lists it; removing it there hides the block again.
        const options = await session.newPage();
        try {
          await session.openExtensionPage(options, 'options/options.html');
          await waitFor(options, (h) => [...document.querySelectorAll('#kept-list li')].some((li) => li.textContent.startsWith(h)), host);
          await options.evaluate(() => document.querySelector('#kept-list li button').click());
          await waitFor(page, (n) => document.documentElement.getAttribute('data-factlight-state') === 'done'
            && document.querySelectorAll('[data-factlight-hidden]').length === n, hiddenBefore, 20000);
        } finally {
          await options.close().catch(() => {});
        }

        // Reveal off again, then the global switch: off restores the page exactly.
        await openPopup(session, popup, tabId);
        await clickBox(popup, '#show-hidden', false);
        await waitFor(page, () => !document.querySelector('factlight-keep') && !document.documentElement.hasAttribute('data-factlight-reveal'));
        await clickBox(popup, '#enabled', false);
        await waitFor(page, noState, undefined, 20000);
        assert.equal(await page.evaluate(outerHTML), pristine, 'outerHTML not restored exactly');
        await clickBox(popup, '#enabled', true);
        await waitFor(page, isDone, undefined, 20000);
        assert.deepEqual(probe.errors, []);
      } finally {
        await setDisabledSites(session, []);
        await popup.close().catch(() => {});
        await page.close().catch(() => {});
      }
    });

    test('shortcut commands: next highlight, toggle the site', async () => {
      const page = await session.newPage();
      const popup = await session.newPage();
      try {
        await page.goto(seed.url);
        await waitFor(page, isDone, undefined, 20000);
        await session.openExtensionPage(popup, 'popup/popup.html');
        const tabId = await tabIdFor(popup, seed.url);
        const command = (name) => popup.evaluate(([n, id]) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: 'command', name: n, tabId: id }), [name, tabId]);
        const first = await command('next-highlight');
        assert.ok(first && first.ok, JSON.stringify(first));
        const a = await page.evaluate(() => [...document.querySelectorAll('factlight-mark')].indexOf(document.querySelector('factlight-mark[data-factlight-flash]')));
        await command('next-highlight');
        const b = await page.evaluate(() => [...document.querySelectorAll('factlight-mark')].filter((m) => m.hasAttribute('data-factlight-flash')).map((m) => [...document.querySelectorAll('factlight-mark')].indexOf(m)));
        assert.ok(a >= 0 && b.includes(a + 1), `second jump lands on the next mark (${a} then ${b})`);
        await command('toggle-site');
        await waitFor(page, noState, undefined, 20000);
        await command('toggle-site');
        await waitFor(page, isDone, undefined, 20000);
      } finally {
        await setDisabledSites(session, []);
        await popup.close().catch(() => {});
        await page.close().catch(() => {});
      }
    });

    test('live pages: SPA navigation re-runs on the new article; appended paragraphs get marks; no self-triggered loop', async () => {
      const page = await session.newPage();
      const probe = await instrument(session, page);
      try {
        await page.goto(`${live.url}index.html`);
        await waitFor(page, isDone, undefined, 20000);
        assert.ok((await page.evaluate(marks)).some(([, t]) => t.includes('4,200')));
        await page.evaluate(countRuns);
        await settle(3000);
        assert.equal(await page.evaluate(() => window.__factlightRuns), 0, 'runs started with nothing changed (a loop on our own mutations)');

        // Hidden blocks stay hidden through the re-runs (no clutter flashing back).
        await page.evaluate(() => {
          const nav = document.querySelector('nav.site-nav');
          window.__navShown = nav.hasAttribute('data-factlight-hidden') ? 0 : -1;
          new MutationObserver(() => { if (!nav.hasAttribute('data-factlight-hidden')) window.__navShown++; })
            .observe(nav, { attributes: true, attributeFilter: ['data-factlight-hidden'] });
        });

        // An endless feed appends a paragraph: it is read and marked.
        await page.evaluate(() => window.liveAppend('Rescuers reached 350 stranded villagers by boat on Wednesday, the fire service said.'));
        await waitFor(page, () => [...document.querySelectorAll('factlight-mark')].some((m) => m.textContent.includes('350')), undefined, 20000);

        // The app navigates to another article with the history API.
        await page.evaluate(() => window.liveNavigate('/second'));
        const after = await waitFor(page, () => {
          const m = [...document.querySelectorAll('factlight-mark')].map((x) => x.textContent);
          return document.documentElement.getAttribute('data-factlight-state') === 'done' && m.some((t) => t.includes('2.3 million tonnes')) ? m : null;
        }, undefined, 20000);
        assert.ok(!after.some((t) => t.includes('4,200')), 'old article marks are gone');
        assert.equal(await page.evaluate(() => window.__navShown), 0, 'the hidden site nav was shown again during a re-run');
        await page.evaluate(() => { window.__factlightRuns = 0; });
        await settle(3000);
        assert.equal(await page.evaluate(() => window.__factlightRuns), 0, 'runs started after the new article settled');
        assert.deepEqual(probe.errors, []);
      } finally {
        await page.close().catch(() => {});
      }
    });

    test("a site's next page: its clutter is hidden while it loads, before analysis", async () => {
      // The seed page, sent in two parts 1.5 s apart, so the browser parses and paints the
      // site header while the page is still loading and Factlight has not analysed it yet.
      // Its own address (127.0.0.2), so no other test's pages count as the same site.
      const html = fs.readFileSync(SEED_HTML, 'utf8');
      const cut = html.indexOf('<main');
      const server = http.createServer((req, res) => {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.write(html.slice(0, cut));
        setTimeout(() => res.end(html.slice(cut)), 1500);
      });
      await new Promise((r) => server.listen(0, '127.0.0.2', r));
      const url = `http://127.0.0.2:${server.address().port}/story.html`;
      const headerWhileLoading = () => {
        const h = document.querySelector('header.site-header');
        if (!h || document.readyState !== 'loading') return null;
        return { shown: h.getClientRects().length > 0, analysed: document.documentElement.hasAttribute('data-factlight-state') };
      };
      const visit = async () => {
        const page = await session.newPage();
        page.goto(url, { timeout: 20000 }).catch(() => {});
        await waitFor(page, headerWhileLoading, undefined, 10000, 50);
        // The guess arrives asynchronously (a message to the background), usually before the
        // first paint but not always: look once the page has been loading for a moment.
        await settle(400);
        const seen = await page.evaluate(headerWhileLoading);
        await waitFor(page, isDone, undefined, 20000);
        const after = await page.evaluate(() => ({
          hidden: document.querySelector('header.site-header').hasAttribute('data-factlight-hidden'),
          sheets: document.adoptedStyleSheets.length,
        }));
        await page.close();
        return { seen, after };
      };
      try {
        const first = await visit();
        assert.deepEqual(first.seen, { shown: true, analysed: false }, 'first page of the site: nothing is known yet');
        assert.ok(first.after.hidden);
        const second = await visit();
        assert.deepEqual(second.seen, { shown: false, analysed: false }, 'next page: the header is hidden while the page loads');
        assert.deepEqual(second.after, { hidden: true, sheets: 0 }, 'after analysis the plan hides it and the early sheet is gone');
      } finally {
        server.close();
      }
    });

    if (browser === 'chromium') {
      test('highlights meet WCAG AA contrast in light and dark schemes', async () => {
        const page = await session.newPage();
        try {
          for (const scheme of ['light', 'dark']) {
            await page.emulateMedia({ colorScheme: scheme });
            await page.goto(seed.url);
            await waitFor(page, isDone, undefined, 20000);
            const styles = await page.evaluate(() => ['figure', 'official', 'person'].map((k) => {
              const m = document.querySelector(`factlight-mark[data-kind="${k}"]`);
              if (!m) return [k, null];
              const s = getComputedStyle(m);
              return [k, { color: s.color, background: s.backgroundColor, line: s.textDecorationColor, style: s.textDecorationStyle }];
            }));
            const lineStyles = new Set();
            for (const [kind, s] of styles) {
              if (!s) continue;
              lineStyles.add(s.style);
              assert.ok(contrast(s.color, s.background) >= 4.5, `${scheme} ${kind}: text ${contrast(s.color, s.background).toFixed(2)}:1`);
              assert.ok(contrast(s.line, s.background) >= 3, `${scheme} ${kind}: underline ${contrast(s.line, s.background).toFixed(2)}:1`);
            }
            assert.ok(lineStyles.size >= 2, 'kinds differ by underline style');
          }
        } finally {
          await page.close().catch(() => {});
        }
      });
    }
  });
}
