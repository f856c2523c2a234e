//! `factlight eval extraction DIR`: runs the extractor over a benchmark
//! folder (scrapinghub's layout: `ground-truth.json` and `html/<id>.html.gz`,
//! optionally with a `page_type` per page, as in WCXB) and prints the scores:
//! for articles the benchmark's metric, for other pages the share of their
//! main content still visible. Every figure is printed for the pages tuned
//! on and the held-out ones (`split`) side by side.

use super::body::article_body;
use super::extraction::{score_page, summarize, PageScore, Summary};
use super::kept::main_content_kept;
use super::split::held_out;
use crate::outln;
use std::io::Read;
use std::path::Path;
use std::time::Instant;

/// One page's outcome.
#[derive(Debug, Clone)]
pub struct PageResult {
    pub id: String,
    pub url: String,
    /// WCXB's page type; "article" for sets without types (scrapinghub).
    pub page_type: String,
    pub held_out: bool,
    /// The engine treated the page as an article (the page gate let it through).
    pub article_found: bool,
    /// The article body (`body::article_body`: no `<h1>`, no `<figcaption>`).
    pub body: PageScore,
    /// All the text the page keeps, headline and captions included.
    pub kept: PageScore,
    /// Share of the main content's words still visible (`kept`).
    pub content_kept: f64,
}

pub struct ExtractionRun {
    pub pages: Vec<PageResult>,
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

/// One entry of the ground truth.
pub struct Truth {
    pub id: String,
    pub url: String,
    pub page_type: String,
    pub text: String,
}

/// The ground truth, in id order.
pub fn read_truth(dir: &Path) -> Result<Vec<Truth>, String> {
    let truth_path = dir.join("ground-truth.json");
    let raw = std::fs::read(&truth_path)
        .map_err(|e| format!("cannot read {}: {e}", truth_path.display()))?;
    let truth: serde_json::Value =
        serde_json::from_slice(&raw).map_err(|e| format!("bad ground truth: {e}"))?;
    let map = truth.as_object().ok_or("ground truth is not an object")?;
    let mut out: Vec<Truth> = map
        .iter()
        .map(|(id, t)| Truth {
            id: id.clone(),
            url: t["url"].as_str().unwrap_or("").to_string(),
            page_type: t["page_type"].as_str().unwrap_or("article").to_string(),
            text: t["articleBody"].as_str().unwrap_or("").to_string(),
        })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(out)
}

fn result(t: &Truth, found: bool, kept: &str, body: &str, whole: &str) -> PageResult {
    PageResult {
        id: t.id.clone(),
        url: t.url.clone(),
        page_type: t.page_type.clone(),
        held_out: held_out(&t.url),
        article_found: found,
        body: score_page(body, &t.text),
        kept: score_page(kept, &t.text),
        content_kept: main_content_kept(&t.text, kept, whole),
    }
}

/// Runs the engine over every page of `dir`.
pub fn extraction(dir: &Path) -> Result<ExtractionRun, String> {
    let mut pages = Vec::new();
    let (mut analyse, mut parse, mut bytes) = (0.0, 0.0, 0);
    for t in read_truth(dir)? {
        let html = page_html(dir, &t.id)?;
        bytes += html.len();
        let started = Instant::now();
        let snap = crate::html::snapshot(&html);
        parse += started.elapsed().as_secs_f64() * 1000.0;
        let plan = crate::analyze_snapshot(&snap);
        analyse += started.elapsed().as_secs_f64() * 1000.0;
        // Outside the timed part: the texts only the scorer needs.
        let page = crate::page::Page::new(&snap);
        let whole = crate::text_map::TextMap::build(&page, &[]).text;
        pages.push(match plan {
            Ok(plan) => {
                let body = article_body(&page, &plan.hide);
                result(
                    &t,
                    plan.report.article_found,
                    &plan.report.article_text,
                    &body,
                    &whole,
                )
            }
            Err(_) => result(&t, false, &whole, &whole, &whole),
        });
    }
    Ok(ExtractionRun {
        pages,
        analyse_ms: analyse,
        parse_ms: parse,
        bytes,
    })
}

/// Scores texts produced elsewhere (the browser's `innerText`), given as
/// `{id: {"kept", "body", "page", "article_found"}}`: the visible text with
/// the extension, the same without `<h1>` and `<figcaption>`, the visible
/// text without the extension, and what the engine decided.
pub fn extraction_of(
    dir: &Path,
    predictions: &serde_json::Map<String, serde_json::Value>,
) -> Result<ExtractionRun, String> {
    let mut pages = Vec::new();
    for t in read_truth(dir)? {
        let p = predictions
            .get(&t.id)
            .ok_or_else(|| format!("no prediction for page {}", t.id))?;
        let text = |k: &str| {
            p[k].as_str()
                .ok_or_else(|| format!("page {}: no string \"{k}\"", t.id))
        };
        let found = p["article_found"].as_bool().unwrap_or(true);
        pages.push(result(
            &t,
            found,
            text("kept")?,
            text("body")?,
            text("page")?,
        ));
    }
    Ok(ExtractionRun {
        pages,
        analyse_ms: 0.0,
        parse_ms: 0.0,
        bytes: 0,
    })
}

/// The figures of one group of pages.
#[derive(Debug, Clone, Copy, Default)]
pub struct GroupScores {
    pub pages: usize,
    /// Share of the pages the engine treated as articles.
    pub article_found: f64,
    pub body: Option<Summary>,
    pub kept: Option<Summary>,
    /// Mean share of the main content kept, and the share of pages keeping
    /// at least `SAFE_KEPT` of it.
    pub content_kept: f64,
    pub safe_pages: f64,
}

/// A page that keeps this share of its main content counts as unharmed.
pub const SAFE_KEPT: f64 = 0.95;

pub fn group(pages: &[&PageResult]) -> GroupScores {
    if pages.is_empty() {
        return GroupScores::default();
    }
    let n = pages.len() as f64;
    let body: Vec<PageScore> = pages.iter().map(|p| p.body).collect();
    let kept: Vec<PageScore> = pages.iter().map(|p| p.kept).collect();
    GroupScores {
        pages: pages.len(),
        article_found: pages.iter().filter(|p| p.article_found).count() as f64 / n,
        body: Some(summarize(&body)),
        kept: Some(summarize(&kept)),
        content_kept: pages.iter().map(|p| p.content_kept).sum::<f64>() / n,
        safe_pages: pages.iter().filter(|p| p.content_kept >= SAFE_KEPT).count() as f64 / n,
    }
}

/// Pages of a part: `Some(false)` tuned on, `Some(true)` held out, `None` all.
pub fn part(
    run: &ExtractionRun,
    held: Option<bool>,
    keep: impl Fn(&PageResult) -> bool,
) -> Vec<&PageResult> {
    run.pages
        .iter()
        .filter(|p| held.is_none_or(|h| p.held_out == h) && keep(p))
        .collect()
}

fn is_article(p: &PageResult) -> bool {
    p.page_type == "article"
}

pub fn print(run: &ExtractionRun, worst: usize) {
    let n = run.pages.len();
    let mut types: Vec<&str> = run.pages.iter().map(|p| p.page_type.as_str()).collect();
    types.sort_unstable();
    types.dedup();
    let held = run.pages.iter().filter(|p| p.held_out).count();
    outln!(
        "pages: {n}, of which {held} held out (one site in four, src/eval/split.rs; never tuned on)"
    );
    let cols = |keep: &dyn Fn(&PageResult) -> bool| {
        [Some(false), Some(true), None].map(|h| group(&part(run, h, keep)))
    };
    let row = |label: &str, g: &[GroupScores; 3], f: &dyn Fn(&GroupScores) -> String| {
        outln!(
            "  {label:<34} {:>24} {:>24} {:>24}",
            f(&g[0]),
            f(&g[1]),
            f(&g[2])
        );
    };
    let prf = |s: &Option<Summary>| {
        s.map_or("-".into(), |s| {
            format!("{:.4} ({:.3}/{:.3})", s.f1, s.precision, s.recall)
        })
    };
    let arts = cols(&is_article);
    if arts[2].pages > 0 {
        outln!(
            "articles ({}):{:>27} {:>24} {:>24}",
            arts[2].pages,
            format!("dev ({})", arts[0].pages),
            format!("held out ({})", arts[1].pages),
            "all"
        );
        row("treated as articles", &arts, &|g| {
            format!("{:.4}", g.article_found)
        });
        row("article body F1 (P/R)", &arts, &|g| prf(&g.body));
        row("all kept text F1 (P/R)", &arts, &|g| prf(&g.kept));
        row("main content kept, mean", &arts, &|g| {
            format!("{:.4}", g.content_kept)
        });
    }
    let others = cols(&|p: &PageResult| !is_article(p));
    if others[2].pages > 0 {
        outln!(
            "not articles ({}):{:>23} {:>24} {:>24}",
            others[2].pages,
            format!("dev ({})", others[0].pages),
            format!("held out ({})", others[1].pages),
            "all"
        );
        row("left as they are (no article)", &others, &|g| {
            format!("{:.4}", 1.0 - g.article_found)
        });
        row("main content kept, mean", &others, &|g| {
            format!("{:.4}", g.content_kept)
        });
        row("pages keeping >= 0.95", &others, &|g| {
            format!("{:.4}", g.safe_pages)
        });
        for t in types.iter().filter(|&&t| t != "article") {
            let g = cols(&|p: &PageResult| p.page_type == *t);
            row(&format!("{t} ({}): kept, mean", g[2].pages), &g, &|g| {
                format!("{:.4}", g.content_kept)
            });
        }
    }
    if run.analyse_ms > 0.0 {
        outln!(
            "time: {:.0} ms total, {:.2} ms/page, {:.1} MB/s (parse + analysis, this build)",
            run.analyse_ms,
            run.analyse_ms / n.max(1) as f64,
            run.bytes as f64 / 1e6 / (run.analyse_ms / 1000.0).max(1e-9)
        );
        outln!(
            "  of which HTML parsing {:.0} ms; analysis of the parsed pages {:.0} ms ({:.2} ms/page)",
            run.parse_ms,
            run.analyse_ms - run.parse_ms,
            (run.analyse_ms - run.parse_ms) / n.max(1) as f64
        );
    }
    if worst > 0 {
        print_worst(run, worst);
    }
    outln!("{}", summary_json(run));
}

fn print_worst(run: &ExtractionRun, worst: usize) {
    let mut arts: Vec<&PageResult> = part(run, None, is_article);
    arts.sort_by(|a, b| a.body.f1().total_cmp(&b.body.f1()));
    if !arts.is_empty() {
        outln!("worst articles (article body):");
    }
    for p in arts.iter().take(worst) {
        let s = p.body;
        outln!(
            "  F1 {:.3}  P {:.3}  R {:.3}  {}{}  {}  {}",
            s.f1(),
            s.tp / (s.tp + s.fp).max(1e-9),
            s.tp / (s.tp + s.fn_).max(1e-9),
            if p.article_found { "" } else { "[no article] " },
            &p.id[..12.min(p.id.len())],
            if p.held_out { "held-out" } else { "dev" },
            p.url
        );
    }
    let mut others: Vec<&PageResult> = part(run, None, |p| !is_article(p));
    others.sort_by(|a, b| a.content_kept.total_cmp(&b.content_kept));
    if !others.is_empty() {
        outln!("worst other pages (main content kept):");
    }
    for p in others.iter().take(worst) {
        outln!(
            "  kept {:.3}  {:<13} {}  {}  {}",
            p.content_kept,
            p.page_type,
            &p.id[..12.min(p.id.len())],
            if p.held_out { "held-out" } else { "dev" },
            p.url
        );
    }
}

/// The run's headline figures as one JSON line (read by `npm run eval:browser`).
pub fn summary_json(run: &ExtractionRun) -> String {
    let side = |held: Option<bool>| {
        let a = group(&part(run, held, is_article));
        let o = group(&part(run, held, |p| !is_article(p)));
        let s = |x: Option<Summary>| {
            x.map(|s| serde_json::json!({"f1": s.f1, "precision": s.precision, "recall": s.recall}))
        };
        serde_json::json!({
            "articles": a.pages,
            "article_found": a.article_found,
            "body": s(a.body),
            "kept": s(a.kept),
            "others": o.pages,
            "others_untouched": 1.0 - o.article_found,
            "others_content_kept": o.content_kept,
            "others_safe": o.safe_pages,
        })
    };
    serde_json::json!({"dev": side(Some(false)), "held_out": side(Some(true)), "all": side(None)})
        .to_string()
}
