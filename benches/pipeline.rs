//! `cargo bench`: native speed of the pipeline on the 181 pages of the
//! Scrapinghub extraction benchmark (../shared), and on synthetic news
//! pages of 1, 4 and 16 MB (growth). Throughput is in bytes of HTML.
//!
//! - extraction: HTML -> snapshot -> page model -> clutter decision -> the
//!   article's text (what `eval extraction` scores);
//! - full analysis: HTML -> snapshot -> `analyze_snapshot` (clutter,
//!   figures, people, plan: what the extension runs, plus parsing);
//! - growth: `analyze_snapshot` alone on an already parsed synthetic page.
//!
//! Samples are few and short so the whole run takes a few minutes.

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/common/synthetic.rs"]
mod synthetic;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::synthetic;
    use criterion::{BenchmarkId, Criterion, Throughput};
    use factlight::{analyze_snapshot, clutter, html, page, snapshot, text_map};
    use std::hint::black_box;
    use std::io::Read;
    use std::path::PathBuf;
    use std::time::{Duration, Instant};

    /// The benchmark pages, or None with a loud note. Never a panic: a
    /// user's clone has no ../shared, and `cargo bench` should still run.
    fn pages() -> Option<Vec<String>> {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/data/extraction/scrapinghub/html");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!(
                "\n!!! SKIPPED: {} is absent; the benchmark-page groups did not run !!!\n",
                dir.display()
            );
            return None;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
        paths.sort();
        let pages = paths
            .iter()
            .filter(|p| p.to_string_lossy().ends_with(".html.gz"))
            .map(|p| {
                let gz = std::fs::read(p).expect("readable page");
                let mut html = String::new();
                flate2::read::GzDecoder::new(&gz[..])
                    .read_to_string(&mut html)
                    .expect("gzipped UTF-8 page");
                html
            })
            .collect();
        Some(pages)
    }

    fn extract(html: &str) -> String {
        let snap = html::snapshot(html);
        if snapshot::validate(&snap).is_err() {
            return String::new();
        }
        let page = page::Page::new(&snap);
        let decision = clutter::decide(&page);
        text_map::TextMap::build(&page, &decision.hide).text
    }

    fn analyse(html: &str) -> usize {
        let snap = html::snapshot(html);
        analyze_snapshot(&snap).map_or(0, |plan| plan.marks.len())
    }

    /// Per-page times (best of 3 each), for the median page, which
    /// criterion's per-iteration figure (all pages) does not give.
    fn per_page(name: &str, pages: &[String], f: fn(&str) -> usize) {
        let mut ms: Vec<f64> = pages
            .iter()
            .map(|p| {
                (0..3)
                    .map(|_| {
                        let t = Instant::now();
                        black_box(f(p));
                        t.elapsed().as_secs_f64() * 1e3
                    })
                    .fold(f64::INFINITY, f64::min)
            })
            .collect();
        let total: f64 = ms.iter().sum();
        ms.sort_by(f64::total_cmp);
        println!(
            "{name}: {} pages, median page {:.2} ms, mean {:.2} ms (best of 3 per page)",
            ms.len(),
            ms[ms.len() / 2],
            total / ms.len() as f64
        );
    }

    fn benchmark_pages(c: &mut Criterion, runs: &mut Vec<(String, usize, usize)>) {
        let Some(pages) = pages() else { return };
        let bytes: usize = pages.iter().map(String::len).sum();
        println!(
            "{} pages, {:.1} MB of HTML; per page = criterion's time / {}",
            pages.len(),
            bytes as f64 / 1e6,
            pages.len()
        );
        per_page("extraction", &pages, |p| extract(p).len());
        per_page("full analysis", &pages, analyse);
        let mut g = c.benchmark_group("scrapinghub");
        g.throughput(Throughput::BytesDecimal(bytes as u64));
        g.sample_size(10);
        g.warm_up_time(Duration::from_secs(2));
        g.measurement_time(Duration::from_secs(15));
        for name in ["extraction", "full analysis"] {
            runs.push((format!("scrapinghub/{name}"), bytes, pages.len()));
        }
        g.bench_function("extraction", |b| {
            b.iter(|| pages.iter().map(|p| extract(p).len()).sum::<usize>())
        });
        g.bench_function("full analysis", |b| {
            b.iter(|| pages.iter().map(|p| analyse(p)).sum::<usize>())
        });
        g.finish();
    }

    fn growth(c: &mut Criterion, runs: &mut Vec<(String, usize, usize)>) {
        let mut g = c.benchmark_group("growth");
        g.sample_size(10);
        g.warm_up_time(Duration::from_secs(1));
        for mb in [1, 4, 16] {
            let page = synthetic::news_page(mb << 20);
            let snap = html::snapshot(&page);
            g.throughput(Throughput::BytesDecimal(page.len() as u64));
            runs.push((format!("growth/full analysis/{mb} MB"), page.len(), 1));
            // Ten samples of one run each, at about 0.3 s per MB.
            g.measurement_time(Duration::from_secs(3 * mb as u64 + 2));
            g.bench_with_input(
                BenchmarkId::new("full analysis", format!("{mb} MB")),
                &snap,
                |b, s| b.iter(|| analyze_snapshot(s).map(|p| p.marks.len())),
            );
        }
        g.finish();
    }

    pub fn main() {
        let mut c = Criterion::default().configure_from_args();
        let mut runs = Vec::new();
        benchmark_pages(&mut c, &mut runs);
        growth(&mut c, &mut runs);
        c.final_summary();
        medians(&runs);
    }

    /// Criterion prints means; the README quotes medians, which criterion
    /// keeps in target/criterion/<group>/<bench>/new/estimates.json.
    /// `runs`: (benchmark, bytes of HTML, pages) per run; a benchmark left
    /// out by a filter shows its last run.
    fn medians(runs: &[(String, usize, usize)]) {
        let root = std::env::var("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"))
            .join("criterion");
        println!("medians:");
        for (name, bytes, pages) in runs {
            let path = root.join(name).join("new/estimates.json");
            let Ok(raw) = std::fs::read(&path) else {
                continue;
            };
            let v: serde_json::Value = serde_json::from_slice(&raw).expect("criterion's JSON");
            let ms = v["median"]["point_estimate"].as_f64().unwrap_or(f64::NAN) / 1e6;
            println!(
                "  {name}: {ms:.0} ms a run, {:.1} MB/s, {:.2} ms/page",
                *bytes as f64 / 1e3 / ms,
                ms / *pages as f64
            );
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

/// Criterion is a native-only dev-dependency; on wasm32 this is empty.
#[cfg(target_arch = "wasm32")]
fn main() {}
