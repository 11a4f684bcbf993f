//! Names on the 20 audited BASIL stories (every `name` entry of tests/fixtures/audit/expected.json)
//! and on constructed cases of real text for each class of the issue: plural and derived forms
//! are no misspellings; a doubled letter, `l` for `I`, a multi-word name and hyphenation are.
//! `cargo test --test audit_names -- --nocapture` prints the pass counts.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/audit_q.rs"]
mod audit;

use article_compare::report::Finding;
use article_compare::{Article, compare};

#[test]
fn audited_names() {
    let (mut passed, mut checked) = (0, 0);
    let mut failures = Vec::new();
    let mut expected = audit::expected(&["name"]);
    let mut stories: Vec<String> = std::fs::read_dir(audit::root().join("stories"))
        .expect("the stories")
        .map(|e| {
            e.expect("a story")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    stories.sort();
    // Every name finding on every story is printed, to be read: the precision of the kind.
    let mut reported = 0;
    for story in stories {
        let entries = expected.remove(&story).unwrap_or_default();
        let s = audit::story(&story);
        let findings = audit::quote_findings(&s);
        for f in &s.report.findings {
            if let Finding::Name {
                spelling,
                usual,
                likely_misspelling,
                ..
            } = f
            {
                reported += 1;
                println!(
                    "{story}: name finding {spelling:?} / {usual:?} (likely {likely_misspelling})"
                );
            }
        }
        for e in &entries {
            checked += 1;
            match audit::check(&s, &findings, e) {
                Ok(()) => passed += 1,
                Err(why) => failures.push(format!("{story}: {e} — {why}")),
            }
        }
    }
    println!("name: {passed}/{checked} pass; {reported} name findings reported");
    assert!(failures.is_empty(), "{failures:#?}");
}

/// The name findings of a comparison, as (spelling, usual, likely misspelling).
fn names(texts: &[&str]) -> Vec<(String, String, bool)> {
    let articles: Vec<Article<'_>> = texts.iter().map(|t| Article::new("a", t)).collect();
    compare(&articles)
        .expect("the articles compare")
        .findings
        .into_iter()
        .filter_map(|f| match f {
            Finding::Name {
                spelling,
                usual,
                likely_misspelling,
                ..
            } => Some((spelling, usual, likely_misspelling)),
            _ => None,
        })
        .collect()
}

/// A case: the articles, and a pair of spellings that must (`Some`) or must not (`None` as the
/// third field) be reported.
struct Case {
    name: &'static str,
    texts: &'static [&'static str],
    pair: (&'static str, &'static str),
    flagged: bool,
}

macro_rules! cases {
    ($($name:ident: [$($text:expr),+ $(,)?] => ($a:expr, $b:expr) $flag:ident;)+) => {
        &[$(Case {
            name: stringify!($name),
            texts: &[$($text),+],
            pair: ($a, $b),
            flagged: cases!(@flag $flag),
        }),+]
    };
    (@flag flagged) => { true };
    (@flag not_flagged) => { false };
}

const NAMES: &[Case] = cases! {
    koreas_korean: [
        "The leaders of the two Koreas met on Friday at the border village of Panmunjom.",
        "The Korean leaders met on Friday at the border village of Panmunjom.",
    ] => ("Koreas", "Korean") not_flagged;
    doubled_letter: [
        "George Papadopoulos, a former campaign adviser, pleaded guilty to lying to the F.B.I.",
        "George Papadopoulous, a former campaign adviser, pleaded guilty to lying to the F.B.I.",
        "George Papadopoulos, a former Trump campaign adviser, pleaded guilty on Monday.",
    ] => ("Papadopoulous", "Papadopoulos") flagged;
    l_for_i: [
        "The sanctions on Iran will stay in place, the secretary said on Tuesday.",
        "The sanctions on lran will stay in place, the secretary said on Tuesday.",
    ] => ("lran", "Iran") flagged;
    multi_word_name: [
        "The caravan was organized by Pueblo Sin Fronteras, an advocacy group.",
        "The caravan was organized by Pueblos Sin Fronteras, an advocacy group.",
        "Organizers from Pueblo Sin Fronteras said the caravan would go on.",
    ] => ("Pueblos", "Pueblo") flagged;
    hyphenation: [
        "President Moon Jae-in of South Korea met Kim Jong-un at the border.",
        "South Korean President Moon Jae In met Kim Jong Un at the border.",
        "Moon Jae-in said the talks with the North would continue.",
    ] => ("Jae In", "Jae-in") flagged;
    demonym: [
        "Israel said the talks would resume on Monday in Cairo.",
        "Israeli officials said the talks would resume on Monday in Cairo.",
    ] => ("Israeli", "Israel") not_flagged;
};

const REGRESSION: &[Case] = cases! {
    majority_misspelling_not_claimed: [
        "Reince Preibus, the party chairman, spoke on Monday.",
        "Reince Preibus, the party chairman, will speak again.",
        "Reince Priebus, the party chairman, spoke on Monday. Mr. Priebus said more. Priebus left.",
    ] => ("Priebus", "Preibus") flagged;
};

#[test]
fn constructed_names() {
    for (group, cases) in [("NAMES", NAMES), ("REGRESSION", REGRESSION)] {
        for c in cases {
            let found = names(c.texts);
            let hit = found.iter().find(|(s, u, _)| {
                (s == c.pair.0 && u == c.pair.1) || (s == c.pair.1 && u == c.pair.0)
            });
            assert_eq!(
                hit.is_some(),
                c.flagged,
                "{group} {}: {:?} in {found:?}",
                c.name,
                c.pair
            );
        }
    }
    // The correct spelling that the majority gets wrong is not called a likely misspelling.
    let found = names(REGRESSION[0].texts);
    assert!(found.iter().all(|(_, _, likely)| !likely), "{found:?}");
}
