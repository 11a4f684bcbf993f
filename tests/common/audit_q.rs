//! The audit of 20 BASIL stories (tests/fixtures/audit): its stories, its expectations of the
//! quote and name findings, and the checks that read a report the way the audit was written
//! (everything located by text, never by sentence number; see tests/fixtures/audit/README.md).
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use article_compare::report::{Finding, Report};
use article_compare::{Article, compare};
use serde_json::Value;

/// The audit's folder.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/audit")
}

/// The outlets in the order the audit compared them (article 0, 1, 2).
pub const SOURCES: [&str; 3] = ["nyt", "hpo", "fox"];

/// One audited story: its three texts, in `SOURCES` order, and their report.
pub struct Story {
    pub name: String,
    pub texts: Vec<String>,
    pub report: Report,
}

/// The article of a source name ("nyt" is 0).
pub fn article(source: &str) -> usize {
    SOURCES
        .iter()
        .position(|s| *s == source)
        .unwrap_or_else(|| panic!("unknown source {source}"))
}

/// Reads a story's three texts (file names matched case-insensitively) and compares them.
pub fn story(name: &str) -> Story {
    let dir = root().join("stories").join(name);
    let files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .collect();
    let texts: Vec<String> = SOURCES
        .iter()
        .map(|s| {
            let want = format!("{s}.txt");
            let path = files
                .iter()
                .find(|p| {
                    p.file_name()
                        .and_then(|f| f.to_str())
                        .is_some_and(|f| f.eq_ignore_ascii_case(&want))
                })
                .unwrap_or_else(|| panic!("{name} has no {want}"));
            std::fs::read_to_string(path).expect("a story text")
        })
        .collect();
    let articles: Vec<Article<'_>> = texts
        .iter()
        .zip(SOURCES)
        .map(|(t, s)| Article::new(s, t))
        .collect();
    let report = compare(&articles).expect("the story compares");
    Story {
        name: name.to_owned(),
        texts,
        report,
    }
}

/// Every expectation of the given kinds, grouped by story (sorted).
pub fn expected(kinds: &[&str]) -> BTreeMap<String, Vec<Value>> {
    let text = std::fs::read_to_string(root().join("expected.json")).expect("expected.json");
    let all: Vec<Value> = serde_json::from_str(&text).expect("expected.json parses");
    let mut out: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for e in all {
        if kinds.contains(&e["kind"].as_str().unwrap_or("")) {
            let story = e["story"].as_str().expect("a story").to_owned();
            out.entry(story).or_default().push(e);
        }
    }
    out
}

/// Whether an entry is marked borderline or disputable (reported apart, need not pass).
pub fn soft(e: &Value) -> bool {
    e["borderline"].as_bool() == Some(true) || e["disputable"].as_bool() == Some(true)
}

/// One quote place of a report, with its finding.
#[derive(Debug, Clone)]
pub struct Place {
    /// The index of its finding among the quote findings.
    pub finding: usize,
    pub article: usize,
    /// The quoted words.
    pub quote: String,
    /// The sentence where the quote opens.
    pub sentence: String,
    pub speaker: Option<String>,
}

/// A quote finding: its speaker and places.
#[derive(Debug, Clone)]
pub struct QuoteFinding {
    pub speaker: Option<String>,
    pub sources: Vec<usize>,
    pub places: Vec<Place>,
}

/// The quote findings of a story's report.
pub fn quote_findings(story: &Story) -> Vec<QuoteFinding> {
    let r = &story.report;
    r.findings
        .iter()
        .filter_map(|f| match f {
            Finding::Quote {
                speaker,
                sources,
                wordings,
                ..
            } => Some((speaker, sources, wordings)),
            _ => None,
        })
        .enumerate()
        .map(|(k, (speaker, sources, wordings))| QuoteFinding {
            speaker: speaker.clone(),
            sources: sources.clone(),
            places: wordings
                .iter()
                .flat_map(|w| &w.places)
                .map(|p| Place {
                    finding: k,
                    article: p.article,
                    quote: p.span.text(&story.texts[p.article]).to_owned(),
                    sentence: r.articles[p.article].sentences[p.sentence]
                        .span
                        .text(&story.texts[p.article])
                        .to_owned(),
                    speaker: p.speaker.clone(),
                })
                .collect(),
        })
        .collect()
}

/// The places of `article` whose quote contains `text`; if there are none, those whose sentence
/// does (the audit's rule).
pub fn places_for<'p>(places: &[&'p Place], article: usize, text: &str) -> Vec<&'p Place> {
    let here: Vec<&Place> = places
        .iter()
        .copied()
        .filter(|p| p.article == article)
        .collect();
    let by_quote: Vec<&Place> = here
        .iter()
        .copied()
        .filter(|p| p.quote.contains(text))
        .collect();
    if !by_quote.is_empty() {
        return by_quote;
    }
    here.into_iter()
        .filter(|p| p.sentence.contains(text))
        .collect()
}

/// Whether a reported speaker matches an expected one: a case-insensitive substring.
pub fn speaker_matches(reported: Option<&str>, expected: Option<&str>) -> bool {
    match (reported, expected) {
        (None, None) => true,
        // Curly and straight apostrophes are one ("O’Neill", "O'Neill").
        (Some(r), Some(e)) => r
            .to_lowercase()
            .replace('’', "'")
            .contains(&e.to_lowercase().replace('’', "'")),
        _ => false,
    }
}

/// How one speaker judgment came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerOutcome {
    /// The expected speaker (or none, when none is expected).
    Right,
    /// A speaker other than the expected one, or one where none is expected.
    Wrong,
    /// None given where the text names one.
    Missing,
    /// The quote place is not reported at all.
    NoPlace,
}

/// The outcome of one `quote_speaker` entry.
pub fn speaker_outcome(places: &[&Place], e: &Value) -> (SpeakerOutcome, Option<String>) {
    let source = e["source"].as_str().expect("a source");
    let text = e["text_contains"].as_str().expect("a text");
    let want = e["speaker"].as_str();
    let found = places_for(places, article(source), text);
    let Some(p) = found.first() else {
        return (SpeakerOutcome::NoPlace, None);
    };
    let got = p.speaker.clone();
    let outcome = if speaker_matches(got.as_deref(), want) {
        SpeakerOutcome::Right
    } else if got.is_none() {
        SpeakerOutcome::Missing
    } else {
        SpeakerOutcome::Wrong
    };
    (outcome, got)
}

/// Checks one entry of kind quote, quote_group, quote_extent or name against a story; `Err`
/// says what is wrong.
pub fn check(story: &Story, findings: &[QuoteFinding], e: &Value) -> Result<(), String> {
    let places: Vec<&Place> = findings.iter().flat_map(|f| &f.places).collect();
    let text = |key: &str| e[key].as_str().unwrap_or_else(|| panic!("no {key} in {e}"));
    match e["kind"].as_str().unwrap_or("") {
        "quote" if e["expect"] == "present" && e["sources"].is_array() => {
            let want = text("text_contains");
            let sources: Vec<usize> = e["sources"]
                .as_array()
                .expect("sources")
                .iter()
                .map(|s| article(s.as_str().expect("a source")))
                .collect();
            let speaker = e.get("speaker").and_then(|s| s.as_str());
            let mut seen = Vec::new();
            for f in findings {
                let fp: Vec<&Place> = f.places.iter().collect();
                if sources
                    .iter()
                    .all(|&a| !places_for(&fp, a, want).is_empty())
                {
                    if speaker.is_none_or(|s| speaker_matches(f.speaker.as_deref(), Some(s))) {
                        return Ok(());
                    }
                    seen.push(format!("speaker {:?}", f.speaker));
                }
            }
            Err(format!("no one finding in {sources:?} ({seen:?})"))
        }
        "quote" if e["expect"] == "present" => {
            let a = article(text("source"));
            let want = text("text_contains");
            places
                .iter()
                .any(|p| p.article == a && p.quote.contains(want))
                .then_some(())
                .ok_or_else(|| "no such quote".to_owned())
        }
        "quote" => {
            let want = text("text_contains");
            let a = e["source"].as_str().map(article);
            let exact = e["exact"].as_bool() == Some(true);
            let bad: Vec<&&Place> = places
                .iter()
                .filter(|p| {
                    a.is_none_or(|a| p.article == a)
                        && if exact {
                            p.quote.trim() == want
                        } else {
                            p.quote.contains(want)
                        }
                })
                .collect();
            if bad.is_empty() {
                Ok(())
            } else {
                Err(format!("reported as a quote: {:?}", bad[0].quote))
            }
        }
        "quote_group" => {
            let pair = e["must_not_group"].as_array().expect("must_not_group");
            let (x, y) = (pair[0].as_str().expect("a"), pair[1].as_str().expect("b"));
            let has = |p: &Place, t: &str| p.quote.contains(t) || p.sentence.contains(t);
            for f in findings {
                let a = f.places.iter().find(|p| has(p, x));
                let b = f.places.iter().find(|p| has(p, y));
                if let (Some(a), Some(b)) = (a, b)
                    && (a.article, &a.quote) != (b.article, &b.quote)
                {
                    return Err(format!("grouped {:?} with {:?}", a.quote, b.quote));
                }
            }
            Ok(())
        }
        "quote_extent" => {
            let a = article(text("source"));
            let (start, not) = (text("text_contains"), text("must_not_contain"));
            match places
                .iter()
                .find(|p| p.article == a && p.quote.starts_with(start))
            {
                Some(p) if p.quote.contains(not) => Err(format!("runs across: {:?}", p.quote)),
                _ => Ok(()),
            }
        }
        "name" => {
            let (spelling, usual) = (text("spelling"), text("usual"));
            let found = story.report.findings.iter().find_map(|f| match f {
                Finding::Name {
                    spelling: s,
                    usual: u,
                    likely_misspelling,
                    ..
                } if (s == spelling && u == usual) || (s == usual && u == spelling) => {
                    Some(*likely_misspelling)
                }
                _ => None,
            });
            match (e["expect"].as_str(), found) {
                (Some("present"), None) => Err("no such name finding".to_owned()),
                (Some("present"), Some(likely)) => match e["likely_misspelling"].as_bool() {
                    Some(want) if want != likely => Err(format!("likely_misspelling {likely}")),
                    _ => Ok(()),
                },
                (_, Some(likely)) if e["expect"] != "present" => {
                    Err(format!("reported (likely_misspelling {likely})"))
                }
                _ => Ok(()),
            }
        }
        other => panic!("not a quote or name entry: {other}"),
    }
}

/// Pass counts per kind: (passed, checked) for firm entries, the same for soft ones.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    pub passed: usize,
    pub checked: usize,
    pub soft_passed: usize,
    pub soft_checked: usize,
}

impl Tally {
    pub fn add(&mut self, soft: bool, ok: bool) {
        if soft {
            self.soft_checked += 1;
            self.soft_passed += usize::from(ok);
        } else {
            self.checked += 1;
            self.passed += usize::from(ok);
        }
    }
}
