#!/usr/bin/env bash
# Every test: native core, lints, wasm in Node and Chromium, the built
# extension in Chromium and Firefox. Run scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
step() { echo; echo "=== $* ==="; }

step "install path: the wasm tools built from scratch into an empty root, installed ones hidden (about 4 minutes)"
bash scripts/check-install.sh
step "cargo fmt --check"
cargo fmt --check
step "cargo clippy (warnings are errors)"
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
step "cargo test (native core, CLI, data sets)"
cargo test --quiet
step "clutter models: a release retrain from ../shared reproduces the shipped gate and block models byte for byte"
cargo test --release --quiet --test clutter_models -- --ignored
step "build wasm package and CLI"
bash scripts/build.sh
step "wasm-pack test --node"
wasm-pack test --node
step "wasm-pack test --headless --chrome"
# Without this, wasm-bindgen-test skips node-configured suites in browsers.
WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --headless --chrome
step "web-ext lint"
node scripts/lint-extension.js
step "package: Chromium zip and Firefox package (the Firefox one must lint clean)"
node scripts/package.js
step "extraction in the browser: the 181 scrapinghub pages, extension in Chromium vs the CLI"
node scripts/eval-browser.js --min-f1 0.970 --min-all-f1 0.955 --max-gap 0.01
step "extraction in the browser: a fixed sample of 300 of WCXB's 1,358 pages of seven types (the whole set takes about 25 minutes)"
node scripts/eval-browser.js ../shared/data/extraction/wcxb-dev --sample 300 --min-all-f1 0.92 --min-through 0.96 --min-kept 0.95 --max-gap 0.01
step "speed bench, short form (5 pages; asserts only that it runs and every page finishes)"
node scripts/bench.js --pages 5
node scripts/bench-floor.js --check
step "end-to-end: extension in Chromium and Firefox, playground"
node --test --test-concurrency=1 tests/e2e/
