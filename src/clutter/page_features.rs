//! What the page gate sees of a whole page: what the page says it is
//! (`structured`), the shape of its text (runs of prose, against repeated
//! cards, prices, form controls, code) and what the rules found. Plain
//! numbers, linear time.

use super::rules::Decision;
use super::structured::{declared, KINDS};
use super::units::{is_prose, Unit};
use crate::page::Page;

pub const NAMES: &[&str] = &[
    "og_article",
    "og_website",
    "og_product",
    "og_other",
    "og_none",
    "ld_article",
    "ld_tech_article",
    "ld_product",
    "ld_discussion",
    "ld_listing",
    "ld_business",
    "ld_software",
    "ld_howto",
    "ld_faq",
    "ld_event",
    "ld_other",
    "ld_dated_article",
    "ld_none",
    "ln_chars",
    "ln_units",
    "ln_prose_units",
    "prose_share",
    "longest_prose_run",
    "core_prose_share",
    "core_text_share",
    "ln_h1",
    "ln_h2",
    "ln_h3",
    "ln_code_blocks",
    "code_share",
    "ln_controls",
    "ln_prices",
    "link_density",
    "ln_cards",
    "cards_text_share",
    "ln_time_elements",
    "ln_datelines",
    "ln_bylines",
    "ln_commerce_phrases",
    "ln_forum_phrases",
    "furniture_share",
    "rule_article_found",
    "rule_article_text_share",
    "rule_article_prose_share",
    "ln_articles",
    "ln_distinct_card_kinds",
    "meta_published",
    "meta_author",
    "ln_itemprop_dates",
    "ln_itemprop_authors",
    "ln_dated_cards",
    "ln_dated_card_groups",
    "url_known",
    "url_depth",
    "url_slug_words",
    "url_dated",
    "url_long_number",
];

pub const COUNT: usize = 52 + super::url_shape::COUNT;

/// Short texts that sell (compared lower-case, anywhere in a unit).
const COMMERCE: &[&str] = &[
    "add to cart",
    "add to bag",
    "add to basket",
    "buy now",
    "in stock",
    "out of stock",
    "free shipping",
    "checkout",
    "add to wishlist",
    "quantity",
];
/// Short texts of discussion threads.
const FORUM: &[&str] = &[
    "reply",
    "replies",
    "joined",
    "posts:",
    "quote",
    "report post",
    "members",
    "thread",
    "upvote",
];

/// The gate's features.
pub fn row(page: &Page, units: &[Unit], rules: &Decision, out: &mut Vec<f32>) {
    let start = out.len();
    let ln = |v: f64| (1.0 + v).ln() as f32;
    let b = |v: bool| v as u8 as f32;
    let d = declared(page.snap);
    let og = d.og_type.as_deref().unwrap_or("");
    out.extend([
        b(og.contains("article")),
        b(og == "website"),
        b(og.contains("product")),
        b(!og.is_empty() && !og.contains("article") && og != "website" && !og.contains("product")),
        b(og.is_empty()),
    ]);
    out.extend(KINDS.iter().map(|&k| b(d.has(k))));
    out.extend([b(d.dated_article), b(d.kinds.is_empty())]);

    let chars = page.text_len[0].max(1) as f64;
    let prose: Vec<bool> = units.iter().map(is_prose).collect();
    let prose_chars: f64 = units
        .iter()
        .zip(&prose)
        .filter(|x| *x.1)
        .map(|x| x.0.chars as f64)
        .sum();
    let longest_run = runs(&prose).into_iter().max().unwrap_or(0);
    // The lowest element holding half the prose, and its share.
    let mut prose_in = vec![0.0f64; page.len()];
    for (u, &is) in units.iter().zip(&prose) {
        if is {
            prose_in[u.el] += u.chars as f64;
        }
    }
    for i in (1..page.len()).rev() {
        if let Some(par) = page.parent(i) {
            prose_in[par] += prose_in[i];
        }
    }
    let mut core = 0usize;
    while let Some(c) = page.children[core]
        .iter()
        .copied()
        .filter(|&c| !page.is_text(c))
        .max_by(|&a, &b| prose_in[a].total_cmp(&prose_in[b]))
    {
        if prose_chars > 0.0 && prose_in[c] >= 0.5 * prose_chars {
            core = c;
        } else {
            break;
        }
    }
    out.extend([
        ln(chars),
        ln(units.len() as f64),
        ln(prose.iter().filter(|&&x| x).count() as f64),
        (prose_chars / chars) as f32,
        ln(longest_run as f64),
        (prose_in[core] / prose_chars.max(1.0)) as f32,
        (page.text_len[core] as f64 / chars) as f32,
    ]);
    let rendered = |i: usize| !page.is_text(i) && !page.non_rendered[i];
    let count_tag = |t: &[&str]| {
        (0..page.len())
            .filter(|&i| rendered(i) && t.contains(&page.tag(i)))
            .count()
    };
    let code: Vec<usize> = (0..page.len())
        .filter(|&i| rendered(i) && page.tag(i) == "pre" && page.text_len[i] > 0)
        .collect();
    let code_chars: f64 = code.iter().map(|&i| page.text_len[i] as f64).sum();
    out.extend([
        ln(count_tag(&["h1"]) as f64),
        ln(count_tag(&["h2"]) as f64),
        ln(count_tag(&["h3"]) as f64),
        ln(code.len() as f64),
        (code_chars / chars) as f32,
        ln(count_tag(&["input", "select", "button", "textarea"]) as f64),
        ln(units.iter().map(|u| prices(&u.text)).sum::<usize>() as f64),
        page.link_density(0) as f32,
    ]);
    let groups = card_groups(page, units);
    let cards: usize = groups.iter().map(|g| g.cards).sum();
    let card_chars: f64 = groups.iter().map(|g| g.chars).sum();
    let kinds = groups.len();
    let lower: Vec<String> = units
        .iter()
        .filter(|u| u.chars <= 60)
        .map(|u| u.text.to_lowercase())
        .collect();
    let phrases = |list: &[&str]| {
        lower
            .iter()
            .filter(|t| list.iter().any(|p| t.contains(p)))
            .count()
    };
    let datelines = lower
        .iter()
        .filter(|t| super::rules::is_dateline(t))
        .count();
    let bylines = units
        .iter()
        .filter(|u| u.chars <= 80)
        .filter(|u| {
            let t = u.text.trim_start();
            (t.starts_with("By ") || t.starts_with("by "))
                && t[3..].chars().next().is_some_and(char::is_uppercase)
        })
        .count();
    let furniture: f64 = (0..page.len())
        .filter(|&i| {
            rendered(i)
                && matches!(page.tag(i), "nav" | "header" | "footer" | "aside")
                && page.parent(i).is_none_or(|par| {
                    !matches!(page.tag(par), "nav" | "header" | "footer" | "aside")
                })
        })
        .map(|i| page.text_len[i] as f64)
        .sum();
    out.extend([
        ln(cards as f64),
        (card_chars / chars) as f32,
        ln(count_tag(&["time"]) as f64),
        ln(datelines as f64),
        ln(bylines as f64),
        ln(phrases(COMMERCE) as f64),
        ln(phrases(FORUM) as f64),
        (furniture / chars).min(1.0) as f32,
    ]);
    let rule_prose = rules
        .article
        .map_or(0.0, |a| prose_in[a] / prose_chars.max(1.0));
    out.extend([
        b(rules.article.is_some()),
        rules
            .article
            .map_or(0.0, |a| page.text_len[a] as f64 / chars) as f32,
        rule_prose as f32,
    ]);
    let itemprop = |names: &[&str]| {
        (0..page.len())
            .filter(|&i| {
                rendered(i)
                    && page
                        .attr(i, "itemprop")
                        .is_some_and(|v| v.split_whitespace().any(|w| names.contains(&w)))
            })
            .count()
    };
    let dated: Vec<&Group> = groups.iter().filter(|g| g.dated * 2 >= g.cards).collect();
    out.extend([
        ln(count_tag(&["article"]) as f64),
        ln(kinds as f64),
        b(d.published),
        b(d.author),
        ln(itemprop(&["datePublished", "dateCreated", "uploadDate"]) as f64),
        ln(itemprop(&["author", "creator"]) as f64),
        ln(dated.iter().map(|g| g.cards).sum::<usize>() as f64),
        ln(dated.len() as f64),
    ]);
    super::url_shape::row(d.url.as_deref(), out);
    debug_assert_eq!(out.len() - start, COUNT);
}

/// Lengths of the runs of consecutive true values.
fn runs(v: &[bool]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut cur = 0;
    for &x in v {
        if x {
            cur += 1;
        } else if cur > 0 {
            out.push(cur);
            cur = 0;
        }
    }
    if cur > 0 {
        out.push(cur);
    }
    out
}

/// Prices in a text: a currency sign next to a digit ("$19.99", "€ 5", "10 €").
fn prices(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let money = |c: char| matches!(c, '$' | '€' | '£' | '¥' | '₹');
    (0..chars.len())
        .filter(|&i| {
            money(chars[i])
                && (chars.get(i + 1).is_some_and(|c| c.is_ascii_digit())
                    || chars.get(i + 2).is_some_and(|c| c.is_ascii_digit()) && chars[i + 1] == ' '
                    || i >= 1 && chars[i - 1].is_ascii_digit()
                    || i >= 2 && chars[i - 1] == ' ' && chars[i - 2].is_ascii_digit())
        })
        .count()
}

/// A group of repeated cards: at least 4 siblings with the same tag and
/// class words, each holding two units or more (posts, tiles, teasers).
struct Group {
    cards: usize,
    chars: f64,
    /// Cards holding a `<time>` element (a post's date).
    dated: usize,
}

fn card_groups(page: &Page, units: &[Unit]) -> Vec<Group> {
    let n = page.len();
    let mut held = vec![0u32; n];
    let mut timed = vec![false; n];
    for u in units {
        held[u.el] += 1;
    }
    for i in (1..n).rev() {
        timed[i] |= page.tag(i) == "time";
        if let Some(par) = page.parent(i) {
            held[par] += held[i];
            timed[par] |= timed[i];
        }
    }
    let kind = |c: usize| (page.tag(c), &page.tokens[c]);
    let mut out = Vec::new();
    for par in 0..n {
        let kids: Vec<usize> = page.children[par]
            .iter()
            .copied()
            .filter(|&c| !page.is_text(c) && !page.non_rendered[c] && held[c] >= 2)
            .collect();
        if kids.len() < 4 {
            continue;
        }
        let mut seen: Vec<usize> = Vec::new();
        for &c in &kids {
            if seen.iter().any(|&s| kind(s) == kind(c)) {
                continue;
            }
            seen.push(c);
            let same: Vec<usize> = kids
                .iter()
                .copied()
                .filter(|&o| kind(o) == kind(c))
                .collect();
            if same.len() >= 4 {
                out.push(Group {
                    cards: same.len(),
                    chars: same.iter().map(|&o| page.text_len[o] as f64).sum(),
                    dated: same.iter().filter(|&&o| timed[o]).count(),
                });
            }
            if seen.len() > 8 {
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_name_per_feature() {
        assert_eq!(super::NAMES.len(), super::COUNT);
    }

    #[test]
    fn prices_need_a_currency_beside_a_number() {
        assert_eq!(super::prices("Now $19.99, was 25 € and £ 5; dollars 5"), 3);
    }
}
