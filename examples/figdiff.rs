//! Dev aid: for each failing Recognizers case, the expected and found spans.
use factlight::eval::figures::{case_passes, predict, RECOGNIZER_FILES};
use factlight::figures::{find_with, Options};
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let only = std::env::args().nth(2);
    for &(file, model) in RECOGNIZER_FILES {
        if let Some(o) = &only {
            if !file.contains(o.as_str()) {
                continue;
            }
        }
        let raw = std::fs::read(format!("{dir}/{file}")).unwrap();
        let cases: serde_json::Value = serde_json::from_slice(&raw).unwrap();
        for c in cases.as_array().unwrap() {
            if case_passes(model, c) {
                continue;
            }
            let input = c["Input"].as_str().unwrap();
            let exp: Vec<String> = c["Results"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| {
                    format!(
                        "{}..{} {:?} {}",
                        r["Start"],
                        r["End"].as_u64().map(|e| e + 1).unwrap_or(0),
                        r["Text"].as_str().unwrap_or(""),
                        r["Resolution"]["value"]
                    )
                })
                .collect();
            let got = predict(model, input);
            let chars: Vec<char> = input.chars().collect();
            let got: Vec<String> = got
                .iter()
                .map(|g| {
                    format!(
                        "{}..{} {:?} {}",
                        g.0,
                        g.1,
                        chars[g.0..g.1.min(chars.len())].iter().collect::<String>(),
                        g.2
                    )
                })
                .collect();
            factlight::outln!("{file}: {input:?}\n   exp {exp:?}\n   got {got:?}");
            if std::env::var("ALL").is_ok() {
                for f in find_with(
                    input,
                    &Options {
                        bare_numbers: true,
                        ..Options::default()
                    },
                ) {
                    factlight::outln!("      {f:?}");
                }
            }
        }
    }
}
