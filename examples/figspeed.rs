//! Dev aid: `figures::find` throughput on a file's text repeated to MB
//! megabytes (default 8), RUNS timed runs (default 3), for profiling
//! without the CLI's warm-up pass. `figspeed FILE [MB] [RUNS]`
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).expect("usage: figspeed FILE [MB] [RUNS]");
    let mb: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(8);
    let runs: usize = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(3);
    let t = std::fs::read_to_string(path).expect("read");
    let text = t.repeat((mb << 20) / t.len().max(1) + 1);
    for _ in 0..runs {
        let t0 = std::time::Instant::now();
        let n = factlight::figures::find(&text).len();
        let s = t0.elapsed().as_secs_f64();
        factlight::outln!("{n} figures, {:.1} MB/s", text.len() as f64 / 1e6 / s);
    }
}
