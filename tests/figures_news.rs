//! Floors for the figure finder on hand-labelled news (tests/fixtures/
//! figures/news/scrapinghub.json, texts from ../shared): highlight overlap
//! F1 and precision, exact-span F1 and value accuracy, for the dev and the
//! held-out split. Measured values are in the README ("Figures"); the
//! floors sit a little below them.

mod common;

use factlight::eval::figures_news::{gold_spans, score_file, LabelFile, NewsScore};

fn labels() -> LabelFile {
    let path = format!(
        "{}/tests/fixtures/figures/news/scrapinghub.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn truth() -> Option<serde_json::Value> {
    let path = common::shared("data/extraction/scrapinghub/ground-truth.json")?;
    Some(serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap())
}

fn scrapinghub(split: &str) -> Option<NewsScore> {
    let truth = truth()?;
    let texts = |id: &str| truth[id]["articleBody"].as_str().map(str::to_string);
    Some(score_file(&labels(), Some(split), &texts).unwrap())
}

fn check(s: &NewsScore, f1: f64, precision: f64, exact: f64, value: f64) {
    assert!(
        s.overlap.f1() >= f1,
        "overlap F1 {:.3}: {:#?}",
        s.overlap.f1(),
        s.errors
    );
    assert!(
        s.overlap.precision() >= precision,
        "overlap precision {:.3}: {:#?}",
        s.overlap.precision(),
        s.errors
    );
    assert!(
        s.exact.f1() >= exact,
        "exact-span F1 {:.3}: {:#?}",
        s.exact.f1(),
        s.errors
    );
    assert!(
        s.value_accuracy() >= value,
        "value accuracy {:.3}: {:#?}",
        s.value_accuracy(),
        s.errors
    );
}

#[test]
fn scrapinghub_news_figures_dev() {
    if let Some(s) = scrapinghub("dev") {
        check(&s, 0.96, 0.98, 0.93, 0.98);
    }
}

#[test]
fn scrapinghub_news_figures_held_out() {
    if let Some(s) = scrapinghub("heldout") {
        check(&s, 0.92, 0.98, 0.89, 0.93);
    }
}

#[test]
fn every_gold_figure_is_placed_once_in_its_articles_scored_part() {
    // A label that matches no occurrence, or several, would score nothing
    // or the wrong place.
    let l = labels();
    assert!(
        l.articles
            .iter()
            .filter(|a| a.split.as_deref() == Some("dev"))
            .count()
            >= 10
    );
    assert!(
        l.articles
            .iter()
            .filter(|a| a.split.as_deref() == Some("heldout"))
            .count()
            >= 6
    );
    let Some(truth) = truth() else {
        return;
    };
    for a in &l.articles {
        let id = a.id.as_deref().unwrap();
        let text = truth[id]["articleBody"].as_str().unwrap();
        let gold = gold_spans(text, a).unwrap().gold;
        assert_eq!(gold.len(), a.figures.len(), "{id}");
        let url = truth[id]["url"].as_str().unwrap();
        let want = if factlight::eval::split::held_out(url) {
            "heldout"
        } else {
            "dev"
        };
        assert_eq!(a.split.as_deref(), Some(want), "{id}: split");
    }
}
