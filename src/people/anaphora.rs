//! A role stated later by description alone: "… Deval Patrick … would be
//! stopping by. … But the black former Massachusetts governor is eager to
//! get their attention". A sentence whose subject is a specific definite
//! description of an office (it says "former" or names a place) and that
//! names nobody refers back to the person mentioned last, when that person
//! has no role yet. A bare "the president" is left alone: news uses it for
//! whoever holds the office, often not the person last quoted.

use super::entities::Found;
use super::{lc, roles};
use crate::tokens::Token;

/// How far back (tokens) the person mentioned last may be.
const MAX_GAP: usize = 60;

/// Words that may open the sentence before its subject.
fn opener(t: &Token) -> bool {
    matches!(&*lc(t), "but" | "and" | "yet" | "still" | "now")
}

fn sentence_start(tokens: &[Token], i: usize) -> bool {
    i == 0
        || tokens[i].line_start
        || matches!(tokens[i - 1].text.as_str(), "." | "!" | "?")
        || (matches!(tokens[i - 1].text.as_str(), "”" | "\"")
            && i > 1
            && matches!(tokens[i - 2].text.as_str(), "." | "!" | "?"))
}

/// A specific description: "former" in it, or a capitalised word after its
/// first (a place, a demonym: "the former Massachusetts governor").
fn specific(tokens: &[Token], r: &roles::Role) -> bool {
    tokens[r.start..r.end]
        .iter()
        .enumerate()
        .any(|(k, t)| lc(t) == "former" || (k > 0 && t.is_capitalized()))
}

/// Gives the person mentioned last before each such description its office.
/// `found` is in text order.
pub(super) fn resolve(tokens: &[Token], found: &mut [Found]) {
    let mut next = 0; // first mention at or after the description
    for i in 0..tokens.len() {
        if !sentence_start(tokens, i) {
            continue;
        }
        let s = if opener(&tokens[i]) { i + 1 } else { i };
        if tokens.get(s).is_none_or(|t| lc(t) != "the") {
            continue;
        }
        let Some(r) = roles::phrase(tokens, s, tokens.len(), &|_| false) else {
            continue;
        };
        // The subject ends on its head and a verb follows: no name, no
        // apposition, no possessive ("the former governor's office").
        let verb = tokens
            .get(r.end)
            .is_some_and(|t| t.is_word() && !t.is_capitalized());
        if !r.official || r.complement || r.owned || !verb || !specific(tokens, &r) {
            continue;
        }
        while next < found.len() && found[next].first < r.start {
            next += 1;
        }
        let Some(k) = next.checked_sub(1) else {
            continue;
        };
        if r.start - found[k].last > MAX_GAP {
            continue;
        }
        // Only a person with no role anywhere in the text takes it: any
        // mention with their surname ("Carlineo" of "Patrick Carlineo Jr").
        let surname = super::surname(&found[k].name).cloned();
        let known = found
            .iter()
            .any(|m| m.role.is_some() && super::surname(&m.name) == surname.as_ref());
        if !known {
            found[k].role = Some(r.text.clone());
            found[k].official = true;
        }
    }
}
