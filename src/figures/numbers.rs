//! Reads one number starting at a token: digits ("500,000", "2.5", "1.2bn",
//! "10-15"), spelled-out numbers ("two hundred and fifty thousand",
//! "a million"), with an optional scale word after them.

use super::fractions::ordinal_fraction;
use super::lexicon::{
    FRACTION_WORDS, GLUED_SCALES, ORDINAL_WORDS, SCALES, TENS_WORDS, UNITS_WORDS, VULGAR_FRACTIONS,
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
    let mut num = if let Some(n) = power_at(tokens, i, locale) {
        return Some(n);
    } else if t.starts_with_digit() {
        let mut n = parse_digit_token(t.text, has_currency, locale)?;
        n.end = i + 1;
        if super::millions::glued_m_is_million(tokens, i, &n) {
            n.value *= 1e6;
            n.scaled = true;
            n.suffix = None;
        }
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
    } else if let Some(n) = ordinal_fraction(tokens, i) {
        n
    } else if let Some(v) = hyphened_fraction(&t.lower()) {
        // "two-thirds of a million"
        match of_a_scale(tokens, i + 1) {
            Some((s, end)) => spelled(end, v * s, true),
            None => spelled(i + 1, v, false),
        }
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
                // "3 dzs": dozens abbreviated.
                let dozen = matches!(&*lower, "dz" | "dzs" | "doz" | "dozs") && !num.spelled;
                let f = SCALES
                    .iter()
                    .find(|(w, _)| *w == lower)
                    .map(|s| s.1)
                    .or(hundred.then_some(100.0))
                    .or(dozen.then_some(12.0))
                    .or_else(|| letter_scale(tokens, i, num.end));
                if let Some(f) = f {
                    num.value *= f;
                    num.high = num.high.map(|h| h * f);
                    num.scaled = true;
                    num.end += 1;
                    // "4 hundred million"
                    let next = tokens.get(num.end).map(|t| t.lower()).unwrap_or_default();
                    let mut last = f;
                    if let Some(&(_, g)) = SCALES.iter().find(|(w, _)| *w == next && w.len() > 3) {
                        if g > f {
                            num.value *= g;
                            num.high = num.high.map(|h| h * g);
                            num.end += 1;
                            last = g;
                        }
                    }
                    if plain_integer(tokens[i].text) && num.high.is_none() && last >= 100.0 {
                        chain_scales(tokens, &mut num, last);
                    }
                }
            }
        }
    }
    and_a_fraction(tokens, &mut num);
    Some(num)
}

/// "2.33 k", "1,674.5 G": a scale letter spaced after digits with a
/// decimal point or grouping (a bare "300 K" may be kelvins, "5 M" a
/// label).
fn letter_scale(tokens: &[Token], i: usize, k: usize) -> Option<f64> {
    let next = tokens.get(k)?;
    let precise = tokens[i].text.contains(['.', ',']) && tokens[i].starts_with_digit();
    let f = match next.text {
        "k" | "K" => 1e3,
        "M" => 1e6,
        "G" | "B" => 1e9,
        _ => return None,
    };
    let word_after = tokens
        .get(k + 1)
        .is_some_and(|t| !t.space_before && t.is_word());
    (precise && next.space_before && !word_after).then_some(f)
}

/// m × 10^e, dividing for a negative power (closer to the decimal).
fn times_pow10(m: f64, e: i32) -> f64 {
    if e < 0 {
        m / 10f64.powi(-e)
    } else {
        m * 10f64.powi(e)
    }
}

fn plain_integer(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// "4 thousand 3 hundred and 21", "6 crore and two hundred": digits with
/// a scale word go on with smaller parts. After "and", only what is less
/// than a hundred follows "hundred"; a larger scale takes a part in the
/// hundreds ("5 million and 20 years" stays 5 million).
fn chain_scales(tokens: &[Token], num: &mut Number, mut scale: f64) {
    let said = |k: usize| tokens.get(k).map(|t| t.lower()).unwrap_or_default();
    loop {
        let and = said(num.end) == "and";
        let k = num.end + and as usize;
        let Some(t) = tokens.get(k).filter(|t| !t.line_start) else {
            return;
        };
        if plain_integer(t.text) && t.text.len() <= 3 {
            let v: f64 = t.text.parse().unwrap_or(0.0);
            let next = said(k + 1);
            let f = SCALES
                .iter()
                .find(|(w, f)| *w == next && w.len() > 3 && *f >= 1e3)
                .map(|s| s.1)
                .or((next == "hundred").then_some(100.0));
            match f {
                // "3 hundred" after "4 thousand"
                Some(f) if f < scale && v > 0.0 && v * f < scale => {
                    num.value += v * f;
                    num.end = k + 2;
                    scale = f;
                    continue;
                }
                None if and && scale == 100.0 && v > 0.0 && v < 100.0 => {
                    num.value += v;
                    num.end = k + 1;
                }
                _ => {}
            }
            return;
        }
        if !and {
            return;
        }
        if let Some(m) = parse_spelled(tokens, k) {
            let fits = if scale == 100.0 {
                m.value < 100.0
            } else {
                (100.0..scale).contains(&m.value)
            };
            if fits && m.value > 0.0 && m.value.fract() == 0.0 {
                num.value += m.value;
                num.end = m.end;
            }
        }
        return;
    }
}

/// "1.1^23", "2.5^-1", "-1.1^--23" (the signs multiply), "12.32e+14",
/// "1.3x10^6", "6.23 × 10^-4": a number raised to a power.
fn power_at(tokens: &[Token], i: usize, locale: Locale) -> Option<Number> {
    let t = tokens.get(i)?;
    if !t.starts_with_digit() {
        return None;
    }
    let tight = |k: usize| tokens.get(k).filter(|x| !x.space_before && !x.line_start);
    // A signed whole exponent from k: signs, then up to three digits.
    let exponent = |mut k: usize| -> Option<(i32, usize)> {
        let mut sign = 1;
        let mut signs = 0;
        while let Some(s) = tight(k).filter(|s| s.text == "+" || s.text == "-") {
            sign *= if s.text == "-" { -1 } else { 1 };
            signs += 1;
            k += 1;
        }
        let d = tight(k)?;
        if signs > 2 || !plain_integer(d.text) || d.text.len() > 3 {
            return None;
        }
        Some((sign * d.text.parse::<i32>().ok()?, k + 1))
    };
    let caret = |k: usize| tight(k).is_some_and(|c| c.text == "^");
    // "12.32e+14": the tokenizer stops before the sign.
    if let Some(m) = t.text.strip_suffix(['e', 'E']) {
        let m = parse_digits(m, locale)?;
        let (e, end) = exponent(i + 1)?;
        return Some(Number::plain(end, times_pow10(m, e)));
    }
    // "1.3x10^6" in one token, or "1.3 × 10^6".
    let times_ten = match t.text.split_once(['x', 'X']) {
        Some((m, "10")) => Some((parse_digits(m, locale)?, i + 1)),
        Some(_) => return None,
        None => {
            let x = tokens.get(i + 1).filter(|x| matches!(x.text, "×" | "x"));
            let ten = tokens
                .get(i + 2)
                .filter(|t| t.text == "10" && !t.line_start);
            match (x, ten) {
                (Some(x), Some(_)) if !x.line_start => Some((parse_digits(t.text, locale)?, i + 3)),
                _ => None,
            }
        }
    };
    if let Some((m, k)) = times_ten {
        if !caret(k) {
            return None;
        }
        let (e, end) = exponent(k + 1)?;
        return Some(Number::plain(end, times_pow10(m, e)));
    }
    if !caret(i + 1) {
        return None;
    }
    let base = parse_digits(t.text, locale)?;
    let (e, end) = exponent(i + 2)?;
    Some(Number::plain(end, base.powi(e)))
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
    // "-4/5": a signed fraction is no date or label, whatever its
    // denominator.
    let signed = i > 0
        && matches!(tokens[i - 1].text, "-" | "−")
        && !t.space_before
        && (i == 1 || tokens[i - 1].space_before || tokens[i - 1].line_start);
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
        let small = matches!(y as u32, 2 | 3 | 4 | 8 | 16) || s.text == "⁄" || (signed && k == i);
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
            return Some(Number::plain(0, times_pow10(m, e)));
        }
    }
    if let Some((a, b)) = text.split_once(['-', '‑']) {
        // "$5-million": a scale hyphened on; "$10,000-a-year": a rate after
        // the amount of money.
        if b.starts_with(|c: char| c.is_ascii_alphabetic()) {
            let v = parse_digits(a, locale)?;
            let b = b.to_ascii_lowercase();
            if let Some(&(_, f)) = SCALES.iter().find(|(w, _)| *w == b && w.len() > 3) {
                let mut n = Number::plain(0, v * f);
                n.scaled = true;
                return Some(n);
            }
            if has_currency && (b.starts_with("a-") || b.starts_with("per-")) {
                return Some(Number::plain(0, v));
            }
        }
        // "10-15": a range in one token.
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
            // metres ("mm" millimetres). A capital "K" without a currency is
            // a resolution or a race ("4K", "a 10K run"), not thousands, and
            // a scale after four digits a model ("the 5500M chip").
            Some(&(w, f))
                if has_currency
                    || (value < 1000.0
                        && (suffix == "M" || (w != "m" && w != "mm" && suffix != "K"))) =>
            {
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

/// "five-and-a-half", "two-and-a-quarter": a whole number and a unit
/// fraction hyphened into one word.
fn hyphened_and_a_fraction(w: &str) -> Option<f64> {
    let (n, f) = w.split_once("-and-a-")?;
    let n = small_number(n)?;
    let d = fraction_word(f).filter(|_| !f.ends_with('s'))?;
    (n > 0).then_some(n as f64 + 1.0 / d)
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
    // The last scale word and the part it made: "three lakh crore".
    let (mut last_scale, mut segment) = (0.0, 0.0);
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
        // "half a million"
        if let Some(s) = big_scale(&b).filter(|_| a == "a") {
            return Some(spelled(i + 3, f * s, true));
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
        if j == i {
            if let Some(v) = hyphened_and_a_fraction(&w) {
                return Some(spelled(j + 1, v, false));
            }
        }
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
        } else if (w == "hundred" || (w == "hundreds" && current > 1.0)) && any {
            current = current.max(1.0) * 100.0;
        } else if w == "hundred" && j == i && big_scale(&lower(j + 1)).is_some() {
            // "hundred thousand dollars"
            current = 100.0;
            any = true;
        } else if (w == "dozen" || w == "dozens" || w == "dzs" || w == "dozs") && any {
            current = current.max(1.0) * 12.0;
        } else if let Some(&(_, f)) = SCALES.iter().find(|(k, _)| *k == w && k.len() > 3) {
            if !any {
                break;
            }
            if current == 0.0 && last_scale > 0.0 && last_scale < f {
                // "lakh crore", "thousand million": a scale of a scale.
                total += segment * (f - 1.0);
                segment *= f;
            } else {
                segment = current.max(1.0) * f;
                total += segment;
            }
            last_scale = f;
            current = 0.0;
            scaled = true;
        } else if let Some(d) = fraction_word(&w).filter(|_| any && w != "second") {
            // "two millionth" is a rank, not a fraction: one takes the
            // singular, other numerators the plural.
            let singular = !w.ends_with('s') && w != "half" && w != "quarter";
            if singular && total + current != 1.0 {
                break;
            }
            // "two thirds", "a half"; a scale may follow ("three quarters billion").
            let mut v = (total + current) / d;
            let mut end = j + 1;
            if let Some(&(_, s)) = SCALES
                .iter()
                .find(|(k, _)| *k == lower(j + 1) && k.len() > 3)
            {
                v *= s;
                end += 1;
            } else if let Some((s, after)) = of_a_scale(tokens, j + 1) {
                // "a quarter of a million"
                v *= s;
                end = after;
            }
            return Some(spelled(end, v, false));
        } else if w == "and" && any {
            // "two hundred and fifty", "one and a half", "twenty and three fifths"
            if let Some(f) = spelled_fraction(tokens, j + 1) {
                // "one billion and a half million", "one million and a
                // half": the fraction is of a scale, not of one.
                let next = lower(f.end);
                if let Some(&(_, sc)) = SCALES.iter().find(|(w, _)| *w == next && w.len() > 3) {
                    // "five and a half million"; "one billion and a half
                    // million" (the half of the smaller scale).
                    let v = if current > 0.0 {
                        total + (current + f.value) * sc
                    } else {
                        total + f.value * sc
                    };
                    return Some(spelled(f.end + 1, v, true));
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

pub(super) fn spelled(end: usize, value: f64, scaled: bool) -> Number {
    Number {
        end,
        value,
        high: None,
        suffix: None,
        scaled,
        spelled: true,
    }
}

/// "of a million" at `k`: the scale and the token index after it.
fn of_a_scale(tokens: &[Token], k: usize) -> Option<(f64, usize)> {
    let said = |k: usize| {
        tokens
            .get(k)
            .filter(|t| !t.line_start)
            .map(|t| t.lower())
            .unwrap_or_default()
    };
    if said(k) != "of" || said(k + 1) != "a" {
        return None;
    }
    Some((big_scale(&said(k + 2))?, k + 3))
}

fn big_scale(w: &str) -> Option<f64> {
    SCALES
        .iter()
        .find(|(k, f)| *k == w && k.len() > 3 && *f >= 1e3)
        .map(|s| s.1)
}

/// "a half", "a thirtieth", "three fifths" after "and".
fn spelled_fraction(tokens: &[Token], i: usize) -> Option<Number> {
    let w = tokens.get(i)?.lower();
    let n = if w == "a" {
        let next = tokens.get(i + 1)?.lower();
        let rank = ORDINAL_WORDS.iter().find(|o| o.0 == next && o.1 > 2.0);
        let d = fraction_word(&next).or(rank.map(|o| o.1))?;
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
    fn reads_powers_and_scientific_notation() {
        let v = |s: &str| num(s).map(|n| n.0);
        let near = |s: &str, want: f64| {
            let got = v(s).unwrap_or(f64::NAN);
            assert!((got - want).abs() < 1e-9 * want, "{s}: {got}");
        };
        assert_eq!(num("1.1^23").map(|n| n.1), Some(3));
        near("1.1^23", 8.954302432552389);
        near("1.1^--23", 8.954302432552389);
        assert_eq!(v("2.5^-1"), Some(0.4));
        assert_eq!(num("12.32e+14"), Some((12.32e14, 3)));
        assert_eq!(v("1.3x10^6"), Some(1.3e6));
        near("6.23 × 10^-4", 6.23e-4);
        // Not a power: a caret with nothing after it, or "x" not ten.
        assert_eq!(num("5^ of"), Some((5.0, 1)));
        assert_eq!(num("3x4^2"), Some((3.0, 1)));
    }

    #[test]
    fn reads_digits_with_several_scale_words() {
        let v = |s: &str| num(s).map(|n| n.0);
        assert_eq!(v("3 hundred and 21 yuan"), Some(321.0));
        assert_eq!(v("4 thousand 3 hundred and 21"), Some(4321.0));
        assert_eq!(num("4 thousand 3 hundred and 0"), Some((4300.0, 4)));
        assert_eq!(v("6 crore and two hundred"), Some(60_000_200.0));
        assert_eq!(v("three lakh crore"), Some(3e12));
        assert_eq!(v("hundred thousand dollars"), Some(1e5));
        // A small number after "and" a large scale is another figure.
        assert_eq!(num("5 million and 20 years"), Some((5e6, 2)));
        assert_eq!(num("4000 3 hundred"), Some((4000.0, 1)));
    }

    #[test]
    fn reads_scale_letters_dozens_and_halves_of_scales() {
        let v = |s: &str| num(s).map(|n| n.0);
        assert_eq!(v("2.33 k"), Some(2330.0));
        assert_eq!(v("1,674.5 G"), Some(1.6745e12));
        assert_eq!(v("3 dzs"), Some(36.0));
        assert_eq!(v("five and a half million"), Some(5.5e6));
        assert_eq!(
            v("two hundred thirty two and a thirtieth"),
            Some(232.0 + 1.0 / 30.0)
        );
        assert_eq!(num("two out of five hundreds").map(|n| n.1), Some(1));
        // Not a scale: a whole number before a letter ("300 K" kelvins),
        // and a rank is no fraction ("two millionth").
        assert_eq!(num("300 K"), Some((300.0, 1)));
        assert_eq!(num("two millionth"), Some((2.0, 1)));
    }

    #[test]
    fn a_signed_fraction_takes_any_denominator() {
        let toks = tokenize_str("-4/5");
        assert_eq!(
            parse(&toks, 1, false, Locale::English).map(|n| n.value),
            Some(0.8)
        );
        let toks = tokenize_str("the 9/11 attacks");
        assert_eq!(
            parse(&toks, 1, false, Locale::English).map(|n| n.value),
            Some(9.0)
        );
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
