//! Native engine time on snapshot JSON files (as the content script sends them):
//! `cargo run --release --example snaptime -- FILE...`, best of REPS runs (default 20).
//! The same files timed in the extension's worker tell how much wasm costs over native.
use std::time::Instant;

fn main() {
    let reps: usize = std::env::var("REPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    for path in std::env::args().skip(1) {
        let json = std::fs::read_to_string(&path).expect("read the snapshot file");
        let (mut best, mut parse_best) = (f64::MAX, f64::MAX);
        for _ in 0..reps {
            let t0 = Instant::now();
            let snap: factlight::Snapshot = serde_json::from_str(&json).expect("snapshot JSON");
            let t1 = Instant::now();
            let plan = factlight::analyze_snapshot(&snap).expect("a valid snapshot");
            std::hint::black_box(serde_json::to_string(&plan).expect("plan JSON"));
            let t2 = Instant::now();
            best = best.min((t2 - t0).as_secs_f64() * 1e3);
            parse_best = parse_best.min((t1 - t0).as_secs_f64() * 1e3);
        }
        let kb = json.len() as f64 / 1024.0;
        factlight::outln!(
            "{path}: {kb:.0} KB, {best:.2} ms in all, {parse_best:.2} ms of it parsing"
        );
    }
}
