//! The CLI contract: output shape, the three input modes, and clear errors
//! (never a panic) on bad input.

use std::io::Write;
use std::process::{Child, Command, Output, Stdio};

/// The CLI with all three of its streams piped to the test.
fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_factlight"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = spawn(args);
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn analyze_html_file_has_the_contract_fields() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/seed/news-article.html"
    );
    let r = json(&run(&["analyze", path], b""));
    for key in ["title", "article_text", "figures", "people"] {
        assert!(r.get(key).is_some(), "missing {key}");
    }
    let f = &r["figures"][0];
    for key in [
        "text",
        "start",
        "end",
        "kind",
        "value",
        "low",
        "high",
        "qualifier",
        "unit",
        "counts",
    ] {
        assert!(f.get(key).is_some(), "figure lacks {key}: {f}");
    }
    let p = &r["people"][0];
    for key in ["text", "start", "end", "name", "official", "role"] {
        assert!(p.get(key).is_some(), "person lacks {key}: {p}");
    }
}

#[test]
fn offsets_are_code_points_into_article_text() {
    let text = "🙂 Naïve: at least 352 Ukrainian civilians died.";
    let r = json(&run(&["analyze", "--text", "-"], text.as_bytes()));
    assert_eq!(r["article_text"], text);
    let f = &r["figures"][0];
    let chars: Vec<char> = text.chars().collect();
    let (s, e) = (
        f["start"].as_u64().unwrap() as usize,
        f["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        chars[s..e].iter().collect::<String>(),
        f["text"].as_str().unwrap()
    );
    assert_eq!(f["text"], "at least 352 Ukrainian civilians");
}

#[test]
fn jsonl_keeps_ids_and_reports_bad_lines() {
    let input = b"{\"id\": 1, \"text\": \"500,000 refugees fled.\"}\n{\"id\": \"b\", \"html\": \"<p>Hi</p>\"}\nnot json\n";
    let out = run(&["analyze", "--jsonl"], input);
    assert!(
        !out.status.success(),
        "a bad line must make the exit non-zero"
    );
    let lines: Vec<serde_json::Value> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["figures"][0]["value"], 500000.0);
    assert_eq!(lines[1]["id"], "b");
    assert!(lines[2]["error"].as_str().unwrap().contains("not JSON"));
}

fn assert_clear_error(out: &Output, needle: &str) {
    assert!(!out.status.success());
    assert_ne!(
        out.status.code(),
        Some(101),
        "panicked: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(needle),
        "stderr {err:?} should mention {needle:?}"
    );
}

#[test]
fn bad_input_gets_a_clear_error() {
    assert_clear_error(&run(&["analyze", "-"], b""), "empty");
    assert_clear_error(&run(&["analyze", "-"], b"\x00\x01\x02binary"), "binary");
    assert_clear_error(&run(&["analyze", "-"], b"caf\xe9 latin-1"), "not UTF-8");
    assert_clear_error(
        &run(&["analyze", "/nonexistent/file.html"], b""),
        "cannot open",
    );
    assert_clear_error(&run(&["analyze", "--bogus"], b""), "unknown option");
    let big = vec![b'a'; 50 * 1024 * 1024];
    assert_clear_error(&run(&["analyze", "--text", "-"], &big), "limit");
}

#[test]
fn odd_html_still_gives_a_report() {
    for doc in [
        "<p>",
        "<<<>>>",
        "<html><body></body></html>",
        "plain words, no tags",
        "<div><div><div>",
    ] {
        let r = json(&run(&["analyze", "-"], doc.as_bytes()));
        assert!(r["figures"].is_array(), "{doc}");
    }
}

/// Runs the CLI with its stdout already closed by the reader (as `| head`
/// does once it has its lines): stdin is written only after the pipe is shut,
/// so the CLI always writes into a closed pipe.
fn run_into_closed_pipe(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = spawn(args);
    // Closed here: a taken pipe bound to `_` is dropped at once.
    let _ = child.stdout.take();
    {
        let mut input = child.stdin.take().unwrap();
        let _ = input.write_all(stdin);
    } // stdin closes: the CLI reads its end and writes into the shut pipe

    child.wait_with_output().unwrap()
}

#[test]
fn a_closed_pipe_ends_the_cli_quietly() {
    let text = b"The minister said 352 civilians were hurt.".repeat(50);
    let mut lines = Vec::new();
    for i in 0..200 {
        lines.extend(
            format!("{{\"id\":\"{i}\",\"text\":\"Officials counted {i} ships.\"}}\n").bytes(),
        );
    }
    for (args, input) in [
        (&["analyze", "--text", "-"][..], &text[..]),
        (&["analyze", "--jsonl"][..], &lines[..]),
    ] {
        let out = run_into_closed_pipe(args, input);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?} panicked: {err}");
        assert!(out.status.success(), "{args:?} failed: {err}");
    }
}
