//! HTML -> snapshot, with the same rules as the content script's DOM walk
//! (extension/content/snapshot.js), so the CLI sees what the browser sees.

use crate::snapshot::{
    SnapNode, Snapshot, ENGINE_ATTRS, MAX_LD_CHARS, MAX_LD_SCRIPTS, MAX_META_CHARS, META_KEYS,
};
use scraper::{node::Node, ElementRef, Html};

/// Elements whose children are not walked (their text is not page text).
pub const OPAQUE: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object",
];
/// Attribute values are cut to this many characters, as in the browser.
const MAX_ATTR_CHARS: usize = 200;

pub fn snapshot(html: &str) -> Snapshot {
    let doc = Html::parse_document(html);
    let title = doc
        .root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "title")
        .map(|e| {
            e.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        });
    let lang = doc.root_element().value().attr("lang").map(str::to_string);
    let (meta, ld_json) = structured_data(&doc);
    let body = doc
        .root_element()
        .children()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "body");
    let mut nodes = Vec::new();
    if let Some(body) = body {
        // Iterative pre-order walk: deep documents must not overflow the stack.
        let mut stack = vec![(*body, -1i64)];
        while let Some((node, parent)) = stack.pop() {
            let index = nodes.len() as i64;
            match node.value() {
                Node::Text(t) => nodes.push(SnapNode {
                    p: parent,
                    tag: "#text".into(),
                    text: Some(t.to_string()),
                    ..Default::default()
                }),
                Node::Element(e) => {
                    let tag = e.name().to_ascii_lowercase();
                    let attrs = e
                        .attrs()
                        .filter(|(k, _)| ENGINE_ATTRS.contains(k))
                        .map(|(k, v)| (k.to_string(), v.chars().take(MAX_ATTR_CHARS).collect()))
                        .collect();
                    let editable = matches!(tag.as_str(), "input" | "textarea" | "select")
                        || e.attr("contenteditable").is_some_and(|v| v != "false");
                    let opaque = OPAQUE.contains(&tag.as_str());
                    nodes.push(SnapNode {
                        p: parent,
                        tag,
                        text: None,
                        attrs,
                        flags: editable as u32,
                    });
                    if !opaque {
                        let children: Vec<_> = node.children().collect();
                        for c in children.into_iter().rev() {
                            stack.push((c, index));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    if nodes.is_empty() {
        nodes.push(SnapNode {
            p: -1,
            tag: "body".into(),
            ..Default::default()
        });
    }
    Snapshot {
        url: None,
        title,
        lang,
        meta,
        ld_json,
        nodes,
        ..Default::default()
    }
}

/// The page's `<meta>` values for `META_KEYS` (the first of each, in key
/// order) and its JSON-LD scripts, in document order, cut as the content
/// script cuts them.
fn structured_data(doc: &Html) -> (Vec<(String, String)>, Vec<String>) {
    let mut found: Vec<Option<String>> = vec![None; META_KEYS.len()];
    let mut ld = Vec::new();
    for e in doc
        .root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
    {
        let v = e.value();
        match v.name() {
            "meta" => {
                let key = v.attr("property").or_else(|| v.attr("name"));
                let at = key.and_then(|k| META_KEYS.iter().position(|m| *m == k));
                if let (Some(k), Some(content)) = (at, v.attr("content")) {
                    found[k].get_or_insert_with(|| content.chars().take(MAX_META_CHARS).collect());
                }
            }
            "script"
                if ld.len() < MAX_LD_SCRIPTS
                    && v.attr("type")
                        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                ld.push(
                    e.text()
                        .collect::<String>()
                        .chars()
                        .take(MAX_LD_CHARS)
                        .collect(),
                );
            }
            _ => {}
        }
    }
    let meta = META_KEYS
        .iter()
        .zip(found)
        .filter_map(|(k, v)| v.map(|v| (k.to_string(), v)))
        .collect();
    (meta, ld)
}
