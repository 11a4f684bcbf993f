//! [`Span`]: where a unit of text lies in the article it came from.

use core::ops::Range;

use serde::Serialize;

/// Offsets `start..end` into an article's text: UTF-8 bytes inside the engine, UTF-16 code
/// units once a report is converted for JavaScript (see `Offsets` in the report).
///
/// Serialized as the two fields `start` and `end` of the object that holds it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
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

/// A [`Span`] serialized as the array `[start, end]`: the compact form of word changes, of
/// which a diff has many. Dereferences to the span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), ts(as = "[usize; 2]"))]
pub struct SpanPair(pub Span);

impl core::ops::Deref for SpanPair {
    type Target = Span;

    fn deref(&self) -> &Span {
        &self.0
    }
}

impl From<Range<usize>> for SpanPair {
    fn from(r: Range<usize>) -> Self {
        Self(r.into())
    }
}

impl Serialize for SpanPair {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        [self.0.start, self.0.end].serialize(serializer)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for SpanPair {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SpanPair".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let offset = generator.subschema_for::<usize>();
        schemars::json_schema!({
            "description": "[start, end]: offsets in an article's text (see Offsets).",
            "type": "array",
            "prefixItems": [offset, offset],
            "minItems": 2,
            "maxItems": 2
        })
    }
}
