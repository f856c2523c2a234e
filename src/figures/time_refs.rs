//! Durations, decided as a class. A duration is a figure when it is an
//! amount of time: how long something lasts, took or is set to last ("a
//! 10-year war", "48 hours of rain", "jailed for two years", "a 14-day
//! quarantine"). It is a time reference, and not highlighted, when it
//! places an event before or after another: followed by "ago", "later",
//! "earlier", "before", "after", "prior", "on" at a clause's end, "from
//! now" ("five months ago", "two days before the summit", "six months
//! on"). After a verb of lasting or "for" it stays an amount whatever
//! follows ("lasted 11 days before it was called off"), and "since" keeps
//! it one: "50 years since the band formed" is time elapsed.

use super::*;

/// Words after a duration that make it a point in time.
const RELATIVE_TIME: &[&str] = &[
    "ago",
    "later",
    "earlier",
    "before",
    "after",
    "prior",
    "previously",
    "beforehand",
    "afterwards",
    "afterward",
    "hence",
];

/// Words before a duration that make it an amount of time.
const LASTING: &[&str] = &[
    "for", "within", "lasted", "last", "lasts", "lasting", "took", "take", "takes", "taking",
    "spent", "spend", "spends", "spending", "served", "serve", "serves", "serving",
];

/// The duration from `start` to `end` (exclusive) places an event in time.
pub(super) fn is_time_reference(tokens: &[Token], start: usize, end: usize) -> bool {
    if !joined(tokens, end) {
        return false;
    }
    let w = lower(tokens, end);
    let clause_ends = |k: usize| tokens.get(k).is_none_or(|t| !t.is_word() || t.line_start);
    let relative = listed(RELATIVE_TIME, &w)
        || (w == "on" && (clause_ends(end + 1) || lower(tokens, end + 1) == "from"))
        || (w == "from" && lower(tokens, end + 1) == "now");
    if !relative {
        return false;
    }
    let lasting =
        start > 0 && !tokens[start].line_start && listed(LASTING, &lower(tokens, start - 1));
    w == "ago" || !lasting
}
