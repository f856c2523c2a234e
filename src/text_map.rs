//! Builds the text a reader sees (blocks separated by "\n", whitespace
//! collapsed) and remembers where every character came from, so offsets in
//! that text map back to text nodes and UTF-16 offsets in the DOM.

use crate::page::Page;

/// Where one character of the article text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    pub node: u32,
    /// UTF-16 offset of the character inside the node's raw text.
    pub utf16: u32,
    /// Its length in UTF-16 units (1 or 2).
    pub width: u8,
}

#[derive(Debug, Default)]
pub struct TextMap {
    pub text: String,
    /// One entry per char of `text`; None for inserted separators.
    pub origins: Vec<Option<Origin>>,
    /// Per char: whether its text node may be marked up.
    pub markable: Vec<bool>,
}

impl TextMap {
    /// Builds the visible text of `page`, skipping subtrees in `hidden`
    /// (sorted element indices).
    pub fn build(page: &Page, hidden: &[usize]) -> TextMap {
        let mut skip = vec![false; page.len()];
        for &h in hidden {
            skip[h] = true;
        }
        let mut b = Builder::default();
        // Iterative walk: deep pages must not overflow the stack.
        let mut stack: Vec<(usize, bool)> = vec![(0, false)];
        while let Some((i, closing)) = stack.pop() {
            if closing {
                if page.is_block(i) {
                    b.newline();
                }
                continue;
            }
            if skip[i] || page.non_rendered[i] {
                continue;
            }
            let node = &page.snap.nodes[i];
            if node.is_text() {
                let text = node.text.as_deref().unwrap_or("");
                b.push_text(i as u32, text, !page.untouchable[i]);
                continue;
            }
            if page.is_block(i) {
                b.newline();
            }
            stack.push((i, true));
            for &c in page.children[i].iter().rev() {
                stack.push((c, false));
            }
        }
        b.finish()
    }

    /// Plain text without a DOM behind it (the `--text` entry point).
    pub fn from_text(text: &str) -> TextMap {
        let n = text.chars().count();
        TextMap {
            text: text.to_string(),
            origins: vec![None; n],
            markable: vec![false; n],
        }
    }
}

#[derive(Default)]
struct Builder {
    text: String,
    origins: Vec<Option<Origin>>,
    markable: Vec<bool>,
    /// A collapsed space is owed before the next visible character.
    pending_space: Option<Origin>,
    at_line_start: bool,
}

impl Builder {
    fn newline(&mut self) {
        self.pending_space = None;
        if !self.text.is_empty() && !self.at_line_start {
            self.text.push('\n');
            self.origins.push(None);
            self.markable.push(false);
        }
        self.at_line_start = true;
    }

    fn push_text(&mut self, node: u32, raw: &str, markable: bool) {
        let mut utf16 = 0u32;
        for c in raw.chars() {
            let width = c.len_utf16() as u8;
            let origin = Origin { node, utf16, width };
            utf16 += width as u32;
            if c.is_whitespace() && c != '\u{a0}' {
                if !self.at_line_start && self.pending_space.is_none() {
                    self.pending_space = Some(origin);
                }
                continue;
            }
            if let Some(space) = self.pending_space.take() {
                self.text.push(' ');
                self.origins.push(Some(space));
                self.markable.push(markable);
            }
            let c = if c == '\u{a0}' { ' ' } else { c };
            self.text.push(c);
            self.origins.push(Some(origin));
            self.markable.push(markable);
            self.at_line_start = false;
        }
    }

    fn finish(mut self) -> TextMap {
        if self.text.ends_with('\n') {
            self.text.pop();
            self.origins.pop();
            self.markable.pop();
        }
        TextMap {
            text: self.text,
            origins: self.origins,
            markable: self.markable,
        }
    }
}
