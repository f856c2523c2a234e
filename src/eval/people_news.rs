//! Scores the person finder on hand-labelled news articles the way a reader
//! meets it: person highlights (exact name spans and overlapping spans),
//! the official flag (with how often a plain person is wrongly flagged),
//! and whether surname-only mentions link to the right full name.
//!
//! Labels are per person, not per offset (tests/fixtures/people/news/):
//! a full name, whether the article states a public office for them (null:
//! unclear, left out of the official score) and the written forms of the
//! name. Every whole-word occurrence of a form is a gold mention, longest
//! forms first; text inside an `ignore` phrase counts neither way.

use crate::people::{self, Person};
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct GoldPerson {
    pub name: String,
    pub official: Option<bool>,
    pub forms: Vec<String>,
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
    #[serde(default)]
    pub ignore: Vec<String>,
    pub people: Vec<GoldPerson>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LabelFile {
    pub articles: Vec<Article>,
}

/// A gold mention: code-point span of the name and the person's index.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GoldMention {
    pub start: usize,
    pub end: usize,
    pub person: usize,
}

/// Precision/recall counts.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    /// Predictions that are right, all predictions, gold items found, all gold.
    pub pred_ok: usize,
    pub pred: usize,
    pub gold_ok: usize,
    pub gold: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        self.pred_ok as f64 / self.pred.max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.gold_ok as f64 / self.gold.max(1) as f64
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: &Prf) {
        self.pred_ok += o.pred_ok;
        self.pred += o.pred;
        self.gold_ok += o.gold_ok;
        self.gold += o.gold;
    }
}

#[derive(Debug, Clone, Default)]
pub struct NewsScore {
    pub articles: usize,
    /// Name spans (name_start..name_end) equal to a gold mention.
    pub exact: Prf,
    /// Highlights (start..end) overlapping a gold mention.
    pub overlap: Prf,
    /// Official highlights over gold mentions of officials (by overlap).
    pub official: Prf,
    /// Gold mentions of plain persons, and how many came out official.
    pub plain: usize,
    pub plain_flagged: usize,
    /// Surname-only (one-word) gold mentions, and how many link to the
    /// right full name (to themselves when none is stated).
    pub links: usize,
    pub links_ok: usize,
    /// What went wrong, one line each.
    pub errors: Vec<String>,
}

impl NewsScore {
    pub fn link_rate(&self) -> f64 {
        self.links_ok as f64 / self.links.max(1) as f64
    }
    pub fn plain_flag_rate(&self) -> f64 {
        self.plain_flagged as f64 / self.plain.max(1) as f64
    }
    pub fn add(&mut self, o: &NewsScore) {
        self.articles += o.articles;
        self.exact.add(&o.exact);
        self.overlap.add(&o.overlap);
        self.official.add(&o.official);
        self.plain += o.plain;
        self.plain_flagged += o.plain_flagged;
        self.links += o.links;
        self.links_ok += o.links_ok;
        self.errors.extend(o.errors.iter().cloned());
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Code-point spans of every whole-word occurrence of `needle`.
fn occurrences(text: &[char], needle: &str) -> Vec<(usize, usize)> {
    let n: Vec<char> = needle.chars().collect();
    let mut out = Vec::new();
    if n.is_empty() || n.len() > text.len() {
        return out;
    }
    for s in 0..=text.len() - n.len() {
        let e = s + n.len();
        if text[s..e] == n[..]
            && (s == 0 || !is_word_char(text[s - 1]))
            && (e == text.len() || !is_word_char(text[e]))
        {
            out.push((s, e));
        }
    }
    out
}

/// The gold mentions of an article (in text order) and the code-point
/// spans of its ignored phrases.
pub fn gold_mentions(text: &str, a: &Article) -> (Vec<GoldMention>, Vec<(usize, usize)>) {
    let chars: Vec<char> = text.chars().collect();
    let ignored: Vec<(usize, usize)> = a
        .ignore
        .iter()
        .flat_map(|p| occurrences(&chars, p))
        .collect();
    let mut forms: Vec<(&str, usize)> = a
        .people
        .iter()
        .enumerate()
        .flat_map(|(k, p)| p.forms.iter().map(move |f| (f.as_str(), k)))
        .collect();
    forms.sort_by_key(|f| std::cmp::Reverse(f.0.chars().count()));
    let mut taken = vec![false; chars.len()];
    for &(s, e) in &ignored {
        taken[s..e].fill(true);
    }
    let mut out = Vec::new();
    for (form, person) in forms {
        for (s, e) in occurrences(&chars, form) {
            if taken[s..e].iter().any(|&t| t) {
                continue;
            }
            taken[s..e].fill(true);
            out.push(GoldMention {
                start: s,
                end: e,
                person,
            });
        }
    }
    out.sort_by_key(|m| m.start);
    (out, ignored)
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Scores one article's predictions (`found`, from `people::find`).
pub fn score_article(text: &str, a: &Article, found: &[Person]) -> NewsScore {
    let (gold, ignored) = gold_mentions(text, a);
    let chars: Vec<char> = text.chars().collect();
    let snippet = |s: usize, e: usize| -> String {
        let a = s.saturating_sub(40);
        let b = (e + 40).min(chars.len());
        chars[a..b].iter().collect::<String>().replace('\n', " / ")
    };
    // Predictions inside ignored text count neither way.
    let pred: Vec<&Person> = found
        .iter()
        .filter(|p| {
            !ignored
                .iter()
                .any(|&i| overlaps(i, (p.name_start, p.name_end)))
        })
        .collect();
    let mut sc = NewsScore {
        articles: 1,
        ..Default::default()
    };
    let label =
        a.id.as_deref()
            .map(|i| &i[..8.min(i.len())])
            .unwrap_or("text");
    let official_of = |g: &GoldMention| a.people[g.person].official;
    for p in &pred {
        let name = (p.name_start, p.name_end);
        let span = (p.start, p.end);
        let exact = gold.iter().any(|g| (g.start, g.end) == name);
        let over: Vec<&GoldMention> = gold
            .iter()
            .filter(|g| overlaps((g.start, g.end), span))
            .collect();
        sc.exact.pred += 1;
        sc.exact.pred_ok += exact as usize;
        sc.overlap.pred += 1;
        sc.overlap.pred_ok += !over.is_empty() as usize;
        if !exact {
            sc.errors.push(format!(
                "{label} FP name {:?} in «{}»",
                p.text,
                snippet(p.start, p.end)
            ));
        }
        if p.official {
            // An official highlight on someone whose office is unclear is
            // left out; one on nobody, or on a plain person, is wrong.
            let unclear = !over.is_empty() && over.iter().all(|g| official_of(g).is_none());
            if !unclear {
                let ok = over.iter().any(|g| official_of(g) == Some(true));
                sc.official.pred += 1;
                sc.official.pred_ok += ok as usize;
                if !ok {
                    sc.errors.push(format!(
                        "{label} FP official {:?} role {:?} in «{}»",
                        p.text,
                        p.role,
                        snippet(p.start, p.end)
                    ));
                }
            }
        }
    }
    for g in &gold {
        let gp = &a.people[g.person];
        let span = (g.start, g.end);
        let exact = pred.iter().find(|p| (p.name_start, p.name_end) == span);
        let over: Vec<&&Person> = pred
            .iter()
            .filter(|p| overlaps((p.start, p.end), span))
            .collect();
        sc.exact.gold += 1;
        sc.exact.gold_ok += exact.is_some() as usize;
        sc.overlap.gold += 1;
        sc.overlap.gold_ok += !over.is_empty() as usize;
        let form: String = chars[g.start..g.end].iter().collect();
        if exact.is_none() {
            sc.errors.push(format!(
                "{label} FN name {form:?} ({}) in «{}»{}",
                gp.name,
                snippet(g.start, g.end),
                over.first()
                    .map(|p| format!(" [found {:?}]", p.text))
                    .unwrap_or_default()
            ));
        }
        match gp.official {
            Some(true) => {
                sc.official.gold += 1;
                let hit = over.iter().any(|p| p.official);
                sc.official.gold_ok += hit as usize;
                if !hit && !over.is_empty() {
                    sc.errors.push(format!(
                        "{label} FN official {form:?} ({}) in «{}»",
                        gp.name,
                        snippet(g.start, g.end)
                    ));
                }
            }
            Some(false) => {
                sc.plain += 1;
                sc.plain_flagged += over.iter().any(|p| p.official) as usize;
            }
            None => {}
        }
        if !form.contains(' ') {
            sc.links += 1;
            let ok = exact.is_some_and(|p| p.name == gp.name);
            sc.links_ok += ok as usize;
            if !ok && exact.is_some() {
                sc.errors.push(format!(
                    "{label} LINK {form:?} -> {:?}, want {:?}",
                    exact.map(|p| p.name.as_str()).unwrap_or(""),
                    gp.name
                ));
            }
        }
    }
    sc
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
        let found = people::find(&text);
        total.add(&score_article(&text, a, &found));
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
    fn gold_mentions_take_longest_forms_whole_words_and_skip_ignored_text() {
        let a = article(
            serde_json::json!({"ignore": ["Haqqani network"], "people": [
            {"name": "Joe Biden", "official": true, "forms": ["Joe Biden", "Biden"]},
            {"name": "Hunter Biden", "official": false, "forms": ["Hunter Biden"]},
            {"name": "Anas Haqqani", "official": false, "forms": ["Haqqani"]}]}),
        );
        let text = "Joe Biden and Hunter Biden; the Bidens. Biden's Haqqani network, Haqqani.";
        let (g, _) = gold_mentions(text, &a);
        let spans: Vec<(&str, usize)> = g
            .iter()
            .map(|m| (&text[m.start..m.end], m.person))
            .collect();
        assert_eq!(
            spans,
            [
                ("Joe Biden", 0),
                ("Hunter Biden", 1),
                ("Biden", 0),
                ("Haqqani", 2)
            ]
        );
    }

    #[test]
    fn a_plain_person_flagged_official_and_a_wrong_link_are_counted() {
        let a = article(serde_json::json!({"people": [
            {"name": "Ann Lee", "official": false, "forms": ["Ann Lee", "Lee"]},
            {"name": "Bo Kim", "official": true, "forms": ["Bo Kim", "Kim"]}]}));
        let text = "Ann Lee met Bo Kim. Lee left. Kim stayed.";
        let p = |s: usize, e: usize, name: &str, official: bool| Person {
            text: text[s..e].into(),
            start: s,
            end: e,
            name: name.into(),
            official,
            role: None,
            name_start: s,
            name_end: e,
        };
        let found = [
            p(0, 7, "Ann Lee", true),
            p(12, 18, "Bo Kim", true),
            p(20, 23, "Lee", false),
            p(30, 33, "Kim", false),
        ];
        let s = score_article(text, &a, &found);
        assert_eq!((s.exact.pred_ok, s.exact.gold), (4, 4));
        assert_eq!((s.plain, s.plain_flagged), (2, 1));
        assert_eq!((s.official.pred_ok, s.official.pred), (1, 2));
        assert_eq!((s.official.gold_ok, s.official.gold), (1, 2));
        assert_eq!((s.links_ok, s.links), (0, 2));
    }
}
