//! Dev aid: for every benchmark page, writes OUT/<id>.txt (all the text the
//! page keeps), OUT/<id>.body (the article body as scored, `eval::body`) and
//! OUT/<id>.truth (the ground truth), for diffing.
use factlight::eval::body::article_body;
use factlight::page::Page;
fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("benchmark dir"));
    let out = std::path::PathBuf::from(std::env::args().nth(2).expect("output dir"));
    std::fs::create_dir_all(&out).unwrap();
    let truth: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("ground-truth.json")).unwrap()).unwrap();
    for (id, t) in truth.as_object().unwrap() {
        let html = factlight::eval::run::page_html(&dir, id).unwrap();
        let snap = factlight::html::snapshot(&html);
        let (kept, body) = match factlight::analyze_snapshot(&snap) {
            Ok(plan) => {
                let body = article_body(&Page::new(&snap), &plan.hide);
                (plan.report.article_text, body)
            }
            Err(_) => Default::default(),
        };
        std::fs::write(out.join(format!("{id}.txt")), kept).unwrap();
        std::fs::write(out.join(format!("{id}.body")), body).unwrap();
        std::fs::write(
            out.join(format!("{id}.truth")),
            t["articleBody"].as_str().unwrap_or(""),
        )
        .unwrap();
    }
}
