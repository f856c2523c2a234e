//! "m" glued to digits is metres unless a currency leads ("£5m"); before a
//! plural noun it is millions: "2.5m people", "10m viewers", "5m tonnes of
//! grain" (a length does not come in people or tonnes). A determiner in
//! front makes it a name of an event or an object ("the 400m hurdles").

use super::*;

/// The number read from `tokens[i]` ended in a lower-case "m" that stands
/// for millions here.
pub(super) fn glued_m_is_million(tokens: &[Token], i: usize, n: &numbers::Number) -> bool {
    let t = &tokens[i];
    if n.suffix.as_deref() != Some("m") || !t.text.ends_with('m') || n.value >= 1000.0 {
        return false;
    }
    let after = i + 1;
    let spaced = tokens.get(after).is_some_and(|a| a.space_before);
    if !spaced || !next_is_plural(tokens, after) {
        return false;
    }
    let p = if i > 0 && !t.line_start {
        lower(tokens, i - 1)
    } else {
        Cow::Borrowed("")
    };
    !(listed(DETERMINERS, &p) || p == "a" || p == "an")
}

#[cfg(test)]
mod tests {
    use crate::figures::find;

    #[test]
    fn reads_a_glued_m_before_a_plural_as_millions() {
        let f = find("Some 2.5m people and 5m tonnes of grain.");
        assert_eq!(f[0].value, Some(2_500_000.0));
        assert_eq!(f[0].counts.as_deref(), Some("people"));
        assert_eq!(f[1].value, Some(5_000_000.0));
        // A length before a singular noun, an adjective or after "the".
        let f = find("a 3m wall, 4m high, and the 400m hurdles");
        assert!(f.iter().all(|x| x.unit.as_deref() == Some("m")), "{f:?}");
    }
}
