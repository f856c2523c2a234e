//! `factlight eval extraction DIR`: runs the extractor over the benchmark
//! pages and prints the benchmark's scores, the worst pages and the time.

use super::body::article_body;
use super::extraction::{score_page, summarize, PageScore, Summary};
use std::io::Read;
use std::path::Path;
use std::time::Instant;

pub struct ExtractionRun {
    /// The article body (`body::article_body`) against the ground truth.
    pub summary: Summary,
    /// All the text the page keeps, headline and captions included.
    pub kept: Option<Summary>,
    /// (id, url, score of the article body), worst first.
    pub pages: Vec<(String, String, PageScore)>,
    pub analyse_ms: f64,
    /// Of which parsing HTML into a snapshot (the browser gets that for free).
    pub parse_ms: f64,
    pub bytes: usize,
}

/// A benchmark page's HTML (`DIR/html/<id>.html.gz`).
pub fn page_html(dir: &Path, id: &str) -> Result<String, String> {
    read_gz(&dir.join("html").join(format!("{id}.html.gz")))
}

fn read_gz(path: &Path) -> Result<String, String> {
    let gz = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut s = String::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_string(&mut s)
        .map_err(|e| format!("cannot gunzip {}: {e}", path.display()))?;
    Ok(s)
}

/// Scores texts produced elsewhere (the browser's `innerText`), given as
/// `{id: text}`, against the same ground truth and metric.
pub fn extraction_of(
    dir: &Path,
    predictions: &serde_json::Map<String, serde_json::Value>,
) -> Result<ExtractionRun, String> {
    let truth = read_truth(dir)?;
    let mut pages = Vec::new();
    for (id, t) in &truth {
        let guess = predictions
            .get(id)
            .and_then(|v| v.as_str())
            .ok_or_else(|| format!("no prediction for page {id}"))?;
        let url = t["url"].as_str().unwrap_or("").to_string();
        pages.push((
            id.clone(),
            url,
            score_page(guess, t["articleBody"].as_str().unwrap_or("")),
        ));
    }
    let scores: Vec<PageScore> = pages.iter().map(|p| p.2).collect();
    let summary = summarize(&scores);
    pages.sort_by(|a, b| a.2.f1().total_cmp(&b.2.f1()));
    Ok(ExtractionRun {
        summary,
        kept: None,
        pages,
        analyse_ms: 0.0,
        parse_ms: 0.0,
        bytes: 0,
    })
}

fn read_truth(dir: &Path) -> Result<serde_json::Map<String, serde_json::Value>, String> {
    let truth_path = dir.join("ground-truth.json");
    let raw = std::fs::read(&truth_path)
        .map_err(|e| format!("cannot read {}: {e}", truth_path.display()))?;
    let truth: serde_json::Value =
        serde_json::from_slice(&raw).map_err(|e| format!("bad ground truth: {e}"))?;
    match truth {
        serde_json::Value::Object(m) => Ok(m),
        _ => Err("ground truth is not an object".into()),
    }
}

pub fn extraction(dir: &Path) -> Result<ExtractionRun, String> {
    let truth_path = dir.join("ground-truth.json");
    let raw = std::fs::read(&truth_path)
        .map_err(|e| format!("cannot read {}: {e}", truth_path.display()))?;
    let truth: serde_json::Value =
        serde_json::from_slice(&raw).map_err(|e| format!("bad ground truth: {e}"))?;
    let truth = truth.as_object().ok_or("ground truth is not an object")?;
    let mut pages = Vec::new();
    let mut kept = Vec::new();
    let mut analyse = 0.0;
    let mut parse = 0.0;
    let mut bytes = 0;
    for (id, t) in truth {
        let html = page_html(dir, id)?;
        bytes += html.len();
        let started = Instant::now();
        let snap = crate::html::snapshot(&html);
        parse += started.elapsed().as_secs_f64() * 1000.0;
        let plan = crate::analyze_snapshot(&snap);
        analyse += started.elapsed().as_secs_f64() * 1000.0;
        let (kept_text, body_text) = match plan {
            Ok(plan) => {
                let body = article_body(&crate::page::Page::new(&snap), &plan.hide);
                (plan.report.article_text, body)
            }
            Err(_) => (String::new(), String::new()),
        };
        let truth = t["articleBody"].as_str().unwrap_or("");
        let url = t["url"].as_str().unwrap_or("").to_string();
        kept.push(score_page(&kept_text, truth));
        pages.push((id.clone(), url, score_page(&body_text, truth)));
    }
    let scores: Vec<PageScore> = pages.iter().map(|p| p.2).collect();
    let summary = summarize(&scores);
    pages.sort_by(|a, b| a.2.f1().total_cmp(&b.2.f1()));
    Ok(ExtractionRun {
        summary,
        kept: Some(summarize(&kept)),
        pages,
        analyse_ms: analyse,
        parse_ms: parse,
        bytes,
    })
}

pub fn print(run: &ExtractionRun, worst: usize) {
    let s = &run.summary;
    let n = run.pages.len();
    println!("pages: {n}");
    println!("article body (kept text without <h1> headline and <figcaption>, as the benchmark scores it):");
    println!(
        "precision: {:.4}\nrecall: {:.4}\nF1: {:.4}\nmedian page F1: {:.4}",
        s.precision, s.recall, s.f1, s.median_page_f1
    );
    if let Some(k) = &run.kept {
        println!(
            "all kept text (headline and captions included): P {:.4} R {:.4} F1 {:.4} median page F1 {:.4}",
            k.precision, k.recall, k.f1, k.median_page_f1
        );
    }
    if run.analyse_ms == 0.0 {
        // Scored texts from elsewhere: no timing of ours to report.
    } else {
        println!(
            "time: {:.0} ms total, {:.2} ms/page, {:.1} MB/s (parse + analysis, this build)",
            run.analyse_ms,
            run.analyse_ms / n.max(1) as f64,
            run.bytes as f64 / 1e6 / (run.analyse_ms / 1000.0).max(1e-9)
        );
        println!(
        "  of which HTML parsing {:.0} ms; analysis of the parsed pages {:.0} ms ({:.2} ms/page)",
        run.parse_ms,
        run.analyse_ms - run.parse_ms,
        (run.analyse_ms - run.parse_ms) / n.max(1) as f64
    );
    }
    println!("worst pages:");
    for (id, url, p) in run.pages.iter().take(worst) {
        println!(
            "  F1 {:.3}  P {:.3}  R {:.3}  {}  {}",
            p.f1(),
            p.tp / (p.tp + p.fp).max(1e-9),
            p.tp / (p.tp + p.fn_).max(1e-9),
            &id[..12.min(id.len())],
            url
        );
    }
}
