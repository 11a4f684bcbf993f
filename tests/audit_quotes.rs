//! Quotes and speakers on the 20 audited BASIL stories (tests/fixtures/audit): every `quote`,
//! `quote_group`, `quote_extent` and `quote_speaker` entry of expected.json is checked against
//! the story's report, and the figures the issue sets targets for are printed
//! (`cargo test --test audit_quotes -- --nocapture`). Entries marked borderline or disputable
//! are counted apart and need not pass.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/audit_q.rs"]
mod audit;

use std::collections::BTreeMap;

use audit::{SpeakerOutcome, Story, Tally};

const KINDS: &[&str] = &["quote", "quote_group", "quote_extent", "quote_speaker"];

/// Every audited story with expectations of `KINDS`, compared on as many threads as there are
/// cores.
fn stories() -> Vec<(Story, Vec<serde_json::Value>)> {
    let expected = audit::expected(KINDS);
    let names: Vec<String> = expected.keys().cloned().collect();
    let stories: Vec<Story> = std::thread::scope(|s| {
        let handles: Vec<_> = names
            .iter()
            .map(|n| s.spawn(move || audit::story(n)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a story"))
            .collect()
    });
    let mut expected = expected;
    stories
        .into_iter()
        .map(|s| {
            let e = expected.remove(&s.name).unwrap_or_default();
            (s, e)
        })
        .collect()
}

#[test]
fn audited_quotes_and_speakers() {
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let mut failures = Vec::new();
    // Speaker outcomes over the firm quote_speaker entries.
    let mut outcomes: BTreeMap<&str, usize> = BTreeMap::new();
    // Shared quote findings, and those an entry shows to be wrong (merged or not a quote).
    let (mut shared, mut shared_bad) = (0, 0);
    for (story, entries) in stories() {
        let findings = audit::quote_findings(&story);
        let mut bad = std::collections::BTreeSet::new();
        for e in &entries {
            let kind = e["kind"].as_str().expect("a kind");
            let soft = audit::soft(e);
            let places: Vec<&audit::Place> = findings.iter().flat_map(|f| &f.places).collect();
            let result = if kind == "quote_speaker" {
                let (outcome, got) = audit::speaker_outcome(&places, e);
                if !soft {
                    let key = match outcome {
                        SpeakerOutcome::Right => "right",
                        SpeakerOutcome::Wrong => "wrong",
                        SpeakerOutcome::Missing => "missing",
                        SpeakerOutcome::NoPlace => "no place",
                    };
                    *outcomes.entry(key).or_default() += 1;
                }
                match outcome {
                    SpeakerOutcome::Right => Ok(()),
                    _ => Err(format!("{outcome:?}: {got:?}")),
                }
            } else {
                audit::check(&story, &findings, e)
            };
            if result.is_err() && matches!(kind, "quote_group" | "quote") {
                // The shared findings that hold the offending places.
                for f in findings
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| f.sources.len() > 1)
                {
                    let fp: Vec<&audit::Place> = f.1.places.iter().collect();
                    let mentions = |t: &str| {
                        fp.iter()
                            .any(|p| p.quote.contains(t) || p.sentence.contains(t))
                    };
                    let hit = if kind == "quote_group" {
                        let pair = e["must_not_group"].as_array().expect("a pair");
                        pair.iter().all(|t| mentions(t.as_str().expect("a text")))
                    } else {
                        e["expect"] == "absent"
                            && mentions(e["text_contains"].as_str().expect("a text"))
                    };
                    if hit {
                        bad.insert(f.0);
                    }
                }
            }
            tallies
                .entry(kind.to_owned())
                .or_default()
                .add(soft, result.is_ok());
            if let Err(why) = result {
                let mark = if soft { " (soft)" } else { "" };
                failures.push(format!("{} {kind}{mark}: {e} — {why}", story.name));
            }
        }
        let n = findings.iter().filter(|f| f.sources.len() > 1).count();
        shared += n;
        shared_bad += bad.len();
        if std::env::var_os("AUDIT_SHOW").is_some() {
            for f in findings.iter().filter(|f| f.sources.len() > 1) {
                println!("{} shared quote, speaker {:?}", story.name, f.speaker);
                for p in &f.places {
                    println!("    {} {:?}: {}", p.article, p.speaker, p.quote);
                }
            }
        }
    }
    for f in &failures {
        println!("FAIL {f}");
    }
    for (kind, t) in &tallies {
        println!(
            "{kind}: {}/{} pass; borderline/disputable {}/{}",
            t.passed, t.checked, t.soft_passed, t.soft_checked
        );
    }
    let n = |k: &str| outcomes.get(k).copied().unwrap_or(0);
    let (right, wrong, missing, none) = (n("right"), n("wrong"), n("missing"), n("no place"));
    let placed = right + wrong + missing;
    let given = right + wrong;
    println!(
        "speakers at {placed} audited quote places ({none} places not reported): right {right} \
         ({:.0}%), wrong {wrong} ({:.0}%), missing {missing} ({:.0}%); right at {:.0}% of the \
         places where one is given",
        100.0 * right as f64 / placed as f64,
        100.0 * wrong as f64 / placed as f64,
        100.0 * missing as f64 / placed as f64,
        100.0 * right as f64 / given.max(1) as f64,
    );
    let precision = 1.0 - shared_bad as f64 / shared.max(1) as f64;
    println!(
        "shared quote findings: {shared}, {shared_bad} shown wrong by an entry (merged or not a \
         quote): precision at most {precision:.2}"
    );
}
