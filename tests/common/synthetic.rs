//! Synthetic pages for the growth test and the benchmark: a news page of a
//! chosen size, and pathological shapes (deep nesting, very many siblings).
//! Deterministic, so runs are comparable. Included with `#[path]` by
//! tests/growth.rs and benches/pipeline.rs.

#![allow(dead_code)] // each includer uses part of it

use factlight::snapshot::{SnapNode, Snapshot};

const OFFICIALS: &[&str] = &[
    "Belarusian Foreign Minister Vladimir Makei",
    "French President Emmanuel Macron",
    "Ukrainian President Volodymyr Zelensky",
    "German Chancellor Olaf Scholz",
    "U.S. Secretary of State Antony Blinken",
    "British Prime Minister Boris Johnson",
    "Polish Interior Minister Mariusz Kaminski",
    "UN Secretary-General Antonio Guterres",
];
const PEOPLE: &[&str] = &[
    "Russian oligarch Roman Abramovich",
    "analyst Maria Lipman",
    "economist Sergei Guriev",
    "aid worker Anna Kovalenko",
];
const FIGURES: &[&str] = &[
    "at least 352 Ukrainian civilians",
    "more than 2 million people",
    "500,000 refugees",
    "$1.2 billion in aid",
    "40% of the city's homes",
    "nearly 1,500 soldiers",
    "about 3.5 million euros",
    "dozens of villages",
];
const PLACES: &[&str] = &["Kyiv", "Kharkiv", "Minsk", "Warsaw", "Brussels", "Mariupol"];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/// A small linear congruential generator: enough variety, no dependency.
struct Lcg(u64);

impl Lcg {
    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        list[(self.0 >> 33) as usize % list.len()]
    }
}

const NATIONS: &[&str] = &[
    "Belarusian",
    "French",
    "Ukrainian",
    "German",
    "Polish",
    "Dutch",
    "Czech",
    "Finnish",
];
const ROLES: &[&str] = &[
    "Foreign Minister",
    "President",
    "Prime Minister",
    "Interior Minister",
    "Defence Minister",
    "Finance Minister",
];
const FIRST: &[&str] = &[
    "Vladimir", "Anna", "Olaf", "Maria", "Antony", "Sergei", "Emma", "Tomas", "Irena", "Pavel",
    "Lena", "Marek",
];
const LAST: &[&str] = &[
    "Makei",
    "Kovalenko",
    "Lipman",
    "Guriev",
    "Novak",
    "Berg",
    "Horak",
    "Lind",
    "Sorensen",
    "Dvorak",
    "Kaminski",
    "Virtanen",
];
const NOUNS: &[&str] = &[
    "civilians",
    "refugees",
    "soldiers",
    "homes",
    "villages",
    "schools",
    "families",
    "volunteers",
    "tonnes of grain",
    "euros in aid",
];
const VERBS: &[&str] = &[
    "said",
    "told reporters",
    "warned",
    "confirmed",
    "added",
    "insisted",
    "wrote",
];
const OPENERS: &[&str] = &[
    "Earlier",
    "Later",
    "Meanwhile",
    "By evening",
    "Overnight",
    "In a statement",
    "On the border",
    "At the talks",
];

impl Lcg {
    fn number(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }

    fn official(&mut self) -> String {
        format!(
            "{} {} {} {}",
            self.pick(NATIONS),
            self.pick(ROLES),
            self.pick(FIRST),
            self.pick(LAST)
        )
    }

    fn figure(&mut self) -> String {
        let n = 2 + self.number(98_000);
        format!("{} {}", n, self.pick(NOUNS))
    }
}

/// One news-like paragraph with officials, people, figures and places.
/// Built from many parts, so that, as in real prose, few of its 4-word
/// phrases repeat earlier ones: a page of near-copies of one paragraph is
/// read as copies (a second rendering of the story), which is what it is.
fn paragraph(rng: &mut Lcg, k: usize) -> String {
    let lead = format!(
        "{} {} on {} that {} had been affected in {}.",
        rng.official(),
        rng.pick(VERBS),
        rng.pick(DAYS),
        rng.figure(),
        rng.pick(PLACES),
    );
    let middle = match rng.number(3) {
        0 => format!(
            " {}, {} {} that talks in {} would resume within {} days.",
            rng.pick(OPENERS),
            rng.official(),
            rng.pick(VERBS),
            rng.pick(PLACES),
            3 + k % 11
        ),
        1 => format!(
            " According to {}, {} were still waiting for help near {}.",
            rng.pick(PEOPLE),
            rng.figure(),
            rng.pick(PLACES)
        ),
        _ => format!(
            " {} {} that {} had been pledged since {}, and {} more were expected.",
            rng.pick(OPENERS),
            rng.pick(PEOPLE),
            rng.pick(FIGURES),
            rng.pick(DAYS),
            rng.figure()
        ),
    };
    format!("{lead}{middle} (Report {k}, {}.)", rng.pick(FIGURES))
}

/// Navigation, share bar, related box and sidebar: what a reader does not want.
fn nav() -> String {
    let links: String = [
        "World", "Politics", "Business", "Science", "Sport", "Opinion",
    ]
    .iter()
    .map(|s| format!("<li><a href=\"/{s}\">{s}</a></li>"))
    .collect();
    format!("<header class=\"site-header\"><nav class=\"site-nav\"><ul>{links}</ul></nav></header>")
}

fn related(k: usize) -> String {
    format!(
        "<aside class=\"related-box\"><h3>Related</h3><ul>\
         <li><a href=\"/a{k}\">Talks stall again as winter nears</a></li>\
         <li><a href=\"/b{k}\">What the sanctions mean for grain prices</a></li></ul></aside>\
         <div class=\"ad-slot\">Advertisement</div>"
    )
}

fn sidebar() -> String {
    format!(
        "<aside class=\"sidebar\"><h2>Most read</h2><ol>{}</ol></aside>\
         <footer class=\"site-footer\"><p>© 2022 The Daily Example. All rights reserved.</p></footer>",
        (1..=5)
            .map(|i| format!("<li><a href=\"/top{i}\">Top story number {i}</a></li>"))
            .collect::<String>()
    )
}

/// A news page whose HTML is about `bytes` long: many paragraphs in an
/// <article>, a related box and an ad every 20 paragraphs, plus navigation,
/// a sidebar and a footer around it.
pub fn news_page(bytes: usize) -> String {
    let mut rng = Lcg(42);
    let mut html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><title>Talks resume | The Daily Example</title>\
         </head><body>{}<main><article><h1>Talks resume as aid pledges grow</h1>\
         <p class=\"byline\">By Anna Example, Reuters</p><div class=\"article-body\">",
        nav()
    );
    let tail = format!("</div></article>{}</main></body></html>", sidebar());
    let mut k = 0;
    while html.len() + tail.len() < bytes {
        html.push_str("<p>");
        html.push_str(&paragraph(&mut rng, k));
        html.push_str("</p>\n");
        k += 1;
        if k % 20 == 0 {
            html.push_str(&related(k));
        }
    }
    html.push_str(&tail);
    html
}

/// Builds snapshots in pre-order, as the content script does.
struct Builder {
    nodes: Vec<SnapNode>,
}

impl Builder {
    fn element(&mut self, parent: usize, tag: &str, class: Option<&str>) -> usize {
        self.nodes.push(SnapNode {
            p: parent as i64,
            tag: tag.into(),
            attrs: class
                .map(|c| vec![("class".to_string(), c.to_string())])
                .unwrap_or_default(),
            ..Default::default()
        });
        self.nodes.len() - 1
    }

    fn text(&mut self, parent: usize, text: &str) {
        self.nodes.push(SnapNode {
            p: parent as i64,
            tag: "#text".into(),
            text: Some(text.into()),
            ..Default::default()
        });
    }

    /// A headline and twelve paragraphs: enough for clutter detection to
    /// find an article, so the whole pipeline runs.
    fn article(&mut self, parent: usize) -> usize {
        let mut rng = Lcg(7);
        let article = self.element(parent, "article", None);
        let h1 = self.element(article, "h1", None);
        self.text(h1, "Talks resume as aid pledges grow");
        for k in 0..12 {
            let p = self.element(article, "p", None);
            self.text(p, &paragraph(&mut rng, k));
        }
        article
    }

    fn chain(&mut self, parent: usize, tag: &str, depth: usize) -> usize {
        (0..depth).fold(parent, |p, _| self.element(p, tag, None))
    }

    fn done(self) -> Snapshot {
        Snapshot {
            url: None,
            title: Some("Synthetic".into()),
            lang: Some("en".into()),
            nodes: self.nodes,
            ..Default::default()
        }
    }
}

fn body() -> Builder {
    Builder {
        nodes: vec![SnapNode {
            p: -1,
            tag: "body".into(),
            ..Default::default()
        }],
    }
}

/// `depth` nested divs around the article, and inside it `depth` nested
/// divs, then `depth` nested spans, with a short line of text at the bottom.
pub fn nested_snapshot(depth: usize) -> Snapshot {
    let mut b = body();
    let outer = b.chain(0, "div", depth);
    let article = b.article(outer);
    let inner = b.chain(article, "div", depth);
    // Not a label: every level is looked at, none is hidden early.
    b.text(inner, "A note at the bottom.");
    let spans = b.chain(article, "span", depth);
    b.text(spans, "A note at the bottom.");
    b.done()
}

/// The article beside `n` sibling elements: short paragraphs, links and
/// empty divs, as in an endless comment thread or link list.
pub fn sibling_snapshot(n: usize) -> Snapshot {
    let mut b = body();
    let main = b.element(0, "div", Some("main"));
    b.article(main);
    let thread = b.element(main, "div", Some("thread"));
    for k in 0..n {
        match k % 3 {
            0 => {
                let p = b.element(thread, "p", None);
                b.text(p, "Great article, thanks.");
            }
            1 => {
                let a = b.element(thread, "a", None);
                b.text(a, "Reply");
            }
            _ => {
                b.element(thread, "div", None);
            }
        }
    }
    b.done()
}

/// The same deep nesting as HTML, for the parser's sake.
pub fn nested_html(depth: usize) -> String {
    let mut html = String::from("<!DOCTYPE html><html><body>");
    html.push_str(&"<div>".repeat(depth));
    html.push_str("<p>Text at the bottom.</p>");
    html.push_str(&"</div>".repeat(depth));
    html.push_str("</body></html>");
    html
}
