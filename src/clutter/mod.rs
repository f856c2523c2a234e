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
pub mod page_features;
pub mod rules;
pub mod structured;
#[cfg(all(feature = "train", feature = "html"))]
pub mod train;
#[cfg(all(feature = "train", feature = "html"))]
pub mod train_gate;
#[cfg(all(feature = "train", feature = "html"))]
pub mod train_report;
pub mod units;
pub mod url_shape;

use crate::page::Page;
pub use rules::Decision;

/// The whole decision: the page gate, then the block model. A page the
/// gate does not let through gets no article: nothing is hidden.
pub fn decide(page: &Page) -> Decision {
    let proposal = rules::decide(page);
    match (models::gate(), models::blocks()) {
        (Ok(gate), Ok(blocks)) => decide_with(page, proposal, gate, blocks).decision,
        // A model that does not load leaves the rules alone (tests check the shipped ones load).
        _ => outside_furniture(page, proposal),
    }
}

/// `decide`, with the page gate's probability and threshold (None when a
/// model did not load), for `factlight analyze --explain`.
pub fn decide_explained(page: &Page) -> (Decision, Option<(f32, f32)>) {
    let proposal = rules::decide(page);
    match (models::gate(), models::blocks()) {
        (Ok(gate), Ok(blocks)) => {
            let g = decide_with(page, proposal, gate, blocks);
            (g.decision, Some((g.article_probability, gate.threshold)))
        }
        _ => (outside_furniture(page, proposal), None),
    }
}

/// `decide`, skipping the page gate ("Clean this page anyway"): the page
/// is cleaned as an article.
pub fn decide_anyway(page: &Page) -> Decision {
    let proposal = rules::decide(page);
    match models::blocks() {
        Ok(blocks) => keep_units(page, &units::units(page), &proposal, blocks, 1.0, 0.0),
        Err(_) => outside_furniture(page, proposal),
    }
}

/// A decision and the page gate's probability that the page is an article.
pub struct Gated {
    pub decision: Decision,
    pub article_probability: f32,
}

/// The page gate's probability that the page is an article.
pub fn article_probability(
    page: &Page,
    units: &[units::Unit],
    proposal: &Decision,
    gate: &models::Model,
) -> f32 {
    let mut g = Vec::with_capacity(page_features::COUNT);
    page_features::row(page, units, proposal, &mut g);
    gate.stages[0].probability(&g)
}

/// The gate and block models' decision, given the rules' proposal. A page
/// the gate stops costs no block model at all.
pub fn decide_with(
    page: &Page,
    proposal: Decision,
    gate: &models::Model,
    blocks: &models::Model,
) -> Gated {
    let units = units::units(page);
    let article_probability = article_probability(page, &units, &proposal, gate);
    let decision = if article_probability >= gate.threshold {
        keep_units(
            page,
            &units,
            &proposal,
            blocks,
            article_probability,
            gate.threshold,
        )
    } else {
        Decision::default()
    };
    Gated {
        decision,
        article_probability,
    }
}

/// The first stage's probability for each unit's row.
pub fn first_stage(rows: &[f32], blocks: &models::Model) -> Vec<f32> {
    rows.chunks(block_features::COUNT)
        .map(|r| blocks.stages[0].probability(r))
        .collect()
}

/// The later stages' probabilities, given the first stage's.
pub fn later_stages(
    page: &Page,
    units: &[units::Unit],
    rows: &[f32],
    p1: &[f32],
    blocks: &models::Model,
) -> Vec<f32> {
    let mut p = p1.to_vec();
    for stage in &blocks.stages[1..] {
        let next = stacked_rows(page, units, rows, &p);
        p = next
            .chunks(stage.features)
            .map(|r| stage.probability(r))
            .collect();
    }
    p
}

/// Hides everything but the units the block model keeps (and the headline).
pub fn keep_units(
    page: &Page,
    units: &[units::Unit],
    proposal: &Decision,
    blocks: &models::Model,
    article_probability: f32,
    gate_threshold: f32,
) -> Decision {
    let page_chars: usize = units.iter().map(|u| u.chars as usize).sum();
    if page_chars > MODEL_MAX_PAGE_CHARS {
        return outside_furniture(page, proposal.clone());
    }
    let p = unit_probabilities(page, units, proposal, blocks, article_probability);
    let threshold = keep_threshold(article_probability, gate_threshold, blocks.threshold);
    keep_above(page, units, proposal, &p, threshold, article_probability)
}

/// The block probability a unit needs to be kept, given the gate's
/// probability that the page is an article and the gate's threshold.
pub fn keep_threshold(article_probability: f32, gate_threshold: f32, model_threshold: f32) -> f32 {
    if article_probability >= SURE_ARTICLE {
        return model_threshold;
    }
    let doubt = SURE_ARTICLE - gate_threshold;
    let sureness = if doubt > 0.0 {
        ((article_probability - gate_threshold) / doubt).clamp(0.0, 1.0)
    } else {
        1.0
    };
    UNSURE_KEEP_ABOVE.min(model_threshold) * sureness
}

/// On a page the gate lets through but is unsure of (probability below
/// `SURE_ARTICLE`), a unit is hidden only when the block model is fairly
/// sure it is not content, and the surer the less the gate is: the
/// threshold runs from 0 at the gate's threshold (nothing hidden) up to
/// `UNSURE_KEEP_ABOVE` at `SURE_ARTICLE`. Such pages are the service
/// pages, listings and docs that look like articles, and hiding what a
/// reader came for is worse than showing some clutter. Chosen on the dev
/// sites with out-of-fold models (`examples/gatesweep.rs`): against a flat
/// 0.2, other pages keeping >= 0.95 of their content went from 92.3% to
/// 93.3%, WCXB articles' F1 from 0.9310 to 0.9303, scrapinghub unchanged.
/// `SURE_ARTICLE` went from 0.5 to 0.6 on 2026-12-08, chosen the same way
/// (out of fold, against 0.5 and 0.7): other pages keeping >= 0.95 went
/// from 92.9% to 93.7%, WCXB articles' F1 from 0.9316 to 0.9312,
/// scrapinghub's body from 0.9594 to 0.9590 (0.7: 93.5%, 0.9296).
pub const SURE_ARTICLE: f32 = 0.6;
pub const UNSURE_KEEP_ABOVE: f32 = 0.2;

/// The decision that keeps the units whose probability is at least `threshold`.
pub fn keep_above(
    page: &Page,
    units: &[units::Unit],
    proposal: &Decision,
    p: &[f32],
    threshold: f32,
    article_probability: f32,
) -> Decision {
    let trust = (article_probability >= TRUST_RULES_MIN_PROBABILITY).then_some(RULES_AGREEMENT);
    keep_above_trusting(page, units, proposal, p, threshold, trust)
}

/// `keep_above`, where the rules' decisions inside their article stand
/// when the model keeps at least `trust` of what they keep there (never,
/// when None).
pub fn keep_above_trusting(
    page: &Page,
    units: &[units::Unit],
    proposal: &Decision,
    p: &[f32],
    threshold: f32,
    trust: Option<f64>,
) -> Decision {
    let mut keep: Vec<bool> = p.iter().map(|&q| q >= threshold).collect();
    let trusted =
        trust.and_then(|agreement| trust_rules_inside(page, units, proposal, &mut keep, agreement));
    keep_captions_and_code(page, units, &mut keep);
    let Some(article) = lowest_common(
        page,
        units.iter().zip(&keep).filter(|x| *x.1).map(|x| x.0.el),
    ) else {
        return Decision::default();
    };
    let mut hide = hide_all_but(page, units, &keep);
    if let Some(a) = trusted {
        // The rules also hide pieces smaller than a unit (a hover card in a
        // sentence, a "Back to gallery" link).
        hide.extend(
            proposal
                .hide
                .iter()
                .copied()
                .filter(|&h| page.contains(a, h)),
        );
        hide = top_most(page, hide);
    }
    rules::keep_heading(page, proposal.heading, &mut hide);
    outside_furniture(
        page,
        Decision {
            article: Some(article),
            hide,
            heading: proposal.heading,
        },
    )
}

/// The block model was trained on pages holding up to 91,239 characters of
/// text (WCXB's largest; scrapinghub's is 48,075). Its features are shares
/// of the page and positions in it, and past that range it drops most of
/// a long article (tests/growth.rs: a 120,000-character article lost 85%
/// of its paragraphs). Above 50,000 its pages thin out (about 32 of 1,539)
/// and a retrained model hid half of a 60,000-character article, so the
/// limit sits there. On a longer page the rules, written for articles of
/// any length, decide which blocks to hide; the gate still decides first.
pub const MODEL_MAX_PAGE_CHARS: usize = 50_000;

/// Where the block model agrees that the rules found the article (of the
/// text either keeps there, at least `RULES_AGREEMENT` is kept by both), the rules'
/// finer decisions inside that article stand: they name kinds of clutter
/// (sign-offs, galleries, hover cards, repeated lines) and of content
/// (captions, tables, quotes) that are rare in the training pages. Outside
/// it, and where the rules chose the wrong block, the model decides.
/// The rules were written for articles: on a page the gate is unsure of,
/// the model alone decides.
pub const RULES_AGREEMENT: f64 = 0.5;
pub const TRUST_RULES_MIN_PROBABILITY: f32 = 0.25;

/// Returns the rules' article when their decisions inside it stand.
fn trust_rules_inside(
    page: &Page,
    units: &[units::Unit],
    proposal: &Decision,
    keep: &mut [bool],
    agreement: f64,
) -> Option<usize> {
    let a = proposal.article?;
    let hidden = hidden_elements(page, &proposal.hide);
    let inside: Vec<usize> = (0..units.len())
        .filter(|&k| page.contains(a, units[k].el))
        .collect();
    let rules_kept: f64 = inside
        .iter()
        .filter(|&&k| !hidden[units[k].el])
        .map(|&k| units[k].chars as f64)
        .sum();
    let model_kept: f64 = inside
        .iter()
        .filter(|&&k| keep[k])
        .map(|&k| units[k].chars as f64)
        .sum();
    let both: f64 = inside
        .iter()
        .filter(|&&k| !hidden[units[k].el] && keep[k])
        .map(|&k| units[k].chars as f64)
        .sum();
    // Both ways: rules that keep only the headings of what the model keeps
    // (every paragraph of a docs page hidden) agree with it on little.
    if rules_kept == 0.0 || both < agreement * rules_kept || both < agreement * model_kept {
        return None;
    }
    for &k in &inside {
        keep[k] = !hidden[units[k].el];
    }
    Some(a)
}

/// No article at all rather than one found in page furniture (a footer's
/// privacy-policy dialog on a shop page): hiding all around it would hide
/// what the reader came for.
fn outside_furniture(page: &Page, decision: Decision) -> Decision {
    match decision.article {
        Some(a) if rules::in_furniture(page, a) => Decision::default(),
        _ => decision,
    }
}

/// Whether each element is, or lies inside, one of `hide`.
pub fn hidden_elements(page: &Page, hide: &[usize]) -> Vec<bool> {
    let mut hidden = vec![false; page.len()];
    for &h in hide {
        hidden[h] = true;
    }
    // Parents come before their children in a snapshot.
    for i in 0..page.len() {
        if let Some(par) = page.parent(i) {
            hidden[i] |= hidden[par];
        }
    }
    hidden
}

/// A picture's caption inside the article stays with its picture (the
/// benchmarks' texts rarely hold captions, so the model would drop them).
/// So does a code block or an editable field there: Factlight never
/// touches those, and a tutorial's code is what its reader came for.
fn keep_captions_and_code(page: &Page, units: &[units::Unit], keep: &mut [bool]) {
    let prose = units
        .iter()
        .zip(keep.iter())
        .filter(|(u, &k)| k && units::is_prose(u))
        .map(|(u, _)| u.el);
    let Some(span) = lowest_common(page, prose) else {
        return;
    };
    for (u, k) in units.iter().zip(keep.iter_mut()) {
        if !*k && (page.in_figure[u.el] || page.untouchable[u.el]) && page.contains(span, u.el) {
            *k = true;
        }
    }
}

/// Sorted, without duplicates and without elements inside another one.
fn top_most(page: &Page, hide: Vec<usize>) -> Vec<usize> {
    let mut marked = vec![false; page.len()];
    for &h in &hide {
        marked[h] = true;
    }
    // Parents come before their children in a snapshot.
    let mut covered = vec![false; page.len()];
    for i in 0..page.len() {
        if let Some(par) = page.parent(i) {
            covered[i] = covered[par] || marked[par];
        }
    }
    (0..page.len())
        .filter(|&i| marked[i] && !covered[i])
        .collect()
}

/// Each unit's probability of being main content, stage after stage.
pub fn unit_probabilities(
    page: &Page,
    units: &[units::Unit],
    proposal: &Decision,
    blocks: &models::Model,
    article_probability: f32,
) -> Vec<f32> {
    let ctx = block_features::PageContext::new(page, units, proposal, article_probability);
    let rows = block_features::rows(&ctx, units);
    let p1 = first_stage(&rows, blocks);
    later_stages(page, units, &rows, &p1, blocks)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A docs page where the rules kept the headings of their article and
    /// hid every paragraph: the model keeping all of it agrees with the
    /// headings, but that is not agreement (a gitbook page lost 96%).
    #[cfg(feature = "html")]
    #[test]
    fn rules_that_keep_a_sliver_of_what_the_model_keeps_are_not_trusted() {
        let para = "A paragraph of the guide that explains one idea at some length, as docs do.";
        let html = format!(
            "<body><main><h2>Setup</h2><p>{para}</p><h2>Usage</h2><p>{para}</p><p>{para}</p></main></body>"
        );
        let snap = crate::html::snapshot(&html);
        let page = Page::new(&snap);
        let us = units::units(&page);
        let main = (0..page.len()).find(|&i| page.tag(i) == "main").unwrap();
        let paragraphs: Vec<usize> = (0..page.len()).filter(|&i| page.tag(i) == "p").collect();
        let rules = |hide: Vec<usize>| Decision {
            article: Some(main),
            hide,
            heading: None,
        };
        let mut keep = vec![true; us.len()];
        assert_eq!(
            trust_rules_inside(
                &page,
                &us,
                &rules(paragraphs.clone()),
                &mut keep,
                RULES_AGREEMENT
            ),
            None
        );
        assert!(
            keep.iter().all(|&k| k),
            "an untrusted proposal changes nothing"
        );
        // Rules that hide one paragraph of three still agree with the model.
        assert_eq!(
            trust_rules_inside(
                &page,
                &us,
                &rules(vec![paragraphs[0]]),
                &mut keep,
                RULES_AGREEMENT
            ),
            Some(main)
        );
    }

    /// A tutorial's terminal output scored as clutter by the block model (a
    /// docs page lost a quarter of its content): code inside the article stays.
    #[cfg(feature = "html")]
    #[test]
    fn code_blocks_between_kept_paragraphs_stay() {
        let para = "A paragraph of the tutorial that says, in a sentence or two, what the next command prints and why.";
        let html = format!(
            "<body><main><p>{para}</p><pre><code>$ serve --reload\nINFO: started [2872]</code></pre><p>{para}</p></main><pre>outside</pre></body>"
        );
        let snap = crate::html::snapshot(&html);
        let page = Page::new(&snap);
        let us = units::units(&page);
        let code = |u: &units::Unit| page.untouchable[u.el];
        let mut keep: Vec<bool> = us.iter().map(|u| !code(u)).collect();
        keep_captions_and_code(&page, &us, &mut keep);
        let kept_code: Vec<&str> = us
            .iter()
            .zip(&keep)
            .filter(|(u, &k)| k && code(u))
            .map(|(u, _)| u.text.trim())
            .collect();
        assert_eq!(kept_code.len(), 1, "{kept_code:?}");
        assert!(kept_code[0].starts_with("$ serve"), "{kept_code:?}");
    }

    /// A shop's collection page whose "article" was its footer's privacy
    /// policy dialog: the product grid was hidden (WCXB 0632 kept 0.51).
    #[cfg(feature = "html")]
    #[test]
    fn an_article_in_page_furniture_is_no_article() {
        let policy = "We keep your address only for as long as the law requires, and share it with carriers only to deliver what you ordered. ".repeat(3);
        let cards = "<li><a href=/p>Trail Runner</a> $95</li>".repeat(30);
        let html = format!(
            "<body><main><h1>Running shoes</h1><ul>{cards}</ul></main><footer><p>© Shop</p><div class=policy><p>{policy}</p></div></footer></body>"
        );
        let snap = crate::html::snapshot(&html);
        let page = Page::new(&snap);
        let find = |tag: &str| (0..page.len()).find(|&i| page.tag(i) == tag).unwrap();
        let (policy_box, main) = (find("div"), find("main"));
        let decided = |article| {
            outside_furniture(
                &page,
                Decision {
                    article: Some(article),
                    hide: vec![main],
                    heading: None,
                },
            )
        };
        let d = decided(policy_box);
        assert!(d.article.is_none() && d.hide.is_empty());
        // Outside furniture the decision stands.
        assert_eq!(decided(find("ul")).article, Some(find("ul")));
        // A furniture tag around most of the page is a wrapper (an <aside>
        // around a whole blog), not furniture.
        let html = format!(
            "<body><aside><main><p>{policy}</p></main></aside><nav><a href=/>Home</a></nav></body>"
        );
        let snap = crate::html::snapshot(&html);
        let page = Page::new(&snap);
        let p = (0..page.len()).find(|&i| page.tag(i) == "p").unwrap();
        assert!(!rules::in_furniture(&page, p));
    }

    #[test]
    fn an_unsure_page_needs_the_model_to_be_sure_before_it_hides() {
        assert_eq!(keep_threshold(0.9, 0.1, 0.5), 0.5);
        assert_eq!(keep_threshold(SURE_ARTICLE, 0.1, 0.5), 0.5);
        // Just below SURE_ARTICLE: about UNSURE_KEEP_ABOVE.
        let near = keep_threshold(SURE_ARTICLE - 1e-4, 0.1, 0.5);
        assert!((near - UNSURE_KEEP_ABOVE).abs() < 1e-3, "{near}");
        // Halfway between the gate's threshold and SURE_ARTICLE: half of it.
        let half = keep_threshold((0.1 + SURE_ARTICLE) / 2.0, 0.1, 0.5);
        assert!((half - UNSURE_KEEP_ABOVE / 2.0).abs() < 1e-4, "{half}");
        // At the gate's threshold a unit must be certain clutter to go.
        assert_eq!(keep_threshold(0.1, 0.1, 0.5), 0.0);
        // Never stricter than the model's own threshold.
        assert!(keep_threshold(0.49, 0.1, 0.1) <= 0.1);
    }
}
