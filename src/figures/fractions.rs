//! Spelled fractions whose denominator is an ordinal number, compound or
//! not: "one twenty-fifth", "three twenty firsts" (3/21), "one hundred
//! thirty fifths" (100/35), "one hundred and thirty fifths" (130/5),
//! "ninety - five hundred-fifths" (9500/5), "two thirds of a million".
//!
//! The denominator is the longest ordinal number at the end that leaves a
//! whole number before it. A numerator of one takes a singular ordinal,
//! any other a plural one, so "the twenty-fifth anniversary" and "two
//! millionth" are not fractions; "first" and "second" alone never are.

use super::lexicon::{ORDINAL_WORDS, SCALES, TENS_WORDS, UNITS_WORDS};
use super::numbers::{spelled, Number};
use crate::tokens::Tok as Token;

/// One word of a spelled fraction.
#[derive(Debug, Clone, Copy, PartialEq)]
enum W {
    /// "a", "an": one, as a whole numerator.
    A,
    /// 0 to 99.
    Card(f64),
    Hundred,
    Scale(f64),
    And,
    /// A spaced hyphen: "ninety - five", "one - fourth".
    Dash,
    /// An ordinal; `alone_ok` is false for "first" and "second".
    Ord {
        value: f64,
        plural: bool,
        alone_ok: bool,
    },
}

/// Longest phrase read, in words.
const MAX_WORDS: usize = 16;

fn part(w: &str, first: bool) -> Option<W> {
    if first && (w == "a" || w == "an") {
        return Some(W::A);
    }
    if let Some(&(_, v)) = UNITS_WORDS.iter().chain(TENS_WORDS).find(|p| p.0 == w) {
        return Some(W::Card(v as f64));
    }
    match w {
        "hundred" => return Some(W::Hundred),
        "and" => return Some(W::And),
        "-" | "‑" => return Some(W::Dash),
        _ => {}
    }
    if let Some(&(_, f)) = SCALES
        .iter()
        .find(|(k, f)| *k == w && k.len() > 3 && *f >= 1e3)
    {
        return Some(W::Scale(f));
    }
    let ord = |s: &str| ORDINAL_WORDS.iter().find(|p| p.0 == s).map(|p| p.1);
    let (value, plural) = match ord(w) {
        Some(v) => (v, false),
        None => (ord(w.strip_suffix('s')?)?, true),
    };
    Some(W::Ord {
        value,
        plural,
        alone_ok: value > 2.0,
    })
}

fn is_tens(w: W) -> bool {
    matches!(w, W::Card(v) if v >= 20.0 && v % 10.0 == 0.0)
}

fn is_unit(w: W) -> bool {
    matches!(w, W::Card(v) if (1.0..10.0).contains(&v))
}

/// A whole number in words, every word used: "one hundred and thirty",
/// "ninety - five hundred", "three lakh crore".
fn cardinal(ws: &[W]) -> Option<f64> {
    if ws == [W::A] {
        return Some(1.0);
    }
    let (mut total, mut current, mut segment) = (0.0f64, 0.0f64, 0.0f64);
    let mut any = false;
    for (k, &w) in ws.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| ws[p]);
        let next = ws.get(k + 1).copied();
        match w {
            W::Card(v) => {
                let tens_then_unit = current % 10.0 == 0.0 && current % 100.0 >= 20.0 && v < 10.0;
                if any && current % 100.0 != 0.0 && !tens_then_unit {
                    return None; // "five six", "twenty twenty"
                }
                current += v;
                any = true;
            }
            W::Hundred => {
                if current == 0.0 || current >= 100.0 {
                    return None;
                }
                current *= 100.0;
            }
            W::Scale(f) => match prev {
                // "three lakh crore": a scale of a scale.
                Some(W::Scale(g)) if g < f && current == 0.0 => {
                    total += segment * (f - 1.0);
                    segment *= f;
                }
                _ if current > 0.0 => {
                    segment = current * f;
                    total += segment;
                    current = 0.0;
                }
                _ => return None,
            },
            W::And => {
                let after_scale = matches!(prev, Some(W::Hundred | W::Scale(_)));
                if !after_scale || !matches!(next, Some(W::Card(_))) {
                    return None;
                }
            }
            W::Dash => {
                let joins = prev.is_some_and(is_tens) && next.is_some_and(is_unit);
                if !joins {
                    return None;
                }
            }
            W::A | W::Ord { .. } => return None,
        }
    }
    any.then_some(total + current)
}

/// An ordinal number: "fifth", "thirty fifth" (35), "one hundred and
/// fifth" (105), "one thousand fifths" (1005).
fn denominator(ws: &[W]) -> Option<(f64, bool)> {
    let (&last, head) = ws.split_last()?;
    let W::Ord {
        value,
        plural,
        alone_ok,
    } = last
    else {
        return None;
    };
    if head.is_empty() {
        return alone_ok.then_some((value, plural));
    }
    if !matches!(head[0], W::Card(_)) || head.len() >= MAX_WORDS {
        return None;
    }
    // Read the ordinal as its cardinal: "thirty fifth" as "thirty five".
    let mut card = [W::And; MAX_WORDS];
    card[..head.len()].copy_from_slice(head);
    card[head.len()] = match value {
        v if v < 100.0 => W::Card(v),
        100.0 => W::Hundred,
        v => W::Scale(v),
    };
    Some((cardinal(&card[..=head.len()])?, plural))
}

/// A fraction with an ordinal denominator starting at `tokens[i]`.
pub(super) fn ordinal_fraction(tokens: &[Token], i: usize) -> Option<Number> {
    // The words up to and including the first ordinal, and the token
    // index after each word.
    let mut ws = [W::And; MAX_WORDS];
    let mut ends = [0usize; MAX_WORDS];
    let mut n = 0;
    let mut k = i;
    'tokens: while let Some(t) = tokens.get(k) {
        if k > i && t.line_start {
            break;
        }
        let lower = t.lower();
        let start = n;
        let mut parts = lower.split(['-', '‑']).peekable();
        let hyphen = lower == "-" || lower == "‑";
        while let Some(p) = parts.next() {
            let last = parts.peek().is_none();
            let w = if hyphen {
                Some(W::Dash)
            } else {
                part(p, k == i && start == n)
            };
            // An ordinal ends its token: not "one fifth-grade class".
            let ord = matches!(w, Some(W::Ord { .. }));
            let (Some(w), false) = (w, ord && !last) else {
                n = start;
                break 'tokens;
            };
            if n == MAX_WORDS {
                return None;
            }
            ws[n] = w;
            ends[n] = k + 1;
            n += 1;
            if ord {
                break 'tokens;
            }
            if hyphen {
                break;
            }
        }
        k += 1;
    }
    let ws = &ws[..n];
    if n < 2 || !matches!(ws[n - 1], W::Ord { .. }) {
        return None;
    }
    for split in 1..n {
        // "ninety - five" is one number, never a numerator and a rank.
        if split >= 2 && ws[split - 1] == W::Dash && is_tens(ws[split - 2]) && is_unit(ws[split]) {
            continue;
        }
        let mut num = &ws[..split];
        if num.last() == Some(&W::Dash) {
            num = &num[..split - 1];
        }
        let Some((d, plural)) = denominator(&ws[split..]) else {
            continue;
        };
        let Some(x) = cardinal(num) else {
            continue;
        };
        if x == 0.0 || (x == 1.0) == plural {
            return None;
        }
        // "six million and two thirds", "two hundred and fifty-four
        // hundredths": a whole and a proper fraction (numbers.rs reads
        // those); "one hundred and thirty fifths" is 130/5.
        if let Some(a) = num.iter().rposition(|w| *w == W::And) {
            if cardinal(&num[a + 1..]).is_some_and(|t| t < d) {
                return None;
            }
        }
        let mut value = x / d;
        let mut end = ends[n - 1];
        // "two thirds million", "two thirds of a million".
        let scale_at = |k: usize| {
            let t = tokens.get(k).filter(|t| !t.line_start)?;
            let w = t.lower();
            SCALES
                .iter()
                .find(|(s, f)| *s == w && s.len() > 3 && *f >= 1e3)
                .map(|s| s.1)
        };
        let said = |k: usize| tokens.get(k).map(|t| t.lower()).unwrap_or_default();
        let mut scaled = false;
        if let Some(f) = scale_at(end) {
            value *= f;
            end += 1;
            scaled = true;
        } else if said(end) == "of" && matches!(&*said(end + 1), "a" | "one") {
            if let Some(f) = scale_at(end + 2) {
                value *= f;
                end += 3;
                scaled = true;
            }
        }
        return Some(spelled(end, value, scaled));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize_str;

    fn frac(s: &str) -> Option<(f64, usize)> {
        let toks = tokenize_str(s);
        ordinal_fraction(&toks, 0).map(|n| (n.value, n.end))
    }

    fn close(s: &str, want: f64) {
        let got = frac(s).unwrap_or_else(|| panic!("{s}: none")).0;
        assert!(
            (got - want).abs() < 1e-9 * want.abs().max(1.0),
            "{s}: {got}"
        );
    }

    #[test]
    fn reads_compound_ordinal_denominators() {
        close("one twenty-fifth", 1.0 / 25.0);
        close("a twenty-first", 1.0 / 21.0);
        close("three twenty firsts", 3.0 / 21.0);
        close("twenty twenty fifths", 20.0 / 25.0);
        close("one one hundred and fifth", 1.0 / 105.0);
        close("one hundred one thousand fifths", 100.0 / 1005.0);
    }

    #[test]
    fn and_keeps_the_numerator_whole() {
        close("one hundred and thirty fifths", 26.0);
        close("one hundred thirty fifths", 100.0 / 35.0);
        close("one hundred thirty-fifths", 100.0 / 35.0);
        close("one hundred and thirty-two fifths", 26.4);
        close("ninety - five hundred-fifths", 1900.0);
        close("one - fourth", 0.25);
        close("five - eighths", 0.625);
        // A whole and a proper fraction is left to numbers.rs.
        assert_eq!(frac("six million and two thirds"), None);
        assert_eq!(frac("two hundred and fifty-four hundredths"), None);
    }

    #[test]
    fn reads_a_scale_after_the_fraction() {
        close("two thirds of a million", 2e6 / 3.0);
        assert_eq!(frac("two thirds of a million people").map(|f| f.1), Some(5));
        close("three fifths billion", 0.6e9);
    }

    #[test]
    fn ordinals_are_not_fractions() {
        for s in [
            "the third round",
            "twenty-first century",
            "the twenty-fifth anniversary",
            "two millionth",
            "one hundred fiftieth anniversary",
            "a first for the club",
            "two seconds",
            "one second",
            "twenty-five people",
            "one fifth-grade class",
        ] {
            let toks = tokenize_str(s);
            let got = (0..toks.len()).find_map(|i| ordinal_fraction(&toks, i));
            assert_eq!(got, None, "{s}");
        }
    }
}
