//! Figures: numbers in running text with what they quantify ("at least 352
//! Ukrainian civilians", "$1.2 billion", "40%"). Dates, clock times,
//! ordinals, years and numbers inside names are not figures.

mod fractions;
mod lexicon;
mod numbers;
mod units;

use crate::tokens::{tokenize_str, Tok as Token};
use lexicon::*;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Mutex, OnceLock};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: &'static str,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Option<String>,
    pub unit: Option<String>,
    pub counts: Option<String>,
    /// What a measure measures: "length", "area", "mass", "volume", "speed",
    /// "temperature", "duration", "age", "power", "data".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimension: Option<&'static str>,
    /// The number with its currency or unit, without qualifier or counted
    /// noun (code points, end exclusive); for scorers.
    #[serde(skip)]
    pub quantity_span: (usize, usize),
    /// The number alone (code points, end exclusive).
    #[serde(skip)]
    pub number_span: (usize, usize),
}

/// How the finder reads a text. The product uses the default.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Also report bare numbers with nothing that says what they count
    /// ("two hundred"). Off in the product: a bare number is not
    /// highlighted (precision first); the Recognizers scorer turns it on.
    pub bare_numbers: bool,
    /// The page's number format.
    pub locale: Locale,
}

/// Number formats by page language (`<html lang>`).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub enum Locale {
    /// "500,000.5"
    #[default]
    English,
    /// "500.000,5" (German and others that group with dots)
    Dotted,
    /// "500 000,5" (French, Ukrainian, Russian: spaces group, comma decimal)
    Spaced,
}

impl Locale {
    /// From an `<html lang>` value ("de", "fr-FR", "uk"); English otherwise.
    pub fn from_lang(lang: Option<&str>) -> Locale {
        let l = lang.unwrap_or("").to_ascii_lowercase();
        match l.split(['-', '_']).next().unwrap_or("") {
            "de" | "nl" | "it" | "es" | "pt" | "da" | "id" | "tr" => Locale::Dotted,
            "fr" | "uk" | "ru" | "pl" | "cs" | "sv" | "nb" | "no" | "fi" | "be" => Locale::Spaced,
            _ => Locale::English,
        }
    }
}

/// Finds the figures in `text` with the product's policy; offsets are code
/// points.
pub fn find(text: &str) -> Vec<Figure> {
    find_with(text, &Options::default())
}

/// Finds the figures in `text` read with `opts`.
pub fn find_with(text: &str, opts: &Options) -> Vec<Figure> {
    let tokens = split_glued(tokenize_str(text));
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some(after) = url_end(&tokens, i) {
            i = after;
            continue;
        }
        if !could_start(&tokens[i]) || !article_may_start(&tokens, i) {
            i += 1;
            continue;
        }
        match figure_at(&tokens, i, opts) {
            Some((fig_start, mut fig_end, mut fig)) => {
                if let Some((end2, f2)) = range_tail(&tokens, fig_start, fig_end, &fig, opts) {
                    fig.value = None;
                    fig.low = f2.0;
                    fig.high = f2.1;
                    fig.counts = fig.counts.or(f2.2);
                    fig.quantity_span.1 = f2.3;
                    fig_end = end2;
                }
                fig.start = tokens[fig_start].start;
                fig.end = tokens[fig_end - 1].end;
                fig.text = span_text(text, &tokens[fig_start], &tokens[fig_end - 1]).into();
                out.push(fig);
                i = fig_end;
            }
            None => i += 1,
        }
    }
    out
}

/// The text from token `a` to token `b`, both borrowed from `text`.
fn span_text<'a>(text: &'a str, a: &Token<'a>, b: &Token<'a>) -> &'a str {
    let at = |t: &str| t.as_ptr() as usize - text.as_ptr() as usize;
    &text[at(a.text)..at(b.text) + b.text.len()]
}

/// Splits what the shared tokenizer keeps whole but a figure reads apart:
/// a currency prefix glued to digits ("USD10m", "RM23.50", "$US55" ->
/// "US" "55") and a sign word hyphened to digits ("minus-5").
fn split_glued(tokens: Vec<Token>) -> Vec<Token> {
    // Rare: most texts need no copy.
    let any = (0..tokens.len()).any(|k| {
        let prev = k.checked_sub(1).map(|p| &tokens[p]);
        may_be_glued(&tokens[k], prev) && glued_prefix(&tokens[k], prev).is_some()
    });
    if !any {
        return tokens;
    }
    let mut out = Vec::with_capacity(tokens.len());
    for t in tokens {
        let Some(cut) = glued_prefix(&t, out.last()) else {
            out.push(t);
            continue;
        };
        let (head, tail) = t.text.split_at(cut);
        let head = head.trim_end_matches('-');
        out.push(Token {
            text: head,
            end: t.start + head.len(),
            ..t.clone()
        });
        out.push(Token {
            text: tail,
            start: t.start + cut,
            space_before: false,
            line_start: false,
            ..t
        });
    }
    out
}

/// A cheap first test for [`glued_prefix`]: every prefix is capitalised,
/// or "minus-", "negative-", or a dollar's letters after "$".
#[inline]
fn may_be_glued(t: &Token, prev: Option<&Token>) -> bool {
    let Some(&first) = t.text.as_bytes().first() else {
        return false;
    };
    first.is_ascii_uppercase()
        || first == b'm'
        || first == b'n'
        || prev.is_some_and(|p| p.text == "$")
}

/// Where the digits start after a prefix worth splitting off (ASCII, so
/// bytes are code points).
fn glued_prefix(t: &Token, prev: Option<&Token>) -> Option<usize> {
    let b = t.text.as_bytes();
    let first = *b.first()?;
    if !first.is_ascii_alphabetic() {
        return None;
    }
    // Every prefix below is capitalised, or "minus-", "negative-", or a
    // dollar's letters after "$": most words need no scan for digits.
    let after_dollar = prev.is_some_and(|p| p.text == "$" && p.end == t.start);
    if first.is_ascii_lowercase() && first != b'm' && first != b'n' && !after_dollar {
        return None;
    }
    let cut = b.iter().position(u8::is_ascii_digit)?;
    let head = &t.text[..cut];
    if !head.is_ascii() {
        return None;
    }
    let rest = &t.text[cut..];
    let lower = head.to_ascii_lowercase();
    if lower == "minus-" || lower == "negative-" {
        return Some(cut);
    }
    if head.contains('-') {
        return None;
    }
    // "$US55", "$A82": a dollar prefix after a glued "$".
    if after_dollar && DOLLAR_PREFIXES.iter().any(|d| d.0 == lower) {
        return Some(cut);
    }
    // "PS5" is a games console: a prefix needs more than one digit.
    let currency =
        CURRENCY_CODES.contains(&head) || GLUED_CURRENCY_PREFIXES.iter().any(|p| p.0 == head);
    (currency && rest.len() > 1).then_some(cut)
}

/// A web address at `tokens[i]` ("https://…", "www.…"): the token index
/// after it. Digits in an address ("q=30%25%2020%") are no figures.
fn url_end(tokens: &[Token], i: usize) -> Option<usize> {
    let t = &tokens[i];
    if !(3..=5).contains(&t.text.len()) {
        return None;
    }
    let tight = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|x| !x.space_before && !x.line_start)
    };
    let text = |k: usize| tokens.get(k).map_or("", |x| x.text);
    let scheme = ["http", "https", "ftp"]
        .iter()
        .any(|s| t.text.eq_ignore_ascii_case(s))
        && text(i + 1) == ":"
        && text(i + 2) == "/"
        && tight(i + 1)
        && tight(i + 2);
    let www = t.text.eq_ignore_ascii_case("www") && text(i + 1) == "." && tight(i + 1);
    if !scheme && !www {
        return None;
    }
    let mut k = i + 1;
    while tight(k) {
        k += 1;
    }
    Some(k)
}

/// A cheap test that a figure may begin at this token; most words cannot,
/// and skipping them keeps the finder fast.
fn could_start(t: &Token) -> bool {
    let Some(c) = t.text.chars().next() else {
        return false;
    };
    if c.is_ascii_digit() {
        return true;
    }
    // Start words are ASCII: a token in another script starts a figure
    // only as a symbol ("€", "−", "½").
    if !c.is_ascii() {
        return c == '−'
            || CURRENCY_SYMBOLS.iter().any(|s| s.0 == t.text)
            || VULGAR_FRACTIONS.iter().any(|v| v.0 == c);
    }
    if !c.is_alphabetic() {
        // Punctuation starts a figure only as a sign, a currency symbol,
        // a decimal point (".25") or a vulgar fraction; commas and
        // quotes, the commonest tokens, never do.
        return matches!(c, '-' | '−' | '.')
            || CURRENCY_SYMBOLS.iter().any(|s| s.0 == t.text)
            || VULGAR_FRACTIONS.iter().any(|v| v.0 == c);
    }
    // Start words are short and ASCII: lower-case on the stack.
    let head = t.text.find('-').map_or(t.text, |k| &t.text[..k]);
    let head = head.trim_end_matches('.');
    if head.len() > 16 || !head.is_ascii() {
        return false;
    }
    // Most words are rejected by their first two letters and length
    // before hashing.
    if !start_shapes().maybe(head.as_bytes()) {
        return false;
    }
    let mut buf = [0u8; 16];
    buf[..head.len()].copy_from_slice(head.as_bytes());
    buf.make_ascii_lowercase();
    std::str::from_utf8(&buf[..head.len()]).is_ok_and(|w| start_words().contains(w))
}

/// "a" and "an", the commonest start words, begin a figure only before a
/// few words ("a third", "a million", "a handful", "a twenty-first", "A$5"):
/// a cheap test of the next word before the full reading.
fn article_may_start(tokens: &[Token], i: usize) -> bool {
    let t = tokens[i].text;
    if !matches!(t, "a" | "an" | "A" | "An" | "AN") {
        return true;
    }
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    if !next.text.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return next.text == "$";
    }
    let head = next.text.find('-').map_or(next.text, |k| &next.text[..k]);
    if head.len() > 16 {
        return false;
    }
    let mut buf = [0u8; 16];
    buf[..head.len()].copy_from_slice(head.as_bytes());
    buf.make_ascii_lowercase();
    let words = after_article_words();
    // Plurals too: "a twenty-firsts" is odd but "an eighths" no harm.
    std::str::from_utf8(&buf[..head.len()])
        .is_ok_and(|w| words.contains(w) || w.strip_suffix('s').is_some_and(|s| words.contains(s)))
}

/// The words after "a" or "an" that may go on into a figure.
fn after_article_words() -> &'static HashSet<&'static str, BuildHasherDefault<Fnv>> {
    static SET: OnceLock<HashSet<&'static str, BuildHasherDefault<Fnv>>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set: HashSet<&'static str, BuildHasherDefault<Fnv>> = HashSet::default();
        set.extend(["hundred", "dozen", "quarter", "half"]);
        let heads = APPROXIMATE_OF.iter().filter_map(|a| a.0.split_once(' '));
        set.extend(heads.map(|p| p.1));
        set.extend(QUALIFIERS.iter().filter_map(|q| q.strip_prefix("an ")));
        set.extend(SCALES.iter().map(|s| s.0));
        set.extend(FRACTION_WORDS.iter().map(|f| f.0));
        set.extend(UNITS_WORDS.iter().chain(TENS_WORDS).map(|u| u.0));
        // Ordinals: "a fifth", "a twenty-first".
        set.extend(ORDINAL_WORDS.iter().map(|o| o.0));
        set
    })
}

/// The first words of qualifiers ("in excess of", "as many as") that begin
/// no figure otherwise: without the whole qualifier, no figure starts
/// there.
fn qualifier_heads_only() -> &'static HashSet<&'static str, BuildHasherDefault<Fnv>> {
    static SET: OnceLock<HashSet<&'static str, BuildHasherDefault<Fnv>>> = OnceLock::new();
    SET.get_or_init(|| {
        let heads = QUALIFIERS
            .iter()
            .filter(|q| q.contains(' '))
            .map(|q| head_word(q));
        let mut set: HashSet<&'static str, BuildHasherDefault<Fnv>> = heads.collect();
        // Words that begin figures in other ways.
        let other = START_WORDS
            .iter()
            .copied()
            .chain(QUALIFIERS.iter().copied().filter(|q| !q.contains(' ')))
            .chain(UNITS_WORDS.iter().chain(TENS_WORDS).map(|u| u.0))
            .chain(APPROXIMATE.iter().map(|a| a.0))
            .chain(APPROXIMATE_OF.iter().map(|a| head_word(a.0)))
            .chain(DOLLAR_PREFIXES.iter().map(|d| d.0))
            .chain(CODES_BEFORE.iter().map(|c| c.0))
            .chain(["y", "age"]);
        for w in other {
            set.remove(w);
        }
        for c in CURRENCY_CODES
            .iter()
            .chain(GLUED_CURRENCY_PREFIXES.iter().map(|g| &g.0))
        {
            set.retain(|h| !h.eq_ignore_ascii_case(c));
        }
        set
    })
}

/// The (first letter, second letter, length) of the start words, as bits:
/// a filter with no false negatives.
struct Shapes([u32; 27 * 27]);

impl Shapes {
    fn slot(b: &[u8], k: usize) -> usize {
        match b.get(k).map(u8::to_ascii_lowercase) {
            Some(c @ b'a'..=b'z') => (c - b'a') as usize,
            _ => 26,
        }
    }
    fn key(w: &[u8]) -> usize {
        Self::slot(w, 0) * 27 + Self::slot(w, 1)
    }
    fn maybe(&self, w: &[u8]) -> bool {
        w.len() < 32 && self.0[Self::key(w)] & (1 << w.len()) != 0
    }
}

fn start_shapes() -> &'static Shapes {
    static SHAPES: OnceLock<Shapes> = OnceLock::new();
    SHAPES.get_or_init(|| {
        let mut s = Shapes([0; 27 * 27]);
        for w in start_words() {
            if w.len() < 32 {
                s.0[Shapes::key(w.as_bytes())] |= 1 << w.len();
            }
        }
        s
    })
}

/// Every word that may begin a figure, built once.
fn start_words() -> &'static HashSet<String, BuildHasherDefault<Fnv>> {
    static SET: OnceLock<HashSet<String, BuildHasherDefault<Fnv>>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set: HashSet<String, BuildHasherDefault<Fnv>> =
            START_WORDS.iter().map(|w| w.to_string()).collect();
        let heads = QUALIFIERS.iter().map(|q| head_word(q));
        set.extend(heads.map(str::to_string));
        set.extend(
            UNITS_WORDS
                .iter()
                .chain(TENS_WORDS)
                .map(|u| u.0.to_string()),
        );
        set.extend(APPROXIMATE.iter().map(|a| a.0.to_string()));
        set.extend(DOLLAR_PREFIXES.iter().map(|d| d.0.to_string()));
        set.extend(CURRENCY_CODES.iter().map(|c| c.to_lowercase()));
        set.extend(CODES_BEFORE.iter().map(|c| c.0.to_lowercase()));
        set.extend(GLUED_CURRENCY_PREFIXES.iter().map(|c| c.0.to_lowercase()));
        set.insert("y".into()); // "Y=28,030"
        set.insert("age".into()); // "age 87"
        set
    })
}

fn lower<'a>(tokens: &[Token<'a>], i: usize) -> Cow<'a, str> {
    tokens.get(i).map(|t| t.lower()).unwrap_or_default()
}

/// Token `j` continues the phrase begun before it (same line).
fn joined(tokens: &[Token], j: usize) -> bool {
    tokens.get(j).is_some_and(|t| !t.line_start)
}

/// Phrases of a list grouped by first word, in list order, so a lookup
/// tries only the phrases that can match instead of the whole list.
type PhraseIndex = HashMap<&'static str, Vec<usize>, BuildHasherDefault<Fnv>>;

/// FNV-1a: short words hash faster than with SipHash, and these keys are
/// our own word lists, not input an attacker controls.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The index of one word list, built once. Lists are told apart by
/// address; a few fixed slots hold them without a lock.
fn index_of(key: usize, phrases: impl Iterator<Item = &'static str>) -> &'static PhraseIndex {
    static SLOTS: [OnceLock<(usize, PhraseIndex)>; 64] = [const { OnceLock::new() }; 64];
    let build = |phrases: &mut Option<_>| {
        let mut idx = PhraseIndex::default();
        for (n, p) in Option::take(phrases).into_iter().flatten().enumerate() {
            idx.entry(head_word(p)).or_default().push(n);
        }
        idx
    };
    let mut phrases = Some(phrases);
    for slot in &SLOTS {
        let (k, idx) = slot.get_or_init(|| (key, build(&mut phrases)));
        if *k == key {
            return idx;
        }
    }
    // More lists than slots (not expected): a locked map, still built once.
    static MORE: OnceLock<Mutex<HashMap<usize, &'static PhraseIndex>>> = OnceLock::new();
    let mut map = MORE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    map.entry(key)
        .or_insert_with(|| Box::leak(Box::new(build(&mut phrases))))
}

/// `w` is one of the words of `list`.
fn listed(list: &'static [&'static str], w: &str) -> bool {
    index_of(list.as_ptr() as usize, list.iter().copied())
        .get(w)
        .is_some_and(|ks| ks.iter().any(|&k| list[k] == w))
}

/// Matches a phrase from `list` at `i` (case-insensitive, word by word).
/// Returns the phrase and the token index after it.
fn phrase_at(
    tokens: &[Token],
    i: usize,
    list: &'static [&'static str],
) -> Option<(&'static str, usize)> {
    let first = lower(tokens, i);
    let idx = index_of(list.as_ptr() as usize, list.iter().copied());
    idx.get(&*first)?
        .iter()
        .find_map(|&k| phrase_end(tokens, i, &first, list[k]).map(|j| (list[k], j)))
}

fn pair_at(
    tokens: &[Token],
    i: usize,
    list: &'static [(&'static str, &'static str)],
) -> Option<(&'static str, usize)> {
    let first = lower(tokens, i);
    let idx = index_of(list.as_ptr() as usize, list.iter().map(|p| p.0));
    idx.get(&*first)?
        .iter()
        .find_map(|&k| phrase_end(tokens, i, &first, list[k].0).map(|j| (list[k].1, j)))
}

/// Where phrase `p` ends if it starts at `i` (whose lower case is `first`).
fn phrase_end(tokens: &[Token], i: usize, first: &str, p: &str) -> Option<usize> {
    // Most phrases differ in the first byte: a cheap reject before memcmp.
    if p.as_bytes().first() != first.as_bytes().first() {
        return None;
    }
    let rest = p.strip_prefix(first)?;
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    let mut j = i + 1;
    for w in rest.split(' ').skip(1) {
        if !joined(tokens, j) || lower(tokens, j) != w {
            return None;
        }
        j += 1;
    }
    Some(j)
}

/// The first word of a phrase.
fn head_word(p: &str) -> &str {
    p.split_once(' ').map_or(p, |x| x.0)
}

pub(crate) struct Amount {
    end: usize,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    approximate: bool,
    scaled: bool,
    spelled: bool,
    suffix: Option<String>,
    /// Needs "of" before the counted noun ("scores of", "tens of thousands of").
    wants_of: bool,
    /// Digits with a decimal point or thousands separators ("1,334.20",
    /// "96.088"): a measured amount, not a label or a small count.
    precise: bool,
}

/// Tries to read a figure whose first token is `i`.
fn figure_at(tokens: &[Token], i: usize, opts: &Options) -> Option<(usize, usize, Figure)> {
    let start = i;
    let mut j = i;
    let mut qualifier = None;
    if let Some((q, after)) = phrase_at(tokens, j, QUALIFIERS) {
        if joined(tokens, after) {
            qualifier = Some(q.to_string());
            j = after;
        }
    }
    // "in", "as", "at", "more": heads of qualifiers only, nothing else.
    if qualifier.is_none() && qualifier_heads_only().contains(&*lower(tokens, j)) {
        return None;
    }
    let mut between = false;
    if qualifier.is_none() && lower(tokens, j) == "between" && joined(tokens, j + 1) {
        between = true;
        j += 1;
    }
    let q_start = j;
    // "a man of age 87": the age before the number (lower case: not "Ice
    // Age 2").
    let age_before = tokens[j].text == "age"
        && tokens
            .get(j + 1)
            .is_some_and(|t| !t.line_start && t.text.bytes().all(|b| b.is_ascii_digit()));
    if age_before {
        j += 1;
    }
    let lead = match (between, start.checked_sub(1).map(|p| lower(tokens, p))) {
        (true, _) => Lead::Between,
        (_, Some(w)) if w == "from" && !tokens[start].line_start => Lead::From,
        (_, Some(w)) if w == "by" && !tokens[start].line_start => Lead::By,
        _ => Lead::None,
    };
    // A sign: "-5", "minus five", "negative one".
    let mut sign = 1.0;
    let w = lower(tokens, j);
    let signed = (w == "minus" || w == "negative")
        || ((w == "-" || w == "−")
            && (j == 0 || tokens[j].space_before || tokens[j].line_start)
            && tokens.get(j + 1).is_some_and(|t| t.starts_with_digit())
            && !caps_name_before(tokens, j));
    let tight =
        w == "minus" || w == "negative" || tokens.get(j + 1).is_some_and(|t| !t.space_before);
    let mut sign_at = None;
    if signed && joined(tokens, j + 1) && tight {
        sign = -1.0;
        sign_at = Some(j);
        j += 1;
    }
    // Currency before the number: "$", "US$", "C $", "USD".
    let mut currency: Option<&str> = None;
    if let Some((code, after)) = units::currency_before(tokens, j) {
        currency = Some(code);
        j = after;
    }
    // "$-50.8bn": the sign after the symbol.
    if currency.is_some()
        && sign > 0.0
        && tokens
            .get(j)
            .is_some_and(|t| t.text == "-" && !t.space_before)
        && tokens
            .get(j + 1)
            .is_some_and(|t| t.starts_with_digit() && !t.space_before)
    {
        sign = -1.0;
        sign_at = Some(j);
        j += 1;
    }
    let compound = units::compound_at(tokens, j, opts.locale);
    let amount = match &compound {
        Some(c) => c.amount(),
        None => read_amount(tokens, j, currency.is_some(), lead, opts.locale)?,
    };
    let num_start = j;
    // The number's span keeps its sign: "-1", "minus one".
    let signed_start = sign_at.unwrap_or(num_start);
    let num_end = amount.end;
    let mut amount = amount;
    if sign < 0.0 {
        amount.value = amount.value.map(|v| -v);
    }
    let mut end = amount.end;
    let mut kind = "count";
    let mut unit: Option<String> = currency.map(str::to_string);
    let mut dimension = None;
    if currency.is_some() {
        kind = "money";
    }
    if let Some(c) = &compound {
        kind = c.kind;
        unit = Some(c.unit.to_string());
        dimension = c.dimension;
    } else if let Some(sfx) = &amount.suffix {
        // Glued unit letters: "5km", "40kg", "115USD".
        let (k, u) = units::glued_unit(sfx, tokens, end)?;
        kind = k;
        unit = Some(u.0.to_string());
        dimension = u.1;
        end = u.2;
    }
    // Unit, percent or currency after the number.
    if unit.is_none() && joined(tokens, end) {
        if let Some((k, u, d, after)) = units::unit_after(tokens, end, &amount) {
            if units::million_code(&tokens[end]).is_some() {
                amount.value = amount.value.map(|v| v * 1e6);
                amount.scaled = true;
            }
            kind = k;
            unit = Some(u.to_string());
            dimension = d;
            end = after;
            // "75 USD million": the scale after the code.
            if k == "money" && !amount.scaled && joined(tokens, end) {
                let w = lower(tokens, end);
                if let Some(&(_, f)) = SCALES.iter().find(|(s, f)| *s == w && *f >= 1e3) {
                    amount.value = amount.value.map(|v| v * f);
                    amount.scaled = true;
                    end += 1;
                }
            }
        }
    } else if kind == "money" && amount.suffix.is_none() && joined(tokens, end) {
        // "$ 10 dollars": the unit word repeats the symbol.
        if let Some((_, after)) = pair_at(tokens, end, CURRENCY_WORDS) {
            if tokens.get(start).is_some_and(|t| t.text == "$") {
                end = after;
            }
        }
    }
    // "3 dollars 50 cents", "15 dollars and 50.": the cents after.
    if kind == "money" && end > num_end {
        if let Some((cents, after)) = units::cents_after(tokens, end, &amount, opts.locale) {
            amount.value = amount.value.map(|v| v + cents / 100.0);
            end = after;
        }
    }
    if unit.as_deref() == Some("ft") && end > num_end {
        if let Some((inches, after)) = units::inches_after(tokens, end, &amount, opts.locale) {
            amount.value = amount.value.map(|v| v + inches / 12.0);
            end = after;
        }
    }
    // "rotate 90 degrees", "a 45 degrees angle": an angle, not a temperature.
    if unit.as_deref() == Some("°") && angle_context(tokens, start, end) {
        dimension = Some("angle");
    }
    if age_before {
        if unit.is_some() || amount.high.is_some() || !amount.value.is_some_and(|v| v < 150.0) {
            return None;
        }
        kind = "measure";
        unit = Some("year".into());
        dimension = Some("age");
    }
    // Age: "five years old", "3 years of age".
    if dimension == Some("duration") {
        if lower(tokens, end) == "old" && joined(tokens, end) {
            dimension = Some("age");
            end += 1;
        } else if lower(tokens, end) == "of" && lower(tokens, end + 1) == "age" {
            dimension = Some("age");
            end += 2;
        }
    }
    if is_not_a_quantity(tokens, num_start, end, &amount, kind) {
        return None;
    }
    let quantity_end = end;
    // What is counted: "352 Ukrainian civilians", "dozens of people".
    let mut counts = None;
    if kind == "count" {
        let mut k = end;
        let mut ok = !amount.wants_of;
        if lower(tokens, k) == "of" && joined(tokens, k) && (amount.approximate || amount.wants_of)
        {
            k += 1;
            ok = true;
        }
        if ok {
            if let Some((noun, after)) = counted_noun(tokens, k, amount.value == Some(1.0)) {
                counts = Some(noun);
                end = after;
            }
        }
        // "one of the best speakers": one among a group.
        if counts.is_none() && amount.value == Some(1.0) && amount.spelled {
            if let Some((noun, after)) = one_of_the_most(tokens, end) {
                counts = Some(noun);
                end = after;
            }
        }
        // "a third of", "two-thirds of", "half of": a share.
        // Digits too when written as a fraction ("1/16 of a pint").
        let fraction = amount.spelled
            || tokens[num_start..num_end]
                .iter()
                .any(|t| t.text.contains(['/', '⁄']));
        let share = amount.value.is_some_and(|v| v > 0.0 && v < 1.0) && fraction;
        if counts.is_none() && share && lower(tokens, end) == "of" && joined(tokens, end) {
            counts = Some("share".into());
        }
        if amount.wants_of && counts.is_none() && !opts.bare_numbers {
            return None;
        }
        if counts.is_none() && !opts.bare_numbers && !bare_is_figure(&amount, &qualifier, lead) {
            return None;
        }
        // "the one you mentioned", "which one": a pronoun, not a number.
        if amount.value == Some(1.0) && amount.spelled && counts.is_none() && num_start > 0 {
            let p = lower(tokens, num_start - 1);
            if matches!(&*p, "the" | "this" | "that" | "which" | "each" | "every") {
                return None;
            }
        }
    }
    let span = |a: usize, b: usize| (tokens[a].start, tokens[b - 1].end);
    let fig = Figure {
        text: String::new(),
        start: 0,
        end: 0,
        kind,
        value: amount.value,
        low: amount.low,
        high: amount.high,
        qualifier,
        unit,
        counts,
        dimension,
        quantity_span: span(q_start, quantity_end),
        number_span: span(signed_start, num_end.max(num_start + 1)),
    };
    Some((start, end, fig))
}

/// A second figure of the same kind after "to", "-" or (after "between")
/// "and" makes a range: "1 per cent to 1.5 per cent", "between 5% and
/// 6%". Not after "by": "rose by $4bn to $9bn" is a change and a level.
/// Returns the end, (low, high, counts, quantity end).
#[allow(clippy::type_complexity)]
fn range_tail(
    tokens: &[Token],
    start: usize,
    end: usize,
    fig: &Figure,
    opts: &Options,
) -> Option<(usize, (Option<f64>, Option<f64>, Option<String>, usize))> {
    let lo = fig.value?;
    if start > 0 && lower(tokens, start - 1) == "by" {
        return None;
    }
    let joiner = lower(tokens, end);
    let ok = if lower(tokens, start) == "between" {
        joiner == "and"
    } else {
        matches!(&*joiner, "to" | "-" | "–")
    };
    if !ok || !joined(tokens, end + 1) {
        return None;
    }
    let from = start > 0 && lower(tokens, start - 1) == "from";
    let Some((_, end2, f2)) = figure_at(tokens, end + 1, opts) else {
        // "from 208 pounds to 193": the unit is not repeated.
        let m = numbers::parse(tokens, end + 1, false, opts.locale)?;
        let plain = m.suffix.is_none() && m.high.is_none() && !m.spelled;
        let hi = m.value;
        if !from || !plain || fig.kind == "count" || hi == lo {
            return None;
        }
        let q_end = tokens[m.end - 1].end;
        return Some((m.end, (Some(lo), Some(hi), None, q_end)));
    };
    let hi = f2.value?;
    if f2.kind != fig.kind || f2.unit != fig.unit || f2.qualifier.is_some() {
        return None;
    }
    // "from 4.8 to 4.7 percent" is a change and keeps its order.
    if hi <= lo && !(from && hi < lo) {
        return None;
    }
    Some((end2, (Some(lo), Some(hi), f2.counts, f2.quantity_span.1)))
}

/// The product's policy for a count with no counted noun: only a vague,
/// scaled or precise ("1,334.20") amount, or one with a qualifier or a
/// range, says it is a figure; a bare "12" may be anything.
fn bare_is_figure(a: &Amount, qualifier: &Option<String>, lead: Lead) -> bool {
    if a.spelled && !a.approximate && !a.scaled {
        return false;
    }
    // "jumped from 240 to 273": a change between two digit amounts (not
    // small numbers that may be hours, "from 9 to 5").
    let change = lead == Lead::From
        && a.low
            .zip(a.high)
            .is_some_and(|(l, h)| l.max(h) > 24.0 || l.fract() != 0.0);
    a.approximate || a.scaled || qualifier.is_some() || lead == Lead::Between || change || a.precise
}

/// Reads the number itself, a range, or a vague amount.
fn read_amount(
    tokens: &[Token],
    i: usize,
    has_currency: bool,
    lead: Lead,
    locale: Locale,
) -> Option<Amount> {
    let t = tokens.get(i)?;
    let w = t.lower();
    // "tens of thousands", "hundreds of thousands"
    if (w == "tens" || w == "hundreds") && lower(tokens, i + 1) == "of" {
        let scale = lower(tokens, i + 2);
        let base = match &*scale {
            "thousands" => 1e3,
            "millions" => 1e6,
            "billions" => 1e9,
            _ => 0.0,
        };
        if base > 0.0 {
            let f = if w == "tens" { 10.0 } else { 100.0 };
            return Some(vague(i + 3, base * f, base * f * 10.0, false));
        }
    }
    if let Some(&(_, lo, hi)) = APPROXIMATE.iter().find(|(k, _, _)| *k == w) {
        return Some(vague(i + 1, lo, hi, false));
    }
    if let Some((p, after)) = phrase_at(tokens, i, approximate_of_words()) {
        if lower(tokens, after) == "of" {
            let &(_, lo, hi) = APPROXIMATE_OF.iter().find(|a| a.0 == p)?;
            let mut a = vague(after, lo, hi, true);
            if lo == hi {
                a.value = Some(lo);
                a.low = None;
                a.high = None;
                a.approximate = false;
            }
            return Some(a);
        }
    }
    let n = numbers::parse(tokens, i, has_currency, locale)?;
    let mut a = Amount {
        end: n.end,
        value: Some(n.value),
        low: None,
        high: None,
        approximate: false,
        scaled: n.scaled,
        spelled: n.spelled,
        suffix: n.suffix.clone(),
        wants_of: false,
        precise: !n.spelled && tokens[i].text.contains([',', '.']),
    };
    if let Some((v, end)) = ratio(tokens, &n, locale) {
        a.value = Some(v);
        a.end = end;
        return Some(a);
    }
    if let Some(h) = n.high {
        a.value = None;
        a.low = Some(n.value);
        a.high = Some(h);
        return Some(a);
    }
    // "10 to 15", "10-15" with spaces, "between 10 and 15", "three or four".
    let joiner = lower(tokens, n.end);
    let is_joiner = match lead {
        Lead::Between => joiner == "and",
        _ => joiner == "to" || joiner == "-" || joiner == "–" || joiner == "or",
    };
    if is_joiner && joined(tokens, n.end + 1) && n.suffix.is_none() {
        let skip_sym = tokens
            .get(n.end + 1)
            .is_some_and(|t| CURRENCY_SYMBOLS.iter().any(|(s, _)| *s == t.text));
        // "rose by $4bn to $9bn": a change and the level it reached.
        if skip_sym && lead == Lead::By {
            return Some(a);
        }
        let k = n.end + 1 + skip_sym as usize;
        if let Some(m) = numbers::parse(tokens, k, has_currency, locale) {
            let (mut lo, hi) = (n.value, m.value);
            // "2 to 3 million": the scale applies to both ends, but not in
            // "$200 to $4 million" (the low end is above the high digits).
            let f = scale_of(tokens, m.end - 1);
            if m.scaled && !n.scaled && lo < 1000.0 && lo <= m.value / f {
                lo *= f;
            }
            // "three or four years", not "10 or 2,000".
            let or_ok = !m.scaled && !n.scaled && !has_currency && hi <= 2.0 * lo + 1.0;
            // "from 4.8 to 4.7": a change keeps its order.
            let order_ok = hi > lo || (lead == Lead::From && hi < lo);
            if order_ok && (joiner != "or" || (or_ok && hi > lo)) {
                a.value = None;
                a.low = Some(lo);
                a.high = Some(hi);
                a.end = m.end;
                a.scaled |= m.scaled;
                // "25 – 40min": the unit glued to the high end.
                a.suffix = m.suffix;
                return Some(a);
            }
        }
    }
    Some(a)
}

/// "one out of three", "1 in 10", "one over three": a ratio read as a
/// share.
fn ratio(tokens: &[Token], n: &numbers::Number, locale: Locale) -> Option<(f64, usize)> {
    let over = lower(tokens, n.end) == "over";
    let k = match &*lower(tokens, n.end) {
        "out" if lower(tokens, n.end + 1) == "of" => n.end + 2,
        "in" if n.value == 1.0 => n.end + 1,
        "over" => n.end + 1,
        _ => return None,
    };
    if !joined(tokens, k) || n.scaled || n.high.is_some() || n.suffix.is_some() {
        return None;
    }
    let m = numbers::parse(tokens, k, false, locale)?;
    let whole = |v: f64| v.fract() == 0.0 && v >= 1.0;
    if !whole(n.value) || !whole(m.value) || m.value > 1000.0 {
        return None;
    }
    if m.scaled || m.suffix.is_some() || m.high.is_some() {
        return None;
    }
    // "one over three" is a fraction where the clause ends; "3 over 2
    // years" and "50 and over" are not.
    let clause_ends = tokens
        .get(m.end)
        .is_none_or(|t| !t.is_word() || t.line_start);
    if over && !clause_ends {
        return None;
    }
    if !over && m.value <= n.value {
        return None;
    }
    Some((n.value / m.value, m.end))
}

/// The word that leads a number and changes how a range reads.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Lead {
    None,
    Between,
    From,
    By,
}

fn approximate_of_words() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| APPROXIMATE_OF.iter().map(|a| a.0).collect())
}

fn scale_of(tokens: &[Token], i: usize) -> f64 {
    let w = lower(tokens, i);
    SCALES
        .iter()
        .find(|(k, _)| *k == w)
        .map(|s| s.1)
        .unwrap_or(1.0)
}

fn vague(end: usize, lo: f64, hi: f64, wants_of: bool) -> Amount {
    Amount {
        end,
        value: None,
        low: Some(lo),
        high: Some(hi),
        approximate: true,
        scaled: false,
        spelled: true,
        suffix: None,
        wants_of,
        precise: false,
    }
}

/// Dates, years, clock times and numbers that are labels ("Formula 1").
fn is_not_a_quantity(tokens: &[Token], i: usize, end: usize, a: &Amount, kind: &str) -> bool {
    if a.approximate {
        return false;
    }
    let prev = if i > 0 && !tokens[i].line_start {
        Some(&tokens[i - 1])
    } else {
        None
    };
    let prev_lower = prev.map(|t| t.lower()).unwrap_or_default();
    let next_lower = if joined(tokens, a.end) {
        lower(tokens, a.end)
    } else {
        Cow::Borrowed("")
    };
    // "between 2014 and 2017": a span of years.
    if let (Some(lo), Some(hi)) = (a.low, a.high) {
        // Spans of years reach back further than a lone year does.
        let year = |v: f64| (1000.0..=2100.0).contains(&v) && v.fract() == 0.0;
        let grouped = tokens[i].text.contains(',');
        if year(lo) && year(hi) && !grouped && !next_is_plural(tokens, a.end) {
            return true;
        }
    }
    let v = a.value.unwrap_or(0.0);
    let digits_only = !a.spelled && a.suffix.is_none() && !a.scaled;
    if digits_only && kind == "count" {
        // Dates: "Feb 28", "28 February", "Feb. 28".
        let month_before = listed(MONTHS, prev_lower.trim_end_matches('.'))
            || (prev_lower == "." && i >= 2 && listed(MONTHS, &lower(tokens, i - 2)));
        if (month_before || listed(MONTHS, &next_lower)) && v <= 31.0 {
            return true;
        }
        // Years: 1800-2100 without grouping and without a counted noun.
        let raw = &tokens[i].text;
        if raw.len() == 4 && (1800.0..=2100.0).contains(&v) && !next_is_plural(tokens, a.end) {
            return true;
        }
        // Clock times: "at 10.45", "until 9.30" (British dotted times).
        let dotted_time = tokens[i].text.split_once('.').is_some_and(|(h, m)| {
            h.len() <= 2
                && m.len() == 2
                && h.parse::<u32>().is_ok_and(|h| h < 24)
                && m.parse::<u32>().is_ok_and(|m| m < 60)
        });
        if dotted_time
            && matches!(
                &*prev_lower,
                "at" | "until" | "till" | "by" | "before" | "after"
            )
        {
            return true;
        }
        // Clock times: "1 p.m.", "13:05".
        if listed(TIME_WORDS, &next_lower) {
            return true;
        }
        if tokens
            .get(a.end)
            .is_some_and(|t| t.text == ":" && !t.space_before)
        {
            return true;
        }
        if prev.is_some_and(|t| t.text == ":" && !tokens[i].space_before) {
            return true;
        }
        // Labels: "page 5", "Formula 1", "Windows 10", "iPhone 11".
        if listed(LABEL_WORDS, &prev_lower) {
            return true;
        }
        if prev.is_some_and(|t| t.text.chars().skip(1).any(char::is_uppercase) && t.is_word()) {
            return true;
        }
        if let Some(p) = prev {
            let sentence_start =
                i < 2 || matches!(tokens[i - 2].text, "." | "!" | "?" | "\"" | "“");
            if (p.is_capitalized() || p.is_all_caps())
                && !sentence_start
                && !listed(QUALIFIERS, &prev_lower)
            {
                return true;
            }
            // "No. 1", "#3"
            if p.text == "#" || p.text == "№" {
                return true;
            }
        }
        // Glued to a word by a hyphen: "Covid-19" is one token; "F -16" rare.
        // A sign is a "-" with space before it ("fell to -5").
        let glued_left = i >= 2 && (!tokens[i - 1].space_before || caps_name_before(tokens, i - 1));
        if prev.is_some_and(|t| {
            (t.text == "/" || (t.text == "-" && glued_left)) && !tokens[i].space_before
        }) {
            return true;
        }
    }
    // "5-year-old", "1st": tokens with letters that were not a unit never
    // reach here (the parser rejects them); ordinals are not number words.
    let _ = end;
    false
}

/// "of the best wireless speakers", "of the most spectacular catches" at
/// `i`: the counted noun after a superlative, and the index after it.
fn one_of_the_most(tokens: &[Token], i: usize) -> Option<(String, usize)> {
    if lower(tokens, i) != "of" || lower(tokens, i + 1) != "the" || !joined(tokens, i + 2) {
        return None;
    }
    let sup = lower(tokens, i + 2);
    let k = match &*sup {
        "most" | "least" => i + 4,
        "best" | "worst" => i + 3,
        w if w.len() > 5 && w.ends_with("est") && !NOT_SUPERLATIVE.contains(&w) => i + 3,
        _ => return None,
    };
    let (noun, after) = counted_noun(tokens, k, false)?;
    Some((noun, after))
}

/// A turning verb shortly before the figure, or "angle" after it.
fn angle_context(tokens: &[Token], start: usize, end: usize) -> bool {
    let before = (start.saturating_sub(3)..start).any(|k| listed(ANGLE_WORDS, &lower(tokens, k)));
    before || lower(tokens, end) == "angle"
}

/// "COVID -19": a dash after an all-caps name joins a label, not a sign.
fn caps_name_before(tokens: &[Token], dash: usize) -> bool {
    dash > 0 && !tokens[dash].line_start && tokens[dash - 1].is_all_caps()
}

fn next_is_plural(tokens: &[Token], i: usize) -> bool {
    joined(tokens, i)
        && tokens
            .get(i)
            .is_some_and(|t| !t.is_capitalized() && is_plural(&t.lower()))
}

fn is_plural(w: &str) -> bool {
    if listed(IRREGULAR_PLURALS, w) {
        return true;
    }
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s")
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// The counted noun phrase after a number: up to three words ending at the
/// first plural noun. Returns the head noun and the token index after it.
fn counted_noun(tokens: &[Token], i: usize, singular: bool) -> Option<(String, usize)> {
    let mut k = i;
    // Three words, plus a model number that does not count as one.
    let mut limit = 3;
    for step in 0..4 {
        if step >= limit {
            break;
        }
        let t = tokens.get(k)?;
        if (k > i || step > 0) && t.line_start {
            return None;
        }
        if k == i && t.line_start {
            return None;
        }
        // "two new 737 Max jets": a model number inside the noun phrase.
        let model = step > 0 && tokens.get(k + 1).is_some_and(|n| n.is_capitalized());
        if t.starts_with_digit() && model && !t.text.contains([',', '.']) {
            k += 1;
            limit = 4;
            continue;
        }
        if !t.is_word() || t.starts_with_digit() {
            return None;
        }
        let w = t.lower();
        if listed(STOP_WORDS, &w) || listed(MONTHS, &w) {
            return None;
        }
        // "four FA Cup finals", "5 NATO members": an acronym in a name.
        if t.is_all_caps() {
            let next = tokens.get(k + 1)?;
            if !next.is_word() || next.line_start || next.starts_with_digit() {
                return None;
            }
            k += 1;
            continue;
        }
        if t.is_capitalized() {
            // Demonyms and names modify the noun ("Ukrainian civilians").
            // A capitalised plural ends the phrase unless a name goes on:
            // "1,307,000 Americans were", "eight straight World Cups since".
            let next = tokens.get(k + 1);
            let name_goes_on = next.is_some_and(|n| n.is_capitalized() && !n.line_start);
            if is_plural(&w) && !name_goes_on {
                return Some((w.into_owned(), k + 1));
            }
            let next = next?;
            if !next.is_word() || next.line_start {
                return None;
            }
            k += 1;
            continue;
        }
        if is_plural(&w) {
            return Some((w.into_owned(), k + 1));
        }
        if singular && !listed(NOT_COUNTED, &w) && step == 0 {
            let next = lower(tokens, k + 1);
            if next.is_empty()
                || listed(STOP_WORDS, &next)
                || !joined(tokens, k + 1)
                || !tokens[k + 1].is_word()
            {
                return Some((w.into_owned(), k + 1));
            }
        }
        k += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        find(s).into_iter().map(|f| f.text).collect()
    }

    #[test]
    fn finds_counts_with_qualifiers_and_nouns() {
        let f = find("At least 352 Ukrainian civilians have died.");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].text, "At least 352 Ukrainian civilians");
        assert_eq!(f[0].value, Some(352.0));
        assert_eq!(f[0].qualifier.as_deref(), Some("at least"));
        assert_eq!(f[0].counts.as_deref(), Some("civilians"));
        let f = find("home to more than 2 million people.");
        assert_eq!(f[0].text, "more than 2 million people");
        assert_eq!(f[0].value, Some(2e6));
    }

    #[test]
    fn finds_money_percent_measures_and_vague_amounts() {
        let f = find("It cost $1.2 billion, up 40% over 3.5 miles, killing dozens.");
        let kinds: Vec<_> = f.iter().map(|f| (f.kind, f.unit.clone())).collect();
        assert_eq!(
            kinds,
            vec![
                ("money", Some("USD".into())),
                ("percent", Some("%".into())),
                ("measure", Some("mi".into())),
                ("count", None)
            ]
        );
        assert_eq!(f[0].value, Some(1.2e9));
        assert_eq!((f[3].low, f[3].high), (Some(12.0), Some(120.0)));
        let f = find("tens of thousands of troops");
        assert_eq!(f[0].counts.as_deref(), Some("troops"));
        assert_eq!((f[0].low, f[0].high), (Some(1e4), Some(1e5)));
    }

    #[test]
    fn reads_signs_and_ignores_dashes_used_as_punctuation() {
        let f = find_with("minus", &bare());
        assert!(f.is_empty());
        let f = find_with("it fell to -5 degrees", &bare());
        assert_eq!(f[0].value, Some(-5.0));
        let f = find("the City of David - 50 miles away");
        assert_eq!(f[0].value, Some(50.0));
        assert_eq!(f[0].text, "50 miles");
    }

    #[test]
    fn merges_ranges_of_whole_figures_but_not_changes_or_years() {
        let f = find("fees range from 1 per cent to 1.5 per cent, between 5% and 6%");
        let r: Vec<_> = f.iter().map(|x| (x.low, x.high)).collect();
        assert_eq!(r, vec![(Some(1.0), Some(1.5)), (Some(5.0), Some(6.0))]);
        let f = find("the rate rose by 5% to 9%");
        assert_eq!(f.len(), 2);
        assert!(find("sampling between 2014 and 2017 came back").is_empty());
        assert!(find("the iPhone 11 Pro cameras").is_empty());
        assert_eq!(
            find("There were 4 hundred million people.")[0].value,
            Some(4e8)
        );
    }

    #[test]
    fn reads_numbers_in_the_page_locale() {
        let de = Options {
            locale: Locale::from_lang(Some("de-DE")),
            ..Options::default()
        };
        assert_eq!(find_with("500.000 refugees", &de)[0].value, Some(5e5));
        assert_eq!(find_with("1,5 million people", &de)[0].value, Some(1.5e6));
        let fr = Options {
            locale: Locale::from_lang(Some("fr")),
            ..Options::default()
        };
        assert_eq!(find_with("500 000 refugees", &fr)[0].value, Some(5e5));
        assert_eq!(find("500.000 refugees")[0].value, Some(500.0));
    }

    fn bare() -> Options {
        Options {
            bare_numbers: true,
            ..Options::default()
        }
    }

    #[test]
    fn reads_changes_from_to_and_or_ranges() {
        let r = |s: &str| find(s).iter().map(|x| (x.low, x.high)).collect::<Vec<_>>();
        assert_eq!(
            r("slow from 4.8 to 4.7 percent in 2019"),
            vec![(Some(4.8), Some(4.7))]
        );
        assert_eq!(
            r("over the past three or four years"),
            vec![(Some(3.0), Some(4.0))]
        );
        assert_eq!(r("in ~25 – 40min for four"), vec![(Some(25.0), Some(40.0))]);
        assert_eq!(r("go 0 to 80km/h quickly"), vec![(Some(0.0), Some(80.0))]);
        // A change by an amount to a level is two figures, and a range
        // keeps one unit.
        assert_eq!(
            find("increased by $43.6 billion to $419.2 billion").len(),
            2
        );
        assert_eq!(find("rose 18 sen to RM23.50 today").len(), 2);
        assert!(r("10 or 2,000 people").iter().all(|x| x.0.is_none()));
    }

    #[test]
    fn reads_changes_without_a_repeated_unit_and_signed_money() {
        let f = find("dropping from 208 pounds to 193 by exercising");
        assert_eq!((f[0].low, f[0].high), (Some(208.0), Some(193.0)));
        let f = find("Horsepower jumped from 240 to 273, and");
        assert_eq!((f[0].low, f[0].high), (Some(240.0), Some(273.0)));
        assert!(find("open from 9 to 5 daily").is_empty());
        assert_eq!(find("decrease to $-50.8bn, while")[0].value, Some(-50.8e9));
        let f = find("ranging from $200 to $4 million, and $89 to $93 billion");
        assert_eq!((f[0].low, f[0].high), (Some(200.0), Some(4e6)));
        assert_eq!((f[1].low, f[1].high), (Some(89e9), Some(93e9)));
    }

    #[test]
    fn finds_counted_names_and_skips_labels_with_a_dash() {
        let f = find("In total, 1,307,000 Americans were collecting aid");
        assert_eq!(f[0].counts.as_deref(), Some("americans"));
        let f = find("It was grounding two new 737 Max jets .");
        assert_eq!((f.len(), f[0].value), (1, Some(2.0)));
        assert_eq!(f[0].counts.as_deref(), Some("jets"));
        assert_eq!(
            texts("had procured thousands of COVID -19 tests"),
            vec!["thousands"]
        );
        assert!(find("Between 1600 and 1900 world temperatures dropped").is_empty());
    }

    #[test]
    fn finds_shares_ratios_and_one_of_a_group() {
        let v = |s: &str| find(s).first().and_then(|f| f.value);
        assert_eq!(v("A third of the population lives there"), Some(1.0 / 3.0));
        assert_eq!(v("almost half of which are here"), Some(0.5));
        assert_eq!(v("One out of three Germans have problems"), Some(1.0 / 3.0));
        assert_eq!(v("1 in 10 adults smoke"), Some(0.1));
        assert_eq!(v("they scored 5 in 10 minutes"), Some(10.0));
        let b = |s: &str| find_with(s, &bare()).first().and_then(|f| f.value);
        assert_eq!(b("one over three"), Some(1.0 / 3.0));
        assert_eq!(b("3 over 2 years"), Some(3.0));
        let f = find("one of the most spectacular catches ever");
        assert_eq!(f[0].text, "one of the most spectacular catches");
        assert!(find("one of the interest rates").is_empty());
        assert!(find("the one you mentioned").is_empty());
    }

    #[test]
    fn reads_acronyms_in_a_counted_name_and_glued_range_units() {
        let f = find("Lampard who won four FA Cup finals with Chelsea");
        assert_eq!(f[0].counts.as_deref(), Some("finals"));
        let f = find("we used a 5-10W laser");
        assert_eq!(
            (f[0].low, f[0].high, f[0].unit.as_deref()),
            (Some(5.0), Some(10.0), Some("W"))
        );
    }

    #[test]
    fn finds_precise_bare_amounts_but_not_times_or_versions() {
        assert_eq!(texts("rose 8.15% to 3.65 after"), vec!["8.15%", "3.65"]);
        assert_eq!(texts("ended at 1,334.20, on turnover"), vec!["1,334.20"]);
        assert!(find("see you at 10.45 with version 3.65 of it").is_empty());
        assert!(find("they won 3 games in 2 days").len() == 2);
        assert!(find("he has 3 and she has 12").is_empty());
    }

    #[test]
    fn reads_scales_hyphened_to_units_marks_and_fractions_of() {
        let f = find("a 1.8 billion-mile journey and 400 million-year-old rock");
        assert_eq!(
            (f[0].value, f[0].unit.as_deref()),
            (Some(1.8e9), Some("mi"))
        );
        assert_eq!((f[1].value, f[1].dimension), (Some(4e8), Some("age")));
        assert_eq!(texts("the neck is 25.5″ from nut"), vec!["25.5″"]);
        assert!(find("after 2022′s market rout").is_empty());
        let v: Vec<_> = find("1/16 of a pint, 1⁄32 of a quart")
            .iter()
            .map(|f| f.value)
            .collect();
        assert_eq!(v, vec![Some(0.0625), Some(1.0 / 32.0)]);
    }

    #[test]
    fn number_spans_keep_their_sign_and_dozens_scale() {
        let f = find_with("The answer is minus 5", &bare());
        assert_eq!((f[0].number_span, f[0].value), ((14, 21), Some(-5.0)));
        let f = find_with(" -1", &bare());
        assert_eq!(f[0].number_span, (1, 3));
        assert_eq!(find("3 dozen eggs")[0].value, Some(36.0));
    }

    #[test]
    fn never_panics_on_odd_text() {
        // A fixed pseudo-random walk over characters that stress the
        // tokenizer, glued prefixes, signs, units and multi-byte text.
        const PIECES: &[&str] = &[
            "5",
            "12",
            ",",
            ".",
            "-",
            "minus-",
            "$",
            "US",
            "A",
            "PS",
            "RM",
            "Y",
            "=",
            "€",
            "p",
            "pc",
            "kW",
            "İ",
            "’",
            "'",
            "s",
            " ",
            "\n",
            "million",
            "billion-mile",
            "year-old",
            "a",
            "third",
            "of",
            "one",
            "over",
            "and",
            "half",
            "from",
            "to",
            "or",
            "°",
            "″",
            "/",
            "⁄",
            "½",
            "ß",
            "Ünited",
            "COVID",
            "×",
            "10−30",
            "percent-owned",
            "dollars",
            "cents",
        ];
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..3000 {
            let mut s = String::new();
            for _ in 0..12 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                s.push_str(PIECES[(x % PIECES.len() as u64) as usize]);
                if x.is_multiple_of(3) {
                    s.push(' ');
                }
            }
            for f in find(&s).into_iter().chain(find_with(&s, &bare())) {
                let chars: Vec<char> = s.chars().collect();
                let text: String = chars[f.start..f.end].iter().collect();
                assert_eq!(text, f.text, "{s:?}");
            }
        }
    }

    #[test]
    fn reads_an_age_written_before_the_number() {
        let f = find("a man of age 87 with history of hypertension");
        assert_eq!(
            (f[0].text.as_str(), f[0].dimension),
            ("age 87", Some("age"))
        );
        assert!(find("the Ice Age 2 film").is_empty());
        assert_eq!(texts("the age 300 rule"), Vec::<String>::new());
    }

    #[test]
    fn start_word_shortcuts_keep_the_figures() {
        let heads = qualifier_heads_only();
        assert!(heads.contains("in") && heads.contains("as") && !heads.contains("an"));
        assert!(!heads.contains("about") && !heads.contains("over"));
        for s in [
            "a third of the vote",
            "a million people",
            "a handful of people",
            "an estimated 5,000 people",
            "A$5 million",
            "a twenty-first",
            "in excess of 500 people",
        ] {
            assert_eq!(find_with(s, &bare()).len(), 1, "{s}");
        }
        assert!(!article_may_start(&tokenize_str("a man"), 0));
    }

    #[test]
    fn skips_numbers_inside_web_addresses() {
        assert!(find("see https://www.test.com/search?q=30%25%2020% now").is_empty());
        assert!(find("at www.example.com/2020/10%20off").is_empty());
        assert_eq!(texts("see http://x.org/a, then 30% more"), vec!["30%"]);
    }

    #[test]
    fn finds_ranges() {
        let f = find("between 10 and 15 people, 10-15 people and 10 to 15 people");
        assert_eq!(f.len(), 3);
        for x in f {
            assert_eq!((x.low, x.high), (Some(10.0), Some(15.0)), "{}", x.text);
        }
    }

    #[test]
    fn skips_dates_times_years_ordinals_and_names() {
        for s in [
            "on Feb 28, 2022, at 1 p.m.",
            "the second round in the second-largest city",
            "Formula 1 and Covid-19, the G7 and F-16 jets",
            "see page 5 at 13:05",
            "In 2022 the war began",
        ] {
            assert_eq!(texts(s), Vec::<String>::new(), "{s}");
        }
    }
}
