//! Text into units, spans in and spans out, lossless: every unit points back into the text as
//! printed through its byte [`Span`].
//!
//! * [`segment`]: paragraphs and sentences, split the way a news reader would;
//! * [`normalize`]: comparison keys that ignore case, punctuation, quote and dash styles,
//!   invisible characters and Unicode normalization form;
//! * [`tokens`]: words with spans, case kept, as the findings read them;
//! * [`furniture`]: whether a line is part of the web page around a story rather than the story.

pub(crate) mod furniture;
mod furniture_embeds;
pub mod normalize;
pub mod segment;
mod span;
pub(crate) mod tokens;

pub use furniture::Furniture;
pub use span::{Span, SpanPair};
