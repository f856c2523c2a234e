//! What follows or precedes a number: currency, percent, units of measure,
//! temperature, and unit compounds ("3-inch", "six-mile").

use super::lexicon::*;
use super::{joined, lower, numbers, pair_at, Amount, Locale};
use crate::tokens::Tok as Token;

/// Currency before the number: "$", "US$", "C $", "HK$", "usd$", "USD".
/// Returns the ISO code and the token index of the number.
pub(super) fn currency_before(tokens: &[Token], j: usize) -> Option<(&'static str, usize)> {
    let t = tokens.get(j)?;
    let symbol = |k: usize| {
        let t = tokens.get(k)?;
        CURRENCY_SYMBOLS
            .iter()
            .find(|(s, _)| t.text == *s)
            .map(|s| s.1)
    };
    let number_at = |k: usize| {
        let signed = tokens
            .get(k)
            .is_some_and(|n| n.text == "-" && !n.space_before)
            && tokens
                .get(k + 1)
                .is_some_and(|n| n.starts_with_digit() && !n.space_before);
        signed
            || tokens
                .get(k)
                .is_some_and(|n| !n.line_start && (n.starts_with_digit() || n.is_word()))
    };
    if let Some(code) = symbol(j) {
        // "$US55", "$A82": which dollar, glued after the sign.
        if t.text == "$" {
            if let Some(p) = tokens.get(j + 1).filter(|p| !p.space_before) {
                let named = DOLLAR_PREFIXES
                    .iter()
                    .find(|d| d.0 == p.text.to_lowercase());
                let glued = tokens.get(j + 2).is_some_and(|n| !n.space_before);
                if let (Some(&(_, c)), true) = (named, glued && p.text.len() <= 2) {
                    return number_at(j + 2).then_some((c, j + 2));
                }
            }
        }
        return number_at(j + 1).then_some((code, j + 1));
    }
    // Reuters writes yen as "Y=": "Y=28,030".
    if t.text == "Y"
        && tokens
            .get(j + 1)
            .is_some_and(|e| e.text == "=" && !e.space_before)
        && tokens
            .get(j + 2)
            .is_some_and(|n| n.starts_with_digit() && !n.space_before)
    {
        return Some(("JPY", j + 2));
    }
    // "Rs 500 crore", "Rs. 20": rupees spaced before the number.
    if t.text == "Rs" {
        let k = j + 1 + tokens.get(j + 1).is_some_and(|d| d.text == ".") as usize;
        if tokens
            .get(k)
            .is_some_and(|n| n.starts_with_digit() && !n.line_start)
        {
            return Some(("INR", k));
        }
    }
    // "RM23.50", "PS2.7m": the tokenizer split these (see split_glued).
    if let Some(&(_, code)) = GLUED_CURRENCY_PREFIXES.iter().find(|p| p.0 == t.text) {
        if tokens
            .get(j + 1)
            .is_some_and(|n| n.starts_with_digit() && !n.space_before)
        {
            return Some((code, j + 1));
        }
    }
    // A prefix naming which dollar: "US$", "C $", "usd$".
    let w = t.lower();
    let w = w.trim_end_matches('.');
    if tokens.get(j + 1).is_some_and(|s| s.text == "$") && number_at(j + 2) {
        // "a $5 fee", "Kyiv's $5": a lone letter names a dollar only when
        // glued to the sign ("A$5"), except the customary "C $".
        let spaced = tokens[j + 1].space_before;
        let lone = w.len() == 1 && w != "c";
        if let Some(&(_, code)) = DOLLAR_PREFIXES
            .iter()
            .find(|(p, _)| *p == w && !(lone && spaced))
        {
            return Some((code, j + 2));
        }
        if let Some(c) = CURRENCY_CODES.iter().find(|c| c.eq_ignore_ascii_case(w)) {
            return Some((c, j + 2));
        }
    }
    // "USD 200", "USD115", "rmb 10"
    let code = CURRENCY_CODES.iter().find(|c| **c == t.text).copied();
    let code = code.or_else(|| CODES_BEFORE.iter().find(|c| c.0 == t.text).map(|c| c.1));
    if let Some(code) = code {
        if tokens
            .get(j + 1)
            .is_some_and(|n| n.starts_with_digit() && !n.line_start)
        {
            return Some((code, j + 1));
        }
    }
    None
}

/// A number glued to a unit by a hyphen ("3-inch", "six-mile", "12-cent"),
/// or to the noun it counts ("120-seat"; the unit is then empty).
pub(super) struct Compound {
    end: usize,
    value: f64,
    /// The high end of a range written before the hyphen ("a 5-10-minute
    /// walk", "a 10- to 12-year-old"); `value` is then the low end.
    high: Option<f64>,
    pub kind: &'static str,
    pub unit: &'static str,
    pub dimension: Option<&'static str>,
    /// The hyphened noun a count compound counts.
    pub counts: Option<String>,
}

impl Compound {
    pub fn amount(&self) -> Amount {
        let range = self.high.is_some();
        Amount {
            end: self.end,
            value: (!range).then_some(self.value),
            low: range.then_some(self.value),
            high: self.high,
            approximate: false,
            scaled: false,
            spelled: false,
            suffix: None,
            wants_of: false,
            precise: false,
        }
    }
}

pub(super) fn compound_at(tokens: &[Token], j: usize, locale: Locale) -> Option<Compound> {
    let t = tokens.get(j)?;
    if let Some(c) = suspended_range(tokens, j, locale) {
        return Some(c);
    }
    let (num, raw_rest) = t.text.rsplit_once('-')?;
    if num.contains('-') {
        if let Some(c) = multiword_compound(t.text, j, locale) {
            return Some(c);
        }
    }
    // "the Six-Day War": a capital after the hyphen inside a sentence marks
    // a name, but in a headline every word has one.
    let capital = crate::tokens::Tok {
        text: raw_rest,
        ..t.clone()
    }
    .is_capitalized();
    let inside = j > 0 && !t.line_start && !matches!(tokens[j - 1].text, "." | "!" | "?");
    if capital && inside && !super::title_case::in_title_line(tokens, j) {
        return None;
    }
    let rest = raw_rest.to_lowercase();
    // "a 12-year-old boy", "the six-month-olds": an age.
    if rest == "old" || rest == "olds" {
        let (n, u) = num.rsplit_once('-')?;
        let &(_, unit) = MEASURE_UNITS.iter().find(|(w, _)| *w == u.to_lowercase())?;
        if dimension_of(unit) != Some("duration") {
            return None;
        }
        let (value, high) = compound_number(n, locale)?;
        return Some(Compound {
            end: j + 1,
            value,
            high,
            kind: "measure",
            unit,
            dimension: Some("age"),
            counts: None,
        });
    }
    let (value, high) = compound_number(num, locale)?;
    if let Some(&(_, u)) = MEASURE_UNITS.iter().find(|(w, _)| *w == rest) {
        // "a 10-year war", "a 14-day quarantine": an amount of time (see
        // time_refs.rs for durations as a class).
        let d = dimension_of(u);
        return Some(Compound {
            end: j + 1,
            value,
            high,
            kind: "measure",
            unit: u,
            dimension: d,
            counts: None,
        });
    }
    // "a three-fold rise": a multiple.
    if rest == "fold" {
        return Some(Compound {
            end: j + 1,
            value,
            high,
            kind: "measure",
            unit: "×",
            dimension: None,
            counts: None,
        });
    }
    // "an 80-percent stake"
    if let Some(&(_, u)) = PERCENT_WORDS.iter().find(|(w, _)| *w == rest) {
        return Some(Compound {
            end: j + 1,
            value,
            high,
            kind: "percent",
            unit: u,
            dimension: None,
            counts: None,
        });
    }
    if let Some(&(_, c)) = CURRENCY_WORDS.iter().find(|(w, _)| *w == rest) {
        return Some(Compound {
            end: j + 1,
            value,
            high,
            kind: "money",
            unit: c,
            dimension: None,
            counts: None,
        });
    }
    // A range counts no hyphened noun: "a 2-3-goal lead" is left alone.
    let count = high.is_none() && super::modifiers::count_modifier(tokens, j, num, value, &rest);
    if locale == Locale::English && count {
        return Some(Compound {
            end: j + 1,
            value,
            high,
            kind: "count",
            unit: "",
            dimension: None,
            counts: Some(rest),
        });
    }
    None
}

/// A number hyphened to a unit of several words: "a 3-per-cent rise", "a
/// 25-basis-point cut", "a 10-square-mile park".
fn multiword_compound(text: &str, j: usize, locale: Locale) -> Option<Compound> {
    let (num, rest) = text.split_once('-')?;
    if !rest.contains('-') {
        return None;
    }
    let words = rest.replace('-', " ").to_lowercase();
    let value = numbers::parse_digits(num, locale)?;
    let compound = |kind, unit, dimension| Compound {
        end: j + 1,
        value,
        high: None,
        kind,
        unit,
        dimension,
        counts: None,
    };
    if let Some(&(_, u)) = PERCENT_WORDS.iter().find(|(w, _)| *w == words) {
        return Some(compound("percent", u, None));
    }
    let &(_, u) = MEASURE_UNITS.iter().find(|(w, _)| *w == words)?;
    Some(compound("measure", u, dimension_of(u)))
}

/// The number before a compound's hyphen: digits or words ("12",
/// "twenty-five"), not an ordinal ("96th-minute"); or a rising range of
/// them ("5-10", "10-to-12", "three-to-four"), returned as low and high.
fn compound_number(num: &str, locale: Locale) -> Option<(f64, Option<f64>)> {
    if let Some(v) = numbers::parse_digits(num, locale) {
        return Some((v, None));
    }
    for joiner in ["-to-", "-or-"] {
        if let Some((a, b)) = num.split_once(joiner) {
            let (lo, hi) = (compound_number(a, locale)?, compound_number(b, locale)?);
            let rising = lo.1.is_none() && hi.1.is_none() && hi.0 > lo.0;
            return rising.then_some((lo.0, Some(hi.0)));
        }
    }
    let toks = crate::tokens::tokenize_str(num);
    let n = numbers::parse(&toks, 0, false, locale)?;
    if n.end != toks.len() || n.suffix.is_some() {
        return None;
    }
    match n.high {
        Some(h) if h > n.value => Some((n.value, Some(h))),
        Some(_) => None,
        None => Some((n.value, None)),
    }
}

/// A range whose low end leaves the hyphen hanging, and whose high end is
/// a compound: "a 10- to 12-year-old", "a three- or four-hour drive". The
/// low end is a plain number (no currency: "$5 to 10-year" is money and
/// a duration) and the compound a unit's (not a counted noun's) with one
/// number above it.
fn suspended_range(tokens: &[Token], j: usize, locale: Locale) -> Option<Compound> {
    let hyphen = tokens.get(j + 1)?;
    if !matches!(hyphen.text, "-" | "‑") || hyphen.space_before {
        return None;
    }
    let t = &tokens[j];
    let first = t.text.chars().next()?;
    if !first.is_ascii_alphanumeric() || t.text.contains('-') {
        return None;
    }
    let joiner = tokens.get(j + 2)?;
    if !matches!(joiner.text, "to" | "or") || !joiner.space_before || joiner.line_start {
        return None;
    }
    let next = tokens.get(j + 3).filter(|n| !n.line_start)?;
    if !next.text.contains('-') {
        return None;
    }
    let (lo, None) = compound_number(t.text, locale)? else {
        return None;
    };
    let c = compound_at(tokens, j + 3, locale)?;
    if c.high.is_some() || c.kind == "count" || c.value <= lo {
        return None;
    }
    Some(Compound {
        high: Some(c.value),
        value: lo,
        ..c
    })
}

/// A unit, its dimension and the token index after it.
pub(super) type UnitAt = (&'static str, Option<&'static str>, usize);

/// Letters glued to the digits: "5km", "200lbs", "115USD", "5C".
/// Returns the kind and (unit, dimension, token index after).
pub(super) fn glued_unit(
    sfx: &str,
    tokens: &[Token],
    end: usize,
) -> Option<(&'static str, UnitAt)> {
    let raw = tokens.get(end - 1).map(|t| t.text).unwrap_or("");
    if let Some(c) = CURRENCY_CODES.iter().find(|c| c.eq_ignore_ascii_case(sfx)) {
        return Some(("money", (c, None, end)));
    }
    // "100元": a currency word glued to the digits.
    if let Some(&(_, c)) = CURRENCY_WORDS
        .iter()
        .find(|(w, _)| *w == sfx && !w.is_ascii())
    {
        return Some(("money", (c, None, end)));
    }
    // "14.7C/ per security": "C/" writes cents, not Celsius ("5C/41F" is).
    let cents_mark = tokens
        .get(end)
        .is_some_and(|t| t.text == "/" && !t.space_before)
        && tokens.get(end + 1).is_none_or(|t| t.space_before);
    if raw.ends_with('C') && sfx == "c" && !cents_mark {
        return Some(("measure", ("°C", Some("temperature"), end)));
    }
    // "10km/hr": a speed written with a slash.
    if sfx == "km"
        && tokens
            .get(end)
            .is_some_and(|t| t.text == "/" && !t.space_before)
    {
        let per = lower(tokens, end + 1);
        if (per == "hr" || per == "h") && !tokens[end + 1].space_before {
            return Some(("measure", ("km/h", Some("speed"), end + 2)));
        }
    }
    // Lower-casing may change byte lengths outside ASCII: slice safely.
    let raw_sfx = raw.get(raw.len().saturating_sub(sfx.len())..).unwrap_or("");
    if let Some(&(_, u)) = CASED_UNITS.iter().find(|(k, _)| *k == raw_sfx) {
        return Some(("measure", (u, dimension_of(u), end)));
    }
    // "118.5p" is pence; "1080p" a video resolution.
    if sfx == "p" {
        let v = numbers::parse_digits(&raw[..raw.len() - 1], Locale::English)?;
        return (!RESOLUTIONS.contains(&v)).then_some(("money", ("GBP-pence", None, end)));
    }
    if sfx == "pc" {
        return Some(("percent", ("%", None, end)));
    }
    if sfx == "bps" || sfx == "bp" {
        return Some(("percent", ("bp", None, end)));
    }
    // "threefold" (read_amount splits the number word off).
    if sfx == "fold" {
        return Some(("measure", ("×", None, end)));
    }
    if let Some((k, u, d)) = hyphened_unit(sfx) {
        return Some((k, (u, d, end)));
    }
    // A capital "M" is not metres ("the 5500M chip"), nor a capital "G"
    // grams: a network generation or a force ("5G phones", "pulled 9G").
    if (raw.ends_with('M') && sfx == "m") || (raw.ends_with('G') && sfx == "g") {
        return None;
    }
    let &(_, u) = MEASURE_UNITS
        .iter()
        .chain(GLUED_ONLY_UNITS)
        .find(|(k, _)| *k == sfx)?;
    Some(("measure", (u, dimension_of(u), end)))
}

/// A unit word hyphened to a tail that keeps it a unit: "percent-owned",
/// "year-old", "barrel-a-day". Returns the kind, unit and dimension.
fn hyphened_unit(w: &str) -> Option<(&'static str, &'static str, Option<&'static str>)> {
    let (head, tail) = w.split_once('-')?;
    if !UNIT_TAILS.contains(&tail) {
        return None;
    }
    let find = |list: &'static [(&'static str, &'static str)]| {
        list.iter().find(|(k, _)| *k == head).map(|p| p.1)
    };
    if let Some(u) = find(PERCENT_WORDS) {
        return Some(("percent", u, None));
    }
    let u = find(MEASURE_UNITS)?;
    let d = dimension_of(u);
    if tail == "old" {
        return (d == Some("duration")).then_some(("measure", u, Some("age")));
    }
    Some(("measure", u, d))
}

/// A unit, percent or currency after the number. Returns the kind, unit,
/// dimension and the token index after it.
pub(super) fn unit_after(
    tokens: &[Token],
    end: usize,
    amount: &Amount,
) -> Option<(&'static str, &'static str, Option<&'static str>, usize)> {
    let t = &tokens[end];
    if t.text == "%" {
        return Some(("percent", "%", None, end + 1));
    }
    // "9600 bps" is a line's speed in bits; "25 bps" basis points.
    if t.lower() == "bps" && amount.value.is_some_and(|v| v >= 1000.0) {
        return Some(("measure", "bit/s", Some("data"), end + 1));
    }
    if let Some((u, after)) = pair_at(tokens, end, PERCENT_WORDS) {
        return Some(("percent", u, None, after));
    }
    // "361 million pounds" is money; "25 pounds" is a weight.
    if amount.scaled && lower(tokens, end) == "pounds" {
        return Some(("money", "GBP", None, end + 1));
    }
    if let Some((code, after)) = pair_at(tokens, end, CURRENCY_WORDS) {
        return Some(("money", code, None, after));
    }
    // A code or symbol glued to digits after it leads them: "3 USD50".
    let leads_next = tokens
        .get(end + 1)
        .is_some_and(|n| !n.space_before && n.starts_with_digit());
    if let Some(code) = CURRENCY_CODES
        .iter()
        .find(|c| t.text == **c || (t.text.len() == 3 && t.lower() == c.to_lowercase()))
    {
        return (!leads_next).then_some(("money", code, None, end + 1));
    }
    // "30 MUSD", "120 MEUR": millions of a currency (see million_code).
    if let Some(code) = million_code(t) {
        return Some(("money", code, None, end + 1));
    }
    // A symbol after the number: "1,200€", "500 €", "10 $ is not much".
    if let Some(&(_, code)) = CURRENCY_SYMBOLS.iter().find(|(s, _)| *s == t.text) {
        if leads_next {
            return None;
        }
        if t.text != "$" || !t.space_before || spaced_dollar_after(tokens, end, amount) {
            return Some(("money", code, None, end + 1));
        }
    }
    let digits = !amount.spelled && amount.suffix.is_none();
    if let Some(&(_, u)) = CASED_UNITS.iter().find(|(k, _)| *k == t.text) {
        // "3170 W. County Road": the compass letter of a street address.
        if t.text == "W" && street_after(tokens, end + 1) {
            return None;
        }
        if digits {
            return Some(("measure", u, dimension_of(u), end + 1));
        }
    }
    // "68 p" is pence (a page is "p. 68", before the number).
    if t.text == "p" && digits {
        return Some(("money", "GBP-pence", None, end + 1));
    }
    // Inch and foot marks: 25.5″, 6′.
    // Not a prime written for an apostrophe: "2022′s".
    let letter_after = tokens
        .get(end + 1)
        .is_some_and(|n| !n.space_before && n.is_word());
    if (t.text == "″" || t.text == "′") && !t.space_before && digits && !letter_after {
        let u = if t.text == "″" { "in" } else { "ft" };
        return Some(("measure", u, Some("length"), end + 1));
    }
    // "a 87 yo man": years old, in clinical notes.
    if t.text == "yo" && digits {
        return Some(("measure", "year", Some("age"), end + 1));
    }
    // "6.5 times earnings": a multiple (spelled "three times" is too often
    // a count of occasions with nothing to highlight).
    if t.text == "times" && digits {
        return Some(("measure", "×", None, end + 1));
    }
    if let Some((k, u, d)) = hyphened_unit(&t.lower()) {
        return Some((k, u, d, end + 1));
    }
    if let Some((u, after)) = degree_at(tokens, end) {
        return Some(("measure", u, Some("temperature"), after));
    }
    // Units in brackets: "20 (kg)", "20 [kg]".
    if matches!(t.text, "(" | "[" | "{" | "<") && !tokens.get(end + 1)?.space_before {
        let &(_, u) = MEASURE_UNITS
            .iter()
            .find(|(k, _)| *k == lower(tokens, end + 1))?;
        let close = tokens.get(end + 2)?;
        if matches!(close.text, ")" | "]" | "}" | ">") {
            return Some(("measure", u, dimension_of(u), end + 3));
        }
        return None;
    }
    let (u, mut after) = pair_at(tokens, end, MEASURE_UNITS)?;
    // "one day he said" is not a duration: words alone need digits.
    let old = lower(tokens, after) == "old";
    if amount.spelled && amount.value == Some(1.0) && dimension_of(u) == Some("duration") && !old {
        return None;
    }
    // A bare "m" after spelled words is rarely metres.
    if amount.spelled && lower(tokens, end).len() <= 2 {
        return None;
    }
    // "188 miles an hour"
    if u == "mi" && lower(tokens, after) == "an" && lower(tokens, after + 1) == "hour" {
        after += 2;
        return Some(("measure", "mph", Some("speed"), after));
    }
    // "50 meters per millisecond", "50 centimeters/millisecond".
    let per = match tokens.get(after) {
        Some(t) if joined(tokens, after) && t.lower() == "per" => Some(after + 1),
        Some(t) if t.text == "/" && !t.space_before => Some(after + 1),
        _ => None,
    };
    let tight = |k: usize| tokens.get(k).is_some_and(|t| !t.space_before);
    if let Some(k) = per.filter(|&k| joined(tokens, k) && (tight(k) || tokens[k - 1].text != "/")) {
        if let Some((p, a2)) = pair_at(tokens, k, PER_UNITS) {
            if let Some(speed) = speed_of(u, p) {
                return Some(("measure", speed, Some("speed"), a2));
            }
        }
    }
    Some(("measure", u, dimension_of(u), after))
}

/// Street words that end an address's name ("W. County Road").
const STREET_WORDS: &[&str] = &[
    "Road",
    "Rd",
    "Street",
    "St",
    "Avenue",
    "Ave",
    "Drive",
    "Dr",
    "Boulevard",
    "Blvd",
    "Lane",
    "Ln",
    "Place",
    "Court",
    "Ct",
    "Highway",
    "Hwy",
    "Parkway",
    "Pkwy",
    "Pike",
    "Terrace",
];

/// After a one-letter compass abbreviation ("W."), capitalised words up
/// to a street word: the number before is a house number.
fn street_after(tokens: &[Token], after: usize) -> bool {
    let joined_dot = tokens
        .get(after)
        .is_some_and(|t| t.text == "." && !t.space_before);
    if !joined_dot {
        return false;
    }
    for k in after + 1..after + 5 {
        let Some(t) = tokens
            .get(k)
            .filter(|t| !t.line_start && t.is_capitalized())
        else {
            return false;
        };
        if STREET_WORDS.contains(&t.text) {
            return k > after + 1;
        }
    }
    false
}

/// A spaced "$" after a number names its currency when no number follows
/// the sign ("10 $ is not much") but cents ("10 $ 30 cent"). In "In 2019
/// $ 5 million" the sign leads the next number.
fn spaced_dollar_after(tokens: &[Token], end: usize, amount: &Amount) -> bool {
    let year = amount
        .value
        .is_some_and(|v| (1800.0..=2100.0).contains(&v) && v.fract() == 0.0);
    if year || amount.spelled {
        return false;
    }
    let Some(n) = tokens.get(end + 1).filter(|n| !n.line_start) else {
        return true;
    };
    if !n.starts_with_digit() {
        return true;
    }
    // "10 $ 30 cent", "10 $ 30 $": the next number has its own unit.
    let next = lower(tokens, end + 2);
    matches!(&*next, "cent" | "cents") || CURRENCY_SYMBOLS.iter().any(|s| s.0 == next)
}

fn speed_of(u: &str, per: &str) -> Option<&'static str> {
    SPEEDS.iter().find(|s| s.0 == u && s.1 == per).map(|s| s.2)
}

/// "°C", "° F", "degrees Celsius", "40 deg c", "90 fahrenheit".
pub(super) fn degree_at(tokens: &[Token], i: usize) -> Option<(&'static str, usize)> {
    let t = tokens.get(i)?;
    let scale_at = |k: usize| -> Option<&'static str> {
        let w = lower(tokens, k);
        if !joined(tokens, k) {
            return None;
        }
        TEMPERATURE_SCALES
            .iter()
            .find(|(s, _)| *s == w)
            .map(|s| s.1)
    };
    if t.text == "°" {
        return match scale_at(i + 1) {
            Some(s) => Some((s, i + 2)),
            None => Some(("°", i + 1)),
        };
    }
    let w = t.lower();
    if matches!(&*w, "degrees" | "degree" | "deg") {
        let mut k = i + 1;
        if w == "deg"
            && tokens
                .get(k)
                .is_some_and(|d| d.text == "." && !d.space_before)
        {
            k += 1;
        }
        return match scale_at(k) {
            Some(s) => Some((s, k + 1)),
            None => Some(("°", k)),
        };
    }
    // "90 fahrenheit", but not a bare "f" or "c".
    if w.len() > 1 {
        if let Some(s) = scale_at(i) {
            return Some((s, i + 1));
        }
    }
    None
}

/// The cents after a whole amount of a currency: "3 dollars 50 cents",
/// "thirteen dollars and forty-five cents", "15 dollars 50." (without the
/// subunit word only at the end of a clause). Returns cents and the end.
pub(super) fn cents_after(
    tokens: &[Token],
    end: usize,
    amount: &Amount,
    locale: Locale,
) -> Option<(f64, usize)> {
    let v = amount.value?;
    if v.fract() != 0.0 || amount.scaled || !joined(tokens, end) {
        return None;
    }
    let k = if lower(tokens, end) == "and" {
        end + 1
    } else {
        end
    };
    if !joined(tokens, k) {
        return None;
    }
    let m = numbers::parse(tokens, k, false, locale)?;
    let whole = m.value.fract() == 0.0 && (1.0..100.0).contains(&m.value);
    if !whole || m.scaled || m.suffix.is_some() || m.high.is_some() {
        return None;
    }
    let sub = lower(tokens, m.end);
    if matches!(&*sub, "cents" | "cent" | "pence" | "p") && joined(tokens, m.end) {
        return Some((m.value, m.end + 1));
    }
    // "10 $ 30 $": a number with its own currency sign is no cents.
    let own_sign = tokens
        .get(m.end)
        .is_some_and(|t| CURRENCY_SYMBOLS.iter().any(|s| s.0 == t.text));
    let clause_ends = tokens
        .get(m.end)
        .is_none_or(|t| !t.is_word() || t.line_start);
    (clause_ends && !own_sign).then_some((m.value, m.end))
}

/// The inches after a whole number of feet: "5 feet 2 inches", "5 ft 2
/// in", "5 feet and 2 inches". Returns the inches and the end.
pub(super) fn inches_after(
    tokens: &[Token],
    end: usize,
    amount: &Amount,
    locale: Locale,
) -> Option<(f64, usize)> {
    let v = amount.value?;
    if v.fract() != 0.0 || amount.spelled || !joined(tokens, end) {
        return None;
    }
    let k = if lower(tokens, end) == "and" {
        end + 1
    } else {
        end
    };
    let m = numbers::parse(tokens, k, false, locale)?;
    if !joined(tokens, k) || m.spelled || m.scaled || m.suffix.is_some() || m.value >= 12.0 {
        return None;
    }
    let unit = lower(tokens, m.end);
    (matches!(&*unit, "inches" | "inch" | "in") && joined(tokens, m.end))
        .then_some((m.value, m.end + 1))
}

/// "MUSD", "MEUR": an ISO code with M for millions, as in business
/// reports.
pub(super) fn million_code(t: &Token) -> Option<&'static str> {
    let code = t.text.strip_prefix('M')?;
    CURRENCY_CODES.iter().find(|c| **c == code).copied()
}

/// A word that names a unit of measure ("minutes", "miles").
pub(super) fn is_unit_word(w: &str) -> bool {
    super::paired(MEASURE_UNITS, w).is_some()
}

/// A unit word of time ("year", "days").
pub(super) fn is_time_unit(w: &str) -> bool {
    super::paired(MEASURE_UNITS, w).is_some_and(|u| dimension_of(u) == Some("duration"))
}

/// What a unit measures.
pub(super) fn dimension_of(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "km" | "mi" | "m" | "cm" | "mm" | "dm" | "ft" | "in" | "yd" | "nmi" | "pm" | "nm"
        | "µm" => "length",
        "km²" | "sq mi" | "m²" | "sq ft" | "acre" | "ha" => "area",
        "kg" | "g" | "mg" | "µg" | "t" | "metric ton" | "lb" | "oz" => "mass",
        "mph" | "km/h" | "kn" | "m/s" => "speed",
        u if SPEEDS.iter().any(|s| s.2 == u) => "speed",
        "L" | "mL" | "gal" | "bbl" | "cu ft" | "m³" | "tbsp" | "tsp" | "cup" => "volume",
        "MW" | "GW" | "kW" | "W" | "hp" => "power",
        "kWh" | "MWh" | "GWh" => "energy",
        "Hz" | "kHz" | "MHz" | "GHz" | "rpm" => "frequency",
        "MB" | "GB" | "TB" | "kB" | "bit" | "Mb" => "data",
        "°C" | "°F" | "°" => "temperature",
        "s" | "min" | "h" | "d" | "week" | "month" | "year" | "decade" | "century" => "duration",
        _ => return None,
    })
}

#[cfg(test)]
mod currency_and_speed_tests {
    use super::super::find;

    fn found(s: &str) -> Vec<(String, Option<f64>, Option<String>)> {
        find(s)
            .into_iter()
            .map(|f| (f.text, f.value, f.unit))
            .collect()
    }

    #[test]
    fn a_spaced_dollar_after_a_number_names_its_currency() {
        let f = found("10 $ is not much");
        assert_eq!(f[0], ("10 $".into(), Some(10.0), Some("USD".into())));
        assert_eq!(found("10 $ 30 cent")[0].1, Some(10.3));
        let v: Vec<_> = found("10 $ 30 $").into_iter().map(|f| f.1).collect();
        assert_eq!(v, vec![Some(10.0), Some(30.0)]);
        // The sign leads the next number after a year.
        let f = found("In 2019 $ 5 million was spent");
        assert_eq!(f[0].0, "$ 5 million");
    }

    #[test]
    fn codes_lead_or_follow_their_number() {
        let t: Vec<_> = found("rmb 10 usd 20").into_iter().map(|f| f.0).collect();
        assert_eq!(t, vec!["rmb 10", "usd 20"]);
        assert_eq!(found("They lost 75 USD million")[0].1, Some(75e6));
        let t: Vec<_> = found("giving away 3 USD50 Cards")
            .into_iter()
            .map(|f| f.0)
            .collect();
        assert_eq!(t, vec!["USD50"]);
        // A code that is an English word does not lead a number.
        assert!(found("try 20 more").is_empty());
    }

    #[test]
    fn reads_speeds_per_time_units_and_cents_marks() {
        let u = |s: &str| found(s)[0].2.clone();
        assert_eq!(u("50 meters per millisecond"), Some("m/ms".into()));
        assert_eq!(u("50 centimeters/millisecond"), Some("cm/ms".into()));
        assert_eq!(u("50 km/ms"), Some("km/ms".into()));
        assert!(found("were $765 million or 14.7C/ per security")
            .iter()
            .all(|f| f.2.as_deref() != Some("°C")));
        assert_eq!(u("highs of 5C/41F today"), Some("°C".into()));
    }
}

#[cfg(test)]
mod tests {
    use super::super::find;

    fn first(s: &str) -> (String, Option<f64>, Option<String>) {
        let f = find(s);
        let f = f.first().unwrap_or_else(|| panic!("no figure in {s:?}"));
        (f.text.clone(), f.value, f.unit.clone())
    }

    #[test]
    fn reads_power_frequency_and_engine_units() {
        for (s, text, unit) in [
            ("a 10kW solar array", "10kW", "kW"),
            ("a 5.5kWh battery", "5.5kWh", "kWh"),
            ("a 120Hz display", "120Hz", "Hz"),
            ("torque at 3000 rpm.", "3000 rpm", "rpm"),
            ("with a 5 W charger", "5 W", "W"),
            ("a 4500 mAh battery", "4500 mAh", "mAh"),
            ("at 4 ppb below", "4 ppb", "ppb"),
            ("makes 300 PS here", "300 PS", "hp"),
            ("produce 640bhp now", "640bhp", "hp"),
            ("just 0.03 millimeter slim", "0.03 millimeter", "mm"),
            ("a 1520 sq m centre", "1520 sq m", "m²"),
            ("cooked for 3min.", "3min", "min"),
        ] {
            let (t, _, u) = first(s);
            assert_eq!((t.as_str(), u.as_deref()), (text, Some(unit)), "{s}");
        }
    }

    #[test]
    fn a_capital_g_glued_to_digits_is_no_gram() {
        assert!(crate::figures::find("Carriers rolled out 4G and 5G.").is_empty());
        let (t, _, u) = first("Add 50g of sugar.");
        assert_eq!((t.as_str(), u.as_deref()), ("50g", Some("g")));
    }

    #[test]
    fn reads_glued_currency_prefixes_pence_and_symbols_after() {
        for (s, v, unit) in [
            ("worth $US55,931,000 in all", 55_931_000.0, "USD"),
            ("worth $A82,615,680 in all", 82_615_680.0, "AUD"),
            ("worth up to PS2.7m.", 2.7e6, "GBP"),
            ("a sum of USD10m.", 1e7, "USD"),
            ("rose to RM23.50 today", 23.5, "MYR"),
            ("fell to Y=28,030 as", 28_030.0, "JPY"),
            ("a notebook for 1,200€ to work", 1200.0, "EUR"),
            ("At 118.5p, its shares", 118.5, "GBP-pence"),
            ("down 68 p at noon", 68.0, "GBP-pence"),
            ("a rate of 1.38pc.", 1.38, "%"),
        ] {
            let (_, value, u) = first(s);
            assert_eq!((value, u.as_deref()), (Some(v), Some(unit)), "{s}");
        }
        // Consoles and video resolutions are not money.
        assert!(find("on the PS5 and in 1080p video").is_empty());
    }

    #[test]
    fn an_article_or_possessive_before_a_dollar_sign_is_not_a_prefix() {
        assert_eq!(
            first("won a $48.2 million contract").2.as_deref(),
            Some("USD")
        );
        assert_eq!(first("Kyiv’s $5 billion plan").2.as_deref(), Some("USD"));
        assert_eq!(first("paid A$5 billion").2.as_deref(), Some("AUD"));
        assert_eq!(first("paid C $ 100 today").2.as_deref(), Some("CAD"));
    }

    #[test]
    fn reads_unit_words_hyphened_to_a_tail() {
        let (t, v, u) = first("Nissan, which is 43.4 percent-owned by Renault");
        assert_eq!(
            (t.as_str(), v, u.as_deref()),
            ("43.4 percent-owned", Some(43.4), Some("%"))
        );
        let f = find("a 50 year-old man and a 52,000 barrel-a-day refinery");
        assert_eq!(f[0].dimension, Some("age"));
        assert_eq!(f[1].unit.as_deref(), Some("bbl"));
        assert!(find("the 96th-minute winner").is_empty());
    }

    #[test]
    fn reads_more_currency_signs_and_millions_codes() {
        for (s, v, unit) in [
            ("Supply limit: ₿21,000,000", 21e6, "BTC"),
            ("the cost is 100元!", 100.0, "CNY"),
            ("losses in excess of 30 MUSD were", 30e6, "USD"),
        ] {
            let (_, value, u) = first(s);
            assert_eq!((value, u.as_deref()), (Some(v), Some(unit)), "{s}");
        }
    }

    #[test]
    fn adds_the_cents_after_a_whole_amount() {
        for (s, v) in [
            ("it only cost 3 dollars 50 cents.", 3.5),
            ("it only cost thirteen dollars and forty-five cents", 13.45),
            ("It costs 15 dollars and 50.", 15.5),
        ] {
            assert_eq!(first(s).1, Some(v), "{s}");
        }
        // A count after the money is not its cents.
        assert_eq!(first("paid 15 dollars and 50 people came").1, Some(15.0));
    }

    #[test]
    fn reads_feet_and_inches_cooking_measures_and_yo() {
        let f = find("he is 5 feet 2 inches tall");
        assert_eq!(
            (f[0].text.as_str(), f[0].unit.as_deref()),
            ("5 feet 2 inches", Some("ft"))
        );
        assert!((f[0].value.unwrap() - (5.0 + 2.0 / 12.0)).abs() < 1e-9);
        assert_eq!(first("add 3 tablespoons butter").2.as_deref(), Some("tbsp"));
        assert_eq!(find("a 87 yo man")[0].dimension, Some("age"));
        assert_eq!(
            find("a promise that is one year old?")[0].dimension,
            Some("age")
        );
        assert!(find("one day he said").is_empty());
        // "in" alone after a number is a preposition.
        assert_eq!(
            texts_of("grew 5 feet in 2 years"),
            vec!["5 feet", "2 years"]
        );
    }

    fn texts_of(s: &str) -> Vec<String> {
        find(s).into_iter().map(|f| f.text).collect()
    }

    #[test]
    fn ranges_before_a_hyphened_unit_are_one_range() {
        let r = |s: &str| {
            find(s)
                .into_iter()
                .map(|f| (f.text, f.low, f.high, f.unit, f.dimension))
                .collect::<Vec<_>>()
        };
        let year = |t: &str, lo, hi, d| {
            (
                t.to_string(),
                Some(lo),
                Some(hi),
                Some("year".into()),
                Some(d),
            )
        };
        assert_eq!(
            r("a 10- to 12-year-old boy"),
            vec![year("10- to 12-year-old", 10.0, 12.0, "age")]
        );
        assert_eq!(
            r("a 5-to-7-year plan"),
            vec![year("5-to-7-year", 5.0, 7.0, "duration")]
        );
        assert_eq!(find("a 5-10-minute walk")[0].low, Some(5.0));
        assert_eq!(find("a two- or three-mile run")[0].high, Some(3.0));
        // Money before a hyphened duration is two figures, and a falling
        // or repeated pair is no range.
        assert_eq!(
            texts_of("costs $5 to 10-year-olds"),
            vec!["$5", "10-year-olds"]
        );
        assert_eq!(texts_of("a 12- to 10-year gap"), vec!["10-year"]);
        assert_eq!(find("a 10-5-day trip").len(), 0);
    }

    #[test]
    fn degrees_after_a_turn_are_an_angle() {
        assert_eq!(find("rotate 90 degrees")[0].dimension, Some("angle"));
        assert_eq!(find("a 45 degrees angle")[0].dimension, Some("angle"));
        assert_eq!(
            find("it was 45 degrees outside")[0].dimension,
            Some("temperature")
        );
    }

    #[test]
    fn reads_multiples_only_after_digits() {
        assert_eq!(first("trades on 6.5 times earnings").1, Some(6.5));
        assert!(find("he called three times").is_empty());
    }
}
