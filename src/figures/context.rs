//! The contexts that make a number not a quantity: names, years, dates, times, labels, and angles.

use super::*;

/// Dates, years, clock times and numbers that are labels ("Formula 1").
pub(super) fn is_not_a_quantity(
    tokens: &[Token],
    i: usize,
    end: usize,
    a: &Amount,
    kind: &str,
) -> bool {
    if a.approximate {
        return false;
    }
    let prev = if i > 0 && !tokens[i].line_start {
        Some(&tokens[i - 1])
    } else {
        None
    };
    let prev_lower = prev.map(|t| t.lower()).unwrap_or_default();
    let next_lower = if joined(tokens, a.end) {
        lower(tokens, a.end)
    } else {
        Cow::Borrowed("")
    };
    // "between 2014 and 2017": a span of years.
    if let (Some(lo), Some(hi)) = (a.low, a.high) {
        // Spans of years reach back further than a lone year does.
        let year = |v: f64| (1000.0..=2100.0).contains(&v) && v.fract() == 0.0;
        let grouped = tokens[i].text.contains(',');
        if year(lo) && year(hi) && !grouped && !next_is_plural(tokens, a.end) {
            return true;
        }
    }
    let v = a.value.unwrap_or(0.0);
    let digits_only = !a.spelled && a.suffix.is_none() && !a.scaled;
    if digits_only && kind != "measure" && year_as_subject(tokens, i, a.end, v) {
        return true;
    }
    // "Fuji Five Lakes", "the Big Four": a number word with a capital
    // inside a sentence is part of a name (a headline capitalises all).
    let capital = tokens[i..a.end.min(tokens.len())]
        .iter()
        .any(|t| t.is_capitalized());
    if a.spelled && capital {
        let inside = prev.is_some_and(|p| p.is_word() && !matches!(p.text, "." | "!" | "?"));
        if inside && !in_title_line(tokens, i) {
            return true;
        }
    }
    if digits_only && kind == "count" {
        // Dates: "Feb 28", "28 February", "Feb. 28".
        let month_before = listed(MONTHS, prev_lower.trim_end_matches('.'))
            || (prev_lower == "." && i >= 2 && listed(MONTHS, &lower(tokens, i - 2)));
        if (month_before || listed(MONTHS, &next_lower)) && v <= 31.0 {
            return true;
        }
        // Years: 1800-2100 without grouping and without a counted noun,
        // or after a preposition of time ("in 2011 aims to").
        let raw = &tokens[i].text;
        let time_prep = matches!(
            &*prev_lower,
            "in" | "since" | "until" | "till" | "during" | "before" | "after"
        );
        if raw.len() == 4
            && (1800.0..=2100.0).contains(&v)
            && (time_prep || !next_is_plural(tokens, a.end))
        {
            return true;
        }
        // Clock times: "at 10.45", "until 9.30" (British dotted times).
        let dotted_time = tokens[i].text.split_once('.').is_some_and(|(h, m)| {
            h.len() <= 2
                && m.len() == 2
                && h.parse::<u32>().is_ok_and(|h| h < 24)
                && m.parse::<u32>().is_ok_and(|m| m < 60)
        });
        if dotted_time
            && matches!(
                &*prev_lower,
                "at" | "until" | "till" | "by" | "before" | "after"
            )
        {
            return true;
        }
        // Clock times: "1 p.m.", "13:05".
        if listed(TIME_WORDS, &next_lower) {
            return true;
        }
        if tokens
            .get(a.end)
            .is_some_and(|t| t.text == ":" && !t.space_before)
        {
            return true;
        }
        if prev.is_some_and(|t| t.text == ":" && !tokens[i].space_before) {
            return true;
        }
        // Labels: "page 5", "Formula 1", "Windows 10", "iPhone 11", and
        // the total a label counts in ("page 3 of 10", "game 4 of 7").
        if listed(LABEL_WORDS, &prev_lower) {
            return true;
        }
        // "No. 10", "Vol. 3": an abbreviated label, its dot a token of its
        // own (capitalised, so "the answer was no. 10 people…" is not one).
        let abbreviated = prev.is_some_and(|t| t.text == "." && !t.space_before)
            && i >= 2
            && tokens[i - 2].is_capitalized()
            && listed(LABEL_WORDS, &format!("{}.", lower(tokens, i - 2)));
        if abbreviated {
            return true;
        }
        let of_label = prev_lower == "of"
            && i >= 3
            && tokens[i - 2].starts_with_digit()
            && listed(LABEL_WORDS, &lower(tokens, i - 3));
        if of_label {
            return true;
        }
        if prev.is_some_and(|t| t.text.chars().skip(1).any(char::is_uppercase) && t.is_word()) {
            return true;
        }
        if let Some(p) = prev {
            // A sentence's first word has a capital anyway; a headline's
            // ("Apollo 11 Crew Honoured") says nothing.
            let sentence_start = (i < 2
                || matches!(tokens[i - 2].text, "." | "!" | "?" | "\"" | "“"))
                && !in_title_line(tokens, i);
            // Names carry small numbers ("Apollo 11"), not grouped ones
            // ("Floods Leave 3,000 Families").
            let grouped = tokens[i].text.contains(',');
            if (p.is_capitalized() || p.is_all_caps())
                && !sentence_start
                && !grouped
                && !headline_verb_before(tokens, i, a.end)
                && !listed(QUALIFIERS, &prev_lower)
            {
                return true;
            }
            // "No. 1", "#3"
            if p.text == "#" || p.text == "№" {
                return true;
            }
        }
        // Glued to a word by a hyphen: "Covid-19" is one token; "F -16" rare.
        // A sign is a "-" with space before it ("fell to -5").
        let glued_left = i >= 2 && (!tokens[i - 1].space_before || caps_name_before(tokens, i - 1));
        if prev.is_some_and(|t| {
            (t.text == "/" || (t.text == "-" && glued_left)) && !tokens[i].space_before
        }) {
            return true;
        }
    }
    // "5-year-old", "1st": tokens with letters that were not a unit never
    // reach here (the parser rejects them); ordinals are not number words.
    let _ = end;
    false
}

/// In a headline, a capitalised word before the number may be its verb:
/// "Storm Kills 12 Climbers", "Ferry Carrying 200 Passengers Sinks". A
/// verb's shape (-s, -ing, -ed) and a plural after the number tell it
/// from a name ("Apollo 11 Crew").
fn headline_verb_before(tokens: &[Token], i: usize, end: usize) -> bool {
    let p = lower(tokens, i - 1);
    let s_verb = p.len() > 3 && p.ends_with('s') && !p.ends_with("ss") && !p.ends_with("us");
    let verb = s_verb || p.ends_with("ing") || p.ends_with("ed");
    let plural_after = joined(tokens, end) && is_plural(&lower(tokens, end));
    // Five ungrouped digits are a code ("Klein Tools 56005 Fish Tape").
    let short = tokens[i].text.len() <= 4;
    verb && plural_after && short && !p.contains('\'') && in_title_line(tokens, i)
}

/// A year that is the subject of a verb: "2008 marks the start", "1995
/// remains its best", "2020 brings back memories". The word after it ends
/// in -s like a plural, but a determiner, object or particle follows it,
/// as after a verb; a counted noun ("2000 students in") is not followed so.
fn year_as_subject(tokens: &[Token], i: usize, end: usize, v: f64) -> bool {
    let year = tokens[i].text.len() == 4 && (1800.0..=2100.0).contains(&v);
    let currency_before = i > 0 && CURRENCY_SYMBOLS.iter().any(|s| s.0 == tokens[i - 1].text);
    if !year || currency_before || !joined(tokens, end) || !joined(tokens, end + 1) {
        return false;
    }
    let w = lower(tokens, end);
    let verb_shape = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
    verb_shape && listed(VERB_OBJECTS, &lower(tokens, end + 1))
}

/// A turning verb shortly before the figure, or "angle" after it.
pub(super) fn angle_context(tokens: &[Token], start: usize, end: usize) -> bool {
    let before = (start.saturating_sub(3)..start).any(|k| listed(ANGLE_WORDS, &lower(tokens, k)));
    before || lower(tokens, end) == "angle"
}

/// "COVID -19": a dash after an all-caps name joins a label, not a sign.
pub(super) fn caps_name_before(tokens: &[Token], dash: usize) -> bool {
    dash > 0 && !tokens[dash].line_start && tokens[dash - 1].is_all_caps()
}
