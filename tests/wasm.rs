//! The wasm binding, run by `wasm-pack test --node` and
//! `wasm-pack test --headless --chrome`: the seed page goes through the
//! same snapshot -> plan path as in the extension, across the JS boundary.
#![cfg(target_arch = "wasm32")]

use factlight::wasm::{analyze_snapshot_json, analyze_text, version};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

const SEED: &str = include_str!("fixtures/seed/news-article.html");

fn from_js(v: JsValue) -> serde_json::Value {
    serde_wasm_bindgen::from_value(v).unwrap()
}

/// The extension's path: snapshot JSON in, plan JSON out.
fn analyze(snap: &factlight::Snapshot) -> serde_json::Value {
    let json = serde_json::to_string(snap).unwrap();
    let plan = analyze_snapshot_json(&json).unwrap_or_else(|_| panic!("analyze failed"));
    serde_json::from_str(&plan).unwrap()
}

#[wasm_bindgen_test]
fn seed_snapshot_gives_a_plan_with_hides_and_marks() {
    let snap = factlight::html::snapshot(SEED);
    let plan = analyze(&snap);
    assert!(
        plan["report"].get("article_text").is_none(),
        "the page has its own text"
    );
    let hide = plan["hide"].as_array().unwrap();
    assert!(!hide.is_empty());
    let marks = plan["marks"].as_array().unwrap();
    let text_of = |m: &serde_json::Value| {
        let node = &snap.nodes[m["node"].as_u64().unwrap() as usize];
        let units: Vec<u16> = node.text.as_ref().unwrap().encode_utf16().collect();
        String::from_utf16(
            &units[m["start"].as_u64().unwrap() as usize..m["end"].as_u64().unwrap() as usize],
        )
        .unwrap()
    };
    let marked: Vec<String> = marks.iter().map(text_of).collect();
    assert!(
        marked.iter().any(|t| t == "at least 500,000 refugees"),
        "{marked:?}"
    );
    assert!(
        marked
            .iter()
            .any(|t| t == "Belarusian Foreign Minister Vladimir Makei"),
        "{marked:?}"
    );
    assert_eq!(
        plan["stats"]["figures"].as_u64().unwrap() as usize,
        plan["report"]["figures"].as_array().unwrap().len()
    );
}

#[wasm_bindgen_test]
fn utf16_offsets_survive_emoji() {
    // A page that says it is an article, as real ones do: this test is about
    // offsets, not the page gate (which a bare three-paragraph page leaves unsure).
    let html = "<html><head><meta property=\"og:type\" content=\"article\"><meta property=\"og:url\" content=\"https://example.org/news/civilians-counted-in-kyiv\"></head><body><article><p>😀😀 Officials said at least 352 Ukrainian civilians have died, and the war goes on, with more to come, they said, again and again, in Kyiv.</p><p>More text here to make an article, with commas, and more commas, and words, many words, for the scorer.</p><p>Yet another paragraph of text, with commas, to make the page look like an article to the scorer.</p></article></body></html>";
    let snap = factlight::html::snapshot(html);
    let plan = analyze(&snap);
    let m = &plan["marks"][0];
    let node = &snap.nodes[m["node"].as_u64().unwrap() as usize];
    let units: Vec<u16> = node.text.as_ref().unwrap().encode_utf16().collect();
    let s = String::from_utf16(
        &units[m["start"].as_u64().unwrap() as usize..m["end"].as_u64().unwrap() as usize],
    )
    .unwrap();
    assert_eq!(s, "at least 352 Ukrainian civilians");
}

#[wasm_bindgen_test]
fn bad_input_is_an_error_not_a_crash() {
    assert!(analyze_snapshot_json("not a snapshot").is_err());
    assert!(analyze_snapshot_json("null").is_err());
    let orphan = serde_json::json!({"nodes": [{"p": -1, "tag": "body"}, {"p": 7, "tag": "p"}]});
    assert!(analyze_snapshot_json(&orphan.to_string()).is_err());
}

#[wasm_bindgen_test]
fn text_entry_point_and_version() {
    let r = from_js(
        analyze_text("The city is home to more than 2 million people.")
            .unwrap_or_else(|_| panic!("analyze_text failed")),
    );
    assert_eq!(r["figures"][0]["value"], 2e6);
    assert!(!version().is_empty());
}
