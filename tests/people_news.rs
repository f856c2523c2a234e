//! Floors for the person finder on hand-labelled news (tests/fixtures/
//! people/news/): names, the official flag, plain persons wrongly flagged
//! and surname links, for the dev and the held-out split of each set. The
//! written articles carry their text; the Scrapinghub labels read theirs
//! from ../shared. Measured values are in the README ("People and
//! officials"); the floors sit a little below them.

mod common;

use factlight::eval::people_news::{score_file, LabelFile, NewsScore};

fn labels(name: &str) -> LabelFile {
    let path = format!(
        "{}/tests/fixtures/people/news/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// An extraction benchmark's ground truth in ../shared (None, said loudly,
/// when it is absent).
fn ground_truth(set: &str) -> Option<serde_json::Value> {
    let path = common::shared(&format!("data/extraction/{set}/ground-truth.json"))?;
    Some(serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap())
}

fn written(split: &str) -> NewsScore {
    score_file(&labels("written.json"), Some(split), &|_| None).unwrap()
}

fn scrapinghub(split: &str) -> Option<NewsScore> {
    scrapinghub_first(split, usize::MAX)
}

/// The first `n` articles of a split, in the file's order (the sets grew by
/// appending, so the first ones are the earlier, smaller set).
fn scrapinghub_first(split: &str, n: usize) -> Option<NewsScore> {
    let truth = ground_truth("scrapinghub")?;
    let texts = |id: &str| truth[id]["articleBody"].as_str().map(str::to_string);
    let mut l = labels("scrapinghub.json");
    let mut kept = 0;
    l.articles.retain(|a| {
        let keep = a.split.as_deref() == Some(split) && kept < n;
        kept += usize::from(keep);
        keep
    });
    Some(score_file(&l, Some(split), &texts).unwrap())
}

/// Floors shared by every set: a plain person flagged official is the worst
/// error, so its floor is the tightest (at most one in `per_plain` plain
/// persons flagged).
fn check(s: &NewsScore, exact: f64, official: f64, links: f64) {
    check_plain(s, exact, official, links, 20)
}

fn check_plain(s: &NewsScore, exact: f64, official: f64, links: f64, per_plain: usize) {
    check_names_and_links(s, exact, links);
    assert!(
        s.official.f1() >= official,
        "officials F1 {:.3}: {:#?}",
        s.official.f1(),
        s.errors
    );
    assert!(
        s.official.precision() >= 0.95,
        "officials precision {:.3}: {:#?}",
        s.official.precision(),
        s.errors
    );
    assert!(
        s.plain_flagged * per_plain <= s.plain,
        "{} of {} plain persons flagged",
        s.plain_flagged,
        s.plain
    );
}

/// Every set's floors on exact names and on links.
fn check_names_and_links(s: &NewsScore, exact: f64, links: f64) {
    assert!(
        s.exact.f1() >= exact,
        "names F1 {:.3}: {:#?}",
        s.exact.f1(),
        s.errors
    );
    assert!(
        s.link_rate() >= links,
        "links {:.3}: {:#?}",
        s.link_rate(),
        s.errors
    );
}

#[test]
fn written_news_dev() {
    check(&written("dev"), 0.97, 0.93, 0.95);
}

#[test]
fn written_news_held_out() {
    check(&written("heldout"), 0.95, 0.9, 0.9);
}

#[test]
fn scrapinghub_news_dev() {
    // 52 articles (47 before people-8, 39 before people-7, 21 before
    // people-6): names measure 0.977 (0.935 on the 47 before people-8 kept
    // firms and places the text shows as such from being names), officials
    // 0.973 (P 0.994), plain flagged 2/317, links 0.976.
    if let Some(s) = scrapinghub("dev") {
        assert!(s.articles >= 52, "{} articles", s.articles);
        check_plain(&s, 0.97, 0.965, 0.97, 100);
    }
}

#[test]
fn scrapinghub_news_held_out() {
    // The 13 articles added in people-6 (labelled blind, scored before any
    // code changed, and unchanged by it) are harder than the first 6: an
    // opinion column that states offices only through "the president" and
    // the like, 4 plain persons flagged among 60. The floors are what the
    // grown set measures; the first 6 keep their floors below.
    if let Some(s) = scrapinghub("heldout") {
        check_plain(&s, 0.92, 0.78, 0.72, 15);
    }
}

#[test]
fn scrapinghub_news_held_out_first_six() {
    if let Some(s) = scrapinghub_first("heldout", 6) {
        check(&s, 0.93, 0.85, 0.88);
    }
}

#[test]
fn every_labelled_article_has_its_text_and_gold_mentions() {
    // A label whose forms match nothing is a typo that would score as
    // perfect recall on nobody.
    for file in ["written.json", "scrapinghub.json", "wcxb.json"] {
        let l = labels(file);
        let truth = if file == "written.json" {
            None
        } else {
            let set = if file == "wcxb.json" {
                "wcxb-dev"
            } else {
                "scrapinghub"
            };
            let Some(t) = ground_truth(set) else {
                continue;
            };
            Some(t)
        };
        for a in &l.articles {
            let text = match (&a.text, &a.id, &truth) {
                (Some(t), _, _) => t.clone(),
                (None, Some(id), Some(tr)) => tr[id]["articleBody"].as_str().unwrap().to_string(),
                _ => panic!("{file}: article without text"),
            };
            let (gold, _) = factlight::eval::people_news::gold_mentions(&text, a);
            for (k, p) in a.people.iter().enumerate() {
                assert!(
                    gold.iter().any(|g| g.person == k),
                    "{file}: {} never occurs in {:?}",
                    p.name,
                    a.id
                );
            }
        }
    }
}

/// WCXB dev's 2025 article pages (labelled blind in people-9; heldout when
/// the first byte of SHA-256 of the id is 2 mod 3).
fn wcxb(split: &str) -> Option<NewsScore> {
    let truth = ground_truth("wcxb-dev")?;
    let texts = |id: &str| truth[id]["articleBody"].as_str().map(str::to_string);
    Some(score_file(&labels("wcxb.json"), Some(split), &texts).unwrap())
}

/// Few officials here (most of the pages are business, science and film
/// news): the floors are on names, links and plain persons flagged, and on
/// official precision where anyone is flagged.
fn check_wcxb(s: &NewsScore, exact: f64, links: f64) {
    check_names_and_links(s, exact, links);
    assert_eq!(s.plain_flagged, 0, "plain persons flagged: {:#?}", s.errors);
    assert!(
        s.official.pred == 0 || s.official.precision() >= 0.95,
        "officials precision {:.3}: {:#?}",
        s.official.precision(),
        s.errors
    );
}

#[test]
fn wcxb_news_dev() {
    // Before people-9 changed any code: names 0.893, officials P 0.091 R
    // 0.200 (a firm's president by a signature, carried to every mention),
    // plain flagged 10/116, links 0.759. After: names 0.909, officials P
    // 1.000 R 0.400, plain flagged 0/116.
    if let Some(s) = wcxb("dev") {
        assert!(s.articles >= 9, "{} articles", s.articles);
        check_wcxb(&s, 0.90, 0.75);
    }
}

#[test]
fn wcxb_news_held_out() {
    // Scored before any fix: names 1.000, no officials, plain flagged 0/37,
    // links 1.000.
    if let Some(s) = wcxb("heldout") {
        assert!(s.articles >= 4, "{} articles", s.articles);
        check_wcxb(&s, 0.97, 0.97);
    }
}
