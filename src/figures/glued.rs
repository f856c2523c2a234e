//! Numbers glued to letters or symbols ("$5bn", "10km", "2.5x") split into tokens, and web addresses skipped.

use super::*;

/// Splits what the shared tokenizer keeps whole but a figure reads apart:
/// a currency prefix glued to digits ("USD10m", "RM23.50", "$US55" ->
/// "US" "55") and a sign word hyphened to digits ("minus-5").
pub(super) fn split_glued(tokens: Vec<Token>) -> Vec<Token> {
    // Rare: most texts need no copy.
    let any = (0..tokens.len()).any(|k| {
        let prev = k.checked_sub(1).map(|p| &tokens[p]);
        may_be_glued(&tokens[k], prev) && glued_prefix(&tokens[k], prev).is_some()
    });
    if !any {
        return tokens;
    }
    let mut out = Vec::with_capacity(tokens.len());
    for t in tokens {
        let Some(cut) = glued_prefix(&t, out.last()) else {
            out.push(t);
            continue;
        };
        let (head, tail) = t.text.split_at(cut);
        let head = head.trim_end_matches('-');
        out.push(Token {
            text: head,
            end: t.start + head.len(),
            ..t.clone()
        });
        out.push(Token {
            text: tail,
            start: t.start + cut,
            space_before: false,
            line_start: false,
            ..t
        });
    }
    out
}

/// A cheap first test for [`glued_prefix`]: every prefix is capitalised,
/// or "minus-", "negative-", or a dollar's letters after "$".
#[inline]
pub(super) fn may_be_glued(t: &Token, prev: Option<&Token>) -> bool {
    let Some(&first) = t.text.as_bytes().first() else {
        return false;
    };
    first.is_ascii_uppercase()
        || first == b'm'
        || first == b'n'
        || prev.is_some_and(|p| p.text == "$")
}

/// Where the digits start after a prefix worth splitting off (ASCII, so
/// bytes are code points).
pub(super) fn glued_prefix(t: &Token, prev: Option<&Token>) -> Option<usize> {
    let b = t.text.as_bytes();
    let first = *b.first()?;
    if !first.is_ascii_alphabetic() {
        return None;
    }
    // Every prefix below is capitalised, or "minus-", "negative-", or a
    // dollar's letters after "$": most words need no scan for digits.
    let after_dollar = prev.is_some_and(|p| p.text == "$" && p.end == t.start);
    if first.is_ascii_lowercase() && first != b'm' && first != b'n' && !after_dollar {
        return None;
    }
    let cut = b.iter().position(u8::is_ascii_digit)?;
    let head = &t.text[..cut];
    if !head.is_ascii() {
        return None;
    }
    let rest = &t.text[cut..];
    let lower = head.to_ascii_lowercase();
    if lower == "minus-" || lower == "negative-" {
        return Some(cut);
    }
    if head.contains('-') {
        return None;
    }
    // "$US55", "$A82": a dollar prefix after a glued "$".
    if after_dollar && DOLLAR_PREFIXES.iter().any(|d| d.0 == lower) {
        return Some(cut);
    }
    // "PS5" is a games console: a prefix needs more than one digit.
    let currency =
        CURRENCY_CODES.contains(&head) || GLUED_CURRENCY_PREFIXES.iter().any(|p| p.0 == head);
    (currency && rest.len() > 1).then_some(cut)
}

/// A web address at `tokens[i]` ("https://…", "www.…"): the token index
/// after it. Digits in an address ("q=30%25%2020%") are no figures.
pub(super) fn url_end(tokens: &[Token], i: usize) -> Option<usize> {
    let t = &tokens[i];
    if !(3..=5).contains(&t.text.len()) {
        return None;
    }
    let tight = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|x| !x.space_before && !x.line_start)
    };
    let text = |k: usize| tokens.get(k).map_or("", |x| x.text);
    let scheme = ["http", "https", "ftp"]
        .iter()
        .any(|s| t.text.eq_ignore_ascii_case(s))
        && text(i + 1) == ":"
        && text(i + 2) == "/"
        && tight(i + 1)
        && tight(i + 2);
    let www = t.text.eq_ignore_ascii_case("www") && text(i + 1) == "." && tight(i + 1);
    if !scheme && !www {
        return None;
    }
    let mut k = i + 1;
    while tight(k) {
        k += 1;
    }
    Some(k)
}
