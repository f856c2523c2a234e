//! Dev aid: one line per benchmark page (id, split, type, found, kept tp/fp/fn,
//! content kept), tab-separated, for sorting and plotting.
fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("benchmark dir"));
    let run = factlight::eval::run::extraction(&dir).expect("extraction run");
    for p in &run.pages {
        factlight::outln!(
            "{}\t{}\t{}\t{}\t{:.3}\t{:.3}\t{:.3}\t{:.3}\t{}",
            p.id,
            if p.held_out { "held" } else { "dev" },
            p.page_type,
            p.article_found,
            p.kept.tp,
            p.kept.fp,
            p.kept.fn_,
            p.content_kept,
            p.url
        );
    }
}
