// The seed article in both browsers, with and without a strict page CSP.
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launch } = require('../../scripts/lib/browsers');
const { inspect } = require('../../scripts/lib/inspect-lib');
const { checkSeed } = require('../../scripts/lib/seed-check');
const { SEED_HTML, EXPECTED, STRICT_CSP, EXT_DIR, SKIP_UNBUILT, assertWellBehaved } = require('./helpers');

for (const browser of ['chromium', 'firefox']) {
  // One browser at a time: suites in a file run in sequence.
  describe(`seed page in ${browser}`, { skip: SKIP_UNBUILT }, () => {
    let session;
    before(async () => { session = await launch(browser, EXT_DIR); });
    after(async () => { if (session) await session.close(); });

    test('reader sees what expected.json requires', async () => {
      const report = await inspect({ target: SEED_HTML, session });
      assert.equal(report.state, 'done', report.error);
      const failures = checkSeed(EXPECTED, report);
      assert.deepEqual(failures, [], `\n${failures.join('\n')}`);
      assertWellBehaved(report);
    });

    test('strict CSP: same result and no violations from the extension', async () => {
      const report = await inspect({ target: SEED_HTML, session, csp: STRICT_CSP });
      assert.equal(report.state, 'done', report.error);
      const failures = checkSeed(EXPECTED, report);
      assert.deepEqual(failures, [], `\n${failures.join('\n')}`);
      assert.equal(report.csp_violations, 0, report.csp_violation_details.join('\n'));
      // The baseline must have seen the page's own violations, or the comparison proves nothing.
      assert.ok(report.page_own.csp_violations.length > 0, 'baseline saw no page violations');
      assertWellBehaved(report);
    });
  });
}
