//! Where sources differ, once the engine has found what they share: figures, names and quotes;
//! and the site furniture that is left out of the comparison.
//!
//! * [`furniture`]: lines of the web page, not the story ("Scroll to Top", "Also Read: …"),
//!   found while segmenting, so that the comparison can leave them out.
//! * [`figures`]: every figure with its qualifier and what it counts; figures that differ
//!   between two matched sentences (the engine's `matches`).
//! * [`names`]: a name one edit away from the spelling other sources use in the same company.
//! * [`quotes`]: quoted words with their speaker, and one quote's wordings aligned word by word.

pub(crate) mod figures;
pub(crate) mod furniture;
mod names;
mod quotes;
mod tokens;

use crate::diff;
use crate::doc::Doc;
use crate::neardup::{self, Map};
use crate::report::{FigureRow, Finding, Match, WordReport};

/// Findings of an n-way comparison, and the figures table.
pub(crate) struct Findings {
    pub findings: Vec<Finding>,
    pub figures: Vec<FigureRow>,
}

/// `skip[d][s]`: sentence `s` of article `d` is furniture left out of the comparison.
pub(crate) fn find(docs: &[Doc<'_>], skip: &[Vec<bool>], matches: &[Match]) -> Findings {
    let mut matched: Map<[usize; 2], Vec<[usize; 2]>> = neardup::map();
    for m in matches {
        matched.entry(m.a).or_default().push(m.b);
        matched.entry(m.b).or_default().push(m.a);
    }
    let (numbers, figures) = figures::find(docs, skip, matches);
    let (names, common) = names::find(docs, skip, &matched);
    let quotes = quotes::find(docs, skip, &common);
    let mut findings = numbers;
    findings.extend(names);
    findings.extend(quotes);
    for (d, doc) in docs.iter().enumerate() {
        for (s, sentence) in doc.sentences.iter().enumerate() {
            if let Some(label) = doc.furniture[s] {
                findings.push(Finding::Furniture {
                    article: d,
                    sentence: s,
                    start: sentence.start,
                    end: sentence.end,
                    text: sentence.text(doc.text).to_owned(),
                    label,
                });
            }
        }
    }
    Findings { findings, figures }
}

/// Lower case through `char::to_lowercase`, whose tables the engine has already; `str::to_lowercase`
/// would add code of its own to the wasm.
pub(crate) fn lower(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).collect()
}

/// The word-level diff of two spans of (perhaps) different articles, as report entries.
pub(crate) fn word_reports(
    docs: &[Doc<'_>],
    a_article: usize,
    a: &str,
    a_start: usize,
    b_article: usize,
    b: &str,
    b_start: usize,
) -> Vec<WordReport> {
    diff::words(a, a_start, b, b_start, 4000)
        .map(|edits| {
            crate::word_reports(
                edits,
                docs[a_article].text,
                docs[b_article].text,
                crate::Texts::Copied,
            )
        })
        .unwrap_or_default()
}
