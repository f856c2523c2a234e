//! The shape of the URL a page declares for itself (`og:url`), for the page
//! gate. Only its shape: how many words its last path segment holds (an
//! article's slug, "/how-to-build-a-workout-routine"), how deep the path is,
//! whether it carries a date or a long number. No host, and no word of the
//! path is looked up, so nothing here is keyed on a site.

/// Features written (named in `page_features::NAMES`, "url_*").
pub const COUNT: usize = 5;

/// The features for a declared URL, or for none.
pub fn row(url: Option<&str>, out: &mut Vec<f32>) {
    let Some(segments) = url.and_then(path_segments) else {
        out.extend([0.0; COUNT]);
        return;
    };
    let last = segments.last().copied().unwrap_or("");
    let b = |v: bool| v as u8 as f32;
    out.extend([
        1.0,
        segments.len() as f32,
        slug_words(last) as f32,
        b(dated(&segments)),
        b(segments.iter().any(|s| longest_digit_run(s) >= 5)),
    ]);
}

/// The non-empty segments of the path of an http(s) URL or of a path from
/// the site's root ("/news/a-b"), or None.
fn path_segments(url: &str) -> Option<Vec<&str>> {
    let url = url.trim();
    let path = if url.starts_with('/') && !url.starts_with("//") {
        url
    } else {
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))?;
        rest.find('/').map_or("", |i| &rest[i..])
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    Some(path.split('/').filter(|s| !s.is_empty()).collect())
}

/// Words of a slug: runs of letters between separators, a file extension
/// left out ("best-laptops-2025.html" has two).
fn slug_words(segment: &str) -> usize {
    let stem = match segment.rsplit_once('.') {
        Some((stem, ext)) if (1..=5).contains(&ext.len()) => stem,
        _ => segment,
    };
    stem.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

/// A year segment ("/2025/") or a date inside one ("2025-12-19").
fn dated(segments: &[&str]) -> bool {
    let year = |s: &str| s.len() == 4 && s.parse::<u32>().is_ok_and(|y| (1990..=2099).contains(&y));
    segments.iter().any(|s| {
        year(s)
            || s.split(|c: char| !c.is_ascii_digit())
                .collect::<Vec<_>>()
                .windows(3)
                .any(|w| year(w[0]) && w[1].len() == 2 && w[2].len() == 2)
    })
}

fn longest_digit_run(s: &str) -> usize {
    s.split(|c: char| !c.is_ascii_digit())
        .map(str::len)
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row_of(url: Option<&str>) -> Vec<f32> {
        let mut out = Vec::new();
        row(url, &mut out);
        out
    }

    #[test]
    fn one_value_per_feature() {
        assert_eq!(row_of(None).len(), COUNT);
    }

    #[test]
    fn a_slug_counts_its_words_and_a_date_is_seen() {
        let r = row_of(Some(
            "https://example.org/2025/12/19/how-to-read-the-news.html?x=1",
        ));
        assert_eq!(r, vec![1.0, 4.0, 5.0, 1.0, 0.0]);
        let r = row_of(Some("https://example.org/story/2025-12-19-a-b/12345678"));
        assert_eq!(r, vec![1.0, 3.0, 0.0, 1.0, 1.0]);
    }

    #[test]
    fn a_home_page_has_no_path_and_junk_is_unknown() {
        assert_eq!(
            row_of(Some("https://example.org/")),
            vec![1.0, 0.0, 0.0, 0.0, 0.0]
        );
        assert_eq!(row_of(Some("/news/a-b")), vec![1.0, 2.0, 2.0, 0.0, 0.0]);
        assert_eq!(row_of(Some("relative/path")), vec![0.0; COUNT]);
        assert_eq!(row_of(Some("//cdn.example/x")), vec![0.0; COUNT]);
    }
}
