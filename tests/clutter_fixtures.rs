//! One small page per class of clutter (tests/fixtures/clutter/NAME.html)
//! with the text that must stay and the text that must go
//! (NAME.expect.json). A failure names the page, the text and, for text
//! wrongly hidden, the block that hid it.

use std::path::Path;

#[test]
fn clutter_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/clutter");
    let mut failures = Vec::new();
    let mut pages = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
    {
        pages += 1;
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let html = std::fs::read_to_string(path).unwrap();
        let expect: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{name}.expect.json"))).unwrap(),
        )
        .unwrap();
        let report = factlight::analyze_html(&html);
        let explain = factlight::explain_html(&html);
        let text = &report.article_text;
        for keep in expect["keep"].as_array().unwrap() {
            let keep = keep.as_str().unwrap();
            if !text.contains(keep) {
                let culprit = explain
                    .iter()
                    .find(|l| l.starts_with("hidden:") && l.contains(&keep[..keep.len().min(20)]))
                    .cloned();
                failures.push(format!(
                    "{name}: kept text {keep:?} was hidden by {}",
                    culprit.unwrap_or_else(|| "an enclosing block".into())
                ));
            }
        }
        for hide in expect["hide"].as_array().unwrap() {
            let hide = hide.as_str().unwrap();
            if text.contains(hide) {
                failures.push(format!(
                    "{name}: clutter {hide:?} is still visible ({})",
                    explain[0]
                ));
            }
        }
        if expect["article_found"].as_bool() == Some(false)
            && (report.article_found || !report.figures.is_empty() || !report.people.is_empty())
        {
            failures.push(format!(
                "{name}: not an article, yet treated as one ({} figures, {} people marked)",
                report.figures.len(),
                report.people.len()
            ));
        }
        let hidden = explain.iter().filter(|l| l.starts_with("hidden:")).count();
        if expect["nothing_hidden"].as_bool() == Some(true) && hidden > 0 {
            failures.push(format!(
                "{name}: no article here, yet {} blocks were hidden: {:?}",
                hidden,
                &explain[..explain.len().min(5)]
            ));
        }
    }
    assert!(
        pages >= 10,
        "only {pages} fixture pages found in {}",
        dir.display()
    );
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
