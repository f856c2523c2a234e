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
}

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
        // Children come after parents, so a reverse sweep sums subtrees.
        for i in (0..n).rev() {
            let node = &snap.nodes[i];
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
        }
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
        let mut cur = Some(b);
        while let Some(c) = cur {
            if c == a {
                return true;
            }
            if self.depth[c] <= self.depth[a] {
                return false;
            }
            cur = self.parent(c);
        }
        false
    }

    /// All text of a subtree with whitespace collapsed (for short blocks).
    pub fn text_of(&self, i: usize) -> String {
        let mut out = String::new();
        let mut stack = vec![i];
        while let Some(c) = stack.pop() {
            if self.non_rendered[c] {
                continue;
            }
            if let Some(t) = &self.snap.nodes[c].text {
                out.push_str(t);
                out.push(' ');
            }
            stack.extend(self.children[c].iter().rev());
        }
        out.split_whitespace().collect::<Vec<_>>().join(" ")
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
            let node = &self.snap.nodes[c];
            let mut part = node.tag.clone();
            if let Some(id) = node.attr("id") {
                part.push('#');
                part.push_str(id);
            } else if let Some(class) = node.attr("class").and_then(|c| c.split_whitespace().next())
            {
                part.push('.');
                part.push_str(class);
            }
            parts.push(part);
            cur = self.parent(c);
        }
        parts.reverse();
        parts.join(" > ")
    }
}
