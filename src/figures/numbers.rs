//! Reads one number starting at a token: digits ("500,000", "2.5", "1.2bn",
//! "10-15"), spelled-out numbers ("two hundred and fifty thousand",
//! "a million"), with an optional scale word after them.

use super::lexicon::{
    FRACTION_WORDS, GLUED_SCALES, SCALES, TENS_WORDS, UNITS_WORDS, VULGAR_FRACTIONS,
};
use super::Locale;
use crate::tokens::Tok as Token;

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

/// Parses "500,000", "2.5", "1000" in English grouping, "500.000,5" in
/// dotted and "500000,5" in spaced locales. None for anything else,
/// including "1.2.3" and "1,00".
pub fn parse_digits(s: &str, locale: Locale) -> Option<f64> {
    let (group, decimal) = match locale {
        Locale::English => (',', '.'),
        Locale::Dotted => ('.', ','),
        Locale::Spaced => ('\u{0}', ','),
    };
    if let Some(v) = parse_grouped(s, group, decimal) {
        return Some(v);
    }
    // "2.5" on a German page: a dot with other than three digits after it
    // is a decimal point whatever the locale.
    if locale != Locale::English {
        let frac_len = s.rsplit_once('.').map(|(_, f)| f.len());
        if !s.contains(',') && frac_len.is_some_and(|n| n != 3) {
            return parse_grouped(s, ',', '.');
        }
    }
    None
}

fn parse_grouped(s: &str, group: char, decimal: char) -> Option<f64> {
    if s.is_empty()
        || !s
            .chars()
            .all(|c| c.is_ascii_digit() || c == group || c == decimal)
    {
        return None;
    }
    let (int, frac) = match s.split_once(decimal) {
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
    if int.contains(group) {
        let groups: Vec<&str> = int.split(group).collect();
        let (first, rest) = groups.split_first()?;
        if first.is_empty() || first.len() > 3 || rest.last()?.len() != 3 {
            return None;
        }
        // Western groups of three, or Indian lakh groups ("12,34,567").
        let western = rest.iter().all(|g| g.len() == 3);
        let indian = first.len() <= 2 && rest[..rest.len() - 1].iter().all(|g| g.len() == 2);
        if !western && !indian {
            return None;
        }
    }
    let clean: String = int.chars().filter(|&c| c != group).collect();
    let v: f64 = clean.parse().ok()?;
    match frac {
        Some(f) => Some(v + format!("0.{f}").parse::<f64>().ok()?),
        None => Some(v),
    }
}

/// Parses a number at `tokens[i]`, or None.
pub fn parse(tokens: &[Token], i: usize, has_currency: bool, locale: Locale) -> Option<Number> {
    let t = tokens.get(i)?;
    let mut num = if t.starts_with_digit() {
        let mut n = parse_digit_token(t.text, has_currency, locale)?;
        n.end = i + 1;
        if n.high.is_none() && n.suffix.is_none() && !n.scaled {
            extend_digits(tokens, i, &mut n, locale);
        }
        n
    } else if let Some(v) = vulgar(t.text) {
        Number::plain(i + 1, v)
    } else if t.text == "." && joined_tight(tokens, i + 1) && (i == 0 || t.space_before) {
        // ".25": a decimal without its leading zero.
        let d = tokens.get(i + 1)?;
        if !d.text.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        Number::plain(i + 2, format!("0.{}", d.text).parse().ok()?)
    } else if let Some(v) = hyphened_fraction(&t.lower()) {
        spelled(i + 1, v, false)
    } else {
        parse_spelled(tokens, i)?
    };
    // A separate scale word: "2.5 million", "1.2 bn", "322 hundred".
    if !num.scaled && num.suffix.is_none() {
        if let Some(next) = tokens.get(num.end) {
            if !next.line_start {
                let lower = next.lower();
                // "1.8 billion-mile": the scale hyphened to a unit.
                if let Some((head, tail)) = lower.split_once('-') {
                    if let Some(&(_, f)) = SCALES.iter().find(|(w, _)| *w == head && w.len() > 3) {
                        if num.high.is_none() && tail.starts_with(char::is_alphabetic) {
                            num.value *= f;
                            num.scaled = true;
                            num.suffix = Some(tail.to_string());
                            num.end += 1;
                            return Some(num);
                        }
                    }
                }
                let hundred = lower == "hundred" && !num.spelled;
                let f = SCALES
                    .iter()
                    .find(|(w, _)| *w == lower)
                    .map(|s| s.1)
                    .or(hundred.then_some(100.0));
                if let Some(f) = f {
                    num.value *= f;
                    num.high = num.high.map(|h| h * f);
                    num.scaled = true;
                    num.end += 1;
                    // "4 hundred million"
                    let next = tokens.get(num.end).map(|t| t.lower()).unwrap_or_default();
                    if let Some(&(_, g)) = SCALES.iter().find(|(w, _)| *w == next && w.len() > 3) {
                        if g > f {
                            num.value *= g;
                            num.high = num.high.map(|h| h * g);
                            num.end += 1;
                        }
                    }
                }
            }
        }
    }
    and_a_fraction(tokens, &mut num);
    Some(num)
}

/// "3 million and a half", "one billion and a quarter million": a
/// fraction of the scale after "and" (not "and a quarter of them").
fn and_a_fraction(tokens: &[Token], num: &mut Number) {
    let said = |k: usize| tokens.get(k).map(|t| t.lower()).unwrap_or_default();
    let big = num.scaled || num.spelled;
    if !big || num.high.is_some() || num.value < 1e3 || said(num.end) != "and" {
        return;
    }
    let Some(f) = parse_spelled(tokens, num.end + 1) else {
        return;
    };
    let fraction_word = |k: usize| fraction_word(&said(k)).is_some() || said(k) == "half";
    // Ends in a fraction word, or in one and a scale ("a quarter million").
    let ends_fraction =
        fraction_word(f.end - 1) || (f.scaled && fraction_word(f.end.saturating_sub(2)));
    if !ends_fraction {
        return;
    }
    if said(f.end) == "of" || f.value <= 0.0 || f.value >= num.value {
        return;
    }
    let scale = 10f64.powi(3 * (num.value.log10() / 3.0).floor() as i32);
    num.value += if f.value < 1.0 {
        f.value * scale
    } else {
        f.value
    };
    num.end = f.end;
}

impl Number {
    fn plain(end: usize, value: f64) -> Number {
        Number {
            end,
            value,
            high: None,
            suffix: None,
            scaled: false,
            spelled: false,
        }
    }
}

fn vulgar(s: &str) -> Option<f64> {
    let mut cs = s.chars();
    let c = cs.next()?;
    if cs.next().is_some() {
        return None;
    }
    VULGAR_FRACTIONS.iter().find(|v| v.0 == c).map(|v| v.1)
}

/// `tokens[i]` follows the previous token with no space.
fn joined_tight(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| !t.space_before)
}

/// Grows a digit number over what follows it: space-grouped thousands
/// ("1 234 567", "40 000"), a fraction ("3/4") or a mixed number ("2 1/4"),
/// a trailing vulgar fraction ("10½").
fn extend_digits(tokens: &[Token], i: usize, n: &mut Number, locale: Locale) {
    let t = &tokens[i];
    let plain = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    // Space-grouped thousands: groups of exactly three digits, one space apart.
    if plain(t.text) && t.text.len() <= 3 {
        let mut k = i + 1;
        let mut digits = t.text.to_string();
        let mut frac = None;
        while let Some(g) = tokens.get(k) {
            let gap_one = g.start == tokens[k - 1].end + 1 && !g.line_start;
            let (int, f) = match locale {
                Locale::English => g.text.split_once('.').unwrap_or((g.text, "")),
                _ => g.text.split_once(',').unwrap_or((g.text, "")),
            };
            if !gap_one || int.len() != 3 || !plain(int) || !plain(f) {
                break;
            }
            digits.push_str(int);
            k += 1;
            if !f.is_empty() {
                frac = Some(f.to_string());
                break;
            }
        }
        if k > i + 1 {
            let s = match frac {
                Some(f) => format!("{digits}.{f}"),
                None => digits,
            };
            if let Ok(v) = s.parse() {
                n.value = v;
                n.end = k;
                return;
            }
        }
    }
    // "3/4" and "2 1/4": small denominators only, so "9/11" and "24/7"
    // stay what they are.
    let frac_at = |k: usize| -> Option<f64> {
        let (a, s, b) = (tokens.get(k)?, tokens.get(k + 1)?, tokens.get(k + 2)?);
        if (s.text != "/" && s.text != "⁄")
            || s.space_before
            || b.space_before
            || !plain(a.text)
            || !plain(b.text)
        {
            return None;
        }
        if tokens.get(k + 3).is_some_and(|x| x.text == "/") {
            return None; // a date: 5/17/2018
        }
        let (x, y): (f64, f64) = (a.text.parse().ok()?, b.text.parse().ok()?);
        // The fraction slash "⁄" is unambiguous whatever the denominator.
        let small = matches!(y as u32, 2 | 3 | 4 | 8 | 16) || s.text == "⁄";
        (small && x < y && y > 0.0).then_some(x / y)
    };
    if let Some(f) = frac_at(i) {
        n.value = f;
        n.end = i + 3;
        return;
    }
    if plain(t.text) && tokens.get(i + 1).is_some_and(|x| x.space_before) {
        if let Some(f) = frac_at(i + 1) {
            n.value += f;
            n.end = i + 4;
        } else if let Some(f) = tokens.get(i + 1).and_then(|x| vulgar(x.text)) {
            n.value += f;
            n.end = i + 2;
        }
    }
}

fn parse_digit_token(text: &str, has_currency: bool, locale: Locale) -> Option<Number> {
    // Scientific notation: "1e10", "1.3e6", "12e-1".
    if let Some((m, e)) = text.split_once(['e', 'E']) {
        if let (Some(m), Ok(e)) = (parse_digits(m, Locale::English), e.parse::<i32>()) {
            return Some(Number::plain(0, m * 10f64.powi(e)));
        }
    }
    // "10-15": a range in one token.
    if let Some((a, b)) = text.split_once(['-', '‑']) {
        // "5-10W": a unit glued to the high end.
        let cut = b.find(|c: char| c.is_alphabetic()).unwrap_or(b.len());
        let (b, unit) = b.split_at(cut);
        let lo = parse_digits(a, locale)?;
        let hi = parse_digits(b, locale)?;
        // Scores ("3-1") and phone-like groups ("555-1234") are not ranges.
        if hi <= lo || (a.len() == 3 && b.len() == 4) {
            return None;
        }
        let mut n = Number::plain(0, lo);
        n.high = Some(hi);
        n.suffix = (!unit.is_empty()).then(|| unit.to_lowercase());
        return Some(n);
    }
    let split = text.find(|c: char| c.is_alphabetic()).unwrap_or(text.len());
    let (digits, suffix) = text.split_at(split);
    let mut value = parse_digits(digits, locale)?;
    let mut scaled = false;
    let mut rest = None;
    if !suffix.is_empty() {
        let lower = suffix.to_lowercase();
        let scale = GLUED_SCALES.iter().find(|(w, _)| *w == lower);
        match scale {
            // "5m" is five million next to a currency or written "5M"; else
            // metres ("mm" millimetres).
            Some(&(w, f)) if has_currency || (w != "m" && w != "mm") || suffix == "M" => {
                value *= f;
                scaled = true;
            }
            _ => rest = Some(lower),
        }
    }
    let mut n = Number::plain(0, value);
    n.suffix = rest;
    n.scaled = scaled;
    Some(n)
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

/// "one-eighth", "two-thirds": a spelled fraction in one token.
fn hyphened_fraction(w: &str) -> Option<f64> {
    let (n, d) = w.split_once('-')?;
    let n = word_value(n)?;
    let d = fraction_word(d)?;
    (n > 0 && (n as f64) < d).then_some(n as f64 / d)
}

fn fraction_word(w: &str) -> Option<f64> {
    FRACTION_WORDS.iter().find(|(k, _)| *k == w).map(|f| f.1)
}

/// Spelled-out numbers: "two hundred and fifty thousand", "a million",
/// "three dozen", "two thirds", "one and a half", "nine point nought four".
/// Reads as far as the words make one number.
fn parse_spelled(tokens: &[Token], i: usize) -> Option<Number> {
    let mut total: f64 = 0.0;
    let mut current: f64 = 0.0;
    let mut j = i;
    let mut any = false;
    let mut scaled = false;
    let lower = |k: usize| tokens.get(k).map(|t| t.lower()).unwrap_or_default();
    let first = lower(i);
    // "a million", "a hundred", "a dozen", "a half", "half a dozen"
    if matches!(&*first, "a" | "an") {
        let next = lower(i + 1);
        if next == "hundred"
            || next == "dozen"
            || next == "quarter"
            || (next != "second" && fraction_word(&next).is_some() && !next.ends_with('s'))
            || SCALES.iter().any(|(w, _)| *w == next && w.len() > 3)
        {
            current = 1.0;
            j = i + 1;
            any = true;
        } else {
            return None;
        }
    } else if first == "half" || first == "quarter" {
        let f = if first == "half" { 0.5 } else { 0.25 };
        let (a, b) = (lower(i + 1), lower(i + 2));
        if a == "a" && b == "dozen" {
            return Some(spelled(i + 3, 6.0, false));
        }
        if let Some(&(_, s)) = SCALES.iter().find(|(w, _)| *w == a && w.len() > 3) {
            return Some(spelled(i + 2, f * s, true));
        }
        if first == "half" {
            return Some(spelled(i + 1, 0.5, false));
        }
        return None;
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
        } else if (w == "-" || w == "‑")
            && any
            && current % 10.0 == 0.0
            && current % 100.0 >= 20.0
            && small_number(&lower(j + 1)).is_some_and(|v| v > 0 && v < 10)
        {
            // "fifty - two"
        } else if w == "hundred" && any {
            current = current.max(1.0) * 100.0;
        } else if (w == "dozen" || w == "dozens" || w == "dzs" || w == "dozs") && any {
            current = current.max(1.0) * 12.0;
        } else if let Some(&(_, f)) = SCALES.iter().find(|(k, _)| *k == w && k.len() > 3) {
            if !any {
                break;
            }
            total += current.max(1.0) * f;
            current = 0.0;
            scaled = true;
        } else if let Some(d) = fraction_word(&w).filter(|_| any && w != "second") {
            // "two thirds", "a half"; a scale may follow ("three quarters billion").
            let mut v = (total + current) / d;
            let mut end = j + 1;
            if let Some(&(_, s)) = SCALES
                .iter()
                .find(|(k, _)| *k == lower(j + 1) && k.len() > 3)
            {
                v *= s;
                end += 1;
            }
            return Some(spelled(end, v, false));
        } else if w == "and" && any {
            // "two hundred and fifty", "one and a half", "twenty and three fifths"
            if let Some(f) = spelled_fraction(tokens, j + 1) {
                // "one billion and a half million", "one million and a
                // half": the fraction is of a scale, not of one.
                let next = lower(f.end);
                if let Some(&(_, sc)) = SCALES.iter().find(|(w, _)| *w == next && w.len() > 3) {
                    return Some(spelled(f.end + 1, total + current + f.value * sc, true));
                }
                if current == 0.0 && total >= 1e3 && lower(f.end) != "of" {
                    let sc = 10f64.powi(3 * (total.log10() / 3.0).floor() as i32);
                    return Some(spelled(f.end, total + f.value * sc, true));
                }
                return Some(spelled(f.end, total + current + f.value, false));
            }
            if !(small_number(&lower(j + 1)).is_some() && (current >= 100.0 || total > 0.0)) {
                break;
            }
        } else if w == "point" && any {
            if let Some((d, end)) = decimals(tokens, j + 1) {
                return Some(spelled(end, total + current + d, false));
            }
            break;
        } else {
            break;
        }
        j += 1;
    }
    if !any {
        return None;
    }
    let mut n = spelled(j, total + current, scaled);
    n.scaled = scaled;
    Some(n)
}

fn spelled(end: usize, value: f64, scaled: bool) -> Number {
    Number {
        end,
        value,
        high: None,
        suffix: None,
        scaled,
        spelled: true,
    }
}

/// "a half", "three fifths" after "and".
fn spelled_fraction(tokens: &[Token], i: usize) -> Option<Number> {
    let w = tokens.get(i)?.lower();
    let n = if w == "a" {
        let d = fraction_word(&tokens.get(i + 1)?.lower())?;
        spelled(i + 2, 1.0 / d, false)
    } else {
        let n = small_number(&w)?;
        let d = fraction_word(&tokens.get(i + 1)?.lower())?;
        spelled(i + 2, n as f64 / d, false)
    };
    Some(n)
}

/// The digits after "point": "zero three" -> .03, "seventy-one" -> .71.
fn decimals(tokens: &[Token], i: usize) -> Option<(f64, usize)> {
    let mut s = String::new();
    let mut k = i;
    while let Some(v) = tokens.get(k).and_then(|t| small_number(&t.lower())) {
        if v >= 10 {
            if s.is_empty() {
                s = v.to_string();
                k += 1;
            }
            break;
        }
        s.push_str(&v.to_string());
        k += 1;
    }
    if s.is_empty() {
        return None;
    }
    Some((format!("0.{s}").parse().ok()?, k))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize_str;

    fn num(s: &str) -> Option<(f64, usize)> {
        let toks = tokenize_str(s);
        parse(&toks, 0, false, Locale::English).map(|n| (n.value, n.end))
    }

    #[test]
    fn reads_hyphened_fractions() {
        assert_eq!(num("one-eighth"), Some((0.125, 1)));
        assert_eq!(num("two-thirds of voters").map(|n| n.0), Some(2.0 / 3.0));
        assert_eq!(num("twenty-five"), Some((25.0, 1)));
    }

    #[test]
    fn reads_a_fraction_of_a_scale_after_and() {
        assert_eq!(num("3 million and a half").map(|n| n.0), Some(3.5e6));
        assert_eq!(num("one million and a half").map(|n| n.0), Some(1.5e6));
        assert_eq!(
            num("one billion and a quarter million").map(|n| n.0),
            Some(1_000_250_000.0)
        );
        assert_eq!(
            num("one hundred and three quarters").map(|n| n.0),
            Some(100.75)
        );
        // "and a quarter of them" is another figure.
        assert_eq!(
            num("3 million and a quarter of them").map(|n| n.0),
            Some(3e6)
        );
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
