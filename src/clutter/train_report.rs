//! How trained clutter models do, for `factlight train clutter`: the whole
//! decision run on tuned-on and held-out pages, cross-validation inside the
//! tuned-on part, the worst pages of a fold a model has not seen, one
//! page's units, and the best a unit-by-unit decision could do.

use super::models::Model;
use super::rules;
use super::train::{Example, TruthGrams, FOLDS};
use super::units::units;
use crate::eval::extraction::{score_page, summarize, PageScore};
use crate::eval::kept::main_content_kept;
use crate::outln;
use crate::page::Page;

/// One page's outcome under the models.
pub struct Outcome {
    pub article: bool,
    pub kept: PageScore,
    pub content_kept: f64,
}

/// How a page is decided: by the rules alone, or by the block model with
/// or without the page gate in front.
#[derive(Clone, Copy)]
pub enum Decider<'a> {
    Rules,
    Blocks(&'a Model),
    Gated { gate: &'a Model, blocks: &'a Model },
}

pub fn outcome(ex: &Example, page: &Page, decision: &rules::Decision) -> Outcome {
    let text = crate::text_map::TextMap::build(page, &decision.hide).text;
    let scored = if ex.body_only {
        crate::eval::body::article_body(page, &decision.hide)
    } else {
        text.clone()
    };
    let whole = crate::text_map::TextMap::build(page, &[]).text;
    Outcome {
        article: decision.article.is_some(),
        kept: score_page(&scored, &ex.truth),
        content_kept: main_content_kept(&ex.truth, &text, &whole),
    }
}

pub fn run_page(ex: &Example, how: Decider) -> Option<Outcome> {
    if crate::snapshot::validate(&ex.snap).is_err() {
        return None;
    }
    let page = Page::new(&ex.snap);
    let proposal = rules::decide(&page);
    let decision = match how {
        Decider::Rules => proposal,
        Decider::Blocks(b) => {
            let us = units(&page);
            super::keep_units(&page, &us, &proposal, b, 1.0, 0.0)
        }
        Decider::Gated { gate, blocks } => {
            super::decide_with(&page, proposal, gate, blocks).decision
        }
    };
    Some(outcome(ex, &page, &decision))
}

/// Prints, for tuned-on and held-out pages of each folder, articles'
/// F1 (P/R) and other pages' main content kept.
pub fn report(examples: &[Example], how: Decider) {
    let outcomes: Vec<Option<Outcome>> = examples.iter().map(|e| run_page(e, how)).collect();
    for held in [false, true] {
        let picked: Vec<Option<&Outcome>> = examples
            .iter()
            .zip(&outcomes)
            .map(|(e, o)| o.as_ref().filter(|_| e.held_out == held))
            .collect();
        print_outcomes(examples, &picked, if held { "held-out" } else { "dev" });
    }
}

pub fn print_outcomes(examples: &[Example], outcomes: &[Option<&Outcome>], label: &str) {
    let mut types: Vec<&str> = examples
        .iter()
        .map(|e| e.page_type.as_str())
        .filter(|t| *t != "article")
        .collect();
    types.sort_unstable();
    types.dedup();
    let mut line = format!("  {label:<16} by type:");
    for t in types {
        let k: Vec<f64> = examples
            .iter()
            .zip(outcomes)
            .filter(|(e, o)| e.page_type == t && o.is_some())
            .map(|(_, o)| o.unwrap().content_kept)
            .collect();
        let n = k.len().max(1) as f64;
        line += &format!(
            " {t} {:.3}/{:.2}",
            k.iter().sum::<f64>() / n,
            k.iter().filter(|&&v| v >= 0.95).count() as f64 / n
        );
    }
    outln!("{line}");
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
                .filter(move |(e, o)| {
                    e.id.starts_with(set) && (e.page_type == "article") == art && o.is_some()
                })
                .map(|(_, o)| o.unwrap())
        };
        let s = summarize(&of(true).map(|o| o.kept).collect::<Vec<_>>());
        let others: Vec<f64> = of(false).map(|o| o.content_kept).collect();
        let found = of(true).filter(|o| o.article).count() as f64 / of(true).count().max(1) as f64;
        let line = format!(
            "  {set:<12} {label:<16} articles {:>4}: F1 {:.4} (P {:.4} R {:.4}), through {:.3}",
            of(true).count(),
            s.f1,
            s.precision,
            s.recall,
            found
        );
        if others.is_empty() {
            outln!("{line}");
        } else {
            outln!(
                "{line};  others {:>4}: kept {:.4}, >= 0.95 on {:.4}",
                others.len(),
                others.iter().sum::<f64>() / others.len() as f64,
                others.iter().filter(|&&k| k >= 0.95).count() as f64 / others.len() as f64
            );
        }
    }
}

/// Cross-validation inside the tuned-on part: per fold, models trained
/// without it judge it; prints the pooled scores per folder. A steadier
/// guide for choices than the held-out part, which stays unread.
pub fn cross_validate(examples: &[Example]) {
    let rows = super::train_gate::rows(examples, &|_| true);
    let (_, article_p) = super::train_gate::train_gate(examples, &rows, false);
    let mut gated: Vec<Option<Outcome>> = (0..examples.len()).map(|_| None).collect();
    let mut ungated: Vec<Option<Outcome>> = (0..examples.len()).map(|_| None).collect();
    for f in 0..FOLDS {
        let blocks = super::train::train_blocks(examples, |e| e.fold != f, &article_p, 0.5);
        let rest: Vec<(usize, Vec<f32>)> = rows
            .iter()
            .filter(|r| examples[r.0].fold != f)
            .cloned()
            .collect();
        let (gate, _) = super::train_gate::train_gate(examples, &rest, false);
        for (k, e) in examples.iter().enumerate() {
            if !e.held_out && e.fold == f {
                gated[k] = run_page(
                    e,
                    Decider::Gated {
                        gate: &gate,
                        blocks: &blocks,
                    },
                );
                ungated[k] = run_page(e, Decider::Blocks(&blocks));
            }
        }
    }
    print_outcomes(examples, &refs(&ungated), "cv, no gate");
    print_outcomes(examples, &refs(&gated), "cv, gated");
}

fn refs(v: &[Option<Outcome>]) -> Vec<Option<&Outcome>> {
    v.iter().map(|o| o.as_ref()).collect()
}

/// The articles `only` chooses where the models do worst, beside the
/// rules' score, for looking at what they get wrong.
pub fn compare(examples: &[Example], how: Decider, only: impl Fn(&Example) -> bool, n: usize) {
    let mut rows: Vec<(f64, &str, f64, f64, f64, f64)> = examples
        .iter()
        .filter(|e| only(e) && e.page_type == "article")
        .filter_map(|e| {
            let m = run_page(e, how)?.kept;
            let r = run_page(e, Decider::Rules)?.kept;
            let p = |s: PageScore| s.tp / (s.tp + s.fp).max(1e-9);
            Some((m.f1() - r.f1(), e.id.as_str(), m.f1(), r.f1(), p(m), p(r)))
        })
        .collect();
    rows.sort_by(|a, b| a.2.total_cmp(&b.2));
    for r in rows.iter().take(n) {
        outln!(
            "  {:+.3}  {}  model F1 {:.3} P {:.3}  rules F1 {:.3} P {:.3}",
            r.0,
            r.1,
            r.2,
            r.4,
            r.3,
            r.5
        );
    }
}

/// Every unit of one page with its label share, words, the model's
/// probability and the start of its text.
pub fn explain(examples: &[Example], blocks: &Model, id: &str) {
    for ex in examples.iter().filter(|e| e.id.contains(id)) {
        let page = Page::new(&ex.snap);
        let us = units(&page);
        let proposal = rules::decide(&page);
        let p = super::unit_probabilities(&page, &us, &proposal, blocks, 1.0);
        let mut grams = TruthGrams::new(&ex.truth);
        outln!("{}", ex.id);
        for (k, u) in us.iter().enumerate() {
            let (share, words) = grams.take(&u.text);
            let text: String = u.text.chars().take(70).collect();
            outln!(
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

/// How often each declared kind (og:type, JSON-LD) appears per page type,
/// on the tuned-on part.
pub fn declared_table(examples: &[Example]) {
    use super::structured::{declared, KINDS};
    let mut types: Vec<&str> = examples.iter().map(|e| e.page_type.as_str()).collect();
    types.sort_unstable();
    types.dedup();
    for t in types {
        let pages: Vec<&Example> = examples
            .iter()
            .filter(|e| !e.held_out && e.page_type == t)
            .collect();
        let ds: Vec<_> = pages.iter().map(|e| declared(&e.snap)).collect();
        let mut line = format!("  {t:<14} {:>4}:", pages.len());
        for k in KINDS {
            line += &format!(" {:?} {}", k, ds.iter().filter(|d| d.has(k)).count());
        }
        for og in ["article", "website", "product"] {
            line += &format!(
                " og:{og} {}",
                ds.iter()
                    .filter(|d| d.og_type.as_deref().is_some_and(|o| o.contains(og)))
                    .count()
            );
        }
        outln!("{line}");
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
            let decision = rules::Decision {
                article: keep.iter().any(|&k| k).then_some(0),
                hide: super::hide_all_but(&page, &us, &keep),
                heading: None,
            };
            Some(outcome(ex, &page, &decision))
        })
        .collect();
    let refs: Vec<Option<&Outcome>> = outcomes.iter().map(|o| o.as_ref()).collect();
    print_outcomes(examples, &refs, "oracle");
}
