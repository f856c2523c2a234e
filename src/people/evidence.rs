//! Document evidence for the tagger's second pass: what the first pass
//! made of the same word elsewhere in the article. A surname the article
//! uses as a name in one place ("said Irakli Kobakhidze") is a name in the
//! others ("Kobakhidze told reporters", a headline's "KOBAKHIDZE"), and a
//! word tagged as an organisation or place elsewhere is likely one here.
//!
//! Only capitalised (or all-caps) words give and take evidence, compared
//! lower-cased, and a token's own tag never counts for itself. A word with
//! no tagged occurrence elsewhere gets no features, so its window keeps its
//! first-pass tags (most windows of a text: the second pass is cheap).

use super::features::{fnv, mix, Fx, NONE, STRIDE};
use super::model::{B_PER, I_PER};
use crate::tokens::Token;
use std::collections::HashMap;

/// Feature slots the evidence takes per token (see `features::STRIDE`).
pub const SLOTS: usize = 3;

const B_OTHER: u8 = 3;
const I_OTHER: u8 = 4;

#[derive(Default, Clone, Copy)]
struct Tally {
    seen: u32,
    person: u32,
    other: u32,
    /// Last or first word of a person span of two or more words: a surname
    /// seen with a first name, a first name seen with a surname.
    last_of_name: u32,
    first_of_name: u32,
}

impl Tally {
    fn of(tags: &[u8], i: usize) -> Tally {
        let t = tags[i];
        let next = tags.get(i + 1).copied().unwrap_or(0);
        Tally {
            seen: 1,
            person: (t == B_PER || t == I_PER) as u32,
            other: (t == B_OTHER || t == I_OTHER) as u32,
            last_of_name: (t == I_PER && next != I_PER) as u32,
            first_of_name: (t == B_PER && next == I_PER) as u32,
        }
    }
    fn add(&mut self, o: Tally) {
        self.seen += o.seen;
        self.person += o.person;
        self.other += o.other;
        self.last_of_name += o.last_of_name;
        self.first_of_name += o.first_of_name;
    }
    fn minus(mut self, o: Tally) -> Tally {
        self.seen -= o.seen;
        self.person -= o.person;
        self.other -= o.other;
        self.last_of_name -= o.last_of_name;
        self.first_of_name -= o.first_of_name;
        self
    }
}

/// None, a minority, a majority or all of `n`.
fn share(k: u32, n: u32) -> u32 {
    match k {
        0 => 0,
        _ if k == n => 3,
        _ if 2 * k >= n => 2,
        _ => 1,
    }
}

fn takes_part(t: &Token) -> bool {
    t.is_capitalized() || t.is_all_caps()
}

/// The evidence features of each token from a first-pass tagging of the
/// whole document (`tags`: the model's classes, O where not tagged); None
/// where the word has no tagged occurrence elsewhere.
pub fn features(tokens: &[Token], tags: &[u8]) -> Vec<Option<[u32; SLOTS]>> {
    let keys: Vec<u32> = tokens
        .iter()
        .map(|t| {
            if takes_part(t) {
                fnv(2, &[&super::lc(t)])
            } else {
                NONE
            }
        })
        .collect();
    let mut tally: HashMap<u32, Tally, Fx> = HashMap::default();
    for (i, &k) in keys.iter().enumerate() {
        if k != NONE {
            tally.entry(k).or_default().add(Tally::of(tags, i));
        }
    }
    keys.iter()
        .enumerate()
        .map(|(i, &k)| {
            if k == NONE {
                return None;
            }
            let o = tally[&k].minus(Tally::of(tags, i));
            if o.person == 0 && o.other == 0 {
                return None;
            }
            let caps = tokens[i].is_all_caps() as u32;
            let person = share(o.person, o.seen);
            Some([
                mix(40, &[person, share(o.other, o.seen)]),
                mix(
                    41,
                    &[
                        (o.last_of_name > 0) as u32,
                        (o.first_of_name > 0) as u32,
                        caps,
                    ],
                ),
                mix(42, &[person, caps, (o.other > 0) as u32]),
            ])
        })
        .collect()
}

/// Writes token `i`'s evidence into its first free feature slots.
pub fn add(feats: &mut [u32], i: usize, ev: &[u32; SLOTS]) {
    let row = &mut feats[i * STRIDE..(i + 1) * STRIDE];
    let free = row.iter().position(|&f| f == NONE).unwrap_or(STRIDE);
    for (slot, &f) in row[free..].iter_mut().zip(ev) {
        *slot = if f == NONE { 1 } else { f };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    #[test]
    fn a_word_tagged_elsewhere_carries_evidence_and_its_own_tag_does_not_count() {
        let chars: Vec<char> = "Irakli Kobakhidze spoke . KOBAKHIDZE left . Kobakhidze said"
            .chars()
            .collect();
        let t = tokenize(&chars);
        // First pass: only the full name was tagged.
        let mut tags = vec![0u8; t.len()];
        tags[0] = B_PER;
        tags[1] = I_PER;
        let ev = features(&t, &tags);
        assert!(
            ev[4].is_some() && ev[7].is_some(),
            "later mentions get evidence"
        );
        assert!(ev[0].is_none(), "Irakli occurs once: nothing elsewhere");
        // Kobakhidze at 1 sees only the two untagged mentions: no evidence.
        assert!(ev[1].is_none());
        assert!(
            ev[2].is_none() && ev[8].is_none(),
            "lower-case words take no part"
        );
        assert_ne!(ev[4], ev[7], "an all-caps mention is told apart");
    }
}
