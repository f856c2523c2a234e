#!/usr/bin/env bash
# Proves the install path of the wasm tools, as a new machine meets it: runs
# scripts/setup-wasm-tools.sh into an empty install root with the installed
# wasm-bindgen and wasm-pack hidden from PATH, then runs what it installed.
# The tests run this, so a registry change that breaks a fresh machine's
# set-up fails CI instead of the next new user (CI's machine has the tools).
set -euo pipefail
cd "$(dirname "$0")/.."

root="$(mktemp -d)"
shadow="$(mktemp -d)"
trap 'rm -rf "$root" "$shadow"' EXIT

# PATH without the tools: a folder that holds one of them is replaced by a
# folder of links to its other programs (cargo and rustc live beside them).
hidden_path=""
IFS=: read -ra dirs <<<"$PATH"
for dir in "${dirs[@]}"; do
  if [ -e "$dir/wasm-bindgen" ] || [ -e "$dir/wasm-pack" ]; then
    copy="$shadow/$(printf '%s' "$dir" | tr / _)"
    mkdir -p "$copy"
    for prog in "$dir"/*; do
      case "$(basename "$prog")" in
        wasm-bindgen | wasm-bindgen-test-runner | wasm2es6js | wasm-pack) ;;
        *) ln -sf "$prog" "$copy/" ;;
      esac
    done
    dir="$copy"
  fi
  hidden_path="${hidden_path:+$hidden_path:}$dir"
done
if PATH="$hidden_path" command -v wasm-bindgen >/dev/null || PATH="$hidden_path" command -v wasm-pack >/dev/null; then
  echo "check-install: could not hide the installed tools from PATH" >&2
  exit 1
fi

echo "check-install: installing the wasm tools into empty $root, installed ones hidden from PATH"
start=$(date +%s)
env -u CARGO_TARGET_DIR PATH="$hidden_path" CARGO_INSTALL_ROOT="$root" bash scripts/setup-wasm-tools.sh
took=$(($(date +%s) - start))

pinned="$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)"
got="$("$root/bin/wasm-bindgen" --version | awk '{print $2}')"
[ "$got" = "$pinned" ] || { echo "check-install: installed wasm-bindgen $got, Cargo.toml pins $pinned" >&2; exit 1; }
pack="$("$root/bin/wasm-pack" --version)"
echo "check-install: ok in ${took}s: wasm-bindgen $got (the pin in Cargo.toml), $pack"
