//! The content script and the HTML parser must build the same snapshot, or the
//! browser and the CLI would decide differently on the same page.

use factlight::snapshot::ENGINE_ATTRS;

const SNAPSHOT_JS: &str = include_str!("../extension/content/snapshot.js");

/// The `const NAME = [...]` list of quoted strings in snapshot.js.
fn js_string_list(name: &str) -> Vec<String> {
    let start = SNAPSHOT_JS
        .find(&format!("const {name} = "))
        .unwrap_or_else(|| panic!("snapshot.js has no `const {name} = `"));
    let rest = &SNAPSHOT_JS[start..];
    let list = &rest[rest.find('[').unwrap() + 1..rest.find(']').unwrap()];
    list.split(',')
        .map(|s| s.trim().trim_matches('\'').to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn both_snapshots_carry_the_same_attributes() {
    assert_eq!(js_string_list("ENGINE_ATTRS"), ENGINE_ATTRS);
}

#[test]
fn both_snapshots_skip_the_same_opaque_elements() {
    assert_eq!(js_string_list("OPAQUE"), factlight::html::OPAQUE);
}

#[test]
fn the_parser_drops_attributes_the_engine_does_not_read() {
    let snap = factlight::html::snapshot(
        r#"<html><body><div class="a" id="b" style="x" data-user="secret" role="main">t</div></body></html>"#,
    );
    let div = snap.nodes.iter().find(|n| n.tag == "div").unwrap();
    let names: Vec<&str> = div.attrs.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(names, ["class", "id", "role"]);
}

/// The `const NAME = N;` number in snapshot.js.
fn js_number(name: &str) -> usize {
    let start = SNAPSHOT_JS
        .find(&format!("const {name} = "))
        .unwrap_or_else(|| panic!("snapshot.js has no `const {name} = `"));
    let rest = &SNAPSHOT_JS[start + name.len() + 9..];
    rest[..rest.find(';').unwrap()].trim().parse().unwrap()
}

#[test]
fn both_snapshots_cut_structured_data_alike() {
    use factlight::snapshot::{MAX_LD_CHARS, MAX_LD_SCRIPTS, MAX_META_CHARS, META_KEYS};
    assert_eq!(js_number("MAX_LD_SCRIPTS"), MAX_LD_SCRIPTS);
    assert_eq!(js_number("MAX_LD_CHARS"), MAX_LD_CHARS);
    assert_eq!(js_number("MAX_META_CHARS"), MAX_META_CHARS);
    assert_eq!(js_string_list("META_KEYS"), META_KEYS);
}

#[test]
fn the_parser_copies_meta_and_json_ld_from_anywhere_in_the_document() {
    let snap = factlight::html::snapshot(
        r#"<html><head><meta property="og:type" content="article"><meta name="author" content="A">
        <meta name="author" content="B"><meta name="viewport" content="x">
        <script type="application/ld+json">{"@type":"NewsArticle"}</script></head>
        <body><p>x</p><script type="application/ld+json">{"@type":"Person"}</script></body></html>"#,
    );
    let meta: Vec<(&str, &str)> = snap
        .meta
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(meta, [("og:type", "article"), ("author", "A")]);
    assert_eq!(
        snap.ld_json,
        [r#"{"@type":"NewsArticle"}"#, r#"{"@type":"Person"}"#]
    );
}
