//! The audit of 20 BASIL stories (`tests/fixtures/audit`, issue 13): its expectations, its
//! segmentation cases and its stories' texts, read for the table-driven audit tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use serde_json::Value;

/// Where the audit lives.
pub fn audit_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/audit")
}

/// Every entry of `expected.json`.
pub fn expected() -> Vec<Value> {
    let text = std::fs::read_to_string(audit_dir().join("expected.json")).expect("expected.json");
    serde_json::from_str(&text).expect("expected.json parses")
}

/// The entries of one kind.
pub fn expected_of(kind: &str) -> Vec<Value> {
    expected()
        .into_iter()
        .filter(|e| e["kind"] == kind)
        .collect()
}

/// Every case of `segment_cases.json`.
pub fn segment_cases() -> Vec<Value> {
    let text =
        std::fs::read_to_string(audit_dir().join("segment_cases.json")).expect("segment cases");
    serde_json::from_str(&text).expect("segment_cases.json parses")
}

/// The outlets in the audit's order of comparison.
pub const SOURCES: [&str; 3] = ["nyt", "hpo", "fox"];

/// The index of a source name ("nyt" = 0, "hpo" = 1, "fox" = 2).
pub fn source_index(name: &str) -> usize {
    SOURCES
        .iter()
        .position(|s| *s == name)
        .expect("known source")
}

/// The three texts of a story (file names matched case-insensitively).
pub fn story(name: &str) -> [String; 3] {
    let dir = audit_dir().join("stories").join(name);
    let files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("story dir")
        .map(|e| e.expect("entry").path())
        .collect();
    SOURCES.map(|s| {
        let path = files
            .iter()
            .find(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.eq_ignore_ascii_case(&format!("{s}.txt")))
            })
            .unwrap_or_else(|| panic!("{name}/{s}.txt"));
        std::fs::read_to_string(path).expect("story text")
    })
}

/// The names of the stories that have an expectation of one of `kinds`, sorted, once each.
pub fn stories_of(entries: &[Value]) -> Vec<String> {
    let mut names: Vec<String> = entries
        .iter()
        .map(|e| e["story"].as_str().expect("story").to_owned())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The text fields of an entry: a string or a list of strings.
pub fn texts(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![s.clone()],
        Value::Array(a) => a
            .iter()
            .map(|x| x.as_str().expect("text").to_owned())
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether an entry is marked borderline or disputable (reported apart from the targets).
pub fn disputable(e: &Value) -> bool {
    e["borderline"] == true
        || e["disputable"] == true
        || e["note"]
            .as_str()
            .is_some_and(|n| n.starts_with("disputable"))
}

/// Pass counts per kind: firm entries and disputable ones apart.
#[derive(Default, Debug)]
pub struct Tally {
    pub pass: usize,
    pub total: usize,
    pub soft_pass: usize,
    pub soft_total: usize,
    pub failures: Vec<String>,
}

impl Tally {
    pub fn add(&mut self, soft: bool, ok: bool, what: impl FnOnce() -> String) {
        if soft {
            self.soft_total += 1;
            self.soft_pass += usize::from(ok);
        } else {
            self.total += 1;
            self.pass += usize::from(ok);
        }
        if !ok {
            self.failures.push(format!(
                "{}{}",
                if soft { "(disputable) " } else { "" },
                what()
            ));
        }
    }

    pub fn print(&self, kind: &str) {
        eprintln!(
            "{kind}: {}/{} firm, {}/{} borderline or disputable",
            self.pass, self.total, self.soft_pass, self.soft_total
        );
        for f in &self.failures {
            eprintln!("  FAIL {f}");
        }
    }
}
