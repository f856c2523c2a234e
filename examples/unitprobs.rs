//! Dev aid: for one HTML page, the gate's probability and each text unit's
//! block probability, whether it lies in the rules' article and whether the
//! rules hide it (H), and whether the final decision hides it (X).
//!
//! cargo run --release --example unitprobs -- PAGE.html
use factlight::clutter::{self, models, rules, units};
use factlight::page::Page;
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let html = std::fs::read_to_string(&a[1]).unwrap();
    let snap = factlight::html::snapshot(&html);
    let page = Page::new(&snap);
    let us = units::units(&page);
    let prop = rules::decide(&page);
    let gate = models::gate().unwrap();
    let blocks = models::blocks().unwrap();
    let g = clutter::article_probability(&page, &us, &prop, gate);
    let p = clutter::unit_probabilities(&page, &us, &prop, blocks, g);
    let hidden = clutter::hidden_elements(&page, &prop.hide);
    let fin = clutter::hidden_elements(&page, &clutter::decide(&page).hide);
    factlight::outln!("gate {g:.3} rules article {:?}", prop.article);
    for (u, q) in us.iter().zip(&p) {
        let t: String = u.text.chars().take(70).collect();
        let inside = prop.article.is_some_and(|a| page.contains(a, u.el));
        factlight::outln!(
            "{q:.3} {} {}{} {:5} {}",
            if inside { "in " } else { "out" },
            if hidden[u.el] { "H" } else { "-" },
            if fin[u.el] { "X" } else { "-" },
            u.chars,
            t.replace('\n', " ")
        );
    }
}
