//! The figure finder's error classes as data (tests/fixtures/figures/
//! classes.json: a positive and a negative case at least for each class),
//! scored by the same code as `factlight eval figures fixtures`.

use factlight::eval::figures::score_fixtures;

#[test]
fn every_class_fixture_holds() {
    let cases: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/figures/classes.json")).unwrap();
    let s = score_fixtures(&cases).unwrap();
    assert!(s.checks >= 186, "fixtures went missing: {} cases", s.checks);
    assert!(
        s.classes.len() >= 26,
        "classes went missing: {:?}",
        s.classes
    );
    // Each class has a case that expects a figure and one that expects none.
    for case_class in &s.classes {
        let class = &case_class.0;
        let of_class = cases
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["class"] == class.as_str());
        let (pos, neg): (Vec<_>, Vec<_>) =
            of_class.partition(|c| !c["figures"].as_array().unwrap().is_empty());
        assert!(
            !pos.is_empty() && !neg.is_empty(),
            "{class}: positive and negative"
        );
    }
    assert!(s.failures.is_empty(), "{}", s.failures.join("\n"));
}
