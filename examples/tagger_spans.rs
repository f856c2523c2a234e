//! Prints the person tagger's raw spans and margins for a text on stdin
//! (`cargo run --release --example tagger_spans < article.txt`): what the
//! rules in `people::find` start from.
use std::io::Read;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let chars: Vec<char> = s.chars().collect();
    let tokens = factlight::tokens::tokenize(&chars);
    for (r, m) in factlight::people::tagger::scored_spans(&tokens) {
        let t: Vec<&str> = tokens[r.clone()].iter().map(|t| t.text.as_str()).collect();
        factlight::outln!("{:?} {:.3}", t.join(" "), m);
    }
}
