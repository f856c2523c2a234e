//! The native CLI. Contract (stable, see README):
//!   factlight analyze [--text] [FILE|-]
//!   factlight analyze --jsonl [--text] < in > out

use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

/// Larger inputs are refused with a clear error rather than analysed slowly.
const MAX_INPUT_BYTES: u64 = 32 * 1024 * 1024;

const USAGE: &str = "usage:
  factlight analyze [--text] [FILE|-]            one document; HTML unless --text
  factlight analyze --jsonl [--text] < in > out  one JSON object per line:
                                                 {\"id\", \"html\"|\"text\"} in, {\"id\", ...report} out
  factlight eval extraction DIR [--worst N] [--predictions FILE]
                                                 score article extraction on a benchmark folder
                                                 (html/<id>.html.gz, ground-truth.json); with
                                                 --predictions, score {id: text} made elsewhere
  factlight eval figures recognizers DIR [--failed]  Recognizers-Text spec pass rates
  factlight eval figures newsquant FILE [--errors]   NewsQuant value P/R/F1 and concept match
  factlight eval figures speed [FILE]                finder throughput (FILE's text repeated)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("factlight: {e}");
            ExitCode::from(if e.starts_with("usage") { 2 } else { 1 })
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let Some((cmd, rest)) = args.split_first() else {
        return Err(USAGE.into());
    };
    match cmd.as_str() {
        "analyze" => analyze(rest),
        "eval" => eval(rest),
        "--help" | "-h" | "help" => {
            println!("{USAGE}");
            Ok(())
        }
        "--version" | "-V" => {
            println!("factlight {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        other => Err(format!("unknown command {other:?}\n{USAGE}")),
    }
}

fn analyze(args: &[String]) -> Result<(), String> {
    let mut text = false;
    let mut jsonl = false;
    let mut explain = false;
    let mut file: Option<&str> = None;
    for a in args {
        match a.as_str() {
            "--text" => text = true,
            "--jsonl" => jsonl = true,
            "--explain" => explain = true,
            s if s.starts_with("--") => return Err(format!("unknown option {s:?}\n{USAGE}")),
            s if file.is_none() => file = Some(s),
            s => return Err(format!("unexpected argument {s:?}\n{USAGE}")),
        }
    }
    if jsonl {
        if file.is_some() {
            return Err(format!("--jsonl reads standard input only\n{USAGE}"));
        }
        return analyze_jsonl(text);
    }
    let input = read_input(file)?;
    if explain {
        // Debugging aid: why each block was hidden, on stderr.
        for line in factlight::explain_html(&input) {
            eprintln!("{line}");
        }
    }
    let report = if text {
        factlight::analyze_text(&input)
    } else {
        factlight::analyze_html(&input)
    };
    let json = serde_json::to_string(&report).map_err(|e| e.to_string())?;
    println!("{json}");
    Ok(())
}

/// Reads a whole document, refusing binary, non-UTF-8, empty and huge input.
fn read_input(file: Option<&str>) -> Result<String, String> {
    let mut bytes = Vec::new();
    let name = file.unwrap_or("-");
    let reader: Box<dyn Read> = if name == "-" {
        Box::new(io::stdin())
    } else {
        Box::new(std::fs::File::open(name).map_err(|e| format!("cannot open {name}: {e}"))?)
    };
    reader
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read {name}: {e}"))?;
    check_input(name, bytes)
}

fn check_input(name: &str, bytes: Vec<u8>) -> Result<String, String> {
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(format!(
            "{name} is larger than the {} MB limit",
            MAX_INPUT_BYTES / 1024 / 1024
        ));
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(format!("{name} is empty"));
    }
    if bytes.contains(&0) {
        return Err(format!("{name} looks binary (it contains NUL bytes)"));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name} is not UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn analyze_jsonl(force_text: bool) -> Result<(), String> {
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failures = 0usize;
    for (n, line) in stdin.lock().split(b'\n').enumerate() {
        let line = line.map_err(|e| format!("cannot read standard input: {e}"))?;
        if line.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        let result = jsonl_line(&line, force_text);
        let value = match result {
            Ok(v) => v,
            Err((id, e)) => {
                failures += 1;
                eprintln!("factlight: line {}: {e}", n + 1);
                serde_json::json!({ "id": id, "error": e })
            }
        };
        writeln!(out, "{value}").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())?;
    if failures > 0 {
        return Err(format!("{failures} line(s) could not be analysed"));
    }
    Ok(())
}

fn jsonl_line(
    line: &[u8],
    force_text: bool,
) -> Result<serde_json::Value, (serde_json::Value, String)> {
    let null = serde_json::Value::Null;
    let input: serde_json::Value =
        serde_json::from_slice(line).map_err(|e| (null.clone(), format!("not JSON: {e}")))?;
    let id = input.get("id").cloned().unwrap_or(serde_json::Value::Null);
    let (body, is_text) = match (input.get("html"), input.get("text")) {
        (Some(serde_json::Value::String(h)), _) => (h.as_str(), force_text),
        (_, Some(serde_json::Value::String(t))) => (t.as_str(), true),
        _ => return Err((id, "expected a string field \"html\" or \"text\"".into())),
    };
    let report = if is_text {
        factlight::analyze_text(body)
    } else {
        factlight::analyze_html(body)
    };
    let mut value = serde_json::to_value(&report).map_err(|e| (id.clone(), e.to_string()))?;
    if let serde_json::Value::Object(map) = &mut value {
        map.insert("id".into(), id);
    }
    Ok(value)
}

fn eval(args: &[String]) -> Result<(), String> {
    match args {
        [what, dir, rest @ ..] if what == "extraction" => {
            let mut worst = 10;
            let mut predictions: Option<&str> = None;
            let mut it = rest.iter();
            while let Some(flag) = it.next() {
                let value = it
                    .next()
                    .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
                match flag.as_str() {
                    "--worst" => {
                        worst = value
                            .parse()
                            .map_err(|_| format!("--worst takes a number, not {value:?}"))?
                    }
                    "--predictions" => predictions = Some(value),
                    _ => return Err(format!("unexpected argument {flag:?}\n{USAGE}")),
                }
            }
            let dir = std::path::Path::new(dir);
            let run = match predictions {
                None => factlight::eval::run::extraction(dir)?,
                Some(file) => {
                    let raw =
                        std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
                    let value: serde_json::Value =
                        serde_json::from_slice(&raw).map_err(|e| format!("{file}: {e}"))?;
                    let map = value
                        .as_object()
                        .ok_or_else(|| format!("{file}: expected {{id: text}}"))?;
                    factlight::eval::run::extraction_of(dir, map)?
                }
            };
            factlight::eval::run::print(&run, worst);
            Ok(())
        }
        [what, rest @ ..] if what == "figures" => eval_figures(rest),
        _ => Err(format!("usage: factlight eval extraction DIR\n{USAGE}")),
    }
}

fn eval_figures(args: &[String]) -> Result<(), String> {
    use factlight::eval::figures as ef;
    let verbose = args.len() > 2 && args[2].starts_with("--");
    match args {
        [which, dir, ..] if which == "recognizers" => {
            let scores = ef::recognizers(std::path::Path::new(dir))?;
            let (mut p, mut t) = (0, 0);
            for s in &scores {
                p += s.passed;
                t += s.total;
                println!(
                    "{:40} {:4}/{:4}  {:.1}%",
                    s.file,
                    s.passed,
                    s.total,
                    100.0 * s.passed as f64 / s.total as f64
                );
                if verbose {
                    for f in &s.failed {
                        println!("    FAIL {f:?}");
                    }
                }
            }
            println!("total {p}/{t}  {:.1}%", 100.0 * p as f64 / t as f64);
            Ok(())
        }
        [which, file, ..] if which == "newsquant" => {
            let s = ef::newsquant(std::path::Path::new(file))?;
            if verbose {
                for (text, fps, missed) in &s.errors {
                    println!("{text}\n    FP {fps:?}\n    MISSED {missed:?}");
                }
            }
            println!(
                "gold {} predicted {} matched {}\nprecision {:.3} recall {:.3} F1 {:.3}\nconcept matched {:.1}% of true positives",
                s.gold,
                s.predicted,
                s.matched,
                s.precision(),
                s.recall(),
                s.f1(),
                100.0 * s.concept_rate()
            );
            Ok(())
        }
        [which, file @ ..] if which == "speed" && file.len() <= 1 => {
            let text = match file.first() {
                Some(f) => Some(std::fs::read_to_string(f).map_err(|e| format!("{f}: {e}"))?),
                None => None,
            };
            let mb = ef::throughput_mb_s(8 << 20, text.as_deref());
            println!("figures::find throughput: {mb:.1} MB/s (this build, one thread)");
            Ok(())
        }
        _ => Err(format!("unknown eval figures arguments {args:?}\n{USAGE}")),
    }
}
