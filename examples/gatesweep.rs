//! Dev aid: how the decision's thresholds trade articles' text against
//! other pages' main content, dev and held out apart.
use factlight::clutter::train::{load, Example};
use factlight::clutter::{self, models, rules, units};
use factlight::eval::extraction::{score_page, summarize, PageScore};
use factlight::eval::kept::main_content_kept;
use factlight::page::Page;
use factlight::text_map::TextMap;

struct Cached {
    g: f32,
    p: Vec<f32>,
}

fn main() {
    let shared = std::path::PathBuf::from("../shared/data/extraction");
    let ex = load(&[shared.join("scrapinghub"), shared.join("wcxb-dev")]).unwrap();
    let gate = models::gate().unwrap();
    let blocks = models::blocks().unwrap();
    eprintln!("gate thr {} block thr {}", gate.threshold, blocks.threshold);
    let rows = factlight::clutter::train_gate::rows(&ex, &|_| true);
    let (_, oof) = factlight::clutter::train_gate::train_gate(&ex, &rows, false);
    let use_oof = std::env::var("OOF").is_ok();
    let cached: Vec<Option<Cached>> = ex
        .iter()
        .enumerate()
        .map(|(k, e)| {
            factlight::snapshot::validate(&e.snap).ok()?;
            let page = Page::new(&e.snap);
            let us = units::units(&page);
            let prop = rules::decide(&page);
            let mut g = clutter::article_probability(&page, &us, &prop, gate);
            if use_oof && !e.held_out {
                g = oof[k];
            }
            let p = clutter::unit_probabilities(&page, &us, &prop, blocks, g);
            Some(Cached { g, p })
        })
        .collect();
    let args: Vec<f32> = std::env::args()
        .skip(1)
        .map(|a| a.parse().unwrap())
        .collect();
    // triples: gate_thr sure low
    for c in args.chunks(3) {
        let (gt, sure, low) = (c[0], c[1], c[2]);
        run(&ex, &cached, gt, sure, low, blocks.threshold);
    }
    if std::env::var("LIST").is_ok() {
        for (e, c) in ex.iter().zip(&cached) {
            if let Some(c) = c {
                if e.page_type != "article" && c.g >= gate.threshold {
                    let o = outcome(e, c, gate.threshold, 0.5, 0.2, blocks.threshold);
                    println!(
                        "{:.3} kept {:.3} {} {} {}",
                        c.g, o.2, e.page_type, e.held_out, e.id
                    );
                }
            }
        }
    }
}

fn outcome(
    e: &Example,
    c: &Cached,
    gt: f32,
    sure: f32,
    low: f32,
    thr: f32,
) -> (bool, PageScore, f64, PageScore) {
    let page = Page::new(&e.snap);
    let dec = if c.g < gt {
        rules::Decision::default()
    } else {
        let us = units::units(&page);
        let prop = rules::decide(&page);
        let t = if std::env::var("LINEAR").is_ok() {
            low + (thr - low) * ((c.g - gt) / (sure - gt)).clamp(0.0, 1.0)
        } else if c.g >= sure {
            thr
        } else {
            low
        };
        let pc: usize = us.iter().map(|u| u.chars as usize).sum();
        if pc > clutter::MODEL_MAX_PAGE_CHARS {
            prop
        } else {
            clutter::keep_above(&page, &us, &prop, &c.p, t, c.g)
        }
    };
    let text = TextMap::build(&page, &dec.hide).text;
    let whole = TextMap::build(&page, &[]).text;
    let scored = if e.body_only {
        factlight::eval::body::article_body(&page, &dec.hide)
    } else {
        text.clone()
    };
    let s = score_page(&scored, &e.truth);
    let a = score_page(&text, &e.truth);
    (
        dec.article.is_some(),
        s,
        main_content_kept(&e.truth, &text, &whole),
        a,
    )
}

fn run(ex: &[Example], cached: &[Option<Cached>], gt: f32, sure: f32, low: f32, thr: f32) {
    let mut line = format!("gt {gt:.3} sure {sure:.2} low {low:.2}:");
    for held in [false, true] {
        let mut wc = vec![];
        let mut sh = vec![];
        let mut sha = vec![];
        let mut through = (0, 0);
        let mut kept = vec![];
        for (e, c) in ex.iter().zip(cached) {
            let Some(c) = c else { continue };
            if e.held_out != held {
                continue;
            }
            let o = outcome(e, c, gt, sure, low, thr);
            if e.page_type == "article" {
                if e.body_only {
                    sh.push(o.1);
                    sha.push(o.3);
                } else {
                    wc.push(o.1);
                    through.1 += 1;
                    through.0 += o.0 as usize;
                }
            } else {
                kept.push(o.2);
            }
        }
        let w = summarize(&wc);
        let s = summarize(&sh);
        let sa = summarize(&sha);
        let n = kept.len() as f64;
        line += &format!(
            " | {} sh {:.3}/{:.3} wc {:.3} (P {:.3} R {:.3}) thr {:.3} other {:.4} safe {:.3}",
            if held { "HO" } else { "dev" },
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
    println!("{line}");
}
