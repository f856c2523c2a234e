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
