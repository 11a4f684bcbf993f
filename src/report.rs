//! The serializable result model: the one shape every front end reads.
//!
//! The command line's `--json` prints these structs with byte offsets; the browser receives
//! them through wasm after [`Report::to_utf16`] / [`DiffReport::to_utf16`], so that
//! `text.slice(start, end)` is exact in JavaScript. The field [`Report::offsets`] says which
//! unit a report's offsets count in. `schema/report.schema.json` documents every field.

use core::ops::Range;

use serde::Serialize;

pub use crate::diff::WordOp;

/// The unit that `start`/`end` offsets count in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
pub struct SentenceReport {
    /// The sentence as printed (never empty in a report from this crate's public API).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// Offset of its first character in the article.
    pub start: usize,
    /// Offset one past its last character.
    pub end: usize,
    /// Its paragraph (0-based).
    pub paragraph: usize,
    /// What kind of site furniture the sentence is ("navigation", "related links", …), if it
    /// belongs to the web page rather than the story; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub furniture: Option<&'static str>,
}

/// How close two matched sentences are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Grade {
    /// Equal comparison keys: the same words, whatever the case, quotes or spacing.
    Identical,
    /// Score at or above `nearIdentical`: a word or two changed, a name spelled differently.
    NearIdentical,
    /// Score at or above `matchThreshold`: the same statement in other words.
    Rewritten,
}

/// A group of sentences repeated inside one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Repeat {
    /// The article.
    pub article: usize,
    /// The sentences that repeat each other, in order.
    pub sentences: Vec<usize>,
    /// The lowest similarity between two of them (1 when all are identical).
    pub score: f32,
}

/// A run of consecutive sentences of one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stretch {
    /// First and last sentence of the run.
    pub sentences: [usize; 2],
    /// Offset of the run's first character.
    pub start: usize,
    /// Offset one past the run's last character.
    pub end: usize,
}

/// A passage (two or more sentences, or a whole paragraph) printed twice in one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Passage {
    /// The article.
    pub article: usize,
    /// The first printing.
    pub first: Stretch,
    /// The later printing.
    pub second: Stretch,
    /// The lowest sentence similarity along the passage.
    pub score: f32,
}

/// A sentence of one article matched with a sentence of another.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Match {
    /// `[article, sentence]` on one side (the lower article index).
    pub a: [usize; 2],
    /// `[article, sentence]` on the other side.
    pub b: [usize; 2],
    /// Similarity from 0 to 1.
    pub score: f32,
    /// What the score means for a reader.
    pub grade: Grade,
}

/// Sentences that carry the same statement across articles: the statement's most widely
/// carried wording and every sentence that matches it directly.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cluster {
    /// `[article, sentence]` of every member, sorted.
    pub members: Vec<[usize; 2]>,
    /// The articles that carry it, sorted: this cluster's row of the coverage matrix.
    pub sources: Vec<usize>,
}

/// Where the engine gave a coarser answer to stay within its work budget.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fallback {
    /// The stage that fell back: `word_diff`, `candidates` or `matches`.
    pub stage: &'static str,
    /// How many times it did.
    pub count: usize,
    /// What the reader gets instead.
    pub detail: String,
}

/// The n-way comparison of a set of articles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The unit of every `start`/`end` in this report.
    pub offsets: Offsets,
    /// The articles with their sentences.
    pub articles: Vec<ArticleReport>,
    /// Sentences repeated inside one article.
    pub repeats: Vec<Repeat>,
    /// Passages printed twice inside one article.
    pub passages: Vec<Passage>,
    /// Cross-article sentence pairs: for each sentence, its best match in each other article.
    pub matches: Vec<Match>,
    /// Statements carried by two or more articles, most widely carried first.
    pub clusters: Vec<Cluster>,
    /// For each article, the sentences no other article carries.
    pub unique: Vec<Vec<usize>>,
    /// `containment[i][j]`: the share of article i's words in sentences that article j also
    /// carries, weighted by match score.
    pub containment: Vec<Vec<f32>>,
    /// Where sources differ on figures, names and quotes, and the site furniture left out.
    pub findings: Vec<Finding>,
    /// Every figure the articles print, one row per value, most widely reported first.
    pub figures: Vec<FigureRow>,
    /// Where the work budget made the answer coarser (empty when it did not).
    pub fallbacks: Vec<Fallback>,
}

/// A span of one article: a word or a phrase inside a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    /// The article.
    pub article: usize,
    /// The sentence that holds it.
    pub sentence: usize,
    /// Offset of its first character in the article.
    pub start: usize,
    /// Offset one past its last character.
    pub end: usize,
}

/// What a figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FigureKind {
    /// A number of things ("59 hostages").
    Count,
    /// A percentage.
    Percent,
    /// An amount of money.
    Money,
    /// A year ("1997").
    Year,
    /// A day of a month ("October 7").
    Date,
    /// An age ("21-year-old").
    Age,
}

/// How a figure is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Bound {
    /// Unqualified ("35", "exactly 35").
    Exact,
    /// An estimate ("approximately 2,000", "about", "some").
    About,
    /// A lower bound ("over 2,000", "at least 35", "more than").
    AtLeast,
    /// An upper bound ("up to", "nearly", "fewer than").
    AtMost,
}

/// One figure printed in one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// The article.
    pub article: usize,
    /// The sentence.
    pub sentence: usize,
    /// Offset of the figure's first character (its qualifier's, if it has one).
    pub start: usize,
    /// Offset one past the figure's last character.
    pub end: usize,
    /// The figure as printed, with its qualifier ("approximately 2,000", "five").
    pub text: String,
    /// Its value ("five" is 5, "2 million" is 2000000).
    pub value: f64,
    /// What it is.
    pub kind: FigureKind,
    /// The qualifier as printed in lower case ("approximately", "at least"), or null.
    pub qualifier: Option<String>,
    /// What the qualifier means.
    pub bound: Bound,
    /// What it counts: up to three words after it, in lower case ("palestinian prisoners");
    /// empty when a verb follows ("35 have died").
    pub counts: String,
}

/// One row of the figures table: a value and every article that prints it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureRow {
    /// The value.
    pub value: f64,
    /// What the figures of the row are.
    pub kind: FigureKind,
    /// What it counts, as most of its figures say.
    pub counts: String,
    /// The articles that print it, sorted.
    pub sources: Vec<usize>,
    /// Each printing, in article order.
    pub figures: Vec<Figure>,
}

/// How the figures of a number finding differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NumberDifference {
    /// Different values ("59 hostages" and "58 hostages").
    Value,
    /// The same value, qualified differently ("approximately 2,000" and "over 2,000").
    Qualifier,
}

/// One place that prints a quote.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quoted {
    /// The article.
    pub article: usize,
    /// The sentence where the quote opens.
    pub sentence: usize,
    /// Offset of the quoted words' first character (inside the marks).
    pub start: usize,
    /// Offset one past the quoted words' last character.
    pub end: usize,
    /// Who the article says spoke, as printed ("Ms. Leavitt", "the statement"), or null.
    pub speaker: Option<String>,
}

/// One wording of a quote, and every place that prints it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Wording {
    /// The quoted words as the first of its places prints them.
    pub text: String,
    /// Whether this is the wording the others are aligned with (the one most sources print).
    pub reference: bool,
    /// This wording against the reference, word by word (`a` spans are in the reference's first
    /// place's article, `b` spans in this wording's first place's); empty for the reference.
    pub words: Vec<WordReport>,
    /// Where it is printed, in article order.
    pub places: Vec<Quoted>,
}

/// Something a reader should look at where sources differ, or text left out of the comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Finding {
    /// Matched sentences that report the same quantity with different figures or qualifiers.
    Number {
        /// How the figures differ.
        difference: NumberDifference,
        /// What the figures count, as most of them say.
        counts: String,
        /// The articles, sorted.
        sources: Vec<usize>,
        /// The corresponding figures, one or more per article.
        figures: Vec<Figure>,
    },
    /// A name spelled one edit apart from a name other sources print in the same company.
    Name {
        /// The rarer spelling.
        spelling: String,
        /// The articles that print it.
        sources: Vec<usize>,
        /// Where they print it.
        mentions: Vec<Place>,
        /// The spelling the other sources use.
        usual: String,
        /// The articles that print the usual spelling.
        usual_sources: Vec<usize>,
        /// Its first place in each of those articles.
        usual_mentions: Vec<Place>,
        /// True when more sources use `usual` than `spelling`.
        likely_misspelling: bool,
    },
    /// A quote with its speaker, as each source prints it.
    Quote {
        /// The speaker most sources name, or null.
        speaker: Option<String>,
        /// The articles that print it.
        sources: Vec<usize>,
        /// Whether the sources' wordings differ.
        differs: bool,
        /// Its distinct wordings, the reference among them, each with the places that print it.
        wordings: Vec<Wording>,
    },
    /// A line of the web page around the story; left out of similarity unless
    /// `includeFurniture` is set.
    Furniture {
        /// The article.
        article: usize,
        /// The sentence.
        sentence: usize,
        /// Offset of its first character.
        start: usize,
        /// Offset one past its last character.
        end: usize,
        /// The line as printed.
        text: String,
        /// What kind of furniture ("navigation", "related links", "share prompt", …).
        label: &'static str,
    },
}

/// What a sentence-level diff operation does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OpKind {
    /// The same sentence in both, in the same place.
    Equal,
    /// A rewritten sentence in the same place, with word-level changes.
    Edited,
    /// A sentence that changed place (and maybe words); it appears twice in `ops`, once at
    /// each place.
    Moved,
    /// Only in the new article.
    Inserted,
    /// Only in the old article.
    Deleted,
}

/// One stretch of a word-level diff.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WordReport {
    /// `equal`, `delete` or `insert`.
    pub op: WordOp,
    /// The text (the old side's for `equal` and `delete`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// `[start, end]` in the old article, or null for an insertion.
    pub a: Option<[usize; 2]>,
    /// `[start, end]` in the new article, or null for a deletion.
    pub b: Option<[usize; 2]>,
}

/// One operation of a pairwise diff.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Op {
    /// What the operation does.
    pub op: OpKind,
    /// Sentence index in the old article, or null.
    pub a: Option<usize>,
    /// Sentence index in the new article, or null.
    pub b: Option<usize>,
    /// Similarity of the pair (1 for equal, absent for inserted and deleted).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f32>,
    /// For a move at its old place: the sentence index it moved to in the new article.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<usize>,
    /// For a move at its new place: the sentence index it came from in the old article.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<usize>,
    /// Word-level changes, for `edited` and for a reworded move at its new place.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<WordReport>,
}

/// Counts of each operation kind (a move counts once).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct DiffStats {
    /// Sentences equal and in place.
    pub equal: usize,
    /// Sentences rewritten in place.
    pub edited: usize,
    /// Sentences moved.
    pub moved: usize,
    /// Sentences only in the new article.
    pub inserted: usize,
    /// Sentences only in the old article.
    pub deleted: usize,
}

/// The pairwise diff of two articles.
#[derive(Debug, Clone, PartialEq, Serialize)]
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

/// Converts byte offsets of one text to UTF-16 offsets, with a checkpoint every 64 bytes so that
/// memory stays small and each lookup scans at most 64 bytes.
struct Utf16Index<'a> {
    text: &'a str,
    ascii: bool,
    checkpoints: Vec<usize>,
}

const STEP: usize = 64;

/// The UTF-16 code units of the characters whose first byte is among `bytes`: one for each
/// byte that starts a character, one more for each that starts a four-byte one. Counted by byte,
/// without decoding (measured: the char-by-char walk was 4.6% of a 50 KB diff in wasm).
fn utf16_units(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

impl<'a> Utf16Index<'a> {
    fn new(text: &'a str) -> Self {
        let ascii = text.is_ascii();
        let mut checkpoints = Vec::new();
        if !ascii {
            // checkpoints[k]: the units of every character that starts before byte k * STEP.
            checkpoints.reserve(text.len() / STEP + 1);
            let mut units = 0;
            for block in text.as_bytes().chunks(STEP) {
                checkpoints.push(units);
                units += utf16_units(block);
            }
            if text.len() % STEP == 0 {
                checkpoints.push(units);
            }
        }
        Self {
            text,
            ascii,
            checkpoints,
        }
    }

    fn convert(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        let block = byte / STEP;
        self.checkpoints[block] + utf16_units(&self.text.as_bytes()[block * STEP..byte])
    }

    fn range(&self, r: &mut [usize; 2]) {
        r[0] = self.convert(r[0]);
        r[1] = self.convert(r[1]);
    }
}

fn article_to_utf16(article: &mut ArticleReport, index: &Utf16Index<'_>) {
    article.length = index.convert(article.length);
    for s in &mut article.sentences {
        s.start = index.convert(s.start);
        s.end = index.convert(s.end);
    }
}

impl ArticleReport {
    /// Converts the offsets of a report made by [`Options::segment`](crate::Options::segment)
    /// from UTF-8 bytes to UTF-16 code units, given the text it was made from.
    pub fn to_utf16(&mut self, text: &str) {
        article_to_utf16(self, &Utf16Index::new(text));
    }
}

impl Report {
    /// Converts every offset from UTF-8 bytes to UTF-16 code units; `texts` are the articles'
    /// texts in report order. Does nothing if the report is already in UTF-16.
    pub fn to_utf16(&mut self, texts: &[&str]) {
        if self.offsets == Offsets::Utf16 {
            return;
        }
        let indexes: Vec<Utf16Index<'_>> = texts.iter().map(|t| Utf16Index::new(t)).collect();
        for (article, index) in self.articles.iter_mut().zip(&indexes) {
            article_to_utf16(article, index);
        }
        for p in &mut self.passages {
            let index = &indexes[p.article];
            for s in [&mut p.first, &mut p.second] {
                s.start = index.convert(s.start);
                s.end = index.convert(s.end);
            }
        }
        for row in &mut self.figures {
            for f in &mut row.figures {
                span(&indexes, f.article, &mut f.start, &mut f.end);
            }
        }
        for finding in &mut self.findings {
            match finding {
                Finding::Number { figures, .. } => {
                    for f in figures {
                        span(&indexes, f.article, &mut f.start, &mut f.end);
                    }
                }
                Finding::Name {
                    mentions,
                    usual_mentions,
                    ..
                } => {
                    for p in mentions.iter_mut().chain(usual_mentions.iter_mut()) {
                        span(&indexes, p.article, &mut p.start, &mut p.end);
                    }
                }
                Finding::Quote { wordings, .. } => {
                    let first = |w: &Wording| w.places.first().map_or(0, |p| p.article);
                    let reference = wordings.iter().find(|w| w.reference).map_or(0, first);
                    for w in wordings.iter_mut() {
                        let own = first(w);
                        for word in &mut w.words {
                            if let Some([s, e]) = word.a.as_mut() {
                                span(&indexes, reference, s, e);
                            }
                            if let Some([s, e]) = word.b.as_mut() {
                                span(&indexes, own, s, e);
                            }
                        }
                        for p in &mut w.places {
                            span(&indexes, p.article, &mut p.start, &mut p.end);
                        }
                    }
                }
                Finding::Furniture {
                    article,
                    start,
                    end,
                    ..
                } => span(&indexes, *article, start, end),
            }
        }
        self.offsets = Offsets::Utf16;
    }
}

impl DiffReport {
    /// Converts every offset from UTF-8 bytes to UTF-16 code units, given the old and new texts.
    pub fn to_utf16(&mut self, a: &str, b: &str) {
        if self.offsets == Offsets::Utf16 {
            return;
        }
        let (ia, ib) = (Utf16Index::new(a), Utf16Index::new(b));
        article_to_utf16(&mut self.a, &ia);
        article_to_utf16(&mut self.b, &ib);
        for w in self.ops.iter_mut().flat_map(|op| op.words.iter_mut()) {
            if let Some(r) = w.a.as_mut() {
                ia.range(r);
            }
            if let Some(r) = w.b.as_mut() {
                ib.range(r);
            }
        }
        self.offsets = Offsets::Utf16;
    }
}

/// Converts one span of article `article` (one function, not inlined at each of its callers, to
/// keep the wasm small).
#[inline(never)]
fn span(indexes: &[Utf16Index<'_>], article: usize, start: &mut usize, end: &mut usize) {
    *start = indexes[article].convert(*start);
    *end = indexes[article].convert(*end);
}

/// A byte range as the `[start, end]` pair of the report.
pub(crate) fn pair(r: &Range<usize>) -> [usize; 2] {
    [r.start, r.end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_match_js_slices() {
        let texts = [
            "plain ascii text".to_string(),
            "café 😀 naïve — “quoted” 中文 text".to_string(),
            "😀".repeat(100) + " end é",
            // A length that is a whole number of checkpoint steps (128 bytes).
            "é".repeat(63) + "ab",
        ];
        for text in &texts {
            let index = Utf16Index::new(text);
            let units: Vec<u16> = text.encode_utf16().collect();
            for (byte, c) in text.char_indices().chain([(text.len(), ' ')]) {
                let want = text[..byte].encode_utf16().count();
                assert_eq!(index.convert(byte), want, "byte {byte} of {text:?} ({c})");
            }
            assert_eq!(index.convert(text.len()), units.len());
        }
    }
}
