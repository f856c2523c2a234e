//! The key-facts list a reader sees in the panel: each figure with its value,
//! what it counts and the sentence it is in; each official and other person
//! once, with their role and how often they are mentioned. Built from the
//! report, so the panel and the highlights never disagree.

use crate::report::{figure_value, Report};
use serde::Serialize;

/// More items than a panel can show helpfully; the rest are counted in `more`.
const MAX_ITEMS: usize = 300;
/// A sentence longer than this is cut around the figure (bytes each side).
const CONTEXT_BYTES: usize = 160;

#[derive(Debug, Clone, Default, Serialize)]
pub struct Facts {
    pub figures: Vec<FigureFact>,
    pub officials: Vec<PersonFact>,
    pub people: Vec<PersonFact>,
    /// Items left out of the lists above.
    pub more: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct FigureFact {
    /// Index into the report's figures (the marks' `entity`).
    pub entity: usize,
    /// The highlighted words.
    pub text: String,
    /// Normalised: qualifier, value or range, unit.
    pub value: String,
    pub kind: &'static str,
    pub counts: Option<String>,
    pub sentence: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PersonFact {
    /// Index into the report's people of the first mention.
    pub entity: usize,
    pub name: String,
    pub role: Option<String>,
    pub mentions: usize,
}

pub fn build(report: &Report) -> Facts {
    let mut facts = Facts::default();
    let mut bytes = ByteOffsets::new(&report.article_text);
    for (k, f) in report.figures.iter().enumerate() {
        if facts.figures.len() == MAX_ITEMS {
            facts.more += report.figures.len() - k;
            break;
        }
        let at = bytes.of(f.figure.start);
        let end = bytes.of(f.figure.end);
        facts.figures.push(FigureFact {
            entity: k,
            text: f.figure.text.clone(),
            value: figure_value(&f.figure),
            kind: f.figure.kind,
            counts: f.figure.counts.clone(),
            sentence: sentence_around(&report.article_text, at, end),
        });
    }
    for (k, p) in report.people.iter().enumerate() {
        let list = if p.person.official {
            &mut facts.officials
        } else {
            &mut facts.people
        };
        if let Some(known) = list.iter_mut().find(|e| e.name == p.person.name) {
            known.mentions += 1;
            if known.role.is_none() {
                known.role = p.person.role.clone();
            }
        } else if list.len() == MAX_ITEMS {
            facts.more += 1;
        } else {
            list.push(PersonFact {
                entity: k,
                name: p.person.name.clone(),
                role: p.person.role.clone(),
                mentions: 1,
            });
        }
    }
    facts
}

/// Code-point offsets to byte offsets, for offsets asked in increasing order
/// (one pass over the text however many figures it has).
struct ByteOffsets<'a> {
    text: &'a str,
    chars: usize,
    byte: usize,
}

impl<'a> ByteOffsets<'a> {
    fn new(text: &'a str) -> Self {
        ByteOffsets {
            text,
            chars: 0,
            byte: 0,
        }
    }

    fn of(&mut self, chars: usize) -> usize {
        if chars < self.chars {
            // Out of order: start again (figures come sorted, so this is rare).
            self.chars = 0;
            self.byte = 0;
        }
        for c in self.text[self.byte..].chars() {
            if self.chars == chars {
                break;
            }
            self.chars += 1;
            self.byte += c.len_utf8();
        }
        self.byte
    }
}

/// The sentence holding text[start..end] (bytes), cut to CONTEXT_BYTES each
/// side with an ellipsis. A sentence ends at a line break or at . ! ? before
/// a space.
fn sentence_around(text: &str, start: usize, end: usize) -> String {
    let floor = floor_char(text, start.saturating_sub(CONTEXT_BYTES));
    let ceil = ceil_char(text, (end + CONTEXT_BYTES).min(text.len()));
    let before = &text[floor..start];
    let from = before
        .char_indices()
        .rev()
        .find(|&(i, c)| c == '\n' || (matches!(c, '.' | '!' | '?') && next_is_space(before, i)))
        .map(|(i, c)| floor + i + c.len_utf8());
    let after = &text[end..ceil];
    let to = after
        .char_indices()
        .find(|&(i, c)| c == '\n' || (matches!(c, '.' | '!' | '?') && next_is_space(after, i)))
        .map(|(i, c)| end + i + if c == '\n' { 0 } else { c.len_utf8() });
    let mut s = String::new();
    if from.is_none() && floor > 0 {
        s.push('…');
    }
    s.push_str(text[from.unwrap_or(floor)..to.unwrap_or(ceil)].trim());
    if to.is_none() && ceil < text.len() {
        s.push('…');
    }
    s
}

fn next_is_space(s: &str, i: usize) -> bool {
    s[i + 1..].chars().next().is_none_or(char::is_whitespace)
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::{build, sentence_around};

    #[test]
    fn figures_come_with_their_sentence_and_people_once_with_mentions() {
        let report = crate::analyze_text(
            "The war began in February. At least 352 Ukrainian civilians have died, the U.N. said. \
             Belarusian Foreign Minister Vladimir Makei spoke on Monday. Later Makei left.",
        );
        let facts = build(&report);
        let f = &facts.figures[0];
        assert_eq!(f.value, "at least 352");
        assert_eq!(f.counts.as_deref(), Some("civilians"));
        assert!(f.sentence.starts_with("At least 352"), "{}", f.sentence);
        let makei = facts
            .officials
            .iter()
            .find(|p| p.name == "Vladimir Makei")
            .unwrap();
        assert_eq!(makei.mentions, 2);
        assert!(makei.role.as_deref().unwrap().contains("Foreign Minister"));
    }

    #[test]
    fn long_sentences_are_cut_on_character_boundaries() {
        let text = format!("{}352 people{}", "é".repeat(400), "ü".repeat(400));
        let start = text.find("352").unwrap();
        let s = sentence_around(&text, start, start + "352 people".len());
        assert!(s.starts_with('…') && s.ends_with('…') && s.contains("352 people"));
        assert!(s.len() < 2 * super::CONTEXT_BYTES + 40);
    }
}
