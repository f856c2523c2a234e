//! The reader's settings travel with the snapshot and shape the whole plan:
//! marks, facts and counts agree with them, and a kept block stays visible.

use factlight::preferences::Preferences;

fn seed_plan(prefs: Preferences) -> factlight::Plan {
    let mut snap = factlight::html::snapshot(include_str!("fixtures/seed/news-article.html"));
    snap.prefs = prefs;
    factlight::analyze_snapshot(&snap).unwrap()
}

#[test]
fn everything_is_on_by_default() {
    let plan = seed_plan(Preferences::default());
    assert!(plan.stats.figures > 0 && plan.stats.officials > 0 && plan.stats.hidden > 0);
    assert_eq!(plan.hide.len(), plan.hide_keys.len());
    assert!(plan.facts.figures.iter().any(|f| f.text.contains("352")));
    let makei = plan
        .facts
        .officials
        .iter()
        .find(|p| p.name.ends_with("Makei"));
    assert!(
        makei.is_some_and(|p| p.mentions >= 2),
        "{:?}",
        plan.facts.officials
    );
}

#[test]
fn a_category_switched_off_leaves_no_marks_facts_or_counts() {
    let plan = seed_plan(Preferences {
        figures: false,
        officials: false,
        ..Preferences::default()
    });
    assert!(plan.marks.iter().all(|m| m.kind == "person"));
    assert!(plan.facts.figures.is_empty() && plan.facts.officials.is_empty());
    assert_eq!((plan.stats.figures, plan.stats.officials), (0, 0));
}

#[test]
fn clutter_off_hides_nothing() {
    let plan = seed_plan(Preferences {
        clutter: false,
        ..Preferences::default()
    });
    assert!(plan.hide.is_empty() && plan.hide_keys.is_empty());
    assert!(plan.stats.figures > 0);
}

#[test]
fn a_kept_block_is_not_hidden_and_its_text_is_read() {
    let all = seed_plan(Preferences::default());
    let key = all.hide_keys[0].clone();
    let kept = seed_plan(Preferences {
        keep: vec![key.clone()],
        ..Preferences::default()
    });
    assert!(!kept.hide_keys.contains(&key));
    assert!(kept.hide.len() < all.hide.len());
    assert!(kept.report.article_text.len() > all.report.article_text.len());
}
