#!/usr/bin/env bash
# Installs wasm-bindgen-cli (the version pinned in Cargo.toml) and wasm-pack
# with cargo, unless the right versions are already on PATH. Called by
# scripts/setup.sh; scripts/check-install.sh runs it into a scratch root.
#
# Reproducibility: a tool is built against a lock file, never against whatever
# the registry holds today, whenever that can work:
#   1. scripts/locks/NAME-VERSION.Cargo.lock, if the repo keeps one: the lock
#      the tool was published with, with only the versions this registry no
#      longer serves moved (`cargo update -p CRATE --precise V`, see
#      scripts/locks/README.md). Committed, so every machine builds the same.
#   2. the lock the tool was published with (`cargo install --locked`);
#   3. only if both fail: a fresh resolution (`cargo install` without
#      --locked), announced loudly, since its dependency versions are today's.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)"
WASM_PACK_VERSION="0.15.1"
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "setup: no exact wasm-bindgen pin found in Cargo.toml" >&2; exit 1; }

say() { echo "setup: $*"; }
cargo_home="${CARGO_HOME:-$HOME/.cargo}"
# What we install must be found by the checks below and by the build.
export PATH="${CARGO_INSTALL_ROOT:-$cargo_home}/bin:$PATH"

# install_tool CRATE VERSION: strategies 1-3 above, in order.
install_tool() {
  local crate=$1 version=$2 lock="scripts/locks/$1-$2.Cargo.lock" work
  if [ -f "$lock" ] && work="$(published_source "$crate" "$version")"; then
    # cargo install builds a --path source with the Cargo.lock inside it.
    cp "$lock" "$work/Cargo.lock"
    say "building $crate $version against $lock"
    if cargo install --locked --quiet --path "$work"; then rm -rf "$work"; return 0; fi
    rm -rf "$work"
    say "the repo's lock for $crate $version did not build here; trying the published lock"
  fi
  if cargo install --locked --quiet "$crate" --version "$version"; then return 0; fi
  say "WARNING: $crate $version cannot be built from a lock file with this registry;"
  say "WARNING: resolving its dependencies afresh (not reproducible; see scripts/locks/README.md)"
  cargo install --quiet "$crate" --version "$version"
}

# published_source CRATE VERSION: unpacks the crate as published into a new
# folder and prints its path. `cargo fetch` on a throw-away manifest downloads
# it without building anything.
published_source() {
  local tmp out archive
  tmp="$(mktemp -d)" out="$(mktemp -d)"
  printf '[package]\nname = "fetch-only"\nversion = "0.0.0"\nedition = "2021"\n[lib]\npath = "lib.rs"\n[dependencies]\n%s = "=%s"\n' "$1" "$2" >"$tmp/Cargo.toml"
  touch "$tmp/lib.rs"
  cargo fetch --quiet --manifest-path "$tmp/Cargo.toml" >&2 || { rm -rf "$tmp" "$out"; return 1; }
  rm -rf "$tmp"
  archive="$(ls "$cargo_home"/registry/cache/*/"$1-$2.crate" 2>/dev/null | head -1)"
  [ -n "$archive" ] && tar -xzf "$archive" -C "$out" && [ -d "$out/$1-$2" ] || { rm -rf "$out"; return 1; }
  echo "$out/$1-$2"
}

version_of() { "$1" --version 2>/dev/null | awk '{print $2}'; }

if [ "$(version_of wasm-bindgen)" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes, once)"
  install_tool wasm-bindgen-cli "$WASM_BINDGEN_VERSION"
fi
if ! command -v wasm-pack >/dev/null; then
  say "installing wasm-pack $WASM_PACK_VERSION (about 3 minutes, once)"
  install_tool wasm-pack "$WASM_PACK_VERSION"
fi

# The build fails in confusing ways with a wrong wasm-bindgen; say so here.
got="$(version_of wasm-bindgen)"
[ "$got" = "$WASM_BINDGEN_VERSION" ] || { echo "setup: wasm-bindgen is '$got' on PATH, Cargo.toml pins $WASM_BINDGEN_VERSION" >&2; exit 1; }
wasm-pack --version >/dev/null || { echo "setup: wasm-pack does not run" >&2; exit 1; }
