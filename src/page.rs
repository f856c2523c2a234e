//! The page model: the snapshot as a tree with the per-element facts that
//! clutter detection and text building need, computed once in linear time.

use crate::snapshot::{Snapshot, FLAG_EDITABLE, FLAG_HIDDEN};

/// Elements whose contents a reader never sees as text.
const NON_RENDERED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "title", "iframe", "svg", "canvas",
    "object", "select", "option", "textarea", "input",
];

/// Elements that start a new line of text.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "caption",
    "br",
];

/// Elements whose text must never be marked up (code, form fields).
const UNTOUCHABLE: &[&str] = &["pre", "code", "kbd", "samp", "textarea", "input", "select"];

pub struct Page<'a> {
    pub snap: &'a Snapshot,
    pub children: Vec<Vec<usize>>,
    pub depth: Vec<u32>,
    /// Visible non-whitespace characters in the subtree.
    pub text_len: Vec<u32>,
    /// Of those, characters inside links.
    pub link_len: Vec<u32>,
    /// Commas in the subtree's text (a cheap sign of prose).
    pub commas: Vec<u32>,
    /// The subtree is not rendered (script, hidden attribute, ...).
    pub non_rendered: Vec<bool>,
    /// Text here must never be wrapped (editable, code, form fields).
    pub untouchable: Vec<bool>,
    /// The node sits inside a figure, figcaption or picture.
    pub in_figure: Vec<bool>,
    /// Lower-case words from class and id ("entry__body" -> entry, body).
    pub tokens: Vec<Vec<String>>,
    /// Position in a pre-order walk, and one past the subtree's last: `a`
    /// contains `b` when `b`'s position falls in `a`'s range (no climbing).
    order: Vec<u32>,
    order_end: Vec<u32>,
    /// `<a>` elements in the subtree, rendered or not.
    pub links: Vec<u32>,
    /// The subtree holds a video, audio, iframe, img, picture or object.
    pub media: Vec<bool>,
    /// The nearest block-level ancestor.
    pub block_above: Vec<Option<u32>>,
    /// Rendered children with text, as linked lists (first child, next
    /// sibling), so text is gathered without visiting empty nodes.
    first_text: Vec<u32>,
    next_text: Vec<u32>,
    /// The node itself, or, when its text all sits in one element child,
    /// that child's `solo`: long chains of wrappers are skipped in one step.
    solo: Vec<u32>,
}

/// No node (end of a linked list).
const NONE: u32 = u32::MAX;

/// Elements that hold media a reader sees or plays.
const MEDIA: &[&str] = &["video", "audio", "iframe", "img", "picture", "object"];

impl<'a> Page<'a> {
    /// Builds the model. The snapshot must have passed `snapshot::validate`.
    pub fn new(snap: &'a Snapshot) -> Self {
        let n = snap.nodes.len();
        let mut children = vec![Vec::new(); n];
        let mut depth = vec![0u32; n];
        let mut non_rendered = vec![false; n];
        let mut untouchable = vec![false; n];
        let mut in_link = vec![false; n];
        let mut in_figure = vec![false; n];
        let mut tokens = vec![Vec::new(); n];
        let mut block_above: Vec<Option<u32>> = vec![None; n];
        for (i, node) in snap.nodes.iter().enumerate() {
            let parent = if node.p >= 0 {
                Some(node.p as usize)
            } else {
                None
            };
            if let Some(p) = parent {
                children[p].push(i);
                depth[i] = depth[p] + 1;
                non_rendered[i] = non_rendered[p];
                untouchable[i] = untouchable[p];
                in_link[i] = in_link[p];
                in_figure[i] = in_figure[p];
                block_above[i] = if BLOCKS.contains(&snap.nodes[p].tag.as_str()) {
                    Some(p as u32)
                } else {
                    block_above[p]
                };
            }
            if node.is_text() {
                continue;
            }
            let tag = node.tag.as_str();
            if NON_RENDERED.contains(&tag)
                || node.flags & FLAG_HIDDEN != 0
                || node.attr("hidden").is_some()
            {
                non_rendered[i] = true;
            }
            if UNTOUCHABLE.contains(&tag) || node.flags & FLAG_EDITABLE != 0 {
                untouchable[i] = true;
            }
            if tag == "a" {
                in_link[i] = true;
            }
            if matches!(tag, "figure" | "figcaption" | "picture") {
                in_figure[i] = true;
            }
            tokens[i] = class_tokens(node.attr("class"), node.attr("id"));
        }
        let mut text_len = vec![0u32; n];
        let mut link_len = vec![0u32; n];
        let mut commas = vec![0u32; n];
        let mut size = vec![1u32; n];
        let mut links = vec![0u32; n];
        let mut media = vec![false; n];
        let mut first_text = vec![NONE; n];
        let mut next_text = vec![NONE; n];
        let mut solo: Vec<u32> = (0..n as u32).collect();
        // Children come after parents, so a reverse sweep sums subtrees.
        for i in (0..n).rev() {
            let node = &snap.nodes[i];
            links[i] += (node.tag == "a") as u32;
            media[i] |= MEDIA.contains(&node.tag.as_str());
            let c = first_text[i];
            if c != NONE && next_text[c as usize] == NONE && !snap.nodes[c as usize].is_text() {
                solo[i] = solo[c as usize];
            }
            if node.is_text() && !non_rendered[i] {
                let t = node.text.as_deref().unwrap_or("");
                let len = t.chars().filter(|c| !c.is_whitespace()).count() as u32;
                text_len[i] = len;
                commas[i] = t.chars().filter(|&c| c == ',' || c == '，').count() as u32;
                if in_link[i] {
                    link_len[i] = len;
                }
            }
            if node.p >= 0 && !non_rendered[i] {
                let p = node.p as usize;
                text_len[p] += text_len[i];
                link_len[p] += link_len[i];
                commas[p] += commas[i];
            }
            if let Some(p) = (node.p >= 0).then_some(node.p as usize) {
                size[p] += size[i];
                links[p] += links[i];
                media[p] |= media[i];
                // Visited last to first, so prepending keeps document order.
                if text_len[i] > 0 && !non_rendered[i] {
                    next_text[i] = first_text[p];
                    first_text[p] = i as u32;
                }
            }
        }
        // Pre-order positions: a parent comes before its children, so each
        // node hands out its children's ranges before they are visited.
        let mut order = vec![0u32; n];
        for i in 0..n {
            let mut next = order[i] + 1;
            for &c in &children[i] {
                order[c] = next;
                next += size[c];
            }
        }
        let order_end = (0..n).map(|i| order[i] + size[i]).collect();
        Page {
            snap,
            children,
            depth,
            text_len,
            link_len,
            commas,
            non_rendered,
            untouchable,
            in_figure,
            tokens,
            order,
            order_end,
            links,
            media,
            block_above,
            first_text,
            next_text,
            solo,
        }
    }

    pub fn len(&self) -> usize {
        self.snap.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.snap.nodes.is_empty()
    }

    pub fn tag(&self, i: usize) -> &str {
        &self.snap.nodes[i].tag
    }

    pub fn is_text(&self, i: usize) -> bool {
        self.snap.nodes[i].is_text()
    }

    pub fn is_block(&self, i: usize) -> bool {
        BLOCKS.contains(&self.tag(i))
    }

    pub fn parent(&self, i: usize) -> Option<usize> {
        let p = self.snap.nodes[i].p;
        if p >= 0 {
            Some(p as usize)
        } else {
            None
        }
    }

    pub fn attr(&self, i: usize, name: &str) -> Option<&str> {
        self.snap.nodes[i].attr(name)
    }

    pub fn has_token(&self, i: usize, words: &[&str]) -> bool {
        self.tokens[i].iter().any(|t| words.contains(&t.as_str()))
    }

    pub fn link_density(&self, i: usize) -> f64 {
        if self.text_len[i] == 0 {
            0.0
        } else {
            self.link_len[i] as f64 / self.text_len[i] as f64
        }
    }

    /// Whether `a` is `b` or one of its ancestors.
    pub fn contains(&self, a: usize, b: usize) -> bool {
        self.order[a] <= self.order[b] && self.order[b] < self.order_end[a]
    }

    /// The child of `a` on the way down to `b`, if `b` is strictly inside `a`.
    pub fn child_towards(&self, a: usize, b: usize) -> Option<usize> {
        if a == b || !self.contains(a, b) {
            return None;
        }
        // Children are in document order: the last one starting at or before `b`.
        let kids = &self.children[a];
        let k = kids.partition_point(|&c| self.order[c] <= self.order[b]);
        Some(kids[k - 1])
    }

    /// Rendered children that hold text, in document order.
    pub fn text_children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let first = self.first_text[i];
        std::iter::successors((first != NONE).then_some(first as usize), |&c| {
            let next = self.next_text[c];
            (next != NONE).then_some(next as usize)
        })
    }

    /// All text of a subtree with whitespace collapsed (for short blocks).
    /// Visits only nodes with text, and skips chains of single wrappers,
    /// so the cost follows the text, not the depth or the empty nodes.
    pub fn text_of(&self, i: usize) -> String {
        let mut words: Vec<&str> = Vec::new();
        if self.non_rendered[i] || self.text_len[i] == 0 {
            return String::new();
        }
        let mut stack = vec![i];
        while let Some(c) = stack.pop() {
            let c = self.solo[c] as usize;
            if let Some(t) = &self.snap.nodes[c].text {
                words.extend(t.split_whitespace());
                continue;
            }
            let at = stack.len();
            stack.extend(self.text_children(c));
            stack[at..].reverse();
        }
        words.join(" ")
    }
}

/// Splits class and id values into lower-case words: "entry__body js-x" ->
/// ["entry", "body", "js", "x"]; camelCase is split too ("shareBar").
pub fn class_tokens(class: Option<&str>, id: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    for value in [class, id].into_iter().flatten() {
        let mut cur = String::new();
        let mut prev_lower = false;
        for c in value.chars() {
            if c.is_alphanumeric() {
                if c.is_uppercase() && prev_lower && !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                prev_lower = c.is_lowercase();
                cur.extend(c.to_lowercase());
            } else {
                prev_lower = false;
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
        }
        if !cur.is_empty() {
            out.push(cur);
        }
    }
    out
}

impl Page<'_> {
    /// A findable path for messages: "body > div#main > article.post".
    pub fn path(&self, i: usize) -> String {
        let mut parts = Vec::new();
        let mut cur = Some(i);
        while let Some(c) = cur {
            parts.push(self.path_part(c));
            cur = self.parent(c);
        }
        parts.reverse();
        parts.join(" > ")
    }

    /// One step of `path`: the tag, then "#id" or else ".first-class".
    pub fn path_part(&self, i: usize) -> String {
        let node = &self.snap.nodes[i];
        let mut part = node.tag.clone();
        if let Some(id) = node.attr("id") {
            part.push('#');
            part.push_str(id);
        } else if let Some(class) = node.attr("class").and_then(|c| c.split_whitespace().next()) {
            part.push('.');
            part.push_str(class);
        }
        part
    }
}

#[cfg(test)]
mod tests {
    use super::Page;
    use crate::snapshot::{SnapNode, Snapshot};

    fn node(p: i64, tag: &str, text: Option<&str>) -> SnapNode {
        SnapNode {
            p,
            tag: tag.into(),
            text: text.map(str::to_string),
            ..Default::default()
        }
    }

    /// Parents come first but the order is not pre-order (node 3 belongs
    /// to node 1): containment must follow the tree, not the indices.
    fn snap() -> Snapshot {
        Snapshot {
            nodes: vec![
                node(-1, "body", None),
                node(0, "div", None),
                node(0, "p", None),
                node(1, "span", None),
                node(3, "#text", Some("  deep\n text ")),
                node(2, "#text", Some("beside")),
                node(1, "script", None),
                node(6, "#text", Some("var x")),
                node(1, "#text", Some("   ")),
                node(1, "#text", Some("last word")),
            ],
            ..Default::default()
        }
    }

    #[test]
    fn containment_follows_the_tree() {
        let s = snap();
        let page = Page::new(&s);
        assert!(page.contains(1, 4) && page.contains(0, 5) && page.contains(3, 3));
        assert!(!page.contains(2, 4) && !page.contains(1, 5) && !page.contains(4, 3));
        assert_eq!(page.child_towards(0, 4), Some(1));
        assert_eq!(page.child_towards(1, 4), Some(3));
        assert_eq!(page.child_towards(1, 9), Some(9));
        assert_eq!(page.child_towards(1, 1), None);
        assert_eq!(page.child_towards(2, 4), None);
    }

    #[test]
    fn text_skips_empty_and_hidden_nodes() {
        let s = snap();
        let page = Page::new(&s);
        assert_eq!(page.text_of(0), "deep text last word beside");
        assert_eq!(page.text_of(1), "deep text last word");
        assert_eq!(page.text_of(3), "deep text");
        assert_eq!(page.text_of(6), "");
        assert_eq!(page.text_of(8), "");
        assert_eq!(page.links[0], 0);
        assert_eq!(page.block_above[4], Some(1));
    }
}
