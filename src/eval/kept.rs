//! "Main content kept": of the words of a page's main content that a reader
//! sees on the page as served, the share still visible with the extension.
//! Words are counted as a multiset (`\w+` tokens, as the extraction metric
//! splits them), so hiding one of two copies of a word counts. A page with
//! nothing hidden keeps 1.0; a page whose main content is not on it at all
//! (none of its words visible) counts as kept.

use std::collections::HashMap;

pub fn main_content_kept(truth: &str, visible_with: &str, visible_without: &str) -> f64 {
    let truth = counts(truth);
    let with = counts(visible_with);
    let without = counts(visible_without);
    let mut seen = 0usize;
    let mut kept = 0usize;
    for (w, &n) in &truth {
        let before = n.min(without.get(w).copied().unwrap_or(0));
        seen += before;
        kept += before.min(with.get(w).copied().unwrap_or(0));
    }
    if seen == 0 {
        1.0
    } else {
        kept as f64 / seen as f64
    }
}

fn counts(text: &str) -> HashMap<&str, usize> {
    let mut out = HashMap::new();
    for t in super::extraction::tokens(text) {
        *out.entry(t).or_default() += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_hidden_keeps_everything_and_hiding_a_reply_loses_its_words() {
        let truth = "first post here. second reply there";
        let page = "Menu first post here. second reply there Footer";
        assert_eq!(main_content_kept(truth, page, page), 1.0);
        let k = main_content_kept(truth, "first post here.", page);
        assert!((k - 0.5).abs() < 1e-9, "{k}");
        // Words the page never showed do not count against it.
        assert_eq!(main_content_kept("alt text only", "x", "x"), 1.0);
    }
}
