//! Whether a role is an office can depend on the body named with it: a
//! chairman or director of a public body holds one ("chairman of the House
//! Intelligence Committee", "Senate Judiciary Committee Chairman NAME"),
//! and an official-sounding head over a private organisation does not
//! ("president of the American Farm Association", "a spokeswoman for the
//! company").

use super::lexicon::{ATTORNEY_OFFICES, BODY_HEADS, PRIVATE_BODIES, PUBLIC_BODIES};
use super::{lc, same_line};
use crate::tokens::Token;
use std::ops::Range;

/// Capitalised words before a title that a body name may hold at most.
const MAX_BODY_WORDS: usize = 4;

fn public(t: &Token) -> bool {
    (t.is_capitalized() || t.is_all_caps()) && PUBLIC_BODIES.contains(&&*lc(t))
}

/// The office flag of a role headed by `head` (tokens), given the words
/// around it that may name a body: its premodifiers (`pre`, ending at the
/// head) and its complement (`post`).
pub(super) fn office(
    tokens: &[Token],
    head: Range<usize>,
    official: bool,
    pre: Range<usize>,
    post: Range<usize>,
) -> bool {
    let pre_ends_at_head = pre.end == head.start && !pre.is_empty();
    let words = || tokens[pre.clone()].iter().chain(&tokens[post.clone()]);
    if official {
        return !words().any(|t| PRIVATE_BODIES.contains(&&*lc(t)));
    }
    let before = head.start.checked_sub(1).map(|k| lc(&tokens[k]));
    let head = super::join_tokens(tokens, head.start, head.end).to_lowercase();
    // "the U.S. attorney", "District Attorney": a prosecutor's office.
    let prosecutor = head == "attorney"
        && before.is_some_and(|w| ATTORNEY_OFFICES.contains(&&*w))
        && pre_ends_at_head;
    prosecutor || BODY_HEADS.contains(&head.as_str()) && words().any(public)
}

/// "House Intelligence Committee Chairman": where a run of capitalised
/// words naming a public body starts, right before the title at `title`.
pub(super) fn body_before(tokens: &[Token], title: usize) -> Option<usize> {
    let mut k = title;
    while k > 0 && title - k < MAX_BODY_WORDS && same_line(tokens, k) {
        let t = &tokens[k - 1];
        if !t.is_word() || !(t.is_capitalized() || t.is_all_caps()) {
            break;
        }
        k -= 1;
    }
    (k..title).any(|i| public(&tokens[i])).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn toks(s: &str) -> Vec<Token> {
        tokenize(&s.chars().collect::<Vec<_>>())
    }

    #[test]
    fn a_public_body_makes_a_chairman_an_official_and_a_private_one_unmakes_a_president() {
        let t = toks("chairman of the House Intelligence Committee");
        assert!(office(&t, 0..1, false, 1..1, 1..6));
        let t = toks("chairman of the marketing department");
        assert!(!office(&t, 0..1, false, 1..1, 1..5));
        let t = toks("president of the American Farm Association");
        assert!(!office(&t, 0..1, true, 1..1, 1..6));
        let t = toks("the U.S. attorney for the district");
        assert!(office(&t, 2..3, false, 0..2, 3..6));
        let t = toks("his attorney for the case");
        assert!(!office(&t, 1..2, false, 0..1, 2..5));
        let t = toks("president of the Senate");
        assert!(office(&t, 0..1, true, 1..1, 1..4));
    }

    #[test]
    fn a_body_name_right_before_a_title() {
        let t = toks("said House Intelligence Committee Chairman Adam Schiff");
        assert_eq!(body_before(&t, 4), Some(1));
        let t = toks("said Apple Board Chairman Arthur Levinson");
        assert_eq!(body_before(&t, 3), None);
    }
}
