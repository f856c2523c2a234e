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
    /// Predictions whose highlight overlaps a gold span, and gold spans
    /// overlapped by some highlight (the "overlapping spans" score).
    pub overlap_pred_ok: usize,
    pub overlap_gold_ok: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    pub fn overlap_precision(&self) -> f64 {
        self.overlap_pred_ok as f64 / (self.tp + self.fp).max(1) as f64
    }
    pub fn overlap_recall(&self) -> f64 {
        self.overlap_gold_ok as f64 / (self.tp + self.fn_).max(1) as f64
    }
    pub fn overlap_f1(&self) -> f64 {
        f1(self.overlap_precision(), self.overlap_recall())
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Which documents of a set to score: all, or one half of them by
/// document number (even: the half tuned on; odd: held out, only ever
/// scored).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Half {
    All,
    Tune,
    HeldOut,
}

pub fn half(docs: Vec<Doc>, h: Half) -> Vec<Doc> {
    docs.into_iter()
        .enumerate()
        .filter(|(k, _)| match h {
            Half::All => true,
            Half::Tune => k % 2 == 0,
            Half::HeldOut => k % 2 == 1,
        })
        .map(|(_, d)| d)
        .collect()
}

/// What to score: the whole pipeline (name spans of `people::find`) or the
/// tagger's raw spans.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Source {
    Pipeline,
    Tagger,
}

/// One prediction: the name span, the whole highlight, the official flag.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Predicted {
    pub name: (usize, usize),
    pub span: (usize, usize),
    pub official: bool,
}

/// Predicted people of one text.
pub fn predict(text: &str, source: Source) -> Vec<Predicted> {
    match source {
        Source::Pipeline => people::find(text)
            .into_iter()
            .map(|p| Predicted {
                name: (p.name_start, p.name_end),
                span: (p.start, p.end),
                official: p.official,
            })
            .collect(),
        Source::Tagger => {
            let chars: Vec<char> = text.chars().collect();
            let tokens = tokenize(&chars);
            people::tagger::person_spans(&tokens)
                .into_iter()
                .map(|r| {
                    let s = (tokens[r.start].start, tokens[r.end - 1].end);
                    Predicted {
                        name: s,
                        span: s,
                        official: false,
                    }
                })
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
        let pred_set: HashSet<(usize, usize)> = pred.iter().map(|p| p.name).collect();
        let gold_set: HashSet<(usize, usize)> = gold.iter().map(|g| (g.0, g.1)).collect();
        c.tp += pred_set.intersection(&gold_set).count();
        c.fp += pred_set.difference(&gold_set).count();
        c.fn_ += gold_set.difference(&pred_set).count();
        let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
        // Counted over the distinct name spans, as the exact score is.
        let spans: HashSet<(usize, usize)> = pred.iter().map(|p| p.span).collect();
        c.overlap_pred_ok += pred_set
            .iter()
            .filter(|&&n| {
                let span = pred.iter().find(|p| p.name == n).map_or(n, |p| p.span);
                gold_set.iter().any(|&g| overlaps(g, span))
            })
            .count();
        c.overlap_gold_ok += gold_set
            .iter()
            .filter(|&&g| spans.iter().any(|&s| overlaps(g, s)))
            .count();
        for (s, e, kind) in &gold {
            let flagged = pred.iter().any(|p| p.name == (*s, *e) && p.official);
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

/// The exact-span misses of `docs`, one line each with some context:
/// "FP" for a predicted name span that is not gold, "FN" for a gold one not
/// predicted (for `factlight eval people ... --errors`).
pub fn span_errors(docs: &[Doc], person: &[&str], source: Source) -> Vec<String> {
    let mut out = Vec::new();
    for d in docs {
        let chars: Vec<char> = d.text.chars().collect();
        let ctx = |s: usize, e: usize| -> String {
            let line_start = chars[..s]
                .iter()
                .rposition(|&c| c == '\n')
                .map_or(0, |k| k + 1);
            let line_end = chars[e..]
                .iter()
                .position(|&c| c == '\n')
                .map_or(chars.len(), |k| e + k);
            let a = s.saturating_sub(50).max(line_start);
            let b = (e + 50).min(line_end);
            format!(
                "{}[{}]{}",
                chars[a..s].iter().collect::<String>(),
                chars[s..e].iter().collect::<String>(),
                chars[e..b].iter().collect::<String>()
            )
        };
        let gold: HashSet<(usize, usize)> = d
            .spans
            .iter()
            .filter(|s| person.contains(&s.2.as_str()))
            .map(|s| (s.0, s.1))
            .collect();
        let pred: HashSet<(usize, usize)> = predict(&d.text, source)
            .into_iter()
            .map(|p| p.name)
            .collect();
        let mut lines: Vec<(usize, String)> = pred
            .difference(&gold)
            .map(|&(s, e)| (s, format!("FP {}", ctx(s, e))))
            .chain(
                gold.difference(&pred)
                    .map(|&(s, e)| (s, format!("FN {}", ctx(s, e)))),
            )
            .collect();
        lines.sort();
        out.extend(lines.into_iter().map(|l| l.1));
    }
    out
}

/// Role/official accuracy over checks: each expected mention (text, name,
/// official, role) found exactly, and each negative case with no person.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RoleScore {
    pub checks: usize,
    pub passed: usize,
    /// What failed, for the CLI and test messages.
    pub failures: Vec<String>,
}

impl RoleScore {
    pub fn accuracy(&self) -> f64 {
        self.passed as f64 / self.checks.max(1) as f64
    }
    fn check(&mut self, ok: bool, what: impl FnOnce() -> String) {
        self.checks += 1;
        if ok {
            self.passed += 1;
        } else {
            self.failures.push(what());
        }
    }
}

/// Scores the fixture format of tests/fixtures/people/roles.json: a list of
/// `{pattern, text, mentions: [{text, name, official, role}]}`; an empty
/// `mentions` means no one may be highlighted, and each text listed in an
/// optional `unlinked` may be highlighted only as itself (linked to nobody
/// else).
pub fn score_roles(cases: &serde_json::Value) -> Result<RoleScore, String> {
    let mut r = RoleScore::default();
    for case in cases.as_array().ok_or("fixtures are not a list")? {
        let text = case["text"].as_str().ok_or("case without text")?;
        let pattern = case["pattern"].as_str().unwrap_or("");
        let found = people::find(text);
        let expected = case["mentions"].as_array().ok_or("case without mentions")?;
        if expected.is_empty() {
            r.check(found.is_empty(), || {
                format!("{pattern}: nobody expected, found {:?}", texts(&found))
            });
        }
        for u in case["unlinked"].as_array().into_iter().flatten() {
            let u = u.as_str().unwrap_or("");
            let bad: Vec<&people::Person> = found
                .iter()
                .filter(|p| p.text == u && p.name != u)
                .collect();
            r.check(bad.is_empty(), || {
                format!("{pattern}: {u:?} must link to nobody else, found {bad:?}")
            });
        }
        for m in expected {
            let ok = found.iter().any(|p| {
                Some(p.text.as_str()) == m["text"].as_str()
                    && Some(p.name.as_str()) == m["name"].as_str()
                    && Some(p.official) == m["official"].as_bool()
                    && p.role.as_deref() == m["role"].as_str()
            });
            r.check(ok, || format!("{pattern}: {m} not in {:?}", found));
        }
    }
    Ok(r)
}

fn texts(found: &[people::Person]) -> Vec<&str> {
    found.iter().map(|p| p.text.as_str()).collect()
}

/// Scores the seed page's `officials` block of expected.json against the
/// people the page's report lists: each official's name, role and mentions,
/// each non-official person, and each must-not text.
pub fn score_seed(found: &[people::Person], expected: &serde_json::Value) -> RoleScore {
    let mut r = RoleScore::default();
    let o = &expected["officials"];
    let list = |v: &serde_json::Value| v.as_array().cloned().unwrap_or_default();
    for e in list(&o["must"]) {
        let name = e["name"].as_str().unwrap_or("");
        let role = e["role"].as_str();
        let of: Vec<_> = found.iter().filter(|p| p.name == name).collect();
        r.check(
            of.iter().any(|p| p.official && p.role.as_deref() == role),
            || format!("{name} as official {role:?}"),
        );
        for m in list(&e["mentions"]) {
            let m = m.as_str().unwrap_or("");
            r.check(of.iter().any(|p| p.official && p.text.contains(m)), || {
                format!("mention {m:?} of {name}")
            });
        }
    }
    for who in list(&o["persons_not_officials"]) {
        let who = who.as_str().unwrap_or("");
        let hits: Vec<_> = found.iter().filter(|p| p.text.contains(who)).collect();
        r.check(!hits.is_empty() && hits.iter().all(|p| !p.official), || {
            format!("{who} as a person, not an official")
        });
    }
    for bad in list(&o["must_not"]) {
        let bad = bad.as_str().unwrap_or("");
        r.check(!found.iter().any(|p| bad.contains(p.text.trim())), || {
            format!("{bad:?} must not be a person")
        });
    }
    r
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

    #[test]
    fn role_checks_count_misses_and_false_highlights() {
        let cases = serde_json::json!([
            {"text": "Chancellor Olaf Scholz spoke.", "mentions": [
                {"text": "Chancellor Olaf Scholz", "name": "Olaf Scholz", "official": true, "role": "Chancellor"},
                {"text": "Scholz", "name": "Olaf Scholz", "official": true, "role": "Chancellor"}]},
            {"text": "It rained in Kyiv.", "mentions": []}
        ]);
        let r = score_roles(&cases).unwrap();
        assert_eq!((r.checks, r.passed), (3, 2), "{:?}", r.failures);
    }
}
