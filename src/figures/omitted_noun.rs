//! Counts whose noun is left out and understood from the sentence: a part
//! of a group or a total ("detained nine of them", "took 70 of the 100
//! places", "four of five"), the subject of a verb ("two remain in
//! hospital", "and three were taken"), people in a state ("left 12 dead"),
//! what a noun before "of" is made of ("a total of 57"), the object of a
//! verb of harm ("the blast killed 71"). "One" is left
//! out: "one of them", "one could argue" are pronouns.

use super::*;

/// Words after "of" that name the group a count is taken from.
const GROUP_WORDS: &[&str] = &[
    "them", "us", "you", "those", "these", "the", "their", "his", "her", "its", "our", "my",
    "your", "whom", "which",
];

/// Finite verbs a bare count may be the subject of; past tenses in -ed
/// are read from their shape.
pub(super) const SUBJECT_VERBS: &[&str] = &[
    "are", "were", "have", "had", "remain", "will", "would", "could", "can", "may", "might",
    "must", "should", "did", "do", "fled", "left", "went", "came", "fell", "got", "lay", "stay",
    "face", "need", "die", "survive",
];

/// Words after which a count opens a clause ("officials said 14 were
/// killed").
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "while", "whereas", "yet", "so", "that", "said", "says", "say",
];

/// States of people a bare count may be followed by: "left 12 dead".
const STATES: &[&str] = &[
    "dead",
    "injured",
    "wounded",
    "missing",
    "hurt",
    "killed",
    "alive",
    "homeless",
    "displaced",
    "detained",
    "arrested",
];

/// A whole count of two or more, not a range.
fn plain_count(a: &Amount) -> bool {
    a.value.is_some_and(|v| v >= 2.0 && v.fract() == 0.0) && !a.approximate
}

/// "nine of them", "70 of the 100 places", "four of five": the count
/// before "of" and a determiner, a pronoun or the total; `end` is the
/// token after the number.
pub(super) fn part_of_a_group(tokens: &[Token], end: usize, a: &Amount) -> bool {
    let group = |t: &Token| listed(GROUP_WORDS, &t.lower()) || is_a_number(t);
    plain_count(a)
        && lower(tokens, end) == "of"
        && joined(tokens, end)
        && tokens
            .get(end + 1)
            .is_some_and(|t| !t.line_start && group(t))
}

/// Digits or a number word.
fn is_a_number(t: &Token) -> bool {
    t.starts_with_digit()
        || UNITS_WORDS
            .iter()
            .chain(TENS_WORDS)
            .any(|u| t.lower() == u.0)
}

/// "left 12 dead", "40 injured": a count of people in a state.
pub(super) fn people_in_a_state(tokens: &[Token], end: usize, a: &Amount) -> bool {
    plain_count(a) && joined(tokens, end) && listed(STATES, tokens[end].text)
}

/// "a total of 57", "a crowd of 5,000.": the count a noun before "of" is
/// made of, where the clause ends or a verb follows.
pub(super) fn count_after_of(tokens: &[Token], start: usize, a: &Amount) -> bool {
    if !plain_count(a) || start < 2 || tokens[start].line_start || lower(tokens, start - 1) != "of"
    {
        return false;
    }
    // Not the total after a part ("four of five"): the part is the figure.
    let head = &tokens[start - 2];
    let word = head.text.len() > 2 && head.text.bytes().all(|b| b.is_ascii_lowercase());
    word && !listed(STOP_WORDS, head.text) && !is_a_number(head)
}

/// "Two remain in hospital", "and three were taken": a count opening a
/// clause, right before its verb.
pub(super) fn subject_of_a_verb(tokens: &[Token], start: usize, end: usize, a: &Amount) -> bool {
    if !plain_count(a) || !joined(tokens, end) {
        return false;
    }
    let opens = opens_a_clause(tokens, start);
    let v = tokens[end].text;
    let lower_case = v.bytes().all(|b| b.is_ascii_lowercase());
    let past = v.len() > 3 && v.ends_with("ed");
    opens && lower_case && (past || listed(SUBJECT_VERBS, v))
}

/// The figure starting at `start` opens a clause: at the start of the
/// text or a line, after punctuation that ends one, or after a
/// conjunction or a verb of saying; a focusing "only" or "just" may come
/// first ("but only two committed", "Just three remain").
pub(super) fn opens_a_clause(tokens: &[Token], start: usize) -> bool {
    let focus = start > 0
        && !tokens[start].line_start
        && matches!(tokens[start - 1].text, "only" | "Only" | "just" | "Just");
    let start = if focus { start - 1 } else { start };
    start == 0
        || tokens[start].line_start
        || matches!(
            tokens[start - 1].text,
            "," | ";" | ":" | "." | "!" | "?" | "—" | "–" | "\"" | "“"
        )
        || listed(CLAUSE_OPENERS, &lower(tokens, start - 1))
}

/// Verbs whose object is people: a bare count after one counts people
/// ("the blast killed 71", "injuring 30 and").
const HARM_VERBS: &[&str] = &[
    "killed",
    "killing",
    "kills",
    "injured",
    "injuring",
    "injures",
    "wounded",
    "wounding",
    "arrested",
    "arresting",
    "detained",
    "detaining",
    "evacuated",
    "rescued",
    "hospitalised",
    "hospitalized",
    "infected",
    "infecting",
    "sickened",
];

/// "The blast killed 71.", "injuring 30 and ...": a count right after a
/// verb of harm, where no noun follows (a function word or punctuation).
pub(super) fn object_of_harm(tokens: &[Token], start: usize, end: usize, a: &Amount) -> bool {
    if !plain_count(a) || start == 0 || tokens[start].line_start {
        return false;
    }
    let no_noun = tokens
        .get(end)
        .is_none_or(|t| t.line_start || !t.is_word() || listed(STOP_WORDS, &t.lower()));
    no_noun && listed(HARM_VERBS, tokens[start - 1].text)
}
