//! People and officials: names anchored by a role ("Belarusian Foreign
//! Minister Vladimir Makei", "Mykhailo Podolyak, an adviser to Zelenskyy"),
//! bylines ("Liza Hearon contributed to this report"), then later short
//! mentions ("Makei", "Putin") linked back to the full name and its role.

mod anaphora;
mod bodies;
mod country;
mod doc_names;
mod entities;
mod evidence;
mod features;
mod lexicon;
pub mod model;
mod roles;
mod spans;
pub mod tagger;
#[cfg(feature = "train")]
pub mod train;

use crate::tokens::{tokenize, Token};
use entities::Found;
use features::Fx;
use lexicon::*;
use serde::Serialize;
use spans::*;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Person {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub name: String,
    pub official: bool,
    pub role: Option<String>,
    /// The name alone within `text` ("Vladimir Putin" of "Russian President
    /// Vladimir Putin"), code points, end exclusive.
    pub name_start: usize,
    pub name_end: usize,
}

/// One individual found so far, for the passes' lookups (the final
/// grouping into people is `entities::resolve`, in text order).
#[derive(Debug, Clone)]
struct Entity {
    name_tokens: Vec<String>,
    role: Option<String>,
    official: bool,
}

fn cover(covered: &mut [bool], a: usize, b: usize) {
    for c in covered.iter_mut().take(b).skip(a) {
        *c = true;
    }
}

/// Records a mention: its entity for the later passes, and what it says.
fn record(entities: &mut Vec<Entity>, found: &mut Vec<Found>, covered: &mut [bool], a: Anchored) {
    add_entity(entities, a.name.clone(), a.role.clone(), a.official);
    cover(covered, a.first, a.last);
    found.push(Found {
        first: a.first,
        name_first: a.name_first,
        last: a.last,
        name: a.name,
        role: a.role,
        official: a.official,
    });
}

pub fn find(text: &str) -> Vec<Person> {
    let chars: Vec<char> = text.chars().collect();
    let tokens = tokenize(&chars);
    let headline = headline_tokens(&tokens);
    let title_case = title_case_tokens(&tokens, &headline);
    let mut entities: Vec<Entity> = Vec::new();
    let mut found: Vec<Found> = Vec::new();
    let mut covered = vec![false; tokens.len()];
    let scored = tidy_spans(&tokens, tagger::scored_spans(&tokens));
    let tagged: Vec<Range<usize>> = scored.iter().map(|s| s.0.clone()).collect();
    debug_assert!(tagged.windows(2).all(|w| w[0].start < w[1].start));
    let long_span_words = long_span_words(&tokens, &tagged);
    let not_people = doc_names::gather(&tokens, &tagged);

    // Pass 1: mentions anchored by a role or a byline.
    let mut i = 0;
    while i < tokens.len() {
        let found_here = if headline[i] {
            None
        } else {
            titled_name(&tokens, i)
                .or_else(|| {
                    let official = |w: &str| {
                        entities
                            .iter()
                            .any(|e| e.official && e.name_tokens.iter().any(|n| n == w))
                    };
                    role_around_name(&tokens, i, &official)
                })
                .or_else(|| byline_name(&tokens, i))
        };
        match found_here {
            Some(mut a) => {
                extend_with_tagger(&tokens, &tagged, &mut a);
                let next = a.name_end.max(i + 1);
                record(&mut entities, &mut found, &mut covered, a);
                i = next;
            }
            None => i += 1,
        }
    }

    // Pass 2: names the statistical tagger finds that no rule anchored. A
    // surname alone links to a known entity and so inherits its role.
    for (span, margin) in scored {
        if span.clone().any(|k| covered[k])
            || !plausible_name(&tokens[span.clone()])
            || roles::names_a_thing(&tokens, span.start, span.end)
            || shown_no_person(&tokens, &span, &not_people, &long_span_words, &entities)
        {
            continue;
        }
        // A title right before (or opening) the tagger's name anchors it even
        // on a line the rules skipped as headline case.
        if let Some(a) = title_for_span(&tokens, &span, &covered) {
            record(&mut entities, &mut found, &mut covered, a);
            continue;
        }
        if title_case[span.start]
            || (margin < LONE_MIN_MARGIN
                && !introduced(&tokens, &span, &long_span_words, &entities))
        {
            continue;
        }
        // Joined as written, so initials keep their dots ("George W. Bush").
        let mut name: Vec<String> = join_tokens(&tokens, span.start, span.end)
            .split(' ')
            .map(str::to_string)
            .collect();
        // An all-caps name (a headline's "TARANGO") counts only as a name
        // the text also writes in mixed case, and is named that way.
        if !tokens[span.clone()].iter().any(Token::is_capitalized) {
            let known: Option<Vec<String>> = tokens[span.clone()]
                .iter()
                .filter(|t| t.is_word())
                .map(|t| known_word(t, &long_span_words, &entities))
                .collect();
            match known {
                Some(k) if !k.is_empty() => name = k,
                _ => continue,
            }
        }
        let a = Anchored {
            first: span.start,
            name_first: span.start,
            last: span.end,
            name_end: span.end,
            name,
            role: None,
            official: false,
        };
        record(&mut entities, &mut found, &mut covered, a);
    }

    // Pass 3: repeats of a known full name, or its surname alone.
    let mut lower_words: Option<HashSet<String>> = None;
    let mut i = 0;
    while i < tokens.len() {
        if covered[i] || !tokens[i].is_capitalized() {
            i += 1;
            continue;
        }
        let known = known_mention(&tokens, i, &entities, &not_people);
        // "Lee N. Carter" after "Ann B. Carter": another first name and
        // initial before the surname is someone else, in full.
        let other = match known {
            Some((e, 1)) => other_first_name(
                &tokens,
                i,
                &covered,
                &entities[e].name_tokens,
                &mut lower_words,
            ),
            _ => None,
        };
        if let Some(first) = other {
            found.push(Found {
                first,
                name_first: first,
                last: i + 1,
                name: join_tokens(&tokens, first, i + 1)
                    .split(' ')
                    .map(str::to_string)
                    .collect(),
                role: None,
                official: false,
            });
            cover(&mut covered, first, i + 1);
            i += 1;
            continue;
        }
        match known {
            Some((e, len)) if (i..i + len).all(|k| !covered[k]) => {
                found.push(Found {
                    first: i,
                    name_first: i,
                    last: i + len,
                    name: entities[e].name_tokens.clone(),
                    role: None,
                    official: false,
                });
                // A surname alone keeps its own words for the grouping.
                if len == 1 {
                    if let Some(f) = found.last_mut() {
                        f.name = vec![tokens[i].text.clone()];
                    }
                }
                i += len;
            }
            _ => i += 1,
        }
    }

    // Pass 3b: a surname the text uses alone, seen once with a first name
    // the tagger missed ("Thanathorn Juangroongruangkit spoke. … when
    // Juangroongruangkit said"): that is the same person's full name.
    let lone: HashSet<String> = found
        .iter()
        .filter(|m| m.name.len() == 1)
        .map(|m| m.name[0].clone())
        .filter(|w| {
            !found
                .iter()
                .any(|m| m.name.len() > 1 && surname(&m.name) == Some(w))
        })
        .collect();
    if !lone.is_empty() {
        let mut taken = vec![false; tokens.len()];
        for m in &found {
            cover(&mut taken, m.first, m.last);
        }
        let candidates: Vec<usize> = (0..tokens.len().saturating_sub(1))
            .filter(|&i| {
                !taken[i]
                    && !taken[i + 1]
                    && same_line(&tokens, i + 1)
                    && lone.contains(&tokens[i + 1].text)
                    && first_name_before(&tokens, i)
            })
            .collect();
        // A first name is never written in lower case elsewhere ("Supporters
        // cheered" is no name): one scan for the few candidates' words.
        let words: HashSet<String> = candidates
            .iter()
            .map(|&i| lc(&tokens[i]).into_owned())
            .collect();
        let mut common: HashSet<&str> = HashSet::new();
        if !candidates.is_empty() {
            for t in tokens
                .iter()
                .filter(|t| t.text.starts_with(char::is_lowercase))
            {
                if words.contains(&t.text) {
                    common.insert(&t.text);
                }
            }
        }
        for i in candidates {
            if taken[i] || taken[i + 1] || common.contains(&*lc(&tokens[i])) {
                continue;
            }
            found.push(Found {
                first: i,
                name_first: i,
                last: i + 2,
                name: vec![tokens[i].text.clone(), tokens[i + 1].text.clone()],
                role: None,
                official: false,
            });
            cover(&mut taken, i, i + 2);
        }
    }

    // Pass 4: roles stated around a mention that has none ("NAME, the
    // country's prime minister,", "the premier, NAME,").
    found.sort_by_key(|m| m.first);
    let officials: HashSet<String> = found
        .iter()
        .filter(|m| m.official)
        .flat_map(|m| m.name.iter().cloned())
        .collect();
    let is_official = |w: &str| officials.contains(w);
    // A plural title ("Sens. A and B") carries along its list: (the token
    // after the last name so far, the role).
    let mut list: Option<(usize, String)> = None;
    for m in found.iter_mut() {
        if m.role.is_some() {
            list = None;
            continue;
        }
        let r = roles::after(&tokens, m.last, &is_official)
            .or_else(|| roles::before(&tokens, m.name_first, m.last, &is_official))
            .or_else(|| roles::glued(&tokens, m.name_first, &is_official))
            .or_else(|| roles::party_tag(&tokens, m.last))
            .or_else(|| roles::predicate(&tokens, m.name_first, m.last, &is_official));
        if let Some(r) = r {
            let official = r.official || owned_by_public_body(&tokens, m.name_first, &r.text);
            m.role = Some(r.text);
            m.official = official;
            list = None;
            continue;
        }
        let joined = list.take().filter(|(end, _)| {
            *end + 1 == m.name_first && matches!(tokens[*end].text.as_str(), "and" | ",")
        });
        let plural = roles::plural(&tokens, m.name_first).map(|r| r.text);
        if let Some(role) = plural.or(joined.map(|(_, r)| r)) {
            m.role = Some(role.clone());
            m.official = true;
            list = Some((m.last, role));
        }
    }

    anaphora::resolve(&tokens, &mut found);

    let (of, people) = entities::resolve(&found);
    found
        .iter()
        .zip(of)
        .map(|(m, k)| {
            let e = &people[k];
            let start = tokens[m.first].start;
            let end = tokens[m.last - 1].end;
            Person {
                text: chars[start..end].iter().collect(),
                start,
                end,
                name: e.name.join(" "),
                official: e.official,
                role: e.role.clone(),
                name_start: tokens[m.name_first].start,
                name_end: end,
            }
        })
        .collect()
}

struct Anchored {
    first: usize,
    name_first: usize,
    last: usize,
    name_end: usize,
    name: Vec<String>,
    role: Option<String>,
    official: bool,
}

/// Merges with a known entity when the names agree ("Lukashenko" and
/// "Alexander Lukashenko"); returns the entity index.
fn add_entity(
    entities: &mut Vec<Entity>,
    name: Vec<String>,
    role: Option<String>,
    official: bool,
) -> usize {
    for (k, e) in entities.iter_mut().enumerate() {
        let same = e.name_tokens == name
            || (name.len() == 1 && surname(&e.name_tokens) == name.last())
            || (e.name_tokens.len() == 1 && surname(&name) == e.name_tokens.last());
        if same {
            if name.len() > e.name_tokens.len() {
                e.name_tokens = name;
            }
            if e.role.is_none() {
                e.role = role;
                e.official = official;
            }
            return k;
        }
    }
    entities.push(Entity {
        name_tokens: name,
        role,
        official,
    });
    entities.len() - 1
}

/// Whether token `i` can be a first name before a known surname: a
/// capitalised word that is no function word, title, place or demonym.
fn first_name_before(tokens: &[Token], i: usize) -> bool {
    let x = &tokens[i];
    let w = lc(x);
    x.is_capitalized()
        && is_name_word(x)
        && !is_place(&w)
        && !is_demonym(x)
        && !spans::opens_no_name(x)
        && title_at(tokens, i).is_none()
}

/// Where another person's name starts before the known surname at `i`: a
/// first name the known person does not have, with a middle initial ("Lee
/// N. Carter" after "Ann B. Carter"). The first name must be uncovered, on
/// the line, and never written in lower case in the text (`lower`, built on
/// first use). A first name alone is left out ("Hunter Biden" after "Joe
/// Biden", tried: the later "Biden" then links to the latest, Hunter, and
/// takes Joe's role with it).
fn other_first_name(
    tokens: &[Token],
    i: usize,
    covered: &[bool],
    known: &[String],
    lower: &mut Option<HashSet<String>>,
) -> Option<usize> {
    let first_at = |k: usize| {
        !covered[k]
            && first_name_before(tokens, k)
            && !known.iter().any(|n| *n == tokens[k].text)
            && (k + 1..=i).all(|j| same_line(tokens, j))
    };
    let initial = i >= 3
        && tokens[i - 1].text == "."
        && !covered[i - 1]
        && !covered[i - 2]
        && tokens[i - 2].text.chars().count() == 1
        && tokens[i - 2].text.chars().all(char::is_uppercase);
    if !(initial && first_at(i - 3)) {
        return None;
    }
    let first = i - 3;
    let words = lower.get_or_insert_with(|| {
        tokens
            .iter()
            .filter(|t| t.text.starts_with(char::is_lowercase))
            .map(|t| t.text.clone())
            .collect()
    });
    (!words.contains(&*lc(&tokens[first]))).then_some(first)
}

/// Marks tokens on lines written in headline case, where capitals say
/// nothing about names.
fn headline_tokens(tokens: &[Token]) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    let mut start = 0;
    for i in 0..=tokens.len() {
        if i == tokens.len() || (i > start && tokens[i].line_start) {
            let words: Vec<&Token> = tokens[start..i]
                .iter()
                .filter(|t| t.is_word() && t.text.chars().count() > 3)
                .collect();
            let caps = words
                .iter()
                .filter(|t| t.is_capitalized() || t.is_all_caps())
                .count();
            if words.len() >= 3 && caps * 10 >= words.len() * 7 {
                for o in out.iter_mut().take(i).skip(start) {
                    *o = true;
                }
            }
            start = i;
        }
    }
    out
}

/// The token lower-cased, borrowed when it already is (most words): the
/// finder asks for nearly every token several times.
pub(crate) fn lc(t: &Token) -> Cow<'_, str> {
    if t.text.chars().any(char::is_uppercase) {
        Cow::Owned(t.text.to_lowercase())
    } else {
        Cow::Borrowed(&t.text)
    }
}

fn lower(tokens: &[Token], i: usize) -> Cow<'_, str> {
    tokens.get(i).map(lc).unwrap_or_default()
}

/// Whether a word is a generational suffix ("Jr", "III").
pub(crate) fn is_suffix(w: &str) -> bool {
    // Asked for every word of every name: no lower-cased copy (the
    // suffixes are ASCII, and no other letter lower-cases into theirs).
    let w = w.trim_end_matches('.');
    NAME_SUFFIXES.iter().any(|s| s.eq_ignore_ascii_case(w))
}

/// The surname of a name: its last word, or the one before a suffix
/// ("Carlineo" of "Patrick W. Carlineo Jr"), so the surname alone links.
pub(crate) fn surname(name: &[String]) -> Option<&String> {
    surname_at(name).map(|k| &name[k])
}

/// The index of a name's surname, as `surname` reads it.
pub(crate) fn surname_at(name: &[String]) -> Option<usize> {
    match name {
        [.., _, x] if is_suffix(x) => Some(name.len() - 2),
        _ => name.len().checked_sub(1),
    }
}

fn same_line(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| !t.line_start)
}

/// Longest title phrase at `i`: (end, is_official).
fn title_at(tokens: &[Token], i: usize) -> Option<(usize, bool)> {
    let t = tokens.get(i)?;
    // Titles are short words: skip the lower-casing for long tokens.
    if !t.is_word() || t.text.len() > 24 {
        return None;
    }
    // "ex-premier", "ex-prime minister": a title with its "ex-".
    let w = lc(t);
    let candidates = title_index().get(w.strip_prefix("ex-").unwrap_or(&w))?;
    let mut best: Option<(usize, bool)> = None;
    for &(p, official) in candidates {
        if let Some(end) = phrase_end(tokens, i, p) {
            if best.is_none_or(|(b, _)| end > b) {
                best = Some((end, official));
            }
        }
    }
    best
}

/// `title_at`, or an official title of `RULE_TITLES` or another of
/// `RULE_OTHER_TITLES` at `i`: for reading roles only (the tagger's
/// features use `title_at`).
fn role_title_at(tokens: &[Token], i: usize) -> Option<(usize, bool)> {
    title_at(tokens, i)
        .or_else(|| {
            // Asked for nearly every token: compare the first word first,
            // without a lower-cased copy (no title has a "k", the one letter
            // a non-ASCII capital lower-cases into; "Tánaiste" is matched as
            // written).
            let w = &tokens.get(i)?.text;
            static FIRST: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
            FIRST
                .get_or_init(|| RULE_TITLES.iter().map(|p| (first_word(p), *p)).collect())
                .iter()
                .filter(|(f, _)| f.eq_ignore_ascii_case(w))
                .filter_map(|(_, p)| phrase_end(tokens, i, p))
                .max()
                .map(|end| (end, true))
        })
        .or_else(|| {
            let w = &tokens.get(i)?.text;
            RULE_OTHER_TITLES
                .iter()
                .filter(|p| first_word(p).eq_ignore_ascii_case(w))
                .filter_map(|p| phrase_end(tokens, i, p))
                .max()
                .map(|end| (end, false))
        })
        .or_else(|| suffixed_title_at(tokens, i))
}

fn first_word(p: &str) -> &str {
    p.split(' ').next().unwrap_or_default()
}

/// Every title phrase and whether it is an office, built once.
fn title_phrases() -> &'static HashMap<&'static str, bool, Fx> {
    static SET: OnceLock<HashMap<&'static str, bool, Fx>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut m = HashMap::default();
        for (list, official) in [
            (RULE_OTHER_TITLES, false),
            (OTHER_TITLES, false),
            (OFFICIAL_TITLES, true),
            (RULE_TITLES, true),
        ] {
            for p in list {
                m.insert(*p, official);
            }
        }
        m
    })
}

/// A title whose last word carries a role suffix ("President-elect",
/// "Prime Minister-designate") or is joined to "general" by a hyphen
/// ("Attorney-General", "Solicitor-General"), up to three words from `i`:
/// (end, is_official). A "-general" compound of a word naming a holder
/// ("-or", "-er") is an office too.
fn suffixed_title_at(tokens: &[Token], i: usize) -> Option<(usize, bool)> {
    let t = tokens.get(i)?;
    if !t.is_word() || t.text.len() > 40 {
        return None;
    }
    // Asked for nearly every token: most have no hyphen near them.
    if !tokens[i..(i + 3).min(tokens.len())]
        .iter()
        .any(|x| x.text.len() > 5 && x.text.as_bytes().contains(&b'-'))
    {
        return None;
    }
    let ends = |w: &str, suffix: &str| {
        w.len() > suffix.len()
            && w.get(w.len() - suffix.len()..)
                .is_some_and(|x| x.eq_ignore_ascii_case(suffix))
    };
    let mut words = String::new();
    for k in i..(i + 3).min(tokens.len()) {
        let x = &tokens[k];
        if !x.is_word() || (k > i && !same_line(tokens, k)) {
            return None;
        }
        let w = lc(x);
        let stem = TITLE_SUFFIXES
            .iter()
            .find(|s| ends(&w, s))
            .map(|s| &w[..w.len() - s.len()]);
        let general = ends(&w, "-general").then(|| &w[..w.len() - "-general".len()]);
        if let Some(stem) = stem.or(general) {
            let whole = format!("{words}{stem}");
            let joined = format!("{whole} general");
            let known = if general.is_some() {
                title_phrases().get(joined.as_str()).copied().or_else(|| {
                    // "Solicitor-General", "Auditor-General"
                    (k == i
                        && (title_phrases().contains_key(whole.as_str())
                            || whole.ends_with("or")
                            || whole.ends_with("er"))
                        && whole.chars().all(char::is_alphabetic))
                    .then_some(true)
                })
            } else {
                title_phrases().get(whole.as_str()).copied()
            };
            return known.map(|official| (k + 1, official || general.is_some()));
        }
        if w.contains('-') {
            return None;
        }
        words.push_str(&w);
        words.push(' ');
    }
    None
}

/// An office word a country or bloc owns, at `head`: "North Korean leader",
/// "Hong Kong Chief Executive", "China's top trade negotiator", the owner
/// (or its possessive) named in `pre` with only role modifiers between
/// (for some heads any lower-case word of no non-state body). Its end.
pub(crate) fn owned_office(tokens: &[Token], head: usize, pre: Range<usize>) -> Option<usize> {
    owned_office_by(tokens, head, pre).map(|(end, _)| end)
}

/// `owned_office`, with where its owner starts.
pub(crate) fn owned_office_by(
    tokens: &[Token],
    head: usize,
    pre: Range<usize>,
) -> Option<(usize, usize)> {
    let t = tokens.get(head)?;
    if !t.is_word() || t.text.len() > 24 {
        return None;
    }
    // Asked for nearly every token: compare the first word first.
    type Owned = (&'static str, (&'static str, bool, bool));
    static FIRST: OnceLock<Vec<Owned>> = OnceLock::new();
    let (end, demonym_ok, free) = FIRST
        .get_or_init(|| OWNED_TITLES.iter().map(|o| (first_word(o.0), *o)).collect())
        .iter()
        .filter(|(f, _)| f.eq_ignore_ascii_case(&t.text))
        .filter_map(|&(_, (p, d, f))| phrase_end(tokens, head, p).map(|e| (e, d, f)))
        .max_by_key(|x| x.0)?;
    let between_ok = |from: usize| {
        tokens[from..head].iter().all(|x| {
            let w = lc(x);
            x.is_word()
                && (ROLE_MODIFIERS.contains(&&*w)
                    || (free
                        && x.text.starts_with(char::is_lowercase)
                        && !NON_STATE.contains(&&*w)
                        && !ends_phrase_word(&w)))
        })
    };
    let owner = (pre.start..head).find(|&k| {
        // "the country's leader", "the government's chief negotiator"
        let state = OWNER_NOUNS.contains(&&*lc(&tokens[k]))
            && roles::possessive_end(tokens, k).is_some_and(|p| p <= head && between_ok(p));
        state
            || country::country_at(tokens, k).is_some_and(|(e, name)| {
                e <= head
                    && (name || demonym_ok)
                    && between_ok(roles::possessive_end(tokens, e - 1).unwrap_or(e).min(head))
            })
    });
    // "the leader of North Korea", "chief negotiator for the EU": the
    // owner in the complement.
    let of = matches!(&*lower(tokens, end), "of" | "for") && same_line(tokens, end) && {
        let c = end + 1 + usize::from(lower(tokens, end + 1) == "the");
        country::country_at(tokens, c).is_some_and(|(_, name)| name)
    };
    // With a complement, only a country there owns the head: "the
    // American leader of the band" leads no state.
    let complement = matches!(&*lower(tokens, end), "of" | "for") && same_line(tokens, end);
    // "the band's American leader": another possessor owns it.
    let other_possessor = |k: usize| {
        (pre.start.saturating_sub(3)..k)
            .any(|x| roles::possessive_end(tokens, x).is_some_and(|p| p <= k))
    };
    match owner {
        Some(k) if !complement && !other_possessor(k) => Some((end, k)),
        _ if of => Some((end, head)),
        _ => None,
    }
}

/// Nouns whose possessive owns an office as a country does ("the
/// country's leader").
const OWNER_NOUNS: &[&str] = &[
    "country",
    "nation",
    "government",
    "state",
    "republic",
    "kingdom",
];

/// Words no role phrase runs through ("said", "who", "and").
fn ends_phrase_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an" | "the" | "and" | "or" | "but" | "who" | "said" | "says" | "of" | "for" | "to"
    )
}

/// Whether a lower-case word is never part of a name (a set: the finder
/// asks for nearly every capitalised token).
pub(crate) fn is_place(w: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str, Fx>> = OnceLock::new();
    SET.get_or_init(|| PLACES.iter().copied().collect())
        .contains(w)
}

pub(crate) fn not_name(w: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str, Fx>> = OnceLock::new();
    SET.get_or_init(|| NOT_NAME.iter().copied().collect())
        .contains(w)
}

/// Title phrases by their first word (without its dot), built once: the
/// finder asks about nearly every token, so a scan of every list is too slow.
type TitleIndex = HashMap<&'static str, Vec<(&'static str, bool)>, Fx>;

fn title_index() -> &'static TitleIndex {
    static INDEX: OnceLock<TitleIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut m = TitleIndex::default();
        for (list, official) in [(OFFICIAL_TITLES, true), (OTHER_TITLES, false)] {
            for p in list {
                let head = p
                    .split(' ')
                    .next()
                    .unwrap_or_default()
                    .trim_end_matches('.');
                m.entry(head).or_default().push((p, official));
            }
        }
        m
    })
}

/// A rule read "Billie Jean" before the title word "King"; the tagger's
/// longer span over the same name wins ("Billie Jean King").
/// `tagged` is in text order (the tagger's spans, tidied), so the spans
/// starting inside the name are found by binary search, not a scan.
fn extend_with_tagger(tokens: &[Token], tagged: &[Range<usize>], a: &mut Anchored) {
    let from = tagged.partition_point(|s| s.start < a.name_first);
    let Some(s) = tagged[from..]
        .iter()
        .take_while(|s| s.start < a.name_end)
        .find(|s| s.end > a.name_end)
    else {
        return;
    };
    a.name.extend(
        tokens[a.name_end..s.end]
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.text.clone()),
    );
    a.name_end = s.end;
    a.last = a.last.max(s.end);
}

/// "Mayor Vitali Klitschko", "Israeli Prime Minister Naftali Bennett" on a
/// name-dense line: the titled reading that covers the tagger's span
/// (which may stop short: "Ambassador Linda [Thomas-Greenfield]"), starting
/// up to four tokens before it.
fn title_for_span(tokens: &[Token], span: &Range<usize>, covered: &[bool]) -> Option<Anchored> {
    (span.start.saturating_sub(4)..=span.start)
        .filter(|&j| (j..span.start).all(|k| !covered[k]))
        .find_map(|j| {
            titled_name(tokens, j)
                .filter(|a| a.name_first <= span.start + 1 && a.name_end >= span.end)
        })
}

/// Matches a lower-case phrase word by word; "sen." also matches "Sen" + ".".
fn phrase_end(tokens: &[Token], i: usize, phrase: &str) -> Option<usize> {
    let mut j = i;
    for (k, w) in phrase.split(' ').enumerate() {
        if k > 0 && !same_line(tokens, j) {
            return None;
        }
        let (word, dot) = match w.strip_suffix('.') {
            Some(s) if s.len() > 1 => (s, true),
            _ => (w, false),
        };
        let have = lower(tokens, j);
        let have = if k == 0 {
            have.strip_prefix("ex-").unwrap_or(&have)
        } else {
            &have
        };
        if have != word {
            return None;
        }
        j += 1;
        if dot {
            if tokens.get(j).is_some_and(|t| t.text == ".") {
                j += 1;
            } else {
                return None;
            }
        }
    }
    Some(j)
}

fn is_demonym(t: &Token) -> bool {
    if t.text == "U.S." || t.text == "U.N." || t.text == "U.K." || t.text == "E.U." {
        return true;
    }
    if t.is_all_caps() && t.text.chars().count() <= 6 {
        // NATO, EU, FBI; not a title in capitals ("Labour MP NAME").
        return role_title_at(std::slice::from_ref(t), 0).is_none();
    }
    let w = lc(t);
    // "Chairman", "Congressman" end like "German" but are titles.
    t.is_capitalized()
        && DEMONYM_ENDINGS.iter().any(|e| w.ends_with(e))
        && !not_name(&w)
        && role_title_at(std::slice::from_ref(t), 0).is_none()
}

/// "Belarusian Foreign Minister Vladimir Makei", "President [Alexander]
/// Lukashenko", "Russian oligarch Roman Abramovich".
fn titled_name(tokens: &[Token], i: usize) -> Option<Anchored> {
    // Start on a modifier or demonym only if a title follows it.
    let mut j = i;
    let mut words = 0;
    while j < tokens.len() && words < 3 {
        words += 1;
        let t = &tokens[j];
        let w = lc(t);
        if j > i && t.line_start {
            break;
        }
        // "Hong Kong Chief Executive", "North Korean leader", "the EU's
        // chief negotiator": a country, or its possessive.
        if let Some((e, _)) = country::country_at(tokens, j) {
            if let Some(p) = roles::possessive_end(tokens, e - 1) {
                j = p;
                continue;
            }
            if e > j + 1 {
                j = e;
                continue;
            }
        }
        // "the FBI's Director", "NASA's Administrator": a public body's
        // possessive.
        if bodies::public(t) {
            if let Some(p) = roles::possessive_end(tokens, j) {
                j = p;
                continue;
            }
        }
        let portfolio = t.is_capitalized() && PORTFOLIOS.contains(&&*w);
        if !(is_demonym(t) || ROLE_MODIFIERS.contains(&&*w) || portfolio) {
            break;
        }
        if role_title_at(tokens, j).is_some() && !is_demonym(t) {
            break;
        }
        j += 1;
    }
    let (title_end, official) = match (role_title_at(tokens, j), owned_office(tokens, j, i..j)) {
        (Some((e, _)), Some(o)) if o >= e => (o, true),
        (Some(t), _) => t,
        (None, Some(o)) => (o, true),
        (None, None) => return None,
    };
    if j > i && !same_line(tokens, j) {
        return None;
    }
    // The title itself must be the start of the match when nothing precedes.
    let capital_title = tokens[j].is_capitalized() || tokens[j].is_all_caps();
    // "China's ambassador to Britain Liu Xiaoming": a country the title is
    // to, between it and a full name, belongs to the role.
    let head_end = title_end;
    let (name, name_end, title_end) = match read_name(tokens, title_end) {
        Some((n, e)) => (n, e, title_end),
        None => {
            let to = tokens.get(title_end).is_some_and(|t| t.text == "to");
            let (e, country) = country::country_at(tokens, title_end + 1).filter(|_| to)?;
            let (n, ne) = read_name(tokens, e).filter(|(n, _)| n.len() >= 2 && country)?;
            if !(title_end..ne).all(|k| same_line(tokens, k)) {
                return None;
            }
            (n, ne, e)
        }
    };
    // "House Intelligence Committee Chairman NAME": the body before makes
    // the chairman an official, and belongs to the role, as it belongs to
    // an office's ("Foreign Ministry spokesman NAME").
    let body = (j == i)
        .then(|| bodies::body_before(tokens, i))
        .flatten()
        .filter(|&k| official || bodies::office(tokens, j..head_end, false, k..i, 0..0));
    let (i, official) = match body {
        Some(k) => (k, true),
        None => (
            i,
            bodies::office(tokens, j..head_end, official, i..j, head_end..title_end),
        ),
    };
    let role: String = join_tokens(tokens, i, title_end);
    // "Ms Reeves" names her but says nothing of what she does.
    let honorific = j == i && HONORIFICS.contains(&&*role.to_lowercase());
    let min_tokens = if capital_title && (official || honorific) {
        1
    } else {
        2
    };
    if name.len() < min_tokens {
        return None;
    }
    Some(Anchored {
        first: i,
        name_first: title_end,
        last: name_end,
        name_end,
        name,
        role: (!honorific).then_some(role),
        official,
    })
}

/// A full name with its role set off by commas: "Mykhailo Podolyak, an
/// adviser to Zelenskyy," (role "adviser to Zelenskyy"), "the chancellor,
/// Rachel Reeves," (see `roles`).
fn role_around_name(
    tokens: &[Token],
    i: usize,
    is_official: &dyn Fn(&str) -> bool,
) -> Option<Anchored> {
    if i > 0
        && same_line(tokens, i)
        && (tokens[i - 1].is_capitalized() || tokens[i - 1].is_all_caps())
    {
        return None;
    }
    let (name, name_end) = read_name(tokens, i)?;
    if name.len() < 2 {
        return None;
    }
    let r = roles::after(tokens, name_end, is_official)
        .or_else(|| roles::before(tokens, i, name_end, is_official))?;
    let official = r.official || owned_by_public_body(tokens, i, &r.text);
    Some(Anchored {
        first: i,
        name_first: i,
        last: name_end,
        name_end,
        name,
        role: Some(r.text),
        official,
    })
}

/// "NASA's NAME, deputy associate administrator for exploration,": a public
/// body's possessive right before the name gives the body a head that is no
/// office alone ("director", "administrator") holds one over, when the
/// role names no private body.
fn owned_by_public_body(tokens: &[Token], name_first: usize, role: &str) -> bool {
    let owner = name_first.checked_sub(3).filter(|&k| {
        bodies::public(&tokens[k]) && roles::possessive_end(tokens, k) == Some(name_first)
    });
    let words: Vec<String> = role.split_whitespace().map(str::to_lowercase).collect();
    owner.is_some()
        && words.iter().any(|w| BODY_HEADS.contains(&w.as_str()))
        && !words.iter().any(|w| PRIVATE_BODIES.contains(&w.as_str()))
}

/// "Liza Hearon contributed to this report." / "By Jane Doe".
fn byline_name(tokens: &[Token], i: usize) -> Option<Anchored> {
    let by = tokens[i].line_start && tokens[i].text == "By";
    let start = if by { i + 1 } else { i };
    if !by && i > 0 && same_line(tokens, i) && tokens[i - 1].is_word() {
        return None;
    }
    let (name, name_end) = read_name(tokens, start)?;
    if name.len() < 2 {
        return None;
    }
    let after = lower(tokens, name_end);
    let contributed = after == "contributed" && same_line(tokens, name_end);
    let by_line = by
        && tokens
            .get(name_end)
            .is_none_or(|t| t.line_start || t.text == "," || t.text == "and");
    if !(contributed || by_line) {
        return None;
    }
    Some(Anchored {
        first: start,
        name_first: start,
        last: name_end,
        name_end,
        name,
        role: None,
        official: false,
    })
}

/// Reads a personal name at `i`: capitalised words, initials, particles and
/// bracketed editorial insertions ("[Alexander]"). Returns the name words
/// and the token index after the name.
fn read_name(tokens: &[Token], i: usize) -> Option<(Vec<String>, usize)> {
    let mut words = Vec::new();
    let mut j = i;
    while words.len() < 4 && j < tokens.len() {
        if j > i && !same_line(tokens, j) {
            break;
        }
        let t = &tokens[j];
        // "[Alexander]"
        if t.text == "["
            && tokens.get(j + 2).is_some_and(|c| c.text == "]")
            && is_name_word(&tokens[j + 1])
        {
            words.push(tokens[j + 1].text.clone());
            j += 3;
            continue;
        }
        // "Liu He": a capitalised pronoun right after a name word on the
        // line is no pronoun but the name's last word.
        let pronoun_name = !words.is_empty()
            && t.text == "He"
            && tokens[j - 1].is_word()
            && tokens.get(j + 1).is_none_or(|n| !n.is_capitalized());
        if is_name_word(t) || pronoun_name {
            words.push(t.text.clone());
            j += 1;
            continue;
        }
        // Initials: "J." or "J.K."
        if t.text.chars().count() == 1
            && t.text.chars().all(|c| c.is_uppercase())
            && tokens.get(j + 1).is_some_and(|d| d.text == ".")
        {
            words.push(format!("{}.", t.text));
            j += 2;
            continue;
        }
        if !words.is_empty()
            && NAME_PARTICLES.contains(&&*lc(t))
            && tokens.get(j + 1).is_some_and(is_name_word)
            && t.text.chars().next().is_some_and(|c| c.is_lowercase())
        {
            words.push(t.text.clone());
            j += 1;
            continue;
        }
        break;
    }
    // A name ends on a real word, not an initial or particle.
    while words
        .last()
        .is_some_and(|w| w.ends_with('.') || NAME_PARTICLES.contains(&w.as_str()))
    {
        words.pop();
        j -= if tokens[j - 1].text == "." { 2 } else { 1 };
    }
    if words.is_empty() {
        return None;
    }
    Some((words, j))
}

fn is_name_word(t: &Token) -> bool {
    if !t.is_capitalized() || t.starts_with_digit() {
        return false;
    }
    let w = lc(t);
    !not_name(&w)
        && title_at(std::slice::from_ref(t), 0).is_none_or(|_| false)
        && t.text
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
}

fn join_tokens(tokens: &[Token], a: usize, b: usize) -> String {
    let mut s = String::new();
    for (k, t) in tokens[a..b].iter().enumerate() {
        if k > 0 && t.space_before {
            s.push(' ');
        }
        s.push_str(&t.text);
    }
    s
}

/// Whether the document shows a tagger span to be no person: a phrase it
/// writes as a firm's or a place's, a lone word it uses as a place that no
/// longer name of the tagger's holds, or a thing after "its" ("its Dream
/// Chaser vehicle").
fn shown_no_person(
    tokens: &[Token],
    span: &Range<usize>,
    not_people: &doc_names::NotPeople,
    long_span_words: &HashMap<String, String>,
    entities: &[Entity],
) -> bool {
    if span.start > 0 && lower(tokens, span.start - 1) == "its" {
        return true;
    }
    // “Mary Poppins”, “Ground Game.”: a name alone inside quotes is a
    // work's title.
    let open = span.start > 0 && matches!(tokens[span.start - 1].text.as_str(), "“" | "\"");
    let mut close = span.end;
    if tokens
        .get(close)
        .is_some_and(|t| matches!(t.text.as_str(), "." | ","))
    {
        close += 1;
    }
    if open
        && tokens
            .get(close)
            .is_some_and(|t| matches!(t.text.as_str(), "”" | "\""))
    {
        return true;
    }
    // "Deferred Action for Childhood Arrivals", "Doctors for Camp Closure":
    // after "for" or "of" that follows a capitalised word, a part of a
    // longer name of a body or a programme.
    if span.start >= 2
        && matches!(tokens[span.start - 1].text.as_str(), "for" | "of")
        && same_line(tokens, span.start - 1)
        && tokens[span.start - 2].is_capitalized()
        && !opens_sentence(tokens, span.start - 2)
        && title_at(tokens, span.start - 2).is_none()
        && role_title_at(tokens, span.start - 2).is_none()
    {
        return true;
    }
    // "Hosting Cook at Dreamforce": a gerund opening a sentence before the
    // surname of someone named in full is no first name.
    if let [first, last] = &tokens[span.clone()] {
        let opens = opens_sentence(tokens, span.start);
        let known = entities.iter().any(|e| {
            e.name_tokens.len() > 1
                && surname(&e.name_tokens) == Some(&last.text)
                && e.name_tokens[0] != first.text
        });
        if opens && first.text.len() > 5 && first.text.ends_with("ing") && known {
            return true;
        }
    }
    if span.len() == 1 {
        let w = lc(&tokens[span.start]);
        if not_people.place_word(&w) && !long_span_words.contains_key(&*w) {
            return true;
        }
    }
    not_people.covers(tokens, span)
}

/// Whether token `i` opens a line or a sentence (or a quote in one).
fn opens_sentence(tokens: &[Token], i: usize) -> bool {
    i == 0
        || tokens[i].line_start
        || matches!(
            tokens[i - 1].text.as_str(),
            "." | "?" | "!" | "“" | "\"" | ":"
        )
}

/// A known entity's full name, or its surname alone, at `i`. A surname the
/// text also uses as a place ("in Delhi,") spreads only from a person with
/// a stated role.
fn known_mention(
    tokens: &[Token],
    i: usize,
    entities: &[Entity],
    not_people: &doc_names::NotPeople,
) -> Option<(usize, usize)> {
    for (k, e) in entities.iter().enumerate() {
        let n = e.name_tokens.len();
        if n > 1
            && (0..n).all(|d| {
                tokens
                    .get(i + d)
                    .is_some_and(|t| t.text == e.name_tokens[d])
                    && (d == 0 || same_line(tokens, i + d))
            })
        {
            return Some((k, n));
        }
    }
    let word = &tokens[i].text;
    // A surname that is also a function word ("He" of "Liu He") never
    // stands alone for its person.
    if not_name(&lc(&tokens[i])) {
        return None;
    }
    let mut found = None;
    for (k, e) in entities.iter().enumerate() {
        // A one-word name without a role is too weak to spread: a tagger
        // slip ("Libya") would repeat all through the article.
        let strong = (e.name_tokens.len() > 1 && !not_people.place_word(&lc(&tokens[i])))
            || e.role.is_some();
        if strong && surname(&e.name_tokens) == Some(word) {
            if found.is_some() {
                return None; // two people share the surname: do not guess
            }
            found = Some(k);
        }
    }
    let k = found?;
    // "Putin Doe" is someone else; a surname stands alone.
    if tokens
        .get(i + 1)
        .is_some_and(|t| t.is_capitalized() && same_line(tokens, i + 1))
    {
        return None;
    }
    Some((k, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(s: &str) -> Vec<(String, String, bool, Option<String>)> {
        find(s)
            .into_iter()
            .map(|p| (p.text, p.name, p.official, p.role))
            .collect()
    }

    #[test]
    fn titled_officials_and_short_mentions() {
        let p = people("Earlier, Belarusian Foreign Minister Vladimir Makei greeted them. “We hope,” Makei said.");
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].0, "Belarusian Foreign Minister Vladimir Makei");
        assert_eq!(p[0].3.as_deref(), Some("Belarusian Foreign Minister"));
        assert_eq!(p[1].0, "Makei");
        assert_eq!(p[1].1, "Vladimir Makei");
        assert!(p[1].2);
    }

    #[test]
    fn decorative_math_letters_are_no_name() {
        // Seen on the unicode adversarial page: "𝒜𝓁𝓅𝒽𝒶 More" was marked as a person.
        let p = people(
            "𝒜𝓁𝓅𝒽𝒶 More than 500,000 refugees have crossed into Poland, the United Nations said.",
        );
        assert!(p.iter().all(|x| !x.0.contains('𝒜')), "{p:?}");
    }

    #[test]
    fn appositive_roles() {
        let p = people("said Mykhailo Podolyak, an adviser to Zelenskyy, on Monday.");
        assert_eq!(p[0].1, "Mykhailo Podolyak");
        assert_eq!(p[0].3.as_deref(), Some("adviser to Zelenskyy"));
        assert!(p[0].2);
    }

    #[test]
    fn bracketed_first_names_and_non_officials() {
        let p = people("“President [Alexander] Lukashenko sincerely hopes that the talks will work,” he said, as did the wealthy Russian oligarch Roman Abramovich.");
        assert_eq!(p[0].1, "Alexander Lukashenko");
        assert_eq!(p[0].3.as_deref(), Some("President"));
        assert_eq!(p[1].1, "Roman Abramovich");
        assert!(!p[1].2);
    }

    #[test]
    fn a_lone_surname_makes_its_earlier_first_name_bigram_a_full_name() {
        let p = people("Thanathorn Juangroongruangkit spoke. Then, when Juangroongruangkit said so, During Juangroongruangkit's talk it rained.");
        let names: Vec<(&str, &str)> = p.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect();
        assert!(
            names.contains(&(
                "Thanathorn Juangroongruangkit",
                "Thanathorn Juangroongruangkit"
            )),
            "{names:?}"
        );
        // "During" is no first name.
        assert!(
            names.iter().all(|n| !n.0.starts_with("During")),
            "{names:?}"
        );
    }

    #[test]
    fn negatives() {
        for s in [
            "Foreign Ministry of Belarus / Handout/Anadolu Agency via Getty Images",
            "General Motors said CNN reported from Kyiv.",
            "President Announces New Plan For Ukraine Talks",
            "it could host Russian nuclear weapons",
        ] {
            assert!(people(s).is_empty(), "{s}: {:?}", people(s));
        }
    }
}
