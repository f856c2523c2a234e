#!/usr/bin/env node
// npm run inspect -- PATH_OR_URL [--browser chromium|firefox] [--csp POLICY]
// Prints one JSON object describing what the extension did to the page.
const { inspect } = require('./lib/inspect-lib');

function parseArgs(argv) {
  const opts = { browser: 'chromium' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') ? a.split(/=(.*)/s) : [a];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === '--browser') opts.browser = value();
    else if (flag === '--csp') opts.csp = value();
    else if (flag === '--ext') opts.extDir = value();
    else if (flag === '--help' || flag === '-h') opts.help = true;
    else if (!opts.target) opts.target = a;
    else throw new Error(`unexpected argument: ${a}`);
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help || !opts.target) {
    console.error('usage: npm run inspect -- PATH_OR_URL [--browser chromium|firefox] [--csp POLICY]');
    process.exit(opts.help ? 0 : 2);
  }
  const report = await inspect(opts);
  console.log(JSON.stringify(report, null, 2));
  if (report.state !== 'done') process.exitCode = 1;
}

main().catch((e) => {
  console.error(`inspect: ${e.message}`);
  process.exit(1);
});
