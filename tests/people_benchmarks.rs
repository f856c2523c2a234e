//! Regression floors for the person recogniser on the shared NER data, and
//! the check that the shipped model is what `factlight train people`
//! produces from ../shared/data (byte for byte: training is deterministic).

mod common;

use factlight::eval::conll::parse;
use factlight::eval::people::{half, score, Half, Source};
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
    // Measured 0.966 / 0.948 / 0.957 when the model was trained.
    assert!(c.precision() >= 0.955, "precision {:.4}", c.precision());
    assert!(c.recall() >= 0.935, "recall {:.4}", c.recall());
    assert!(c.f1() >= 0.95, "F1 {:.4}", c.f1());
    assert!(c.overlap_f1() >= c.f1(), "overlap {:.4}", c.overlap_f1());
}

/// The odd documents of testa are never tuned on: they must score within
/// 0.03 of the even ones, which are.
#[test]
fn conll_testa_held_out_half_keeps_up_with_the_tuned_half() {
    let Some(data) = read("data/ner/conll2003/eng.testa") else {
        return;
    };
    let docs = parse(&data, usize::MAX);
    let f1 = |h| score(&half(docs.clone(), h), &["PER"], &[], Source::Pipeline).f1();
    let (tuned, held) = (f1(Half::Tune), f1(Half::HeldOut));
    // Measured 0.957 tuned, 0.957 held out.
    assert!(held >= 0.945, "held-out half F1 {held:.4}");
    assert!(
        (tuned - held).abs() <= 0.03,
        "tuned {tuned:.4}, held out {held:.4}"
    );
}

#[test]
fn wikigold_floor() {
    let Some(data) = read("data/ner/wikigold/wikigold.conll.txt") else {
        return;
    };
    let c = score(&parse(&data, usize::MAX), &["PER"], &[], Source::Pipeline);
    // Another domain, never tuned on: measured 0.742 / 0.776 / 0.759.
    assert!(c.f1() >= 0.745, "F1 {:.4}", c.f1());
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
    // Measured P 0.824 R 0.730 F1 0.774; 48/411 politicians flagged
    // official, 3/286 persons.
    assert!(c.precision() >= 0.80, "precision {:.4}", c.precision());
    assert!(c.f1() >= 0.76, "F1 {:.4}", c.f1());
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
