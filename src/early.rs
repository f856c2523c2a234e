//! Which hidden blocks can be hidden *before* the next page of the same site
//! is analysed, so its clutter never shows (the extension applies them as a
//! stylesheet at document_start, then the engine's own plan takes over).
//!
//! A block's key is its `Page::path`. Keys name no position, so one key can
//! match several elements. A key is safe only when no element the engine
//! kept on this page has the same key: hiding it early on the next page then
//! hides the same kind of block, never a paragraph of the article.

use crate::page::Page;
use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};

/// A site's template rarely needs more; a page with many more is unusual
/// enough not to be trusted before analysis.
const MAX_KEYS: usize = 200;

/// The keys of `hide` that are safe to apply early, without duplicates.
pub fn safe_keys(page: &Page, hide: &[usize]) -> Vec<String> {
    let n = page.len();
    if hide.is_empty() || n == 0 {
        return Vec::new();
    }
    // Path hashes and "inside a hidden block", parents first (snapshot order).
    let mut hashes = vec![0u64; n];
    let mut hidden = vec![false; n];
    for &h in hide {
        if h < n {
            hidden[h] = true;
        }
    }
    let mut kept: HashSet<u64> = HashSet::new();
    for i in 0..n {
        if page.is_text(i) {
            continue;
        }
        let parent = page.parent(i);
        let mut hasher = DefaultHasher::new();
        parent.map_or(0, |p| hashes[p]).hash(&mut hasher);
        page.path_part(i).hash(&mut hasher);
        hashes[i] = hasher.finish();
        if parent.is_some_and(|p| hidden[p]) {
            hidden[i] = true;
        }
        if !hidden[i] {
            kept.insert(hashes[i]);
        }
    }
    let mut seen: HashSet<u64> = HashSet::new();
    let mut out = Vec::new();
    for &h in hide {
        if h >= n || kept.contains(&hashes[h]) || !seen.insert(hashes[h]) {
            continue;
        }
        if out.len() == MAX_KEYS {
            return Vec::new();
        }
        out.push(page.path(h));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::safe_keys;
    use crate::page::Page;

    fn keys(html: &str) -> (Vec<String>, Vec<String>) {
        let snap = crate::html::snapshot(html);
        let page = Page::new(&snap);
        let hide = crate::clutter::decide(&page).hide;
        let all = hide.iter().map(|&h| page.path(h)).collect();
        (safe_keys(&page, &hide), all)
    }

    const STORY: &str = "<p>At least 352 civilians have died since the invasion began, the United Nations said on Monday in Geneva.</p>\
        <p>More than 500,000 refugees have crossed into Poland, Hungary and Romania, officials said, and more are expected.</p>\
        <p>The talks will continue next week in Belarus, both delegations said after a meeting that lasted five hours.</p>";

    #[test]
    fn a_hidden_block_with_its_own_key_is_safe() {
        let html = format!(
            "<html><body><nav class=\"menu\"><a href=/>Home</a> <a href=/w>World</a></nav>\
             <main><article><h1>Talks</h1>{STORY}</article></main>\
             <footer class=\"site-footer\">© News. All rights reserved. Terms. Privacy.</footer></body></html>"
        );
        let (safe, all) = keys(&html);
        assert!(!all.is_empty());
        assert!(
            safe.iter().any(|k| k.ends_with("nav.menu")),
            "{safe:?} of {all:?}"
        );
    }

    #[test]
    fn a_key_shared_with_a_kept_block_is_not_safe() {
        // The promo and the article's paragraphs are all "body > div > div > p".
        let html = format!(
            "<html><body><div><div>{STORY}<p>Subscribe to our newsletter for more stories like this one.</p></div></div></body></html>"
        );
        let (safe, all) = keys(&html);
        assert!(
            all.iter().any(|k| k.ends_with("> p")),
            "the promo is hidden: {all:?}"
        );
        for k in &safe {
            assert!(
                !k.ends_with("> p"),
                "{k} is shared with the article's paragraphs ({all:?})"
            );
        }
    }
}
