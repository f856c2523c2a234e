//! Features of the person tagger, shared by training and inference so the
//! two cannot drift. Each feature is a 32-bit FNV hash of a template id and
//! a string; nothing here allocates per feature.

use super::lexicon::{NOT_NAME, OFFICIAL_TITLES, OTHER_TITLES};
use crate::tokens::Token;
use std::collections::HashSet;
use std::ops::Range;

/// Abbreviations whose dot ends no sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Jr",
    "Sr", "Prof", "Rev", "Adm", "Maj", "No", "vs", "Mt", "Ft", "Jan", "Feb", "Aug", "Sept", "Oct",
    "Nov", "Dec",
];

/// Bump when templates change: a model trained on other features is refused.
pub const FEATURE_VERSION: u16 = 1;

/// A token's precomputed views.
struct View {
    lower: String,
    shape: String,
    short: String,
}

fn shape(text: &str, collapse: bool) -> String {
    let mut s = String::new();
    let mut last = '\0';
    for c in text.chars().take(12) {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if !(collapse && k == last) {
            s.push(k);
        }
        last = k;
    }
    s
}

#[inline]
fn fnv(template: u8, parts: &[&str]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    let mut eat = |b: u8| {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    };
    eat(template);
    for p in parts {
        for &b in p.as_bytes() {
            eat(b);
        }
        eat(0x1f);
    }
    h
}

/// Sentences inside each line: a break after . ! ? (and closing quotes)
/// before a capital, a quote or a digit. Lines are the product's blocks and
/// CoNLL's sentences.
pub fn sentences(tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..tokens.len() {
        if i > start && tokens[i].line_start {
            out.push(start..i);
            start = i;
            continue;
        }
        let t = &tokens[i].text;
        // "J. Smith", "Gen. Milley": a dot after an initial or a title ends
        // no sentence.
        let abbrev = i > 0 && t == "." && {
            let w = tokens[i - 1].text.as_str();
            (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
                || ABBREVIATIONS.contains(&w)
        };
        if i > start && !abbrev && matches!(t.as_str(), "." | "!" | "?") {
            let mut j = i + 1;
            while tokens.get(j).is_some_and(|n| {
                !n.line_start && matches!(n.text.as_str(), "\"" | "”" | "’" | "'" | ")")
            }) {
                j += 1;
            }
            let next_starts = tokens.get(j).is_some_and(|n| {
                !n.line_start
                    && n.text
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c.is_numeric() || "\"“‘'(".contains(c))
            });
            if next_starts {
                out.push(start..j);
                start = j;
            }
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// Most words of the sentence capitalised: a headline or a table row.
fn headline(tokens: &[Token]) -> bool {
    let words: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.is_word() && t.text.chars().count() > 3)
        .collect();
    let caps = words
        .iter()
        .filter(|t| t.is_capitalized() || t.is_all_caps())
        .count();
    words.len() >= 3 && caps * 10 >= words.len() * 7
}

/// Token index after a title phrase ending there: 1 official, 2 other.
fn after_title(tokens: &[Token]) -> Vec<u8> {
    let mut out = vec![0u8; tokens.len()];
    for i in 0..tokens.len() {
        let lower = tokens[i].lower();
        for (list, kind) in [(OFFICIAL_TITLES, 1u8), (OTHER_TITLES, 2u8)] {
            for p in list {
                // Cheap first-word test before the token-by-token match.
                let head = p.split(' ').next().unwrap_or_default();
                if head.trim_end_matches('.') != lower {
                    continue;
                }
                if let Some(end) = super::phrase_end(tokens, i, p) {
                    if end < out.len() && out[end] == 0 {
                        out[end] = kind;
                    }
                }
            }
        }
    }
    out
}

/// Feature hashes of every token of a document, and its sentences.
pub fn extract(tokens: &[Token]) -> (Vec<Vec<u32>>, Vec<Range<usize>>) {
    let views: Vec<View> = tokens
        .iter()
        .map(|t| View {
            lower: t.lower(),
            shape: shape(&t.text, false),
            short: shape(&t.text, true),
        })
        .collect();
    let sents = sentences(tokens);
    let titled = after_title(tokens);
    // Document evidence: a capitalised word also seen lower-case is likely a
    // common word; one seen capitalised mid-sentence is likely a name.
    let mut lower_seen: HashSet<&str> = HashSet::new();
    let mut midcap_seen: HashSet<&str> = HashSet::new();
    let mut first = vec![false; tokens.len()];
    let mut head = vec![false; tokens.len()];
    for s in &sents {
        first[s.start] = true;
        let h = headline(&tokens[s.clone()]);
        for i in s.clone() {
            head[i] = h;
            let t = &tokens[i];
            if t.text.chars().next().is_some_and(|c| c.is_lowercase()) {
                lower_seen.insert(views[i].lower.as_str());
            } else if i > s.start && !h && t.is_capitalized() {
                midcap_seen.insert(views[i].lower.as_str());
            }
        }
    }
    let mut out = Vec::with_capacity(tokens.len());
    for s in &sents {
        for i in s.clone() {
            let v = &views[i];
            let at = |k: isize| -> Option<&View> {
                let j = i as isize + k;
                if j < s.start as isize || j >= s.end as isize {
                    None
                } else {
                    Some(&views[j as usize])
                }
            };
            let word = |k: isize| at(k).map_or(if k < 0 { "<s>" } else { "</s>" }, |v| &v.lower);
            let short = |k: isize| at(k).map_or("_", |v| &v.short);
            let text = tokens[i].text.as_str();
            let mut f = Vec::with_capacity(40);
            f.push(fnv(0, &[]));
            f.push(fnv(1, &[text]));
            f.push(fnv(2, &[&v.lower]));
            f.push(fnv(3, &[&v.shape]));
            f.push(fnv(4, &[&v.short]));
            let chars: Vec<(usize, char)> = v.lower.char_indices().collect();
            let n = chars.len();
            for k in 1..=4usize.min(n) {
                let cut = chars.get(k).map_or(v.lower.len(), |c| c.0);
                f.push(fnv(4 + k as u8, &[&v.lower[..cut]]));
                let from = chars[n - k].0;
                f.push(fnv(8 + k as u8, &[&v.lower[from..]]));
            }
            f.push(fnv(13, &[word(-1)]));
            f.push(fnv(14, &[word(-2)]));
            f.push(fnv(15, &[word(1)]));
            f.push(fnv(16, &[word(2)]));
            f.push(fnv(17, &[short(-1)]));
            f.push(fnv(18, &[short(1)]));
            f.push(fnv(19, &[word(-1), &v.short]));
            f.push(fnv(20, &[&v.short, word(1)]));
            f.push(fnv(21, &[word(-1), &v.lower]));
            f.push(fnv(22, &[&v.lower, word(1)]));
            f.push(fnv(23, &[short(-1), &v.short, short(1)]));
            let flag = |b: bool| if b { "1" } else { "0" };
            f.push(fnv(24, &[flag(first[i]), flag(head[i]), &v.short]));
            let cap = tokens[i].is_capitalized() || tokens[i].is_all_caps();
            if cap {
                f.push(fnv(
                    25,
                    &[
                        flag(lower_seen.contains(v.lower.as_str())),
                        flag(midcap_seen.contains(v.lower.as_str())),
                        flag(first[i]),
                    ],
                ));
            }
            if titled[i] > 0 {
                f.push(fnv(26, &[if titled[i] == 1 { "o" } else { "t" }]));
            }
            if NOT_NAME.contains(&v.lower.as_str()) {
                f.push(fnv(27, &[]));
            }
            f.push(fnv(28, &[word(-2), word(-1)]));
            f.push(fnv(29, &[word(1), word(2)]));
            out.push(f);
        }
    }
    (out, sents)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn split(s: &str) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        let toks = tokenize(&chars);
        sentences(&toks)
            .into_iter()
            .map(|r| {
                toks[r]
                    .iter()
                    .map(|t| t.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn splits_sentences_not_initialisms() {
        assert_eq!(
            split("He met the U.S. envoy. “Fine,” Makei said.\nNext line. ( P. Simmons 4-38 ), Gen. Mark Milley"),
            vec![
                "He met the U.S. envoy .",
                "“ Fine , ” Makei said .",
                "Next line .",
                "( P . Simmons 4-38 ) , Gen . Mark Milley"
            ]
        );
    }

    #[test]
    fn shapes() {
        assert_eq!(shape("Makei-2", false), "Xxxxx-d");
        assert_eq!(shape("Makei-2", true), "Xx-d");
    }
}
