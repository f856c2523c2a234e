//! The mission's example page: every `must` line of expected.json holds in
//! the core's report, and no `must_not` line is violated.

use serde_json::Value;

fn load() -> (factlight::Report, Value) {
    let html = include_str!("fixtures/seed/news-article.html");
    let expected: Value =
        serde_json::from_str(include_str!("fixtures/seed/expected.json")).unwrap();
    (factlight::analyze_html(html), expected)
}

fn strs(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect()
}

#[test]
fn seed_figures() {
    let (r, exp) = load();
    for e in exp["figures"]["must"].as_array().unwrap() {
        let found = r.figures.iter().any(|f| {
            f.figure.text.contains(e["text"].as_str().unwrap())
                && f.figure.value == e["value"].as_f64()
                && f.figure.qualifier.as_deref() == e["qualifier"].as_str()
                && f.figure.counts.as_deref() == e["counts"].as_str()
        });
        assert!(found, "figure {e} not found in {:#?}", r.figures);
    }
    for bad in strs(&exp["figures"]["must_not"]) {
        for f in &r.figures {
            assert!(
                !f.figure.text.contains(bad) && !bad.contains(&f.figure.text),
                "{bad:?} highlighted as {:?}",
                f.figure.text
            );
        }
    }
}

#[test]
fn seed_officials_and_people() {
    let (r, exp) = load();
    for e in exp["officials"]["must"].as_array().unwrap() {
        let name = e["name"].as_str().unwrap();
        let role = e["role"].as_str().unwrap();
        let of_name: Vec<_> = r.people.iter().filter(|p| p.person.name == name).collect();
        assert!(
            of_name
                .iter()
                .any(|p| p.person.official && p.person.role.as_deref() == Some(role)),
            "{name} as official {role:?}: {of_name:#?}"
        );
        for m in e["mentions"]
            .as_array()
            .map(|a| a.iter().map(|v| v.as_str().unwrap()).collect())
            .unwrap_or_else(Vec::new)
        {
            assert!(
                of_name
                    .iter()
                    .any(|p| p.person.official && p.person.text.contains(m)),
                "mention {m:?} of {name}"
            );
        }
    }
    for who in strs(&exp["officials"]["persons_not_officials"]) {
        assert!(
            r.people
                .iter()
                .any(|p| !p.person.official && p.person.text.contains(who)),
            "person {who}"
        );
        assert!(
            !r.people
                .iter()
                .any(|p| p.person.official && p.person.text.contains(who)),
            "{who} is not an official"
        );
    }
    for bad in strs(&exp["officials"]["must_not"]) {
        for p in &r.people {
            assert!(
                !bad.contains(p.person.text.trim()),
                "{bad:?} marked as person {:?}",
                p.person.text
            );
        }
    }
}

#[test]
fn seed_clutter() {
    let (r, exp) = load();
    for gone in strs(&exp["clutter"]["must_hide"]) {
        assert!(
            !r.article_text.contains(gone),
            "clutter {gone:?} is still visible"
        );
    }
    for kept in strs(&exp["clutter"]["must_keep"]) {
        assert!(
            r.article_text.contains(kept),
            "article text {kept:?} was hidden"
        );
    }
}

#[test]
fn seed_title() {
    let (r, _) = load();
    assert_eq!(
        r.title.as_deref(),
        Some("Russia And Ukraine Begin Negotiations | HuffPost Latest News")
    );
}
