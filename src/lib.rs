//! Factlight's core: strips news-page clutter and finds figures and named
//! officials. Pure Rust over plain data; `wasm` is the only module that
//! knows about JavaScript.
#![forbid(unsafe_code)]

pub mod calendar;
pub mod cli_out;
pub mod clutter;
pub mod early;
pub mod eval;
pub mod facts;
pub mod fasthash;
pub mod figures;
#[cfg(feature = "html")]
pub mod html;
pub mod learn;
pub mod page;
pub mod people;
pub mod plan;
pub mod preferences;
pub mod report;
pub mod snapshot;
pub mod text_map;
pub mod tokens;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use plan::Plan;
pub use report::Report;
pub use snapshot::{Snapshot, SnapshotError};

/// Analyses a page snapshot: what to hide, what to mark, and the report.
/// A page that is not an article is left as it is: nothing hidden, nothing
/// marked (unless the reader asked to clean it anyway).
pub fn analyze_snapshot(snap: &Snapshot) -> Result<Plan, SnapshotError> {
    snapshot::validate(snap)?;
    let page = page::Page::new(snap);
    let prefs = &snap.prefs;
    let decision = if prefs.anyway {
        clutter::decide_anyway(&page)
    } else {
        clutter::decide(&page)
    };
    let found = decision.article.is_some();
    if !found && !prefs.anyway {
        let map = text_map::TextMap::build(&page, &[]);
        let mut report = Report::new(snap.title.clone(), map.text.clone(), Vec::new(), Vec::new());
        report.article_found = false;
        return Ok(plan::build(report, &map, Vec::new(), Vec::new()));
    }
    let hide = prefs.filter_hidden(decision.hide, |h| page.path(h));
    let map = text_map::TextMap::build(&page, &hide);
    let locale = figures::Locale::from_lang(snap.lang.as_deref());
    let mut report = report_for(snap.title.clone(), map.text.clone(), locale);
    report.article_found = found;
    if !prefs.figures {
        report.figures.clear();
    }
    report
        .people
        .retain(|p| prefs.wants_person(p.person.official));
    let keys = hide.iter().map(|&h| page.path(h)).collect();
    let early = early::safe_keys(&page, &hide);
    let mut plan = plan::build(report, &map, hide, keys);
    plan.early_keys = early;
    Ok(plan)
}

/// Explains the clutter decision for an HTML document: the article's path
/// and each hidden block's path with the start of its text (for debugging
/// and for fixture failures that must name the block).
#[cfg(feature = "html")]
pub fn explain_html(html: &str) -> Vec<String> {
    let snap = html::snapshot(html);
    if snapshot::validate(&snap).is_err() {
        return vec!["no page".into()];
    }
    let page = page::Page::new(&snap);
    let (decision, gate) = clutter::decide_explained(&page);
    let mut out = vec![match decision.article {
        Some(a) => format!("article: {}", page.path(a)),
        None => "article: none found (nothing hidden)".into(),
    }];
    if let Some((p, t)) = gate {
        out.push(format!(
            "page gate: article probability {p:.3} (threshold {t:.3})"
        ));
    }
    for &h in &decision.hide {
        let text: String = page.text_of(h).chars().take(60).collect();
        out.push(format!("hidden: {}  «{}»", page.path(h), text));
    }
    out
}

/// Analyses plain text: the article text is the input unchanged.
pub fn analyze_text(text: &str) -> Report {
    report_for(None, text.to_string(), figures::Locale::English)
}

/// Analyses an HTML document (CLI and tests; the browser snapshots its DOM).
#[cfg(feature = "html")]
pub fn analyze_html(html: &str) -> Report {
    let snap = html::snapshot(html);
    match analyze_snapshot(&snap) {
        Ok(plan) => plan.report,
        // An HTML document always parses to at least <body>.
        Err(_) => report_for(snap.title, String::new(), figures::Locale::English),
    }
}

/// `locale` is the page's number format (from `<html lang>`).
fn report_for(title: Option<String>, text: String, locale: figures::Locale) -> Report {
    let opts = figures::Options {
        locale,
        ..figures::Options::default()
    };
    let figures = figures::find_with(&text, &opts);
    let people = people::find(&text);
    Report::new(title, text, figures, people)
}
