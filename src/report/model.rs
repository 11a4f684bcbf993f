//! The reports: [`Report`] (compare), [`DiffReport`] (diff) and [`ArticleReport`] (segment).

use serde::Serialize;

use crate::compare::{Cluster, DiffStats, Fallback, Matches, Op, Passage, Repeat};
use crate::findings::{FigureRow, Finding};
use crate::text::{Furniture, Span};

/// The unit that `start`/`end` offsets count in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Offsets {
    /// UTF-8 bytes (Rust strings, the command line).
    Utf8,
    /// UTF-16 code units (JavaScript strings, the browser).
    Utf16,
}

/// One article as segmented.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct ArticleReport {
    /// The article's name (a file name or an outlet).
    pub name: String,
    /// The article's length in the offset unit.
    pub length: usize,
    /// How many paragraphs it has.
    pub paragraphs: usize,
    /// Its sentences in order.
    pub sentences: Vec<SentenceReport>,
}

/// One sentence of an article.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
#[cfg_attr(not(target_arch = "wasm32"), ts(rename = "Sentence"))]
pub struct SentenceReport {
    /// The sentence as printed (never empty in a report from this crate's public API).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// From its first character in the article to one past its last.
    #[serde(flatten)]
    pub span: Span,
    /// Its paragraph (0-based).
    pub paragraph: usize,
    /// What kind of site furniture the sentence is ("navigation", "related links", …), if it
    /// belongs to the web page rather than the story; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), ts(optional))]
    pub furniture: Option<Furniture>,
}

/// The n-way comparison of a set of articles.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct Report {
    /// The unit of every `start`/`end` in this report.
    pub offsets: Offsets,
    /// The articles with their sentences.
    pub articles: Vec<ArticleReport>,
    /// Sentences repeated inside one article.
    pub repeats: Vec<Repeat>,
    /// Passages printed twice inside one article.
    pub passages: Vec<Passage>,
    /// Cross-article sentence pairs: for each sentence, its best match in each other article;
    /// each pair once, lower location first, in the order of their locations.
    // Kept per variant and made into pairs as it is read (`Matches`).
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "Vec<crate::compare::Match>"),
        ts(as = "Vec<crate::compare::Match>")
    )]
    pub matches: Matches,
    /// Statements carried by two or more articles, most widely carried first.
    pub clusters: Vec<Cluster>,
    /// For each article, the sentences no other article carries.
    pub unique: Vec<Vec<usize>>,
    /// `containment[i][j]`: the share of article i's words in sentences that article j also
    /// carries, weighted by match score.
    pub containment: Vec<Vec<f32>>,
    /// `similarity[i][j]`, symmetric, 0–1: how much content articles i and j share, in words or
    /// in other words (each sentence's best match in the other article, by its combined score,
    /// both ways averaged). Beside `containment`, which counts copied wording only.
    pub similarity: Vec<Vec<f32>>,
    /// Where sources differ on figures, names and quotes, and the site furniture left out.
    pub findings: Vec<Finding>,
    /// Every figure the articles print, one row per value, most widely reported first.
    pub figures: Vec<FigureRow>,
    /// Where the work budget made the answer coarser (empty when it did not).
    pub fallbacks: Vec<Fallback>,
}

/// The pairwise diff of two articles.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct DiffReport {
    /// The unit of every `start`/`end` in this report.
    pub offsets: Offsets,
    /// The old article.
    pub a: ArticleReport,
    /// The new article.
    pub b: ArticleReport,
    /// The operations: those with `a` set, in order, walk the old article's sentences; those
    /// with `b` set walk the new article's.
    pub ops: Vec<Op>,
    /// Counts per kind.
    pub stats: DiffStats,
    /// Where the work budget made the answer coarser.
    pub fallbacks: Vec<Fallback>,
}
