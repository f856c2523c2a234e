//! Headlines in title case or capitals ("12 Climbers Found Alive", "40
//! CLIMBERS RESCUED"): there a capital says nothing about names, so the
//! word after a number is read as if it were lower case.

use super::*;

/// The longest line read as a headline, in tokens: a longer line is prose,
/// and the bound keeps each test constant-time.
const MAX_HEADLINE_TOKENS: usize = 24;

/// Token `i` lies on a short line whose content words of four letters or
/// more (two at least) all begin with a capital.
pub(super) fn in_title_line(tokens: &[Token], i: usize) -> bool {
    let mut a = i;
    while a > 0 && !tokens[a].line_start {
        if i - a >= MAX_HEADLINE_TOKENS {
            return false;
        }
        a -= 1;
    }
    let mut b = i + 1;
    while b < tokens.len() && !tokens[b].line_start {
        if b - a >= MAX_HEADLINE_TOKENS {
            return false;
        }
        b += 1;
    }
    let mut words = 0;
    for t in &tokens[a..b] {
        let long = t.text.len() >= 4 && t.text.bytes().all(|c| c.is_ascii_alphabetic());
        if !long || listed(STOP_WORDS, &t.lower()) {
            continue;
        }
        if !t.text.starts_with(|c: char| c.is_ascii_uppercase()) {
            return false;
        }
        words += 1;
    }
    words >= 2
}

/// In a headline, the counted noun is the one plural word right after the
/// number ("12 Climbers", "3,000 FAMILIES"): longer phrases run into the
/// verb ("Windows 11 Update Breaks Printers").
pub(super) fn headline_noun(tokens: &[Token], k: usize) -> Option<Option<(String, usize)>> {
    let t = tokens.get(k)?;
    if t.line_start || !(t.is_capitalized() || t.is_all_caps()) || !in_title_line(tokens, k) {
        return None;
    }
    let w = t.lower();
    Some(is_plural(&w).then(|| (w.into_owned(), k + 1)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize_str;

    #[test]
    fn tells_headlines_from_prose() {
        let t = tokenize_str("12 Climbers Found Alive on the Ridge");
        assert!(in_title_line(&t, 0));
        let t = tokenize_str("The Climbers were found by Mountain Rescue teams");
        assert!(!in_title_line(&t, 0));
        let t = tokenize_str("40 CLIMBERS RESCUED\nthe rest of the story");
        assert!(in_title_line(&t, 0) && !in_title_line(&t, 4));
        let long = "Word ".repeat(40);
        assert!(!in_title_line(&tokenize_str(&long), 20));
    }
}
