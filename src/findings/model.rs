//! The findings as reported: figures, names, quotes and furniture.

use serde::Serialize;

use crate::compare::WordReport;
use crate::text::{Furniture, Span};

/// A span of one article: a word or a phrase inside a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct Place {
    /// The article.
    pub article: usize,
    /// The sentence that holds it.
    pub sentence: usize,
    /// Where it lies in the article.
    #[serde(flatten)]
    pub span: Span,
}

/// What a figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
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
    /// An age ("21-year-old", "Mattis, 68,", "who is 46").
    Age,
    /// A time of day ("12:00 p.m.", "5 p.m."), in hours since midnight.
    Time,
}

/// How a figure is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
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
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct Figure {
    /// The article.
    pub article: usize,
    /// The sentence.
    pub sentence: usize,
    /// From the figure's first character (its qualifier's, if it has one) to one past its last.
    #[serde(flatten)]
    pub span: Span,
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
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
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
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
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
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct Quoted {
    /// The article.
    pub article: usize,
    /// The sentence where the quote opens.
    pub sentence: usize,
    /// The quoted words, inside the marks.
    #[serde(flatten)]
    pub span: Span,
    /// Who the article says spoke, as printed ("Ms. Leavitt", "the statement"), or null.
    pub speaker: Option<String>,
}

/// One wording of a quote, and every place that prints it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
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
    /// Whether it quotes only part of the reference (the outlet quoted less: "quotes part of");
    /// its `words` are then the reference's words it prints, all equal.
    pub extract: bool,
}

/// A speaker the sources credit with a quote, and the sources that do.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct Credit {
    /// The speaker as first printed.
    pub speaker: String,
    /// The articles that credit the quote to this speaker, sorted.
    pub sources: Vec<usize>,
}

/// Something a reader should look at where sources differ, or text left out of the comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
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
        /// An attribution conflict: when sources credit the quote to different speakers (by
        /// surname, named speakers only), each speaker with the sources that credit it; empty
        /// when they agree.
        conflict: Vec<Credit>,
    },
    /// A line of the web page around the story; left out of similarity unless
    /// `includeFurniture` is set.
    Furniture {
        /// The article.
        article: usize,
        /// The sentence.
        sentence: usize,
        /// Where the line lies in the article.
        #[serde(flatten)]
        span: Span,
        /// The line as printed.
        text: String,
        /// What kind of furniture ("navigation", "related links", "share prompt", …).
        label: Furniture,
    },
    /// Two matched sentences (the same claim by their words and meaning), one of them negated:
    /// they say opposite things.
    Negation {
        /// The negated sentence.
        negated: Place,
        /// The negation word in it ("not", "never", "won't").
        cue: Place,
        /// The sentence that affirms.
        affirmed: Place,
    },
}
