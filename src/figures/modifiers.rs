//! A count hyphened to its noun in front of another noun: "a 120-seat
//! chamber", "a 15-member jury", "a five-judge bench". The number counts
//! the hyphened noun; the noun after it is what the phrase names.

use super::*;

/// Tails that make an idiom, a score or a size of the compound, not a
/// count: "two-way", "20-odd", "30-something", "3-nil", "a three-fold
/// rise", "a six-figure salary", "double-digit".
const NOT_COUNTED_TAILS: &[&str] = &[
    "way",
    "odd",
    "plus",
    "something",
    "nil",
    "all",
    "love",
    "fold",
    "ish",
    "time",
    "times",
    "figure",
    "digit",
];

/// The hyphened noun counted by `value` (written `num`) in token `j`
/// ("120-seat" read as 120 and "seat"), when the token is a modifier
/// before a noun.
pub(super) fn count_modifier(
    tokens: &[Token],
    j: usize,
    num: &str,
    value: f64,
    tail: &str,
) -> bool {
    let whole = value >= 2.0 && value.fract() == 0.0;
    // A noun, not an adjective ("one-sided", "two-pronged").
    let noun_shape = tail.len() >= 3
        && tail.bytes().all(|b| b.is_ascii_lowercase())
        && !["ed", "ing", "ly"].iter().any(|s| tail.ends_with(s));
    if !whole || !noun_shape || listed(NOT_COUNTED_TAILS, tail) || is_number_word(tail) {
        return false;
    }
    // Digits alone or words alone: not "4K-ready", not a year ("the
    // 2016-style keyboard").
    let digits = num
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.');
    let words = num.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-');
    let year = num.len() == 4 && digits && (1800.0..=2100.0).contains(&value);
    if !(digits || words) || year {
        return false;
    }
    // A modifier goes before the noun it modifies; a compound that is a
    // noun of its own ("a 3-pointer with a minute left") does not.
    tokens.get(j + 1).is_some_and(|n| {
        !n.line_start && n.is_word() && !n.starts_with_digit() && !listed(STOP_WORDS, &n.lower())
    })
}

/// Number, fraction and ordinal words, which make a number of the compound
/// ("twenty-five", "two-thirds", "twenty-first").
fn is_number_word(w: &str) -> bool {
    UNITS_WORDS.iter().chain(TENS_WORDS).any(|u| u.0 == w)
        || FRACTION_WORDS.iter().any(|f| f.0 == w)
        || ORDINAL_WORDS.iter().any(|o| o.0 == w)
        || SCALES.iter().any(|s| s.0 == w)
}
