//! `factlight train clutter`: trains the block model (which text units are
//! the main content) on benchmark pages with known main content, and checks
//! it by running the whole decision on the pages tuned on and the held-out
//! ones (`eval::split`), which training never reads.
//!
//! Labels come from the ground truth: a unit is content when at least half
//! of its word 4-grams (its whole word sequence, when shorter) occur in the
//! page's main content. Each page weighs the same in all, and within a page
//! a unit weighs by its words, as the benchmark's metric weighs them. The
//! headline is always kept, so it is not learnt; scrapinghub's schema has
//! no captions, so its `<figcaption>` units are not learnt from it either.

use super::block_features::{PageContext, COUNT};
use super::models::{Model, BLOCK_STAGES};
use crate::learn::forest::Forest;
use super::rules;
use super::units::{units, Unit};
use crate::eval::extraction::{score_page, summarize, tokens, PageScore};
use crate::eval::kept::main_content_kept;
use crate::eval::run::{page_html, read_truth};
use crate::eval::split::{fold, held_out};
use crate::learn::boost::{train, Params, Samples};
use crate::page::Page;
use crate::snapshot::Snapshot;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Folds for `cross_validate`.
pub const FOLDS: usize = 4;

/// The weight of one page, spread over its units by their words.
const PAGE_WEIGHT: f32 = 100.0;

pub const PARAMS: Params = Params {
    trees: 120,
    depth: 5,
    rate: 0.15,
    lambda: 1.0,
    min_hessian: 5.0,
    bins: 64,
};

/// One benchmark page, parsed.
pub struct Example {
    pub id: String,
    pub page_type: String,
    pub held_out: bool,
    /// Cross-validation fold inside the tuned-on part (`split::fold`).
    pub fold: usize,
    /// Scrapinghub's layout: no captions in the truth, headline apart.
    pub body_only: bool,
    pub truth: String,
    pub snap: Snapshot,
}

/// Every page of the given benchmark folders, in folder then id order.
pub fn load(dirs: &[PathBuf]) -> Result<Vec<Example>, String> {
    let mut out = Vec::new();
    for dir in dirs {
        let truth = read_truth(dir)?;
        let typed = truth.iter().any(|t| t.page_type != "article");
        for t in truth {
            let html = page_html(dir, &t.id)?;
            out.push(Example {
                id: format!("{}/{}", dir_name(dir), t.id),
                page_type: t.page_type,
                held_out: held_out(&t.url),
                fold: fold(&t.url, FOLDS as u64),
                body_only: !typed,
                truth: t.text,
                snap: crate::html::snapshot(&html),
            });
        }
    }
    Ok(out)
}

fn dir_name(dir: &Path) -> String {
    dir.file_name()
        .map_or_else(|| dir.display().to_string(), |n| n.to_string_lossy().into())
}

/// The truth's word n-grams, counted: 4-grams, and 1- to 3-grams for units
/// shorter than four words. Units take their grams in document order, so
/// a second copy of a paragraph finds them used up, as the metric counts.
struct TruthGrams {
    grams: HashMap<u64, u32>,
}

fn gram_hash(words: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ words.len() as u64;
    for w in words {
        for &b in w.as_bytes().iter().chain(b" ") {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

impl TruthGrams {
    fn new(truth: &str) -> Self {
        let toks = tokens(truth);
        let mut grams = HashMap::new();
        for n in 1..=4 {
            for w in toks.windows(n) {
                *grams.entry(gram_hash(w)).or_insert(0) += 1;
            }
        }
        TruthGrams { grams }
    }

    /// The share of the unit's grams found (and used up) in the truth, and
    /// its word count.
    fn take(&mut self, text: &str) -> (f64, usize) {
        let toks = tokens(text);
        if toks.is_empty() {
            return (0.0, 0);
        }
        let n = toks.len().min(4);
        let windows: Vec<&[&str]> = toks.windows(n).collect();
        let mut hits = 0;
        for w in &windows {
            if let Some(c) = self.grams.get_mut(&gram_hash(w)) {
                if *c > 0 {
                    *c -= 1;
                    hits += 1;
                }
            }
        }
        (hits as f64 / windows.len() as f64, toks.len())
    }
}

/// One page's first-stage rows for every unit, with labels and weights
/// (weight 0 for units not learnt from: the headline, scrapinghub's
/// captions, units without words).
pub struct PageRows {
    pub rows: Vec<f32>,
    pub y: Vec<f32>,
    pub w: Vec<f32>,
}

pub fn page_rows(ex: &Example) -> Option<PageRows> {
    if ex.truth.trim().is_empty() || crate::snapshot::validate(&ex.snap).is_err() {
        return None;
    }
    let page = Page::new(&ex.snap);
    let us = units(&page);
    let proposal = rules::decide(&page);
    let ctx = PageContext::new(&page, &us, &proposal);
    let mut grams = TruthGrams::new(&ex.truth);
    let learnt = |u: &Unit| {
        let headline = proposal
            .heading
            .is_some_and(|h| page.contains(h, u.el) || page.contains(u.el, h));
        !(headline || ex.body_only && in_caption(&page, u.el))
    };
    let labels: Vec<(f64, usize)> = us
        .iter()
        .map(|u| {
            let (share, words) = grams.take(&u.text);
            (share, if learnt(u) { words } else { 0 })
        })
        .collect();
    let total: usize = labels.iter().map(|x| x.1).sum();
    Some(PageRows {
        rows: super::block_features::rows(&ctx, &us),
        y: labels.iter().map(|l| (l.0 >= 0.5) as u8 as f32).collect(),
        w: labels
            .iter()
            .map(|l| PAGE_WEIGHT * l.1 as f32 / total.max(1) as f32)
            .collect(),
    })
}

/// Trains one forest on the weighted rows of the given pages.
fn fit(pages: &[&PageRows], features: usize, rows: impl Fn(&PageRows) -> Vec<f32>) -> Forest {
    let (mut x, mut y, mut w) = (Vec::new(), Vec::new(), Vec::new());
    for pr in pages {
        let r = rows(pr);
        for (k, row) in r.chunks(features).enumerate() {
            if pr.w[k] > 0.0 {
                x.extend_from_slice(row);
                y.push(pr.y[k]);
                w.push(pr.w[k]);
            }
        }
    }
    train(
        &Samples {
            x: &x,
            features,
            y: &y,
            w: &w,
        },
        &PARAMS,
    )
}

/// Trains the two-stage block model on the examples `pick` chooses (never
/// held-out ones). The second stage learns from first-stage outputs made
/// without the page's own fold (cross-fitting), as it will meet them on
/// pages it has never seen.
pub fn train_blocks(examples: &[Example], pick: impl Fn(&Example) -> bool, threshold: f32) -> Model {
    let chosen: Vec<(&Example, PageRows)> = examples
        .iter()
        .filter(|e| !e.held_out && pick(e))
        .filter_map(|e| page_rows(e).map(|r| (e, r)))
        .collect();
    let all: Vec<&PageRows> = chosen.iter().map(|c| &c.1).collect();
    let first = fit(&all, COUNT, |r| r.rows.clone());
    let mut held_p: Vec<Vec<f32>> = vec![Vec::new(); chosen.len()];
    for f in (0..FOLDS).filter(|&f| chosen.iter().any(|c| c.0.fold == f)) {
        let rest: Vec<&PageRows> = chosen.iter().filter(|c| c.0.fold != f).map(|c| &c.1).collect();
        let m = fit(&rest, COUNT, |r| r.rows.clone());
        for (k, c) in chosen.iter().enumerate().filter(|(_, c)| c.0.fold == f) {
            held_p[k] = c.1.rows.chunks(COUNT).map(|r| m.probability(r)).collect();
        }
    }
    let stacked: Vec<PageRows> = chosen
        .iter()
        .zip(&held_p)
        .map(|((e, r), p)| {
            let page = Page::new(&e.snap);
            let us = units(&page);
            PageRows {
                rows: super::stacked_rows(&page, &us, &r.rows, p),
                y: r.y.clone(),
                w: r.w.clone(),
            }
        })
        .collect();
    let refs: Vec<&PageRows> = stacked.iter().collect();
    let second = fit(&refs, BLOCK_STAGES[1], |r| r.rows.clone());
    Model {
        stages: vec![first, second],
        threshold,
    }
}

fn in_caption(page: &Page, el: usize) -> bool {
    let mut cur = Some(el);
    while let Some(c) = cur {
        if page.tag(c) == "figcaption" {
            return true;
        }
        cur = page.parent(c);
    }
    false
}

/// Writes every learnt unit as a CSV line (page, held out, label,
/// weight, then the first-stage features), for looking at the data elsewhere.
pub fn dump(examples: &[Example], path: &Path) -> Result<(), String> {
    use std::io::Write;
    let file = std::fs::File::create(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut f = std::io::BufWriter::new(file);
    let head = ["page", "type", "held_out", "label", "weight"];
    let names: Vec<&str> = head.iter().copied().chain(super::block_features::NAMES.iter().copied()).collect();
    writeln!(f, "{}", names.join(",")).map_err(|e| e.to_string())?;
    for ex in examples {
        let Some(pr) = page_rows(ex) else { continue };
        for (k, row) in pr.rows.chunks(COUNT).enumerate().filter(|(k, _)| pr.w[*k] > 0.0) {
            let vals: Vec<String> = row.iter().map(|v| v.to_string()).collect();
            writeln!(f, "{},{},{},{},{},{}", ex.id, ex.page_type, ex.held_out as u8, pr.y[k], pr.w[k], vals.join(","))
                .map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

/// One page's outcome under a model.
pub struct Outcome {
    pub article: bool,
    pub kept: PageScore,
    pub content_kept: f64,
}

/// `model` None: the hand-written rules alone, for comparison.
pub fn run_page(ex: &Example, model: Option<&Model>) -> Option<Outcome> {
    if crate::snapshot::validate(&ex.snap).is_err() {
        return None;
    }
    let page = Page::new(&ex.snap);
    let proposal = rules::decide(&page);
    let decision = match model {
        Some(m) => super::decide_with(&page, proposal, m),
        None => proposal,
    };
    let text = crate::text_map::TextMap::build(&page, &decision.hide).text;
    let scored = if ex.body_only {
        crate::eval::body::article_body(&page, &decision.hide)
    } else {
        text.clone()
    };
    let whole = crate::text_map::TextMap::build(&page, &[]).text;
    Some(Outcome {
        article: decision.article.is_some(),
        kept: score_page(&scored, &ex.truth),
        content_kept: main_content_kept(&ex.truth, &text, &whole),
    })
}

/// Prints, for tuned-on and held-out pages of each folder, articles'
/// F1 (P/R) and other pages' main content kept.
pub fn report(examples: &[Example], model: Option<&Model>) {
    let outcomes: Vec<Option<Outcome>> = examples.iter().map(|e| run_page(e, model)).collect();
    let mut sets: Vec<&str> = examples
        .iter()
        .map(|e| e.id.split('/').next().unwrap_or(""))
        .collect();
    sets.dedup();
    for set in sets {
        for held in [false, true] {
            let pick = |e: &Example| e.id.starts_with(set) && e.held_out == held;
            let arts: Vec<PageScore> = examples
                .iter()
                .zip(&outcomes)
                .filter(|(e, o)| pick(e) && e.page_type == "article" && o.is_some())
                .map(|(_, o)| o.as_ref().unwrap().kept)
                .collect();
            let others: Vec<f64> = examples
                .iter()
                .zip(&outcomes)
                .filter(|(e, o)| pick(e) && e.page_type != "article" && o.is_some())
                .map(|(_, o)| o.as_ref().unwrap().content_kept)
                .collect();
            let s = summarize(&arts);
            let mean = others.iter().sum::<f64>() / others.len().max(1) as f64;
            let safe = others.iter().filter(|&&k| k >= 0.95).count();
            println!(
                "  {set:<12} {:<9} articles {:>4}: F1 {:.4} (P {:.4} R {:.4})   others {:>4}: kept {:.4}, >= 0.95 on {:.4}",
                if held { "held-out" } else { "dev" },
                arts.len(),
                s.f1,
                s.precision,
                s.recall,
                others.len(),
                mean,
                safe as f64 / others.len().max(1) as f64
            );
        }
    }
}

/// Weighted unit accuracy of a model on articles of one part (a check
/// that the trees learnt what the labels say), and of the rules.
pub fn unit_accuracy(examples: &[Example], model: &Model, held: bool) -> (f64, f64) {
    let (mut right, mut rule_right, mut all) = (0.0, 0.0, 0.0);
    let rh = super::block_features::NAMES.iter().position(|&n| n == "rule_hidden").unwrap();
    for ex in examples.iter().filter(|e| e.held_out == held && e.page_type == "article") {
        let Some(pr) = page_rows(ex) else { continue };
        let page = Page::new(&ex.snap);
        let us = units(&page);
        let p = super::unit_probabilities(&page, &us, &rules::decide(&page), model);
        for (k, row) in pr.rows.chunks(COUNT).enumerate() {
            let w = pr.w[k] as f64;
            let yes = pr.y[k] > 0.5;
            right += w * (((p[k] >= model.threshold) == yes) as u8 as f64);
            rule_right += w * (((row[rh] == 0.0) == yes) as u8 as f64);
            all += w;
        }
    }
    (right / all, rule_right / all)
}

/// The pages `only` chooses where the model does worst, beside the rules'
/// score, for looking at what the model gets wrong.
pub fn compare(examples: &[Example], model: &Model, only: impl Fn(&Example) -> bool, n: usize) {
    let mut rows: Vec<(f64, &str, f64, f64, f64, f64)> = examples
        .iter()
        .filter(|e| only(e) && e.page_type == "article")
        .filter_map(|e| {
            let m = run_page(e, Some(model))?.kept;
            let r = run_page(e, None)?.kept;
            let p = |s: PageScore| s.tp / (s.tp + s.fp).max(1e-9);
            Some((m.f1() - r.f1(), e.id.as_str(), m.f1(), r.f1(), p(m), p(r)))
        })
        .collect();
    rows.sort_by(|a, b| a.2.total_cmp(&b.2));
    for r in rows.iter().take(n) {
        println!("  {:+.3}  {}  model F1 {:.3} P {:.3}  rules F1 {:.3} P {:.3}", r.0, r.1, r.2, r.4, r.3, r.5);
    }
}

/// Every unit of one page with its label share, weight, the model's
/// probability and the start of its text.
pub fn explain(examples: &[Example], model: &Model, id: &str) {
    for ex in examples.iter().filter(|e| e.id.contains(id)) {
        let page = Page::new(&ex.snap);
        let us = units(&page);
        let proposal = rules::decide(&page);
        let p = super::unit_probabilities(&page, &us, &proposal, model);
        let mut grams = TruthGrams::new(&ex.truth);
        println!("{}", ex.id);
        for (k, u) in us.iter().enumerate() {
            let (share, words) = grams.take(&u.text);
            let text: String = u.text.chars().take(70).collect();
            println!(
                "  {:>5} label {:.2} words {:>4} p {:.3} {}  «{}»",
                k,
                share,
                words,
                p[k],
                page.path_part(u.el),
                text
            );
        }
    }
}

/// Cross-validation inside the tuned-on part: FOLDS models, each trained
/// without one fold and run on it; prints the pooled scores per folder. A
/// steadier guide for choices than the held-out part, which stays unread.
pub fn cross_validate(examples: &[Example], thresholds: &[f32]) {
    let mut models: Vec<Model> = (0..FOLDS)
        .map(|f| train_blocks(examples, |e| e.page_type == "article" && e.fold != f, 0.5))
        .collect();
    for &t in thresholds {
        let mut outcomes: Vec<Option<Outcome>> = (0..examples.len()).map(|_| None).collect();
        for (f, model) in models.iter_mut().enumerate() {
            model.threshold = t;
            for (k, e) in examples.iter().enumerate() {
                if !e.held_out && e.fold == f {
                    outcomes[k] = run_page(e, Some(model));
                }
            }
        }
        print_outcomes(examples, &outcomes, &format!("cv t={t:.2}"));
    }
}

fn print_outcomes(examples: &[Example], outcomes: &[Option<Outcome>], label: &str) {
    let mut sets: Vec<&str> = examples
        .iter()
        .map(|e| e.id.split('/').next().unwrap_or(""))
        .collect();
    sets.dedup();
    for set in sets {
        let of = |art: bool| {
            examples
                .iter()
                .zip(outcomes)
                .filter(move |(e, o)| e.id.starts_with(set) && (e.page_type == "article") == art && o.is_some())
                .map(|(_, o)| o.as_ref().unwrap())
        };
        let s = summarize(&of(true).map(|o| o.kept).collect::<Vec<_>>());
        let others: Vec<f64> = of(false).map(|o| o.content_kept).collect();
        let found = of(true).filter(|o| o.article).count() as f64 / of(true).count().max(1) as f64;
        println!(
            "  {set:<12} {label}: articles {:>4} F1 {:.4} (P {:.4} R {:.4}, found {:.3})  others {:>4}: kept {:.4}, >= 0.95 on {:.4}",
            of(true).count(),
            s.f1,
            s.precision,
            s.recall,
            found,
            others.len(),
            others.iter().sum::<f64>() / others.len().max(1) as f64,
            others.iter().filter(|&&k| k >= 0.95).count() as f64 / others.len().max(1) as f64
        );
    }
}

/// The best any unit-by-unit decision could do: keep exactly the units the
/// labels call content (an upper bound for the block model).
pub fn oracle(examples: &[Example]) {
    let outcomes: Vec<Option<Outcome>> = examples
        .iter()
        .map(|ex| {
            if crate::snapshot::validate(&ex.snap).is_err() {
                return None;
            }
            let page = Page::new(&ex.snap);
            let us = units(&page);
            let mut grams = TruthGrams::new(&ex.truth);
            let keep: Vec<bool> = us.iter().map(|u| grams.take(&u.text).0 >= 0.5).collect();
            let hide = super::hide_all_but(&page, &us, &keep);
            let text = crate::text_map::TextMap::build(&page, &hide).text;
            let scored = if ex.body_only {
                crate::eval::body::article_body(&page, &hide)
            } else {
                text.clone()
            };
            let whole = crate::text_map::TextMap::build(&page, &[]).text;
            Some(Outcome {
                article: keep.iter().any(|&k| k),
                kept: score_page(&scored, &ex.truth),
                content_kept: main_content_kept(&ex.truth, &text, &whole),
            })
        })
        .collect();
    print_outcomes(examples, &outcomes, "oracle");
}
