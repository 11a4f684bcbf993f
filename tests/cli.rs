//! The command line, run as a user would: output on the fixtures, one-line errors, exit codes.
//!
//! One file over 400 lines: every test runs the built binary through the same helper, and most
//! of the length is tables of cases (the captured outputs, the exit codes).
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_article-compare");
const FIX: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input)
            .expect("stdin written");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("the binary finishes")
}

fn fixture(name: &str) -> String {
    format!("{FIX}/{name}")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn compare_shows_repeats_and_rewrites() {
    let files: Vec<String> = (0..5).map(|i| fixture(&format!("00{i}.txt"))).collect();
    let args: Vec<&str> = ["compare"]
        .into_iter()
        .chain(files.iter().map(String::as_str))
        .collect();
    let o = run(&args, None);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("[3] 003.txt: sentences 9-12 printed again as 13-16"),
        "{out}"
    );
    assert!(
        out.contains("[4] 004.txt: sentences 2-3 printed again as 6-7"),
        "{out}"
    );
    assert!(
        out.contains("001.txt: Under a new ceasefire proposal"),
        "{out}"
    );
    assert!(out.contains("004.txt: The proposed second phase"), "{out}");
    assert!(
        out.contains("004.txt: They added that there are approximately 24 living captives"),
        "{out}"
    );
}

#[test]
fn compare_shows_the_differences_between_sources() {
    let files: Vec<String> = (0..5).map(|i| fixture(&format!("00{i}.txt"))).collect();
    let mut args: Vec<&str> = ["compare"]
        .into_iter()
        .chain(files.iter().map(String::as_str))
        .collect();
    let out = stdout(&run(&args, None));
    for want in [
        "number: figure qualified differently (palestinian prisoners)",
        "001.txt: approximately 2,000 [1]#18",
        "004.txt: over 2,000 [4]#25",
        "000.txt: at least 35 [0]#13",
        "004.txt: 35 [4]#14",
        "name: likely misspelling: [-Bohler-] in 001.txt ([1]#11); {+Boehler+} in 4 of 5 articles",
        "quote by Leavitt, in 4 sources, worded differently:",
        "001.txt [1]#4: “Look, [-dialogue-]{+having conversations+} and talking",
        "59 hostages  (3 of 5)  000.txt: 59; 002.txt: 59; 004.txt: 59",
        "2,000 palestinian prisoners  (2 of 5)  001.txt: approximately 2,000; 004.txt: over 2,000",
        "1997  (4 of 5)",
        "000.txt [0]#18 navigation: \"Scroll to Top\"",
        "004.txt [4]#21 related links: \"Also Read: Afghan Refugees",
    ] {
        assert!(out.contains(want), "missing {want:?} in\n{out}");
    }
    // Furniture is left out of the comparison unless asked for: then 000's "Scroll to Top" is a
    // sentence only it has.
    let only = |out: &str| {
        out.lines()
            .find(|l| l.contains("[0] 000.txt:"))
            .map(str::to_owned)
            .unwrap_or_default()
    };
    let without = only(&out);
    args.insert(1, "--include-furniture");
    let with = only(&stdout(&run(&args, None)));
    assert_ne!(without, with);
    assert!(with.contains("19 sentences"), "{with}");
}

#[test]
fn json_reports_parse() {
    let o = run(
        &[
            "compare",
            "--json",
            &fixture("001.txt"),
            &fixture("004.txt"),
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    assert_eq!(v["offsets"], "utf8");
    assert_eq!(v["articles"][0]["name"], "001.txt");
    assert!(v["matches"].as_array().is_some_and(|m| !m.is_empty()));

    let o = run(
        &["diff", "--json", &fixture("001.txt"), &fixture("004.txt")],
        None,
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    assert_eq!(v["stats"]["edited"], 5);

    let o = run(&["segment", "--json", &fixture("004.txt")], None);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    assert_eq!(v["sentences"].as_array().map(Vec::len), Some(37));
}

#[test]
fn segment_prints_one_sentence_per_line_and_reads_stdin() {
    let o = run(
        &["segment", "-"],
        Some(b"Ms. Leavitt spoke at 5 p.m.\nHe left. She stayed."),
    );
    assert!(o.status.success());
    assert_eq!(
        stdout(&o),
        "Ms. Leavitt spoke at 5 p.m.\nHe left.\nShe stayed.\n"
    );
}

#[test]
fn diff_inline_marks_words() {
    let o = run(&["diff", &fixture("001.txt"), &fixture("004.txt")], None);
    let out = stdout(&o);
    assert!(out.contains("0 equal, 5 edited"), "{out}");
    assert!(out.contains("[-hostages-]{+captives+}"), "{out}");
}

#[test]
fn bad_input_is_one_line_and_nonzero() {
    let dir = std::env::temp_dir().join(format!("ac-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let bad = dir.join("latin1.txt");
    std::fs::write(&bad, b"caf\xe9 au lait").expect("write");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, b"  \n ").expect("write");
    let big = dir.join("big.txt");
    std::fs::write(&big, vec![b'a'; article_compare::MAX_ARTICLE_BYTES + 1]).expect("write");
    let (bad, empty, big) = (
        bad.to_string_lossy(),
        empty.to_string_lossy(),
        big.to_string_lossy(),
    );
    let a = fixture("001.txt");
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["segment", "/no/such/file.txt"],
            1,
            "cannot read '/no/such/file.txt': no such file",
        ),
        (&["segment", &bad], 1, "is not valid UTF-8 at byte 3"),
        (&["diff", &a, &empty], 1, "empty.txt' is empty"),
        (&["segment", &big], 1, "the limit is 16000000 bytes"),
        (
            &["compare", &a],
            2,
            "compare needs at least two files; 1 given",
        ),
        (&["diff", &a], 2, "diff needs two files; 1 given"),
        (&["frobnicate"], 2, "unknown command 'frobnicate'"),
        (
            &["compare", &a, &a, "--match-threshold", "2"],
            1,
            "option matchThreshold is 2; expected",
        ),
        (
            &["compare", &a, &a, "--match-threshold", "x"],
            2,
            "takes a number, not 'x'",
        ),
        (
            &["diff", "-", "-"],
            2,
            "standard input (-) can be read only once",
        ),
    ];
    for (args, code, message) in cases {
        let o = run(args, Some(b""));
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(*code), "{args:?}: {err}");
        assert!(
            err.lines().next().is_some_and(|l| l.contains(message)),
            "{args:?}: {err}"
        );
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// The outputs in tests/fixtures/cli were captured from the command line before it was rebuilt
/// on clap; each case is (expected file, arguments before the fixture names, fixture names).
const GOLDEN: &[(&str, &[&str], &[&str])] = &[
    (
        "compare.txt",
        &["compare"],
        &["000", "001", "002", "003", "004"],
    ),
    (
        "compare.json",
        &["compare", "--json"],
        &["000", "001", "002", "003", "004"],
    ),
    (
        "compare_color.txt",
        &["compare", "--color"],
        &["000", "001", "002", "003", "004"],
    ),
    (
        "compare_include-furniture.txt",
        &["compare", "--include-furniture"],
        &["000", "001", "002", "003", "004"],
    ),
    (
        "compare_thresholds.txt",
        &[
            "compare",
            "--match-threshold",
            "0.4",
            "--near-identical",
            "0.9",
            "--repeat-threshold",
            "0.7",
        ],
        &["000", "001", "002", "003", "004"],
    ),
    ("diff_000_001.txt", &["diff"], &["000", "001"]),
    ("diff_000_001.json", &["diff", "--json"], &["000", "001"]),
    ("diff_001_002.txt", &["diff"], &["001", "002"]),
    ("diff_001_002.json", &["diff", "--json"], &["001", "002"]),
    ("diff_002_003.txt", &["diff"], &["002", "003"]),
    ("diff_002_003.json", &["diff", "--json"], &["002", "003"]),
    ("diff_003_004.txt", &["diff"], &["003", "004"]),
    ("diff_003_004.json", &["diff", "--json"], &["003", "004"]),
    ("diff_001_004.txt", &["diff"], &["001", "004"]),
    ("diff_001_004.json", &["diff", "--json"], &["001", "004"]),
    (
        "diff_001_004_color.txt",
        &["diff", "--color"],
        &["001", "004"],
    ),
    ("segment_000.txt", &["segment"], &["000"]),
    ("segment_000.json", &["segment", "--json"], &["000"]),
    ("segment_001.txt", &["segment"], &["001"]),
    ("segment_001.json", &["segment", "--json"], &["001"]),
    ("segment_002.txt", &["segment"], &["002"]),
    ("segment_002.json", &["segment", "--json"], &["002"]),
    ("segment_003.txt", &["segment"], &["003"]),
    ("segment_003.json", &["segment", "--json"], &["003"]),
    ("segment_004.txt", &["segment"], &["004"]),
    ("segment_004.json", &["segment", "--json"], &["004"]),
];

#[test]
/// The outputs are committed; after a deliberate change, `UPDATE_CLI=1 cargo test --test cli`
/// rewrites them (read the diff before committing).
fn output_is_the_same_as_before_the_rebuild() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/cli");
    let mut differ = Vec::new();
    for (expected, flags, names) in GOLDEN {
        let files: Vec<String> = names.iter().map(|n| fixture(&format!("{n}.txt"))).collect();
        let args: Vec<&str> = flags
            .iter()
            .copied()
            .chain(files.iter().map(String::as_str))
            .collect();
        let o = run(&args, None);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        let path = format!("{dir}/{expected}");
        if std::env::var_os("UPDATE_CLI").is_some() {
            std::fs::write(&path, &o.stdout).expect("write expected output");
        }
        let want = std::fs::read(&path).expect("expected output");
        if o.stdout != want {
            differ.push(*expected);
        }
    }
    assert!(differ.is_empty(), "output differs from {differ:?}");
}

fn five() -> Vec<String> {
    (0..5).map(|i| fixture(&format!("00{i}.txt"))).collect()
}

fn with<'a>(flags: &[&'a str], files: &'a [String]) -> Vec<&'a str> {
    flags
        .iter()
        .copied()
        .chain(files.iter().map(String::as_str))
        .collect()
}

#[test]
fn help_and_version_are_generated() {
    let o = run(&["--help"], None);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    for command in ["segment", "diff", "compare", "report", "completions"] {
        assert!(out.contains(command), "{out}");
    }
    let o = run(&["--version"], None);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o).trim(),
        concat!("article-compare ", env!("CARGO_PKG_VERSION"))
    );
    // Every option of the engine is settable, with its default shown.
    let out = stdout(&run(&["compare", "--help"], None));
    for flag in [
        "--match-threshold <X>",
        "--near-identical <X>",
        "--repeat-threshold <X>",
        "--min-words <N>",
        "--max-candidates <N>",
        "--max-postings <N>",
        "--max-word-tokens <N>",
        "--max-matches <N>",
        "--include-furniture",
        "--format <FORMAT>",
        "--json",
        "--color",
        "--no-color",
        "[default: 0.5]",
        "[default: 1000000]",
    ] {
        assert!(out.contains(flag), "missing {flag:?} in\n{out}");
    }
}

#[test]
fn engine_options_reach_the_engine() {
    let pair = [fixture("001.txt"), fixture("004.txt")];
    let plain = stdout(&run(&with(&["diff"], &pair), None));
    let o = run(&with(&["diff", "--max-word-tokens", "1"], &pair), None);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert_ne!(out, plain);
    assert!(out.contains("note: word_diff"), "{out}");
    let v = |args: &[&str]| -> serde_json::Value {
        serde_json::from_slice(&run(args, None).stdout).expect("valid JSON")
    };
    let all = v(&with(&["compare", "--json"], &five()));
    let few = v(&with(&["compare", "--json", "--max-matches", "3"], &five()));
    let count = |v: &serde_json::Value| v["matches"].as_array().map(Vec::len);
    assert!(count(&all) > Some(3));
    assert_eq!(count(&few), Some(3));
    for (flag, value) in [
        ("--min-words", "1"),
        ("--max-candidates", "8"),
        ("--max-postings", "16"),
    ] {
        let o = run(&with(&["compare", flag, value], &five()), None);
        assert!(o.status.success(), "{flag}: {}", stderr(&o));
    }
}

#[test]
fn format_json_is_the_same_as_json() {
    let files = five();
    let a = run(&with(&["compare", "--json"], &files), None);
    let b = run(&with(&["compare", "--format", "json"], &files), None);
    assert!(a.status.success() && b.status.success());
    assert_eq!(a.stdout, b.stdout);
    let text = run(&with(&["compare", "--format", "text"], &files), None);
    let plain = run(&with(&["compare"], &files), None);
    assert_eq!(text.stdout, plain.stdout);
}

/// A CSV output, its byte-order mark checked and taken off, as rows.
fn csv_rows(o: &Output) -> Vec<Vec<String>> {
    assert!(o.status.success(), "{}", stderr(o));
    let body = o
        .stdout
        .strip_prefix("\u{feff}".as_bytes())
        .expect("a UTF-8 BOM");
    assert!(body.ends_with(b"\r\n"), "CRLF line ends");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body)
        .records()
        .map(|r| r.expect("a CSV record").iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn csv_tables_for_each_command() {
    let files = five();
    let report: serde_json::Value =
        serde_json::from_slice(&run(&with(&["compare", "--json"], &files), None).stdout)
            .expect("valid JSON");
    let rows = csv_rows(&run(&with(&["compare", "--format", "csv"], &files), None));
    assert_eq!(
        rows[0],
        [
            "statement",
            "sources",
            "000.txt",
            "001.txt",
            "002.txt",
            "003.txt",
            "004.txt"
        ]
    );
    let clusters = report["clusters"].as_array().map_or(0, Vec::len);
    let unique: usize = report["unique"].as_array().map_or(0, |u| {
        u.iter().filter_map(|a| a.as_array()).map(Vec::len).sum()
    });
    assert_eq!(rows.len(), 1 + clusters + unique);
    // A cluster's row: its first member's text, its sources, sentence numbers from 1.
    let c = &report["clusters"][0];
    let (a, s) = (c["members"][0][0].as_u64(), c["members"][0][1].as_u64());
    let (a, s) = (a.expect("article") as usize, s.expect("sentence") as usize);
    assert_eq!(rows[1][0], report["articles"][a]["sentences"][s]["text"]);
    assert_eq!(
        rows[1][1],
        c["sources"].as_array().map_or(0, Vec::len).to_string()
    );
    assert!(
        rows[1][2 + a].split(' ').any(|n| n == (s + 1).to_string()),
        "{:?}",
        rows[1]
    );

    let rows = csv_rows(&run(
        &["segment", "--format", "csv", &fixture("004.txt")],
        None,
    ));
    assert_eq!(rows[0], ["start", "end", "paragraph", "text"]);
    assert_eq!(rows.len(), 1 + 37);
    let text = std::fs::read_to_string(fixture("004.txt")).expect("fixture");
    let (start, end) = (rows[1][0].parse::<usize>(), rows[1][1].parse::<usize>());
    assert_eq!(text[start.expect("start")..end.expect("end")], rows[1][3]);

    let pair = [fixture("001.txt"), fixture("004.txt")];
    let diff: serde_json::Value =
        serde_json::from_slice(&run(&with(&["diff", "--json"], &pair), None).stdout)
            .expect("valid JSON");
    let rows = csv_rows(&run(&with(&["diff", "--format", "csv"], &pair), None));
    assert_eq!(
        rows[0],
        [
            "op", "a", "b", "from", "to", "score", "a_text", "b_text", "words"
        ]
    );
    assert_eq!(rows.len(), 1 + diff["ops"].as_array().map_or(0, Vec::len));
    let edited: Vec<&Vec<String>> = rows.iter().filter(|r| r[0] == "edited").collect();
    assert_eq!(edited.len(), 5);
    assert!(
        edited
            .iter()
            .any(|r| r[8].contains("[-hostages-]{+captives+}"))
    );
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_are_quoted_out() {
    let dir = std::env::temp_dir().join(format!("ac-cli-csv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let evil = dir.join("=cmd.txt");
    std::fs::write(
        &evil,
        "=HYPERLINK(\"http://x\") is a formula.\n\n+1 is one.\n\n-2 is two.\n\n@SUM(A1) is three.\n\nPlain words.",
    )
    .expect("write");
    let evil = evil.to_string_lossy().into_owned();
    let rows = csv_rows(&run(&["segment", "--format", "csv", &evil], None));
    let texts: Vec<&str> = rows[1..].iter().map(|r| r[3].as_str()).collect();
    assert_eq!(
        texts,
        [
            "'=HYPERLINK(\"http://x\") is a formula.",
            "'+1 is one.",
            "'-2 is two.",
            "'@SUM(A1) is three.",
            "Plain words."
        ]
    );
    let rows = csv_rows(&run(
        &["compare", "--format", "csv", &evil, &fixture("001.txt")],
        None,
    ));
    assert_eq!(rows[0][2], "'=cmd.txt");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn completions_for_each_shell() {
    for shell in ["bash", "zsh", "fish"] {
        let o = run(&["completions", shell], None);
        assert_eq!(o.status.code(), Some(0), "{shell}: {}", stderr(&o));
        let out = stdout(&o);
        assert!(out.contains("article-compare"), "{shell}: {out}");
        assert!(out.contains("match-threshold"), "{shell}: {out}");
    }
}

#[test]
fn color_is_asked_for_or_off() {
    let pair = [fixture("001.txt"), fixture("004.txt")];
    let colored = |flags: &[&str]| run(&with(flags, &pair), None).stdout.contains(&0x1b);
    // The tests run with NO_COLOR set and standard output a pipe: off unless asked for.
    assert!(!colored(&["diff"]));
    assert!(colored(&["diff", "--color"]));
    assert!(!colored(&["diff", "--color", "--no-color"]));
    assert!(colored(&["diff", "--no-color", "--color"]));
}

#[test]
fn exit_codes() {
    let a = fixture("001.txt");
    let cases: &[(&[&str], i32, &str)] = &[
        (&["segment", &a], 0, ""),
        (&["completions", "bash"], 0, ""),
        (&["--help"], 0, ""),
        // Bad input: 1.
        (&["segment", "/no/such/file.txt"], 1, "no such file"),
        (
            &["compare", &a, &a, "--max-candidates", "0"],
            1,
            "option maxCandidates is 0",
        ),
        // Bad usage: 2.
        (&[], 2, "Usage:"),
        (
            &["compare", &a, &a, "--frobnicate"],
            2,
            "unexpected argument '--frobnicate'",
        ),
        (
            &["compare", &a, &a, "--format", "xml"],
            2,
            "invalid value 'xml' for '--format",
        ),
        (
            &["compare", &a, &a, "--min-words", "x"],
            2,
            "takes a whole number, not 'x'",
        ),
        (&["completions", "tcsh"], 2, "invalid value 'tcsh'"),
        (&["segment", &a, &a], 2, "segment needs one file; 2 given"),
        (&["compare"], 2, "compare needs at least two files; 0 given"),
        (
            &["report", &a, &a],
            2,
            "the following required arguments were not provided",
        ),
        (
            &["report", &a, "-o", "/tmp/x.html"],
            2,
            "report needs at least two files; 1 given",
        ),
        (
            &["report", &a, &a, "-o", "/no/such/dir/report.html"],
            1,
            "/no/such/dir/report.html: cannot write",
        ),
        (
            &["comapre", &a, &a],
            2,
            "unknown command 'comapre'; did you mean 'compare'?",
        ),
    ];
    for (args, code, message) in cases {
        let o = run(args, Some(b""));
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(*code), "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

/// The data script of a report file, parsed.
fn report_data(html: &str) -> serde_json::Value {
    let start = html
        .find(r#"<script type="application/json" id="article-compare-data">"#)
        .expect("the data script");
    let body = &html[start..];
    let body = &body[body.find('>').expect("tag end") + 1..];
    let body = &body[..body.find("</script>").expect("the data script ends")];
    assert!(!body.contains('<'), "every < in the data is escaped");
    serde_json::from_str(body).expect("the data is JSON")
}

#[test]
fn report_writes_one_self_contained_html_file() {
    let dir = std::env::temp_dir().join(format!("ac-cli-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let out = dir.join("report.html");
    let out_s = out.to_str().expect("utf-8 path");
    let files = five();
    let o = run(&with(&["report", "-o", out_s], &files), None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "", "the file is the output");
    let html = std::fs::read_to_string(&out).expect("written");
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("<title>5 articles compared</title>"));
    // Nothing is loaded from anywhere: no src, no href, no fetch of a wasm module.
    for absent in [" src=", " href=", "embed.bin", ".wasm"] {
        assert!(!html.contains(absent), "{absent:?} in the report file");
    }
    let data = report_data(&html);
    assert_eq!(data["articles"].as_array().map(Vec::len), Some(5));
    assert_eq!(data["articles"][1]["name"], "001.txt");
    let report = &data["report"];
    assert_eq!(report["offsets"], "utf16");
    // Sentences are spans of the texts written beside them, once.
    let text = data["articles"][1]["text"].as_str().expect("text");
    let first = &report["articles"][1]["sentences"][0];
    assert!(first.get("text").is_none());
    let end = first["end"].as_u64().expect("end") as usize;
    assert!(text.starts_with("The White House has confirmed"));
    assert!(end > 100 && end < text.len());
    // The report is the one `compare --json` gives.
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&run(&with(&["compare", "--json"], &files), None)))
            .expect("json");
    assert_eq!(
        report["matches"].as_array().map(Vec::len),
        json["matches"].as_array().map(Vec::len)
    );
    // (Offsets differ: the file's are UTF-16, for the page; --json's UTF-8 bytes.)
    let kinds = |r: &serde_json::Value| -> Vec<String> {
        r["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .map(|f| f["kind"].to_string())
            .collect()
    };
    assert_eq!(kinds(report), kinds(&json));
    assert!(kinds(report).len() > 10);
    // Five articles make ten pairs, all written both ways (the default is 66 pairs).
    assert_eq!(data["pairs"], 10);
    let diffs = data["diffs"].as_array().expect("diffs");
    assert_eq!(diffs.len(), 20);
    assert!(diffs.iter().any(|d| d["a"] == 4 && d["b"] == 1));
    // --max-pairs keeps the most similar: 001 and 004 share most (the similarity table).
    let o = run(
        &with(&["report", "-o", out_s, "--max-pairs", "1"], &files[1..]),
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let data = report_data(&std::fs::read_to_string(&out).expect("written"));
    let pairs: Vec<(u64, u64)> = data["diffs"]
        .as_array()
        .expect("diffs")
        .iter()
        .map(|d| (d["a"].as_u64().unwrap_or(9), d["b"].as_u64().unwrap_or(9)))
        .collect();
    assert_eq!(
        pairs,
        [(2, 3), (3, 2)],
        "002/004 of 001–004 (indexes 1 and 3 of the five)"
    );
    std::fs::remove_dir_all(&dir).ok();
}

// --- web pages: the article, not the page (issue 16) ------------------------------------------

const PAGES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/extract");

fn page(name: &str) -> String {
    format!("{PAGES}/{name}/source.html")
}

/// Furniture of the Washington Post's page around its story.
const WAPO_FURNITURE: &[&str] = &[
    "Accessibility for screenreader",
    "Share on Facebook",
    "Terms of Service",
];

#[test]
fn an_html_file_is_read_as_its_article() {
    let o = run(&["segment", &page("wapo-1")], None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().take(3).collect();
    assert_eq!(
        lines,
        [
            "Attack stokes instability fears in North Africa",
            "By Erin Cunningham",
            "CAIRO — Gunmen opened fire on visitors at Tunisia’s most renowned museum on Wednesday, killing at least 19 people, including 17 foreigners, in an assault that threatened to upset the fragile stability of a country seen as the lone success of the Arab Spring.",
        ]
    );
    for line in WAPO_FURNITURE {
        assert!(!out.contains(line), "{line}: {out}");
    }
    assert!(!out.contains('<'), "no markup: {out}");
    // Headline, byline and each paragraph of the story are paragraphs of the article.
    let o = run(&["segment", "--format", "csv", &page("wapo-1")], None);
    let rows = csv_rows(&o);
    let paragraph = |text: &str| {
        rows.iter()
            .find(|r| r[3].starts_with(text))
            .map(|r| r[2].clone())
    };
    assert_eq!(paragraph("Attack stokes").as_deref(), Some("0"));
    assert_eq!(paragraph("By Erin Cunningham").as_deref(), Some("1"));
    assert_eq!(paragraph("CAIRO — Gunmen").as_deref(), Some("2"));
    assert_eq!(paragraph("It was the most deadly").as_deref(), Some("3"));
}

#[test]
fn whole_page_reads_all_of_its_text() {
    let o = run(&["segment", "--whole-page", &page("wapo-1")], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    for line in WAPO_FURNITURE {
        assert!(out.contains(line), "{line}: {out}");
    }
    assert!(out.contains("CAIRO — Gunmen opened fire"), "{out}");
    assert!(!out.contains("<div"), "text, not markup: {out}");
}

#[test]
fn a_page_on_standard_input_is_known_by_its_markup() {
    let html = std::fs::read(page("nytimes-1")).expect("fixture");
    let o = run(&["segment", "-"], Some(&html));
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.starts_with("United States to Lift Sudan Sanctions\nJeffrey Gettleman\n"),
        "{out}"
    );
    assert!(
        out.contains("\nLONDON — After nearly 20 years of hostile relations"),
        "{out}"
    );
    for line in ["SUBSCRIBE NOW", "Skip to content", "1 of 10 articles read"] {
        assert!(!out.contains(line), "{line}: {out}");
    }
    // Text that only mentions markup is text.
    let o = run(
        &["segment", "-"],
        Some(b"Pages start with <html> and a head. Then a body."),
    );
    assert_eq!(
        stdout(&o),
        "Pages start with <html> and a head.\nThen a body.\n"
    );
}

#[test]
fn a_page_without_an_article_is_read_whole_and_says_so() {
    let html =
        "<!doctype html><title>Links</title><nav>Home · World</nav><p>See also: the archive.</p>";
    let o = run(&["segment", "-"], Some(html.as_bytes()));
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "Home · World\nSee also: the archive.\n");
    assert_eq!(
        stderr(&o),
        "article-compare: no article found in '-'; its whole text is compared\n"
    );
    let o = run(
        &["segment", "-"],
        Some(b"<html><body><script>x()</script></body></html>"),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("'-' has no text"), "{}", stderr(&o));
}

#[test]
fn compare_reads_two_news_pages_as_articles() {
    let (a, b) = (page("nytimes-1"), page("wapo-1"));
    let o = run(&["compare", "--json", &a, &b], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    let first = |i: usize| {
        report["articles"][i]["sentences"][0]["text"]
            .as_str()
            .map(str::to_owned)
    };
    assert_eq!(
        first(0).as_deref(),
        Some("United States to Lift Sudan Sanctions")
    );
    assert_eq!(
        first(1).as_deref(),
        Some("Attack stokes instability fears in North Africa")
    );
    // The story's paragraphs, not the page's hundreds of lines.
    let paragraphs = |i: usize| report["articles"][i]["paragraphs"].as_u64().unwrap_or(0);
    assert!((20..40).contains(&paragraphs(0)), "{}", paragraphs(0));
    let o = run(&["compare", "--json", "--whole-page", &a, &b], None);
    let whole: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert!(whole["articles"][0]["paragraphs"].as_u64().unwrap_or(0) > 100);
}
