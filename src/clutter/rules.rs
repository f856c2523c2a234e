//! Clutter detection: find the article, then decide which blocks around and
//! inside it a reader does not want. Decisions are per element; the caller
//! hides them (never deletes). When no article is found with confidence,
//! nothing is hidden.

use crate::calendar::MONTH_AND_DAY_NAMES;
use crate::page::Page;

// ---- Tunables (all in one place, as in Readability) ----

/// Paragraph-like blocks shorter than this do not vote for a container.
const MIN_PARAGRAPH_CHARS: u32 = 25;
/// A top candidate scoring below this means "no article here".
const MIN_ARTICLE_SCORE: f64 = 5.0;
/// ...or having less text than this.
const MIN_ARTICLE_CHARS: u32 = 150;
/// Paragraphs longer than this (visible characters) count towards being
/// an article, by the square root of the excess, up to this total.
const READERABLE_MIN_CHARS: f64 = 80.0;
const READERABLE_MIN_SCORE: f64 = 8.0;
/// Winners scoring below this must hold WEAK_ARTICLE_SHARE of the page's
/// non-link text.
const STRONG_ARTICLE_SCORE: f64 = 20.0;
const WEAK_ARTICLE_SHARE: f64 = 0.4;
/// Levels to climb from the best text container to an enclosing <article>.
const MAX_CLIMB: u32 = 3;
/// A block holding more than this share of the article is never clutter.
const MAX_CLUTTER_SHARE: f64 = 0.4;
/// Containers whose text is mostly link text are navigation or link lists.
const LINK_LIST_DENSITY: f64 = 0.6;

/// A body hint is trusted over the best-scoring block when it holds at
/// least this share of that block's text.
const HINT_SHARE: f64 = 0.6;
/// Body hints with less text than this are ignored.
const MIN_HINT_CHARS: u32 = 100;
/// Adjacent class/id words that name the article body.
const BODY_HINTS: &[(&str, &str)] = &[
    ("article", "body"),
    ("story", "body"),
    ("entry", "content"),
    ("post", "content"),
    ("article", "content"),
    ("post", "body"),
    ("article", "text"),
    ("story", "content"),
    ("entry", "body"),
    ("news", "body"),
    ("article", "main"),
    ("story", "text"),
];
/// Single class/id words that name the article body.
const BODY_HINT_WORDS: &[&str] = &[
    "articlebody",
    "storybody",
    "entrycontent",
    "postcontent",
    "articlecontent",
    "postbody",
];

/// The headline's parent counts as its header block (kept with it) when
/// its text is at most FACTOR x the headline's plus SLACK characters.
const HEADER_BLOCK_FACTOR: u32 = 3;
const HEADER_BLOCK_SLACK: u32 = 300;

/// A short block beside the paragraphs whose text is mostly one link is a
/// teaser ("You may also like..." lists written as paragraphs).
const TEASER_LINK_DENSITY: f64 = 0.8;

/// Paragraphs with this share of link text are teasers.
const TEASER_PARAGRAPH_LINK_DENSITY: f64 = 0.9;

/// Module headings are short.
const MAX_MODULE_HEADING_CHARS: u32 = 40;
/// Whole-heading texts of link modules (lower-case, without a final colon).
const MODULE_HEADINGS: &[&str] = &["more", "see also", "also read", "read also", "related"];

/// Class/id words of slideshow widgets.
const GALLERY_WORDS: &[&str] = &["gallery", "slideshow", "carousel"];
/// Elements that are pictures or players.
const MEDIA_TAGS: &[&str] = &["img", "picture", "video", "iframe", "object", "audio"];

/// A block with this many visible characters (and few links) is a real
/// paragraph; shorter ones at the article's edges are furniture.
const GOOD_BLOCK_CHARS: u32 = 80;

/// Class/id words that mark a block as not part of the article.
pub(crate) const CLUTTER_WORDS: &[&str] = &[
    "ad",
    "ads",
    "adv",
    "advert",
    "adverts",
    "advertisement",
    "advertising",
    "adslot",
    "author",
    "authors",
    "banner",
    "bio",
    "breadcrumb",
    "byline",
    "breadcrumbs",
    "comment",
    "comments",
    "consent",
    "cookie",
    "cookies",
    "disqus",
    "footer",
    "gdpr",
    "menu",
    "modal",
    "nav",
    "navbar",
    "navigation",
    "newsletter",
    "outbrain",
    "paywall",
    "popular",
    "popup",
    "print",
    "promo",
    "promotion",
    "rail",
    "recirc",
    "recommended",
    "related",
    "share",
    "sharing",
    "sidebar",
    "signup",
    "social",
    "sponsor",
    "sponsored",
    "subscribe",
    "subscription",
    "taboola",
    "tags",
    "toolbar",
    "trending",
    "widget",
    "masthead",
    "latest",
    "teaser",
    "teasers",
    "readmore",
    "outstream",
    "partner",
    "partners",
];
/// Class/id words of an article's metadata line (date, author, section):
/// clutter unless they describe a picture (its caption stays).
pub(crate) const META_WORDS: &[&str] = &["meta", "metadata", "dateline", "timestamp"];
/// Class/id words of pictures and their captions.
const PICTURE_WORDS: &[&str] = &["image", "img", "photo", "picture", "media", "figure"];
/// Clutter words that also count inside longer class names.
const CLUTTER_SUBSTRINGS: &[&str] = &[
    "related",
    "advert",
    "sponsor",
    "newsletter",
    "cookie",
    "sidebar",
    "widget",
    "trending",
    "taboola",
    "outbrain",
    "recommend",
    "promo",
    "breadcrumb",
    "social",
    "sharing",
];
/// Candidates inside a clutter module keep this share of their score.
const MODULE_PENALTY: f64 = 0.2;

/// Boxes that quote or embed part of the story (pull quotes, embedded
/// posts): never clutter by their class words.
const CONTENT_BOX_WORDS: &[&str] = &[
    "quote",
    "pullquote",
    "blockquote",
    "embed",
    "embedded",
    "tweet",
    "instagram",
];

/// Video-player chrome: clutter only when it holds no playable media.
const PLAYER_WORDS: &[&str] = &["player", "loading", "error", "spinner", "placeholder"];
/// Class/id words that say "this is the content".
pub(crate) const CONTENT_WORDS: &[&str] = &[
    "article", "body", "content", "entry", "main", "post", "story", "text", "prose",
];
/// Tags that are clutter wherever they appear inside an article.
pub(crate) const CLUTTER_TAGS: &[&str] =
    &["nav", "aside", "form", "button", "footer", "dialog", "menu"];
/// ARIA roles of page furniture.
pub(crate) const CLUTTER_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "dialog",
    "alertdialog",
    "menu",
    "menubar",
    "search",
    "toolbar",
];
/// Whole-block texts that are labels of clutter (compared lower-case).
const CLUTTER_LABELS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "sponsored",
    "sponsored content",
    "paid content",
    "loading",
    "loading...",
    "loading…",
    "error loading",
    "error",
    "close",
    "back to gallery",
    "view gallery",
    "skip to content",
    "skip to main content",
];
/// Short blocks starting like this are module labels, teasers or credits
/// ("READ MORE: ...", "Photo: AP"), compared lower-case.
const CLUTTER_PREFIXES: &[&str] = &[
    "read more",
    "see more",
    "also on ",
    "also read",
    "related:",
    "recommended:",
    "don't miss",
    "don’t miss",
    "explore further",
    "like this story",
    "share this",
    "share on",
    "order reprints",
    "print article",
    "text size",
    "this copy is for your personal",
    "top local stories",
    "our latest stories",
    "more from",
    "sign up",
    "subscribe",
    "follow us",
    "filed under",
    "you may also like",
    "you might also like",
    "photo:",
    "image:",
    "credit:",
    "(image:",
    "advertisement",
    "story continues below",
    "continue reading",
    "watch:",
    "listen:",
];
/// Credit lines end with a picture agency (compared lower-case).
const PHOTO_AGENCIES: &[&str] = &[
    "getty images",
    "getty",
    "associated press",
    "ap photo",
    "afp",
    "reuters",
    "shutterstock",
    "epa",
    "bloomberg",
    "istock",
    "istockphoto",
    "alamy",
    "ap",
];

/// Sign-off notes are at most this long.
const MAX_NOTE_CHARS: u32 = 300;
/// Phrases of sign-off notes (lower-case): the first kind must start a
/// sentence, the second may stand anywhere in the block.
const FOLLOW_PHRASES: &[&str] = &[
    "follow him ",
    "follow her ",
    "follow them ",
    "follow me ",
    "follow us ",
];
const SIGN_OFF_PHRASES: &[&str] = &[
    "subscribe to our",
    "sign up for our",
    "sign up to our",
    "delivered to your inbox",
    "delivered through your",
    "our sister publication",
    "our sister title",
    // Affiliate disclosures.
    "affiliate commission",
    "affiliate partnerships",
    "may earn a commission",
    "may earn commission",
    "earn a small commission",
];
/// Phrases of offers and invitations that end a page after the story
/// (lower-case, anywhere in a short block after the last paragraph).
const TRAILING_NOTE_PHRASES: &[&str] = &[
    "click to subscribe",
    "subscribe to ",
    "subscribe now",
    "subscribe here",
    "sign up for ",
    "sign up to ",
    "join our ",
    "let us know at",
    "if you enjoyed this",
    "tell us what you think",
    "you have been successfully subscribed",
];
const SOCIAL_SITES: &[&str] = &["twitter", "facebook", "instagram", "youtube", "linkedin"];

/// Labels that open a list of tag or topic links.
const TAG_LABELS: &[&str] = &[
    "tags",
    "tag",
    "tagged",
    "tagged with",
    "topics",
    "related topics",
    "related tags",
    "keywords",
    "filed under",
    "categories",
    "category",
];
const MAX_TAG_LIST_CHARS: u32 = 1000;

/// Copies shorter than this are not compared (list items, table cells).
const REPEAT_MIN_WORDS: usize = 6;
const REPEAT_MIN_CHARS: u32 = 30;
/// Earlier blocks kept per opening for comparison.
const MAX_REPEAT_CANDIDATES: usize = 8;
/// "... more" / "less" links that expand or shorten a caption.
const REPEAT_TOGGLES: &[&str] = &["more", "less"];
/// Class/id words of captions and galleries.
const CAPTION_WORDS: &[&str] = &[
    "caption",
    "captions",
    "credit",
    "gallery",
    "slide",
    "slides",
    "slideshow",
    "carousel",
    "lightbox",
];

/// Blocks with at most this many visible characters are checked against the prefixes.
const MAX_LABEL_CHARS: u32 = 120;

/// Words of a date or time stamp line (lower-case).
const DATE_WORDS: &[&str] = &[
    "updated",
    "published",
    "posted",
    "modified",
    "last",
    "on",
    "at",
    "am",
    "pm",
    "a.m",
    "p.m",
    "et",
    "est",
    "edt",
    "ct",
    "cst",
    "cdt",
    "pt",
    "pst",
    "pdt",
    "gmt",
    "utc",
    "bst",
    "cet",
    "hst",
    "ist",
    "min",
    "read",
    "ago",
    "hours",
    "hour",
    "minutes",
    "days",
    "day",
    "yesterday",
    "today",
    "th",
    "st",
    "nd",
    "rd",
    "de",
    "of",
    // Date-line words of other languages (Portuguese, Spanish, French,
    // German, Italian).
    "às",
    "as",
    "del",
    "el",
    "le",
    "à",
    "um",
    "uhr",
    "feira",
    "publicado",
    "atualizado",
    "actualizado",
    "publié",
    "mis",
    "jour",
    "veröffentlicht",
    "aktualisiert",
    "pubblicato",
    "aggiornato",
    "alle",
];

/// Month and day names of Portuguese, Spanish, French, German and Italian
/// (lower-case), for date lines.
const FOREIGN_MONTH_AND_DAY_NAMES: &[&str] = &[
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    "segunda",
    "terça",
    "quarta",
    "quinta",
    "sexta",
    "sábado",
    "domingo",
    "enero",
    "febrero",
    "marzo",
    "mayo",
    "junio",
    "julio",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "januar",
    "februar",
    "märz",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
];

/// Headings that introduce a module rather than article text (prefix match).
const CLUTTER_HEADINGS: &[&str] = &[
    "related",
    "read more",
    "more from",
    "more on",
    "most read",
    "most popular",
    "popular in",
    "what's hot",
    "what’s hot",
    "trending",
    "recommended",
    "you may also like",
    "you might also",
    "sign up",
    "newsletter",
    "comments",
    "join the conversation",
    "more stories",
    "latest news",
    "top stories",
    "editor's picks",
    "editors' picks",
    "follow us",
    "share this",
];

/// What clutter detection decided for a page.
#[derive(Debug, Clone, Default)]
pub struct Decision {
    /// The article's container, if one was found with confidence.
    pub article: Option<usize>,
    /// Top-most elements to hide, in document order.
    pub hide: Vec<usize>,
    /// The article's headline element, when one was found.
    pub heading: Option<usize>,
}

pub fn decide(page: &Page) -> Decision {
    let Some(article) = find_article(page) else {
        return Decision::default();
    };
    let mut hide = Vec::new();
    let heading = main_heading(page, article);
    hide_outside(page, article, heading, &mut hide);
    let mut inside = Vec::new();
    hide_inside(page, article, page.text_len[article], &mut inside);
    let header = hide_beside_heading(page, article, heading, &mut hide);
    if let Some(block) = header {
        hide_inside(page, block, page.text_len[article], &mut inside);
        trim_header_block(page, block, heading, &mut inside);
    }
    hide.extend(inside);
    hide.sort_unstable();
    hide.dedup();
    trim_edges(page, article, heading, &mut hide);
    hide.sort_unstable();
    hide.dedup();
    hide_repeats(
        page,
        header.into_iter().chain([article]),
        heading,
        &mut hide,
    );
    hide.sort_unstable();
    hide.dedup();
    keep_heading(page, heading, &mut hide);
    spare_code(page, &mut hide);
    Decision {
        article: Some(article),
        hide,
        heading,
    }
}

/// Page furniture that never holds the article: an "article" found in a
/// footer, a menu or a dialog (a privacy-policy modal on a shop's
/// collection page) means the page's own content was not understood, and
/// hiding everything around it would hide what the reader came for.
/// Narrower than `CLUTTER_TAGS` and `CLUTTER_ROLES`: a form (ASP.NET wraps
/// whole pages in one), a banner or a search box can hold an article's
/// text.
const FURNITURE_TAGS: &[&str] = &["footer", "nav", "aside", "dialog", "menu"];
const FURNITURE_ROLES: &[&str] = &["contentinfo", "navigation", "dialog", "alertdialog", "menu"];
const FURNITURE_MAX_SHARE: f64 = 0.5;

/// Whether `i` is, or lies inside, page furniture. An element holding most
/// of the page's text is a wrapper, whatever its tag (an `<aside>` around
/// a whole blog).
pub(crate) fn in_furniture(page: &Page, i: usize) -> bool {
    let page_len = page.text_len[0] as f64;
    let mut cur = Some(i);
    while let Some(c) = cur {
        let wrapper = page.text_len[c] as f64 >= FURNITURE_MAX_SHARE * page_len;
        let furniture = FURNITURE_TAGS.contains(&page.tag(c))
            || page
                .attr(c, "role")
                .is_some_and(|r| FURNITURE_ROLES.contains(&r.trim()));
        if furniture && !wrapper {
            return true;
        }
        cur = page.parent(c);
    }
    false
}

/// Nothing inside a code block or an editable field is hidden: there a
/// class like "comment" names a code comment ("hljs-comment"), not a
/// comments section, and the reader came for the whole block.
fn spare_code(page: &Page, hide: &mut Vec<usize>) {
    hide.retain(|&h| !page.parent(h).is_some_and(|p| page.untouchable[p]));
}

/// The page keeps its headline whatever block it sits in (a kicker bar, a
/// byline header, a repeated title strip): a hidden block holding it is
/// replaced by its other parts, so only the headline comes back.
pub(crate) fn keep_heading(page: &Page, heading: Option<usize>, hide: &mut Vec<usize>) {
    let Some(h) = heading else {
        return;
    };
    // Kept whole: nothing inside the headline is hidden either.
    let before = hide.len();
    hide.retain(|&b| !page.contains(h, b) || b == h);
    let mut carved = hide.len() != before;
    while let Some(k) = hide.iter().position(|&b| page.contains(b, h)) {
        let mut cur = hide.swap_remove(k);
        while let Some(next) = page.child_towards(cur, h) {
            for &sib in &page.children[cur] {
                if sib != next && !page.is_text(sib) && !page.non_rendered[sib] {
                    hide.push(sib);
                }
            }
            cur = next;
        }
        carved = true;
    }
    if carved {
        hide.sort_unstable();
        hide.dedup();
    }
}

/// Short blocks before the first and after the last real paragraph are
/// article furniture (kicker, byline, date, "Filed under", share prompts),
/// unless they are the headline, media and captions, or short paragraphs
/// that sit beside the real ones (an intro line, "X contributed to this report").
fn trim_edges(page: &Page, article: usize, heading: Option<usize>, hide: &mut Vec<usize>) {
    let blocks = text_blocks(page, article, hide);
    // Sign-off notes ("Follow him on Twitter", "Subscribe to our
    // newsletter") are long enough to look like paragraphs.
    let mut notes: Vec<usize> = blocks
        .iter()
        .copied()
        .filter(|&b| {
            page.text_len[b] <= MAX_NOTE_CHARS && is_trailing_note(&page.text_of(b).to_lowercase())
        })
        .collect();
    notes.sort_unstable();
    let note = |b: usize| notes.binary_search(&b).is_ok();
    // A long table cell does not start or end the running text; the
    // table's cells stay with the table (below).
    let long = |b: usize| {
        page.text_len[b] >= GOOD_BLOCK_CHARS
            && page.link_density(b) < 0.3
            && !matches!(page.tag(b), "td" | "th")
    };
    // A note counts as a paragraph at the top ("Good morning! ... You can
    // also subscribe to this newsletter") but ends nothing at the bottom.
    let (Some(first), Some(last)) = (
        blocks.iter().position(|&b| long(b)),
        blocks.iter().rposition(|&b| long(b) && !note(b)),
    ) else {
        return;
    };
    let keep = |b: usize, anchor: usize, tail: bool| {
        (long(b) && !(tail && note(b)))
            || heading.is_some_and(|h| page.contains(b, h) || page.contains(h, b))
            || in_figure(page, b)
            || holds_media(page, b)
            || in_data_table(page, b, article)
            || ((beside_paragraphs(page, b, anchor) || same_wrapping(page, b, anchor))
                && page.link_density(b) < TEASER_LINK_DENSITY
                && !(tail && note(b))
                && !is_label(&page.text_of(b).to_lowercase()))
    };
    let mut trimmed: Vec<usize> = Vec::new();
    trimmed.extend(
        blocks[..first]
            .iter()
            .copied()
            .filter(|&b| !keep(b, blocks[first], false)),
    );
    trimmed.extend(
        blocks[last + 1..]
            .iter()
            .copied()
            .filter(|&b| !keep(b, blocks[last], true)),
    );
    hide.extend(trimmed);
}

/// The sign-off after a story: how to follow or reach its author or the
/// site, or an offer to subscribe ("Email Jane at ... or follow her
/// @jane", "Follow us on Facebook", "Get the newsletter delivered to your
/// inbox"), in a short block anywhere in the article.
pub(crate) fn is_sign_off(text: &str) -> bool {
    // An address to the reader starts a sentence ("... is out now. Follow
    // him on Twitter", "or follow him @x"); "asked fans to follow her on
    // Twitter" is the story's own sentence.
    SIGN_OFF_PHRASES.iter().any(|p| text.contains(p))
        || FOLLOW_PHRASES.iter().any(|p| {
            text.match_indices(p).any(|(k, _)| {
                let before = text[..k].trim_end();
                before.is_empty()
                    || before.ends_with(['.', '!', '?', ':', ')', '|'])
                    || before.ends_with(" or")
                    || before.ends_with(" and")
                    || before.ends_with(" please")
            })
        })
}

/// After the story's last paragraph, looser signs also count: "Follow
/// NBC News on Facebook", "Write to Al Root at al.root@example.com".
pub(crate) fn is_trailing_note(text: &str) -> bool {
    let social = SOCIAL_SITES.iter().any(|s| text.contains(s))
        || text.contains('@')
        || text.contains("http")
        || text.contains("coverage");
    is_sign_off(text)
        || TRAILING_NOTE_PHRASES.iter().any(|p| text.contains(p))
        || (text.starts_with("follow ") && social)
        || (text.starts_with("email ")
            || text.starts_with("write to ")
            || text.starts_with("reach "))
            && social
}

/// A second rendering of something already shown: a caption repeated in a
/// gallery's slide, overlay and thumbnail strip, its cut-short copy
/// ("... more"), the headline repeated as a gallery title. The first copy
/// stays. Repeated lines of the text itself (a recipe's "1 cup of rice",
/// an interview's recurring question) are not copies and stay.
fn hide_repeats(
    page: &Page,
    roots: impl Iterator<Item = usize>,
    heading: Option<usize>,
    hide: &mut Vec<usize>,
) {
    use std::collections::HashMap;
    // (block, words), keyed by their first REPEAT_MIN_WORDS words.
    let mut seen: HashMap<String, Vec<(usize, String)>> = HashMap::new();
    let mut found = Vec::new();
    // The first REPEAT_MIN_WORDS words (the text has one space between words).
    let key = |w: &str| {
        let end = w
            .match_indices(' ')
            .nth(REPEAT_MIN_WORDS - 1)
            .map_or(w.len(), |(k, _)| k);
        w[..end].to_string()
    };
    let words_in = |w: &str| w.split(' ').count();
    // `earlier` begins with all of `words`, ending at a word boundary.
    let opens_with = |earlier: &str, words: &str| {
        earlier.starts_with(words)
            && (earlier.len() == words.len() || earlier.as_bytes()[words.len()] == b' ')
    };
    // The headline's own small block (kicker, standfirst, byline): a copy
    // of any of it further down (the standfirst again above the text) is
    // a second rendering.
    let zone = heading.map(|h| {
        let mut z = h;
        while let Some(p) = page.parent(z) {
            if page.text_len[p] > HEADER_BLOCK_FACTOR * page.text_len[h] + HEADER_BLOCK_SLACK {
                break;
            }
            z = p;
        }
        z
    });
    if let Some(h) = heading {
        let (words, _) = repeat_words(&page.text_of(h));
        if words_in(&words) >= REPEAT_MIN_WORDS {
            seen.entry(key(&words)).or_default().push((h, words));
        }
    }
    for root in roots {
        for b in text_blocks(page, root, hide) {
            if heading.is_some_and(|h| page.contains(b, h) || page.contains(h, b))
                || page.text_len[b] < REPEAT_MIN_CHARS
            {
                continue;
            }
            let (words, cut) = repeat_words(&page.text_of(b));
            if words.is_empty() || words_in(&words) < REPEAT_MIN_WORDS {
                continue;
            }
            let earlier = seen.entry(key(&words)).or_default();
            let repeat = earlier.iter().any(|(e, ew)| {
                !page.contains(*e, b)
                    && !page.contains(b, *e)
                    && opens_with(ew, &words)
                    && (cut
                        || Some(*e) == heading
                        || in_caption_box(page, b)
                        || zone.is_some_and(|z| page.contains(z, *e)))
            });
            if repeat {
                found.push(b);
            } else if earlier.len() < MAX_REPEAT_CANDIDATES
                && !earlier.iter().any(|(_, w)| *w == words)
            {
                // Bounded, so that a page of many paragraphs that open
                // alike stays linear.
                earlier.push((b, words));
            }
        }
    }
    hide.extend(found);
}

/// Lower-case words of a block for comparing copies, without a trailing
/// "... more" toggle; and whether the text was cut short ("...", "more").
fn repeat_words(text: &str) -> (String, bool) {
    let mut words = String::with_capacity(text.len());
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !words.is_empty() {
            words.push(' ');
        }
        words.extend(w.chars().flat_map(char::to_lowercase));
    }
    let mut rest = text.trim_end();
    let last = words.rfind(' ').map_or(0, |k| k + 1);
    if REPEAT_TOGGLES.contains(&&words[last..]) {
        words.truncate(last.saturating_sub(1));
        // The toggle is the text's last word: four ASCII letters.
        let t = rest.trim_end_matches(|c: char| !c.is_alphanumeric());
        rest = t[..t.len() - 4].trim_end();
    }
    (words, rest.ends_with("...") || rest.ends_with('…'))
}

/// A caption or a gallery's slide: in a figure, or in a box named so a
/// few levels up.
fn in_caption_box(page: &Page, b: usize) -> bool {
    let mut cur = Some(b);
    for _ in 0..5 {
        let Some(c) = cur else { break };
        if page.in_figure[c] || page.has_token(c, CAPTION_WORDS) {
            return true;
        }
        cur = page.parent(c);
    }
    false
}

/// `b` is in a table that holds a small part of the article: a table of
/// data (standings, statistics), not a layout table around the text.
fn in_data_table(page: &Page, b: usize, article: usize) -> bool {
    let mut cur = Some(b);
    for _ in 0..6 {
        let Some(c) = cur else { break };
        if c == article {
            break;
        }
        if page.tag(c) == "table" {
            return (page.text_len[c] as f64) <= MAX_CLUTTER_SHARE * page.text_len[article] as f64;
        }
        cur = page.parent(c);
    }
    false
}

/// `b` is a paragraph, list, table, quote or subheading in the same
/// container as the real paragraph `anchor` (or an item of the same list):
/// part of the running text.
fn beside_paragraphs(page: &Page, b: usize, anchor: usize) -> bool {
    let Some(mut container) = page.parent(anchor) else {
        return false;
    };
    // A paragraph in a quote or a list item: the running text is around
    // the quote or the list.
    while matches!(page.tag(container), "blockquote" | "li" | "ul" | "ol") {
        match page.parent(container) {
            Some(p) => container = p,
            None => break,
        }
    }
    page.child_towards(container, b).is_some_and(|cur| {
        matches!(
            page.tag(cur),
            "p" | "li"
                | "ul"
                | "ol"
                | "dl"
                | "table"
                | "blockquote"
                | "pre"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
        )
    })
}

/// A paragraph wrapped the way the real ones are (each in its own card:
/// `div.card > div.card-content > p`), so a short last paragraph in the
/// next card is still running text. Ancestors are compared by tag and
/// class words up to where the two meet, at most `SAME_WRAPPING_DEPTH`
/// levels up.
fn same_wrapping(page: &Page, b: usize, anchor: usize) -> bool {
    if page.tag(b) != "p" || page.tag(anchor) != "p" {
        return false;
    }
    let (mut x, mut a) = (b, anchor);
    for _ in 0..SAME_WRAPPING_DEPTH {
        let (Some(px), Some(pa)) = (page.parent(x), page.parent(a)) else {
            return false;
        };
        if px == pa {
            return x != b;
        }
        if page.tag(px) != page.tag(pa) || page.tokens[px] != page.tokens[pa] {
            return false;
        }
        (x, a) = (px, pa);
    }
    false
}

const SAME_WRAPPING_DEPTH: usize = 4;

/// In the headline's own block, keep the headline, real paragraphs (a long
/// standfirst) and media; the kicker, byline and date lines go.
fn trim_header_block(page: &Page, block: usize, heading: Option<usize>, hide: &mut Vec<usize>) {
    let mut hidden = hide.clone();
    hidden.sort_unstable();
    for b in text_blocks(page, block, &hidden) {
        let keep = page.text_len[b] >= GOOD_BLOCK_CHARS
            || heading.is_some_and(|h| page.contains(b, h) || page.contains(h, b))
            || in_figure(page, b)
            || holds_media(page, b);
        if !keep {
            hide.push(b);
        }
    }
}

/// Elements that hold text directly, in document order, outside `hidden`.
fn text_blocks(page: &Page, root: usize, hidden: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(i) = stack.pop() {
        if page.is_text(i)
            || page.non_rendered[i]
            || page.text_len[i] == 0
            || hidden.binary_search(&i).is_ok()
        {
            continue;
        }
        let direct = page.children[i]
            .iter()
            .any(|&c| page.text_len[c] > 0 && (page.is_text(c) || !page.is_block(c)));
        if direct && page.is_block(i) && i != root {
            out.push(i);
        }
        stack.extend(
            page.children[i]
                .iter()
                .rev()
                .filter(|&&c| !page.is_text(c) && page.is_block(c)),
        );
    }
    out
}

fn in_figure(page: &Page, i: usize) -> bool {
    page.in_figure[i]
}

/// Readability-style scoring: paragraphs vote for their parent and
/// grandparent; the best container, discounted by link density, wins.
fn find_article(page: &Page) -> Option<usize> {
    let n = page.len();
    let mut score = vec![0.0f64; n];
    for i in 0..n {
        if page.is_text(i) || page.non_rendered[i] || !is_paragraph_like(page, i) {
            continue;
        }
        let len = page.text_len[i];
        if len < MIN_PARAGRAPH_CHARS || page.link_density(i) > 0.5 {
            continue;
        }
        let vote = 1.0 + page.commas[i] as f64 + (len as f64 / 100.0).min(3.0);
        // A div holding the text itself is a container candidate too.
        if page.tag(i) == "div" {
            score[i] += vote;
        }
        if let Some(p) = page.parent(i) {
            score[p] += vote;
            if let Some(g) = page.parent(p) {
                score[g] += vote / 2.0;
            }
        }
    }
    // (index, score used to choose, score used to judge confidence)
    let mut best: Option<(usize, f64, f64)> = None;
    for (i, &s) in score.iter().enumerate() {
        if s <= 0.0 {
            continue;
        }
        let adjusted = (s + class_weight(page, i)) * (1.0 - page.link_density(i));
        let ranked = if in_clutter_module(page, i) {
            adjusted * MODULE_PENALTY
        } else {
            adjusted
        };
        if best.is_none_or(|(_, b, _)| ranked > b) {
            best = Some((i, ranked, adjusted));
        }
    }
    let top = best
        .map(|(i, _, confidence)| (i, confidence))
        .filter(|&(t, sc)| {
            let prose = |i: usize| page.text_len[i].saturating_sub(page.link_len[i]) as f64;
            // A weak winner counts only if it holds most of the page's prose:
            // on a front page, one teaser among many must not hide the rest.
            let dominant = prose(t) >= WEAK_ARTICLE_SHARE * prose(0);
            sc >= MIN_ARTICLE_SCORE
                && page.text_len[t] >= MIN_ARTICLE_CHARS
                && (sc >= STRONG_ARTICLE_SCORE || dominant)
        })
        .map(|b| b.0);
    // Markup that names the article body is a stronger sign than scores,
    // and the only one on short articles.
    let top = match (body_hint(page), top) {
        (Some(h), None) => h,
        (Some(h), Some(t))
            if page.contains(h, t)
                || page.text_len[h] as f64 >= HINT_SHARE * page.text_len[t] as f64 =>
        {
            h
        }
        // Without markup to go by, a front page of teasers is not an article.
        (_, Some(t)) if readerable(page, t) => t,
        _ => return None,
    };
    // The body text usually sits inside an <article> that also holds the
    // headline and captions: prefer it when it is close.
    let mut cur = top;
    for _ in 0..MAX_CLIMB {
        let Some(p) = page.parent(cur) else { break };
        cur = p;
        if page.tag(cur) == "article" || page.attr(cur, "itemprop") == Some("articleBody") {
            return Some(cur);
        }
    }
    Some(top)
}

/// Readability's "probably readerable" test: enough long paragraphs, so
/// that a list of teasers with short summaries does not count.
pub(crate) fn readerable(page: &Page, root: usize) -> bool {
    let mut total = 0.0;
    let mut stack = vec![root];
    while let Some(i) = stack.pop() {
        if page.is_text(i) || page.non_rendered[i] {
            continue;
        }
        if is_paragraph_like(page, i) && page.link_density(i) < 0.5 {
            let len = page.text_len[i] as f64;
            if len > READERABLE_MIN_CHARS {
                total += (len - READERABLE_MIN_CHARS).sqrt();
            }
        }
        stack.extend(&page.children[i]);
    }
    total >= READERABLE_MIN_SCORE
}

/// The largest element whose markup says "article body"
/// (itemprop=articleBody, class "article-body", "entry-content", ...).
pub(crate) fn body_hint(page: &Page) -> Option<usize> {
    let mut best: Option<usize> = None;
    for i in 0..page.len() {
        if page.is_text(i)
            || page.non_rendered[i]
            || page.text_len[i] < MIN_HINT_CHARS
            || page.link_density(i) > 0.5
        {
            continue;
        }
        if names_body(page, i) && best.is_none_or(|b| page.text_len[i] > page.text_len[b]) {
            best = Some(i);
        }
    }
    best
}

/// The element's markup names it the article body.
pub(crate) fn names_body(page: &Page, i: usize) -> bool {
    page.attr(i, "itemprop")
        .is_some_and(|v| v.split_whitespace().any(|w| w == "articleBody"))
        || page.tokens[i]
            .windows(2)
            .any(|w| BODY_HINTS.contains(&(w[0].as_str(), w[1].as_str())))
        || page.tokens[i]
            .iter()
            .any(|t| BODY_HINT_WORDS.contains(&t.as_str()))
}

fn is_paragraph_like(page: &Page, i: usize) -> bool {
    match page.tag(i) {
        "p" | "pre" | "td" | "blockquote" => true,
        // A div that holds text directly acts as a paragraph.
        "div" => page.children[i]
            .iter()
            .any(|&c| page.is_text(c) && page.text_len[c] >= MIN_PARAGRAPH_CHARS),
        _ => false,
    }
}

fn class_weight(page: &Page, i: usize) -> f64 {
    let mut w = 0.0;
    if page.has_token(i, CONTENT_WORDS) {
        w += 25.0;
    }
    if page.has_token(i, CLUTTER_WORDS) {
        w -= 25.0;
    }
    w
}

/// The page's headline: the first h1 of three words or more in the article,
/// else anywhere on the page, else the first h1 at all.
pub(crate) fn main_heading(page: &Page, article: usize) -> Option<usize> {
    // One pass over the page: rendered h1s with text, in document order,
    // with whether they sit in the article and are long enough. A one- or
    // two-word h1 is usually a section label ("Games", "Opinion") above the
    // real headline.
    let h1s: Vec<(usize, bool, bool)> = (0..page.len())
        .filter(|&i| page.tag(i) == "h1" && !page.non_rendered[i] && page.text_len[i] > 0)
        .map(|i| {
            let words = page.text_of(i).split_whitespace().count();
            (i, page.contains(article, i), words >= HEADLINE_MIN_WORDS)
        })
        .collect();
    let first = |in_article: bool, long: bool| {
        h1s.iter()
            .find(|&&(_, a, l)| (a || !in_article) && (l || !long))
            .map(|&(i, _, _)| i)
    };
    first(true, true)
        .or_else(|| first(false, true))
        .or_else(|| first(true, false))
        .or_else(|| first(false, false))
}

const HEADLINE_MIN_WORDS: usize = 3;

/// Hides every subtree beside the article's ancestor chain, except one that
/// holds the headline.
fn hide_outside(page: &Page, article: usize, heading: Option<usize>, hide: &mut Vec<usize>) {
    let lead = lead_before(page, article);
    let mut cur = article;
    while let Some(p) = page.parent(cur) {
        for &sib in &page.children[p] {
            if sib == cur || page.is_text(sib) || page.non_rendered[sib] || page.text_len[sib] == 0
            {
                continue;
            }
            if heading.is_some_and(|h| page.contains(sib, h)) || Some(sib) == lead {
                continue;
            }
            hide.push(sib);
        }
        cur = p;
    }
}

/// The story's lead set just before the container of its other paragraphs
/// (`div.summary` then `div.text`): the element right before the article,
/// holding one plain sentence or more of prose, without links or media.
fn lead_before(page: &Page, article: usize) -> Option<usize> {
    let p = page.parent(article)?;
    let kids = &page.children[p];
    let at = kids.iter().position(|&k| k == article)?;
    let prev = kids[..at]
        .iter()
        .rev()
        .copied()
        .find(|&k| !page.is_text(k) && !page.non_rendered[k] && page.text_len[k] > 0)?;
    let text = page.text_of(prev);
    let words = text.split_whitespace().count();
    let sentence = text.trim_end().ends_with(['.', '!', '?', '"', '\u{201d}']);
    (words >= LEAD_MIN_WORDS
        && sentence
        && page.links[prev] == 0
        && !page.media[prev]
        && !in_caption_box(page, prev))
    .then_some(prev)
}

const LEAD_MIN_WORDS: usize = 15;

/// A headline outside the article: keep it with its own small header block
/// (standfirst, byline), hide what sits beside that block on the way up to
/// the article's ancestors. Returns the kept header block.
fn hide_beside_heading(
    page: &Page,
    article: usize,
    heading: Option<usize>,
    hide: &mut Vec<usize>,
) -> Option<usize> {
    let h = heading?;
    if page.contains(article, h) {
        return None;
    }
    let mut block = h;
    if let Some(p) = page.parent(h) {
        let small = page.text_len[p] <= HEADER_BLOCK_FACTOR * page.text_len[h] + HEADER_BLOCK_SLACK;
        if small && !page.contains(p, article) {
            block = p;
        }
    }
    let mut cur = block;
    while let Some(p) = page.parent(cur) {
        if page.contains(p, article) {
            break;
        }
        for &sib in &page.children[p] {
            if sib != cur && !page.is_text(sib) && !page.non_rendered[sib] && page.text_len[sib] > 0
            {
                hide.push(sib);
            }
        }
        cur = p;
    }
    Some(block)
}

/// Walks a kept subtree and hides the blocks inside it that are clutter.
fn hide_inside(page: &Page, root: usize, article_len: u32, hide: &mut Vec<usize>) {
    let mut stack: Vec<usize> = page.children[root].iter().rev().copied().collect();
    // Link lists that follow a module heading ("More:") as its siblings.
    let mut claimed: std::collections::HashSet<usize> = std::collections::HashSet::new();
    while let Some(i) = stack.pop() {
        if page.is_text(i) || page.non_rendered[i] || page.text_len[i] == 0 {
            continue;
        }
        if claimed.contains(&i) {
            hide.push(i);
            continue;
        }
        if is_module_heading(page, i) {
            let links: Vec<usize> = page
                .parent(i)
                .map(|p| page.text_children(p).collect())
                .unwrap_or_default();
            let after = links.iter().skip_while(|&&c| c != i).skip(1);
            let list: Vec<usize> = after
                .take_while(|&&c| !page.is_text(c) && page.link_density(c) >= 0.5)
                .copied()
                .collect();
            if !list.is_empty() {
                hide.push(i);
                claimed.extend(list);
                continue;
            }
        }
        if is_words_in_running_text(page, i) {
            // A hover card (a picture and links shown over a name when the
            // pointer rests on it) is not words of the sentence: hide its
            // innermost box, never the name it hangs from.
            if is_hover_card(page, i) {
                if page.children[i].iter().any(|&c| is_hover_card(page, c)) {
                    stack.extend(page.children[i].iter().rev());
                } else {
                    hide.push(i);
                }
            }
            continue; // never cut words out of a sentence
        }
        if is_clutter(page, i, article_len) {
            hide.push(i);
            continue;
        }
        if is_gallery(page, i, article_len) {
            hide_gallery(page, i, hide);
            continue;
        }
        stack.extend(page.children[i].iter().rev());
    }
}

/// An inline box in a sentence that holds a picture and two or more links.
fn is_hover_card(page: &Page, i: usize) -> bool {
    matches!(page.tag(i), "span" | "div")
        && page.media[i]
        && page.links[i] >= 2
        && !page.in_figure[i]
        && page.text_len[i] > 0
}

/// A short heading that names a module of links ("More:", "Related
/// stories", "Read more").
pub(crate) fn is_module_heading(page: &Page, i: usize) -> bool {
    if !matches!(
        page.tag(i),
        "h2" | "h3" | "h4" | "h5" | "h6" | "p" | "strong"
    ) || page.text_len[i] > MAX_MODULE_HEADING_CHARS
        || page.links[i] > 0
    {
        return false;
    }
    let text = page.text_of(i).to_lowercase();
    let text = text.trim().trim_end_matches([':', '.', '»', '>']).trim();
    MODULE_HEADINGS.contains(&text) || CLUTTER_HEADINGS.iter().any(|h| text.starts_with(h))
}

/// A slideshow widget (class "gallery", "slideshow", "carousel"), not a
/// single figure, and not the article itself.
fn is_gallery(page: &Page, i: usize, article_len: u32) -> bool {
    page.tag(i) != "figure"
        && !page.in_figure[i]
        && page.has_token(i, GALLERY_WORDS)
        && page.text_len[i] as f64 <= MAX_CLUTTER_SHARE * article_len as f64
}

/// A gallery keeps its first slide (the picture and its caption), as a
/// figure would show; the other slides' captions, the counters, controls
/// and titles go.
fn hide_gallery(page: &Page, gallery: usize, hide: &mut Vec<usize>) {
    let media_in = |root: usize| {
        let mut n = 0;
        let mut stack = vec![root];
        while let Some(c) = stack.pop() {
            if page.media[c] {
                n += MEDIA_TAGS.contains(&page.tag(c)) as usize;
                stack.extend(&page.children[c]);
            }
        }
        n
    };
    // The first picture, in document order.
    let mut first = None;
    let mut stack = vec![gallery];
    while let Some(c) = stack.pop() {
        if !page.media[c] || page.non_rendered[c] {
            continue;
        }
        if MEDIA_TAGS.contains(&page.tag(c)) {
            first = Some(c);
            break;
        }
        stack.extend(page.children[c].iter().rev());
    }
    // Its slide: the largest block around it that holds no other picture.
    let slide = first.map(|m| {
        let mut cur = m;
        while let Some(p) = page.parent(cur) {
            if p == gallery || media_in(p) > 1 {
                break;
            }
            cur = p;
        }
        cur
    });
    let mut stack = vec![gallery];
    while let Some(c) = stack.pop() {
        if page.is_text(c) || page.non_rendered[c] || page.text_len[c] == 0 || Some(c) == slide {
            continue;
        }
        if c == gallery || slide.is_some_and(|s| page.contains(c, s)) {
            stack.extend(page.children[c].iter().rev());
        } else {
            hide.push(c);
        }
    }
}

/// An inline element (a link, an emphasis) inside a paragraph that has
/// other text around it: hiding it would cut words out of a sentence.
fn is_words_in_running_text(page: &Page, i: usize) -> bool {
    if page.is_block(i) || matches!(page.tag(i), "button" | "iframe" | "img" | "video") {
        return false;
    }
    // Only the nearest block around it says whether it sits in a sentence.
    let Some(c) = page.block_above[i] else {
        return false;
    };
    let c = c as usize;
    let prose = matches!(
        page.tag(c),
        "p" | "li"
            | "td"
            | "dd"
            | "blockquote"
            | "figcaption"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
    );
    prose && page.text_len[c] > page.text_len[i]
}

pub(crate) fn is_clutter(page: &Page, i: usize, article_len: u32) -> bool {
    let share = page.text_len[i] as f64 / article_len.max(1) as f64;
    if share > MAX_CLUTTER_SHARE {
        return false;
    }
    let tag = page.tag(i);
    if CLUTTER_TAGS.contains(&tag) && !is_content_box(page, i) {
        return true;
    }
    if page
        .attr(i, "role")
        .is_some_and(|r| CLUTTER_ROLES.contains(&r.trim()))
    {
        return true;
    }
    if has_clutter_word(page, i) && !is_content_box(page, i) {
        return true;
    }
    if page.has_token(i, META_WORDS)
        && !page.has_token(i, PICTURE_WORDS)
        && !in_caption_box(page, i)
    {
        return true;
    }
    // A table row or list item of players (a sports table) is not a
    // video player.
    if page.has_token(i, PLAYER_WORDS)
        && !matches!(
            tag,
            "tr" | "td" | "th" | "li" | "table" | "tbody" | "ul" | "ol"
        )
        && !holds_media(page, i)
        && page.text_len[i] < 80
    {
        return true;
    }
    if page.text_len[i] <= MAX_LABEL_CHARS {
        let text = page.text_of(i).to_lowercase();
        if is_label(&text) || is_dateline(&text) {
            return true;
        }
    }
    if page.text_len[i] <= MAX_NOTE_CHARS
        && matches!(tag, "p" | "div")
        && is_sign_off(&page.text_of(i).to_lowercase())
    {
        return true;
    }
    if introduced_by_clutter_heading(page, i) {
        return true;
    }
    is_link_list(page, i)
        || is_tag_list(page, i)
        || is_teaser_paragraph(page, i)
        || is_labelled_links(page, i)
}

/// "DON'T MISS: ... ... ...", "Read more: ..." followed by several links:
/// a label and then teasers, however long.
fn is_labelled_links(page: &Page, i: usize) -> bool {
    if page.text_len[i] > MAX_TAG_LIST_CHARS || page.links[i] < 2 || page.link_density(i) < 0.5 {
        return false;
    }
    let text = page.text_of(i).to_lowercase();
    CLUTTER_PREFIXES.iter().any(|p| text.starts_with(p))
}

/// A paragraph that is nothing but a link to another story ("TAYLOR SWIFT
/// CLEARED TO PERFORM AT AMAS"): a teaser set between the paragraphs.
/// A link whose text is its address ("http://example.com/report") is a
/// source the story cites, and stays.
pub(crate) fn is_teaser_paragraph(page: &Page, i: usize) -> bool {
    if page.tag(i) != "p"
        || page.links[i] == 0
        || page.link_density(i) < TEASER_PARAGRAPH_LINK_DENSITY
        || holds_media(page, i)
        || page.text_len[i] > MAX_LABEL_CHARS
    {
        return false;
    }
    let text = page.text_of(i);
    text.split_whitespace().count() >= 4 && !text.contains("http") && !text.contains("www.")
}

/// "Tags: election, budget, council": a label and then links.
pub(crate) fn is_tag_list(page: &Page, i: usize) -> bool {
    if page.text_len[i] > MAX_TAG_LIST_CHARS || page.links[i] == 0 || page.link_density(i) < 0.5 {
        return false;
    }
    let text = page.text_of(i).to_lowercase();
    TAG_LABELS.iter().any(|l| {
        text.strip_prefix(l)
            .is_some_and(|rest| rest.starts_with([':', ' ']) || rest.is_empty())
    })
}

/// Whole-block labels ("Advertisement"), teasers and credits ("Read more:
/// ...", "Photo: AP") and bare URLs.
pub(crate) fn is_label(text: &str) -> bool {
    let text = text.trim();
    CLUTTER_LABELS.contains(&text)
        || CLUTTER_PREFIXES.iter().any(|p| text.starts_with(p))
        || is_photo_credit(text)
        || is_slide_counter(text)
}

/// A gallery's position: "Image 1 of 9", "3 of 12", "1 / 9", "1of4".
fn is_slide_counter(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '/')
        .flat_map(|w| {
            // "1of4" -> "1", "of", "4"
            match w.find("of") {
                Some(k) if k > 0 && w[..k].chars().all(|c| c.is_ascii_digit()) => {
                    vec![&w[..k], "of", &w[k + 2..]]
                }
                _ => vec![w],
            }
        })
        .filter(|w| !w.is_empty() && *w != "of")
        .collect();
    let words = match words.first() {
        Some(&("image" | "photo" | "picture" | "slide")) => &words[1..],
        _ => &words[..],
    };
    words.len() == 2 && words.iter().all(|w| w.chars().all(|c| c.is_ascii_digit()))
}

/// "Natalie Naccache | Bloomberg | Getty Images", "(Image credit: NASA)":
/// a picture's credit line, not its caption.
pub(crate) fn is_photo_credit(text: &str) -> bool {
    // A sentence that ends with "... told Reuters." is text, not a credit.
    if text.ends_with('.') || text.split_whitespace().count() > 10 {
        return text.contains("credit:") && text.len() <= 120;
    }
    let text = text.trim_end_matches([')', ' ']);
    text.contains("credit:")
        || PHOTO_AGENCIES.iter().any(|a| {
            text.ends_with(a)
                && text.len() <= 90
                && (text.len() == a.len()
                    || text[..text.len() - a.len()].ends_with([' ', '/', '|', ',', '(']))
        })
}

/// "Updated 5:27 am CST, Wednesday, November 20, 2019": a line made of
/// date and time words only (the reader keeps the article, not its stamps).
pub(crate) fn is_dateline(text: &str) -> bool {
    // A date line has a number; most blocks are rejected here, before the
    // month and day names are looked up word by word.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '.')
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return false;
    }
    let datey = |w: &str| {
        let w = w.trim_end_matches('.');
        w.chars().all(|c| c.is_ascii_digit())
            || DATE_WORDS.contains(&w)
            || w.len() >= 3 && is_month_or_day(w)
    };
    let has_number = words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()));
    // Numbers alone (a table cell, a score) are not a date.
    let named = words.iter().any(|w| {
        let w = w.trim_end_matches('.');
        w.len() >= 3 && is_month_or_day(w) || matches!(w, "am" | "pm" | "a.m" | "p.m")
    }) || text.contains(':') && has_number;
    let dated = words.iter().filter(|w| datey(w)).count();
    has_number && named && dated * 10 >= words.len() * 8
}

/// A month or day name, or its abbreviation, in English or in another
/// of the languages the extension meets most.
fn is_month_or_day(w: &str) -> bool {
    MONTH_AND_DAY_NAMES
        .iter()
        .chain(FOREIGN_MONTH_AND_DAY_NAMES)
        .any(|m| m.starts_with(w))
}

/// Pull quotes live in <aside> too; they are part of the story.
pub(crate) fn is_content_box(page: &Page, i: usize) -> bool {
    page.has_token(i, CONTENT_BOX_WORDS)
}

fn holds_media(page: &Page, i: usize) -> bool {
    page.media[i]
}

/// A section whose title (its first text, a few levels down at most)
/// reads like "Related" or "Most read", or is marked up as such.
pub(crate) fn introduced_by_clutter_heading(page: &Page, i: usize) -> bool {
    if !matches!(
        page.tag(i),
        "section" | "div" | "aside" | "ul" | "ol" | "article"
    ) {
        return false;
    }
    let mut cur = i;
    for _ in 0..3 {
        let Some(first) = page.text_children(cur).next() else {
            return false;
        };
        if page.is_text(first) {
            return false;
        }
        let titled = matches!(
            page.tag(first),
            "h2" | "h3" | "h4" | "h5" | "h6" | "strong" | "header"
        ) || page.has_token(first, &["title", "heading", "header", "headline"]);
        if titled {
            if page.text_len[first] > MAX_LABEL_CHARS {
                return false;
            }
            let heading = page.text_of(first).to_lowercase();
            return CLUTTER_HEADINGS.iter().any(|h| heading.starts_with(h))
                || has_clutter_word(page, first);
        }
        cur = first;
    }
    false
}

/// Class/id words, or unambiguous clutter words inside longer class names
/// ("relatedpoststitle", "sidebarWidget").
pub(crate) fn has_clutter_word(page: &Page, i: usize) -> bool {
    page.has_token(i, CLUTTER_WORDS)
        || page.tokens[i]
            .iter()
            .any(|t| t.len() > 6 && CLUTTER_SUBSTRINGS.iter().any(|w| t.contains(w)))
}

/// A candidate container that sits in a clutter module (a "related posts"
/// box, a sidebar) a few levels up.
pub(crate) fn in_clutter_module(page: &Page, i: usize) -> bool {
    let mut cur = Some(i);
    for _ in 0..4 {
        let Some(c) = cur else { break };
        if introduced_by_clutter_heading(page, c)
            || has_clutter_word(page, c)
            || matches!(page.tag(c), "aside" | "nav" | "footer")
        {
            return true;
        }
        cur = page.parent(c);
    }
    false
}

/// Lists and boxes that are mostly links: menus, tag lists, "more stories".
pub(crate) fn is_link_list(page: &Page, i: usize) -> bool {
    if !matches!(page.tag(i), "ul" | "ol" | "div" | "section" | "table") {
        return false;
    }
    page.links[i] >= 2 && page.link_density(i) > LINK_LIST_DENSITY
}
