//! Whether a role is an office can depend on the body named with it: a
//! chairman or director of a public body holds one ("chairman of the House
//! Intelligence Committee", "Senate Judiciary Committee Chairman NAME"),
//! and an official-sounding head over a private organisation does not
//! ("president of the American Farm Association", "a spokeswoman for the
//! company"). Heads that firms and teams share with public life hold no
//! office where the words around them name a firm or a team: "president of
//! Acme Widgets" (a complement that names no country or public body),
//! "chairman, CEO and president NAME" (a list with a company title),
//! "England captain NAME" (a team's captain).

use super::country::country_at;
use super::lexicon::{
    ATTORNEY_OFFICES, BODY_HEADS, COMPANY_TITLES, PRIVATE_BODIES, PUBLIC_BODIES, SHARED_HEADS,
    STATE_LOWER, STATE_WORDS, TEAM_WORDS,
};
use super::{is_place, lc, same_line};
use crate::tokens::Token;
use std::ops::Range;

/// Bodies that are public even in lower case ("chairman of the central
/// bank", "director of the parliament's research service"); "committee",
/// "office" or "department" in lower case may be a firm's.
const LOWER_PUBLIC_BODIES: &[&str] = &[
    "parliament",
    "government",
    "ministry",
    "cabinet",
    "senate",
    "legislature",
    "police",
];

/// Capitalised words before a title that a body name may hold at most.
const MAX_BODY_WORDS: usize = 4;

pub(super) fn public(t: &Token) -> bool {
    (t.is_capitalized() || t.is_all_caps()) && PUBLIC_BODIES.contains(&&*lc(t))
}

/// Whether token `k` names a public body: capitalised ("the Election
/// Commission"), or in lower case after "public" ("director of public
/// prosecutions"), or one of the bodies that are public in any case ("the
/// central bank", "the parliament's").
pub(super) fn public_at(tokens: &[Token], k: usize) -> bool {
    let w = lc(&tokens[k]);
    let before = k.checked_sub(1).map(|b| lc(&tokens[b]));
    public(&tokens[k])
        || before.as_deref() == Some("public") && PUBLIC_BODIES.contains(&&*w)
        || LOWER_PUBLIC_BODIES.contains(&&*w)
        || w == "bank" && before.as_deref() == Some("central")
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
    let name = super::join_tokens(tokens, head.start, head.end).to_lowercase();
    if official {
        let private = words().any(|t| PRIVATE_BODIES.contains(&&*lc(t)));
        let corporate =
            head.start > 0 && matches!(&*lc(&tokens[head.start - 1]), "senior" | "executive");
        let firm = SHARED_HEADS.contains(&name.as_str())
            && (corporate
                || firm_complement(tokens, post)
                || at_body(tokens, head.end).is_some_and(|k| !state_word(tokens, k))
                || listed_with_company_title(tokens, &head));
        let team = matches!(name.as_str(), "captain" | "capt.") && team_before(tokens, head.start);
        return !private && !firm && !team;
    }
    let before = head.start.checked_sub(1).map(|k| lc(&tokens[k]));
    let head_end = head.end;
    let head = name;
    // "the U.S. attorney", "District Attorney": a prosecutor's office.
    let prosecutor = head == "attorney"
        && before.is_some_and(|w| ATTORNEY_OFFICES.contains(&&*w))
        && pre_ends_at_head;
    // A body in lower case names the office's body only as the head of the
    // complement or its possessor ("of the central bank", "of the
    // parliament's research service"), not further in ("director of the
    // film about the police").
    let heads_post =
        |k: usize| k + 1 == post.end || super::roles::possessive_end(tokens, k).is_some();
    let named = pre.clone().any(|k| public_at(tokens, k))
        || post
            .clone()
            .any(|k| public(&tokens[k]) || public_at(tokens, k) && heads_post(k));
    let at_public = || at_body(tokens, head_end).is_some_and(|k| public(&tokens[k]));
    prosecutor || BODY_HEADS.contains(&head.as_str()) && (named || at_public())
}

/// Words after a head that the clause may run on for, looking for "at".
const MAX_CLAUSE_WORDS: usize = 10;

/// "administrator for human exploration and operations at NASA", "senior
/// vice president for space and launch at Boeing": the capitalised word
/// after the first "at" in the clause that runs on from the head at `from`
/// (up to a comma, a full stop or the line's end).
fn at_body(tokens: &[Token], from: usize) -> Option<usize> {
    let end = (from + MAX_CLAUSE_WORDS).min(tokens.len());
    let mut k = from;
    while k < end && tokens[k].is_word() && (k == from || same_line(tokens, k)) {
        if lc(&tokens[k]) == "at" {
            return tokens
                .get(k + 1)
                .filter(|t| (t.is_capitalized() || t.is_all_caps()) && same_line(tokens, k + 1))
                .map(|_| k + 1);
        }
        k += 1;
    }
    None
}

/// Whether a word names a state or a public body: a country, its demonym or
/// a place ("of Ukraine", "of the European Commission", "of the Republic").
fn state_word(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    public(t)
        || country_at(tokens, k).is_some()
        || (t.is_capitalized() || t.is_all_caps())
            && (STATE_WORDS.contains(&&*lc(t)) || is_place(&lc(t)))
}

/// "president of Acme Widgets", "vice president of Sales at Acme": a
/// complement with capitalised words of which none names a state or a
/// public body (a demonym modifying a firm's name names none: "the
/// American Farm Bureau"). Or one all in lower case that names none ("president of
/// the prison workers' union", not "of the country", "of the senate").
fn firm_complement(tokens: &[Token], post: Range<usize>) -> bool {
    let capital = |k: &usize| tokens[*k].is_capitalized() || tokens[*k].is_all_caps();
    if post.clone().any(|k| capital(&k)) {
        // A country or demonym names the state only where it ends the
        // capitalised words or a state's body follows it ("of the European
        // Central Bank"); before another head it only modifies an
        // organisation's name ("president of the American Farm Bureau").
        let last = post.clone().rfind(capital);
        let head_of_state_body = last.is_some_and(|l| {
            let w = lc(&tokens[l]);
            public(&tokens[l]) || STATE_WORDS.contains(&&*w) || STATE_LOWER.contains(&&*w)
        });
        let state = |k: usize| match country_at(tokens, k) {
            Some((e, _)) if !public(&tokens[k]) => last.is_none_or(|l| l < e) || head_of_state_body,
            _ => state_word(tokens, k),
        };
        return !post.clone().any(state);
    }
    let of = post.clone().next().is_some_and(|k| lc(&tokens[k]) == "of");
    of && post.len() > 1
        && !post.clone().any(|k| {
            let w = lc(&tokens[k]);
            STATE_WORDS.contains(&&*w) || PUBLIC_BODIES.contains(&&*w) || STATE_LOWER.contains(&&*w)
        })
}

/// "chairman, CEO and president NAME", "NAME, president and chief
/// executive of": the head in a list ("and", ",", "&") beside a title that
/// only a company gives.
fn listed_with_company_title(tokens: &[Token], head: &Range<usize>) -> bool {
    let joins = |t: &Token| matches!(t.text.as_str(), "and" | "," | "&" | "/");
    let company = |from: usize, to: usize| {
        (from..to.min(tokens.len())).any(|k| {
            COMPANY_TITLES.iter().any(|c| {
                let n = c.split(' ').count();
                k + n <= tokens.len()
                    && super::join_tokens(tokens, k, k + n).eq_ignore_ascii_case(c)
            })
        })
    };
    let before = head.start > 0
        && joins(&tokens[head.start - 1])
        && company(head.start.saturating_sub(4), head.start - 1);
    let after = tokens.get(head.end).is_some_and(joins) && company(head.end + 1, head.end + 4);
    before || after
}

/// "England captain", "the team captain": a team names the captain.
fn team_before(tokens: &[Token], head: usize) -> bool {
    let Some(k) = head.checked_sub(1) else {
        return false;
    };
    let t = &tokens[k];
    TEAM_WORDS.contains(&&*lc(t))
        || (head.saturating_sub(3)..head)
            .any(|s| country_at(tokens, s).is_some_and(|(e, name)| e == head && name))
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
        let t = toks("president of the American Farm Bureau");
        assert!(!office(&t, 0..1, true, 1..1, 1..6));
        let t = toks("president of the European Central Bank");
        assert!(office(&t, 0..1, true, 1..1, 1..6));
        let t = toks("president of the United States");
        assert!(office(&t, 0..1, true, 1..1, 1..5));
        let t = toks("president of the French Republic");
        assert!(office(&t, 0..1, true, 1..1, 1..5));
    }

    #[test]
    fn a_body_name_right_before_a_title() {
        let t = toks("said House Intelligence Committee Chairman Adam Schiff");
        assert_eq!(body_before(&t, 4), Some(1));
        let t = toks("said Apple Board Chairman Arthur Levinson");
        assert_eq!(body_before(&t, 3), None);
    }
}
