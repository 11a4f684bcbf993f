//! [`Span`]: where a unit of text lies in the article it came from.

use core::ops::Range;

use serde::Serialize;

/// Offsets `start..end` into an article's text: UTF-8 bytes inside the engine, UTF-16 code
/// units once a report is converted for JavaScript (see `Offsets` in the report).
///
/// Serialized as the two fields `start` and `end` of the object that holds it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
pub struct Span {
    /// Offset of the first character.
    pub start: usize,
    /// Offset one past the last character.
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    pub fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// The span as a range, to slice the text with.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The text it covers.
    pub fn text(self, text: &str) -> &str {
        &text[self.range()]
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Self::new(r.start, r.end)
    }
}

/// `Option<Span>` as `[start, end]` or null: the word changes' compact form.
pub(crate) fn serialize_pair<S: serde::Serializer>(
    span: &Option<Span>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    span.map(|s| [s.start, s.end]).serialize(serializer)
}
