//! Dev aid: how the decision's thresholds trade articles' text against
//! other pages' main content. Dev pages are judged cross-validated (each
//! fold by a gate and block model trained without it, as `train clutter
//! --cv` does), held-out pages by the shipped models.
//!
//! cargo run --release --example gatesweep -- SURE LOW TRUST_MIN AGREEMENT AGREEMENT_SURE LOW_AT_GATE HIGH ...
//! (groups of seven; LIST=1 also lists other pages the gate let through).
//! Below SURE the keep threshold runs linearly from LOW_AT_GATE at the
//! gate's threshold up to LOW at SURE (LOW_AT_GATE = LOW: a step); from
//! SURE on it is HIGH (shipped: the block model's 0.5).
use factlight::clutter::train::{load, train_blocks, Example, FOLDS};
use factlight::clutter::train_gate::{rows, train_gate};
use factlight::clutter::{self, models, rules, units};
use factlight::eval::extraction::{score_page, summarize, PageScore};
use factlight::eval::kept::main_content_kept;
use factlight::page::Page;
use factlight::text_map::TextMap;

struct Cached {
    gate_threshold: f32,
    g: f32,
    p: Vec<f32>,
}

struct Policy {
    sure: f32,
    low: f32,
    trust_min: f32,
    agreement: f64,
    agreement_sure: f64,
    low_at_gate: f32,
    high: f32,
}

fn cache(e: &Example, gate: &models::Model, blocks: &models::Model) -> Option<Cached> {
    factlight::snapshot::validate(&e.snap).ok()?;
    let page = Page::new(&e.snap);
    let us = units::units(&page);
    let prop = rules::decide(&page);
    let g = clutter::article_probability(&page, &us, &prop, gate);
    let p = clutter::unit_probabilities(&page, &us, &prop, blocks, sharpen(g));
    Some(Cached {
        gate_threshold: gate.threshold,
        g,
        p,
    })
}

/// SHARP=0.5: the block model reads 1.0 for a page the gate is that sure of
/// (SHARP_TRAIN=1: in training too).
fn sharpen(g: f32) -> f32 {
    match std::env::var("SHARP")
        .ok()
        .and_then(|v| v.parse::<f32>().ok())
    {
        Some(t) if g >= t => 1.0,
        _ => g,
    }
}

fn main() {
    let shared = std::path::PathBuf::from("../shared/data/extraction");
    let ex = load(&[shared.join("scrapinghub"), shared.join("wcxb-dev")]).unwrap();
    let mut cached: Vec<Option<Cached>> = ex
        .iter()
        .map(|e| {
            e.held_out
                .then(|| cache(e, models::gate().unwrap(), models::blocks().unwrap()))
                .flatten()
        })
        .collect();
    let all = rows(&ex, &|_| true);
    let (_, mut article_p) = train_gate(&ex, &all, false);
    if std::env::var("SHARP_TRAIN").is_ok() {
        article_p.iter_mut().for_each(|g| *g = sharpen(*g));
    }
    for f in 0..FOLDS {
        let blocks = train_blocks(&ex, |e| e.fold != f, &article_p, 0.5);
        let rest: Vec<_> = all.iter().filter(|r| ex[r.0].fold != f).cloned().collect();
        let (gate, _) = train_gate(&ex, &rest, false);
        for (k, e) in ex.iter().enumerate() {
            if !e.held_out && e.fold == f {
                cached[k] = cache(e, &gate, &blocks);
            }
        }
        eprintln!("fold {f} done");
    }
    let args: Vec<f64> = std::env::args()
        .skip(1)
        .map(|a| a.parse().unwrap())
        .collect();
    for c in args.chunks(7) {
        let pol = Policy {
            sure: c[0] as f32,
            low: c[1] as f32,
            trust_min: c[2] as f32,
            agreement: c[3],
            agreement_sure: c[4],
            low_at_gate: c[5] as f32,
            high: c[6] as f32,
        };
        run(&ex, &cached, &pol);
    }
}

fn outcome(e: &Example, c: &Cached, pol: &Policy) -> (bool, PageScore, f64, PageScore) {
    let page = Page::new(&e.snap);
    let dec = if c.g < c.gate_threshold {
        rules::Decision::default()
    } else {
        let us = units::units(&page);
        let prop = rules::decide(&page);
        let t = if c.g >= pol.sure {
            pol.high
        } else {
            let x = ((c.g - c.gate_threshold) / (pol.sure - c.gate_threshold)).clamp(0.0, 1.0);
            pol.low_at_gate + (pol.low - pol.low_at_gate) * x
        };
        let trust = (c.g >= pol.trust_min).then_some(if c.g >= pol.sure {
            pol.agreement_sure
        } else {
            pol.agreement
        });
        let pc: usize = us.iter().map(|u| u.chars as usize).sum();
        if pc > clutter::MODEL_MAX_PAGE_CHARS {
            prop
        } else {
            clutter::keep_above_trusting(&page, &us, &prop, &c.p, t, trust)
        }
    };
    let text = TextMap::build(&page, &dec.hide).text;
    let whole = TextMap::build(&page, &[]).text;
    let scored = if e.body_only {
        factlight::eval::body::article_body(&page, &dec.hide)
    } else {
        text.clone()
    };
    (
        dec.article.is_some(),
        score_page(&scored, &e.truth),
        main_content_kept(&e.truth, &text, &whole),
        score_page(&text, &e.truth),
    )
}

fn run(ex: &[Example], cached: &[Option<Cached>], pol: &Policy) {
    let mut line = format!(
        "sure {} low {} trust {} agree {} agree_sure {} low_at_gate {} high {}:",
        pol.sure,
        pol.low,
        pol.trust_min,
        pol.agreement,
        pol.agreement_sure,
        pol.low_at_gate,
        pol.high
    );
    for held in [false, true] {
        let (mut wc, mut sh, mut sha, mut kept) = (vec![], vec![], vec![], vec![]);
        let mut through = (0, 0);
        for (e, c) in ex.iter().zip(cached) {
            let Some(c) = c else { continue };
            if e.held_out != held {
                continue;
            }
            let o = outcome(e, c, pol);
            if e.page_type != "article" {
                kept.push(o.2);
            } else if e.body_only {
                sh.push(o.1);
                sha.push(o.3);
            } else {
                wc.push(o.1);
                through.1 += 1;
                through.0 += o.0 as usize;
            }
            if std::env::var("LIST").is_ok() && e.page_type != "article" && o.2 < 0.95 {
                factlight::outln!("   {:.3} kept {:.3} {} {}", c.g, o.2, e.page_type, e.id);
            }
        }
        let (w, s, sa) = (summarize(&wc), summarize(&sh), summarize(&sha));
        let n = kept.len() as f64;
        line += &format!(
            "\n   {:<4} sh {:.4}/{:.4} wc {:.4} (P {:.3} R {:.3}) through {:.3} other {:.4} safe {:.3}",
            if held { "HO" } else { "cv" },
            s.f1,
            sa.f1,
            w.f1,
            w.precision,
            w.recall,
            through.0 as f64 / through.1 as f64,
            kept.iter().sum::<f64>() / n,
            kept.iter().filter(|&&k| k >= 0.95).count() as f64 / n
        );
    }
    factlight::outln!("{line}");
}
