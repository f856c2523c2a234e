//! What a page says it is: its `og:type` and the `@type`s of its JSON-LD
//! entities (the top-level ones, those of an `@graph`, and a page's
//! `mainEntity`), grouped into the kinds the page gate uses. Nested
//! entities (an article's author, a product's brand) are not the page.

use crate::snapshot::Snapshot;

/// Kinds of page a JSON-LD type names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Article,
    TechArticle,
    Product,
    Discussion,
    Listing,
    Business,
    Software,
    Howto,
    Faq,
    Event,
    Other,
}

pub const KINDS: [Kind; 11] = [
    Kind::Article,
    Kind::TechArticle,
    Kind::Product,
    Kind::Discussion,
    Kind::Listing,
    Kind::Business,
    Kind::Software,
    Kind::Howto,
    Kind::Faq,
    Kind::Event,
    Kind::Other,
];

fn kind_of(t: &str) -> Option<Kind> {
    let t = t.rsplit(['/', ':']).next().unwrap_or(t);
    Some(match t {
        "Article"
        | "NewsArticle"
        | "BlogPosting"
        | "ReportageNewsArticle"
        | "OpinionNewsArticle"
        | "AnalysisNewsArticle"
        | "BackgroundNewsArticle"
        | "ReviewNewsArticle"
        | "LiveBlogPosting"
        | "ScholarlyArticle"
        | "Report"
        | "SatiricalArticle"
        | "AdvertiserContentArticle"
        | "Review"
        | "Blog" => Kind::Article,
        "TechArticle" | "APIReference" => Kind::TechArticle,
        "Product" | "ProductGroup" | "Offer" | "AggregateOffer" | "IndividualProduct"
        | "ProductModel" | "Car" | "Vehicle" => Kind::Product,
        "DiscussionForumPosting"
        | "QAPage"
        | "Question"
        | "Answer"
        | "SocialMediaPosting"
        | "Comment" => Kind::Discussion,
        "CollectionPage" | "ItemList" | "SearchResultsPage" | "ProductCollection"
        | "OfferCatalog" | "DataCatalog" => Kind::Listing,
        "Organization"
        | "Corporation"
        | "LocalBusiness"
        | "Service"
        | "ProfessionalService"
        | "FinancialService"
        | "MedicalBusiness"
        | "Store"
        | "Restaurant"
        | "AboutPage"
        | "ContactPage"
        | "Hotel"
        | "LodgingBusiness"
        | "EducationalOrganization" => Kind::Business,
        "SoftwareApplication"
        | "WebApplication"
        | "MobileApplication"
        | "SoftwareSourceCode"
        | "WebAPI" => Kind::Software,
        "HowTo" | "Recipe" | "Course" => Kind::Howto,
        "FAQPage" => Kind::Faq,
        "Event" | "JobPosting" | "Place" | "Movie" | "Book" | "VideoObject" | "MusicRecording"
        | "Episode" | "TVSeries" => Kind::Event,
        // Present on nearly every page: says nothing of its kind.
        "WebPage"
        | "WebSite"
        | "BreadcrumbList"
        | "ImageObject"
        | "Person"
        | "SearchAction"
        | "ReadAction"
        | "ListItem"
        | "SiteNavigationElement"
        | "WPHeader"
        | "WPFooter"
        | "WPSideBar" => return None,
        _ => Kind::Other,
    })
}

/// What the snapshot's structured data says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Declared {
    /// `og:type`, lower-case.
    pub og_type: Option<String>,
    /// `<meta>` says when it was published, or who wrote it.
    pub published: bool,
    pub author: bool,
    /// The URL the page gives for itself (`og:url`).
    pub url: Option<String>,
    /// Kinds named by the page's JSON-LD, each once.
    pub kinds: Vec<Kind>,
    /// An article-like entity gives a publication date.
    pub dated_article: bool,
}

impl Declared {
    pub fn has(&self, k: Kind) -> bool {
        self.kinds.contains(&k)
    }
}

pub fn declared(snap: &Snapshot) -> Declared {
    let meta = |k: &str| {
        snap.meta
            .iter()
            .find(|m| m.0 == k)
            .map(|m| m.1.trim())
            .filter(|v| !v.is_empty())
    };
    let mut d = Declared {
        og_type: meta("og:type").map(str::to_lowercase),
        published: meta("article:published_time").is_some(),
        author: meta("article:author").or_else(|| meta("author")).is_some(),
        url: meta("og:url").map(str::to_string),
        ..Default::default()
    };
    for raw in &snap.ld_json {
        // Malformed JSON-LD is common; it says nothing.
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(raw) {
            entities(&v, 0, &mut d);
        }
    }
    d
}

/// Entities at the page's level: a value, an array of them, an `@graph`,
/// and a `WebPage`'s `mainEntity`.
fn entities(v: &serde_json::Value, depth: usize, d: &mut Declared) {
    if depth > 4 {
        return;
    }
    match v {
        serde_json::Value::Array(items) => {
            for item in items.iter().take(64) {
                entities(item, depth + 1, d);
            }
        }
        serde_json::Value::Object(map) => {
            let mut article = false;
            for t in types(map.get("@type")) {
                if let Some(k) = kind_of(t) {
                    article |= k == Kind::Article || k == Kind::TechArticle;
                    if !d.kinds.contains(&k) {
                        d.kinds.push(k);
                    }
                }
            }
            if article && map.contains_key("datePublished") {
                d.dated_article = true;
            }
            for key in ["@graph", "mainEntity", "mainEntityOfPage"] {
                if let Some(inner) = map.get(key) {
                    if inner.is_object() || inner.is_array() {
                        entities(inner, depth + 1, d);
                    }
                }
            }
        }
        _ => {}
    }
}

fn types(v: Option<&serde_json::Value>) -> Vec<&str> {
    match v {
        Some(serde_json::Value::String(s)) => vec![s.as_str()],
        Some(serde_json::Value::Array(a)) => a.iter().filter_map(|x| x.as_str()).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap(og: Option<&str>, ld: &[&str]) -> Snapshot {
        Snapshot {
            meta: og
                .map(|o| ("og:type".to_string(), o.to_string()))
                .into_iter()
                .collect(),
            ld_json: ld.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn page_level_types_count_and_nested_ones_do_not() {
        let d = declared(&snap(
            Some(" Article "),
            &[
                r#"{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
                {"@type":"NewsArticle","datePublished":"2025-01-01",
                 "author":{"@type":"Organization"}}]}"#,
            ],
        ));
        assert_eq!(d.og_type.as_deref(), Some("article"));
        assert_eq!(d.kinds, [Kind::Article]);
        assert!(d.dated_article);
    }

    #[test]
    fn forums_products_and_broken_json_ld() {
        let d = declared(&snap(
            None,
            &[
                r#"{"@type":"QAPage","mainEntity":{"@type":"Question"}}"#,
                r#"[{"@type":["Product"]}]"#,
                "{not json",
            ],
        ));
        assert!(d.has(Kind::Discussion) && d.has(Kind::Product));
        assert!(!d.has(Kind::Article));
    }
}
