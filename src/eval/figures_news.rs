//! Scores the figure finder on hand-labelled news articles the way a reader
//! meets it: highlights that overlap a gold figure (precision, recall, F1),
//! highlights whose span is exactly the gold span, and whether the value
//! is right on the figures that were found.
//!
//! Labels are per figure (tests/fixtures/figures/news/): the figure's exact
//! text as it appears, placed by `left` (text that ends right where the
//! figure begins) and/or `nth` (which of the remaining whole-word
//! occurrences, from 0); without either the text must occur once in the
//! scored part. Only the first `paragraphs` non-empty lines are scored when
//! that is set (the finder still reads the whole text). Text inside an
//! `ignore` phrase counts neither way. The file's `about` field states the
//! labelling policy.

use crate::eval::people_news::Prf;
use crate::figures::{self, Figure};
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct GoldFigure {
    pub text: String,
    #[serde(default)]
    pub left: Option<String>,
    #[serde(default)]
    pub nth: Option<usize>,
    pub kind: String,
    #[serde(default)]
    pub value: Option<f64>,
    #[serde(default)]
    pub low: Option<f64>,
    #[serde(default)]
    pub high: Option<f64>,
}

/// One labelled article: its text inline (`text`) or looked up by `id` in
/// a ground-truth file of the Scrapinghub layout.
#[derive(Debug, Clone, Deserialize)]
pub struct Article {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub split: Option<String>,
    /// Score only the first N non-empty lines (None: the whole text).
    #[serde(default)]
    pub paragraphs: Option<usize>,
    #[serde(default)]
    pub ignore: Vec<String>,
    pub figures: Vec<GoldFigure>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LabelFile {
    pub articles: Vec<Article>,
}

/// A placed gold figure: code-point span and its label's index.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GoldSpan {
    pub start: usize,
    pub end: usize,
    pub label: usize,
}

#[derive(Debug, Clone, Default)]
pub struct NewsScore {
    pub articles: usize,
    /// Highlights overlapping a gold figure.
    pub overlap: Prf,
    /// Highlights whose span equals a gold figure's.
    pub exact: Prf,
    /// Gold figures with a value, found (by overlap), and of those how
    /// many carry the gold value (or low and high).
    pub valued: usize,
    pub value_ok: usize,
    /// What went wrong, one line each.
    pub errors: Vec<String>,
}

impl NewsScore {
    pub fn value_accuracy(&self) -> f64 {
        self.value_ok as f64 / self.valued.max(1) as f64
    }
    pub fn add(&mut self, o: &NewsScore) {
        self.articles += o.articles;
        for (a, b) in [(&mut self.overlap, &o.overlap), (&mut self.exact, &o.exact)] {
            a.pred_ok += b.pred_ok;
            a.pred += b.pred;
            a.gold_ok += b.gold_ok;
            a.gold += b.gold;
        }
        self.valued += o.valued;
        self.value_ok += o.value_ok;
        self.errors.extend(o.errors.iter().cloned());
    }
}

/// Code-point spans of every occurrence of `needle` not inside a word.
fn occurrences(text: &[char], needle: &str, limit: usize) -> Vec<(usize, usize)> {
    let n: Vec<char> = needle.chars().collect();
    let mut out = Vec::new();
    if n.is_empty() || n.len() > limit {
        return out;
    }
    let word = |c: char| c.is_alphanumeric();
    // "5%" is not inside "3.5%" or "1,5%": a point or comma between
    // digits joins them.
    let joined_before = |s: usize| {
        word(text[s - 1])
            || (s >= 2 && matches!(text[s - 1], '.' | ',') && text[s - 2].is_ascii_digit())
    };
    let joined_after = |e: usize| {
        word(text[e])
            || (e + 1 < text.len() && matches!(text[e], '.' | ',') && text[e + 1].is_ascii_digit())
    };
    for s in 0..=limit - n.len() {
        let e = s + n.len();
        if text[s..e] == n[..]
            && (s == 0 || !(joined_before(s) && word(n[0])))
            && (e == text.len() || !(joined_after(e) && word(n[n.len() - 1])))
        {
            out.push((s, e));
        }
    }
    out
}

/// The code-point end of the scored part: after the first `n` non-empty
/// lines (the whole text when None).
pub fn scored_end(chars: &[char], n: Option<usize>) -> usize {
    let Some(n) = n else {
        return chars.len();
    };
    let mut seen = 0;
    let mut line_has_text = false;
    for (k, &c) in chars.iter().enumerate() {
        if c == '\n' {
            if line_has_text {
                seen += 1;
                if seen == n {
                    return k;
                }
            }
            line_has_text = false;
        } else if !c.is_whitespace() {
            line_has_text = true;
        }
    }
    chars.len()
}

/// An article's gold figures placed in its text.
#[derive(Debug, Clone, Default)]
pub struct Placed {
    /// The gold figures, in text order.
    pub gold: Vec<GoldSpan>,
    /// Code-point spans of the ignored phrases.
    pub ignored: Vec<(usize, usize)>,
    /// Where the scored part ends (code points).
    pub end: usize,
}

/// Places the gold figures of an article; an error names a label that
/// matches no occurrence, or more than one.
pub fn gold_spans(text: &str, a: &Article) -> Result<Placed, String> {
    let chars: Vec<char> = text.chars().collect();
    let end = scored_end(&chars, a.paragraphs);
    let ignored: Vec<(usize, usize)> = a
        .ignore
        .iter()
        .flat_map(|p| occurrences(&chars, p, chars.len()))
        .collect();
    let mut out = Vec::new();
    for (k, g) in a.figures.iter().enumerate() {
        let mut occ = occurrences(&chars, &g.text, end);
        if let Some(left) = &g.left {
            let l: Vec<char> = left.chars().collect();
            occ.retain(|&(s, _)| s >= l.len() && chars[s - l.len()..s] == l[..]);
        }
        let place = match g.nth {
            Some(n) => occ.get(n).copied(),
            None if occ.len() == 1 => Some(occ[0]),
            None => None,
        };
        let Some((s, e)) = place else {
            return Err(format!(
                "{:?}: figure {:?} (left {:?}, nth {:?}) has {} candidate occurrences",
                a.id,
                g.text,
                g.left,
                g.nth,
                occ.len()
            ));
        };
        if out.iter().any(|o: &GoldSpan| o.start < e && s < o.end) {
            return Err(format!("{:?}: figure {:?} overlaps another", a.id, g.text));
        }
        out.push(GoldSpan {
            start: s,
            end: e,
            label: k,
        });
    }
    out.sort_by_key(|m| m.start);
    Ok(Placed {
        gold: out,
        ignored,
        end,
    })
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => (x - y).abs() <= 1e-6 * x.abs().max(y.abs()).max(1.0),
        _ => false,
    }
}

/// Scores one article's predictions (`found`, from `figures::find`).
pub fn score_article(text: &str, a: &Article, found: &[Figure]) -> Result<NewsScore, String> {
    let Placed { gold, ignored, end } = gold_spans(text, a)?;
    let chars: Vec<char> = text.chars().collect();
    let snippet = |s: usize, e: usize| -> String {
        let a = s.saturating_sub(40);
        let b = (e + 40).min(chars.len());
        chars[a..b].iter().collect::<String>().replace('\n', " / ")
    };
    let label =
        a.id.as_deref()
            .map(|i| &i[..8.min(i.len())])
            .unwrap_or("text");
    // Predictions beyond the scored part, or on ignored text, count
    // neither way.
    let pred: Vec<&Figure> = found
        .iter()
        .filter(|f| f.start < end && !ignored.iter().any(|&i| overlaps(i, (f.start, f.end))))
        .collect();
    let mut sc = NewsScore {
        articles: 1,
        ..Default::default()
    };
    for f in &pred {
        let span = (f.start, f.end);
        let exact = gold.iter().any(|g| (g.start, g.end) == span);
        let over = gold.iter().find(|g| overlaps((g.start, g.end), span));
        sc.overlap.pred += 1;
        sc.overlap.pred_ok += over.is_some() as usize;
        sc.exact.pred += 1;
        sc.exact.pred_ok += exact as usize;
        match over {
            None => sc.errors.push(format!(
                "{label} FP {:?} ({}) in «{}»",
                f.text,
                f.kind,
                snippet(f.start, f.end)
            )),
            Some(g) if !exact => sc.errors.push(format!(
                "{label} SPAN found {:?}, gold {:?}",
                f.text, a.figures[g.label].text
            )),
            _ => {}
        }
    }
    for g in &gold {
        let gf = &a.figures[g.label];
        let span = (g.start, g.end);
        let exact = pred.iter().any(|f| (f.start, f.end) == span);
        // The found figure that covers most of the gold one.
        let best = pred
            .iter()
            .filter(|f| overlaps((f.start, f.end), span))
            .max_by_key(|f| f.end.min(g.end) - f.start.max(g.start));
        sc.overlap.gold += 1;
        sc.overlap.gold_ok += best.is_some() as usize;
        sc.exact.gold += 1;
        sc.exact.gold_ok += exact as usize;
        let Some(f) = best else {
            sc.errors.push(format!(
                "{label} FN {:?} ({}) in «{}»",
                gf.text,
                gf.kind,
                snippet(g.start, g.end)
            ));
            continue;
        };
        if gf.value.is_some() || gf.low.is_some() || gf.high.is_some() {
            sc.valued += 1;
            let ok = same(f.value, gf.value) && same(f.low, gf.low) && same(f.high, gf.high);
            sc.value_ok += ok as usize;
            if !ok {
                sc.errors.push(format!(
                    "{label} VALUE {:?}: found {:?} [{:?}, {:?}], gold {:?} [{:?}, {:?}]",
                    gf.text, f.value, f.low, f.high, gf.value, gf.low, gf.high
                ));
            }
        }
    }
    Ok(sc)
}

/// Scores every article of `labels` in `split` (all when None); `texts`
/// looks up an article's text by id.
pub fn score_file(
    labels: &LabelFile,
    split: Option<&str>,
    texts: &dyn Fn(&str) -> Option<String>,
) -> Result<NewsScore, String> {
    let mut total = NewsScore::default();
    for a in &labels.articles {
        if split.is_some_and(|s| a.split.as_deref() != Some(s)) {
            continue;
        }
        let text = match (&a.text, &a.id) {
            (Some(t), _) => t.clone(),
            (None, Some(id)) => texts(id).ok_or_else(|| format!("no text for article {id}"))?,
            (None, None) => return Err("article without text or id".into()),
        };
        let found = figures::find(&text);
        total.add(&score_article(&text, a, &found)?);
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(json: serde_json::Value) -> Article {
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn gold_figures_are_placed_by_left_context_or_index_within_the_scored_part() {
        let a = article(serde_json::json!({"paragraphs": 2, "figures": [
            {"text": "5 people", "left": "killed ", "kind": "count", "value": 5},
            {"text": "5 people", "nth": 2, "kind": "count", "value": 5},
            {"text": "$3", "kind": "money", "value": 3}]}));
        let text =
            "It killed 5 people; 5 people fled.\n\nIt cost $3 and hurt 5 people.\nNot 5 people.";
        let Placed { gold: g, end, .. } = gold_spans(text, &a).unwrap();
        let spans: Vec<&str> = g.iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(spans, ["5 people", "$3", "5 people"]);
        assert!(text[..g[2].start].ends_with("hurt "));
        assert_eq!(
            &text[..end],
            "It killed 5 people; 5 people fled.\n\nIt cost $3 and hurt 5 people."
        );
        let ambiguous = article(serde_json::json!({"figures": [
            {"text": "5 people", "kind": "count"}]}));
        assert!(gold_spans(text, &ambiguous).is_err());
    }

    #[test]
    fn overlap_exact_and_value_are_counted_separately() {
        let a = article(serde_json::json!({"figures": [
            {"text": "at least 12 people", "kind": "count", "value": 12},
            {"text": "$4 million", "kind": "money", "value": 4000000}]}));
        let text = "Police said at least 12 people and $4 million were lost in one day.";
        let found = figures::find(text);
        let s = score_article(text, &a, &found).unwrap();
        assert_eq!(s.overlap.gold, 2);
        assert_eq!(s.overlap.gold_ok, 2);
        assert_eq!(s.valued, 2);
        assert_eq!(s.value_ok, 2);
        assert_eq!(s.exact.gold_ok, 2, "{:?}", s.errors);
    }
}
