//! What the block model sees of each text unit: its own text, its element
//! and the elements above it, its neighbours, where the page's running text
//! concentrates, and what the hand-written rules (`rules`) decided. All
//! values are plain numbers computed in linear time per page.

use super::rules;
use super::units::{is_prose, Unit};
use crate::page::Page;

/// Feature names, in the order of `Features::row`; a model trained on one
/// list cannot be used with another (the loader compares the count).
pub const NAMES: &[&str] = &[
    "ln_chars",
    "ln_words",
    "link_density",
    "commas_per_word",
    "stops_per_word",
    "ends_with_stop",
    "capitalised_share",
    "digit_share",
    "mean_word_len",
    "share_of_page",
    "position",
    "is_label",
    "is_dateline",
    "is_photo_credit",
    "is_sign_off",
    "tag_p",
    "tag_li",
    "tag_h1",
    "tag_h2",
    "tag_h3",
    "tag_h456",
    "tag_cell",
    "tag_div",
    "tag_dl",
    "tag_quote",
    "tag_caption",
    "tag_pre",
    "tag_other",
    "el_ln_links",
    "el_media",
    "el_ln_text",
    "el_rule_clutter",
    "el_clutter_word",
    "el_content_word",
    "in_nav",
    "in_header",
    "in_footer",
    "in_aside",
    "in_form",
    "in_article",
    "in_main",
    "in_figure",
    "in_table",
    "in_list",
    "in_link",
    "in_control",
    "in_dialog",
    "in_quote",
    "in_furniture_role",
    "in_main_role",
    "clutter_word_near",
    "clutter_word_ancestors",
    "content_word_near",
    "body_named_near",
    "ln_depth",
    "a1_ln_text",
    "a1_link_density",
    "a1_prose_share",
    "a1_text_share",
    "a2_ln_text",
    "a2_link_density",
    "a2_prose_share",
    "a2_text_share",
    "a3_ln_text",
    "a3_link_density",
    "a3_prose_share",
    "a3_text_share",
    "a4_ln_text",
    "a4_link_density",
    "a4_prose_share",
    "a4_text_share",
    "el_prose_share",
    "rule_article_found",
    "in_rule_article",
    "rule_hidden",
    "is_headline",
    "in_prose_core",
    "in_prose_bulk",
    "below_core_ln_depth",
    "prev_ln_chars",
    "prev_link_density",
    "next_ln_chars",
    "next_link_density",
    "is_prose",
    "same_parent_kind_prose_share",
    "ln_siblings",
    "page_ln_chars",
    "page_prose_share",
    "rule_article_text_share",
    "comment_word_near",
    "rule_article_prose_share",
    "core_holds_rule_article",
    "before_rule_article",
    "after_rule_article",
    "card_ln_siblings",
    "card_text_share",
    "card_ln_units",
    "card_levels_up",
    "seen_before_share",
    "page_article_probability",
];

pub const COUNT: usize = 100;

/// A repeated card: an element holding two units or more (the unit's own
/// or one up to this many levels above it) with at least
/// `CARD_MIN_SIBLINGS` siblings of the same tag and class words: a comment,
/// a post, a product tile, a teaser.
const CARD_MAX_LEVELS: usize = 6;
const CARD_MIN_SIBLINGS: u32 = 3;

/// Class/id words of readers' comments: not the article, whatever their
/// prose (a forum's posts are what a forum page is; the gate keeps those).
const COMMENT_WORDS: &[&str] = &[
    "comment",
    "comments",
    "reply",
    "replies",
    "respond",
    "discussion",
    "disqus",
    "commentlist",
];

// Ancestor kinds, one bit each (`in_*` features).
const NAV: u32 = 1;
const HEADER: u32 = 1 << 1;
const FOOTER: u32 = 1 << 2;
const ASIDE: u32 = 1 << 3;
const FORM: u32 = 1 << 4;
const ARTICLE: u32 = 1 << 5;
const MAIN: u32 = 1 << 6;
const FIGURE: u32 = 1 << 7;
const TABLE: u32 = 1 << 8;
const LIST: u32 = 1 << 9;
const LINK: u32 = 1 << 10;
const CONTROL: u32 = 1 << 11;
const DIALOG: u32 = 1 << 12;
const QUOTE: u32 = 1 << 13;
const FURNITURE_ROLE: u32 = 1 << 14;
const MAIN_ROLE: u32 = 1 << 15;

fn kind_bits(page: &Page, i: usize) -> u32 {
    let tag = match page.tag(i) {
        "nav" | "menu" => NAV,
        "header" => HEADER,
        "footer" => FOOTER,
        "aside" => ASIDE,
        "form" => FORM,
        "article" => ARTICLE,
        "main" => MAIN,
        "figure" | "picture" | "figcaption" => FIGURE,
        "table" => TABLE,
        "ul" | "ol" | "dl" => LIST,
        "a" => LINK,
        "button" | "label" | "select" | "input" => CONTROL,
        "dialog" | "details" => DIALOG,
        "blockquote" => QUOTE,
        _ => 0,
    };
    let role = match page.attr(i, "role").map(str::trim) {
        Some("main" | "article") => MAIN_ROLE,
        Some(r) if rules::CLUTTER_ROLES.contains(&r) => FURNITURE_ROLE,
        _ => 0,
    };
    tag | role
}

/// Per-page facts shared by all units' features.
pub struct PageContext<'p, 'a> {
    page: &'p Page<'a>,
    /// Ancestor kinds of each node, itself included.
    kinds: Vec<u32>,
    /// Levels up to the nearest element (itself included) with a clutter
    /// word, a content word, markup naming the body; `u8::MAX` when none.
    clutter_near: Vec<u8>,
    clutter_count: Vec<u8>,
    content_near: Vec<u8>,
    body_near: Vec<u8>,
    comment_near: Vec<u8>,
    /// Characters of prose units in each subtree.
    prose: Vec<u32>,
    page_chars: f64,
    page_prose: f64,
    /// The lowest elements holding at least half and four fifths of the
    /// page's prose.
    core: usize,
    bulk: usize,
    /// What the hand-written rules decided.
    rule_article: Option<usize>,
    rule_hidden: Vec<bool>,
    headline: Option<usize>,
    /// Prose characters per (parent tag, parent class words) of units.
    kind_prose: crate::fasthash::U64Map<u32>,
    /// Characters before each unit, in unit order.
    before: Vec<u32>,
    /// Siblings (itself included) with the same tag and class words, the
    /// text of all of them together, and units in each subtree.
    same_kind: Vec<u32>,
    same_kind_text: Vec<u32>,
    units_in: Vec<u32>,
    /// Per unit: the share of its word 4-grams that earlier units hold (a
    /// copy of text already on the page: a gallery's caption again, a
    /// second rendering of the story).
    seen_before: Vec<f32>,
    /// The page gate's probability that the page is an article: what is
    /// main content depends on the kind of page (a forum's replies are,
    /// an article's comments are not).
    article_probability: f32,
}

impl<'p, 'a> PageContext<'p, 'a> {
    pub fn new(
        page: &'p Page<'a>,
        units: &[Unit],
        rules: &rules::Decision,
        article_probability: f32,
    ) -> Self {
        let n = page.len();
        let mut kinds = vec![0u32; n];
        let mut clutter_near = vec![u8::MAX; n];
        let mut clutter_count = vec![0u8; n];
        let mut content_near = vec![u8::MAX; n];
        let mut body_near = vec![u8::MAX; n];
        let mut comment_near = vec![u8::MAX; n];
        let mut rule_hidden = vec![false; n];
        for &h in &rules.hide {
            rule_hidden[h] = true;
        }
        let up = |v: u8| v.saturating_add(1);
        for i in 0..n {
            if page.is_text(i) {
                continue;
            }
            let parent = page.parent(i);
            let clutter = rules::has_clutter_word(page, i) && !rules::is_content_box(page, i);
            let content = page.has_token(i, rules::CONTENT_WORDS);
            let body = rules::names_body(page, i);
            let comment = page.has_token(i, COMMENT_WORDS);
            let (k, cn, cc, on, bn, mn, hid) = match parent {
                Some(p) => (
                    kinds[p],
                    up(clutter_near[p]),
                    clutter_count[p],
                    up(content_near[p]),
                    up(body_near[p]),
                    up(comment_near[p]),
                    rule_hidden[p],
                ),
                None => (0, u8::MAX, 0, u8::MAX, u8::MAX, u8::MAX, false),
            };
            comment_near[i] = if comment { 0 } else { mn };
            kinds[i] = k | kind_bits(page, i);
            clutter_near[i] = if clutter { 0 } else { cn };
            clutter_count[i] = cc.saturating_add(clutter as u8);
            content_near[i] = if content { 0 } else { on };
            body_near[i] = if body { 0 } else { bn };
            rule_hidden[i] |= hid;
        }
        let mut prose = vec![0u32; n];
        for u in units {
            if is_prose(u) {
                prose[u.el] += u.chars;
            }
        }
        // Children come after parents: a reverse sweep sums subtrees.
        for i in (1..n).rev() {
            if let Some(p) = page.parent(i) {
                prose[p] += prose[i];
            }
        }
        let page_prose = prose[0] as f64;
        let descend = |share: f64| {
            let mut cur = 0usize;
            loop {
                let next = page.children[cur]
                    .iter()
                    .copied()
                    .filter(|&c| !page.is_text(c))
                    .max_by_key(|&c| prose[c]);
                match next {
                    Some(c) if page_prose > 0.0 && prose[c] as f64 >= share * page_prose => cur = c,
                    _ => return cur,
                }
            }
        };
        let core = descend(0.5);
        let bulk = descend(0.8);
        let mut kind_prose = crate::fasthash::U64Map::default();
        for u in units.iter().filter(|u| is_prose(u)) {
            *kind_prose.entry(parent_kind(page, u.el)).or_insert(0) += u.chars;
        }
        let (same_kind, same_kind_text) = sibling_kinds(page);
        let mut units_in = vec![0u32; n];
        for u in units {
            units_in[u.el] += 1;
        }
        for i in (1..n).rev() {
            if let Some(p) = page.parent(i) {
                units_in[p] += units_in[i];
            }
        }
        let seen_before = seen_before(units);
        let mut before = Vec::with_capacity(units.len());
        let mut acc = 0u32;
        for u in units {
            before.push(acc);
            acc += u.chars;
        }
        PageContext {
            page,
            kinds,
            clutter_near,
            clutter_count,
            content_near,
            body_near,
            comment_near,
            prose,
            page_chars: page.text_len[0].max(1) as f64,
            page_prose,
            core,
            bulk,
            rule_article: rules.article,
            rule_hidden,
            headline: rules.heading,
            kind_prose,
            before,
            same_kind,
            same_kind_text,
            units_in,
            seen_before,
            article_probability,
        }
    }

    /// The features of unit `k` of `units` (the list given to `new`).
    pub fn row(&self, units: &[Unit], k: usize, out: &mut Vec<f32>) {
        let page = self.page;
        let u = &units[k];
        let el = u.el;
        let start = out.len();
        let ln = |v: f64| (1.0 + v).ln() as f32;
        let words = u.text.split_whitespace().count().max(1) as f64;
        let count = |f: &dyn Fn(char) -> bool| u.text.chars().filter(|&c| f(c)).count() as f64;
        let capitalised = u
            .text
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count() as f64;
        let lower = u.text.to_lowercase();
        let short = u.chars <= 300;
        out.extend([
            ln(u.chars as f64),
            ln(words),
            u.link_density() as f32,
            (count(&|c| c == ',') / words) as f32,
            (count(&|c| matches!(c, '.' | '!' | '?')) / words) as f32,
            u.text
                .trim_end()
                .ends_with(['.', '!', '?', '"', '\u{201d}', ':']) as u8 as f32,
            (capitalised / words) as f32,
            (count(&|c| c.is_ascii_digit()) / u.chars.max(1) as f64) as f32,
            (u.chars as f64 / words) as f32,
            (u.chars as f64 / self.page_chars) as f32,
            (self.before[k] as f64 / self.page_chars) as f32,
            (short && rules::is_label(&lower)) as u8 as f32,
            (short && rules::is_dateline(&lower)) as u8 as f32,
            (short && rules::is_photo_credit(&lower)) as u8 as f32,
            (short && (rules::is_sign_off(&lower) || rules::is_trailing_note(&lower))) as u8 as f32,
        ]);
        let tag = page.tag(el);
        let group = match tag {
            "p" => 0,
            "li" => 1,
            "h1" => 2,
            "h2" => 3,
            "h3" => 4,
            "h4" | "h5" | "h6" => 5,
            "td" | "th" | "tr" | "caption" => 6,
            "div" => 7,
            "dd" | "dt" | "dl" => 8,
            "blockquote" => 9,
            "figcaption" => 10,
            "pre" => 11,
            _ => 12,
        };
        out.extend((0..13).map(|g| (g == group) as u8 as f32));
        out.extend([
            ln(page.links[el] as f64),
            page.media[el] as u8 as f32,
            ln(page.text_len[el] as f64),
            (short && rules::is_clutter(page, el, page.text_len[0])) as u8 as f32,
            rules::has_clutter_word(page, el) as u8 as f32,
            page.has_token(el, rules::CONTENT_WORDS) as u8 as f32,
        ]);
        let kinds = self.kinds[el];
        out.extend(
            [
                NAV,
                HEADER,
                FOOTER,
                ASIDE,
                FORM,
                ARTICLE,
                MAIN,
                FIGURE,
                TABLE,
                LIST,
                LINK,
                CONTROL,
                DIALOG,
                QUOTE,
                FURNITURE_ROLE,
                MAIN_ROLE,
            ]
            .map(|b| (kinds & b != 0) as u8 as f32),
        );
        let near = |d: u8| {
            if d == u8::MAX {
                0.0
            } else {
                1.0 / (1.0 + d as f32)
            }
        };
        out.extend([
            near(self.clutter_near[el]),
            ln(self.clutter_count[el] as f64),
            near(self.content_near[el]),
            near(self.body_near[el]),
            ln(page.depth[el] as f64),
        ]);
        let mut a = page.parent(el);
        for _ in 0..4 {
            let i = a.unwrap_or(0);
            out.extend([
                ln(page.text_len[i] as f64),
                page.link_density(i) as f32,
                self.prose_share(i),
                (page.text_len[i] as f64 / self.page_chars) as f32,
            ]);
            a = a.and_then(|i| page.parent(i));
        }
        out.push(self.prose_share(el));
        let in_rule = self.rule_article.is_some_and(|r| page.contains(r, el));
        let headline = self
            .headline
            .is_some_and(|h| page.contains(h, el) || page.contains(el, h));
        let below_core = if page.contains(self.core, el) {
            ln((page.depth[el] - page.depth[self.core]) as f64)
        } else {
            -1.0
        };
        out.extend([
            self.rule_article.is_some() as u8 as f32,
            in_rule as u8 as f32,
            self.rule_hidden[el] as u8 as f32,
            headline as u8 as f32,
            page.contains(self.core, el) as u8 as f32,
            page.contains(self.bulk, el) as u8 as f32,
            below_core,
        ]);
        let side = |j: Option<&Unit>| match j {
            Some(v) => [ln(v.chars as f64), v.link_density() as f32],
            None => [0.0, 0.0],
        };
        out.extend(side(k.checked_sub(1).map(|j| &units[j])));
        out.extend(side(units.get(k + 1)));
        let kind_share = self
            .kind_prose
            .get(&parent_kind(page, el))
            .map_or(0.0, |&c| c as f64 / self.page_prose.max(1.0));
        let siblings = page.parent(el).map_or(0, |p| page.children[p].len());
        let rule_share = self
            .rule_article
            .map_or(0.0, |r| page.text_len[r] as f64 / self.page_chars);
        out.extend([
            is_prose(u) as u8 as f32,
            kind_share as f32,
            ln(siblings as f64),
            ln(self.page_chars),
            (self.page_prose / self.page_chars) as f32,
            rule_share as f32,
            near(self.comment_near[el]),
            self.rule_article.map_or(0.0, |r| self.prose_share(r)),
            self.rule_article
                .is_some_and(|r| page.contains(self.core, r) || page.contains(r, self.core))
                as u8 as f32,
        ]);
        let (before_rule, after_rule) = match self.rule_article {
            Some(r) if !page.contains(r, el) => {
                let after = page.contains(r, el) || el > r;
                (!after as u8 as f32, after as u8 as f32)
            }
            _ => (0.0, 0.0),
        };
        out.extend([before_rule, after_rule]);
        let mut card = None;
        let mut cur = Some(el);
        for level in 0..=CARD_MAX_LEVELS {
            let Some(c) = cur else { break };
            if self.same_kind[c] >= CARD_MIN_SIBLINGS && self.units_in[c] >= 2 {
                card = Some((c, level));
                break;
            }
            cur = page.parent(c);
        }
        out.extend(match card {
            Some((c, level)) => [
                ln(self.same_kind[c] as f64),
                (self.same_kind_text[c] as f64 / self.page_chars) as f32,
                ln(self.units_in[c] as f64),
                level as f32,
            ],
            None => [0.0, 0.0, 0.0, -1.0],
        });
        out.extend([self.seen_before[k], self.article_probability]);
        debug_assert_eq!(out.len() - start, COUNT);
    }

    fn prose_share(&self, i: usize) -> f32 {
        if self.page_prose == 0.0 {
            0.0
        } else {
            (self.prose[i] as f64 / self.page_prose) as f32
        }
    }
}

fn seen_before(units: &[Unit]) -> Vec<f32> {
    use crate::fasthash::{fnv, U64Set, FNV_START};
    let mut seen = U64Set::default();
    let mut out = Vec::with_capacity(units.len());
    let mut words: Vec<u64> = Vec::new();
    let mut grams: Vec<u64> = Vec::new();
    for u in units {
        words.clear();
        words.extend(u.text.split_whitespace().map(|w| {
            let mut h = FNV_START;
            for c in w.chars().flat_map(char::to_lowercase) {
                h = fnv(h, &(c as u32).to_le_bytes());
            }
            h
        }));
        let n = words.len().min(4);
        if n == 0 {
            out.push(0.0);
            continue;
        }
        grams.clear();
        grams.extend(words.windows(n).map(|w| {
            w.iter()
                .fold(FNV_START ^ n as u64, |h, &x| fnv(h, &x.to_le_bytes()))
        }));
        let hits = grams.iter().filter(|g| seen.contains(g)).count();
        out.push(hits as f32 / grams.len() as f32);
        seen.extend(grams.iter().copied());
    }
    out
}

/// Every unit's row, one after another.
pub fn rows(ctx: &PageContext, units: &[Unit]) -> Vec<f32> {
    let mut out = Vec::with_capacity(units.len() * COUNT);
    for k in 0..units.len() {
        ctx.row(units, k, &mut out);
    }
    out
}

/// For each element, how many of its parent's children (itself included)
/// share its tag and class words, and their text together.
fn sibling_kinds(page: &Page) -> (Vec<u32>, Vec<u32>) {
    let n = page.len();
    let mut count = vec![1u32; n];
    let mut text = vec![0u32; n];
    let mut groups: crate::fasthash::U64Map<(u32, u32)> = Default::default();
    for p in 0..n {
        let kids = &page.children[p];
        if kids.len() < CARD_MIN_SIBLINGS as usize {
            continue;
        }
        groups.clear();
        let kind = |c: usize| element_kind(page, c);
        for &c in kids.iter().filter(|&&c| !page.is_text(c)) {
            let g = groups.entry(kind(c)).or_insert((0, 0));
            g.0 += 1;
            g.1 += page.text_len[c];
        }
        for &c in kids.iter().filter(|&&c| !page.is_text(c)) {
            let g = groups[&kind(c)];
            count[c] = g.0;
            text[c] = g.1;
        }
    }
    (count, text)
}

fn element_kind(page: &Page, el: usize) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for s in std::iter::once(page.tag(el)).chain(page.tokens[el].iter().map(String::as_str)) {
        for &b in s.as_bytes().iter().chain(b"|") {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// The kind of a unit's place: its parent's tag and class words, and the
/// unit's own tag, hashed (FNV-1a), so paragraphs of the same section
/// template match.
fn parent_kind(page: &Page, el: usize) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |s: &str| {
        for &b in s.as_bytes().iter().chain(b"|") {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    eat(page.tag(el));
    if let Some(p) = page.parent(el) {
        eat(page.tag(p));
        for t in &page.tokens[p] {
            eat(t);
        }
    }
    h
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_name_per_feature() {
        assert_eq!(super::NAMES.len(), super::COUNT);
    }
}
