//! Roles stated around a name rather than glued before it:
//! - an appositive after the name: "Irakli Kobakhidze, the country's prime
//!   minister,", "Salome Zourabichvili, a former president who …";
//! - a role set off by a comma before it: "the chairman, NAME,", "Poland's
//!   foreign minister, NAME,", "the speaker of parliament, NAME,";
//! - a role in the next clause: "NAME, who serves as the president's special
//!   envoy to the region,", "NAME, who became president in October".
//!
//! Each reads one noun phrase: an optional article, up to six words of
//! possessors ("the country's"), modifiers and organisation names, and a
//! title from the lexicon as its head (the last title before the phrase
//! ends; a title that owns something, "the president's", is no head), then
//! a complement ("to Zelenskyy", "of police", "for hostage affairs").

use super::lexicon::{PLURAL_TITLES, PRIVATE_BODIES, SHARED_HEADS};
use super::{join_tokens, lc, lower, same_line, title_at};
use crate::tokens::Token;

/// A role phrase over tokens [start, end): the head title decides whether
/// its holder is an official.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Role {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub official: bool,
    /// Whether a complement follows the head ("envoy to Ukraine").
    pub complement: bool,
    /// Whether the head is an office only because a country owns it ("the
    /// North Korean leader"): news uses such a description for someone
    /// other than the person named last.
    pub owned: bool,
}

/// Words before the head that a role phrase may hold at most.
const MAX_PREMODIFIERS: usize = 6;
/// Words of a complement after the head ("to the European Union").
const MAX_COMPLEMENT: usize = 6;

/// Relational heads: "Pashinyan's predecessor" holds an office when the
/// possessor does (an official title, or a name `is_official` knows).
const RELATIONAL: &[&str] = &["predecessor", "successor"];

/// Words that end a role phrase: clause openers and common verbs.
fn ends_phrase(t: &Token) -> bool {
    matches!(
        &*lc(t),
        "who"
            | "whom"
            | "whose"
            | "which"
            | "that"
            | "and"
            | "or"
            | "but"
            | "said"
            | "says"
            | "told"
            | "is"
            | "was"
            | "are"
            | "were"
            | "has"
            | "had"
            | "have"
            | "will"
            | "would"
            | "when"
            | "while"
            | "as"
            | "after"
            | "before"
            | "since"
            | "because"
            | "if"
            | "on"
            | "with"
            | "until"
            | "from"
            | "during"
            | "under"
            | "by"
            | "against"
            | "now"
            | "also"
    )
}

fn is_preposition(t: &Token) -> bool {
    matches!(&*lc(t), "of" | "for" | "to" | "at" | "in")
}

/// Whether a complement opens at `i`: "of police", "to the region", "in
/// Washington", but not a time ("in February", "in 2019").
fn complement_at(tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i).filter(|t| is_preposition(t)) else {
        return false;
    };
    if lc(t) != "in" {
        return true;
    }
    // "May" is a month here, though not on the never-a-name list.
    tokens.get(i + 1).is_some_and(|n| {
        n.is_capitalized() && !super::not_name(&lc(n)) && !n.starts_with_digit() && n.text != "May"
    })
}

/// Head nouns of phrases that name a thing, not a person: "Georgian Dream,
/// the ruling party,", "the speaker system, Sonos Era,".
const THING_HEADS: &[&str] = &[
    "party",
    "ministry",
    "newspaper",
    "daily",
    "paper",
    "magazine",
    "company",
    "firm",
    "group",
    "bank",
    "agency",
    "city",
    "town",
    "village",
    "capital",
    "region",
    "province",
    "district",
    "country",
    "state",
    "system",
    "body",
    "authority",
    "organisation",
    "organization",
    "movement",
    "coalition",
    "alliance",
    "union",
    "council",
    "committee",
    "court",
    "army",
    "channel",
    "station",
    "network",
    "website",
    "broadcaster",
    "brand",
    "product",
    "device",
    "airline",
    "university",
    "school",
    "hospital",
    "club",
    "team",
    "band",
    "film",
    "book",
    "show",
    "series",
    "programme",
    "program",
    "app",
    "platform",
    "operator",
    "carrier",
    "operation",
    "mission",
    "campaign",
    "offensive",
    "initiative",
    "project",
];

/// "X, the ruling party," / "the speaker system, X,": X is set off by a
/// phrase whose head names a thing (by `THING_HEADS`), after or before it.
pub(super) fn names_a_thing(tokens: &[Token], first: usize, end: usize) -> bool {
    let head_is_thing = |from: usize, to: usize| {
        // The last word before the phrase's end or its first preposition.
        let mut last = None;
        let mut k = from;
        while k < to.min(tokens.len()) {
            let t = &tokens[k];
            if let Some(p) = possessive_end(tokens, k) {
                // "the party's leader": a possessor, not the head.
                last = None;
                k = p;
                continue;
            }
            if !t.is_word() || is_preposition(t) || ends_phrase(t) {
                break;
            }
            last = Some(t);
            k += 1;
        }
        last.is_some_and(|t| THING_HEADS.contains(&&*lc(t)))
    };
    let after = tokens.get(end).is_some_and(|t| t.text == ",") && {
        let mut j = end + 1;
        if matches!(&*lower(tokens, j), "a" | "an" | "the") {
            j += 1;
        }
        let stop = (j..tokens.len().min(j + 8))
            .find(|&k| !tokens[k].is_word() || !same_line(tokens, k))
            .unwrap_or(tokens.len().min(j + 8));
        head_is_thing(j, stop)
    };
    // Before: the head is the word right before the comma.
    let before = first >= 2
        && tokens[first - 1].text == ","
        && same_line(tokens, first)
        && same_line(tokens, first - 1)
        && THING_HEADS.contains(&&*lc(&tokens[first - 2]));
    after || before
}

/// Index after a possessive "’s" / "'s" following token `i`.
pub(super) fn possessive_end(tokens: &[Token], i: usize) -> Option<usize> {
    let apo = tokens.get(i + 1)?;
    let s = tokens.get(i + 2)?;
    ((apo.text == "’" || apo.text == "'")
        && !apo.space_before
        && (s.text == "s" || s.text == "S")
        && !s.space_before)
        .then_some(i + 3)
}

/// Reads a role phrase starting at `start` (an article may open it), on one
/// line, ending before `limit`. `is_official` says whether a possessor name
/// is a known official (for relational heads).
pub(super) fn phrase(
    tokens: &[Token],
    start: usize,
    limit: usize,
    is_official: &dyn Fn(&str) -> bool,
) -> Option<Role> {
    let limit = limit.min(tokens.len());
    let mut j = start;
    let article = matches!(&*lower(tokens, j), "a" | "an" | "the");
    if article {
        j += 1;
    }
    // The text starts after "a"/"an", and after "the" unless a possessor
    // follows it ("the country's prime minister").
    let mut text_start = j;
    let mut head: Option<(usize, usize, bool)> = None; // (start, end, official)
    let mut owned = false;
    let mut possessor: Option<usize> = None;
    let mut words = 0;
    while j < limit && (j == start || same_line(tokens, j)) {
        let t = &tokens[j];
        if !t.is_word() || t.starts_with_digit() && !t.text.contains('-') {
            break;
        }
        if head.is_some() && (is_preposition(t) || ends_phrase(t)) {
            break;
        }
        // "the Health and Human Services secretary", "the Department of
        // Energy spokesman": "and" or "of" inside a capitalised name before
        // the head belongs to it.
        let inside_name = matches!(&*lc(t), "and" | "of")
            && j > text_start
            && tokens[j - 1].is_capitalized()
            && tokens
                .get(j + 1)
                .is_some_and(|n| n.is_capitalized() && same_line(tokens, j + 1));
        if inside_name {
            words += 1;
            j += 1;
            continue;
        }
        if ends_phrase(t) || is_preposition(t) || matches!(&*lc(t), "a" | "an" | "the") {
            return None;
        }
        if let Some(p) = possessive_end(tokens, j) {
            if article && possessor.is_none() && j == text_start {
                text_start = start;
            }
            possessor = Some(j);
            head = None;
            j = p;
            words += 1;
            continue;
        }
        let title = super::role_title_at(tokens, j);
        let by_country = super::owned_office_by(tokens, j, start..j)
            .filter(|&(o, _)| title.is_none_or(|(e, official)| o >= e && !official));
        if let Some((end, official)) = by_country.map(|(o, _)| (o, true)).or(title) {
            if possessive_end(tokens, end - 1).is_none() && end <= limit {
                head = Some((j, end, official));
                owned = by_country.is_some();
                // The role starts at its owner ("They met North Korea's
                // leader" is "North Korea's leader"), or the article before.
                if let Some((_, owner)) = by_country.filter(|&(_, o)| o < j) {
                    let article =
                        owner > start && matches!(&*lower(tokens, owner - 1), "a" | "an" | "the");
                    let from = if article { owner - 1 } else { owner };
                    text_start = text_start.max(from);
                }
                words += end - j;
                j = end;
                continue;
            }
        }
        if RELATIONAL.contains(&&*lc(t)) && possessor.is_some() {
            let p = possessor.unwrap_or(j);
            let official =
                title_at(tokens, p).is_some_and(|(_, o)| o) || is_official(&tokens[p].text);
            head = Some((j, j + 1, official));
            j += 1;
            words += 1;
            continue;
        }
        // A past participle or gerund after a name or a pronoun is a verb
        // ("a hotelier Trump tapped as his ambassador"), elsewhere a
        // modifier ("the ousted president").
        let w = lc(t);
        let verb = (w.ends_with("ed") || w.ends_with("ing"))
            && j > 0
            && (tokens[j - 1].is_capitalized()
                || matches!(&*lc(&tokens[j - 1]), "he" | "she" | "they" | "it" | "we"));
        if verb || words > MAX_PREMODIFIERS {
            break;
        }
        // A word after the head that is no title: the head was a modifier
        // ("deputy" in "deputy White House press secretary") or the phrase
        // went on past it; only a later title can take over.
        words += 1;
        j += 1;
    }
    let (_, h_end, official) = head?;
    // The head must end the phrase, but for a complement.
    let mut end = h_end;
    let mut complement = false;
    if end < j && !(is_preposition(&tokens[end]) || ends_phrase(&tokens[end])) {
        return None;
    }
    if end < limit && complement_at(tokens, end) && same_line(tokens, end) {
        let mut k = end + 1;
        while k < end + 1 + MAX_COMPLEMENT
            && k < limit
            && tokens[k].is_word()
            && same_line(tokens, k)
            && !ends_phrase(&tokens[k])
            && !PLACE_WORDS.contains(&&*lc(&tokens[k]))
        {
            // "director of the parliament's research service": a
            // possessive inside the complement names whose the body is.
            k = possessive_end(tokens, k)
                .filter(|&e| e < limit && tokens.get(e).is_some_and(Token::is_word))
                .unwrap_or(k + 1);
        }
        if k > end + 1 {
            end = k;
            complement = true;
        }
    }
    let (h_start, _, _) = head?;
    let official =
        super::bodies::office(tokens, h_start..h_end, official, start..h_start, h_end..end);
    Some(Role {
        start,
        end,
        text: join_tokens(tokens, text_start, end),
        official,
        complement,
        owned,
    })
}

/// "NAME, the country's prime minister," / "NAME, a former president who":
/// the role after the comma (or in the brackets) at `name_end`.
pub(super) fn after(
    tokens: &[Token],
    name_end: usize,
    is_official: &dyn Fn(&str) -> bool,
) -> Option<Role> {
    // "James P. Kennedy Jr., the U.S. Attorney": the suffix's dot first.
    let dot = tokens.get(name_end).is_some_and(|t| t.text == ".")
        && name_end > 0
        && super::is_suffix(&tokens[name_end - 1].text);
    let name_end = name_end + dot as usize;
    // A comma, or "NAME (the interior minister)": a role in brackets,
    // closed right after it.
    let opener = &tokens.get(name_end)?.text;
    let bracket = opener == "(";
    if !(opener == "," || bracket) || !same_line(tokens, name_end) {
        return None;
    }
    let mut j = name_end + 1;
    // "NAME, 45, a former minister": an age first.
    if tokens.get(j).is_some_and(Token::starts_with_digit)
        && tokens.get(j + 1).is_some_and(|t| t.text == ",")
    {
        j += 2;
    }
    // "NAME, now the country's ambassador to France,": the office held today.
    if matches!(&*lower(tokens, j), "now" | "currently") {
        j += 1;
    }
    // "NAME, who serves as …", "NAME, who became president …"
    if lower(tokens, j) == "who" {
        j += 1;
        if let Some(role) = heads_a_body(tokens, j) {
            return Some(role);
        }
        let verb = lower(tokens, j);
        let two = format!("{verb} {}", lower(tokens, j + 1));
        if let Some(k) = office_verb(tokens, j) {
            // "who was sworn in as mayor", "who took office as president"
            j = k;
        } else if matches!(
            two.as_str(),
            "serves as"
                | "served as"
                | "has been"
                | "had been"
                | "is now"
                | "was then"
                | "is also"
                | "was also"
                | "resigned as"
                | "was elected"
                | "was named"
                | "was appointed"
        ) {
            j += 2;
        } else if matches!(&*verb, "is" | "was" | "became" | "becomes" | "remains") {
            j += 1;
        } else {
            return None;
        }
    }
    if !same_line(tokens, j) {
        return None;
    }
    let mut role = phrase(tokens, j, tokens.len(), is_official)?;
    if bracket && tokens.get(role.end).is_none_or(|t| t.text != ")") {
        return None;
    }
    // "NAME, President." closing a quoted signature: a head that firms give
    // too, bare (no article, no modifier, no complement) and ending the
    // sentence, names no state; news writes a head of state "NAME, the
    // president of X" or "President NAME".
    let closes = tokens
        .get(role.end)
        .is_none_or(|t| matches!(t.text.as_str(), "." | "\"" | "”" | "'" | "’" | "!"));
    let bare = !role.complement
        && closes
        && !matches!(&*lower(tokens, j), "a" | "an" | "the")
        && SHARED_HEADS.contains(&role.text.to_lowercase().as_str());
    if bare {
        role.official = false;
    }
    Some(role)
}

/// Verbs of heading a body: "NAME, who chairs the Election Commission,".
const HEAD_VERBS: &[&str] = &[
    "heads", "headed", "chairs", "chaired", "leads", "led", "runs", "ran", "directs", "directed",
];
/// Prepositions of place and topic that end a complement or the body
/// headed ("who runs the shop near the Parliament", "director of the film
/// about the police").
const PLACE_WORDS: &[&str] = &[
    "near", "outside", "inside", "across", "behind", "beside", "opposite", "next", "beyond",
    "around", "along", "off", "into", "over", "through", "toward", "towards", "past", "between",
    "among", "within", "like", "about",
];
/// Words the body after a verb of heading may run to.
const MAX_BODY_WORDS: usize = 8;

/// "who heads the parliament's defence committee": the verb of heading at
/// `i` and the body it heads, as a role that is an office when the body is
/// a public one (a firm's committee, a party or a bakery gives no role).
fn heads_a_body(tokens: &[Token], i: usize) -> Option<Role> {
    if !HEAD_VERBS.contains(&&*lower(tokens, i)) || !same_line(tokens, i) {
        return None;
    }
    // A body is definite: "the …", or a name ("NATO"); "a bakery" is none.
    if tokens
        .get(i + 1)
        .is_none_or(|t| matches!(&*lc(t), "a" | "an") || !t.is_word())
    {
        return None;
    }
    let mut k = i + 1;
    let mut end = k;
    let mut public = false;
    while k < tokens.len() && k - i <= MAX_BODY_WORDS && same_line(tokens, k) {
        let t = &tokens[k];
        let other_preposition =
            is_preposition(t) && lc(t) != "of" || PLACE_WORDS.contains(&&*lc(t));
        if !t.is_word() || ends_phrase(t) || other_preposition {
            break;
        }
        public |= super::bodies::public_at(tokens, k);
        k = possessive_end(tokens, k).unwrap_or(k + 1);
        if !is_preposition(t) && !matches!(&*lc(t), "the" | "a" | "an") {
            end = k;
        }
    }
    // A private body or a party anywhere in it ("the company's audit
    // committee", "the opposition Democratic Party"), or no public body:
    // no office to report.
    let private = tokens[i + 1..end]
        .iter()
        .any(|t| PRIVATE_BODIES.contains(&&*lc(t)) || lc(t) == "party");
    (public && !private && end > i + 1).then(|| Role {
        start: i,
        end,
        text: join_tokens(tokens, i, end),
        official: true,
        complement: true,
        owned: false,
    })
}

/// Verbs of taking or holding an office that open a clause after its
/// subject, with the words they take: "became", "was elected", "has been
/// appointed", "was sworn in as", "took office as".
fn office_verb(tokens: &[Token], i: usize) -> Option<usize> {
    let w = |k: usize| lower(tokens, i + k);
    let passive = |x: &str| {
        matches!(
            x,
            "elected"
                | "re-elected"
                | "appointed"
                | "reappointed"
                | "named"
                | "confirmed"
                | "chosen"
        )
    };
    let n = match (&*w(0), &*w(1), &*w(2)) {
        ("became" | "becomes", _, _) => 1,
        ("was" | "is", x, _) if passive(x) => 2,
        ("has" | "had", "been", x) if passive(x) => 3,
        ("was" | "is", "sworn", "in") => 3,
        ("took" | "takes", "office", "as") => 3,
        ("serves" | "served", "as", _) => 2,
        _ => return None,
    };
    // All on the line, with an "as" the passive may take ("was named as").
    let n = n + usize::from(n >= 2 && w(n) == "as" && w(n - 1) != "as");
    (i..i + n).all(|k| same_line(tokens, k)).then_some(i + n)
}

/// Heads that a verb of choosing gives outside public life: a team's
/// captain is elected, and a rank is not.
const NO_OFFICE_BY_CHOICE: &[&str] = &["captain", "capt.", "player", "star", "coach"];

/// "NAME was elected governor", "NAME was appointed foreign minister in
/// 2019", "NAME became prime minister": the role of the clause the name
/// opens, its subject (not a preposition's object: "the wife of NAME was
/// named ambassador"). The longest role phrase after the verb that ends on
/// its head or complement.
pub(super) fn predicate(
    tokens: &[Token],
    name_first: usize,
    name_end: usize,
    is_official: &dyn Fn(&str) -> bool,
) -> Option<Role> {
    if !same_line(tokens, name_end)
        || (name_first > 0
            && same_line(tokens, name_first)
            && is_preposition(&tokens[name_first - 1]))
    {
        return None;
    }
    let j = office_verb(tokens, name_end)?;
    let mut best = None;
    for limit in j + 1..(j + MAX_PREMODIFIERS + MAX_COMPLEMENT).min(tokens.len()) + 1 {
        let last = &tokens[limit - 1];
        if !same_line(tokens, limit - 1) || !last.is_word() || last.starts_with_digit() {
            break;
        }
        // The phrase ends on a word of its own, not "in" before a date.
        if is_preposition(last) || ends_phrase(last) || lc(last) == "the" {
            continue;
        }
        if let Some(r) = phrase(tokens, j, limit, is_official).filter(|r| r.end == limit) {
            best = Some(r);
        }
    }
    best.filter(|r| {
        !tokens[r.start..r.end]
            .iter()
            .any(|t| NO_OFFICE_BY_CHOICE.contains(&&*lc(t)))
    })
}

/// "Lindsey Graham, R-S.C.," / "Adam Schiff (D-Calif.)": a US party and
/// state tag after a name marks a member of Congress or a legislature.
pub(super) fn party_tag(tokens: &[Token], name_end: usize) -> Option<Role> {
    let open = tokens.get(name_end)?;
    if !matches!(open.text.as_str(), "," | "(") || !same_line(tokens, name_end) {
        return None;
    }
    let start = name_end + 1;
    // The tag is written without spaces and closed by "," ")" or the end.
    let mut end = start;
    while end < tokens.len()
        && end < start + 8
        && (end == start || !tokens[end].space_before)
        && !matches!(tokens[end].text.as_str(), "," | ")")
    {
        end += 1;
    }
    let closed = tokens
        .get(end)
        .is_none_or(|t| t.space_before || matches!(t.text.as_str(), "," | ")"));
    let tag = join_tokens(tokens, start, end);
    let mut c = tag.chars();
    let party = matches!(c.next(), Some('D' | 'R' | 'I'))
        && c.next() == Some('-')
        && c.next().is_some_and(|x| x.is_ascii_uppercase())
        && c.all(|x| x.is_ascii_alphabetic() || x == '.' || x == '-');
    (closed && party && end > start).then_some(Role {
        start,
        end,
        text: tag,
        official: true,
        complement: false,
        owned: false,
    })
}

/// "The chancellor, NAME," / "President of the Senate, NAME,": a role phrase
/// that ends at the comma right before `name_first`, opening its clause.
pub(super) fn before(
    tokens: &[Token],
    name_first: usize,
    name_end: usize,
    is_official: &dyn Fn(&str) -> bool,
) -> Option<Role> {
    if name_first < 2 || tokens[name_first - 1].text != "," || !same_line(tokens, name_first) {
        return None;
    }
    // An apposition is closed by a comma or the sentence's end; a name
    // followed by "and" is one of a list ("the president, Ann Lee and …").
    // So is a name with its own "of" ("president, Tsai Ing-wen of the
    // Democratic Progressive party,").
    let closed = tokens.get(name_end).is_none_or(|t| {
        !same_line(tokens, name_end)
            || matches!(t.text.as_str(), "," | "." | ";" | "!" | "?" | ")" | "of")
    });
    if !closed {
        return None;
    }
    let comma = name_first - 1;
    // The clause start: after a line break, a sentence end, a comma, a colon
    // or a dash, at most MAX_PREMODIFIERS + MAX_COMPLEMENT + 2 words back.
    let mut s = comma;
    while s > 0 && comma - s < MAX_PREMODIFIERS + MAX_COMPLEMENT + 2 {
        let prev = &tokens[s - 1];
        if tokens[s].line_start
            || matches!(
                prev.text.as_str(),
                "," | "." | ":" | ";" | "—" | "–" | "-" | "\"" | "“" | "(" | "!" | "?"
            )
        {
            break;
        }
        s -= 1;
    }
    // The longest phrase from there that ends at the comma: openers of the
    // clause belong to no role ("Earlier on Monday the prime minister, …").
    // A phrase after a preposition is its object, not the name's role:
    // "their nominee for governor, Jim Hood," names no governor.
    (s..comma)
        .filter(|&start| start == s || !is_preposition(&tokens[start - 1]))
        .find_map(|start| phrase(tokens, start, comma, is_official).filter(|r| r.end == comma))
}

/// "Sens. Cory Booker and …": a plural title right before `name_first`
/// (later names of the list inherit it, see `find`'s pass 4).
pub(super) fn plural(tokens: &[Token], name_first: usize) -> Option<Role> {
    if name_first == 0 || !same_line(tokens, name_first) {
        return None;
    }
    let dot = tokens[name_first - 1].text == "." && name_first > 1;
    let start = name_first - 1 - dot as usize;
    let t = &tokens[start];
    let w = format!("{}{}", lc(t), if dot { "." } else { "" });
    if !t.is_word() || !PLURAL_TITLES.contains(&w.as_str()) {
        return None;
    }
    Some(Role {
        start,
        end: name_first,
        text: join_tokens(tokens, start, name_first),
        official: true,
        complement: false,
        owned: false,
    })
}

/// "former special envoy to Ukraine Kurt Volker": a role with a complement
/// right before the name (a title alone before a name is `titled_name`'s).
pub(super) fn glued(
    tokens: &[Token],
    name_first: usize,
    is_official: &dyn Fn(&str) -> bool,
) -> Option<Role> {
    if name_first == 0 || !same_line(tokens, name_first) {
        return None;
    }
    let mut s = name_first;
    while s > 0 && name_first - s < MAX_PREMODIFIERS + MAX_COMPLEMENT + 2 {
        if tokens[s].line_start && s < name_first || !tokens[s - 1].is_word() {
            break;
        }
        s -= 1;
    }
    // A complement needs a preposition: most names have none before them.
    if !tokens[s..name_first].iter().any(is_preposition) {
        return None;
    }
    (s..name_first).find_map(|start| {
        phrase(tokens, start, name_first, is_official)
            .filter(|r| r.end == name_first && r.complement)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn toks(s: &str) -> Vec<Token> {
        let chars: Vec<char> = s.chars().collect();
        tokenize(&chars)
    }

    fn role_after(s: &str, name_end: usize) -> Option<(String, bool)> {
        after(&toks(s), name_end, &|_| false).map(|r| (r.text, r.official))
    }

    #[test]
    fn appositives_after_a_name() {
        let some = |r: &str, o: bool| Some((r.to_string(), o));
        assert_eq!(
            role_after("Irakli Kobakhidze, the country's prime minister, said", 2),
            some("the country's prime minister", true)
        );
        assert_eq!(
            role_after("Salome Zourabichvili, a former president who says", 2),
            some("former president", true)
        );
        assert_eq!(
            role_after(
                "said Hogan Gidley, the principal deputy White House press secretary.",
                3
            ),
            some("principal deputy White House press secretary", true)
        );
        assert_eq!(
            role_after("Wirat Thongsuk, an ex-premier who now leads", 2),
            some("ex-premier", true)
        );
        assert_eq!(
            role_after(
                "Steve Witkoff, who serves as the president's special envoy to the region, and",
                2
            ),
            some("the president's special envoy to the region", true)
        );
        assert_eq!(
            role_after(
                "Oleksandr Kubrakov, a deputy prime minister until last year, said",
                2
            ),
            some("deputy prime minister", true)
        );
        assert_eq!(
            role_after("Ion Popescu, 61, a former interior minister, said", 2),
            some("former interior minister", true)
        );
        assert_eq!(
            role_after(
                "Ahmed Yousef, a political scientist at Birzeit University, said",
                2
            ),
            some("political scientist at Birzeit University", false)
        );
    }

    #[test]
    fn a_bare_shared_head_closing_a_sentence_is_no_office() {
        let r = |s: &str, n: usize| role_after(s, n).map(|r| r.1);
        assert_eq!(r("reads, \"Ana Duarte, President.\"", 5), Some(false));
        assert_eq!(r("Ana Duarte, President of Moldova.", 2), Some(true));
        assert_eq!(r("Ana Duarte, the president.", 2), Some(true));
        assert_eq!(r("Ana Duarte, President, said", 2), Some(true));
    }

    #[test]
    fn phrases_that_name_a_thing() {
        let t = toks(
            "Georgian Dream, the ruling party, said so. The speaker system, Sonos Era, costs less.",
        );
        assert!(names_a_thing(&t, 0, 2));
        assert!(names_a_thing(&t, 14, 16));
        let t = toks(
            "a spokesperson for Inherent Resolve, the U.S. military operation against IS, said",
        );
        assert!(
            names_a_thing(&t, 3, 5),
            "{:?}",
            t.iter().map(|x| &x.text).collect::<Vec<_>>()
        );
        let t = toks("Ann Lee, the party's leader, said so.");
        assert!(!names_a_thing(&t, 0, 2), "a party's leader is a person");
    }

    #[test]
    fn roles_with_a_complement_glued_before_a_name() {
        let t = toks("Another diplomat, former special envoy to Ukraine Kurt Volker, shifted");
        let r = glued(&t, 8, &|_| false).map(|r| (r.text, r.official));
        assert_eq!(r, Some(("former special envoy to Ukraine".into(), true)));
        let t = toks("the talks with Ukraine Kurt Volker held");
        assert_eq!(glued(&t, 4, &|_| false), None);
    }

    #[test]
    fn no_role_where_the_phrase_is_no_role() {
        for (s, end) in [
            (
                "Sondland, a wealthy hotelier Trump tapped as his ambassador to the EU,",
                1,
            ),
            ("Biden, the president's son, said", 1),
            ("Tamar Chikovani, a 34-year-old teacher who joined", 2),
            ("Lee, who met the president on Monday,", 1),
            ("Kim, the speaker system maker, said", 1),
            ("Ann Lee, 45, who runs a bakery, said", 2),
        ] {
            assert_eq!(role_after(s, end), None, "{s}");
        }
    }

    #[test]
    fn roles_before_a_comma() {
        let before_at = |s: &str, first: usize, end: usize| {
            before(&toks(s), first, end, &|_| false).map(|r| (r.text, r.official))
        };
        let some = |r: &str, o: bool| Some((r.to_string(), o));
        assert_eq!(
            before_at(
                "The speaker of parliament, Shalva Papuashvili, dismissed",
                5,
                7
            ),
            some("speaker of parliament", true)
        );
        assert_eq!(
            before_at(
                "In June, the then UK Home Secretary, Sajid Javid, approved",
                9,
                11
            ),
            some("then UK Home Secretary", true)
        );
        assert_eq!(
            before_at("The firm's chief executive, Malee Srisawat, denied", 7, 9),
            some("The firm's chief executive", false)
        );
        assert_eq!(
            before_at("Pashinyan's predecessor, Serzh Sargsyan, said", 5, 7),
            some("Pashinyan's predecessor", false),
            "a predecessor of nobody known to be an official"
        );
        assert_eq!(
            before_at(
                "Earlier on Monday the prime minister, Boris Johnson, said",
                7,
                9
            ),
            some("prime minister", true)
        );
        assert_eq!(
            before(
                &toks("Pashinyan's predecessor, Serzh Sargsyan, said"),
                5,
                7,
                &|n| n == "Pashinyan"
            )
            .map(|r| r.official),
            Some(true)
        );
        // No closing comma: a list or a clause, not an apposition.
        assert_eq!(
            before_at("He met the president, Ann Lee and Bo Kim", 5, 7),
            None
        );
    }
}
