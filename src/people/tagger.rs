//! Runs the shipped person model over a document's tokens and returns the
//! person spans it finds. The model is embedded (no file system in wasm)
//! and parsed once; if it fails to load, the rules run alone.

use super::features::{extract, STRIDE};
use super::model::{Model, ModelError, B_PER, I_PER};
use crate::tokens::Token;
use std::ops::Range;
use std::sync::OnceLock;

/// Regenerate with `factlight train people` (see README / report).
pub static MODEL_BYTES: &[u8] = include_bytes!("model.bin");

fn shipped() -> &'static Result<Model, ModelError> {
    static MODEL: OnceLock<Result<Model, ModelError>> = OnceLock::new();
    MODEL.get_or_init(|| Model::load(MODEL_BYTES))
}

/// Why the shipped model is unusable, if it is (shown by the CLI and tests).
pub fn model_error() -> Option<ModelError> {
    shipped().as_ref().err().cloned()
}

/// Person spans [first, last) in token indices, from the shipped model.
pub fn person_spans(tokens: &[Token]) -> Vec<Range<usize>> {
    scored_spans(tokens).into_iter().map(|s| s.0).collect()
}

/// Person spans with the model's confidence: the smallest per-token margin
/// of the best tagging over any tagging that changes that token.
pub fn scored_spans(tokens: &[Token]) -> Vec<(Range<usize>, f32)> {
    match shipped() {
        Ok(m) => spans_with(m, tokens),
        Err(_) => Vec::new(),
    }
}

pub fn spans_with(model: &Model, tokens: &[Token]) -> Vec<(Range<usize>, f32)> {
    let (feats, sents) = extract(tokens);
    let mut out = Vec::new();
    for s in sents {
        let (tags, margins) = model.tag_with_margins(&feats[s.start * STRIDE..s.end * STRIDE]);
        let mut open: Option<usize> = None;
        let close = |a: usize, b: usize, out: &mut Vec<(Range<usize>, f32)>| {
            let m = margins[a - s.start..b - s.start]
                .iter()
                .copied()
                .fold(f32::INFINITY, f32::min);
            out.push((a..b, m));
        };
        for (k, &t) in tags.iter().enumerate() {
            let i = s.start + k;
            if t != I_PER {
                if let Some(a) = open.take() {
                    close(a, i, &mut out);
                }
            }
            if t == B_PER {
                open = Some(i);
            }
        }
        if let Some(a) = open {
            close(a, s.end, &mut out);
        }
    }
    out
}
