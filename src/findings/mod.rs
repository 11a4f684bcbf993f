//! Where sources differ, once the engine has found what they share: figures, names and quotes;
//! and the site furniture that was left out of the comparison.
//!
//! * [`figures`]: every figure with its qualifier and what it counts; figures that differ
//!   between two matched sentences (the comparison's `matches`).
//! * [`names`]: a name one edit away from the spelling other sources use in the same company.
//! * [`quotes`]: quoted words with their speaker, and one quote's wordings aligned word by word.
//! * furniture: the lines [classified](crate::text::furniture) as the web page's, listed.
//! * [`model`]: the findings as reported.

mod attribution;
mod figure_pairs;
mod figure_read;
mod figure_words;
pub(crate) mod figures;
pub(crate) mod model;
mod names;
mod negation;
mod quote_groups;
mod quotes;
mod titles;

pub use model::{
    Bound, Credit, Figure, FigureKind, FigureRow, Finding, NumberDifference, Place, Quoted, Wording,
};

use crate::compare::words::{self, Texts, WordReport};
use crate::compare::{Fallback, FallbackStage, Matches};
use crate::doc::Doc;
use crate::progress::{Phase, Reporter};
use crate::similarity::CandidateLimits;
use crate::text::Span;

/// What the findings need of the options.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FindingsConfig {
    /// Lowest similarity of two quotes' words for them to be one quote.
    pub quote_threshold: f32,
    /// The limits of the quotes' candidate search.
    pub quote_candidates: CandidateLimits,
    /// Two wordings with more word tokens than this are not aligned word by word.
    pub max_word_tokens: usize,
    /// Lowest similarity of two unmatched sentences whose same figure is compared.
    pub figure_threshold: f32,
    /// How many other printings of the same figure each figure is checked against.
    pub figure_peers: usize,
}

/// Findings of an n-way comparison, the figures table, and where the findings fell back.
pub(crate) struct Findings {
    pub findings: Vec<Finding>,
    pub figures: Vec<FigureRow>,
    pub fallbacks: Vec<Fallback>,
}

/// `skip[d][s]`: sentence `s` of article `d` is furniture left out of the comparison.
pub(crate) fn find(
    docs: &[Doc<'_>],
    skip: &[Vec<bool>],
    matches: &Matches,
    config: &FindingsConfig,
    progress: &mut Reporter<'_>,
) -> Findings {
    progress.start(Phase::Findings, 5);
    let (numbers, figures) = figures::find(docs, skip, matches, config);
    progress.at(1);
    let (names, common) = names::find(docs, skip, matches);
    progress.at(2);
    let quotes = quotes::find(docs, skip, &common, config);
    progress.at(3);
    let mut findings = numbers;
    findings.extend(names);
    findings.extend(quotes.findings);
    findings.extend(negation::find(docs, matches));
    progress.at(4);
    for (d, doc) in docs.iter().enumerate() {
        for (s, sentence) in doc.sentences.iter().enumerate() {
            if let Some(label) = doc.furniture[s] {
                findings.push(Finding::Furniture {
                    article: d,
                    sentence: s,
                    span: Span::new(sentence.start, sentence.end),
                    text: sentence.text(doc.text).to_owned(),
                    label,
                });
            }
        }
    }
    progress.finish();
    Findings {
        findings,
        figures,
        fallbacks: quotes.fallbacks,
    }
}

/// Lower case through `char::to_lowercase`, whose tables the engine has already; `str::to_lowercase`
/// would add code of its own to the wasm.
pub(crate) fn lower(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).collect()
}

/// A word without its possessive ending ("Reid's", "Reid’s"): `strip_suffix`, not
/// `trim_end_matches`, whose string searcher would add code to the wasm.
pub(crate) fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
}

/// One side of a word diff between spans of (perhaps) different articles.
pub(crate) struct Side<'a> {
    /// The article's text.
    pub article: &'a str,
    /// The span in it.
    pub span: Span,
}

/// The word-level diff of two spans as report entries, or `None` when they are over
/// `max_tokens` together.
pub(crate) fn word_reports(a: Side<'_>, b: Side<'_>, max_tokens: usize) -> Option<Vec<WordReport>> {
    let edits = words::words(
        a.span.text(a.article),
        a.span.start,
        b.span.text(b.article),
        b.span.start,
        max_tokens,
    )?;
    Some(words::word_reports(
        edits,
        a.article,
        b.article,
        Texts::Copied,
    ))
}

/// A fallback of `stage` counted `count` times, if it was.
pub(crate) fn fallback(stage: FallbackStage, count: usize, detail: String) -> Option<Fallback> {
    (count > 0).then_some(Fallback {
        stage,
        count,
        detail,
    })
}
