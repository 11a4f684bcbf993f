//! The command line's progress bar: drawn on standard error when it is a terminal (here a
//! pseudo-terminal from util-linux's `script`) and the run is long, never on standard output
//! and never when standard error is not a terminal.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::path::PathBuf;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_article-compare");

/// `n` generated articles (see `common::generated_texts`) written to a fresh folder; returns
/// their paths.
fn generated_files(n: usize, folder: &str) -> Vec<String> {
    let dir: PathBuf = std::env::temp_dir().join(format!("{folder}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp folder");
    common::generated_texts(n, 7)
        .iter()
        .enumerate()
        .map(|(k, text)| {
            let path = dir.join(format!("{k:04}.txt"));
            std::fs::write(&path, text).expect("article written");
            path.to_string_lossy().into_owned()
        })
        .collect()
}

/// Quotes a path for `sh -c`.
fn quoted(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

#[test]
fn a_long_run_draws_its_bar_on_a_terminal_and_nowhere_else() {
    let files = generated_files(120, "article-compare-progress");
    let dir = PathBuf::from(&files[0])
        .parent()
        .expect("folder")
        .to_owned();
    let out = dir.join("report.json");
    let args: Vec<String> = files.iter().map(|f| quoted(f)).collect();
    // Standard error on the pseudo-terminal, standard output into a file.
    let command = format!(
        "{} compare --format json {} > {}",
        quoted(BIN),
        args.join(" "),
        quoted(&out.to_string_lossy())
    );
    // The bar from the start (no delay), so that a fast build shows it too: each phase is
    // drawn at its start and end whatever the run's speed.
    let tty = Command::new("script")
        .args(["-qfec", &command, "/dev/null"])
        .env("TERM", "xterm")
        .env("ARTICLE_COMPARE_PROGRESS_DELAY_MS", "0")
        .output()
        .expect("script (util-linux) runs");
    assert!(tty.status.success(), "{tty:?}");
    let drawn = String::from_utf8_lossy(&tty.stdout);
    for phase in [
        "segmenting",
        "embedding",
        "indexing",
        "matching",
        "findings",
    ] {
        assert!(drawn.contains(phase), "{phase} in {drawn:?}");
    }
    assert!(drawn.contains("[="), "a bar in {drawn:?}");
    let json = std::fs::read_to_string(&out).expect("the report");

    let piped = Command::new(BIN)
        .args(["compare", "--format", "json"])
        .env("ARTICLE_COMPARE_PROGRESS_DELAY_MS", "0")
        .args(&files)
        .output()
        .expect("the binary runs");
    assert!(piped.status.success());
    assert_eq!(
        String::from_utf8_lossy(&piped.stderr),
        "",
        "no bar when piped"
    );
    assert_eq!(
        json,
        String::from_utf8_lossy(&piped.stdout),
        "standard output is the report alone"
    );
    let report: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(report["articles"].as_array().map(Vec::len), Some(120));
    std::fs::remove_dir_all(dir).ok();
}
