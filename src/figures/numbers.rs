//! Reads one number starting at a token: digits ("500,000", "2.5", "1.2bn",
//! "10-15"), spelled-out numbers ("two hundred and fifty thousand",
//! "a million"), with an optional scale word after them.

use super::lexicon::{GLUED_SCALES, SCALES, TENS_WORDS, UNITS_WORDS};
use crate::tokens::Token;

#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// Token index one past the number (and its scale word).
    pub end: usize,
    pub value: f64,
    /// Set for "10-15" written as one token.
    pub high: Option<f64>,
    /// Letters glued after the digits that were not a scale ("km", "m").
    pub suffix: Option<String>,
    /// A scale applied ("million", "bn").
    pub scaled: bool,
    /// Written in words.
    pub spelled: bool,
}

/// Parses "500,000", "2.5", "1000" (English grouping). None for anything
/// else, including "1.2.3" and "1,00".
pub fn parse_digits(s: &str) -> Option<f64> {
    if s.is_empty()
        || !s
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return None;
    }
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    if let Some(f) = frac {
        if f.is_empty() || !f.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
    }
    if int.is_empty() {
        return None;
    }
    if int.contains(',') {
        let mut groups = int.split(',');
        let first = groups.next()?;
        if first.is_empty() || first.len() > 3 {
            return None;
        }
        if !groups.all(|g| g.len() == 3) {
            return None;
        }
    }
    let clean: String = s.chars().filter(|&c| c != ',').collect();
    clean.parse().ok()
}

/// Parses a number at `tokens[i]`, or None.
pub fn parse(tokens: &[Token], i: usize, has_currency: bool) -> Option<Number> {
    let t = tokens.get(i)?;
    let mut num = if t.starts_with_digit() {
        parse_digit_token(&t.text, has_currency)?
    } else {
        parse_spelled(tokens, i)?
    };
    if num.end == 0 {
        num.end = i + 1;
    }
    // A separate scale word: "2.5 million", "1.2 bn".
    if !num.scaled && num.suffix.is_none() {
        if let Some(next) = tokens.get(num.end) {
            if !next.line_start {
                let lower = next.lower();
                if let Some(&(_, f)) = SCALES.iter().find(|(w, _)| *w == lower) {
                    num.value *= f;
                    num.high = num.high.map(|h| h * f);
                    num.scaled = true;
                    num.end += 1;
                }
            }
        }
    }
    Some(num)
}

fn parse_digit_token(text: &str, has_currency: bool) -> Option<Number> {
    // "10-15": a range in one token.
    if let Some((a, b)) = text.split_once(['-', '‑']) {
        let lo = parse_digits(a)?;
        let hi = parse_digits(b)?;
        // Scores ("3-1") and phone-like groups ("555-1234") are not ranges.
        if hi <= lo || (a.len() == 3 && b.len() == 4) {
            return None;
        }
        return Some(Number {
            end: 0,
            value: lo,
            high: Some(hi),
            suffix: None,
            scaled: false,
            spelled: false,
        });
    }
    let split = text.find(|c: char| c.is_alphabetic()).unwrap_or(text.len());
    let (digits, suffix) = text.split_at(split);
    let mut value = parse_digits(digits)?;
    let mut scaled = false;
    let mut rest = None;
    if !suffix.is_empty() {
        let lower = suffix.to_lowercase();
        let scale = GLUED_SCALES.iter().find(|(w, _)| *w == lower);
        match scale {
            // "5m" is five million only next to a currency; else metres.
            Some(&(w, f)) if has_currency || w != "m" => {
                value *= f;
                scaled = true;
            }
            _ => rest = Some(lower),
        }
    }
    Some(Number {
        end: 0,
        value,
        high: None,
        suffix: rest,
        scaled,
        spelled: false,
    })
}

fn word_value(w: &str) -> Option<u64> {
    UNITS_WORDS
        .iter()
        .chain(TENS_WORDS)
        .find(|(k, _)| *k == w)
        .map(|&(_, v)| v)
}

/// "twenty-five" -> 25; "seven" -> 7.
fn small_number(w: &str) -> Option<u64> {
    if let Some(v) = word_value(w) {
        return Some(v);
    }
    let (tens, unit) = w.split_once('-')?;
    let t = TENS_WORDS.iter().find(|(k, _)| *k == tens)?.1;
    let u = UNITS_WORDS.iter().find(|(k, _)| *k == unit)?.1;
    (1..10).contains(&u).then_some(t + u)
}

/// Spelled-out numbers: "two hundred and fifty thousand", "a million",
/// "three dozen". Reads as far as the words make one number.
fn parse_spelled(tokens: &[Token], i: usize) -> Option<Number> {
    let mut total: f64 = 0.0;
    let mut current: f64 = 0.0;
    let mut j = i;
    let mut any = false;
    let mut scaled = false;
    let lower = |k: usize| tokens.get(k).map(|t| t.lower()).unwrap_or_default();
    // "a million", "a hundred", "a dozen"
    if matches!(lower(i).as_str(), "a" | "an") {
        let next = lower(i + 1);
        if next == "hundred"
            || next == "dozen"
            || SCALES.iter().any(|(w, _)| *w == next && w.len() > 3)
        {
            current = 1.0;
            j = i + 1;
            any = true;
        } else {
            return None;
        }
    }
    while let Some(t) = tokens.get(j) {
        if j > i && t.line_start {
            break;
        }
        let w = t.lower();
        if let Some(v) = small_number(&w) {
            let tens_then_unit = current % 10.0 == 0.0 && current % 100.0 >= 20.0 && v < 10;
            if any && current % 100.0 != 0.0 && !tens_then_unit {
                break; // "five six" is two numbers
            }
            current += v as f64;
            any = true;
        } else if w == "hundred" && any {
            current = current.max(1.0) * 100.0;
        } else if w == "dozen" && any {
            current = current.max(1.0) * 12.0;
        } else if let Some(&(_, f)) = SCALES.iter().find(|(k, _)| *k == w && k.len() > 3) {
            if !any {
                break;
            }
            total += current.max(1.0) * f;
            current = 0.0;
            scaled = true;
        } else if w == "and"
            && any
            && small_number(&lower(j + 1)).is_some()
            && (current >= 100.0 || total > 0.0)
        {
            // "two hundred and fifty"
        } else {
            break;
        }
        j += 1;
    }
    if !any {
        return None;
    }
    Some(Number {
        end: j,
        value: total + current,
        high: None,
        suffix: None,
        scaled,
        spelled: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn num(s: &str) -> Option<(f64, usize)> {
        let chars: Vec<char> = s.chars().collect();
        let toks = tokenize(&chars);
        parse(&toks, 0, false).map(|n| (n.value, n.end))
    }

    #[test]
    fn reads_digits_and_scales() {
        assert_eq!(num("500,000 refugees"), Some((500000.0, 1)));
        assert_eq!(num("2.5 million people"), Some((2.5e6, 2)));
        assert_eq!(num("1.2bn"), Some((1.2e9, 1)));
        assert_eq!(num("1,00"), None);
        assert_eq!(num("1.2.3"), None);
    }

    #[test]
    fn reads_spelled_numbers() {
        assert_eq!(
            num("two hundred and fifty thousand people"),
            Some((250000.0, 5))
        );
        assert_eq!(num("a million"), Some((1e6, 2)));
        assert_eq!(num("twenty-five"), Some((25.0, 1)));
        assert_eq!(num("three dozen eggs"), Some((36.0, 2)));
        assert_eq!(num("a man"), None);
    }
}
