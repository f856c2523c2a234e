//! Tidying and trusting the tagger's person spans before they join the
//! rule finder: trimmed, joined across particles, given regnal numbers,
//! and dropped where the tagger is unsure of a lone word or the line is a
//! title-case headline.

use super::lexicon::NAME_PARTICLES;
use super::{is_place, lc, not_name, same_line, Entity};
use crate::tokens::Token;
use std::collections::HashMap;
use std::ops::Range;

/// A one-word name the tagger finds must belong to someone named in full
/// in the article ("Reed" after "Michael Reed"), or the tagger must be this
/// sure of it: unsure lone capitalised words are more often companies and
/// places ("Gannett", "Titan"). In the model's weight units.
pub(super) const LONE_MIN_MARGIN: f32 = 1.0;

/// Capitalised function words mid-line that make a line a title-case
/// headline (one is often part of a name: "Party of the Regions").
const TITLE_CASE_MIN: usize = 2;

/// Function words that only a title-case headline capitalises mid-line.
const TITLE_CASE_WORDS: &[&str] = &[
    "As", "Over", "For", "In", "Of", "To", "With", "And", "On", "At", "The", "By", "From", "After",
    "Into", "Amid", "Is", "Are", "Will", "Says", "Than", "But", "Its", "Their",
];

/// Regnal numbers after a name.
const REGNAL: &[&str] = &[
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI",
];

/// Sentence openers the tagger may glue to a name.
const LEADING_NOT_NAME: &[&str] = &[
    "during",
    "after",
    "before",
    "when",
    "while",
    "under",
    "if",
    "meanwhile",
    "earlier",
    "later",
    "then",
    "but",
    "and",
    "as",
    "since",
    "though",
    "although",
    "because",
    "unlike",
    "like",
    "according",
    "former",
    "ex",
    "democrat",
    "republican",
    // Prepositions that open a sentence ("Within Delhi, pollution ...").
    "within",
    "without",
    "across",
    "despite",
    "inside",
    "outside",
    "throughout",
    "among",
    "amid",
    "beyond",
    "toward",
    "towards",
    "upon",
    "via",
    "unless",
    "whereas",
    "whether",
    "until",
];

/// Headline lines written in title case ("Russia Warns West As Putin Meets
/// Advisers"): capitalised function words mid-line. There an unanchored
/// tagger span is not trusted ("Meets Advisers"); lists and sports tables,
/// also mostly capitals, keep theirs.
pub(super) fn title_case_tokens(tokens: &[Token], headline: &[bool]) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    let mut start = 0;
    // The text's lower-case words, built for the first line that needs them.
    let mut lower: Option<std::collections::HashSet<&str>> = None;
    for i in 0..=tokens.len() {
        if i == tokens.len() || (i > start && tokens[i].line_start) {
            // start == i only for an empty text.
            let marked = start < i
                && headline[start]
                && (tokens[start + 1..i]
                    .iter()
                    .filter(|t| TITLE_CASE_WORDS.contains(&t.text.as_str()))
                    .count()
                    >= TITLE_CASE_MIN
                    || styled_headline(tokens, start..i, &mut lower));
            if marked {
                out[start..i].fill(true);
            }
            start = i;
        }
    }
    out
}

/// Lower-case prepositions and articles of a headline in title case ("Man
/// Shot at Dallas Gas Station Dies at Hospital").
const HEADLINE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "at", "in", "on", "for", "to", "with", "from", "by", "as", "after",
    "over",
];

/// A line in title case with its small words in lower case: every word of
/// four letters or more capitalised (at least four), a small word among
/// them, and two of its capitalised words after the first written in lower
/// case elsewhere in the text ("Shot", "Dies"): a headline's words, not a
/// caption's names ("Donald Trump with Vladimir Putin in Helsinki").
fn styled_headline<'a>(
    tokens: &'a [Token],
    line: Range<usize>,
    lower: &mut Option<std::collections::HashSet<&'a str>>,
) -> bool {
    let words = || {
        tokens[line.clone()]
            .iter()
            .filter(|t| t.is_word() && t.text.chars().count() > 3)
    };
    if words().count() < 4
        || !words().all(|t| t.is_capitalized())
        || !tokens[line.clone()]
            .iter()
            .any(|t| HEADLINE_SMALL_WORDS.contains(&t.text.as_str()))
    {
        return false;
    }
    let lower = lower.get_or_insert_with(|| {
        tokens
            .iter()
            .filter(|t| t.text.starts_with(char::is_lowercase))
            .map(|t| t.text.as_str())
            .collect()
    });
    words().skip(1).filter(|t| lower.contains(&*lc(t))).count() >= 2
}

/// The tagger's spans made whole: trimmed ("McGrath 9.5-0-44-1"), joined
/// across particles it split on ("Joaquin" "del" "Olmo"), with a regnal
/// number ("Charles VI") and a family name's particles ("van der").
pub(super) fn tidy_spans(
    tokens: &[Token],
    spans: Vec<(Range<usize>, f32)>,
) -> Vec<(Range<usize>, f32)> {
    let mut out: Vec<(Range<usize>, f32)> = Vec::new();
    for (s, m) in spans {
        let Some(mut s) = trim_span(tokens, s) else {
            continue;
        };
        s.start = question_opener(tokens, &s);
        if tokens[s.clone()].iter().any(|t| styled(&t.text)) {
            continue;
        }
        if let Some((last, lm)) = out.last_mut() {
            let gap = &tokens[last.end..s.start];
            if (1..=2).contains(&gap.len())
                && same_line(tokens, s.start)
                && gap
                    .iter()
                    .all(|t| NAME_PARTICLES.contains(&t.text.as_str()))
            {
                last.end = s.end;
                *lm = lm.min(m);
                continue;
            }
        }
        out.push((s, m));
    }
    for (s, _) in &mut out {
        if regnal_at(tokens, s.end) {
            s.end += 1;
        }
        // "later, van der Westhuizen left": a family name's particles
        // belong to it, in lower case or capitalised opening a sentence
        // ("Von der Leyen said").
        while s.start > 0 && same_line(tokens, s.start) {
            let p = &tokens[s.start - 1];
            let opening = super::opens_sentence(tokens, s.start - 1) && p.is_capitalized();
            if !(NAME_PARTICLES.contains(&p.text.as_str())
                || opening && NAME_PARTICLES.contains(&&*lc(p)))
            {
                break;
            }
            s.start -= 1;
            if opening {
                break;
            }
        }
    }
    out
}

/// Decorative "letters" (Mathematical Alphanumeric Symbols, "𝒜𝓁𝓅𝒽𝒶"): capitals to
/// the tagger, but nobody's name is written in them.
fn styled(text: &str) -> bool {
    text.chars()
        .any(|c| ('\u{1D400}'..='\u{1D7FF}').contains(&c))
}

/// "VI" in "Charles VI"; a lone "I" only before a lower-case word or
/// punctuation ("Elizabeth I born").
pub(super) fn regnal_at(tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i).filter(|_| same_line(tokens, i)) else {
        return false;
    };
    if !REGNAL.contains(&t.text.as_str()) {
        return false;
    }
    t.text != "I"
        || tokens
            .get(i + 1)
            .is_none_or(|n| !n.is_word() || n.text.chars().next().is_some_and(char::is_lowercase))
}

/// A capitalised function word or the like that opens no name ("During").
pub(super) fn opens_no_name(t: &Token) -> bool {
    LEADING_NOT_NAME.contains(&&*lc(t)) || lc(t).starts_with("ex-")
}

/// Drops leading and trailing tokens that cannot end a name (scores,
/// punctuation: "McGrath 9.5-0-44-1").
pub(super) fn trim_span(tokens: &[Token], mut s: Range<usize>) -> Option<Range<usize>> {
    // "During Rosati 's trip": a capitalised function word opens no name,
    // nor does "Ex-Yankee".
    let edge = |t: &Token| {
        t.is_word()
            && !t.starts_with_digit()
            && !LEADING_NOT_NAME.contains(&&*lc(t))
            && !lc(t).starts_with("ex-")
    };
    while s.start < s.end && !edge(&tokens[s.start]) {
        s.start += 1;
    }
    // "Filmmakers Nyle DiMarco and …", "Researchers Ann Lee": a plural of
    // a one-word title opening the span is no first name.
    if s.end - s.start > 1 && plural_title(&tokens[s.start]) {
        s.start += 1;
    }
    while s.end > s.start && !edge(&tokens[s.end - 1]) {
        s.end -= 1;
    }
    (s.start < s.end).then_some(s)
}

/// A capitalised plural of a one-word title: "Filmmakers", "Researchers".
fn plural_title(t: &Token) -> bool {
    let w = lc(t);
    t.is_capitalized()
        && w.len() > 4
        && w.strip_suffix('s')
            .is_some_and(|one| super::title_phrases().contains_key(one))
}

/// Whether a tagger span has at least two words or repeats a word of a
/// longer name found in the text, in any case ("MILLER" after "Jim Miller").
pub(super) fn introduced(
    tokens: &[Token],
    span: &Range<usize>,
    long_span_words: &HashMap<String, String>,
    entities: &[Entity],
) -> bool {
    span.len() > 1 || known_word(&tokens[span.start], long_span_words, entities).is_some()
}

/// A word of a longer name found in the text, as that name writes it
/// ("O'Brien" for a headline's "O'BRIEN").
pub(super) fn known_word(
    t: &Token,
    long_span_words: &HashMap<String, String>,
    entities: &[Entity],
) -> Option<String> {
    let w = lc(t);
    if let Some(k) = long_span_words.get(&*w) {
        return Some(k.clone());
    }
    entities
        .iter()
        .filter(|e| e.name_tokens.len() > 1)
        .flat_map(|e| e.name_tokens.iter())
        .find(|n| n.to_lowercase() == *w)
        .cloned()
}

/// The words of the tagger's spans of two or more tokens by their lower
/// case, as first written, for `introduced` (a map, so a long text is not
/// rescanned for every lone name).
pub(super) fn long_span_words(
    tokens: &[Token],
    tagged: &[Range<usize>],
) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for t in tagged.iter().filter(|t| t.len() > 1) {
        for x in &tokens[t.clone()] {
            if x.is_capitalized() {
                out.entry(lc(x).into_owned())
                    .or_insert_with(|| x.text.clone());
            }
        }
    }
    out
}

/// Words that end the name of a job, never a person's: a tagger span of
/// several words ending in one is "Outreach Director" (a firm's words are
/// `FIRM_ENDS`: "Harlow Fenn Productions"). Rule-only (the tagger's features
/// are untouched).
/// "Leader" is left out: it is a surname too ("Tom Leader").
const ENDS_NO_NAME: &[&str] = &[
    "director",
    "manager",
    "officer",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
    "president",
    "minister",
    "editor",
    "correspondent",
    "coordinator",
    "commissioner",
];

/// Words that end the name of a firm, an outlet, a team, a street or an
/// administrative area, never a person's ("Ceres Robotics", "Intuitive
/// Machines", "Jolinda Drive", "Paba Upazila", "Dade County").
/// Rule-only, like `ENDS_NO_NAME`; surnames that are such words ("Banks",
/// "Lane", "Post") are left out.
const FIRM_ENDS: &[&str] = &[
    "productions",
    "pictures",
    "studios",
    "records",
    "entertainment",
    "holdings",
    "partners",
    "ventures",
    "technologies",
    "technology",
    "industries",
    "enterprises",
    "robotics",
    "aerospace",
    "machines",
    "systems",
    "motors",
    "airlines",
    "airways",
    "pharmaceuticals",
    "therapeutics",
    "biosciences",
    "sciences",
    "laboratories",
    "labs",
    "networks",
    "solutions",
    "software",
    "electronics",
    "communications",
    "telecom",
    "dynamics",
    "logistics",
    "insurance",
    "energy",
    "foods",
    "brands",
    "media",
    "capital",
    "group",
    "corporation",
    "company",
    "association",
    "institute",
    "foundation",
    "university",
    "college",
    "council",
    "committee",
    "agency",
    "bureau",
    "commission",
    "authority",
    "ministry",
    "department",
    "hospital",
    "press",
    "presse",
    "journal",
    "herald",
    "tribune",
    "gazette",
    "magazine",
    "radio",
    "television",
    "channel",
    "county",
    "district",
    "province",
    "municipality",
    "township",
    "prefecture",
    "upazila",
    "village",
    "street",
    "avenue",
    "road",
    "drive",
    "boulevard",
    "highway",
];

/// Whether a lower-case word ends a firm's, an outlet's or a street's name.
/// ("Agence France-Presse": the part after a hyphen counts).
pub(super) fn ends_firm_name(w: &str) -> bool {
    let last = w.rsplit('-').next().unwrap_or(w);
    FIRM_ENDS.contains(&w) || FIRM_ENDS.contains(&last)
}

/// Auxiliaries that open a question ("Will Warren continue to ...?"): not
/// a first name there.
const QUESTION_OPENERS: &[&str] = &[
    "Will", "Can", "Could", "Would", "Should", "Does", "Did", "Do", "Is", "Was", "Has", "Have",
];

/// A span opening a question with an auxiliary ("Will Warren continue
/// …?"): the auxiliary is no first name. The span's new start.
fn question_opener(tokens: &[Token], s: &Range<usize>) -> usize {
    let t = &tokens[s.start];
    let opens = t.line_start
        || s.start == 0
        || matches!(
            tokens[s.start - 1].text.as_str(),
            "." | "?" | "!" | "“" | "\"" | ":"
        );
    if s.len() < 2 || !opens || !QUESTION_OPENERS.contains(&t.text.as_str()) {
        return s.start;
    }
    let question = tokens[s.end..]
        .iter()
        .enumerate()
        .take_while(|(k, x)| *k == 0 || !x.line_start)
        .map(|(_, x)| x.text.as_str())
        .find(|x| matches!(*x, "." | "?" | "!"))
        == Some("?");
    if question {
        s.start + 1
    } else {
        s.start
    }
}

/// A tagger span worth showing: not a lone known place, with a capitalised
/// word and no word that never belongs to a name, nor ending in a job's or
/// a firm's word.
pub(super) fn plausible_name(span: &[Token]) -> bool {
    if let [one] = span {
        if is_place(&lc(one)) {
            return false;
        }
    }
    if let [_, .., last] = span {
        if ENDS_NO_NAME.contains(&&*lc(last)) || ends_firm_name(&lc(last)) {
            return false;
        }
    }
    // "A. Gurusinha": a capital letter before a dot is an initial, not "a".
    let initial = |k: usize| {
        span[k].text.chars().count() == 1
            && span[k].text.chars().all(char::is_uppercase)
            && span.get(k + 1).is_some_and(|d| d.text == ".")
    };
    span.iter().any(|t| t.is_capitalized() || t.is_all_caps())
        && span.iter().enumerate().all(|(k, t)| {
            !t.is_word() || !not_name(&lc(t)) || NAME_PARTICLES.contains(&&*lc(t)) || initial(k)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people::{find, headline_tokens};
    use crate::tokens::tokenize;

    #[test]
    fn tagger_spans_lose_leading_function_words_and_scores() {
        let chars: Vec<char> = "During Rosati 's trip McGrath 9.5-0-44-1".chars().collect();
        let t = tokenize(&chars);
        assert_eq!(trim_span(&t, 0..2), Some(1..2));
        assert_eq!(trim_span(&t, 5..7), Some(5..6));
        assert_eq!(trim_span(&t, 6..7), None);
    }

    #[test]
    fn tagger_spans_join_particles_and_take_regnal_numbers() {
        let chars: Vec<char> = "by Joaquin del Olmo and Charles VI and Ex-Yankee Randy Velarde"
            .chars()
            .collect();
        let t = tokenize(&chars);
        let scored = |v: &[Range<usize>]| v.iter().map(|r| (r.clone(), 1.0)).collect::<Vec<_>>();
        assert_eq!(
            tidy_spans(&t, scored(&[1..2, 3..4, 5..6])),
            scored(&[1..4, 5..7])
        );
        let (from, to) = (8..11, 9..11);
        assert_eq!(tidy_spans(&t, scored(&[from])), scored(&[to]));
    }

    #[test]
    fn title_case_needs_headline_capitals_and_two_function_words() {
        let marks = |s: &str| {
            let chars: Vec<char> = s.chars().collect();
            let t = tokenize(&chars);
            title_case_tokens(&t, &headline_tokens(&t))[0]
        };
        assert!(marks(
            "Russia Warns West Over Ukraine Talks As Putin Meets Advisers"
        ));
        assert!(!marks("Russia Ukraine Vladimir Putin"));
        assert!(!marks("Leader of the Party of Regions Viktor Yanukovych"));
        // No tokens at all must not panic.
        assert!(find("").is_empty() && find(" \n ").is_empty());
    }
}
