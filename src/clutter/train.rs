//! `factlight train clutter`: trains the block model (which text units are
//! the main content) on benchmark pages of every type with known main
//! content, after the page gate (`train_gate`). Held-out pages
//! (`eval::split`) are never read here; `train_report` scores both parts.
//!
//! Labels come from the ground truth: a unit is content when at least half
//! of its word 4-grams (its whole word sequence, when shorter) occur in the
//! page's main content. Each page weighs the same in all, and within a page
//! a unit weighs by its words, as the benchmark's metric weighs them. The
//! headline is always kept, so it is not learnt; scrapinghub's schema has
//! no captions, so its `<figcaption>` units are not learnt from it either.

use super::block_features::{PageContext, COUNT};
use super::models::{Model, BLOCK_STAGES};
use super::rules;
use super::units::{units, Unit};
use crate::eval::extraction::tokens;
use crate::eval::run::{page_html, read_truth};
use crate::eval::split::{fold, held_out};
use crate::learn::boost::{train, Params, Samples};
use crate::learn::forest::Forest;
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
pub(super) struct TruthGrams {
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
    pub(super) fn new(truth: &str) -> Self {
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
    pub(super) fn take(&mut self, text: &str) -> (f64, usize) {
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

/// `article_p`: the page gate's probability for the page, as it would be
/// on a page the gate has not seen (`gate::out_of_fold`).
pub fn page_rows(ex: &Example, article_p: f32) -> Option<PageRows> {
    if ex.truth.trim().is_empty() || crate::snapshot::validate(&ex.snap).is_err() {
        return None;
    }
    let page = Page::new(&ex.snap);
    let us = units(&page);
    let proposal = rules::decide(&page);
    let ctx = PageContext::new(&page, &us, &proposal, article_p);
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
pub fn fit(pages: &[&PageRows], features: usize, params: &Params) -> Forest {
    let (mut x, mut y, mut w) = (Vec::new(), Vec::new(), Vec::new());
    for pr in pages {
        for (k, row) in pr.rows.chunks(features).enumerate() {
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
        params,
    )
}

/// Trains the two-stage block model on the pages `pick` chooses (never
/// held-out ones), of every type: what is main content depends on the
/// page's kind, which the gate's probability `article_p[k]` tells it. The
/// second stage learns from first-stage outputs made without the page's
/// own fold (cross-fitting), as it will meet them on pages it has not seen.
pub fn train_blocks(
    examples: &[Example],
    pick: impl Fn(&Example) -> bool,
    article_p: &[f32],
    threshold: f32,
) -> Model {
    let chosen: Vec<(&Example, PageRows)> = examples
        .iter()
        .zip(article_p)
        .filter(|(e, _)| !e.held_out && pick(e))
        .filter_map(|(e, &p)| page_rows(e, p).map(|r| (e, r)))
        .collect();
    let all: Vec<&PageRows> = chosen.iter().map(|c| &c.1).collect();
    let first = fit(&all, COUNT, &PARAMS);
    let mut held_p: Vec<Vec<f32>> = vec![Vec::new(); chosen.len()];
    for f in (0..FOLDS).filter(|&f| chosen.iter().any(|c| c.0.fold == f)) {
        let rest: Vec<&PageRows> = chosen
            .iter()
            .filter(|c| c.0.fold != f)
            .map(|c| &c.1)
            .collect();
        let m = fit(&rest, COUNT, &PARAMS);
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
    let second = fit(&refs, BLOCK_STAGES[1], &PARAMS);
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
    let names: Vec<&str> = head
        .iter()
        .copied()
        .chain(super::block_features::NAMES.iter().copied())
        .collect();
    writeln!(f, "{}", names.join(",")).map_err(|e| e.to_string())?;
    for ex in examples {
        let Some(pr) = page_rows(ex, 1.0) else {
            continue;
        };
        for (k, row) in pr
            .rows
            .chunks(COUNT)
            .enumerate()
            .filter(|(k, _)| pr.w[*k] > 0.0)
        {
            let vals: Vec<String> = row.iter().map(|v| v.to_string()).collect();
            writeln!(
                f,
                "{},{},{},{},{},{}",
                ex.id,
                ex.page_type,
                ex.held_out as u8,
                pr.y[k],
                pr.w[k],
                vals.join(",")
            )
            .map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

/// The shipped models from the examples: the page gate, then the block
/// model that reads the gate's out-of-fold probabilities. Deterministic:
/// the same pages give the same bytes (a test retrains and compares).
pub fn train_models(examples: &[Example], verbose: bool) -> (Model, Model) {
    let rows = super::train_gate::rows(examples, &|_| true);
    let (gate, article_p) = super::train_gate::train_gate(examples, &rows, verbose);
    let blocks = train_blocks(examples, |_| true, &article_p, 0.5);
    (gate, blocks)
}
