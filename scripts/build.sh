#!/usr/bin/env bash
# Builds the wasm package into extension/pkg (used by the extension and the
# playground) and the native CLI. Run scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
# npm's binaryen first on PATH: Debian's wasm-opt is too old for current wasm.
export PATH="$PWD/node_modules/.bin:$PATH"
# The extension snapshots the live DOM, so its wasm leaves the HTML parser out.
wasm-pack build --release --target no-modules --out-dir extension/pkg --out-name factlight --no-pack -- --no-default-features
rm -f extension/pkg/.gitignore extension/pkg/*.d.ts
cargo build --release --quiet
echo "built: extension/pkg ($(du -sh extension/pkg | cut -f1)), target/release/factlight"
