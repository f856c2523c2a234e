//! Figures: numbers in running text with what they quantify ("at least 352
//! Ukrainian civilians", "$1.2 billion", "40%", "a 120-seat chamber").
//! Dates, clock times, ordinals, years and numbers inside names are not
//! figures, nor are time references ("five months ago", see time_refs.rs)
//! or number words used as pronouns and nouns ("one of the largest", "the
//! second half", see pronouns.rs).

mod amount;
mod context;
mod counted;
mod fractions;
mod glued;
mod levels;
mod lexicon;
mod millions;
mod modifiers;
mod numbers;
mod omitted_noun;
mod phrases;
mod pronouns;
mod time_refs;
mod title_case;
mod units;

use crate::tokens::{tokenize_str, Tok as Token};
use amount::*;
use context::*;
use counted::*;
use glued::*;
use levels::*;
use lexicon::*;
use omitted_noun::*;
use phrases::*;
use pronouns::*;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Mutex, OnceLock};
use time_refs::*;
use title_case::*;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: &'static str,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Option<String>,
    pub unit: Option<String>,
    pub counts: Option<String>,
    /// What a measure measures: "length", "area", "mass", "volume", "speed",
    /// "temperature", "duration", "age", "power", "data".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimension: Option<&'static str>,
    /// The number with its currency or unit, without qualifier or counted
    /// noun (code points, end exclusive); for scorers.
    #[serde(skip)]
    pub quantity_span: (usize, usize),
    /// The number alone (code points, end exclusive).
    #[serde(skip)]
    pub number_span: (usize, usize),
}

/// How the finder reads a text. The product uses the default.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Also report bare numbers with nothing that says what they count
    /// ("two hundred"). Off in the product: a bare number is not
    /// highlighted (precision first); the Recognizers scorer turns it on.
    pub bare_numbers: bool,
    /// The page's number format.
    pub locale: Locale,
}

/// Number formats by page language (`<html lang>`).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub enum Locale {
    /// "500,000.5"
    #[default]
    English,
    /// "500.000,5" (German and others that group with dots)
    Dotted,
    /// "500 000,5" (French, Ukrainian, Russian: spaces group, comma decimal)
    Spaced,
}

impl Locale {
    /// From an `<html lang>` value ("de", "fr-FR", "uk"); English otherwise.
    pub fn from_lang(lang: Option<&str>) -> Locale {
        let l = lang.unwrap_or("").to_ascii_lowercase();
        match l.split(['-', '_']).next().unwrap_or("") {
            "de" | "nl" | "it" | "es" | "pt" | "da" | "id" | "tr" => Locale::Dotted,
            "fr" | "uk" | "ru" | "pl" | "cs" | "sv" | "nb" | "no" | "fi" | "be" => Locale::Spaced,
            _ => Locale::English,
        }
    }
}

/// Finds the figures in `text` with the product's policy; offsets are code
/// points.
pub fn find(text: &str) -> Vec<Figure> {
    find_with(text, &Options::default())
}

/// Finds the figures in `text` read with `opts`.
pub fn find_with(text: &str, opts: &Options) -> Vec<Figure> {
    let tokens = split_glued(tokenize_str(text));
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some(after) = url_end(&tokens, i) {
            i = after;
            continue;
        }
        if !could_start(&tokens[i]) || !article_may_start(&tokens, i) {
            i += 1;
            continue;
        }
        match figure_at(&tokens, i, opts) {
            Some((fig_start, mut fig_end, mut fig)) => {
                if let Some((end2, f2)) = range_tail(&tokens, fig_start, fig_end, &fig, opts) {
                    fig.value = None;
                    fig.low = f2.0;
                    fig.high = f2.1;
                    fig.counts = fig.counts.or(f2.2);
                    fig.quantity_span.1 = f2.3;
                    fig_end = end2;
                }
                fig.start = tokens[fig_start].start;
                fig.end = tokens[fig_end - 1].end;
                fig.text = span_text(text, &tokens[fig_start], &tokens[fig_end - 1]).into();
                out.push(fig);
                i = fig_end;
            }
            None => i += 1,
        }
    }
    out
}

/// The text from token `a` to token `b`, both borrowed from `text`.
fn span_text<'a>(text: &'a str, a: &Token<'a>, b: &Token<'a>) -> &'a str {
    let at = |t: &str| t.as_ptr() as usize - text.as_ptr() as usize;
    &text[at(a.text)..at(b.text) + b.text.len()]
}

/// A cheap test that a figure may begin at this token; most words cannot,
/// and skipping them keeps the finder fast.
fn could_start(t: &Token) -> bool {
    let Some(c) = t.text.chars().next() else {
        return false;
    };
    if c.is_ascii_digit() {
        return true;
    }
    // Start words are ASCII: a token in another script starts a figure
    // only as a symbol ("€", "−", "½").
    if !c.is_ascii() {
        return c == '−'
            || CURRENCY_SYMBOLS.iter().any(|s| s.0 == t.text)
            || VULGAR_FRACTIONS.iter().any(|v| v.0 == c);
    }
    if !c.is_alphabetic() {
        // Punctuation starts a figure only as a sign, a currency symbol,
        // a decimal point (".25") or a vulgar fraction; commas and
        // quotes, the commonest tokens, never do.
        return matches!(c, '-' | '−' | '.')
            || CURRENCY_SYMBOLS.iter().any(|s| s.0 == t.text)
            || VULGAR_FRACTIONS.iter().any(|v| v.0 == c);
    }
    // Start words are short and ASCII: lower-case on the stack.
    let head = t.text.find('-').map_or(t.text, |k| &t.text[..k]);
    let head = head.trim_end_matches('.');
    if head.len() > 16 || !head.is_ascii() {
        return false;
    }
    // Most words are rejected by their first two letters and length
    // before hashing.
    if !start_shapes().maybe(head.as_bytes()) {
        return false;
    }
    let mut buf = [0u8; 16];
    buf[..head.len()].copy_from_slice(head.as_bytes());
    buf.make_ascii_lowercase();
    std::str::from_utf8(&buf[..head.len()]).is_ok_and(|w| start_words().contains(w))
}

/// "a" and "an", the commonest start words, begin a figure only before a
/// few words ("a third", "a million", "a handful", "a twenty-first", "A$5"):
/// a cheap test of the next word before the full reading.
fn article_may_start(tokens: &[Token], i: usize) -> bool {
    let t = tokens[i].text;
    if !matches!(t, "a" | "an" | "A" | "An" | "AN") {
        return true;
    }
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    if !next.text.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return next.text == "$";
    }
    let head = next.text.find('-').map_or(next.text, |k| &next.text[..k]);
    if head.len() > 16 {
        return false;
    }
    let mut buf = [0u8; 16];
    buf[..head.len()].copy_from_slice(head.as_bytes());
    buf.make_ascii_lowercase();
    let words = after_article_words();
    // Plurals too: "a twenty-firsts" is odd but "an eighths" no harm.
    std::str::from_utf8(&buf[..head.len()])
        .is_ok_and(|w| words.contains(w) || w.strip_suffix('s').is_some_and(|s| words.contains(s)))
}

pub(crate) struct Amount {
    end: usize,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    approximate: bool,
    scaled: bool,
    spelled: bool,
    suffix: Option<String>,
    /// Needs "of" before the counted noun ("scores of", "tens of thousands of").
    wants_of: bool,
    /// Digits with a decimal point or thousands separators ("1,334.20",
    /// "96.088"): a measured amount, not a label or a small count.
    precise: bool,
}

/// Tries to read a figure whose first token is `i`.
fn figure_at(tokens: &[Token], i: usize, opts: &Options) -> Option<(usize, usize, Figure)> {
    let start = i;
    let mut j = i;
    let mut qualifier = None;
    if let Some((q, after)) = phrase_at(tokens, j, QUALIFIERS) {
        if joined(tokens, after) {
            qualifier = Some(q.to_string());
            j = after;
        }
    }
    // "in", "as", "at", "more": heads of qualifiers only, nothing else.
    if qualifier.is_none() && qualifier_heads_only().contains(&*lower(tokens, j)) {
        return None;
    }
    let mut between = false;
    if qualifier.is_none() && lower(tokens, j) == "between" && joined(tokens, j + 1) {
        between = true;
        j += 1;
    }
    let q_start = j;
    // "a man of age 87": the age before the number (lower case: not "Ice
    // Age 2").
    let age_before = tokens[j].text == "age"
        && tokens
            .get(j + 1)
            .is_some_and(|t| !t.line_start && t.text.bytes().all(|b| b.is_ascii_digit()));
    if age_before {
        j += 1;
    }
    let lead = match (between, start.checked_sub(1).map(|p| lower(tokens, p))) {
        (true, _) => Lead::Between,
        (_, Some(w)) if w == "from" && !tokens[start].line_start => Lead::From,
        (_, Some(w)) if w == "by" && !tokens[start].line_start => Lead::By,
        _ => Lead::None,
    };
    // A sign: "-5", "minus five", "negative one".
    let mut sign = 1.0;
    let w = lower(tokens, j);
    let signed = (w == "minus" || w == "negative")
        || ((w == "-" || w == "−")
            && (j == 0 || tokens[j].space_before || tokens[j].line_start)
            && tokens.get(j + 1).is_some_and(|t| t.starts_with_digit())
            && !caps_name_before(tokens, j));
    let tight =
        w == "minus" || w == "negative" || tokens.get(j + 1).is_some_and(|t| !t.space_before);
    let mut sign_at = None;
    if signed && joined(tokens, j + 1) && tight {
        sign = -1.0;
        sign_at = Some(j);
        j += 1;
    }
    // Currency before the number: "$", "US$", "C $", "USD".
    let mut currency: Option<&str> = None;
    if let Some((code, after)) = units::currency_before(tokens, j) {
        currency = Some(code);
        j = after;
    }
    // "$-50.8bn": the sign after the symbol.
    if currency.is_some()
        && sign > 0.0
        && tokens
            .get(j)
            .is_some_and(|t| t.text == "-" && !t.space_before)
        && tokens
            .get(j + 1)
            .is_some_and(|t| t.starts_with_digit() && !t.space_before)
    {
        sign = -1.0;
        sign_at = Some(j);
        j += 1;
    }
    let compound = units::compound_at(tokens, j, opts.locale)
        .filter(|c| c.counts.is_none() || currency.is_none());
    // "a victory over 10-man Turkey": before a modifier, "over" is a
    // preposition (the figure starts at the number, tried next).
    let modifier = compound.as_ref().is_some_and(|c| c.counts.is_some());
    if modifier && matches!(qualifier.as_deref(), Some("over" | "under")) {
        return None;
    }
    let amount = match &compound {
        Some(c) => c.amount(),
        None => read_amount(tokens, j, currency.is_some(), lead, opts.locale)?,
    };
    let num_start = j;
    // The number's span keeps its sign: "-1", "minus one".
    let signed_start = sign_at.unwrap_or(num_start);
    let num_end = amount.end;
    // "a third day", "a fourth term": a rank, not a share.
    if amount.spelled && compound.is_none() && article_ordinal(tokens, num_start, num_end) {
        return None;
    }
    let mut amount = amount;
    if sign < 0.0 {
        amount.value = amount.value.map(|v| -v);
    }
    let mut end = amount.end;
    let mut kind = "count";
    let mut unit: Option<String> = currency.map(str::to_string);
    let mut dimension = None;
    if currency.is_some() {
        kind = "money";
    }
    if let Some(c) = &compound {
        kind = c.kind;
        unit = c.counts.is_none().then(|| c.unit.to_string());
        dimension = c.dimension;
    } else if let Some(sfx) = &amount.suffix {
        // Glued unit letters: "5km", "40kg", "115USD".
        let (k, u) = units::glued_unit(sfx, tokens, end)?;
        kind = k;
        unit = Some(u.0.to_string());
        dimension = u.1;
        end = u.2;
    }
    // "half a percentage point", "a quarter of a mile": a fraction of one
    // unit.
    let mut unit_at = end;
    if unit.is_none() && amount.spelled && amount.value.is_some_and(|v| v > 0.0 && v < 1.0) {
        let k = end + (lower(tokens, end) == "of") as usize;
        if matches!(&*lower(tokens, k), "a" | "an") && joined(tokens, k) && joined(tokens, k + 1) {
            let one = units::unit_after(tokens, k + 1, &amount);
            if one.is_some_and(|(kind, ..)| kind != "money") {
                unit_at = k + 1;
            }
        }
    }
    // Unit, percent or currency after the number.
    if unit.is_none() && joined(tokens, unit_at) {
        if let Some((k, u, d, after)) = units::unit_after(tokens, unit_at, &amount) {
            if units::million_code(&tokens[end]).is_some() {
                amount.value = amount.value.map(|v| v * 1e6);
                amount.scaled = true;
            }
            kind = k;
            unit = Some(u.to_string());
            dimension = d;
            end = after;
            // "75 USD million": the scale after the code.
            if k == "money" && !amount.scaled && joined(tokens, end) {
                let w = lower(tokens, end);
                if let Some(&(_, f)) = SCALES.iter().find(|(s, f)| *s == w && *f >= 1e3) {
                    amount.value = amount.value.map(|v| v * f);
                    amount.scaled = true;
                    end += 1;
                }
            }
        }
    } else if kind == "money" && amount.suffix.is_none() && joined(tokens, end) {
        // "$ 10 dollars": the unit word repeats the symbol.
        if let Some((_, after)) = pair_at(tokens, end, CURRENCY_WORDS) {
            if tokens.get(start).is_some_and(|t| t.text == "$") {
                end = after;
            }
        }
    }
    // "3 dollars 50 cents", "15 dollars and 50.": the cents after.
    if kind == "money" && end > num_end {
        if let Some((cents, after)) = units::cents_after(tokens, end, &amount, opts.locale) {
            amount.value = amount.value.map(|v| v + cents / 100.0);
            end = after;
        }
    }
    if unit.as_deref() == Some("ft") && end > num_end {
        if let Some((inches, after)) = units::inches_after(tokens, end, &amount, opts.locale) {
            amount.value = amount.value.map(|v| v + inches / 12.0);
            end = after;
        }
    }
    // "rotate 90 degrees", "a 45 degrees angle": an angle, not a temperature.
    if unit.as_deref() == Some("°") && angle_context(tokens, start, end) {
        dimension = Some("angle");
    }
    if age_before {
        if unit.is_some() || amount.high.is_some() || !amount.value.is_some_and(|v| v < 150.0) {
            return None;
        }
        kind = "measure";
        unit = Some("year".into());
        dimension = Some("age");
    }
    // "died aged 87": an age after "aged".
    let aged = start > 0
        && !tokens[start].line_start
        && tokens[start - 1].text.eq_ignore_ascii_case("aged");
    if aged && kind == "count" && unit.is_none() && amount.value.is_some_and(|v| v < 150.0) {
        kind = "measure";
        unit = Some("year".into());
        dimension = Some("age");
    }
    // Age: "five years old", "3 years of age".
    if dimension == Some("duration") {
        if lower(tokens, end) == "old" && joined(tokens, end) {
            dimension = Some("age");
            end += 1;
        } else if lower(tokens, end) == "of" && lower(tokens, end + 1) == "age" {
            dimension = Some("age");
            end += 2;
        }
    }
    // "five months ago", "two days before the summit": a time reference.
    if dimension == Some("duration") && !opts.bare_numbers && is_time_reference(tokens, start, end)
    {
        return None;
    }
    if is_not_a_quantity(tokens, num_start, end, &amount, kind) {
        return None;
    }
    let quantity_end = end;
    // What is counted: "352 Ukrainian civilians", "dozens of people".
    let mut counts = compound.and_then(|c| c.counts);
    if kind == "count" && counts.is_none() {
        let mut k = end;
        let mut ok = !amount.wants_of;
        if lower(tokens, k) == "of" && joined(tokens, k) && (amount.approximate || amount.wants_of)
        {
            k += 1;
            ok = true;
        }
        if ok {
            if let Some((noun, after)) = counted_noun(tokens, k, amount.value == Some(1.0)) {
                // "one year ago": a time word counted is a duration too.
                if units::is_time_unit(&noun)
                    && !opts.bare_numbers
                    && is_time_reference(tokens, start, after)
                {
                    return None;
                }
                counts = Some(noun);
                end = after;
            } else if amount.value == Some(1.0) && !amount.wants_of && end == num_start + 1 {
                if let Some((noun, after)) = subject_one(tokens, start, end) {
                    counts = Some(noun);
                    end = after;
                }
            }
        }
        // "a third of", "two-thirds of", "half of": a share.
        // Digits too when written as a fraction ("1/16 of a pint").
        let fraction = amount.spelled
            || tokens[num_start..num_end]
                .iter()
                .any(|t| t.text.contains(['/', '⁄']));
        let share = amount.value.is_some_and(|v| v > 0.0 && v < 1.0)
            && fraction
            && !fraction_is_a_noun(tokens, start);
        // "rose by a third": a share of what rose; not "by a third party".
        let noun_after = tokens
            .get(end)
            .is_some_and(|t| !t.line_start && t.is_word() && !listed(STOP_WORDS, &t.lower()));
        let of_or_by = (lower(tokens, end) == "of" && joined(tokens, end))
            || (lead == Lead::By && !noun_after);
        if counts.is_none() && share && of_or_by {
            counts = Some("share".into());
        }
        if amount.wants_of && counts.is_none() && !opts.bare_numbers {
            return None;
        }
        // "detained nine of them", "two remain in hospital": the noun is
        // understood.
        let understood = counts.is_none()
            && (part_of_a_group(tokens, end, &amount)
                || subject_of_a_verb(tokens, start, end, &amount)
                || people_in_a_state(tokens, end, &amount)
                || object_of_harm(tokens, start, end, &amount)
                || count_after_of(tokens, start, &amount)
                || (!amount.spelled && reached_by_a_change(tokens, start, &amount)));
        if counts.is_none()
            && !opts.bare_numbers
            && !understood
            && !bare_is_figure(&amount, &qualifier, lead)
        {
            return None;
        }
        // "the one on the left", "one of them", "one reason why": a
        // pronoun or determiner, not a number.
        let noun_end = counts.is_some().then_some(end);
        if amount.value == Some(1.0)
            && amount.spelled
            && one_is_a_pronoun(tokens, start, num_start, noun_end, qualifier.is_some())
            && (!opts.bare_numbers || counts.is_some() || lower(tokens, num_start + 1) != "of")
        {
            return None;
        }
    }
    let span = |a: usize, b: usize| (tokens[a].start, tokens[b - 1].end);
    let fig = Figure {
        text: String::new(),
        start: 0,
        end: 0,
        kind,
        value: amount.value,
        low: amount.low,
        high: amount.high,
        qualifier,
        unit,
        counts,
        dimension,
        quantity_span: span(q_start, quantity_end),
        number_span: span(signed_start, num_end.max(num_start + 1)),
    };
    Some((start, end, fig))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        find(s).into_iter().map(|f| f.text).collect()
    }

    #[test]
    fn finds_counts_with_qualifiers_and_nouns() {
        let f = find("At least 352 Ukrainian civilians have died.");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].text, "At least 352 Ukrainian civilians");
        assert_eq!(f[0].value, Some(352.0));
        assert_eq!(f[0].qualifier.as_deref(), Some("at least"));
        assert_eq!(f[0].counts.as_deref(), Some("civilians"));
        let f = find("home to more than 2 million people.");
        assert_eq!(f[0].text, "more than 2 million people");
        assert_eq!(f[0].value, Some(2e6));
    }

    #[test]
    fn finds_money_percent_measures_and_vague_amounts() {
        let f = find("It cost $1.2 billion, up 40% over 3.5 miles, killing dozens.");
        let kinds: Vec<_> = f.iter().map(|f| (f.kind, f.unit.clone())).collect();
        assert_eq!(
            kinds,
            vec![
                ("money", Some("USD".into())),
                ("percent", Some("%".into())),
                ("measure", Some("mi".into())),
                ("count", None)
            ]
        );
        assert_eq!(f[0].value, Some(1.2e9));
        assert_eq!((f[3].low, f[3].high), (Some(12.0), Some(120.0)));
        let f = find("tens of thousands of troops");
        assert_eq!(f[0].counts.as_deref(), Some("troops"));
        assert_eq!((f[0].low, f[0].high), (Some(1e4), Some(1e5)));
    }

    #[test]
    fn reads_signs_and_ignores_dashes_used_as_punctuation() {
        let f = find_with("minus", &bare());
        assert!(f.is_empty());
        let f = find_with("it fell to -5 degrees", &bare());
        assert_eq!(f[0].value, Some(-5.0));
        let f = find("the City of David - 50 miles away");
        assert_eq!(f[0].value, Some(50.0));
        assert_eq!(f[0].text, "50 miles");
    }

    #[test]
    fn merges_ranges_of_whole_figures_but_not_changes_or_years() {
        let f = find("fees range from 1 per cent to 1.5 per cent, between 5% and 6%");
        let r: Vec<_> = f.iter().map(|x| (x.low, x.high)).collect();
        assert_eq!(r, vec![(Some(1.0), Some(1.5)), (Some(5.0), Some(6.0))]);
        let f = find("the rate rose by 5% to 9%");
        assert_eq!(f.len(), 2);
        assert!(find("sampling between 2014 and 2017 came back").is_empty());
        assert!(find("the iPhone 11 Pro cameras").is_empty());
        assert_eq!(
            find("There were 4 hundred million people.")[0].value,
            Some(4e8)
        );
    }

    #[test]
    fn reads_numbers_in_the_page_locale() {
        let de = Options {
            locale: Locale::from_lang(Some("de-DE")),
            ..Options::default()
        };
        assert_eq!(find_with("500.000 refugees", &de)[0].value, Some(5e5));
        assert_eq!(find_with("1,5 million people", &de)[0].value, Some(1.5e6));
        let fr = Options {
            locale: Locale::from_lang(Some("fr")),
            ..Options::default()
        };
        assert_eq!(find_with("500 000 refugees", &fr)[0].value, Some(5e5));
        assert_eq!(find("500.000 refugees")[0].value, Some(500.0));
    }

    fn bare() -> Options {
        Options {
            bare_numbers: true,
            ..Options::default()
        }
    }

    #[test]
    fn reads_changes_from_to_and_or_ranges() {
        let r = |s: &str| find(s).iter().map(|x| (x.low, x.high)).collect::<Vec<_>>();
        assert_eq!(
            r("slow from 4.8 to 4.7 percent in 2019"),
            vec![(Some(4.8), Some(4.7))]
        );
        assert_eq!(
            r("over the past three or four years"),
            vec![(Some(3.0), Some(4.0))]
        );
        assert_eq!(r("in ~25 – 40min for four"), vec![(Some(25.0), Some(40.0))]);
        assert_eq!(r("go 0 to 80km/h quickly"), vec![(Some(0.0), Some(80.0))]);
        // A change by an amount to a level is two figures, and a range
        // keeps one unit.
        assert_eq!(
            find("increased by $43.6 billion to $419.2 billion").len(),
            2
        );
        assert_eq!(find("rose 18 sen to RM23.50 today").len(), 2);
        assert!(r("10 or 2,000 people").iter().all(|x| x.0.is_none()));
    }

    #[test]
    fn reads_changes_without_a_repeated_unit_and_signed_money() {
        let f = find("dropping from 208 pounds to 193 by exercising");
        assert_eq!((f[0].low, f[0].high), (Some(208.0), Some(193.0)));
        let f = find("Horsepower jumped from 240 to 273, and");
        assert_eq!((f[0].low, f[0].high), (Some(240.0), Some(273.0)));
        assert!(find("open from 9 to 5 daily").is_empty());
        assert_eq!(find("decrease to $-50.8bn, while")[0].value, Some(-50.8e9));
        let f = find("ranging from $200 to $4 million, and $89 to $93 billion");
        assert_eq!((f[0].low, f[0].high), (Some(200.0), Some(4e6)));
        assert_eq!((f[1].low, f[1].high), (Some(89e9), Some(93e9)));
    }

    #[test]
    fn finds_counted_names_and_skips_labels_with_a_dash() {
        let f = find("In total, 1,307,000 Americans were collecting aid");
        assert_eq!(f[0].counts.as_deref(), Some("americans"));
        let f = find("It was grounding two new 737 Max jets .");
        assert_eq!((f.len(), f[0].value), (1, Some(2.0)));
        assert_eq!(f[0].counts.as_deref(), Some("jets"));
        assert_eq!(
            texts("had procured thousands of COVID -19 tests"),
            vec!["thousands"]
        );
        assert!(find("Between 1600 and 1900 world temperatures dropped").is_empty());
    }

    #[test]
    fn finds_shares_ratios_and_one_of_a_group() {
        let v = |s: &str| find(s).first().and_then(|f| f.value);
        assert_eq!(v("A third of the population lives there"), Some(1.0 / 3.0));
        assert_eq!(v("almost half of which are here"), Some(0.5));
        assert_eq!(v("One out of three Germans have problems"), Some(1.0 / 3.0));
        assert_eq!(v("1 in 10 adults smoke"), Some(0.1));
        assert_eq!(v("they scored 5 in 10 minutes"), Some(10.0));
        let b = |s: &str| find_with(s, &bare()).first().and_then(|f| f.value);
        assert_eq!(b("one over three"), Some(1.0 / 3.0));
        assert_eq!(b("3 over 2 years"), Some(3.0));
        // "one" as a pronoun: one of a group is not a count.
        assert!(find("one of the most spectacular catches ever").is_empty());
        assert!(find("one of the interest rates").is_empty());
        assert!(find("the one you mentioned").is_empty());
        // "one" and its noun before a verb: a count of what opens the clause.
        assert_eq!(texts("One soldier died."), vec!["One soldier"]);
        assert_eq!(texts("and one child remains missing"), vec!["one child"]);
        assert!(find("a spare one fixed it").is_empty());
        assert!(find("One official said so").is_empty());
    }

    #[test]
    fn an_article_and_an_ordinal_before_a_noun_rank_it() {
        for s in ["into a third day", "a fourth week of talks", "a fifth year"] {
            assert!(find_with(s, &bare()).is_empty(), "{s}");
        }
        for s in [
            "a third of a day",
            "a third cup",
            "cut by a third",
            "a fifth more",
        ] {
            assert_eq!(find_with(s, &bare()).len(), 1, "{s}");
        }
    }

    #[test]
    fn reads_acronyms_in_a_counted_name_and_glued_range_units() {
        let f = find("Lampard who won four FA Cup finals with Chelsea");
        assert_eq!(f[0].counts.as_deref(), Some("finals"));
        let f = find("we used a 5-10W laser");
        assert_eq!(
            (f[0].low, f[0].high, f[0].unit.as_deref()),
            (Some(5.0), Some(10.0), Some("W"))
        );
    }

    #[test]
    fn finds_precise_bare_amounts_but_not_times_or_versions() {
        assert_eq!(texts("rose 8.15% to 3.65 after"), vec!["8.15%", "3.65"]);
        assert_eq!(texts("ended at 1,334.20, on turnover"), vec!["1,334.20"]);
        assert!(find("see you at 10.45 with version 3.65 of it").is_empty());
        assert!(find("they won 3 games in 2 days").len() == 2);
        assert!(find("he has 3 and she has 12").is_empty());
    }

    #[test]
    fn reads_scales_hyphened_to_units_marks_and_fractions_of() {
        let f = find("a 1.8 billion-mile journey and 400 million-year-old rock");
        assert_eq!(
            (f[0].value, f[0].unit.as_deref()),
            (Some(1.8e9), Some("mi"))
        );
        assert_eq!((f[1].value, f[1].dimension), (Some(4e8), Some("age")));
        assert_eq!(texts("the neck is 25.5″ from nut"), vec!["25.5″"]);
        assert!(find("after 2022′s market rout").is_empty());
        let v: Vec<_> = find("1/16 of a pint, 1⁄32 of a quart")
            .iter()
            .map(|f| f.value)
            .collect();
        assert_eq!(v, vec![Some(0.0625), Some(1.0 / 32.0)]);
    }

    #[test]
    fn number_spans_keep_their_sign_and_dozens_scale() {
        let f = find_with("The answer is minus 5", &bare());
        assert_eq!((f[0].number_span, f[0].value), ((14, 21), Some(-5.0)));
        let f = find_with(" -1", &bare());
        assert_eq!(f[0].number_span, (1, 3));
        assert_eq!(find("3 dozen eggs")[0].value, Some(36.0));
    }

    #[test]
    fn never_panics_on_odd_text() {
        // A fixed pseudo-random walk over characters that stress the
        // tokenizer, glued prefixes, signs, units and multi-byte text.
        const PIECES: &[&str] = &[
            "5",
            "12",
            ",",
            ".",
            "-",
            "minus-",
            "$",
            "US",
            "A",
            "PS",
            "RM",
            "Y",
            "=",
            "€",
            "p",
            "pc",
            "kW",
            "İ",
            "’",
            "'",
            "s",
            " ",
            "\n",
            "million",
            "billion-mile",
            "year-old",
            "a",
            "third",
            "of",
            "one",
            "over",
            "and",
            "half",
            "from",
            "to",
            "or",
            "°",
            "″",
            "/",
            "⁄",
            "½",
            "ß",
            "Ünited",
            "COVID",
            "×",
            "10−30",
            "percent-owned",
            "dollars",
            "cents",
        ];
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..3000 {
            let mut s = String::new();
            for _ in 0..12 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                s.push_str(PIECES[(x % PIECES.len() as u64) as usize]);
                if x.is_multiple_of(3) {
                    s.push(' ');
                }
            }
            for f in find(&s).into_iter().chain(find_with(&s, &bare())) {
                let chars: Vec<char> = s.chars().collect();
                let text: String = chars[f.start..f.end].iter().collect();
                assert_eq!(text, f.text, "{s:?}");
            }
        }
    }

    #[test]
    fn reads_an_age_written_before_the_number() {
        let f = find("a man of age 87 with history of hypertension");
        assert_eq!(
            (f[0].text.as_str(), f[0].dimension),
            ("age 87", Some("age"))
        );
        assert!(find("the Ice Age 2 film").is_empty());
        assert_eq!(texts("the age 300 rule"), Vec::<String>::new());
    }

    #[test]
    fn start_word_shortcuts_keep_the_figures() {
        let heads = qualifier_heads_only();
        assert!(heads.contains("in") && heads.contains("as") && !heads.contains("an"));
        assert!(!heads.contains("about") && !heads.contains("over"));
        for s in [
            "a third of the vote",
            "a million people",
            "a handful of people",
            "an estimated 5,000 people",
            "A$5 million",
            "a twenty-first",
            "in excess of 500 people",
        ] {
            assert_eq!(find_with(s, &bare()).len(), 1, "{s}");
        }
        assert!(!article_may_start(&tokenize_str("a man"), 0));
    }

    #[test]
    fn skips_numbers_inside_web_addresses() {
        assert!(find("see https://www.test.com/search?q=30%25%2020% now").is_empty());
        assert!(find("at www.example.com/2020/10%20off").is_empty());
        assert_eq!(texts("see http://x.org/a, then 30% more"), vec!["30%"]);
    }

    #[test]
    fn finds_ranges() {
        let f = find("between 10 and 15 people, 10-15 people and 10 to 15 people");
        assert_eq!(f.len(), 3);
        for x in f {
            assert_eq!((x.low, x.high), (Some(10.0), Some(15.0)), "{}", x.text);
        }
    }

    #[test]
    fn skips_dates_times_years_ordinals_and_names() {
        for s in [
            "on Feb 28, 2022, at 1 p.m.",
            "the second round in the second-largest city",
            "Formula 1 and Covid-19, the G7 and F-16 jets",
            "see page 5 at 13:05",
            "In 2022 the war began",
        ] {
            assert_eq!(texts(s), Vec::<String>::new(), "{s}");
        }
    }
}
