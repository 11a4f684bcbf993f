//! The command line, run as a user would: output on the fixtures, one-line errors, exit codes.
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
    assert_eq!(v["stats"]["edited"], 4);

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
    assert!(out.contains("0 equal, 4 edited"), "{out}");
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
        let want = std::fs::read(format!("{dir}/{expected}")).expect("expected output");
        if o.stdout != want {
            differ.push(*expected);
        }
    }
    assert!(differ.is_empty(), "output differs from {differ:?}");
}
