#!/usr/bin/env bash
# Fuzzes the core's two entry points (analyze_html, analyze_text) with cargo-fuzz, both at
# once, one core each. Usage: bash scripts/fuzz.sh [SECONDS]   (default 1800)
# Needs `cargo install cargo-fuzz`; cargo-fuzz wants nightly flags, which stable Rust
# accepts with RUSTC_BOOTSTRAP=1. The corpus is seeded from the test fixtures first.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-1800}"
html=fuzz/corpus/analyze_html
text=fuzz/corpus/analyze_text
mkdir -p "$html" "$text" fuzz/artifacts
# Seeds: every fixture page, and the sentences of the seed text and the people fixtures.
cp tests/fixtures/clutter/*.html tests/fixtures/seed/*.html "$html/"
cp tests/fixtures/seed/*.txt "$text/" 2>/dev/null || true
python3 - "$text" <<'PY'
import json, sys, hashlib, pathlib
out = pathlib.Path(sys.argv[1])
cases = json.load(open('tests/fixtures/people/roles.json'))
for case in cases if isinstance(cases, list) else cases.values():
    text = case.get('text') if isinstance(case, dict) else None
    if text:
        (out / hashlib.sha1(text.encode()).hexdigest()).write_text(text)
PY
export RUSTC_BOOTSTRAP=1
cd fuzz
cargo fuzz build -O
cargo fuzz run -O analyze_html -- -max_total_time="$seconds" -max_len=16384 -print_final_stats=1 > artifacts/analyze_html.log 2>&1 &
cargo fuzz run -O analyze_text -- -max_total_time="$seconds" -max_len=8192 -print_final_stats=1 > artifacts/analyze_text.log 2>&1 &
wait
grep -h "stat::number_of_executed_units\|stat::peak_rss_mb" artifacts/analyze_html.log artifacts/analyze_text.log
found=$(find artifacts -type f \( -name 'crash-*' -o -name 'oom-*' -o -name 'timeout-*' \))
if [ -n "$found" ]; then echo "findings (each becomes a regression test):"; echo "$found"; exit 1; fi
echo "no crash, out-of-memory or timeout"
