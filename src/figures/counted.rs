//! What a figure counts: the noun phrase after the number, singular or plural.

use super::*;

pub(super) fn next_is_plural(tokens: &[Token], i: usize) -> bool {
    joined(tokens, i)
        && tokens
            .get(i)
            .is_some_and(|t| !t.is_capitalized() && is_plural(&t.lower()))
}

pub(super) fn is_plural(w: &str) -> bool {
    if listed(IRREGULAR_PLURALS, w) {
        return true;
    }
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s")
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// An acronym with a plural "s": "MPs", "TVs", "EVs" (too short for
/// [`is_plural`], whose short words in "s" are rarely plurals).
fn acronym_plural(w: &str) -> bool {
    let head = w.strip_suffix('s').unwrap_or("");
    head.len() >= 2 && head.bytes().all(|b| b.is_ascii_uppercase())
}

/// The counted noun phrase after a number: up to three words ending at the
/// first plural noun. Returns the head noun and the token index after it.
pub(super) fn counted_noun(tokens: &[Token], i: usize, singular: bool) -> Option<(String, usize)> {
    if let Some(noun) = headline_noun(tokens, i) {
        return noun;
    }
    let mut k = i;
    // Four words, plus a model number that does not count as one.
    let mut limit = 4;
    for step in 0..5 {
        if step >= limit {
            break;
        }
        let t = tokens.get(k)?;
        if (k > i || step > 0) && t.line_start {
            return None;
        }
        if k == i && t.line_start {
            return None;
        }
        // "two new 737 Max jets": a model number inside the noun phrase.
        let model = step > 0 && tokens.get(k + 1).is_some_and(|n| n.is_capitalized());
        if t.starts_with_digit() && model && !t.text.contains([',', '.']) {
            k += 1;
            limit = 5;
            continue;
        }
        if !t.is_word() || t.starts_with_digit() {
            return None;
        }
        let w = t.lower();
        if listed(STOP_WORDS, &w) || listed(MONTHS, &w) {
            return None;
        }
        // "four FA Cup finals", "5 NATO members": an acronym in a name.
        if t.is_all_caps() {
            let next = tokens.get(k + 1)?;
            if !next.is_word() || next.line_start || next.starts_with_digit() {
                return None;
            }
            k += 1;
            continue;
        }
        if t.is_capitalized() {
            // Demonyms and names modify the noun ("Ukrainian civilians").
            // A capitalised plural ends the phrase unless a name goes on:
            // "1,307,000 Americans were", "eight straight World Cups since".
            let next = tokens.get(k + 1);
            let name_goes_on = next.is_some_and(|n| n.is_capitalized() && !n.line_start);
            if (is_plural(&w) || acronym_plural(t.text)) && !name_goes_on {
                return (!singular).then(|| (w.into_owned(), k + 1));
            }
            let next = next?;
            if !next.is_word() || next.line_start {
                return None;
            }
            k += 1;
            continue;
        }
        // "one" agrees with a singular noun: in "a professional one several
        // weeks ago" the plural is not what it counts.
        if is_plural(&w) {
            return (!singular).then(|| (w.into_owned(), k + 1));
        }
        // A participle is no noun: "1 tackle (1 combined)".
        let participle = w.len() > 3 && w.ends_with("ed");
        if singular && !participle && !listed(NOT_COUNTED, &w) && step == 0 {
            let next = lower(tokens, k + 1);
            if next.is_empty()
                || listed(STOP_WORDS, &next)
                || !joined(tokens, k + 1)
                || !tokens[k + 1].is_word()
            {
                return Some((w.into_owned(), k + 1));
            }
        }
        k += 1;
    }
    None
}
