//! Who each mention is: mentions are grouped into people in text order, so
//! every mention of a person carries the same full name, official flag and
//! role (the first official role stated for them anywhere, else the first
//! role).
//!
//! A name of two or more words joins the person with the same first and
//! last word. A one-word mention is a surname: it joins the person with that
//! surname mentioned most recently before it (the only one, if all come
//! later): when several share it ("Joe Biden", "Hunter Biden"), the latest
//! is the likelier antecedent (tried: the one in the same paragraph, else
//! the one named first; it lost more links than it won).
//! With no such surname it may be a first name used alone, as Thai news
//! does ("Paetongtarn said"), but only when exactly one person has that
//! first name: it never links to someone else who shares a first name. Any
//! other one-word mention stands for itself.

use super::lexicon::NAME_PARTICLES;
use std::collections::HashMap;

/// One mention as the passes found it.
#[derive(Debug, Clone)]
pub(super) struct Found {
    /// Token span [first, last) of the highlight; the name starts at
    /// `name_first`.
    pub first: usize,
    pub name_first: usize,
    pub last: usize,
    pub name: Vec<String>,
    pub role: Option<String>,
    pub official: bool,
}

/// A person: their fullest name and what is known of them.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Person {
    pub name: Vec<String>,
    pub role: Option<String>,
    pub official: bool,
}

struct Group {
    /// Token index of its first mention.
    since: usize,
    /// Its latest mention so far, in text order.
    latest: usize,
    person: Person,
    /// Whether `person.role` came from an official title.
    role_official: bool,
}

fn low(s: &str) -> String {
    s.to_lowercase()
}

/// A two-word name written family name first, as Korean and Chinese
/// names are in English news: a hyphenated given name in lower case after
/// the hyphen ("Lee Byung-hun", "Moon Jae-in", "Jia Zhang-ke").
fn family_name_first(name: &[String]) -> bool {
    let [_, given] = name else {
        return false;
    };
    let mut cs = given.chars();
    cs.next().is_some_and(char::is_uppercase)
        && given
            .split(['-', '\u{2011}'])
            .nth(1)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_lowercase)
}

/// The family name of a name: its surname with the particles before it
/// ("van der Westhuizen" of "Pieter van der Westhuizen", "Al Jaber" of
/// "Ahmed Al Jaber"), so it links written either way.
fn family_name(name: &[String]) -> &[String] {
    let Some(mut start) = super::surname_at(name) else {
        return &[];
    };
    let end = start + 1;
    while start > 0 && NAME_PARTICLES.contains(&name[start - 1].to_lowercase().as_str()) {
        start -= 1;
    }
    &name[start..end]
}

/// Whether two runs of name words are the same, a particle in either case
/// ("Van der Westhuizen" opening a sentence is "van der Westhuizen").
fn same_name_words(a: &[String], b: &[String]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| {
            x == y
                || NAME_PARTICLES.contains(&x.to_lowercase().as_str()) && x.eq_ignore_ascii_case(y)
        })
}

/// "Van der Westhuizen" after "Pieter van der Westhuizen": a name that is
/// a family name alone, particles and all (in either case), is a surname
/// mention of the latest person named before it with that family name.
/// "Al Gore" after "Tipper Gore" is not: her family name has no "Al".
fn family_of_earlier(
    groups: &[Group],
    by_last: &HashMap<String, Vec<usize>>,
    last: &str,
    m: &Found,
) -> Option<usize> {
    let opens_with_particle = NAME_PARTICLES.contains(&low(&m.name[0]).as_str());
    if !opens_with_particle || family_name(&m.name).len() != m.name.len() {
        return None;
    }
    by_last
        .get(last)?
        .iter()
        .copied()
        .filter(|&g| groups[g].since < m.first)
        .filter(|&g| {
            let n = &groups[g].person.name;
            n.len() > m.name.len() && same_name_words(family_name(n), &m.name)
        })
        .max_by_key(|&g| groups[g].latest)
}

/// The person of each mention (`found` in text order) and the people.
pub(super) fn resolve(found: &[Found]) -> (Vec<usize>, Vec<Person>) {
    let mut groups: Vec<Group> = Vec::new();
    let mut of = vec![usize::MAX; found.len()];
    // Indexes over `groups` (a long page names many people).
    let mut by_pair: HashMap<(String, String), usize> = HashMap::new();
    let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
    let mut single: HashMap<String, usize> = HashMap::new();
    // Full names first, so a surname can link to a full name stated later
    // in the text (a headline before the story).
    for (k, m) in found.iter().enumerate().filter(|(_, m)| m.name.len() > 1) {
        let last = super::surname(&m.name).map(|w| low(w)).unwrap_or_default();
        let first = low(&m.name[0]);
        let g = match by_pair
            .get(&(first.clone(), last.clone()))
            .copied()
            .or_else(|| family_of_earlier(&groups, &by_last, &last, m))
        {
            Some(g) => g,
            None => {
                let g = groups.len();
                by_pair.insert((first.clone(), last.clone()), g);
                by_last.entry(last.clone()).or_default().push(g);
                if family_name_first(&m.name) {
                    // "Lee Byung-hun": "Lee" is the family name.
                    by_last.entry(first.clone()).or_default().push(g);
                }
                by_first.entry(first.clone()).or_default().push(g);
                groups.push(Group {
                    since: m.first,
                    latest: m.first,
                    person: Person {
                        name: m.name.clone(),
                        role: None,
                        official: false,
                    },
                    role_official: false,
                });
                g
            }
        };
        of[k] = g;
    }
    for (k, m) in found.iter().enumerate() {
        if m.name.len() > 1 {
            let g = &mut groups[of[k]];
            g.latest = g.latest.max(m.first);
            continue;
        }
        let w = m.name.first().map(|w| low(w)).unwrap_or_default();
        let by_surname: &[usize] = by_last.get(&w).map_or(&[], Vec::as_slice);
        let before = by_surname
            .iter()
            .copied()
            .filter(|&g| groups[g].since < m.first)
            .max_by_key(|&g| groups[g].latest);
        let g = match (before, by_surname) {
            (Some(g), _) => Some(g),
            (None, [only]) => Some(*only),
            (None, []) => match by_first.get(&w).map_or(&[][..], Vec::as_slice) {
                [only] => Some(*only),
                _ => None,
            },
            _ => None,
        };
        let g = g.unwrap_or_else(|| match single.get(&w) {
            Some(&g) => g,
            None => {
                single.insert(w.clone(), groups.len());
                groups.push(Group {
                    since: m.first,
                    latest: m.first,
                    person: Person {
                        name: m.name.clone(),
                        role: None,
                        official: false,
                    },
                    role_official: false,
                });
                groups.len() - 1
            }
        });
        groups[g].latest = m.first;
        of[k] = g;
    }
    // What each person is: any official mention makes them official; the
    // first official role wins over an earlier other role.
    for (k, m) in found.iter().enumerate() {
        let g = &mut groups[of[k]];
        if m.name.len() > g.person.name.len() {
            g.person.name = m.name.clone();
        }
        g.person.official |= m.official;
        let better = match (&g.person.role, g.role_official) {
            (None, _) => m.role.is_some(),
            (Some(_), false) => m.role.is_some() && m.official,
            (Some(_), true) => false,
        };
        if better {
            g.person.role = m.role.clone();
            g.role_official = m.official;
        }
    }
    (of, groups.into_iter().map(|g| g.person).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(at: usize, name: &str, role: Option<&str>, official: bool) -> Found {
        Found {
            first: at,
            name_first: at,
            last: at + 1,
            name: name.split(' ').map(str::to_string).collect(),
            role: role.map(str::to_string),
            official,
        }
    }

    fn names(found: &[Found]) -> Vec<(String, bool)> {
        let (of, people) = resolve(found);
        of.iter()
            .map(|&g| (people[g].name.join(" "), people[g].official))
            .collect()
    }

    #[test]
    fn a_family_name_written_first_links_to_the_latest_person_named_before_it() {
        let found = [
            m(0, "Dana Y. Lee", None, false),
            m(9, "Lee Byung-hun", None, false),
            m(14, "Lee", None, false),
            m(20, "Marta Lee-Stone", None, false),
            m(25, "Lee-Stone", None, false),
        ];
        assert_eq!(
            names(&found),
            [
                ("Dana Y. Lee".into(), false),
                ("Lee Byung-hun".into(), false),
                ("Lee Byung-hun".into(), false),
                ("Marta Lee-Stone".into(), false),
                ("Marta Lee-Stone".into(), false)
            ]
        );
        assert!(!family_name_first(&["Marta".into(), "Lee-Stone".into()]));
        assert!(family_name_first(&["Moon".into(), "Jae-in".into()]));
    }

    #[test]
    fn a_surname_links_to_the_latest_person_named_before_it() {
        let found = [
            m(0, "Sara Duterte", Some("vice president"), true),
            m(5, "Duterte", None, false),
            m(20, "Rodrigo Duterte", None, false),
            m(25, "Duterte", None, false),
        ];
        assert_eq!(
            names(&found),
            [
                ("Sara Duterte".into(), true),
                ("Sara Duterte".into(), true),
                ("Rodrigo Duterte".into(), false),
                ("Rodrigo Duterte".into(), false)
            ]
        );
    }

    #[test]
    fn officials_carry_to_every_mention_and_first_names_link_only_when_unique() {
        let found = [
            m(0, "Kobakhidze", None, false),
            m(5, "Irakli Kobakhidze", Some("prime minister"), true),
            m(9, "Sompong Rattanakul", None, false),
            m(12, "Sompong", None, false),
            m(15, "John Smith", None, false),
            m(18, "John Doe", None, false),
            m(21, "John", None, false),
        ];
        let (of, people) = resolve(&found);
        assert_eq!(of[0], of[1], "a headline surname before the full name");
        assert!(people[of[0]].official);
        assert_eq!(people[of[0]].role.as_deref(), Some("prime minister"));
        assert_eq!(people[of[3]].name.join(" "), "Sompong Rattanakul");
        assert_eq!(people[of[6]].name.join(" "), "John", "two Johns: no guess");
    }

    #[test]
    fn an_official_role_wins_over_an_earlier_other_one() {
        let found = [
            m(0, "Mel Stride", Some("MP's husband"), false),
            m(5, "Stride", Some("shadow chancellor"), true),
        ];
        let (_, people) = resolve(&found);
        assert_eq!(people[0].role.as_deref(), Some("shadow chancellor"));
        assert!(people[0].official);
    }
}
