//! The report: what the CLI prints and what the extension's panel lists.
//! Its shape is a stable contract (see README "CLI").

use crate::figures::Figure;
use crate::people::Person;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub title: Option<String>,
    /// Whether the page is an article (the page gate let it through and an
    /// article block was found). When false nothing is hidden or marked, and
    /// `article_text` is all the text the page shows.
    pub article_found: bool,
    /// The text a reader sees after clutter stripping.
    pub article_text: String,
    pub figures: Vec<FigureOut>,
    pub people: Vec<PersonOut>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FigureOut {
    #[serde(flatten)]
    pub figure: Figure,
    /// What a tooltip says about it.
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PersonOut {
    #[serde(flatten)]
    pub person: Person,
    pub label: String,
}

impl Report {
    pub fn new(
        title: Option<String>,
        article_text: String,
        figures: Vec<Figure>,
        people: Vec<Person>,
    ) -> Report {
        Report {
            title,
            article_found: true,
            article_text,
            figures: figures
                .into_iter()
                .map(|f| FigureOut {
                    label: figure_label(&f),
                    figure: f,
                })
                .collect(),
            people: people
                .into_iter()
                .map(|p| PersonOut {
                    label: person_label(&p),
                    person: p,
                })
                .collect(),
        }
    }
}

/// "1234567.5" -> "1,234,567.5"; whole numbers print without decimals.
pub fn format_number(v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    let neg = v < 0.0;
    let v = v.abs();
    let rounded = (v * 1000.0).round() / 1000.0;
    let int = rounded.trunc() as u128;
    let frac = rounded - rounded.trunc();
    let digits = int.to_string();
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if frac > 0.0 {
        let f = format!("{frac:.3}");
        out.push_str(f.trim_start_matches('0').trim_end_matches('0'));
    }
    if neg {
        out.insert(0, '-');
    }
    out
}

fn figure_label(f: &Figure) -> String {
    let mut s = format!("Figure: {}", figure_value(f));
    if let Some(c) = &f.counts {
        s.push_str(" · counts ");
        s.push_str(c);
    }
    s.push_str(" · ");
    s.push_str(f.kind);
    s
}

/// "at least 352", "10–15 km", "$1.2bn" normalised: qualifier, value or range, unit.
pub fn figure_value(f: &Figure) -> String {
    let mut s = String::new();
    if let Some(q) = &f.qualifier {
        s.push_str(q);
        s.push(' ');
    }
    match (f.value, f.low, f.high) {
        (Some(v), _, _) => s.push_str(&format_number(v)),
        (None, Some(lo), Some(hi)) => {
            s.push_str(&format_number(lo));
            s.push('–');
            s.push_str(&format_number(hi));
        }
        _ => s.push('?'),
    }
    if let Some(u) = &f.unit {
        s.push(' ');
        s.push_str(u);
    }
    s
}

fn person_label(p: &Person) -> String {
    let head = if p.official { "Official" } else { "Person" };
    match &p.role {
        Some(r) => format!("{head}: {} — {r}", p.name),
        None => format!("{head}: {}", p.name),
    }
}

#[cfg(test)]
mod tests {
    use super::format_number;

    #[test]
    fn formats_numbers_like_en_us() {
        assert_eq!(format_number(500000.0), "500,000");
        assert_eq!(format_number(352.0), "352");
        assert_eq!(format_number(1.2e9), "1,200,000,000");
        assert_eq!(format_number(2.5), "2.5");
    }
}
