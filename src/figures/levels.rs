//! A bare number that a verb of change reaches, moves by or stands at:
//! "the toll rose to 57", "the index fell by 3", "unemployment stood at
//! 4.1". The verb says it is an amount, though nothing names the unit.

use super::*;

/// Verbs of change or level, in their common forms.
const CHANGE_VERBS: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rises",
    "rising",
    "fell",
    "fallen",
    "fall",
    "falls",
    "falling",
    "climbed",
    "climb",
    "climbs",
    "jumped",
    "jump",
    "jumps",
    "dropped",
    "drop",
    "drops",
    "increased",
    "increase",
    "increases",
    "decreased",
    "decrease",
    "decreases",
    "grew",
    "grown",
    "grow",
    "grows",
    "declined",
    "decline",
    "declines",
    "surged",
    "plunged",
    "slipped",
    "soared",
    "sank",
    "edged",
    "tumbled",
    "slumped",
    "shrank",
    "doubled",
    "tripled",
    "totalled",
    "totaled",
    "stood",
    "stands",
    "stand",
    "reached",
    "reaches",
    "swelled",
    "mounted",
    "hit",
];

pub(super) fn is_change_verb(w: &str) -> bool {
    listed(CHANGE_VERBS, w)
}

/// The number whose figure starts at `start` follows "to", "by" or "at"
/// after a verb of change. After "at" a whole number up to 24 may be an
/// hour ("he rose at 6").
pub(super) fn reached_by_a_change(tokens: &[Token], start: usize, a: &Amount) -> bool {
    if start < 2 || tokens[start].line_start || tokens[start - 1].line_start {
        return false;
    }
    let prep = lower(tokens, start - 1);
    let hour = a.value.is_some_and(|v| v.fract() == 0.0 && v <= 24.0);
    let ok = match &*prep {
        "to" | "by" => true,
        "at" => !hour,
        _ => false,
    };
    ok && listed(CHANGE_VERBS, &lower(tokens, start - 2))
}
