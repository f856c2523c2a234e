//! Regression floors for the person recogniser on the shared NER data, and
//! the check that the shipped model is what `factlight train people`
//! produces from ../shared/data (byte for byte: training is deterministic).

mod common;

use factlight::eval::conll::parse;
use factlight::eval::people::{score, Source};
use factlight::people::train::{train, EPOCHS, PERSON_TYPES};

fn read(rel: &str) -> Option<String> {
    common::shared(rel).map(|p| std::fs::read_to_string(p).unwrap())
}

#[test]
fn shipped_model_loads() {
    assert_eq!(factlight::people::tagger::model_error(), None);
}

#[test]
fn conll_testa_per_floor() {
    let Some(data) = read("data/ner/conll2003/eng.testa") else {
        return;
    };
    let c = score(&parse(&data, usize::MAX), &["PER"], &[], Source::Pipeline);
    // Measured 0.960 / 0.918 / 0.938 when the model was trained.
    assert!(c.precision() >= 0.95, "precision {:.4}", c.precision());
    assert!(c.recall() >= 0.91, "recall {:.4}", c.recall());
    assert!(c.f1() >= 0.93, "F1 {:.4}", c.f1());
}

#[test]
fn crossner_politics_dev_floor() {
    let Some(data) = read("data/ner/crossner-politics/dev.txt") else {
        return;
    };
    let c = score(
        &parse(&data, 1),
        &["PERSON", "POLITICIAN"],
        &["POLITICIAN"],
        Source::Pipeline,
    );
    // Measured P 0.774 R 0.737 F1 0.755; 40/411 politicians flagged
    // official, 4/286 persons.
    assert!(c.precision() >= 0.76, "precision {:.4}", c.precision());
    assert!(c.f1() >= 0.745, "F1 {:.4}", c.f1());
    assert!(c.person_flagged * 20 <= c.person_gold, "{c:?}");
}

#[test]
fn shipped_model_matches_retraining() {
    let (Some(conll), Some(crossner)) = (
        read("data/ner/conll2003/eng.train"),
        read("data/ner/crossner-politics/train.txt"),
    ) else {
        return;
    };
    let mut docs = parse(&conll, usize::MAX);
    docs.extend(parse(&crossner, 1));
    let model = train(&docs, PERSON_TYPES, EPOCHS);
    assert!(
        model == factlight::people::tagger::MODEL_BYTES,
        "src/people/model.bin is stale: run `cargo run --release -- train people \
         --conll ../shared/data/ner/conll2003 --crossner ../shared/data/ner/crossner-politics`"
    );
}
