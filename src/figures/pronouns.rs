//! Number words used as other parts of speech: "one" as a pronoun or
//! determiner ("one of the largest protests", "the one on the left", "one
//! side of the argument", "one reason why") and fraction words as nouns
//! ("the second half of the match", "their half", "the final third").
//! The signals are the words around them, not what they are about.

use super::*;

/// Determiners and possessives: before "one" or "half" they make a noun
/// or pronoun of it ("the one", "no one", "their half").
pub(super) const DETERMINERS: &[&str] = &[
    "the", "this", "that", "which", "each", "every", "any", "no", "another", "his", "her", "its",
    "their", "our", "my", "your", "whose", "either", "neither",
];

/// Prepositions before "one" that make a phrase of place, time or manner
/// ("at one point", "on one side", "in one case", "for one thing"). Not
/// "by" ("won by one vote" is a margin) nor "of" ("the juice of one
/// lemon").
const PREPOSITIONS: &[&str] = &[
    "at", "on", "in", "for", "with", "into", "onto", "upon", "from", "to", "under", "like",
];

/// Words after "one" and its noun that make it one of a kind, not a count:
/// "one side of the argument", "one reason why", "one way to", "one
/// official said" (a certain official).
const AFTER_ONE_OF_A_KIND: &[&str] = &[
    "of", "why", "who", "whom", "which", "where", "when", "how", "that", "to", "said", "says",
    "say",
];

/// Words between a determiner and a fraction word that make it a part or a
/// period ("the second half", "the final third", "the bottom half").
const PART_WORDS: &[&str] = &[
    "first", "second", "third", "fourth", "final", "last", "opening", "closing", "latter",
    "former", "next", "top", "bottom", "upper", "lower", "back", "front", "early", "late",
    "northern", "southern", "eastern", "western",
];

/// The spelled "one" at `num` is a pronoun or a determiner, not a count.
/// `noun_end` is the token after its singular noun, if it has one. A
/// qualifier ("at least one", "only" is none) says it is a count.
pub(super) fn one_is_a_pronoun(
    tokens: &[Token],
    start: usize,
    num: usize,
    noun_end: Option<usize>,
    qualified: bool,
) -> bool {
    if qualified || lower(tokens, num) != "one" {
        return false;
    }
    if start > 0 && !tokens[start].line_start {
        let p = lower(tokens, start - 1);
        if listed(DETERMINERS, &p) || listed(PREPOSITIONS, &p) {
            return true;
        }
    }
    let after = noun_end.unwrap_or(num + 1);
    joined(tokens, after) && listed(AFTER_ONE_OF_A_KIND, &lower(tokens, after))
}

/// "half", "third", "quarter" at `start` after a determiner, alone or with
/// an ordinal or a word of position between: a part or a period ("the
/// second half", "their half"), not a share.
pub(super) fn fraction_is_a_noun(tokens: &[Token], start: usize) -> bool {
    let w = lower(tokens, start);
    let fraction = matches!(&*w, "half" | "third" | "thirds" | "quarter" | "quarters");
    if !fraction || start == 0 || tokens[start].line_start {
        return false;
    }
    let p = lower(tokens, start - 1);
    listed(DETERMINERS, &p) || listed(PART_WORDS, &p)
}

/// "a third day", "a fourth term", "a fifth straight win": an article and
/// a singular ordinal before the noun phrase it ranks make an ordinal (the
/// day after the second), not a share. A share is followed by "of" ("a
/// third of voters"), a comparative ("a third more", "a fifth higher
/// than") or nothing ("cut by a third"); a fraction of a unit of measure
/// keeps its reading ("a third cup"), but a period of time ranked this
/// way is one of a series: a third of a day is written so.
pub(super) fn article_ordinal(tokens: &[Token], num_start: usize, num_end: usize) -> bool {
    if num_end != num_start + 2 || !matches!(&*lower(tokens, num_start), "a" | "an") {
        return false;
    }
    let ord = lower(tokens, num_start + 1);
    if !ORDINAL_WORDS.iter().any(|o| o.0 == ord && o.1 > 2.0) {
        return false;
    }
    let Some(next) = tokens
        .get(num_end)
        .filter(|t| joined(tokens, num_end) && t.is_word())
    else {
        return false;
    };
    let w = next.lower();
    if listed(STOP_WORDS, &w)
        || next.starts_with_digit()
        || !next.text.starts_with(char::is_lowercase)
    {
        return false;
    }
    let after = tokens.get(num_end + 1);
    let comparative = matches!(&*w, "more" | "less" | "fewer")
        || (w.ends_with("er")
            && after.is_none_or(|t| !t.is_word() || t.line_start || t.text == "than"));
    let measure = units::is_unit_word(&w) && !units::is_time_unit(&w);
    !comparative && !measure
}
