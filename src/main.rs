//! The native CLI. Contract (stable, see README):
//!   factlight analyze [--text] [FILE|-]
//!   factlight analyze --jsonl [--text] < in > out

use factlight::outln;
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
  factlight eval figures newsquant FILE [--errors]   NewsQuant value P/R/F1 and concept match for
                                                 the tuning part, the held-out part (about a
                                                 third, by a hash of the sentence) and both;
                                                 --errors lists the tuning part's only
  factlight eval figures fixtures FILE               the figure fixtures by class, failures listed
                                                 (tests/fixtures/figures/classes.json)
  factlight eval figures speed [FILE]                finder throughput (FILE's text repeated)
  factlight eval figures news LABELS GROUND_TRUTH|- [--split dev|heldout] [--errors]
                                                 hand-labelled news: highlight overlap P/R/F1,
                                                 exact-span F1 and value accuracy, per split
                                                 (tests/fixtures/figures/news/*.json)
  factlight eval people conll|crossner|wikigold FILE [--tagger] [--half tune|heldout] [--errors]
                                                 PER precision/recall/F1, exact and overlapping
                                                 spans (and, for CrossNER, politicians flagged
                                                 official); --half: even or odd documents
  factlight eval people news LABELS GROUND_TRUTH|- [--split dev|heldout] [--errors]
                                                 hand-labelled news: names, officials, links
                                                 (tests/fixtures/people/news/*.json; \"-\" when
                                                 the articles carry their text)
  factlight eval people all SHARED_DIR           every set above, dev and held out side by side
  factlight eval people speed FILE               person-finder throughput over the article
                                                 bodies of a ground-truth.json
  factlight eval people roles FILE               role/official accuracy on a fixture list
                                                 (tests/fixtures/people/roles.json)
  factlight eval people seed HTML EXPECTED       role/official accuracy on the seed page
  factlight train people --conll DIR [--crossner DIR] [--out FILE] [--epochs N]
                                                 retrain the person tagger from DIR/eng.train
                                                 (and CrossNER's train.txt; default out:
                                                 src/people/model.bin)";

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
        "train" => train(rest),
        "--help" | "-h" | "help" => {
            outln!("{USAGE}");
            Ok(())
        }
        "--version" | "-V" => {
            outln!("factlight {}", env!("CARGO_PKG_VERSION"));
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
    outln!("{json}");
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

/// A write error on stdout as the CLI's error; a closed pipe ends quietly.
fn written(e: io::Error) -> String {
    factlight::cli_out::quit_if_closed(&e);
    format!("writing to stdout failed: {e}")
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
        writeln!(out, "{value}").map_err(written)?;
    }
    out.flush().map_err(written)?;
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
        [what, kind, file, rest @ ..] if what == "people" => eval_people(kind, file, rest),
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
                outln!(
                    "{:40} {:4}/{:4}  {:.1}%",
                    s.file,
                    s.passed,
                    s.total,
                    100.0 * s.passed as f64 / s.total as f64
                );
                if verbose {
                    for f in &s.failed {
                        outln!("    FAIL {f:?}");
                    }
                }
            }
            outln!("total {p}/{t}  {:.1}%", 100.0 * p as f64 / t as f64);
            Ok(())
        }
        [which, file, ..] if which == "newsquant" => {
            let p = ef::newsquant_parts(std::path::Path::new(file))?;
            if verbose {
                // The tuning part only: the held-out part is never read.
                for (text, fps, missed) in &p.tune.errors {
                    outln!("{text}\n    FP {fps:?}\n    MISSED {missed:?}");
                }
            }
            outln!(
                "{:10} {:>9} {:>5} {:>5} {:>7} {:>9} {:>6} {:>6} {:>7}",
                "part",
                "sentences",
                "gold",
                "found",
                "matched",
                "precision",
                "recall",
                "F1",
                "concept"
            );
            for (name, s) in [
                ("tune", &p.tune),
                ("held-out", &p.held_out),
                ("all", &p.all),
            ] {
                outln!(
                    "{:10} {:>9} {:>5} {:>5} {:>7} {:>9.3} {:>6.3} {:>6.3} {:>6.1}%",
                    name,
                    s.sentences,
                    s.gold,
                    s.predicted,
                    s.matched,
                    s.precision(),
                    s.recall(),
                    s.f1(),
                    100.0 * s.concept_rate()
                );
            }
            outln!(
                "gap (tune - held-out): F1 {:+.3}, precision {:+.3}",
                p.tune.f1() - p.held_out.f1(),
                p.tune.precision() - p.held_out.precision()
            );
            Ok(())
        }
        [which, file, ..] if which == "fixtures" => {
            let raw = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
            let cases = serde_json::from_str(&raw).map_err(|e| format!("{file}: {e}"))?;
            let s = ef::score_fixtures(&cases)?;
            for f in &s.failures {
                outln!("FAIL {f}");
            }
            for (class, passed, total) in &s.classes {
                outln!("{class:48} {passed:3}/{total:3}");
            }
            outln!("total {}/{}", s.passed, s.checks);
            Ok(())
        }
        [which, labels, rest @ ..] if which == "news" => figures_news(labels, rest),
        [which, file @ ..] if which == "speed" && file.len() <= 1 => {
            let text = match file.first() {
                Some(f) => Some(std::fs::read_to_string(f).map_err(|e| format!("{f}: {e}"))?),
                None => None,
            };
            let mb = ef::throughput_mb_s(8 << 20, text.as_deref());
            outln!("figures::find throughput: {mb:.1} MB/s (this build, one thread)");
            Ok(())
        }
        _ => Err(format!("unknown eval figures arguments {args:?}\n{USAGE}")),
    }
}

/// What `eval figures news` and `eval people news` take after LABELS: the
/// ground truth (articles with their text inline need none: pass "-"),
/// `--split dev|heldout` and `--errors`.
struct NewsArgs {
    truth: serde_json::Value,
    split: Option<String>,
    errors: bool,
}

impl NewsArgs {
    fn parse(rest: &[String], what: &str) -> Result<NewsArgs, String> {
        let (truth, flags) = rest.split_first().ok_or(format!(
            "usage: factlight eval {what} news LABELS GROUND_TRUTH\n{USAGE}"
        ))?;
        let mut split = None;
        let mut errors = false;
        let mut it = flags.iter();
        while let Some(a) = it.next() {
            match a.as_str() {
                "--split" => split = Some(it.next().ok_or("--split needs dev or heldout")?.clone()),
                "--errors" => errors = true,
                s => return Err(format!("unexpected argument {s:?}\n{USAGE}")),
            }
        }
        let truth = if truth == "-" {
            serde_json::Value::Null
        } else {
            let raw =
                std::fs::read_to_string(truth).map_err(|e| format!("cannot read {truth}: {e}"))?;
            serde_json::from_str(&raw).map_err(|e| format!("{truth}: {e}"))?
        };
        Ok(NewsArgs {
            truth,
            split,
            errors,
        })
    }

    /// An article's text, by its id in the ground truth.
    fn text(&self, id: &str) -> Option<String> {
        self.truth[id]["articleBody"].as_str().map(str::to_string)
    }
}

/// `eval figures news`: each split on its own (both when none is given).
fn figures_news(labels: &str, rest: &[String]) -> Result<(), String> {
    use factlight::eval::figures_news::{score_file, LabelFile};
    let news = NewsArgs::parse(rest, "figures")?;
    let (split, errors) = (news.split.clone(), news.errors);
    let texts = |id: &str| news.text(id);
    let raw = std::fs::read_to_string(labels).map_err(|e| format!("cannot read {labels}: {e}"))?;
    let labels: LabelFile = serde_json::from_str(&raw).map_err(|e| format!("{labels}: {e}"))?;
    let splits: Vec<&str> = match split.as_deref() {
        Some(s) => vec![s],
        None => vec!["dev", "heldout"],
    };
    outln!(
        "{:8} {:>8} {:>5} {:>5}  {:>22}  {:>8}  {:>9}",
        "split",
        "articles",
        "gold",
        "found",
        "overlap P / R / F1",
        "exact F1",
        "value ok"
    );
    let mut all_errors = Vec::new();
    for sp in splits {
        let s = score_file(&labels, Some(sp), &texts)?;
        outln!(
            "{:8} {:>8} {:>5} {:>5}  {:>6.3} / {:.3} / {:.3}  {:>8.3}  {:>3}/{:<3} {:.3}",
            sp,
            s.articles,
            s.overlap.gold,
            s.overlap.pred,
            s.overlap.precision(),
            s.overlap.recall(),
            s.overlap.f1(),
            s.exact.f1(),
            s.value_ok,
            s.valued,
            s.value_accuracy()
        );
        // Without --split, --errors lists the dev split's errors only.
        if split.is_some() || sp == "dev" {
            all_errors.extend(s.errors);
        }
    }
    if errors {
        for e in &all_errors {
            outln!("  {e}");
        }
    }
    Ok(())
}

fn eval_people(kind: &str, file: &str, rest: &[String]) -> Result<(), String> {
    use factlight::eval::people::{half, score, Half, Source};
    match kind {
        "speed" => return people_speed(file),
        "roles" | "seed" => return people_roles(kind, file, rest),
        "news" => return people_news(file, rest),
        "all" => return people_all(file),
        _ => {}
    }
    let mut source = Source::Pipeline;
    let mut part = Half::All;
    let mut errors = false;
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        match (a.as_str(), it.clone().next().map(String::as_str)) {
            ("--tagger", _) => source = Source::Tagger,
            ("--errors", _) => errors = true,
            ("--half", Some("tune")) => part = Half::Tune,
            ("--half", Some("heldout")) => part = Half::HeldOut,
            _ => return Err(format!("unexpected arguments {rest:?}\n{USAGE}")),
        }
        if a == "--half" {
            it.next();
        }
    }
    let (person, official): (&[&str], &[&str]) = match kind {
        "conll" | "wikigold" => (&["PER"], &[]),
        "crossner" => (
            factlight::eval::people_sets::CROSSNER_PERSON,
            factlight::eval::people_sets::CROSSNER_OFFICIAL,
        ),
        _ => return Err(format!("unknown data set {kind:?}\n{USAGE}")),
    };
    if let Some(e) = factlight::people::tagger::model_error() {
        eprintln!("factlight: warning: {e}; scoring the rules alone");
    }
    let data = std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    // CrossNER has no document marks: every sentence is its own document.
    let per_doc = if kind == "crossner" { 1 } else { usize::MAX };
    let docs = half(factlight::eval::conll::parse(&data, per_doc), part);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let started = std::time::Instant::now();
    let c = score(&docs, person, official, source);
    let secs = started.elapsed().as_secs_f64();
    if errors {
        for e in factlight::eval::people::span_errors(&docs, person, source) {
            outln!("{e}");
        }
    }
    outln!(
        "documents: {}  gold PER spans: {}",
        docs.len(),
        c.tp + c.fn_
    );
    outln!(
        "PER exact span: precision {:.4}  recall {:.4}  F1 {:.4}  (tp {} fp {} fn {})",
        c.precision(),
        c.recall(),
        c.f1(),
        c.tp,
        c.fp,
        c.fn_
    );
    outln!(
        "PER overlapping span: precision {:.4}  recall {:.4}  F1 {:.4}",
        c.overlap_precision(),
        c.overlap_recall(),
        c.overlap_f1()
    );
    if c.official_gold > 0 {
        outln!(
            "politicians flagged official: {}/{} ({:.1}%); persons flagged official: {}/{}",
            c.official_hit,
            c.official_gold,
            100.0 * c.official_hit as f64 / c.official_gold as f64,
            c.person_flagged,
            c.person_gold
        );
    }
    outln!(
        "time: {:.0} ms, {:.2} MB/s (this build, single thread)",
        secs * 1000.0,
        bytes as f64 / 1e6 / secs.max(1e-9)
    );
    Ok(())
}

fn people_news(labels: &str, rest: &[String]) -> Result<(), String> {
    use factlight::eval::people_sets::news_labels;
    let news = NewsArgs::parse(rest, "people")?;
    let (split, errors) = (news.split.clone(), news.errors);
    let texts = |id: &str| news.text(id);
    let labels = news_labels(std::path::Path::new(labels))?;
    let s = factlight::eval::people_news::score_file(&labels, split.as_deref(), &texts)?;
    print_news(&s);
    if errors {
        for e in &s.errors {
            outln!("  {e}");
        }
    }
    Ok(())
}

fn print_news(s: &factlight::eval::people_news::NewsScore) {
    outln!(
        "articles {}  gold mentions {}\n\
         names exact: P {:.3} R {:.3} F1 {:.3}\n\
         highlights overlapping: P {:.3} R {:.3} F1 {:.3}\n\
         officials: P {:.3} R {:.3} F1 {:.3} ({} flagged, {} gold)\n\
         plain persons flagged official: {}/{} ({:.1}%)\n\
         surname-only mentions linked right: {}/{} ({:.3})",
        s.articles,
        s.exact.gold,
        s.exact.precision(),
        s.exact.recall(),
        s.exact.f1(),
        s.overlap.precision(),
        s.overlap.recall(),
        s.overlap.f1(),
        s.official.precision(),
        s.official.recall(),
        s.official.f1(),
        s.official.pred,
        s.official.gold,
        s.plain_flagged,
        s.plain,
        100.0 * s.plain_flag_rate(),
        s.links_ok,
        s.links,
        s.link_rate()
    );
}

/// Every person set, dev and held out side by side.
fn people_all(shared: &str) -> Result<(), String> {
    use factlight::eval::people_sets::{ner_rows, news_rows};
    let shared = std::path::Path::new(shared);
    outln!("| set | use | exact P | exact R | exact F1 | overlap F1 |");
    outln!("| --- | --- | --- | --- | --- | --- |");
    for r in ner_rows(shared)? {
        let c = &r.counts;
        outln!(
            "| {} | {} | {:.3} | {:.3} | **{:.3}** | {:.3} |",
            r.name,
            r.usage.label(),
            c.precision(),
            c.recall(),
            c.f1(),
            c.overlap_f1()
        );
        if c.official_gold > 0 {
            outln!(
                "|   politicians flagged official {}/{}; other persons flagged {}/{} | | | | | |",
                c.official_hit,
                c.official_gold,
                c.person_flagged,
                c.person_gold
            );
        }
    }
    let labels =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/people/news");
    outln!();
    outln!("| news set | use | mentions | exact F1 | overlap F1 | official P | official R | official F1 | plain flagged | links |");
    outln!("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for r in news_rows(shared, &labels)? {
        let s = &r.score;
        outln!(
            "| {} | {} | {} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {}/{} | {}/{} ({:.3}) |",
            r.name,
            r.usage.label(),
            s.exact.gold,
            s.exact.f1(),
            s.overlap.f1(),
            s.official.precision(),
            s.official.recall(),
            s.official.f1(),
            s.plain_flagged,
            s.plain,
            s.links_ok,
            s.links,
            s.link_rate()
        );
    }
    Ok(())
}

fn people_roles(kind: &str, file: &str, rest: &[String]) -> Result<(), String> {
    let read = |f: &str| std::fs::read_to_string(f).map_err(|e| format!("cannot read {f}: {e}"));
    let json = |s: String| -> Result<serde_json::Value, String> {
        serde_json::from_str(&s).map_err(|e| format!("not JSON: {e}"))
    };
    let r = if kind == "roles" {
        factlight::eval::people::score_roles(&json(read(file)?)?)?
    } else {
        let [expected] = rest else {
            return Err(format!(
                "usage: factlight eval people seed HTML EXPECTED\n{USAGE}"
            ));
        };
        let report = factlight::analyze_html(&read(file)?);
        let found: Vec<_> = report.people.into_iter().map(|p| p.person).collect();
        factlight::eval::people::score_seed(&found, &json(read(expected)?)?)
    };
    outln!(
        "role/official checks: {}/{} passed ({:.1}%)",
        r.passed,
        r.checks,
        100.0 * r.accuracy()
    );
    for f in &r.failures {
        outln!("  FAILED {f}");
    }
    Ok(())
}

/// Single-thread throughput of `people::find`, one article at a time (the
/// product's unit), best of three rounds.
fn people_speed(file: &str) -> Result<(), String> {
    let raw = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let truth: serde_json::Value =
        serde_json::from_slice(&raw).map_err(|e| format!("bad ground truth: {e}"))?;
    let texts: Vec<&str> = truth
        .as_object()
        .ok_or("ground truth is not an object")?
        .values()
        .filter_map(|v| v["articleBody"].as_str())
        .collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let mut best = f64::MAX;
    let mut found = 0;
    for _ in 0..3 {
        let started = std::time::Instant::now();
        found = texts.iter().map(|t| factlight::people::find(t).len()).sum();
        best = best.min(started.elapsed().as_secs_f64());
    }
    outln!(
        "{} articles, {:.2} MB, {found} mentions: {:.2} MB/s (best of 3, single thread)",
        texts.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / best.max(1e-9)
    );
    Ok(())
}

#[cfg(feature = "train")]
fn train(args: &[String]) -> Result<(), String> {
    if args.first().map(String::as_str) == Some("clutter") {
        return train_clutter(&args[1..]);
    }
    let mut conll: Option<&str> = None;
    let mut crossner: Option<&str> = None;
    let mut out = "src/people/model.bin";
    let mut epochs = factlight::people::train::EPOCHS;
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("people") => {}
        _ => {
            return Err(format!(
                "usage: factlight train people --conll DIR\n{USAGE}"
            ))
        }
    }
    while let Some(a) = it.next() {
        let mut value = || it.next().ok_or(format!("{a} needs a value\n{USAGE}"));
        match a.as_str() {
            "--conll" => conll = Some(value()?),
            "--crossner" => crossner = Some(value()?),
            "--out" => out = value()?,
            "--epochs" => {
                let v = value()?;
                epochs = v
                    .parse()
                    .map_err(|_| format!("--epochs takes a number, not {v:?}"))?
            }
            s => return Err(format!("unexpected argument {s:?}\n{USAGE}")),
        }
    }
    let dir = conll.ok_or(format!("--conll DIR is required\n{USAGE}"))?;
    let path = std::path::Path::new(dir).join("eng.train");
    let data = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut docs = factlight::eval::conll::parse(&data, usize::MAX);
    if let Some(dir) = crossner {
        let path = std::path::Path::new(dir).join("train.txt");
        let data = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        docs.extend(factlight::eval::conll::parse(&data, 1));
    }
    let started = std::time::Instant::now();
    let model =
        factlight::people::train::train(&docs, factlight::people::train::PERSON_TYPES, epochs);
    std::fs::write(out, &model).map_err(|e| format!("cannot write {out}: {e}"))?;
    outln!(
        "trained on {} documents in {:.1} s: {} bytes -> {out}",
        docs.len(),
        started.elapsed().as_secs_f64(),
        model.len()
    );
    Ok(())
}

/// `factlight train clutter [DIR...]`: the page gate and the block model
/// from benchmark folders (default: ../shared's scrapinghub and wcxb-dev),
/// written to src/clutter/gate.model and block.model, then checked on
/// tuned-on and held-out pages. Other flags look at the data instead.
#[cfg(feature = "train")]
fn train_clutter(args: &[String]) -> Result<(), String> {
    use factlight::clutter::{train as ct, train_gate as cg, train_report as cr};
    let mut dirs: Vec<std::path::PathBuf> = Vec::new();
    let mut out = "src/clutter/block.model".to_string();
    let mut gate_out = "src/clutter/gate.model".to_string();
    // Only for --without-fold: the shipped threshold is fixed in training.
    let mut threshold = 0.5f32;
    let mut look: Option<String> = None;
    let mut value: Option<String> = None;
    // Trains without one fold of the tuned-on part and looks only at it
    // (nothing is written): for reading errors on pages the model has not seen.
    let mut without: Option<usize> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--out" => out = it.next().ok_or("--out needs a file")?.clone(),
            "--gate-out" => gate_out = it.next().ok_or("--gate-out needs a file")?.clone(),
            "--threshold" => {
                threshold = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or("--threshold needs a number")?
            }
            "--without-fold" => {
                without = Some(
                    it.next()
                        .and_then(|v| v.parse().ok())
                        .ok_or("--without-fold needs a fold number")?,
                )
            }
            "--baseline" | "--cv" | "--oracle" | "--declared" => look = Some(a.clone()),
            "--dump" | "--explain" => {
                look = Some(a.clone());
                value = Some(it.next().ok_or(format!("{a} needs a value"))?.clone());
            }
            d => dirs.push(d.into()),
        }
    }
    if dirs.is_empty() {
        let shared = std::path::Path::new("../shared/data/extraction");
        dirs = vec![shared.join("scrapinghub"), shared.join("wcxb-dev")];
    }
    let started = std::time::Instant::now();
    let examples = ct::load(&dirs)?;
    outln!(
        "read {} pages in {:.1} s",
        examples.len(),
        started.elapsed().as_secs_f64()
    );
    match look.as_deref() {
        Some("--dump") => {
            return ct::dump(&examples, std::path::Path::new(value.as_deref().unwrap()))
        }
        Some("--declared") => cr::declared_table(&examples),
        Some("--oracle") => cr::oracle(&examples),
        Some("--cv") => cr::cross_validate(&examples),
        _ => {}
    }
    if matches!(look.as_deref(), Some("--declared" | "--oracle" | "--cv")) {
        return Ok(());
    }
    if let Some(f) = without {
        let rows = cg::rows(&examples, &|_| true);
        let (_, article_p) = cg::train_gate(&examples, &rows, false);
        let blocks = ct::train_blocks(&examples, |e| e.fold != f, &article_p, threshold);
        match (look.as_deref(), &value) {
            (Some("--explain"), Some(id)) => cr::explain(&examples, &blocks, id),
            _ => cr::compare(
                &examples,
                cr::Decider::Blocks(&blocks),
                |e| !e.held_out && e.fold == f,
                40,
            ),
        }
        return Ok(());
    }
    let (gate, blocks) = ct::train_models(&examples, true);
    for (m, file) in [(&blocks, &out), (&gate, &gate_out)] {
        let bytes = m.to_bytes();
        std::fs::write(file, &bytes).map_err(|e| format!("cannot write {file}: {e}"))?;
        outln!(
            "{} trees, threshold {:.4}, {} bytes -> {file} ({:.1} s)",
            m.stages.iter().map(|f| f.trees.len()).sum::<usize>(),
            m.threshold,
            bytes.len(),
            started.elapsed().as_secs_f64()
        );
    }
    if look.as_deref() == Some("--baseline") {
        outln!("the hand-written rules alone:");
        cr::report(&examples, cr::Decider::Rules);
        outln!("the block model alone:");
        cr::report(&examples, cr::Decider::Blocks(&blocks));
    }
    outln!("the page gate, then the block model:");
    cr::report(
        &examples,
        cr::Decider::Gated {
            gate: &gate,
            blocks: &blocks,
        },
    );
    Ok(())
}

#[cfg(not(feature = "train"))]
fn train(_: &[String]) -> Result<(), String> {
    Err("this build has no trainer (enable the `train` feature)".into())
}
