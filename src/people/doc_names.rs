//! What the article itself shows a capitalised word or phrase to be when it
//! is no person: a place ("in Delhi,", "a Delhi-based group", "Palo Alto,
//! California") or an organisation (listed with firms, "the companies Blue
//! Origin, Ceres Robotics and Tyvak Systems"). A tagger span or a repeated
//! surname the document shows so is not spread as a person: a propagated
//! name needs person evidence of its own. Rule-only: the tagger's features
//! are untouched.

use super::lc;
use super::same_line;
use crate::tokens::Token;
use std::collections::HashSet;
use std::ops::Range;

/// US states and a few regions a place name is followed by after a comma
/// ("Palo Alto, California"); lower-case, several words where the name has
/// them. Country names come from `country.rs`.
const STATES: &[&str] = &[
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york",
    "north carolina",
    "north dakota",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "rhode island",
    "south carolina",
    "south dakota",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "virginia",
    "washington",
    "west virginia",
    "wisconsin",
    "wyoming",
    "ontario",
    "quebec",
    "england",
    "scotland",
    "wales",
];

/// Words a firm's name is followed by ("Sierra Nevada Corp.", "Tyvak
/// Systems, Inc."): the phrase before them is an organisation.
const CORPORATE_AFTER: &[&str] = &[
    "inc",
    "corp",
    "co",
    "llc",
    "ltd",
    "plc",
    "corporation",
    "incorporated",
    "limited",
    "gmbh",
];

/// Plural nouns of organisations that introduce a list of their names
/// ("the companies Astrobotic, Intuitive Machines and Orbit Beyond").
const ORG_PLURALS: &[&str] = &[
    "companies",
    "firms",
    "groups",
    "organizations",
    "organisations",
    "brands",
    "banks",
    "airlines",
    "carriers",
    "startups",
    "start-ups",
    "contractors",
    "manufacturers",
    "makers",
    "retailers",
    "agencies",
    "outlets",
    "newspapers",
    "networks",
    "clubs",
    "teams",
    "universities",
];

/// What a ticker follows in brackets ("(NYSE: HD)").
const EXCHANGES: &[&str] = &["ticker", "symbol", "nyse", "nasdaq", "lse", "tsx", "asx"];

/// Jobs a firm, not a person, employs before a name ("Wells Fargo analyst
/// Zachary Fadem"; not "spokesman": "Trump spokesman NAME").
const MARKET_JOBS: &[&str] = &["analyst", "analysts", "strategist", "economist"];

/// The phrase-level and word-level evidence of one document.
#[derive(Default)]
pub(super) struct NotPeople {
    /// Lower-case words the text uses as a place.
    places: HashSet<String>,
    /// Lower-case phrases (joined by spaces) the text uses as an
    /// organisation or a place.
    phrases: HashSet<String>,
}

impl NotPeople {
    /// Whether a one-word name is one the text shows to be a place.
    pub(super) fn place_word(&self, w: &str) -> bool {
        self.places.contains(w)
    }

    /// Whether tokens `span` are a phrase the text shows to be no person.
    pub(super) fn covers(&self, tokens: &[Token], span: &Range<usize>) -> bool {
        // The capitalised run around the span ("Marlow" of "Marlow Beyond",
        // "Depot" of "One Home Depot", "Marvel" of "Marvel Entertainment").
        let mut a = span.start;
        while a > 0 && span.end - a < 5 && cap(&tokens[a - 1]) && same_line(tokens, a) {
            a -= 1;
        }
        let mut b = span.end;
        while b < tokens.len() && b - a < 5 && cap(&tokens[b]) && same_line(tokens, b) {
            b += 1;
        }
        // A run ending in a firm's word is a firm's name.
        if b > span.end && super::spans::ends_firm_name(&lc(&tokens[b - 1])) {
            return true;
        }
        if self.phrases.is_empty() {
            return false;
        }
        (a..=span.start).any(|x| (span.end..=b).any(|y| self.phrases.contains(&key(tokens, x..y))))
    }
}

fn key(tokens: &[Token], r: Range<usize>) -> String {
    let mut s = String::new();
    for t in &tokens[r] {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&lc(t));
    }
    s
}

/// Whether the token is a word of `list` in any case (no lower-cased copy:
/// asked for every token).
fn one_of(list: &[&str], t: &Token) -> bool {
    list.iter().any(|w| t.text.eq_ignore_ascii_case(w))
}

/// A corporate word written with a capital ("Corp.", "Inc", "LLC"; not
/// "limited").
fn corporate(t: &Token) -> bool {
    t.text.starts_with(char::is_uppercase) && one_of(CORPORATE_AFTER, t)
}

fn cap(t: &Token) -> bool {
    t.is_word() && t.is_capitalized()
}

/// The run of capitalised words ending just before `end` on one line (at
/// most four): its start.
fn run_before(tokens: &[Token], end: usize) -> Option<usize> {
    let mut a = end;
    while a > 0 && end - a < 4 && cap(&tokens[a - 1]) && (a == end || same_line(tokens, a)) {
        a -= 1;
    }
    (a < end).then_some(a)
}

/// The run of capitalised words starting at `a` on one line (at most four):
/// its end.
fn run_after(tokens: &[Token], a: usize) -> Option<usize> {
    let mut b = a;
    while b < tokens.len() && b - a < 4 && cap(&tokens[b]) && (b == a || same_line(tokens, b)) {
        b += 1;
    }
    (b > a).then_some(b)
}

/// A US state or a country written at `i` in capitals: its end.
fn state_at(tokens: &[Token], i: usize) -> Option<usize> {
    if let Some((end, true)) = super::country::country_at(tokens, i) {
        return Some(end);
    }
    let mut best = None;
    for s in STATES {
        let mut j = i;
        let all = s.split(' ').all(|w| {
            let ok = tokens
                .get(j)
                .is_some_and(|x| cap(x) && (j == i || same_line(tokens, j)) && lc(x) == w);
            j += 1;
            ok
        });
        if all && best.is_none_or(|b| j > b) {
            best = Some(j);
        }
    }
    best
}

/// Whether the phrase `r` is written as a firm's: followed by a corporate
/// word ("Corp.", ", Inc.") or ending in a word that ends a firm's name.
fn firm_item(tokens: &[Token], r: &Range<usize>) -> bool {
    let mut j = r.end;
    if tokens.get(j).is_some_and(|t| t.text == ",") {
        j += 1;
    }
    let after = tokens
        .get(j)
        .is_some_and(|t| same_line(tokens, j) && corporate(t));
    after
        || tokens
            .get(r.end.wrapping_sub(1))
            .filter(|_| r.len() > 1)
            .is_some_and(|t| super::spans::ends_firm_name(&lc(t)))
}

/// A list separator at `k`: ",", "and", "or", ", and".
fn separator(tokens: &[Token], k: usize) -> Option<usize> {
    let t = tokens.get(k)?;
    if !same_line(tokens, k) {
        return None;
    }
    match t.text.as_str() {
        "," => {
            let next = tokens.get(k + 1).map(|t| t.text.as_str());
            Some(if matches!(next, Some("and" | "or")) {
                k + 2
            } else {
                k + 1
            })
        }
        "and" | "or" => Some(k + 1),
        _ => None,
    }
}

/// The items of the list that item `r` is in (each a run of capitalised
/// words, a trailing corporate word and its dot skipped), `r` included.
fn list_items(tokens: &[Token], r: &Range<usize>) -> Vec<Range<usize>> {
    let mut items = vec![r.clone()];
    // Forwards.
    let mut end = r.end;
    loop {
        // A corporate word and its dot belong to the item before.
        let mut k = end;
        if tokens.get(k).is_some_and(|t| t.text == ",") && tokens.get(k + 1).is_some_and(corporate)
        {
            k += 1;
        }
        if tokens.get(k).is_some_and(corporate) {
            k += 1;
            if tokens.get(k).is_some_and(|t| t.text == ".") {
                k += 1;
            }
        }
        let Some(a) = separator(tokens, k) else { break };
        let Some(b) = run_after(tokens, a) else { break };
        if !same_line(tokens, a) {
            break;
        }
        items.push(a..b);
        end = b;
    }
    // Backwards.
    let mut start = r.start;
    while start >= 2 {
        let mut k = start - 1;
        let sep = match tokens[k].text.as_str() {
            "and" | "or" => {
                if k >= 1 && tokens[k - 1].text == "," {
                    k -= 1;
                }
                true
            }
            "," => true,
            _ => false,
        };
        if !sep || k == 0 || !same_line(tokens, start) {
            break;
        }
        let mut e = k;
        if tokens[e - 1].text == "." && e >= 2 && corporate(&tokens[e - 2]) {
            e -= 2;
        } else if corporate(&tokens[e - 1]) {
            e -= 1;
        }
        if e > 0 && tokens[e - 1].text == "," {
            e -= 1;
        }
        let Some(a) = run_before(tokens, e) else {
            break;
        };
        items.push(a..e);
        start = a;
    }
    items
}

/// Gathers the document's evidence over its tokens; `tagged` are the
/// tagger's spans, the phrases asked about.
pub(super) fn gather(tokens: &[Token], tagged: &[Range<usize>]) -> NotPeople {
    let mut out = NotPeople::default();
    for (i, t) in tokens.iter().enumerate() {
        // "Delhi-based", "Delhi - based".
        if let Some(p) = t.text.strip_suffix("-based") {
            if p.starts_with(char::is_uppercase) && !p.contains('-') {
                out.places.insert(p.to_lowercase());
            }
        }
        if cap(t)
            && tokens
                .get(i + 1)
                .is_some_and(|h| h.text == "-" && !h.space_before)
            && tokens
                .get(i + 2)
                .is_some_and(|b| b.text == "based" && !b.space_before)
        {
            out.places.insert(lc(t).into_owned());
        }
        // "in Delhi," "in Delhi the air": a lone capitalised word after "in",
        // not a possessive owner nor the first word of a longer name.
        if t.text == "in" && i + 1 < tokens.len() && same_line(tokens, i + 1) {
            let w = &tokens[i + 1];
            let next = tokens.get(i + 2);
            let possessive = |n: &Token| matches!(n.text.as_str(), "’" | "'" | "’s" | "'s");
            let alone =
                next.is_none_or(|n| !(possessive(n) || (cap(n) && same_line(tokens, i + 2))));
            if cap(w) && alone {
                out.places.insert(lc(w).into_owned());
            }
        }
        // "Palo Alto, California": the phrase before a comma and a state.
        if t.text == "," && i > 0 {
            if let Some(_e) = state_at(tokens, i + 1) {
                if let Some(a) = run_before(tokens, i) {
                    if state_at(tokens, a).is_none() {
                        out.phrases.insert(key(tokens, a..i));
                    }
                }
            }
        }
        // A ticker after a firm's name: "Home Depot (ticker: HD)", "Apple
        // (NASDAQ: AAPL)".
        if t.text == "(" && i > 0 {
            let ticker = tokens.get(i + 1).is_some_and(|x| one_of(EXCHANGES, x))
                && tokens.get(i + 2).is_some_and(|c| c.text == ":")
                && tokens.get(i + 3).is_some_and(|x| {
                    x.is_all_caps() && x.text.chars().all(|c| c.is_ascii_uppercase())
                });
            if ticker {
                if let Some(a) = run_before(tokens, i) {
                    out.phrases.insert(key(tokens, a..i));
                }
            }
        }
        // A firm before a market job and a name: "Wells Fargo analyst NAME".
        if one_of(MARKET_JOBS, t)
            && i > 0
            && tokens
                .get(i + 1)
                .is_some_and(|n| cap(n) && same_line(tokens, i + 1))
        {
            if let Some(a) = run_before(tokens, i) {
                out.phrases.insert(key(tokens, a..i));
            }
        }
        // "the companies Astrobotic, Intuitive Machines and Orbit Beyond".
        if one_of(ORG_PLURALS, t) {
            let mut a = i + 1;
            while tokens
                .get(a)
                .is_some_and(|x| matches!(x.text.as_str(), "—" | "–" | ":" | "-" | "including"))
            {
                a += 1;
            }
            if a < tokens.len() && same_line(tokens, a) {
                if let Some(b) = run_after(tokens, a) {
                    for r in list_items(tokens, &(a..b)) {
                        out.phrases.insert(key(tokens, r));
                    }
                }
            }
        }
    }
    // A phrase listed with a firm is a firm ("SpaceX, Blue Origin, Sierra
    // Nevada Corp."), and so is every mention of it.
    let mut firms: Vec<Range<usize>> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if corporate(t) && i > 0 {
            let e = if tokens[i - 1].text == "," { i - 1 } else { i };
            if let Some(a) = run_before(tokens, e) {
                firms.push(a..e);
            }
        }
    }
    for s in tagged {
        if firm_item(tokens, s) {
            firms.push(s.clone());
        }
    }
    for f in firms {
        if f.len() == 1 && !cap(&tokens[f.start]) {
            continue;
        }
        for r in list_items(tokens, &f) {
            out.phrases.insert(key(tokens, r));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn ev(s: &str) -> (Vec<Token>, NotPeople) {
        let chars: Vec<char> = s.chars().collect();
        let t = tokenize(&chars);
        let n = gather(&t, &[]);
        (t, n)
    }

    #[test]
    fn places_and_firms_the_text_shows() {
        let (_, n) = ev("Smog hangs in Delhi, and a Pune-based group said so.");
        assert!(n.place_word("delhi") && n.place_word("pune"));
        let (_, n) = ev("Trust in Trump's plan fell in Ohio.");
        assert!(!n.place_word("trump") && n.place_word("ohio"));
        let (_, n) = ev(
            "The firms are Acme Robotics, Palo Alto, California and Blue Origin, Kent, Washington.",
        );
        assert!(n.phrases.contains("palo alto") && n.phrases.contains("kent"));
        let (_, n) =
            ev("NASA picked SpaceX, Blue Origin, Sierra Nevada Corp., Ceres Robotics and Tyvak.");
        assert!(n.phrases.contains("blue origin"), "{:?}", n.phrases);
        assert!(n.phrases.contains("tyvak") && n.phrases.contains("spacex"));
        let (_, n) = ev("It chose the companies Astrobotic, Intuitive Machines and Orbit Beyond.");
        assert!(n.phrases.contains("orbit beyond"), "{:?}", n.phrases);
        let (_, n) = ev("Jane Doe and John Roe said the plan would work.");
        assert!(n.phrases.is_empty() && n.places.is_empty());
    }
}
