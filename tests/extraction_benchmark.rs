//! The extraction benchmarks: every page is analysed without error, and
//! the scores stay above their floors, on scrapinghub's 181 articles and on
//! WCXB's 1,358 pages of seven types (held-out sites included: the floors
//! are on all pages, the printed lines give both parts).

mod common;

use factlight::eval::extraction::{score_page, summarize};
use factlight::eval::run::{extraction, group, part, ExtractionRun, PageResult};
use std::io::Read;

/// Floors a little under the scores measured when they were set (README
/// "Measured"); raise them as the extractor improves. Scrapinghub: article
/// body P 0.960, R 0.992, F1 0.976; all kept text P 0.927, F1 0.959.
const F1_FLOOR: f64 = 0.970;
const PRECISION_FLOOR: f64 = 0.955;
const RECALL_FLOOR: f64 = 0.985;
const KEPT_F1_FLOOR: f64 = 0.950;
const KEPT_PRECISION_FLOOR: f64 = 0.920;
/// WCXB: articles' all kept text F1 (measured 0.941), articles treated as
/// articles (0.986), other pages' main content kept (0.9968), other pages
/// keeping at least 0.95 of it (0.983). The last two were raised when code
/// blocks were spared and page furniture refused as the article: the build
/// before (0.9948, 0.977) fails them. The safe floor was raised again when
/// the gate's sure-article point moved to 0.6: the build before (0.980)
/// fails it.
const WCXB_F1_FLOOR: f64 = 0.930;
const WCXB_THROUGH_FLOOR: f64 = 0.975;
const WCXB_KEPT_FLOOR: f64 = 0.996;
const WCXB_SAFE_FLOOR: f64 = 0.981;

fn is_article(p: &PageResult) -> bool {
    p.page_type == "article"
}

fn print_parts(name: &str, run: &ExtractionRun) {
    for (label, held) in [("tuned on", Some(false)), ("held out", Some(true))] {
        let a = group(&part(run, held, is_article));
        let o = group(&part(run, held, |p| !is_article(p)));
        let k = a.kept.unwrap();
        let b = a.body.unwrap();
        eprintln!(
            "{name} {label}: articles {} body F1 {:.3}, all kept F1 {:.3} (P {:.3} R {:.3}), through {:.3}; others {} kept {:.3}",
            a.pages, b.f1, k.f1, k.precision, k.recall, a.article_found, o.pages, o.content_kept
        );
    }
}

#[test]
fn scrapinghub_pages_score_above_the_floor() {
    let Some(dir) = common::shared("data/extraction/scrapinghub") else {
        return;
    };
    let run = extraction(&dir).expect("every page analyses");
    assert_eq!(run.pages.len(), 181);
    print_parts("scrapinghub", &run);
    let all = group(&part(&run, None, |_| true));
    let (s, k) = (all.body.unwrap(), all.kept.unwrap());
    assert!(
        k.f1 >= KEPT_F1_FLOOR && k.precision >= KEPT_PRECISION_FLOOR,
        "all kept text: F1 {:.3} / precision {:.3} fell below the floors {KEPT_F1_FLOOR} / {KEPT_PRECISION_FLOOR}",
        k.f1,
        k.precision
    );
    assert!(
        s.f1 >= F1_FLOOR,
        "F1 {:.3} fell below the floor {F1_FLOOR}",
        s.f1
    );
    assert!(
        s.precision >= PRECISION_FLOOR,
        "precision {:.3} fell below the floor {PRECISION_FLOOR}",
        s.precision
    );
    assert!(
        s.recall >= RECALL_FLOOR,
        "recall {:.3} fell below the floor {RECALL_FLOOR}",
        s.recall
    );
}

#[test]
fn wcxb_pages_score_above_the_floor() {
    let Some(dir) = common::shared("data/extraction/wcxb-dev") else {
        return;
    };
    let run = extraction(&dir).expect("every page analyses");
    assert_eq!(run.pages.len(), 1358);
    print_parts("wcxb-dev", &run);
    let a = group(&part(&run, None, is_article));
    let o = group(&part(&run, None, |p| !is_article(p)));
    assert!(
        a.kept.unwrap().f1 >= WCXB_F1_FLOOR,
        "articles' F1 {:.3} fell below {WCXB_F1_FLOOR}",
        a.kept.unwrap().f1
    );
    assert!(
        a.article_found >= WCXB_THROUGH_FLOOR,
        "articles treated as articles {:.3} fell below {WCXB_THROUGH_FLOOR}",
        a.article_found
    );
    assert!(
        o.content_kept >= WCXB_KEPT_FLOOR,
        "other pages' main content kept {:.3} fell below {WCXB_KEPT_FLOOR}",
        o.content_kept
    );
    assert!(
        o.safe_pages >= WCXB_SAFE_FLOOR,
        "other pages keeping >= 0.95 of their content {:.3} fell below {WCXB_SAFE_FLOOR}",
        o.safe_pages
    );
}

/// The scorer reproduces the benchmark's published figures (±0.001).
#[test]
fn scorer_matches_published_results() {
    let Some(dir) = common::shared("data/extraction/scrapinghub") else {
        return;
    };
    let truth: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("ground-truth.json")).unwrap()).unwrap();
    for (system, f1, p, r) in [
        ("readability_js", 0.947, 0.914, 0.982),
        ("trafilatura", 0.958, 0.938, 0.978),
    ] {
        let gz = std::fs::read(
            dir.join("published-output")
                .join(format!("{system}.json.gz")),
        )
        .unwrap();
        let mut raw = String::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_string(&mut raw)
            .unwrap();
        let predicted: serde_json::Value = serde_json::from_str(&raw).unwrap();
        let scores: Vec<_> = truth
            .as_object()
            .unwrap()
            .iter()
            .map(|(id, t)| {
                let guess = predicted["output"][id]["articleBody"]
                    .as_str()
                    .unwrap_or("");
                score_page(guess, t["articleBody"].as_str().unwrap())
            })
            .collect();
        let s = summarize(&scores);
        let close = |a: f64, b: f64| (a - b).abs() <= 0.0015;
        assert!(
            close(s.f1, f1) && close(s.precision, p) && close(s.recall, r),
            "{system}: {s:?}"
        );
    }
}
