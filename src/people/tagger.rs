//! Runs the shipped person model over a document's tokens and returns the
//! person spans it finds. The model is embedded (no file system in wasm)
//! and parsed once; if it fails to load, the rules run alone.

use super::features::{extract_for, STRIDE};
use super::model::{Model, ModelError, B_PER, I_PER, O};
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

/// Whether the tagger needs to look at each token: one with a capital
/// letter anywhere ("McDonald", "al-Assad", an initial), or next to one
/// inside its sentence. Every other token is
/// settled as O without scoring it; most of a text is such runs of lower-case
/// words, and scoring is memory-bound (a table lookup per feature).
fn worth_tagging(tokens: &[Token], sents: &[Range<usize>]) -> Vec<bool> {
    let capital: Vec<bool> = tokens
        .iter()
        .map(|t| t.text.chars().any(char::is_uppercase))
        .collect();
    let mut want = vec![false; tokens.len()];
    for s in sents {
        for i in s.clone() {
            want[i] =
                capital[i] || (i > s.start && capital[i - 1]) || (i + 1 < s.end && capital[i + 1]);
        }
    }
    want
}

pub fn spans_with(model: &Model, tokens: &[Token]) -> Vec<(Range<usize>, f32)> {
    let sents = super::features::sentences(tokens);
    let want = worth_tagging(tokens, &sents);
    let (feats, sents) = extract_for(tokens, Some(&want));
    // Each run of wanted tokens is tagged alone, after O or the sentence start.
    let mut windows = Vec::new();
    for s in &sents {
        let mut a = s.start;
        while a < s.end {
            if !want[a] {
                a += 1;
                continue;
            }
            let mut b = a;
            while b < s.end && want[b] {
                b += 1;
            }
            windows.push((a..b, a > s.start));
            a = b;
        }
    }
    let (tags, margins) = two_passes(model, tokens, feats, &windows);
    let mut out = Vec::new();
    collect_spans(0, &tags, &margins, &mut out);
    out
}

/// Tags each window (token range, whether it follows a settled O), then
/// tags again the windows where a word has evidence from the rest of the
/// document (see `evidence`). Tokens outside every window stay O.
fn two_passes(
    model: &Model,
    tokens: &[Token],
    mut feats: Vec<u32>,
    windows: &[(Range<usize>, bool)],
) -> (Vec<u8>, Vec<f32>) {
    let mut tags = vec![O; tokens.len()];
    let mut margins = vec![f32::INFINITY; tokens.len()];
    let mut tag = |feats: &[u32], w: &Range<usize>, after_o: bool, tags: &mut [u8]| {
        let (t, m) = model.tag_window(&feats[w.start * STRIDE..w.end * STRIDE], after_o);
        tags[w.clone()].copy_from_slice(&t);
        margins[w.clone()].copy_from_slice(&m);
    };
    for (w, after_o) in windows {
        tag(&feats, w, *after_o, &mut tags);
    }
    let evidence = super::evidence::features(tokens, &tags);
    let mut changed = vec![false; tokens.len()];
    for (w, _) in windows {
        for i in w.clone() {
            if let Some(ev) = &evidence[i] {
                super::evidence::add(&mut feats, i, ev);
                changed[i] = true;
            }
        }
    }
    for (w, after_o) in windows {
        if changed[w.clone()].contains(&true) {
            tag(&feats, w, *after_o, &mut tags);
        }
    }
    (tags, margins)
}

/// Person spans of one tagged window starting at token `start`, each with the
/// smallest margin of its tokens.
fn collect_spans(start: usize, tags: &[u8], margins: &[f32], out: &mut Vec<(Range<usize>, f32)>) {
    let end = start + tags.len();
    let close = |a: usize, b: usize, out: &mut Vec<(Range<usize>, f32)>| {
        let m = margins[a - start..b - start]
            .iter()
            .copied()
            .fold(f32::INFINITY, f32::min);
        out.push((a..b, m));
    };
    let mut open: Option<usize> = None;
    for (k, &t) in tags.iter().enumerate() {
        let i = start + k;
        if t != I_PER {
            if let Some(a) = open.take() {
                close(a, i, out);
            }
        }
        if t == B_PER {
            open = Some(i);
        }
    }
    if let Some(a) = open {
        close(a, end, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn wanted(text: &str) -> Vec<(String, bool)> {
        let chars: Vec<char> = text.chars().collect();
        let tokens = tokenize(&chars);
        let sents = super::super::features::sentences(&tokens);
        let want = worth_tagging(&tokens, &sents);
        tokens.into_iter().map(|t| t.text).zip(want).collect()
    }

    #[test]
    fn initials_and_inner_capitals_are_tagged() {
        // Dropping single-letter initials cost 3 points of CoNLL F1 once.
        for (text, want) in wanted("they met J. K. Rowling and al-Assad there") {
            if ["J", "K", "Rowling", "al-Assad", "met", "and", "there"].contains(&text.as_str()) {
                assert!(want, "{text} must be tagged");
            }
        }
    }

    #[test]
    fn runs_of_lower_case_words_are_settled_without_scoring() {
        let w = wanted("Officials said the talks would go on for several more days");
        let skipped: Vec<&str> = w.iter().filter(|x| !x.1).map(|x| x.0.as_str()).collect();
        assert_eq!(
            skipped,
            ["the", "talks", "would", "go", "on", "for", "several", "more", "days"]
        );
    }

    #[test]
    fn windowed_tagging_finds_the_same_people_as_whole_sentences() {
        let Ok(model) = shipped() else { return };
        let text = "Belarusian Foreign Minister Vladimir Makei greeted the delegations, and \
                    the talks went on for hours before Makei left with J. K. Rowling.\n\
                    MAKEI SAYS TALKS WENT WELL";
        let chars: Vec<char> = text.chars().collect();
        let tokens = tokenize(&chars);
        let (feats, sents) = super::super::features::extract(&tokens);
        let whole: Vec<(Range<usize>, bool)> = sents.into_iter().map(|s| (s, false)).collect();
        let (tags, margins) = two_passes(model, &tokens, feats, &whole);
        let mut spans = Vec::new();
        collect_spans(0, &tags, &margins, &mut spans);
        let windowed = spans_with(model, &tokens);
        let ranges = |v: &[(Range<usize>, f32)]| v.iter().map(|x| x.0.clone()).collect::<Vec<_>>();
        assert_eq!(ranges(&windowed), ranges(&spans));
        assert!(!spans.is_empty());
    }
}
