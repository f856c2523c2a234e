//! Features of the person tagger, shared by training and inference so the
//! two cannot drift. Each feature is a 32-bit FNV hash of a template id and
//! a string; nothing here allocates per feature.

use crate::tokens::Token;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

/// Abbreviations whose dot ends no sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Jr",
    "Sr", "Prof", "Rev", "Adm", "Maj", "No", "vs", "Mt", "Ft", "Jan", "Feb", "Aug", "Sept", "Oct",
    "Nov", "Dec",
];

/// Bump when templates change: a model trained on other features is refused.
pub const FEATURE_VERSION: u16 = 5;

#[cfg(test)]
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

/// `fnv(3, [shape(text, false)])` and `fnv(4, [shape(text, true)])` in one
/// pass without building the strings (the tagger's hottest loop).
fn shape_hashes(text: &str) -> (u32, u32) {
    let step = |h: u32, b: u8| (h ^ b as u32).wrapping_mul(0x0100_0193);
    let eat = |mut h: u32, c: char| {
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            h = step(h, b);
        }
        h
    };
    let (mut full, mut short) = (step(0x811c_9dc5, 3), step(0x811c_9dc5, 4));
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
        full = eat(full, k);
        if k != last {
            short = eat(short, k);
        }
        last = k;
    }
    (step(full, 0x1f), step(short, 0x1f))
}

#[inline]
pub(super) fn fnv(template: u8, parts: &[&str]) -> u32 {
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
        if let Some((end, official)) = super::title_at(tokens, i) {
            if end < out.len() && out[end] == 0 {
                out[end] = if official { 1 } else { 2 };
            }
        }
    }
    out
}

/// One token's feature slots.
struct Slots<'a> {
    out: &'a mut [u32],
    n: usize,
}

impl Slots<'_> {
    fn push(&mut self, h: u32) {
        // NONE marks an empty slot, so no feature may hash to it. A token
        // has at most 35 local features and `evidence::SLOTS` document
        // ones; a template added past STRIDE is dropped
        // (and caught by the test below), never a panic.
        if let Some(slot) = self.out.get_mut(self.n) {
            *slot = if h == NONE { 1 } else { h };
            self.n += 1;
        }
    }
}

/// A cheap hasher for the per-document sets of already-hashed words.
#[derive(Default)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }
    fn write_u32(&mut self, v: u32) {
        self.0 = (self.0.rotate_left(5) ^ v as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

pub type Fx = BuildHasherDefault<FxHasher>;

/// Combines a template id with hashed parts (cheap: the strings were
/// hashed once per token).
#[inline]
pub(super) fn mix(template: u32, parts: &[u32]) -> u32 {
    let mut h = template.wrapping_mul(0x9e37_79b1) ^ 0x5bd1_e995;
    for &p in parts {
        h = (h.rotate_left(13) ^ p).wrapping_mul(0x85eb_ca6b);
    }
    h ^= h >> 16;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^ (h >> 13)
}

/// A token's hashed views.
#[derive(Clone, Copy)]
struct Hashed {
    text: u32,
    lower: u32,
    shape: u32,
    short: u32,
}

/// Feature slots per token: token i's hashes are `[i * STRIDE, (i + 1) *
/// STRIDE)`, padded with `NONE` (one flat buffer, no allocation per token).
pub const STRIDE: usize = 40;

/// Occurrences of the same word elsewhere whose neighbours become features.
const OTHER_CONTEXTS: usize = 3;
pub const NONE: u32 = 0;

/// Feature hashes of every token of a document (see `STRIDE`), and its
/// sentences. Only training and tests tag whole documents; the finder asks
/// for the words it needs (`extract_for`).
#[cfg(any(test, feature = "train"))]
pub fn extract(tokens: &[Token]) -> (Vec<u32>, Vec<Range<usize>>) {
    extract_for(tokens, None)
}

/// `extract`, filling only the tokens `want` asks for (others stay empty);
/// document-wide evidence is still gathered from every token.
pub fn extract_for(tokens: &[Token], want: Option<&[bool]>) -> (Vec<u32>, Vec<Range<usize>>) {
    let lowers: Vec<Cow<str>> = tokens.iter().map(super::lc).collect();
    let hashed: Vec<Hashed> = tokens
        .iter()
        .zip(&lowers)
        .map(|(t, l)| {
            let (shape, short) = shape_hashes(&t.text);
            Hashed {
                text: fnv(1, &[&t.text]),
                lower: fnv(2, &[l]),
                shape,
                short,
            }
        })
        .collect();
    let sents = sentences(tokens);
    let titled = after_title(tokens);
    // Document evidence: a capitalised word also seen lower-case is likely a
    // common word; one seen capitalised mid-sentence is likely a name.
    let mut lower_seen: HashSet<u32, Fx> = HashSet::default();
    let mut midcap_seen: HashSet<u32, Fx> = HashSet::default();
    let mut first = vec![false; tokens.len()];
    let mut head = vec![false; tokens.len()];
    for s in &sents {
        first[s.start] = true;
        let h = headline(&tokens[s.clone()]);
        for i in s.clone() {
            head[i] = h;
            let t = &tokens[i];
            if t.text.chars().next().is_some_and(|c| c.is_lowercase()) {
                lower_seen.insert(hashed[i].lower);
            } else if i > s.start && !h && t.is_capitalized() {
                midcap_seen.insert(hashed[i].lower);
            }
        }
    }
    // The contexts of each capitalised word's first few occurrences (its
    // position, the words before and after it): a name that is missed
    // where it stands alone is still the word that "said" or "told"
    // follows elsewhere ("Juangroongruangkit said").
    let mut contexts: HashMap<u32, Vec<(usize, u32, u32)>, Fx> = HashMap::default();
    for s in &sents {
        for i in s.clone() {
            let t = &tokens[i];
            if t.is_capitalized() || t.is_all_caps() {
                let prev = if i > s.start { hashed[i - 1].lower } else { 1 };
                let next = if i + 1 < s.end {
                    hashed[i + 1].lower
                } else {
                    2
                };
                let v = contexts.entry(hashed[i].lower).or_default();
                if v.len() <= OTHER_CONTEXTS {
                    v.push((i, prev, next));
                }
            }
        }
    }
    const START: Hashed = Hashed {
        text: 1,
        lower: 1,
        shape: 1,
        short: 1,
    };
    const END: Hashed = Hashed {
        text: 2,
        lower: 2,
        shape: 2,
        short: 2,
    };
    let mut out = vec![NONE; tokens.len() * STRIDE];
    for s in &sents {
        for i in s.clone() {
            if want.is_some_and(|w| !w[i]) {
                continue;
            }
            let v = hashed[i];
            let at = |k: isize| -> Hashed {
                let j = i as isize + k;
                if j < s.start as isize {
                    START
                } else if j >= s.end as isize {
                    END
                } else {
                    hashed[j as usize]
                }
            };
            let (p1, p2, n1, n2) = (at(-1), at(-2), at(1), at(2));
            let mut f = Slots {
                out: &mut out[i * STRIDE..(i + 1) * STRIDE],
                n: 0,
            };
            f.push(mix(0, &[]));
            f.push(mix(1, &[v.text]));
            f.push(mix(2, &[v.lower]));
            f.push(mix(3, &[v.shape]));
            f.push(mix(4, &[v.short]));
            // Affixes of up to four characters.
            let lower = &*lowers[i];
            let n = lower.chars().count();
            let mut cuts = lower.char_indices().map(|c| c.0).skip(1);
            for k in 1..=4usize.min(n) {
                let cut = cuts.next().unwrap_or(lower.len());
                f.push(fnv(4 + k as u8, &[&lower[..cut]]));
            }
            let mut froms = lower.char_indices().rev().map(|c| c.0);
            for k in 1..=4usize.min(n) {
                let from = froms.next().unwrap_or(0);
                f.push(fnv(8 + k as u8, &[&lower[from..]]));
            }
            f.push(mix(13, &[p1.lower]));
            f.push(mix(14, &[p2.lower]));
            f.push(mix(15, &[n1.lower]));
            f.push(mix(16, &[n2.lower]));
            f.push(mix(17, &[p1.short]));
            f.push(mix(18, &[n1.short]));
            f.push(mix(19, &[p1.lower, v.short]));
            f.push(mix(20, &[v.short, n1.lower]));
            f.push(mix(21, &[p1.lower, v.lower]));
            f.push(mix(22, &[v.lower, n1.lower]));
            f.push(mix(23, &[p1.short, v.short, n1.short]));
            f.push(mix(24, &[first[i] as u32, head[i] as u32, v.short]));
            if tokens[i].is_capitalized() || tokens[i].is_all_caps() {
                f.push(mix(
                    25,
                    &[
                        lower_seen.contains(&v.lower) as u32,
                        midcap_seen.contains(&v.lower) as u32,
                        first[i] as u32,
                    ],
                ));
            }
            if titled[i] > 0 {
                f.push(mix(26, &[titled[i] as u32]));
            }
            if super::not_name(lower) {
                f.push(mix(27, &[]));
            }
            if super::is_place(lower) {
                f.push(mix(30, &[]));
            }
            if let Some(others) = contexts.get(&v.lower) {
                for &(_, prev, next) in others.iter().filter(|c| c.0 != i).take(OTHER_CONTEXTS) {
                    f.push(mix(43, &[next]));
                    f.push(mix(44, &[prev]));
                }
            }
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
    fn every_feature_fits_its_slots() {
        // A long capitalised word after a title, at a sentence start, in a
        // headline, on the place list: every optional template fires.
        let chars: Vec<char> = "President Washington Washington Washington Washington\nwashington"
            .chars()
            .collect();
        let toks = tokenize(&chars);
        let (f, _) = extract(&toks);
        let used = f[STRIDE..2 * STRIDE].iter().filter(|&&h| h != NONE).count();
        let room = STRIDE - super::super::evidence::SLOTS;
        assert!(
            used <= room,
            "{used} local features leave no room for the document ones"
        );
    }

    #[test]
    fn shapes() {
        assert_eq!(shape("Makei-2", false), "Xxxxx-d");
        assert_eq!(shape("Makei-2", true), "Xx-d");
        for w in ["Makei-2", "Erdoğan", "U.S.", "aaAA11--", ""] {
            assert_eq!(
                shape_hashes(w),
                (fnv(3, &[&shape(w, false)]), fnv(4, &[&shape(w, true)]))
            );
        }
    }
}
