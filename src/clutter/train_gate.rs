//! Trains the page gate (is this page an article at all?) on benchmark
//! pages of every type: WCXB's seven kinds and scrapinghub's articles.
//! Its threshold is set on pages it has not seen: the highest that lets
//! `ARTICLE_PASS` of the articles through when each fold is judged by a
//! gate trained without it. When unsure, a page is not an article.

use super::models::Model;
use super::rules;
use super::train::{Example, FOLDS};
use super::units::units;
use crate::learn::boost::{train, Params, Samples};
use crate::learn::forest::Forest;
use crate::outln;
use crate::page::Page;

pub const PARAMS: Params = Params {
    trees: 150,
    depth: 3,
    rate: 0.1,
    lambda: 1.0,
    min_hessian: 2.0,
    bins: 64,
};

/// Articles the gate must let through, on pages it has not seen.
pub const ARTICLE_PASS: f64 = 0.975;

fn is_article(e: &Example) -> bool {
    e.page_type == "article"
}

/// One page's gate features.
pub fn page_row(e: &Example) -> Vec<f32> {
    let page = Page::new(&e.snap);
    let us = units(&page);
    let proposal = rules::decide(&page);
    let mut g = Vec::with_capacity(super::page_features::COUNT);
    super::page_features::row(&page, &us, &proposal, &mut g);
    g
}

/// The gate's rows: (example index, features) of the pages `pick` chooses
/// (never held-out ones).
pub fn rows(examples: &[Example], pick: &dyn Fn(&Example) -> bool) -> Vec<(usize, Vec<f32>)> {
    examples
        .iter()
        .enumerate()
        .filter(|(_, e)| !e.held_out && pick(e) && crate::snapshot::validate(&e.snap).is_ok())
        .map(|(k, e)| (k, page_row(e)))
        .collect()
}

fn fit(rows: &[&(usize, Vec<f32>)], examples: &[Example]) -> Forest {
    let x: Vec<f32> = rows.iter().flat_map(|r| r.1.iter().copied()).collect();
    let y: Vec<f32> = rows
        .iter()
        .map(|r| is_article(&examples[r.0]) as u8 as f32)
        .collect();
    let w = vec![1.0f32; y.len()];
    train(
        &Samples {
            x: &x,
            features: super::page_features::COUNT,
            y: &y,
            w: &w,
        },
        &PARAMS,
    )
}

/// The gate trained on `rows`, and each row's probability from a gate
/// trained without its fold (per example index; 1.0 for pages not in `rows`).
pub fn train_gate(
    examples: &[Example],
    rows: &[(usize, Vec<f32>)],
    verbose: bool,
) -> (Model, Vec<f32>) {
    let mut oof = vec![1.0f32; examples.len()];
    for f in (0..FOLDS).filter(|&f| rows.iter().any(|r| examples[r.0].fold == f)) {
        let rest: Vec<&(usize, Vec<f32>)> =
            rows.iter().filter(|r| examples[r.0].fold != f).collect();
        let m = fit(&rest, examples);
        for r in rows.iter().filter(|r| examples[r.0].fold == f) {
            oof[r.0] = m.probability(&r.1);
        }
    }
    let mut arts: Vec<f32> = rows
        .iter()
        .filter(|r| is_article(&examples[r.0]))
        .map(|r| oof[r.0])
        .collect();
    arts.sort_by(|a, b| a.total_cmp(b));
    let cut = ((1.0 - ARTICLE_PASS) * arts.len() as f64).floor() as usize;
    let threshold = arts.get(cut).copied().unwrap_or(0.5);
    if verbose {
        print_table(examples, rows, &oof, threshold);
    }
    let all: Vec<&(usize, Vec<f32>)> = rows.iter().collect();
    let model = Model {
        stages: vec![fit(&all, examples)],
        threshold,
    };
    (model, oof)
}

fn print_table(examples: &[Example], rows: &[(usize, Vec<f32>)], oof: &[f32], threshold: f32) {
    let arts: Vec<f32> = rows
        .iter()
        .filter(|r| is_article(&examples[r.0]))
        .map(|r| oof[r.0])
        .collect();
    let others: Vec<f32> = rows
        .iter()
        .filter(|r| !is_article(&examples[r.0]))
        .map(|r| oof[r.0])
        .collect();
    for t in [threshold, 0.2, 0.3, 0.5, 0.7] {
        let pass = arts.iter().filter(|&&p| p >= t).count() as f64 / arts.len().max(1) as f64;
        let stop = others.iter().filter(|&&p| p < t).count() as f64 / others.len().max(1) as f64;
        outln!("  gate (cross-validated) at {t:.3}: articles through {pass:.4}, other pages stopped {stop:.4}");
    }
    let mut types: Vec<&str> = rows
        .iter()
        .map(|r| examples[r.0].page_type.as_str())
        .collect();
    types.sort_unstable();
    types.dedup();
    for t in types {
        let of: Vec<f32> = rows
            .iter()
            .filter(|r| examples[r.0].page_type == t)
            .map(|r| oof[r.0])
            .collect();
        let through = of.iter().filter(|&&p| p >= threshold).count();
        outln!("    {t:<14} {through:>4} of {:>4} through", of.len());
    }
    if std::env::var("FACTLIGHT_GATE_LIST").is_ok() {
        for r in rows {
            let e = &examples[r.0];
            if (oof[r.0] >= threshold) != is_article(e) {
                outln!("    wrong: {:.3} {:<13} {}", oof[r.0], e.page_type, e.id);
            }
        }
    }
}
