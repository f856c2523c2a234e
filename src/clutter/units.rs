//! Text units: each block element that holds text of its own (text nodes
//! whose nearest block ancestor it is), with that text. Every visible
//! character of a page belongs to exactly one unit, so deciding units
//! decides the whole page's text.

use crate::page::Page;

#[derive(Debug, Clone)]
pub struct Unit {
    /// The block element that owns the text.
    pub el: usize,
    /// Its own text, whitespace collapsed.
    pub text: String,
    /// Visible non-whitespace characters of its own text, and of those,
    /// characters inside links.
    pub chars: u32,
    pub link_chars: u32,
}

impl Unit {
    pub fn link_density(&self) -> f64 {
        self.link_chars as f64 / self.chars.max(1) as f64
    }
}

/// The page's units in document order (by their first text).
pub fn units(page: &Page) -> Vec<Unit> {
    let mut index: Vec<u32> = vec![u32::MAX; page.len()];
    let mut out: Vec<Unit> = Vec::new();
    for i in 0..page.len() {
        if !page.is_text(i) || page.non_rendered[i] || page.text_len[i] == 0 {
            continue;
        }
        let el = page.block_above[i].map_or(0, |b| b as usize);
        if index[el] == u32::MAX {
            index[el] = out.len() as u32;
            out.push(Unit {
                el,
                text: String::new(),
                chars: 0,
                link_chars: 0,
            });
        }
        let u = &mut out[index[el] as usize];
        for w in page.snap.nodes[i]
            .text
            .as_deref()
            .unwrap_or("")
            .split_whitespace()
        {
            if !u.text.is_empty() {
                u.text.push(' ');
            }
            u.text.push_str(w);
        }
        u.chars += page.text_len[i];
        u.link_chars += page.link_len[i];
    }
    out
}

/// A unit that reads as running text: long enough, few links, and
/// punctuated like sentences.
pub fn is_prose(u: &Unit) -> bool {
    u.chars >= 80
        && u.link_density() < 0.3
        && (u.text.contains(", ")
            || u.text
                .trim_end()
                .ends_with(['.', '!', '?', '"', '\u{201d}', ':']))
}

#[cfg(all(test, feature = "html"))]
mod tests {
    use super::*;

    #[test]
    fn every_text_belongs_to_its_nearest_block() {
        let snap = crate::html::snapshot(
            "<body><div>Lead <b>in</b><p>First <a href=x>link</a> para.</p>tail</div><script>x()</script></body>",
        );
        let page = Page::new(&snap);
        let u = units(&page);
        let texts: Vec<&str> = u.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(texts, ["Lead in tail", "First link para."]);
        assert_eq!(u[1].link_chars, 4);
    }
}
