//! Person-recognition scores: exact-span PER precision/recall/F1 over
//! CoNLL-style documents (the full `people::find` pipeline on the plain
//! text, or the tagger alone), and how often gold politicians come out
//! official (CrossNER).

use super::conll::Doc;
use crate::people;
use crate::tokens::tokenize;
use std::collections::HashSet;

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    /// Gold spans of the "official" types, and how many came out official.
    pub official_gold: usize,
    pub official_hit: usize,
    /// Gold non-official persons that came out official.
    pub person_gold: usize,
    pub person_flagged: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// What to score: the whole pipeline (name spans of `people::find`) or the
/// tagger's raw spans.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Source {
    Pipeline,
    Tagger,
}

/// Predicted (start, end, official) name spans of one text.
pub fn predict(text: &str, source: Source) -> Vec<(usize, usize, bool)> {
    match source {
        Source::Pipeline => people::find(text)
            .into_iter()
            .map(|p| (p.name_start, p.name_end, p.official))
            .collect(),
        Source::Tagger => {
            let chars: Vec<char> = text.chars().collect();
            let tokens = tokenize(&chars);
            people::tagger::person_spans(&tokens)
                .into_iter()
                .map(|r| (tokens[r.start].start, tokens[r.end - 1].end, false))
                .collect()
        }
    }
}

/// Scores `docs`: span types in `person` count as persons, those in
/// `official` (a subset) should come out official.
pub fn score(docs: &[Doc], person: &[&str], official: &[&str], source: Source) -> Counts {
    let mut c = Counts::default();
    for d in docs {
        let gold: Vec<(usize, usize, &str)> = d
            .spans
            .iter()
            .filter(|s| person.contains(&s.2.as_str()))
            .map(|s| (s.0, s.1, s.2.as_str()))
            .collect();
        let pred = predict(&d.text, source);
        let pred_set: HashSet<(usize, usize)> = pred.iter().map(|p| (p.0, p.1)).collect();
        let gold_set: HashSet<(usize, usize)> = gold.iter().map(|g| (g.0, g.1)).collect();
        c.tp += pred_set.intersection(&gold_set).count();
        c.fp += pred_set.difference(&gold_set).count();
        c.fn_ += gold_set.difference(&pred_set).count();
        for (s, e, kind) in &gold {
            let flagged = pred.iter().any(|p| p.0 == *s && p.1 == *e && p.2);
            if official.contains(kind) {
                c.official_gold += 1;
                c.official_hit += flagged as usize;
            } else {
                c.person_gold += 1;
                c.person_flagged += flagged as usize;
            }
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_spans_only() {
        let doc = Doc {
            text: "Russian President Vladimir Putin met CNN .".into(),
            spans: vec![(18, 32, "PER".into()), (37, 40, "ORG".into())],
        };
        let c = score(&[doc], &["PER"], &[], Source::Pipeline);
        assert_eq!((c.tp, c.fp, c.fn_), (1, 0, 0));
    }
}
