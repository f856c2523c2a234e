//! Scorers for the figure finder on two public data sets.
//!
//! Recognizers-Text specs (`factlight eval figures recognizers DIR`): a case
//! PASSES when the finder's results for that model's type are exactly the
//! expected ones: same count, and every expected result has a result with
//! the same span (Start/End, End inclusive) and the same value (relative
//! difference below 1e-6). Extra results fail the case. Cases marked
//! NotSupported for some platform are scored like any other. The
//! NumberModel reads numbers alone: digits glued to a unit of measure
//! ("180ml") are a measure there, not a number. Expected
//! results without a value (a unit named alone: "fahrenheit") are out of
//! scope: a unit without a number is not a figure, so such cases fail.
//!
//! Other cases out of scope (they count as failed; README lists them by
//! class): dates, IP addresses, phone numbers and codes that the spec
//! reads as numbers (the product must not highlight them); mixed locales
//! in one sentence ("1.111,11, 1,111.11", "5,00", "1,3"); "percent of 10"
//! (the number after its unit); Chinese money words ("kuai", "mao"); a
//! unit repeated without a number between ("50 dollar dollar"); angle
//! units in words ("half turn", "0.8rad"); a spaced minus at line start
//! ("- 1 4/5", a list bullet in news text).
//!
//! NewsQuant (`factlight eval figures newsquant FILE`): the product's
//! highlights (`figures::find`, the default policy) are matched to the gold
//! quantities of each sentence by value (a range by both ends); each gold
//! quantity matches at most once. Precision = matched / highlighted, recall
//! = matched / gold. "Concept matched": a content word of the highlight
//! (its counted noun, unit or unit word; "$" reads "dollar", "%" reads
//! "percent") occurs, singularised, among the gold unit, normalised unit or
//! referred-concept words.
//!
//! The dev file is split in two fixed parts by a hash of each sentence's
//! text (FNV-1a, 64 bits): about a third is held out and never tuned on, so
//! the gap between the parts shows rules that fit the tuning sentences.
//! Errors are listed for the tuning part only.

use crate::figures::{self, Figure, Options};
use serde_json::Value;
use std::path::Path;

/// The scored Recognizers files and the model each one tests.
pub const RECOGNIZER_FILES: &[(&str, Model)] = &[
    ("Number/NumberModel.json", Model::Number),
    ("Number/PercentModel.json", Model::Percent),
    ("NumberWithUnit/CurrencyModel.json", Model::Currency),
    ("NumberWithUnit/DimensionModel.json", Model::Dimension),
    ("NumberWithUnit/AgeModel.json", Model::Age),
    ("NumberWithUnit/TemperatureModel.json", Model::Temperature),
];

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Model {
    Number,
    Percent,
    Currency,
    Dimension,
    Age,
    Temperature,
}

/// One result as (start, end exclusive, value) in code points.
type Span = (usize, usize, f64);

/// What the finder reports for one model, in scorer mode (bare numbers on).
pub fn predict(model: Model, text: &str) -> Vec<Span> {
    let opts = Options {
        bare_numbers: model == Model::Number,
        ..Options::default()
    };
    let figs = figures::find_with(text, &opts);
    let pick = |f: &Figure| -> Option<Span> {
        let v = f.value?;
        let (s, e) = f.quantity_span;
        let dim = f.dimension.unwrap_or("");
        match model {
            // Digits glued to a unit ("180ml") are a measure, not a number.
            Model::Number => (!(f.kind == "measure" && glued_unit(text, f.number_span)))
                .then_some((f.number_span.0, f.number_span.1, v)),
            Model::Percent => (f.kind == "percent").then_some((s, e, v)),
            Model::Currency => (f.kind == "money").then_some((s, e, v)),
            Model::Age => (dim == "age").then_some((s, e, v)),
            Model::Temperature => (dim == "temperature").then_some((s, e, v)),
            Model::Dimension => (f.kind == "measure"
                && !matches!(dim, "age" | "temperature" | "duration"))
            .then_some((s, e, v)),
        }
    };
    figs.iter().filter_map(pick).collect()
}

/// Digits with letters glued after them in the number's span (code
/// points): "180ml", "29km".
fn glued_unit(text: &str, (start, end): (usize, usize)) -> bool {
    let span: Vec<char> = text.chars().skip(start).take(end - start).collect();
    let digits = span.iter().position(|c| c.is_ascii_digit());
    let letter = span.iter().rposition(|c| c.is_alphabetic());
    matches!((digits, letter), (Some(d), Some(l)) if l > d && span[d..l].iter().all(|c| !c.is_whitespace()))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-9)
}

fn parse_value(v: &Value) -> Option<f64> {
    let s = v.as_str()?.trim_end_matches('%');
    s.parse().ok()
}

/// Does the finder pass one spec case?
pub fn case_passes(model: Model, case: &Value) -> bool {
    let input = case["Input"].as_str().unwrap_or("");
    let got = predict(model, input);
    let expected = case["Results"].as_array().cloned().unwrap_or_default();
    if got.len() != expected.len() {
        return false;
    }
    expected.iter().all(|r| {
        let (Some(s), Some(e), Some(v)) = (
            r["Start"].as_u64(),
            r["End"].as_u64(),
            parse_value(&r["Resolution"]["value"]),
        ) else {
            return false; // a unit named without a number: out of scope
        };
        got.iter()
            .any(|g| g.0 == s as usize && g.1 == e as usize + 1 && close(g.2, v))
    })
}

#[derive(Debug, Clone)]
pub struct ModelScore {
    pub file: &'static str,
    pub passed: usize,
    pub total: usize,
    /// Inputs of the failed cases, for reading.
    pub failed: Vec<String>,
}

pub fn recognizers(dir: &Path) -> Result<Vec<ModelScore>, String> {
    let mut out = Vec::new();
    for &(file, model) in RECOGNIZER_FILES {
        let path = dir.join(file);
        let raw =
            std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let cases: Value = serde_json::from_slice(&raw).map_err(|e| format!("{file}: {e}"))?;
        let cases = cases.as_array().ok_or("spec file is not a list")?;
        let mut s = ModelScore {
            file,
            passed: 0,
            total: cases.len(),
            failed: Vec::new(),
        };
        for c in cases {
            if case_passes(model, c) {
                s.passed += 1;
            } else {
                s.failed.push(c["Input"].as_str().unwrap_or("").to_string());
            }
        }
        out.push(s);
    }
    Ok(out)
}

#[derive(Debug, Clone, Default)]
pub struct NewsQuantScore {
    pub sentences: usize,
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    pub concept_matched: usize,
    /// (sentence, false positives, missed gold values) for reading.
    pub errors: Vec<(String, Vec<String>, Vec<String>)>,
}

impl NewsQuantScore {
    pub fn precision(&self) -> f64 {
        self.matched as f64 / self.predicted.max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.matched as f64 / self.gold.max(1) as f64
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn concept_rate(&self) -> f64 {
        self.concept_matched as f64 / self.matched.max(1) as f64
    }
}

/// Gold value "12" or a range "12-120" (the first '-' after a digit splits).
fn gold_range(v: &str) -> Option<(f64, f64)> {
    let v = v.trim();
    if let Ok(x) = v.parse::<f64>() {
        return Some((x, x));
    }
    let cut = v.char_indices().skip(1).find(|&(_, c)| c == '-')?.0;
    // Some gold ranges are spaced: "3.0 - 4.0".
    Some((
        v[..cut].trim().parse().ok()?,
        v[cut + 1..].trim().parse().ok()?,
    ))
}

fn figure_range(f: &Figure) -> Option<(f64, f64)> {
    match (f.value, f.low, f.high) {
        (Some(v), _, _) => Some((v, v)),
        (None, Some(l), Some(h)) => Some((l, h)),
        _ => None,
    }
}

fn singular(w: &str) -> String {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '$' && c != '%');
    let w = match w {
        "$" | "us$" | "usd" | "dollars" => "dollar",
        "%" | "percentage" | "pct" => "percent",
        "€" | "eur" | "euros" => "euro",
        "£" | "gbp" => "pound",
        _ => w,
    };
    w.strip_suffix('s')
        .filter(|s| s.len() > 2)
        .unwrap_or(w)
        .to_string()
}

fn words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| c.is_whitespace() || c == ',' || c == '-' || c == '/')
        .filter(|w| !w.is_empty())
        .map(singular)
        .collect()
}

/// The words a highlight says it quantifies.
fn figure_words(f: &Figure) -> Vec<String> {
    let mut w = Vec::new();
    let num_end = f.number_span.1.saturating_sub(f.start);
    let after: String = f.text.chars().skip(num_end).collect();
    w.extend(words(&after));
    for extra in [&f.unit, &f.counts].into_iter().flatten() {
        w.extend(words(extra));
    }
    if f.kind == "money" && f.unit.as_deref().is_some_and(|u| u.ends_with("USD")) {
        w.push("dollar".into());
    }
    if f.kind == "percent" {
        w.push("percent".into());
    }
    w.retain(|x| x.chars().any(|c| c.is_alphabetic()) || x == "$");
    w
}

/// The two fixed parts of the NewsQuant dev file.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Part {
    /// The sentences rules may be tuned on (about two thirds).
    Tune,
    /// Never read, never tuned on: scored only.
    HeldOut,
}

/// Which part a sentence belongs to: a hash of its text, so the split does
/// not move when the file's order does.
pub fn part_of(text: &str) -> Part {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    if h.is_multiple_of(3) {
        Part::HeldOut
    } else {
        Part::Tune
    }
}

/// Scores of the whole file, of its tuning part and of its held-out part.
#[derive(Debug, Clone, Default)]
pub struct NewsQuantParts {
    /// Its `errors` stay empty: they would show the held-out ones.
    pub all: NewsQuantScore,
    pub tune: NewsQuantScore,
    /// Its `errors` stay empty: nobody reads them.
    pub held_out: NewsQuantScore,
}

impl NewsQuantScore {
    fn add(&mut self, other: &NewsQuantScore) {
        self.sentences += other.sentences;
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.matched += other.matched;
        self.concept_matched += other.concept_matched;
    }
}

/// The file scored whole and in its two parts.
pub fn newsquant_parts(file: &Path) -> Result<NewsQuantParts, String> {
    let mut p = NewsQuantParts::default();
    for (text, s) in newsquant_sentences(file)? {
        p.all.add(&s);
        match part_of(&text) {
            Part::Tune => {
                p.tune.add(&s);
                p.tune.errors.extend(s.errors);
            }
            Part::HeldOut => p.held_out.add(&s),
        }
    }
    Ok(p)
}

/// Each sentence's text with its own score.
fn newsquant_sentences(file: &Path) -> Result<Vec<(String, NewsQuantScore)>, String> {
    let raw = std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let data: Value = serde_json::from_slice(&raw).map_err(|e| format!("bad NewsQuant: {e}"))?;
    let mut out = Vec::new();
    for sent in data.as_array().ok_or("NewsQuant is not a list")? {
        let mut s = NewsQuantScore {
            sentences: 1,
            ..NewsQuantScore::default()
        };
        let text = sent["text"].as_str().unwrap_or("");
        let gold: Vec<&Value> = sent["quantities"]
            .as_array()
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        let figs = figures::find(text);
        s.gold += gold.len();
        s.predicted += figs.len();
        let mut used = vec![false; gold.len()];
        let mut fps = Vec::new();
        for f in &figs {
            let Some((lo, hi)) = figure_range(f) else {
                fps.push(f.text.clone());
                continue;
            };
            let hit = gold.iter().enumerate().position(|(k, g)| {
                !used[k]
                    && gold_range(g["value"].as_str().unwrap_or(""))
                        .is_some_and(|(a, b)| close(a, lo) && close(b, hi))
            });
            let Some(k) = hit else {
                fps.push(format!("{} ({lo}-{hi})", f.text));
                continue;
            };
            used[k] = true;
            s.matched += 1;
            let g = gold[k];
            let mut gw = Vec::new();
            for key in ["unit", "normalized_unit", "referred_concepts"] {
                gw.extend(words(g[key].as_str().unwrap_or("")));
            }
            if figure_words(f).iter().any(|w| gw.contains(w)) {
                s.concept_matched += 1;
            }
        }
        let missed: Vec<String> = gold
            .iter()
            .zip(&used)
            .filter(|(_, u)| !**u)
            .map(|(g, _)| format!("{} {}", g["value"], g["unit"]))
            .collect();
        if !fps.is_empty() || !missed.is_empty() {
            s.errors.push((text.to_string(), fps, missed));
        }
        out.push((text.to_string(), s));
    }
    Ok(out)
}

/// The figure fixtures (tests/fixtures/figures/classes.json) checked.
#[derive(Debug, Clone, Default)]
pub struct FixtureScore {
    /// Cases checked, and how many of them passed.
    pub checks: usize,
    pub passed: usize,
    /// Per class: (passed, cases), in file order.
    pub classes: Vec<(String, usize, usize)>,
    /// One line per failed case: class, text, expected and found.
    pub failures: Vec<String>,
}

/// Scores the fixture cases `{"class", "text", "figures": [{"text",
/// "value" | "low" and "high", "counts"?}]}`: a case passes when the
/// product's highlights (`figures::find`) are exactly the listed ones, in
/// order, with the listed values (a negative case lists none).
pub fn score_fixtures(cases: &Value) -> Result<FixtureScore, String> {
    let mut s = FixtureScore::default();
    for case in cases.as_array().ok_or("fixtures are not a list")? {
        let class = case["class"].as_str().ok_or("a case has no class")?;
        let text = case["text"].as_str().ok_or("a case has no text")?;
        let want = case["figures"].as_array().ok_or("a case has no figures")?;
        let got = figures::find(text);
        let ok =
            got.len() == want.len() && got.iter().zip(want).all(|(g, w)| fixture_matches(g, w));
        s.checks += 1;
        s.passed += ok as usize;
        match s.classes.iter_mut().find(|c| c.0 == class) {
            Some(c) => {
                c.1 += ok as usize;
                c.2 += 1;
            }
            None => s.classes.push((class.to_string(), ok as usize, 1)),
        }
        if !ok {
            let found: Vec<String> = got
                .iter()
                .map(|f| match figure_range(f) {
                    Some((lo, hi)) if lo == hi => format!("{:?} {lo}", f.text),
                    Some((lo, hi)) => format!("{:?} {lo}-{hi}", f.text),
                    None => format!("{:?}", f.text),
                })
                .collect();
            s.failures.push(format!(
                "[{class}] {text:?}\n    expected {}\n    found    [{}]",
                Value::Array(want.clone()),
                found.join(", ")
            ));
        }
    }
    Ok(s)
}

/// One found figure against one expected entry of a fixture.
fn fixture_matches(f: &Figure, want: &Value) -> bool {
    let num = |k: &str| want.get(k).and_then(Value::as_f64);
    let same = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => close(a, b),
        (None, None) => true,
        _ => false,
    };
    let values = match num("value") {
        Some(v) => same(f.value, Some(v)),
        None => f.value.is_none() && same(f.low, num("low")) && same(f.high, num("high")),
    };
    let counts = want
        .get("counts")
        .is_none_or(|c| c.as_str() == f.counts.as_deref());
    want["text"].as_str() == Some(f.text.as_str()) && values && counts
}

/// Newsy text with many figures, repeated to `bytes`.
pub fn sample_text(bytes: usize) -> String {
    const PARA: &str =
        "At least 352 Ukrainian civilians have died, the U.N. said on Feb 28, 2022, \
while more than 500,000 refugees fled and $1.2 billion in aid arrived. Prices rose 40% \
over 3.5 miles of road; dozens of buildings and tens of thousands of troops were seen \
by the second-largest city at 1 p.m. on Monday, some two hundred and fifty people said.\n";
    PARA.repeat(bytes / PARA.len() + 1)
}

/// Measures `figures::find` on `text` repeated to `bytes` (a built-in
/// paragraph dense with figures if None), in MB/s.
pub fn throughput_mb_s(bytes: usize, text: Option<&str>) -> f64 {
    let text = match text {
        Some(t) if !t.is_empty() => t.repeat(bytes / t.len() + 1),
        _ => sample_text(bytes),
    };
    let t0 = std::time::Instant::now();
    let toks = crate::tokens::tokenize_str(&text).len();
    if std::env::var("FACTLIGHT_PROFILE").is_ok() {
        eprintln!(
            "tokenize: {:.0} ms ({toks} tokens)",
            t0.elapsed().as_secs_f64() * 1e3
        );
    }
    let started = std::time::Instant::now();
    let n = figures::find(&text).len();
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    assert!(n > 0);
    text.len() as f64 / 1e6 / secs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_gold_ranges_and_concept_words() {
        assert_eq!(gold_range("12-120"), Some((12.0, 120.0)));
        assert_eq!(gold_range("-5"), Some((-5.0, -5.0)));
        assert_eq!(gold_range("1e6-1e7"), Some((1e6, 1e7)));
        assert_eq!(gold_range("3.0 - 4.0"), Some((3.0, 4.0)));
        assert!(glued_unit("the 180ml liquid", (4, 9)));
        assert!(!glued_unit("the 180 ml liquid", (4, 7)));
        assert_eq!(words("US$ per barrel"), vec!["dollar", "per", "barrel"]);
    }

    #[test]
    fn a_case_needs_exact_span_and_value_and_nothing_extra() {
        let case: Value = serde_json::from_str(
            r#"{"Input":"it is 40% up","Results":[{"Start":6,"End":8,"Resolution":{"value":"40%"}}]}"#,
        )
        .unwrap();
        assert!(case_passes(Model::Percent, &case));
        let wrong: Value = serde_json::from_str(
            r#"{"Input":"it is 40% up","Results":[{"Start":6,"End":7,"Resolution":{"value":"40%"}}]}"#,
        )
        .unwrap();
        assert!(!case_passes(Model::Percent, &wrong));
        let none: Value = serde_json::from_str(r#"{"Input":"it is 40% up","Results":[]}"#).unwrap();
        assert!(!case_passes(Model::Percent, &none));
    }
}
