//! The article-extraction benchmark's own metric (scrapinghub
//! article-extraction-benchmark, evaluate.py): word 4-gram shingles per
//! page, tp/fp/fn normalised per page, precision and recall averaged over
//! pages, F1 the harmonic mean of the two means.

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct PageScore {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

impl PageScore {
    pub fn f1(&self) -> f64 {
        let d = 2.0 * self.tp + self.fp + self.fn_;
        if d == 0.0 {
            0.0
        } else {
            2.0 * self.tp / d
        }
    }
}

/// `\w+` tokens (Unicode word characters, case kept).
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric() || c == '_' || is_mark(c);
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// Python's `\w` also matches combining marks.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x064B..=0x065F | 0x0900..=0x0903 | 0x093A..=0x094F)
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let toks = tokens(text);
    let mut out = HashMap::new();
    if toks.is_empty() {
        return out;
    }
    if toks.len() < 4 {
        *out.entry(toks).or_default() += 1;
        return out;
    }
    for w in toks.windows(4) {
        *out.entry(w.to_vec()).or_default() += 1;
    }
    out
}

/// Scores one page: the three counts divided by their sum.
pub fn score_page(predicted: &str, truth: &str) -> PageScore {
    let p = shingles(predicted);
    let t = shingles(truth);
    let mut tp = 0usize;
    let mut fp = 0usize;
    for (k, &n) in &p {
        let m = t.get(k).copied().unwrap_or(0);
        tp += n.min(m);
        fp += n.saturating_sub(m);
    }
    let fn_: usize = t
        .iter()
        .map(|(k, &m)| m.saturating_sub(p.get(k).copied().unwrap_or(0)))
        .sum();
    let total = (tp + fp + fn_) as f64;
    if total == 0.0 {
        return PageScore::default();
    }
    PageScore {
        tp: tp as f64 / total,
        fp: fp as f64 / total,
        fn_: fn_ as f64 / total,
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub median_page_f1: f64,
}

pub fn summarize(scores: &[PageScore]) -> Summary {
    let mean = |f: &dyn Fn(&PageScore) -> Option<f64>| {
        let v: Vec<f64> = scores.iter().filter_map(f).collect();
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let precision = mean(&|s| (s.tp + s.fp > 0.0).then(|| s.tp / (s.tp + s.fp)));
    let recall = mean(&|s| (s.tp + s.fn_ > 0.0).then(|| s.tp / (s.tp + s.fn_)));
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    let mut f1s: Vec<f64> = scores.iter().map(PageScore::f1).collect();
    f1s.sort_by(|a, b| a.total_cmp(b));
    let median_page_f1 = if f1s.is_empty() {
        0.0
    } else if f1s.len() % 2 == 1 {
        f1s[f1s.len() / 2]
    } else {
        (f1s[f1s.len() / 2 - 1] + f1s[f1s.len() / 2]) / 2.0
    };
    Summary {
        precision,
        recall,
        f1,
        median_page_f1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_texts_score_one_and_disjoint_zero() {
        let s = score_page("one two three four five", "one two three four five");
        assert_eq!((s.tp, s.fp, s.fn_), (1.0, 0.0, 0.0));
        let s = score_page("a b c d", "w x y z");
        assert_eq!(s.tp, 0.0);
        let s = score_page("short", "short");
        assert_eq!(s.tp, 1.0);
    }

    #[test]
    fn summary_is_harmonic_mean_of_means() {
        let pages = [
            PageScore {
                tp: 0.5,
                fp: 0.5,
                fn_: 0.0,
            },
            PageScore {
                tp: 1.0,
                fp: 0.0,
                fn_: 0.0,
            },
        ];
        let s = summarize(&pages);
        assert!((s.precision - 0.75).abs() < 1e-9);
        assert!((s.recall - 1.0).abs() < 1e-9);
        assert!((s.f1 - 2.0 * 0.75 / 1.75).abs() < 1e-9);
    }
}
