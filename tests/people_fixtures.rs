//! The person recogniser's patterns, as data (tests/fixtures/people/
//! roles.json and classes.json: one case per pattern, negatives expect
//! nobody), scored by the same code as `factlight eval people roles`, and the
//! seed page's officials as `factlight eval people seed` scores them.

use factlight::eval::people::{score_roles, score_seed};

#[test]
fn every_pattern_fixture_holds() {
    let cases: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/people/roles.json")).unwrap();
    let r = score_roles(&cases).unwrap();
    assert!(r.checks >= 25, "fixtures went missing: {} checks", r.checks);
    assert!(r.failures.is_empty(), "{:#?}", r.failures);
}

/// One fixture per class of miss in issue 16 (names outside the training
/// data's name stock, datelines, roles after the name, before it with a
/// comma and in the next clause, new role words, the flag carried across
/// mentions, links), each with negatives in the same positions.
#[test]
fn every_issue_16_class_fixture_holds() {
    let cases: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/people/classes.json")).unwrap();
    let r = score_roles(&cases).unwrap();
    assert!(
        r.checks >= 261,
        "fixtures went missing: {} checks",
        r.checks
    );
    assert!(r.failures.is_empty(), "{:#?}", r.failures);
}

#[test]
fn seed_page_roles_are_all_right() {
    let report = factlight::analyze_html(include_str!("fixtures/seed/news-article.html"));
    let expected: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/seed/expected.json")).unwrap();
    let found: Vec<_> = report.people.into_iter().map(|p| p.person).collect();
    let r = score_seed(&found, &expected);
    assert!(r.checks >= 30, "{} checks", r.checks);
    assert!(r.failures.is_empty(), "{:#?}", r.failures);
}
