//! Every data set the person finder is scored on, in one place, so the CLI
//! (`factlight eval people all`) and the tests agree on what "dev" and
//! "held out" mean:
//! - CoNLL-2003 testa, whole, and its two halves by document number: even
//!   documents are tuned on, odd ones are held out (only ever scored);
//! - CrossNER politics dev: held out (Wikipedia politics, never tuned on);
//! - wikigold: another domain, reported, never tuned on;
//! - hand-labelled news articles (tests/fixtures/people/news/): a dev and
//!   a held-out split.

use super::conll::{parse, Doc};
use super::people::{half, score, Counts, Half, Source};
use super::people_news::{score_file, LabelFile, NewsScore};
use std::path::Path;

/// Whether a set may be looked at while tuning.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Use {
    Dev,
    HeldOut,
}

impl Use {
    pub fn label(self) -> &'static str {
        match self {
            Use::Dev => "dev",
            Use::HeldOut => "held out",
        }
    }
}

pub struct NerRow {
    pub name: &'static str,
    pub usage: Use,
    pub counts: Counts,
}

pub struct NewsRow {
    pub name: &'static str,
    pub usage: Use,
    pub score: NewsScore,
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

pub fn conll_testa(shared: &Path) -> Result<Vec<Doc>, String> {
    Ok(parse(
        &read(&shared.join("data/ner/conll2003/eng.testa"))?,
        usize::MAX,
    ))
}

pub fn wikigold(shared: &Path) -> Result<Vec<Doc>, String> {
    Ok(parse(
        &read(&shared.join("data/ner/wikigold/wikigold.conll.txt"))?,
        usize::MAX,
    ))
}

/// CrossNER has no document marks: every sentence is its own document.
pub fn crossner_dev(shared: &Path) -> Result<Vec<Doc>, String> {
    Ok(parse(
        &read(&shared.join("data/ner/crossner-politics/dev.txt"))?,
        1,
    ))
}

pub const CROSSNER_PERSON: &[&str] = &["PERSON", "POLITICIAN"];
pub const CROSSNER_OFFICIAL: &[&str] = &["POLITICIAN"];

/// The NER sets, scored on the whole pipeline's name spans.
pub fn ner_rows(shared: &Path) -> Result<Vec<NerRow>, String> {
    let testa = conll_testa(shared)?;
    let per = |docs: &[Doc]| score(docs, &["PER"], &[], Source::Pipeline);
    Ok(vec![
        NerRow {
            name: "CoNLL-2003 testa (all 216 documents)",
            usage: Use::Dev,
            counts: per(&testa),
        },
        NerRow {
            name: "CoNLL-2003 testa, even documents",
            usage: Use::Dev,
            counts: per(&half(testa.clone(), Half::Tune)),
        },
        NerRow {
            name: "CoNLL-2003 testa, odd documents",
            usage: Use::HeldOut,
            counts: per(&half(testa, Half::HeldOut)),
        },
        NerRow {
            name: "CrossNER politics dev (person + politician)",
            usage: Use::HeldOut,
            counts: score(
                &crossner_dev(shared)?,
                CROSSNER_PERSON,
                CROSSNER_OFFICIAL,
                Source::Pipeline,
            ),
        },
        NerRow {
            name: "wikigold (Wikipedia, another domain)",
            usage: Use::HeldOut,
            counts: per(&wikigold(shared)?),
        },
    ])
}

/// Article texts by id of an extraction benchmark's ground truth
/// (`set`: "scrapinghub", or "wcxb-dev" for its 2025 pages).
pub fn benchmark_texts(shared: &Path, set: &str) -> Result<serde_json::Value, String> {
    let p = shared.join(format!("data/extraction/{set}/ground-truth.json"));
    serde_json::from_str(&read(&p)?).map_err(|e| format!("{}: {e}", p.display()))
}

pub fn news_labels(path: &Path) -> Result<LabelFile, String> {
    serde_json::from_str(&read(path)?).map_err(|e| format!("{}: {e}", path.display()))
}

/// The hand-labelled news: Scrapinghub articles (`scrapinghub.json` in
/// `labels`, texts from ../shared), 2025 article pages of WCXB dev
/// (`wcxb.json`, texts from ../shared) and articles written for the tests
/// (`written.json`), each split into dev and held out. Without the WCXB
/// ground truth its rows are left out, said so on stderr.
pub fn news_rows(shared: &Path, labels: &Path) -> Result<Vec<NewsRow>, String> {
    let truth = benchmark_texts(shared, "scrapinghub")?;
    let texts = |id: &str| truth[id]["articleBody"].as_str().map(str::to_string);
    let real = news_labels(&labels.join("scrapinghub.json"))?;
    let written = news_labels(&labels.join("written.json"))?;
    let none = |_: &str| None;
    let mut rows = vec![
        NewsRow {
            name: "Scrapinghub news, dev",
            usage: Use::Dev,
            score: score_file(&real, Some("dev"), &texts)?,
        },
        NewsRow {
            name: "Scrapinghub news, held out",
            usage: Use::HeldOut,
            score: score_file(&real, Some("heldout"), &texts)?,
        },
    ];
    match benchmark_texts(shared, "wcxb-dev") {
        Ok(truth) => {
            let texts = |id: &str| truth[id]["articleBody"].as_str().map(str::to_string);
            let wcxb = news_labels(&labels.join("wcxb.json"))?;
            rows.push(NewsRow {
                name: "WCXB 2025 news, dev",
                usage: Use::Dev,
                score: score_file(&wcxb, Some("dev"), &texts)?,
            });
            rows.push(NewsRow {
                name: "WCXB 2025 news, held out",
                usage: Use::HeldOut,
                score: score_file(&wcxb, Some("heldout"), &texts)?,
            });
        }
        Err(e) => eprintln!("\n!!! SKIPPED WCXB 2025 news: {e} !!!\n"),
    }
    rows.extend([
        NewsRow {
            name: "written news, dev",
            usage: Use::Dev,
            score: score_file(&written, Some("dev"), &none)?,
        },
        NewsRow {
            name: "written news, held out",
            usage: Use::HeldOut,
            score: score_file(&written, Some("heldout"), &none)?,
        },
    ]);
    Ok(rows)
}
