//! article-compare: see at once what news articles on one story share, rewrite, repeat and
//! leave out.
//!
//! # The pipeline, by folder
//!
//! Data flows one way, and so do the imports: each module uses what sits above it in this list,
//! never what sits below it, and none uses this file (which re-exports and runs the pipeline).
//!
//! 1. `text/`: [`segment`] splits paragraphs and sentences with byte spans, the way a news
//!    reader would (`U.S.`, `Mr.`, `a.m.`, quotes, headlines without a period); [`normalize`]
//!    makes comparison keys that ignore case, punctuation, quote and dash styles, invisible
//!    characters and Unicode form; `tokens` reads words with spans for the findings;
//!    `furniture` tells the web page's lines ("Scroll to Top") from the story's.
//! 2. `doc.rs`: one article made ready to compare: its sentences, their keys and features, and
//!    which are furniture; [`report::Loc`] names one sentence of a set of articles.
//! 3. `similarity/`: word features of a sentence, the candidate index over rare words, and the
//!    similarity score.
//! 4. `compare/`: the pairwise alignment (`align`, diffing interned sentence ids with
//!    `similar`'s histogram algorithm) and word diff (`words`); the n-way comparison: repeats,
//!    matches, clusters of the same statement, unique sentences and the containment matrix.
//! 5. `findings/`: where sources differ: figures, names, quotes; and the furniture left out.
//! 6. [`report`]: the serializable model every front end reads, and its UTF-16 conversion.
//! 7. [`stories`]: many articles into stories: MinHash signatures, LSH banding, connected
//!    components, and a story's report in a few counts.
//! 8. Front ends: `wasm.rs` (the browser's door), `main.rs` (the command line), `www/`.
//!
//! [`Options`] holds every threshold and budget; each stage is handed only the part it needs.
//!
//! # Examples
//!
//! Segmenting (`text/`): spans point into the text as given.
//!
//! ```
//! let text = "Mr. Witkoff met Hamas in Doha. The talks began on Monday.";
//! let spans: Vec<&str> = article_compare::segment::sentences(text).map(|s| s.text(text)).collect();
//! assert_eq!(spans, ["Mr. Witkoff met Hamas in Doha.", "The talks began on Monday."]);
//! ```
//!
//! Comparison keys (`text/normalize`): what a reader does not see as a difference is not one.
//!
//! ```
//! use article_compare::normalize::key_of;
//! assert_eq!(key_of("“Good faith,” the U.S. said"), key_of("\"good faith\" the US said"));
//! ```
//!
//! The pairwise diff (`compare/align`, `compare/words`): a rewritten sentence is `edited`.
//!
//! ```
//! use article_compare::{Article, report::OpKind};
//!
//! let a = Article::new("old", "Hamas holds 59 hostages. The talks began on Monday.");
//! let b = Article::new("new", "Hamas holds 58 hostages. The talks began on Monday.");
//! let diff = article_compare::diff(&a, &b)?;
//! assert_eq!(diff.ops[0].op, OpKind::Edited);
//! assert_eq!(diff.stats.equal, 1);
//! # Ok::<(), article_compare::Error>(())
//! ```
//!
//! The n-way comparison (`compare/`, `findings/`, `report/`):
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
//! report's `fallbacks` say when an answer was made coarser to stay within them. DESIGN.md says
//! why it is built this way.
#![deny(missing_docs)]

mod compare;
mod doc;
pub mod error;
mod findings;
#[cfg(any(target_arch = "wasm32", test))]
mod flat;
mod options;
mod progress;
pub mod report;
mod similarity;
pub mod stories;
mod text;
mod util;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use compare::words as diff;
pub use error::Error;
pub use options::Options;
pub use progress::{Phase, Progress};
pub use report::{DiffReport, Report};
pub use text::{normalize, segment};

/// The sentence-embedding model: [`Model`](embedding::Model) loaded from its file's bytes, and the
/// [`Embedder`](embedding::Embedder) that turns sentences into vectors with it (word pieces as
/// BERT's uncased tokenizer cuts them).
pub mod embedding {
    pub use crate::similarity::embed::*;
    pub use crate::similarity::wordpiece::*;
}
use embedding::Model;

/// The model file committed in `model/embed.bin` (see model/MODEL.md), parsed on first use. Native
/// builds carry it; the wasm module does not (the page's worker fetches it and hands it to
/// `loadModel`).
#[cfg(not(target_arch = "wasm32"))]
pub fn bundled_model() -> &'static Model {
    static MODEL: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
    MODEL.get_or_init(|| {
        #[allow(clippy::expect_used)] // The committed file is checked by tests/embedding_*.rs.
        Model::from_bytes(include_bytes!("../model/embed.bin").to_vec())
            .expect("the committed model/embed.bin parses")
    })
}

/// The model `compare` and `diff` use when none is given: the bundled one natively, none in
/// wasm (where the caller passes the one it loaded); none when `options` turn meaning off, so
/// that words alone never pay for reading the model.
fn default_model(options: &Options) -> Option<&'static Model> {
    options.meaning()?;
    #[cfg(not(target_arch = "wasm32"))]
    return Some(bundled_model());
    #[cfg(target_arch = "wasm32")]
    return None;
}

use compare::align::align;
use compare::fallback::candidate_fallbacks;
pub(crate) use compare::words::Texts;
use compare::{Fallback, FallbackStage};
use doc::Doc;
use progress::Reporter;
use report::Offsets;

/// The largest article accepted, in bytes.
pub const MAX_ARTICLE_BYTES: usize = 16_000_000;
/// The largest total of all articles in one comparison, in bytes.
pub const MAX_TOTAL_BYTES: usize = 64_000_000;
/// The most articles in one comparison.
pub const MAX_ARTICLES: usize = 10_000;

/// An article to compare: a name (an outlet, a file name) and its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), ts(rename = "ArticleInput"))]
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

impl Options {
    /// Compares two or more articles: see [`Report`].
    ///
    /// # Errors
    ///
    /// Invalid options; fewer than 2 or more than [`MAX_ARTICLES`] articles; an empty article
    /// (whitespace only); an article over [`MAX_ARTICLE_BYTES`] or a total over
    /// [`MAX_TOTAL_BYTES`].
    pub fn compare(&self, articles: &[Article<'_>]) -> Result<Report, Error> {
        self.compare_with(
            articles,
            Texts::Copied,
            default_model(self),
            Reporter::silent(),
        )
    }

    /// [`Options::compare`] with the given sentence-embedding model, or words alone (`None`).
    ///
    /// # Errors
    ///
    /// As [`Options::compare`].
    pub fn compare_with_model(
        &self,
        articles: &[Article<'_>],
        model: Option<&Model>,
    ) -> Result<Report, Error> {
        self.compare_with(articles, Texts::Copied, model, Reporter::silent())
    }

    /// [`Options::compare_with_model`], calling `progress` as the comparison goes: each
    /// [`Phase`] in order, from 0 to its total, at a bounded rate (some fifty calls a phase).
    ///
    /// # Errors
    ///
    /// As [`Options::compare`].
    pub fn compare_with_progress(
        &self,
        articles: &[Article<'_>],
        model: Option<&Model>,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<Report, Error> {
        self.compare_with(
            articles,
            Texts::Copied,
            model,
            Reporter::new(Some(progress)),
        )
    }

    /// [`Options::compare`], with sentence texts copied into the report or left for the caller.
    pub(crate) fn compare_with(
        &self,
        articles: &[Article<'_>],
        texts: Texts,
        model: Option<&Model>,
        mut progress: Reporter<'_>,
    ) -> Result<Report, Error> {
        self.validate()?;
        check_articles(articles, 2)?;
        progress.start(Phase::Segmenting, articles.len());
        let mut seen = doc::Seen::default();
        let docs: Vec<Doc<'_>> = articles
            .iter()
            .enumerate()
            .map(|(i, a)| {
                progress.at(i);
                Doc::reading(a.name, a.text, &mut seen)
            })
            .collect();
        drop(seen);
        progress.finish();
        let skip: Vec<Vec<bool>> = docs
            .iter()
            .map(|d| {
                (0..d.sentences.len())
                    .map(|s| !self.include_furniture && d.is_furniture(s))
                    .collect()
            })
            .collect();
        let c = compare::compare(&docs, &skip, &self.matching(), model, &mut progress);
        let f = findings::find(&docs, &skip, &c.matches, &self.findings(), &mut progress);
        let mut fallbacks = c.fallbacks;
        fallbacks.extend(f.fallbacks);
        Ok(Report {
            offsets: Offsets::Utf8,
            articles: docs.iter().map(|d| report::article(d, texts)).collect(),
            repeats: c.repeats,
            passages: c.passages,
            matches: c.matches,
            clusters: c.clusters,
            unique: c.unique,
            containment: c.containment,
            similarity: c.similarity,
            findings: f.findings,
            figures: f.figures,
            fallbacks,
        })
    }

    /// The pairwise diff of an old article `a` and a new article `b`: see [`DiffReport`].
    ///
    /// # Errors
    ///
    /// Invalid options; an empty article; an article over [`MAX_ARTICLE_BYTES`] or a total
    /// over [`MAX_TOTAL_BYTES`].
    pub fn diff(&self, a: &Article<'_>, b: &Article<'_>) -> Result<DiffReport, Error> {
        self.diff_with(a, b, Texts::Copied, default_model(self))
    }

    /// [`Options::diff`] with the given sentence-embedding model, or words alone (`None`).
    ///
    /// # Errors
    ///
    /// As [`Options::diff`].
    pub fn diff_with_model(
        &self,
        a: &Article<'_>,
        b: &Article<'_>,
        model: Option<&Model>,
    ) -> Result<DiffReport, Error> {
        self.diff_with(a, b, Texts::Copied, model)
    }

    /// [`Options::diff`], with sentence and word texts copied into the report or left for the
    /// caller.
    pub(crate) fn diff_with(
        &self,
        a: &Article<'_>,
        b: &Article<'_>,
        texts: Texts,
        model: Option<&Model>,
    ) -> Result<DiffReport, Error> {
        self.validate()?;
        check_articles(&[*a, *b], 2)?;
        let (da, db) = (
            Doc::keys_only(a.name, a.text),
            Doc::keys_only(b.name, b.text),
        );
        let meaning = model.zip(self.meaning());
        let aligned = align(&da, &db, self.match_threshold, self.candidates(), meaning);
        let mut fallbacks = candidate_fallbacks(aligned.skipped, FallbackStage::Candidates);
        let mut ops = aligned.ops;
        let skipped_words = compare::fill_words(&mut ops, &da, &db, self.max_word_tokens, texts);
        if skipped_words > 0 {
            fallbacks.push(Fallback {
                stage: FallbackStage::WordDiff,
                count: skipped_words,
                detail: format!(
                    "sentence pairs over {} word tokens are shown replaced whole",
                    self.max_word_tokens
                ),
            });
        }
        Ok(DiffReport {
            offsets: Offsets::Utf8,
            a: report::article(&da, texts),
            b: report::article(&db, texts),
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
        Ok(report::article(&Doc::new(name, text), texts))
    }
}

impl Options {
    /// The summary of one story: its articles compared (see [`stories::StorySummary`]); a story
    /// of one article is only segmented.
    ///
    /// # Errors
    ///
    /// As [`Options::compare`], or for one article as [`Options::segment`].
    pub fn summarize_story(
        &self,
        story: usize,
        articles: &[Article<'_>],
    ) -> Result<stories::StorySummary, Error> {
        if let [a] = articles {
            let article = self.segment(a.name, a.text)?;
            return Ok(stories::StorySummary::of_single(story, &article));
        }
        Ok(stories::StorySummary::of_report(
            story,
            &self.compare(articles)?,
        ))
    }
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
    let mut acc = 0u64;
    let mut scratch = String::new();
    for s in segment::sentences(text) {
        normalize::for_each_word_hash(s.text(text), &mut scratch, |h| acc = acc.wrapping_add(h));
    }
    acc
}

/// The word similarity of two sentences, as matches score it (for the quality benchmark).
#[doc(hidden)]
pub fn word_similarity(a: &str, b: &str) -> f32 {
    let mut scratch = String::new();
    let (fa, fb) = (
        similarity::Features::of_text(a, &mut scratch),
        similarity::Features::of_text(b, &mut scratch),
    );
    similarity::similarity(&fa.words, &fb.words)
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
