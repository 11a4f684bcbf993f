//! The serializable result model: the one shape every front end reads.
//!
//! Each stage owns the types of what it finds (`compare` its matches and clusters, `findings`
//! its figures and quotes); this module puts them together into the three reports and
//! re-exports every type a report holds, so `report::*` is the whole model. The JSON Schema
//! (`schema/report.schema.json`) and the TypeScript types (`schema/report.d.ts`) are generated
//! from these types, and a test fails when the committed files drift (see `tests/schema.rs`).
//!
//! The command line's `--json` prints the reports with byte offsets; the browser receives them
//! through wasm after [`Report::to_utf16`] / [`DiffReport::to_utf16`], so that
//! `text.slice(start, end)` is exact in JavaScript. The field [`Report::offsets`] says which
//! unit a report's offsets count in.

mod model;
mod utf16;

pub use crate::compare::{
    Cluster, DiffStats, Fallback, FallbackStage, Grade, Match, Matches, Op, OpKind, Pairs, Passage,
    Repeat, Stretch, WordOp, WordReport,
};
pub use crate::doc::Loc;
pub use crate::findings::{
    Bound, Credit, Figure, FigureKind, FigureRow, Finding, NumberDifference, Place, Quoted, Wording,
};
pub use crate::text::{Furniture, Span, SpanPair};
pub use model::{ArticleReport, DiffReport, Offsets, Report, SentenceReport};

use crate::compare::words::Texts;
use crate::doc::Doc;

/// The article as reported; sentence texts copied or left empty (see [`Texts`]).
pub(crate) fn article(doc: &Doc<'_>, texts: Texts) -> ArticleReport {
    ArticleReport {
        name: doc.name.to_owned(),
        length: doc.text.len(),
        paragraphs: doc.sentences.last().map_or(0, |s| s.paragraph + 1),
        sentences: doc
            .sentences
            .iter()
            .zip(&doc.furniture)
            .map(|(s, &furniture)| SentenceReport {
                text: match texts {
                    Texts::Copied => s.text(doc.text).to_owned(),
                    Texts::Left => String::new(),
                },
                span: Span::new(s.start, s.end),
                paragraph: s.paragraph,
                furniture,
            })
            .collect(),
    }
}
