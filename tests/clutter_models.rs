//! The shipped clutter models load, and retraining them from ../shared
//! gives the same bytes (`factlight train clutter`). The retrain takes a
//! few minutes in a release build, so it is ignored by a plain `cargo
//! test`; scripts/test.sh runs it with `--release --ignored`.

mod common;

use factlight::clutter::models;

#[test]
fn shipped_models_load() {
    assert!(models::gate().is_ok(), "{:?}", models::gate().err());
    assert!(models::blocks().is_ok(), "{:?}", models::blocks().err());
}

#[test]
#[ignore = "minutes of training: scripts/test.sh runs it in release"]
fn retraining_reproduces_the_shipped_models_byte_for_byte() {
    let (Some(sh), Some(wcxb)) = (
        common::shared("data/extraction/scrapinghub"),
        common::shared("data/extraction/wcxb-dev"),
    ) else {
        return;
    };
    let examples = factlight::clutter::train::load(&[sh, wcxb]).unwrap();
    let (gate, blocks) = factlight::clutter::train::train_models(&examples, false);
    assert!(
        gate.to_bytes() == models::GATE_MODEL_BYTES,
        "src/clutter/gate.model differs from a retrain: run `factlight train clutter`"
    );
    assert!(
        blocks.to_bytes() == models::BLOCK_MODEL_BYTES,
        "src/clutter/block.model differs from a retrain: run `factlight train clutter`"
    );
}
