//! Word-list lookups over tokens: phrase indexes by first word, and the quick checks of which words may start a figure.

use super::*;

/// The words after "a" or "an" that may go on into a figure.
pub(super) fn after_article_words() -> &'static HashSet<&'static str, BuildHasherDefault<Fnv>> {
    static SET: OnceLock<HashSet<&'static str, BuildHasherDefault<Fnv>>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set: HashSet<&'static str, BuildHasherDefault<Fnv>> = HashSet::default();
        set.extend([
            "hundred",
            "dozen",
            "quarter",
            "half",
            "percentage",
            "basis",
            "few",
            "couple",
        ]);
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
pub(super) fn qualifier_heads_only() -> &'static HashSet<&'static str, BuildHasherDefault<Fnv>> {
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
pub(super) struct Shapes([u32; 27 * 27]);

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
    pub(super) fn maybe(&self, w: &[u8]) -> bool {
        w.len() < 32 && self.0[Self::key(w)] & (1 << w.len()) != 0
    }
}

pub(super) fn start_shapes() -> &'static Shapes {
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
pub(super) fn start_words() -> &'static HashSet<String, BuildHasherDefault<Fnv>> {
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
        // "threefold", "tenfold", "hundredfold"
        let fold = UNITS_WORDS.iter().chain(TENS_WORDS).map(|u| u.0);
        set.extend(fold.chain(["hundred"]).map(|w| format!("{w}fold")));
        set.insert("y".into()); // "Y=28,030"
        set.insert("age".into()); // "age 87"
        set
    })
}

pub(super) fn lower<'a>(tokens: &[Token<'a>], i: usize) -> Cow<'a, str> {
    tokens.get(i).map(|t| t.lower()).unwrap_or_default()
}

/// Token `j` continues the phrase begun before it (same line).
pub(super) fn joined(tokens: &[Token], j: usize) -> bool {
    tokens.get(j).is_some_and(|t| !t.line_start)
}

/// Phrases of a list grouped by first word, in list order, so a lookup
/// tries only the phrases that can match instead of the whole list.
pub(super) type PhraseIndex = HashMap<&'static str, Vec<usize>, BuildHasherDefault<Fnv>>;

/// FNV-1a: short words hash faster than with SipHash, and these keys are
/// our own word lists, not input an attacker controls.
#[derive(Default)]
pub(super) struct Fnv(u64);

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
pub(super) fn index_of(
    key: usize,
    phrases: impl Iterator<Item = &'static str>,
) -> &'static PhraseIndex {
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
pub(super) fn listed(list: &'static [&'static str], w: &str) -> bool {
    index_of(list.as_ptr() as usize, list.iter().copied())
        .get(w)
        .is_some_and(|ks| ks.iter().any(|&k| list[k] == w))
}

/// The value `w` maps to in the pair list `list` (whole words, as listed).
pub(super) fn paired(
    list: &'static [(&'static str, &'static str)],
    w: &str,
) -> Option<&'static str> {
    index_of(list.as_ptr() as usize, list.iter().map(|p| p.0))
        .get(w)?
        .iter()
        .find(|&&k| list[k].0 == w)
        .map(|&k| list[k].1)
}

/// Matches a phrase from `list` at `i` (case-insensitive, word by word).
/// Returns the phrase and the token index after it.
pub(super) fn phrase_at(
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

pub(super) fn pair_at(
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
pub(super) fn phrase_end(tokens: &[Token], i: usize, first: &str, p: &str) -> Option<usize> {
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
pub(super) fn head_word(p: &str) -> &str {
    p.split_once(' ').map_or(p, |x| x.0)
}
