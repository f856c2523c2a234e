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
        // "two other patients", "15 other countries": "other" right after
        // a count of two or more opens its noun phrase ("one other" stays
        // with the pronoun rules).
        let other = step == 0 && !singular && w == "other";
        if (listed(STOP_WORDS, &w) && !other) || listed(MONTHS, &w) {
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

/// "One soldier died", "one proposal asks", "and one child remains": a
/// clause that opens with "one" and a singular noun right before its verb
/// has that noun as its subject, and "one" counts it. The verb is a past
/// in "-ed", a present in "-s" or a verb that opens a predicate ("could",
/// "fled"), in lower case. `start` is the figure's first token (with its
/// qualifier), `k` the token after the number. Returns the noun and the
/// token after it.
pub(super) fn subject_one(tokens: &[Token], start: usize, k: usize) -> Option<(String, usize)> {
    if !opens_a_clause(tokens, start) || !joined(tokens, k) || !joined(tokens, k + 1) {
        return None;
    }
    let noun = &tokens[k];
    let w = noun.text;
    let lower_word = |w: &str| w.len() >= 3 && w.bytes().all(|b| b.is_ascii_lowercase());
    // A noun: not a participle ("one armed man"), a plural, a function
    // word or a word that makes "one" a pronoun ("one day", "one thing").
    let participle = w.ends_with("ed") || w.ends_with("ing");
    if !lower_word(w)
        || participle
        || is_plural(w)
        || listed(STOP_WORDS, w)
        || listed(NOT_COUNTED, w)
        || listed(MONTHS, w)
    {
        return None;
    }
    let v = tokens[k + 1].text;
    if !lower_word(v) {
        return None;
    }
    let past = v.len() > 3 && v.ends_with("ed");
    let present = v.len() > 3 && is_plural(v) && !listed(IRREGULAR_PLURALS, v);
    (past || present || listed(SUBJECT_VERBS, v)).then(|| (w.to_string(), k + 1))
}
