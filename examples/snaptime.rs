//! Times the engine on snapshot JSON files: `cargo run --release --example snaptime -- FILE...`
use std::time::Instant;
fn main() {
    for path in std::env::args().skip(1) {
        let json = std::fs::read_to_string(&path).expect("read");
        let mut best = f64::MAX;
        let mut parse_best = f64::MAX;
        for _ in 0..std::env::var("REPS").ok().and_then(|v| v.parse().ok()).unwrap_or(20) {
            let t0 = Instant::now();
            let snap: factlight::Snapshot = serde_json::from_str(&json).expect("json");
            let t1 = Instant::now();
            let plan = factlight::analyze_snapshot(&snap).expect("plan");
            let out = serde_json::to_string(&plan).unwrap();
            let t2 = Instant::now();
            std::hint::black_box(out);
            best = best.min((t2 - t0).as_secs_f64() * 1e3);
            parse_best = parse_best.min((t1 - t0).as_secs_f64() * 1e3);
        }
        println!("{path} {:.0}KB total {best:.2} ms parse {parse_best:.2}", json.len() as f64 / 1024.0);
    }
}
