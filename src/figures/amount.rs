//! Reading the amount: numbers with scales, ratios, ranges and vague quantities ("dozens", "tens of thousands").

use super::*;

/// A second figure of the same kind after "to", "-" or (after "between")
/// "and" makes a range: "1 per cent to 1.5 per cent", "between 5% and
/// 6%". Not after "by": "rose by $4bn to $9bn" is a change and a level.
/// Returns the end, (low, high, counts, quantity end).
#[allow(clippy::type_complexity)]
pub(super) fn range_tail(
    tokens: &[Token],
    start: usize,
    end: usize,
    fig: &Figure,
    opts: &Options,
) -> Option<(usize, (Option<f64>, Option<f64>, Option<String>, usize))> {
    let lo = fig.value?;
    if start > 0 && lower(tokens, start - 1) == "by" {
        return None;
    }
    let joiner = lower(tokens, end);
    let ok = if lower(tokens, start) == "between" {
        joiner == "and"
    } else {
        matches!(&*joiner, "to" | "-" | "–")
    };
    if !ok || !joined(tokens, end + 1) {
        return None;
    }
    let from = start > 0 && lower(tokens, start - 1) == "from";
    let Some((_, end2, f2)) = figure_at(tokens, end + 1, opts) else {
        // "from 208 pounds to 193": the unit is not repeated.
        let m = numbers::parse(tokens, end + 1, false, opts.locale)?;
        let plain = m.suffix.is_none() && m.high.is_none() && !m.spelled;
        let hi = m.value;
        if !from || !plain || fig.kind == "count" || hi == lo {
            return None;
        }
        let q_end = tokens[m.end - 1].end;
        return Some((m.end, (Some(lo), Some(hi), None, q_end)));
    };
    let hi = f2.value?;
    if f2.kind != fig.kind || f2.unit != fig.unit || f2.qualifier.is_some() {
        return None;
    }
    // "fell 31.44 points to 5,616.21": a change and the level it reached;
    // a range names its noun once, at the end ("10 to 15 people").
    if fig.counts.is_some() && f2.counts.is_none() && !from {
        return None;
    }
    // "from 4.8 to 4.7 percent" is a change and keeps its order.
    if hi <= lo && !(from && hi < lo) {
        return None;
    }
    // "oil rose $1.20 to $85.40": after a verb of change, a change and the
    // level it reached, unless the two are close ("rose 10 to 15 percent").
    let changed =
        start > 0 && !tokens[start].line_start && is_change_verb(&lower(tokens, start - 1));
    if changed && hi > 2.0 * lo {
        return None;
    }
    Some((end2, (Some(lo), Some(hi), f2.counts, f2.quantity_span.1)))
}

/// The product's policy for a count with no counted noun: only a vague,
/// scaled or precise ("1,334.20") amount, or one with a qualifier or a
/// range, says it is a figure; a bare "12" may be anything.
pub(super) fn bare_is_figure(a: &Amount, qualifier: &Option<String>, lead: Lead) -> bool {
    if a.spelled && !a.approximate && !a.scaled {
        return false;
    }
    // "jumped from 240 to 273": a change between two digit amounts (not
    // small numbers that may be hours, "from 9 to 5").
    let change = lead == Lead::From
        && a.low
            .zip(a.high)
            .is_some_and(|(l, h)| l.max(h) > 24.0 || l.fract() != 0.0);
    a.approximate || a.scaled || qualifier.is_some() || lead == Lead::Between || change || a.precise
}

/// Reads the number itself, a range, or a vague amount.
pub(super) fn read_amount(
    tokens: &[Token],
    i: usize,
    has_currency: bool,
    lead: Lead,
    locale: Locale,
) -> Option<Amount> {
    let t = tokens.get(i)?;
    let w = t.lower();
    // "several hundred", "a few dozen", "a couple of thousand"
    if let Some(a) = vague_multiple(tokens, i) {
        return Some(a);
    }
    // "tens of thousands", "hundreds of thousands"
    if (w == "tens" || w == "hundreds") && lower(tokens, i + 1) == "of" {
        let scale = lower(tokens, i + 2);
        let base = match &*scale {
            "thousands" => 1e3,
            "millions" => 1e6,
            "billions" => 1e9,
            _ => 0.0,
        };
        if base > 0.0 {
            let f = if w == "tens" { 10.0 } else { 100.0 };
            return Some(vague(i + 3, base * f, base * f * 10.0, false));
        }
    }
    // "threefold", "tenfold": a multiple in one word.
    if let Some(v) = w.strip_suffix("fold").and_then(number_word) {
        let mut a = vague(i + 1, v, v, false);
        (a.value, a.low, a.high, a.approximate) = (Some(v), None, None, false);
        a.suffix = Some("fold".into());
        return Some(a);
    }
    // "a percentage point", "a basis point": one point.
    if matches!(&*w, "a" | "an") {
        if let Some((u, _)) = pair_at(tokens, i + 1, PERCENT_WORDS) {
            if u == "percentage points" || u == "bp" {
                let mut a = vague(i + 1, 1.0, 1.0, false);
                (a.value, a.low, a.high, a.approximate) = (Some(1.0), None, None, false);
                return Some(a);
            }
        }
    }
    if let Some(&(_, lo, hi)) = APPROXIMATE.iter().find(|(k, _, _)| *k == w) {
        return Some(vague(i + 1, lo, hi, false));
    }
    if let Some((p, after)) = phrase_at(tokens, i, approximate_of_words()) {
        if lower(tokens, after) == "of" {
            let &(_, lo, hi) = APPROXIMATE_OF.iter().find(|a| a.0 == p)?;
            let mut a = vague(after, lo, hi, true);
            if lo == hi {
                a.value = Some(lo);
                a.low = None;
                a.high = None;
                a.approximate = false;
            }
            return Some(a);
        }
    }
    let n = numbers::parse(tokens, i, has_currency, locale)?;
    let mut a = Amount {
        end: n.end,
        value: Some(n.value),
        low: None,
        high: None,
        approximate: false,
        scaled: n.scaled,
        spelled: n.spelled,
        suffix: n.suffix.clone(),
        wants_of: false,
        precise: !n.spelled && tokens[i].text.contains([',', '.']),
    };
    if let Some((v, end)) = ratio(tokens, &n, locale) {
        a.value = Some(v);
        a.end = end;
        return Some(a);
    }
    if let Some(h) = n.high {
        a.value = None;
        a.low = Some(n.value);
        a.high = Some(h);
        return Some(a);
    }
    // "10 to 15", "10-15" with spaces, "between 10 and 15", "three or four".
    let joiner = lower(tokens, n.end);
    let is_joiner = match lead {
        Lead::Between => joiner == "and",
        _ => joiner == "to" || joiner == "-" || joiner == "–" || joiner == "or",
    };
    if is_joiner && joined(tokens, n.end + 1) && n.suffix.is_none() {
        let skip_sym = tokens
            .get(n.end + 1)
            .is_some_and(|t| CURRENCY_SYMBOLS.iter().any(|(s, _)| *s == t.text));
        // "rose by $4bn to $9bn": a change and the level it reached.
        if skip_sym && lead == Lead::By {
            return Some(a);
        }
        let k = n.end + 1 + skip_sym as usize;
        if let Some(m) = numbers::parse(tokens, k, has_currency, locale) {
            let (mut lo, hi) = (n.value, m.value);
            // "2 to 3 million": the scale applies to both ends, but not in
            // "$200 to $4 million" (the low end is above the high digits).
            let f = scale_of(tokens, m.end - 1);
            if m.scaled && !n.scaled && lo < 1000.0 && lo <= m.value / f {
                lo *= f;
            }
            // "three or four years", not "10 or 2,000".
            let or_ok = !m.scaled && !n.scaled && !has_currency && hi <= 2.0 * lo + 1.0;
            // "from 4.8 to 4.7": a change keeps its order.
            let order_ok = hi > lo || (lead == Lead::From && hi < lo);
            // "rose $1.20 to $85.40": a change and its level.
            let verb_at = |k: usize| k < i && is_change_verb(&lower(tokens, k));
            let changed = i >= 1 && (verb_at(i - 1) || (has_currency && i >= 2 && verb_at(i - 2)));
            if changed && hi > 2.0 * lo {
                return Some(a);
            }
            if order_ok && (joiner != "or" || (or_ok && hi > lo)) {
                a.value = None;
                a.low = Some(lo);
                a.high = Some(hi);
                a.end = m.end;
                a.scaled |= m.scaled;
                // "25 – 40min": the unit glued to the high end.
                a.suffix = m.suffix;
                return Some(a);
            }
        }
    }
    Some(a)
}

/// "one out of three", "1 in 10", "one over three": a ratio read as a
/// share.
pub(super) fn ratio(tokens: &[Token], n: &numbers::Number, locale: Locale) -> Option<(f64, usize)> {
    let over = lower(tokens, n.end) == "over";
    let word_in = lower(tokens, n.end) == "in";
    let k = match &*lower(tokens, n.end) {
        "out" if lower(tokens, n.end + 1) == "of" => n.end + 2,
        "in" => n.end + 1,
        "over" => n.end + 1,
        _ => return None,
    };
    if !joined(tokens, k) || n.scaled || n.high.is_some() || n.suffix.is_some() {
        return None;
    }
    let m = numbers::parse(tokens, k, false, locale)?;
    let whole = |v: f64| v.fract() == 0.0 && v >= 1.0;
    if !whole(n.value) || !whole(m.value) || m.value > 1000.0 {
        return None;
    }
    if m.scaled || m.suffix.is_some() || m.high.is_some() {
        return None;
    }
    // "one over three" is a fraction where the clause ends; "3 over 2
    // years" and "50 and over" are not.
    let clause_ends = tokens
        .get(m.end)
        .is_none_or(|t| !t.is_word() || t.line_start);
    if over && !clause_ends {
        return None;
    }
    if !over && m.value <= n.value {
        return None;
    }
    // "three in four voters" is a share; "5 in 10 minutes" is not.
    if word_in && n.value != 1.0 {
        let noun = tokens
            .get(m.end)
            .filter(|t| !t.line_start)
            .map(|t| t.lower());
        let ok = noun.is_some_and(|w| is_plural(&w) && !units::is_unit_word(&w));
        if !ok {
            return None;
        }
    }
    Some((n.value / m.value, m.end))
}

/// The word that leads a number and changes how a range reads.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Lead {
    None,
    Between,
    From,
    By,
}

/// "several hundred", "a few dozen", "a couple of thousand": a vague
/// amount of a scale.
fn vague_multiple(tokens: &[Token], i: usize) -> Option<Amount> {
    let first = tokens.get(i)?.text;
    if !(first.eq_ignore_ascii_case("several") || first.eq_ignore_ascii_case("a")) {
        return None;
    }
    let first = first.to_ascii_lowercase();
    let (&(_, lo, hi), k) = VAGUE_MULTIPLIERS.iter().find_map(|m| {
        let end = phrase_end(tokens, i, &first, m.0)?;
        Some((m, end))
    })?;
    if !joined(tokens, k) {
        return None;
    }
    let scale = match &*lower(tokens, k) {
        "hundred" => 100.0,
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "dozen" => 12.0,
        _ => return None,
    };
    let mut a = vague(k + 1, lo * scale, hi * scale, false);
    if lo == hi {
        (a.value, a.low, a.high, a.approximate, a.scaled) =
            (Some(lo * scale), None, None, false, true);
    }
    Some(a)
}

/// "two" -> 2, "ninety" -> 90, "hundred" -> 100.
pub(super) fn number_word(w: &str) -> Option<f64> {
    if w == "hundred" {
        return Some(100.0);
    }
    UNITS_WORDS
        .iter()
        .chain(TENS_WORDS)
        .find(|u| u.0 == w)
        .map(|u| u.1 as f64)
        .filter(|&v| v >= 2.0)
}

pub(super) fn approximate_of_words() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| APPROXIMATE_OF.iter().map(|a| a.0).collect())
}

pub(super) fn scale_of(tokens: &[Token], i: usize) -> f64 {
    let w = lower(tokens, i);
    SCALES
        .iter()
        .find(|(k, _)| *k == w)
        .map(|s| s.1)
        .unwrap_or(1.0)
}

pub(super) fn vague(end: usize, lo: f64, hi: f64, wants_of: bool) -> Amount {
    Amount {
        end,
        value: None,
        low: Some(lo),
        high: Some(hi),
        approximate: true,
        scaled: false,
        spelled: true,
        suffix: None,
        wants_of,
        precise: false,
    }
}
