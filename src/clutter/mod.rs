//! Clutter detection: which blocks of a page a reader does not want. The
//! hand-written rules (`rules`) find an article and propose what to hide;
//! the block model (`block_features`, `models`), trained on real pages of
//! many kinds, then decides unit by unit which text is the article, with
//! the rules' proposal as one of its inputs. Decisions are per element; the
//! caller hides them (never deletes). When nothing is the article, nothing
//! is hidden.

pub mod block_context;
pub mod block_features;
pub mod models;
pub mod rules;
#[cfg(all(feature = "train", feature = "html"))]
pub mod train;
pub mod units;

use crate::page::Page;
pub use rules::Decision;

pub fn decide(page: &Page) -> Decision {
    let proposal = rules::decide(page);
    match models::blocks() {
        Ok(model) => decide_with(page, proposal, model),
        // A model that does not load leaves the rules alone (tests check the shipped one loads).
        Err(_) => proposal,
    }
}

/// The block model's decision, given the rules' proposal.
pub fn decide_with(page: &Page, proposal: Decision, model: &models::Model) -> Decision {
    let units = units::units(page);
    let p = unit_probabilities(page, &units, &proposal, model);
    let keep: Vec<bool> = p.iter().map(|&q| q >= model.threshold).collect();
    let Some(article) = lowest_common(page, units.iter().zip(&keep).filter(|x| *x.1).map(|x| x.0.el))
    else {
        return Decision::default();
    };
    let mut hide = hide_all_but(page, &units, &keep);
    rules::keep_heading(page, proposal.heading, &mut hide);
    Decision {
        article: Some(article),
        hide,
        heading: proposal.heading,
    }
}

/// Each unit's probability of being main content, stage after stage.
pub fn unit_probabilities(
    page: &Page,
    units: &[units::Unit],
    proposal: &Decision,
    model: &models::Model,
) -> Vec<f32> {
    let ctx = block_features::PageContext::new(page, units, proposal);
    let rows = block_features::rows(&ctx, units);
    let first = &model.stages[0];
    let f = block_features::COUNT;
    let mut p: Vec<f32> = rows.chunks(f).map(|r| first.probability(r)).collect();
    for stage in &model.stages[1..] {
        let next = stacked_rows(page, units, &rows, &p);
        let g = stage.features;
        p = next.chunks(g).map(|r| stage.probability(r)).collect();
    }
    p
}

/// First-stage rows with the first stage's view of each unit's
/// surroundings appended (`block_context`).
pub fn stacked_rows(page: &Page, units: &[units::Unit], rows: &[f32], p: &[f32]) -> Vec<f32> {
    let f = block_features::COUNT;
    let ctx = block_context::Context::new(page, units, p);
    let mut out = Vec::with_capacity(units.len() * (f + block_context::COUNT));
    for (k, r) in rows.chunks(f).enumerate() {
        out.extend_from_slice(r);
        ctx.row(page, units, p, k, &mut out);
    }
    out
}

/// The top-most elements that hold units but no kept one, in document
/// order. Inline elements inside a kept unit hold no unit and stay.
pub fn hide_all_but(page: &Page, units: &[units::Unit], keep: &[bool]) -> Vec<usize> {
    let n = page.len();
    let mut kept = vec![0u32; n];
    let mut held = vec![0u32; n];
    for (u, &k) in units.iter().zip(keep) {
        kept[u.el] += k as u32;
        held[u.el] += 1;
    }
    for i in (1..n).rev() {
        if let Some(p) = page.parent(i) {
            kept[p] += kept[i];
            held[p] += held[i];
        }
    }
    let mut hide: Vec<usize> = (0..n)
        .filter(|&i| {
            !page.is_text(i)
                && !page.non_rendered[i]
                && held[i] > 0
                && kept[i] == 0
                && page.parent(i).is_some_and(|p| kept[p] > 0)
        })
        .collect();
    hide.sort_unstable();
    hide
}

/// The lowest element holding all of `els`.
fn lowest_common(page: &Page, mut els: impl Iterator<Item = usize>) -> Option<usize> {
    let mut cur = els.next()?;
    for e in els {
        while !page.contains(cur, e) {
            cur = page.parent(cur)?;
        }
    }
    Some(cur)
}
