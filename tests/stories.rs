//! Stories: the frozen signature values (the same file the browser and the Python tests read),
//! and `article-compare stories` on BASIL, whose folders are the true stories.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use article_compare::stories::{self, band_keys, signature};

const BIN: &str = env!("CARGO_BIN_EXE_article-compare");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The frozen signature of a real article: `tests/fixtures/signatures/000.json`, written once
/// from the rules in src/stories/signature.rs. A change to the words, the stop words, the hash
/// or the seeds fails here (and in the browser and Python tests that read the same file); a
/// deliberate change rewrites it with `UPDATE_SIGNATURES=1 cargo test --test stories`.
#[test]
fn frozen_signature_of_a_real_article() {
    let text = std::fs::read_to_string(format!("{ROOT}/tests/fixtures/articles/000.txt")).unwrap();
    let sig = signature(&text);
    let keys: Vec<i64> = band_keys(&sig).iter().map(|&k| k as i64).collect();
    let path = format!("{ROOT}/tests/fixtures/signatures/000.json");
    let now = serde_json::json!({
        "file": "tests/fixtures/articles/000.txt",
        "signature": sig.to_vec(),
        "band_keys": keys,
    });
    if std::env::var_os("UPDATE_SIGNATURES").is_some() {
        std::fs::write(&path, serde_json::to_string_pretty(&now).unwrap() + "\n").unwrap();
    }
    let frozen: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(now, frozen, "the signature rules changed");
}

macro_rules! same_story {
    ($($name:ident: $a:expr, $b:expr, $same:expr;)*) => {$(
        #[test]
        fn $name() {
            let read = |f: &str| std::fs::read_to_string(format!("{ROOT}/{f}")).unwrap();
            let texts = [read($a), read($b)];
            let sigs: Vec<_> = texts.iter().map(|t| signature(t)).collect();
            let vecs = stories::meaning::vectors(
                article_compare::bundled_model(),
                texts.iter().map(String::as_str),
            );
            let grouping = stories::group(&sigs, &vecs);
            assert_eq!(grouping.stories.len() == 1, $same, "{:?}", grouping);
        }
    )*};
}

const BASIL: &str = "../shared/eval/basil";

same_story! {
    two_outlets_on_the_talks: "tests/fixtures/articles/000.txt", "tests/fixtures/articles/004.txt", true;
    fox_and_nyt_on_the_gop_debate: "../shared/eval/basil/2011-97566c74/FOX.txt", "../shared/eval/basil/2011-97566c74/NYT.txt", true;
    the_talks_and_the_gop_debate: "tests/fixtures/articles/000.txt", "../shared/eval/basil/2011-97566c74/NYT.txt", false;
}

/// Pair F1 of a grouping against the truth: (F1, precision, recall).
fn pair_f1(story: &[usize], truth: &[&str]) -> (f64, f64, f64) {
    let (mut tp, mut fp, mut fun) = (0.0, 0.0, 0.0);
    for i in 0..story.len() {
        for j in i + 1..story.len() {
            match (story[i] == story[j], truth[i] == truth[j]) {
                (true, true) => tp += 1.0,
                (true, false) => fp += 1.0,
                (false, true) => fun += 1.0,
                _ => {}
            }
        }
    }
    let (p, r) = (tp / (tp + fp), tp / (tp + fun));
    (2.0 * p * r / (p + r), p, r)
}

#[test]
fn stories_of_basil_from_the_command_line() {
    let dir = Path::new(ROOT).join(BASIL);
    let out = Command::new(BIN)
        .args(["stories", "--format", "json"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let (articles, summaries): (Vec<_>, Vec<_>) =
        lines.iter().partition(|l| l.get("file").is_some());
    assert_eq!(articles.len(), 300);
    let files: Vec<&str> = articles
        .iter()
        .map(|a| a["file"].as_str().unwrap())
        .collect();
    assert!(
        files.windows(2).all(|w| w[0] < w[1]),
        "articles in file order"
    );
    let story: Vec<usize> = articles
        .iter()
        .map(|a| a["story"].as_u64().unwrap() as usize)
        .collect();
    let truth: Vec<&str> = files.iter().map(|f| f.split('/').next().unwrap()).collect();
    let (f1, precision, recall) = pair_f1(&story, &truth);
    assert!(
        f1 >= 0.95,
        "pair F1 {f1:.3} (precision {precision:.3}, recall {recall:.3})"
    );

    // Each story's line lists exactly the articles numbered with it, in order, and counts
    // what its report holds.
    let mut members: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for (f, s) in files.iter().zip(&story) {
        members.entry(*s).or_default().push(f);
    }
    assert_eq!(summaries.len(), members.len());
    for (s, line) in summaries.iter().enumerate() {
        assert_eq!(line["story"], s);
        let listed: Vec<&str> = line["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f.as_str().unwrap())
            .collect();
        assert_eq!(listed, members[&s]);
        assert_eq!(line["sources"], listed.len());
        let sentences = line["sentences"].as_u64().unwrap();
        assert!(line["unique"].as_u64().unwrap() <= sentences);
    }
}
