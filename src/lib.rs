//! article-compare: see at once what news articles on one story share, rewrite, repeat and
//! leave out.
//!
//! The pipeline, one module per step:
//!
//! 1. [`segment`]: paragraphs and sentences with byte spans, split the way a news reader would
//!    (`U.S.`, `Mr.`, `a.m.`, quotes, headlines without a period).
//! 2. [`normalize`]: comparison keys that ignore case, punctuation, quote and dash styles,
//!    invisible characters and Unicode normalization form.
//! 3. `neardup`: word sets per sentence, an inverted index for candidates, and a similarity
//!    score; exact duplicates are grouped by key first.
//! 4. `align`: pairwise sentence alignment of two articles (equal, edited, moved, inserted,
//!    deleted), diffing interned sentence ids with `similar`'s histogram algorithm.
//! 5. [`diff`]: word-level changes inside an edited pair, cleaned into whole phrases.
//! 6. `cluster`: n-way comparison: repeats inside an article, matches across articles,
//!    clusters of the same statement, unique sentences, and a containment matrix.
//! 7. [`report`]: the serializable result that every front end reads.
//!
//! ```
//! use article_compare::{Article, Options};
//!
//! let a = Article::new("A", "The talks began on Monday. Hamas holds 59 hostages.");
//! let b = Article::new("B", "Hamas still holds 59 hostages. The talks began on Monday in Doha.");
//! let report = Options::new().compare(&[a, b])?;
//! assert_eq!(report.clusters.len(), 2);
//! # Ok::<(), article_compare::Error>(())
//! ```
//!
//! Work is bounded: candidates come from an index, word diffs have a token budget, and the
//! report's `fallbacks` say when an answer was made coarser to stay within them.
#![deny(missing_docs)]

mod align;
mod cluster;
pub mod diff;
mod doc;
pub mod error;
mod findings;
mod neardup;
pub mod normalize;
mod order;
pub mod report;
pub mod segment;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

use serde::Deserialize;

pub use error::Error;
pub use report::{DiffReport, Report};

use doc::Doc;
use report::{Fallback, Op, OpKind, WordReport};

/// The largest article accepted, in bytes.
pub const MAX_ARTICLE_BYTES: usize = 16_000_000;
/// The largest total of all articles in one comparison, in bytes.
pub const MAX_TOTAL_BYTES: usize = 64_000_000;
/// The most articles in one comparison.
pub const MAX_ARTICLES: usize = 10_000;

/// An article to compare: a name (an outlet, a file name) and its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Article<'a> {
    /// Shown in reports.
    pub name: &'a str,
    /// The text as pasted; offsets in reports point into it.
    pub text: &'a str,
}

impl<'a> Article<'a> {
    /// An article from its name and text.
    pub fn new(name: &'a str, text: &'a str) -> Self {
        Self { name, text }
    }
}

/// Thresholds and work budgets, with documented defaults; a builder in the manner of
/// `similar::TextDiff::configure()`.
///
/// From JavaScript the same options are given as an object with these names in camelCase
/// (`{ matchThreshold: 0.6 }`); unknown names are an error.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Options {
    /// Lowest similarity for a cross-article match or an edited pair. Default 0.5.
    pub match_threshold: f32,
    /// Lowest similarity graded `near_identical` rather than `rewritten`. Default 0.85.
    pub near_identical: f32,
    /// Lowest similarity for two sentences of one article to count as a repeat. Default 0.8.
    pub repeat_threshold: f32,
    /// Sentences with fewer content words (not counting words like "the") only match
    /// identical ones. Default 3.
    pub min_words: usize,
    /// At most this many near-duplicate candidates are scored per sentence. Default 64.
    pub max_candidates: usize,
    /// A word filed in the index under more sentences than this is passed over as too common.
    /// Default 4096.
    pub max_postings: usize,
    /// An edited pair with more word tokens than this (both sides) is shown replaced whole.
    /// Default 4000.
    pub max_word_tokens: usize,
    /// At most this many matches are listed in a report. Default 200000.
    pub max_matches: usize,
    /// Whether site furniture ("Scroll to Top", "Also Read: …", share and subscribe prompts)
    /// takes part in matching, clusters and coverage. Default false: it is flagged and left out.
    pub include_furniture: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            match_threshold: 0.5,
            near_identical: 0.85,
            repeat_threshold: 0.8,
            min_words: 3,
            max_candidates: 64,
            max_postings: 4096,
            max_word_tokens: 4000,
            max_matches: 200_000,
            include_furniture: false,
        }
    }
}

impl Options {
    /// The default options.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets [`Options::match_threshold`].
    pub fn match_threshold(mut self, value: f32) -> Self {
        self.match_threshold = value;
        self
    }

    /// Sets [`Options::near_identical`].
    pub fn near_identical(mut self, value: f32) -> Self {
        self.near_identical = value;
        self
    }

    /// Sets [`Options::repeat_threshold`].
    pub fn repeat_threshold(mut self, value: f32) -> Self {
        self.repeat_threshold = value;
        self
    }

    /// Sets [`Options::max_word_tokens`].
    pub fn max_word_tokens(mut self, value: usize) -> Self {
        self.max_word_tokens = value;
        self
    }

    /// Sets [`Options::max_matches`].
    pub fn max_matches(mut self, value: usize) -> Self {
        self.max_matches = value;
        self
    }

    /// Sets [`Options::include_furniture`].
    pub fn include_furniture(mut self, value: bool) -> Self {
        self.include_furniture = value;
        self
    }

    /// Checks every value.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the first option out of range.
    pub fn validate(&self) -> Result<(), Error> {
        for (name, value) in [
            ("matchThreshold", self.match_threshold),
            ("nearIdentical", self.near_identical),
            ("repeatThreshold", self.repeat_threshold),
        ] {
            if !(value > 0.0 && value <= 1.0) {
                return Err(Error::invalid_option(
                    name,
                    value,
                    "a number above 0 and at most 1",
                ));
            }
        }
        if self.near_identical < self.match_threshold {
            return Err(Error::invalid_option(
                "nearIdentical",
                self.near_identical,
                "at least matchThreshold",
            ));
        }
        for (name, value) in [
            ("maxCandidates", self.max_candidates),
            ("maxPostings", self.max_postings),
            ("maxWordTokens", self.max_word_tokens),
        ] {
            if value == 0 {
                return Err(Error::invalid_option(name, value, "a whole number above 0"));
            }
        }
        Ok(())
    }

    pub(crate) fn tuning(&self) -> neardup::Tuning {
        neardup::Tuning {
            signature: 8,
            max_postings: self.max_postings,
            max_candidates: self.max_candidates,
            min_words: self.min_words,
        }
    }

    /// Compares two or more articles: see [`Report`].
    ///
    /// # Errors
    ///
    /// Invalid options; fewer than 2 or more than [`MAX_ARTICLES`] articles; an empty article
    /// (whitespace only); an article over [`MAX_ARTICLE_BYTES`] or a total over
    /// [`MAX_TOTAL_BYTES`].
    pub fn compare(&self, articles: &[Article<'_>]) -> Result<Report, Error> {
        self.compare_with(articles, Texts::Copied)
    }

    /// [`Options::compare`], with sentence texts copied into the report or left for the caller.
    pub(crate) fn compare_with(
        &self,
        articles: &[Article<'_>],
        texts: Texts,
    ) -> Result<Report, Error> {
        self.validate()?;
        check_articles(articles, 2)?;
        let docs: Vec<Doc<'_>> = articles.iter().map(|a| Doc::new(a.name, a.text)).collect();
        let skip: Vec<Vec<bool>> = docs
            .iter()
            .map(|d| {
                (0..d.sentences.len())
                    .map(|s| !self.include_furniture && d.is_furniture(s))
                    .collect()
            })
            .collect();
        let c = cluster::compare(&docs, &skip, self);
        let f = findings::find(&docs, &skip, &c.matches);
        Ok(Report {
            offsets: report::Offsets::Utf8,
            articles: docs.iter().map(|d| d.report(texts)).collect(),
            repeats: c.repeats,
            passages: c.passages,
            matches: c.matches,
            clusters: c.clusters,
            unique: c.unique,
            containment: c.containment,
            findings: f.findings,
            figures: f.figures,
            fallbacks: c.fallbacks,
        })
    }

    /// The pairwise diff of an old article `a` and a new article `b`: see [`DiffReport`].
    ///
    /// # Errors
    ///
    /// Invalid options; an empty article; an article over [`MAX_ARTICLE_BYTES`] or a total
    /// over [`MAX_TOTAL_BYTES`].
    pub fn diff(&self, a: &Article<'_>, b: &Article<'_>) -> Result<DiffReport, Error> {
        self.diff_with(a, b, Texts::Copied)
    }

    /// [`Options::diff`], with sentence and word texts copied into the report or left for the
    /// caller.
    pub(crate) fn diff_with(
        &self,
        a: &Article<'_>,
        b: &Article<'_>,
        texts: Texts,
    ) -> Result<DiffReport, Error> {
        self.validate()?;
        check_articles(&[*a, *b], 2)?;
        let (da, db) = (
            Doc::keys_only(a.name, a.text),
            Doc::keys_only(b.name, b.text),
        );
        let aligned = align::align(&da, &db, self);
        let mut fallbacks = cluster::candidate_fallbacks(aligned.skipped);
        let mut ops = aligned.ops;
        let mut skipped_words = 0;
        for op in ops.iter_mut() {
            if let Some(words) =
                word_changes(ops_partner(op), &da, &db, self.max_word_tokens, texts)
            {
                op.words = words;
            } else {
                skipped_words += 1;
            }
        }
        if skipped_words > 0 {
            fallbacks.push(Fallback {
                stage: "word_diff",
                count: skipped_words,
                detail: format!(
                    "sentence pairs over {} word tokens are shown replaced whole",
                    self.max_word_tokens
                ),
            });
        }
        Ok(DiffReport {
            offsets: report::Offsets::Utf8,
            a: da.report(texts),
            b: db.report(texts),
            ops,
            stats: aligned.stats,
            fallbacks,
        })
    }

    /// Splits one text into sentences, as [`segment::sentences`] does, with the report shape.
    ///
    /// # Errors
    ///
    /// A text over [`MAX_ARTICLE_BYTES`].
    pub fn segment(&self, name: &str, text: &str) -> Result<report::ArticleReport, Error> {
        self.segment_with(name, text, Texts::Copied)
    }

    /// [`Options::segment`], with sentence texts copied into the report or left for the caller.
    pub(crate) fn segment_with(
        &self,
        name: &str,
        text: &str,
        texts: Texts,
    ) -> Result<report::ArticleReport, Error> {
        if text.len() > MAX_ARTICLE_BYTES {
            return Err(Error::too_large(name, text.len(), MAX_ARTICLE_BYTES));
        }
        Ok(Doc::new(name, text).report(texts))
    }
}

/// The (old, new) sentence indexes whose words an op compares, if it compares any.
fn ops_partner(op: &Op) -> Option<(usize, usize)> {
    match (op.op, op.a, op.b, op.from) {
        (OpKind::Edited | OpKind::Equal, Some(a), Some(b), _) => Some((a, b)),
        (OpKind::Moved, None, Some(b), Some(a)) => Some((a, b)),
        _ => None,
    }
}

/// Word-level changes for an op: an empty list where there is nothing to show (equal keys,
/// inserts, deletes, a move at its old place), or `None` when the pair is over budget.
fn word_changes(
    partner: Option<(usize, usize)>,
    a: &Doc<'_>,
    b: &Doc<'_>,
    max_tokens: usize,
    texts: Texts,
) -> Option<Vec<WordReport>> {
    let Some((i, j)) = partner else {
        return Some(Vec::new());
    };
    if a.keys[i] == b.keys[j] {
        return Some(Vec::new());
    }
    let (sa, sb) = (&a.sentences[i], &b.sentences[j]);
    let edits = diff::words(
        sa.text(a.text),
        sa.start,
        sb.text(b.text),
        sb.start,
        max_tokens,
    )?;
    Some(word_reports(edits, a.text, b.text, texts))
}

/// Whether a report carries the text of each sentence and word change (`Copied`), or only their
/// spans (`Left`, with empty texts that are not serialized): the wasm door fills them in by
/// slicing the JavaScript strings it was given, which copies nothing, where copying them into
/// the report made the result about three times the size of its spans.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Texts {
    Copied,
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    Left,
}

/// Word edits as report entries, their text taken from the old (`a`) or new (`b`) article.
pub(crate) fn word_reports(
    edits: Vec<diff::WordEdit>,
    a: &str,
    b: &str,
    texts: Texts,
) -> Vec<WordReport> {
    edits
        .into_iter()
        .map(|e| {
            let text = match (texts, &e.a, &e.b) {
                (Texts::Left, _, _) | (_, None, None) => "",
                (_, Some(r), _) => &a[r.clone()],
                (_, None, Some(r)) => &b[r.clone()],
            };
            WordReport {
                op: e.op,
                text: text.to_owned(),
                a: e.a.as_ref().map(report::pair),
                b: e.b.as_ref().map(report::pair),
            }
        })
        .collect()
}

fn check_articles(articles: &[Article<'_>], min: usize) -> Result<(), Error> {
    if articles.len() < min {
        return Err(Error::too_few(articles.len(), min));
    }
    if articles.len() > MAX_ARTICLES {
        return Err(Error::too_many(articles.len(), MAX_ARTICLES));
    }
    let mut total = 0usize;
    for a in articles {
        if a.text.len() > MAX_ARTICLE_BYTES {
            return Err(Error::too_large(a.name, a.text.len(), MAX_ARTICLE_BYTES));
        }
        if a.text.trim().is_empty() {
            return Err(Error::empty(a.name));
        }
        total += a.text.len();
    }
    if total > MAX_TOTAL_BYTES {
        return Err(Error::total_too_large(total, MAX_TOTAL_BYTES));
    }
    Ok(())
}

/// The benchmarks' floor: one pass that only segments a text, folds each sentence's words and
/// hashes them, with nothing compared. Every operation is reported as a multiple of it.
#[doc(hidden)]
pub fn tokenize_and_hash(text: &str) -> u64 {
    use core::hash::BuildHasher;
    let mut acc = 0u64;
    let mut scratch = String::new();
    for s in segment::sentences(text) {
        normalize::for_each_word(s.text(text), &mut scratch, |w| {
            acc = acc.wrapping_add(neardup::HASH.hash_one(w))
        });
    }
    acc
}

/// Compares articles with the default [`Options`]; see [`Options::compare`].
///
/// # Errors
///
/// As [`Options::compare`].
pub fn compare(articles: &[Article<'_>]) -> Result<Report, Error> {
    Options::default().compare(articles)
}

/// Diffs two articles with the default [`Options`]; see [`Options::diff`].
///
/// # Errors
///
/// As [`Options::diff`].
pub fn diff(a: &Article<'_>, b: &Article<'_>) -> Result<DiffReport, Error> {
    Options::default().diff(a, b)
}
