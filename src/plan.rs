//! The plan: what the extension applies to the live page. Element indices
//! to hide, and text ranges to mark, in the snapshot's own coordinates
//! (text node index plus UTF-16 offsets), so the DOM layer decides nothing.

use crate::facts::Facts;
use crate::report::{FigureOut, PersonOut, Report};
use crate::text_map::TextMap;
use serde::{Serialize, Serializer};

#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    #[serde(serialize_with = "findings_only")]
    pub report: Report,
    pub hide: Vec<usize>,
    /// Each hidden block's key (`Page::path`), for "always keep this block on
    /// this site" (`Preferences::keep`).
    pub hide_keys: Vec<String>,
    /// Keys safe to hide on this site's next page before it is analysed (`early`).
    pub early_keys: Vec<String>,
    pub marks: Vec<Mark>,
    /// The key-facts panel's lists.
    pub facts: Facts,
    pub stats: Stats,
    /// Things the reader should know, e.g. a part of the engine that did not load.
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mark {
    pub node: u32,
    pub start: u32,
    pub end: u32,
    pub kind: &'static str,
    pub label: String,
    /// Index into `report.figures` or `report.people`.
    pub entity: usize,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Stats {
    /// The page is an article (`Report::article_found`); the content script
    /// and the popup get it here, since the report stays in the background.
    pub article_found: bool,
    pub figures: usize,
    pub officials: usize,
    pub people: usize,
    pub hidden: usize,
}

/// The page already has its text: a serialised plan carries the report without
/// `article_text`, which was most of the reply's bytes.
fn findings_only<S: Serializer>(report: &Report, s: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct Findings<'a> {
        title: &'a Option<String>,
        article_found: bool,
        figures: &'a [FigureOut],
        people: &'a [PersonOut],
    }
    Findings {
        title: &report.title,
        article_found: report.article_found,
        figures: &report.figures,
        people: &report.people,
    }
    .serialize(s)
}

/// Splits a code-point range of the article text into per-node UTF-16
/// ranges. Characters in untouchable nodes are left out.
pub fn ranges(map: &TextMap, start: usize, end: usize) -> Vec<(u32, u32, u32)> {
    let mut out: Vec<(u32, u32, u32)> = Vec::new();
    for k in start..end.min(map.origins.len()) {
        let (Some(o), true) = (map.origins[k], map.markable[k]) else {
            continue;
        };
        match out.last_mut() {
            Some(last) if last.0 == o.node && last.2 == o.utf16 => {
                last.2 = o.utf16 + o.width as u32
            }
            _ => out.push((o.node, o.utf16, o.utf16 + o.width as u32)),
        }
    }
    // A mark never starts or ends on whitespace.
    out.retain(|r| r.2 > r.1);
    out
}

pub fn build(report: Report, map: &TextMap, hide: Vec<usize>, hide_keys: Vec<String>) -> Plan {
    let mut marks = Vec::new();
    for (k, f) in report.figures.iter().enumerate() {
        for (node, s, e) in ranges(map, f.figure.start, f.figure.end) {
            marks.push(Mark {
                node,
                start: s,
                end: e,
                kind: "figure",
                label: f.label.clone(),
                entity: k,
            });
        }
    }
    for (k, p) in report.people.iter().enumerate() {
        let kind = if p.person.official {
            "official"
        } else {
            "person"
        };
        for (node, s, e) in ranges(map, p.person.start, p.person.end) {
            marks.push(Mark {
                node,
                start: s,
                end: e,
                kind,
                label: p.label.clone(),
                entity: k,
            });
        }
    }
    marks.sort_by_key(|m| (m.node, m.start));
    // Figures and people never overlap in a reader's view: the first wins.
    let mut kept: Vec<Mark> = Vec::with_capacity(marks.len());
    for m in marks {
        if let Some(last) = kept.last() {
            if last.node == m.node && m.start < last.end {
                continue;
            }
        }
        kept.push(m);
    }
    let stats = Stats {
        article_found: report.article_found,
        figures: report.figures.len(),
        officials: distinct_names(&report, true),
        people: distinct_names(&report, false),
        hidden: hide.len(),
    };
    // Tell the reader when part of the engine did not load (rules still run).
    let warnings = crate::people::tagger::model_error()
        .map(|e| format!("person tagger unavailable ({e}); names are found by rules only"))
        .into_iter()
        .collect();
    Plan {
        facts: crate::facts::build(&report),
        report,
        hide,
        hide_keys,
        early_keys: Vec::new(),
        marks: kept,
        stats,
        warnings,
    }
}

/// How many different people (not mentions) of one kind the report names.
fn distinct_names(report: &Report, official: bool) -> usize {
    let mut names: Vec<&str> = report
        .people
        .iter()
        .filter(|p| p.person.official == official)
        .map(|p| p.person.name.as_str())
        .collect();
    names.sort_unstable();
    names.dedup();
    names.len()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_serialised_plan_does_not_send_the_article_text_back() {
        let snap = crate::html::snapshot(
            "<html><body><article><p>At least 352 civilians have died, officials said.</p></article></body></html>",
        );
        let plan = crate::analyze_snapshot(&snap).unwrap();
        assert!(!plan.report.article_text.is_empty());
        let json: serde_json::Value = serde_json::to_value(&plan).unwrap();
        assert!(json["report"].get("article_text").is_none());
        assert!(json["report"]["figures"].is_array());
    }
}
