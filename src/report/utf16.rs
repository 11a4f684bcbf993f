//! Offsets for JavaScript: every span of a report from UTF-8 bytes to UTF-16 code units, in one
//! walk over the report ([`Spans`]) with one index per article text.

use super::model::{ArticleReport, DiffReport, Offsets, Report};
use crate::findings::{Finding, Wording};
use crate::text::Span;

/// Converts byte offsets of one text to UTF-16 offsets, with a checkpoint every [`STEP`] bytes so
/// that memory stays small and each lookup scans at most that many bytes, none in a block of
/// ASCII (most blocks of English news copy, whose curly quotes are few).
struct Utf16Index<'a> {
    text: &'a str,
    ascii: bool,
    checkpoints: Vec<usize>,
    /// Whether each block of [`STEP`] bytes is ASCII.
    ascii_blocks: Vec<bool>,
}

const STEP: usize = 64;

/// The UTF-16 code units of the characters whose first byte is among `bytes`: one for each
/// byte that starts a character, one more for each that starts a four-byte one. Counted by byte,
/// without decoding, which is faster than a walk char by char.
fn utf16_units(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

impl<'a> Utf16Index<'a> {
    fn new(text: &'a str) -> Self {
        let ascii = text.is_ascii();
        let (mut checkpoints, mut ascii_blocks) = (Vec::new(), Vec::new());
        if !ascii {
            // checkpoints[k]: the units of every character that starts before byte k * STEP.
            checkpoints.reserve(text.len() / STEP + 1);
            ascii_blocks.reserve(text.len() / STEP + 1);
            let mut units = 0;
            for block in text.as_bytes().chunks(STEP) {
                checkpoints.push(units);
                let plain = block.is_ascii();
                ascii_blocks.push(plain);
                units += if plain {
                    block.len()
                } else {
                    utf16_units(block)
                };
            }
            if text.len() % STEP == 0 {
                checkpoints.push(units);
                ascii_blocks.push(true);
            }
        }
        Self {
            text,
            ascii,
            checkpoints,
            ascii_blocks,
        }
    }

    fn convert(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        let block = byte / STEP;
        let within = &self.text.as_bytes()[block * STEP..byte];
        if self.ascii_blocks[block] {
            self.checkpoints[block] + within.len()
        } else {
            self.checkpoints[block] + utf16_units(within)
        }
    }
}

/// Something in a report that holds spans of articles.
pub(crate) trait Spans {
    /// Calls `f` with every span it holds and the index of the article the span points into
    /// (through `&dyn`, so the wasm holds one copy of each walk).
    fn for_each_span(&mut self, f: &mut dyn FnMut(usize, &mut Span));
}

impl Spans for ArticleReport {
    /// The article's own spans, as article 0.
    fn for_each_span(&mut self, f: &mut dyn FnMut(usize, &mut Span)) {
        for s in &mut self.sentences {
            f(0, &mut s.span);
        }
    }
}

impl Spans for Report {
    fn for_each_span(&mut self, f: &mut dyn FnMut(usize, &mut Span)) {
        for (i, article) in self.articles.iter_mut().enumerate() {
            article.for_each_span(&mut |_, span| f(i, span));
        }
        for p in &mut self.passages {
            f(p.article, &mut p.first.span);
            f(p.article, &mut p.second.span);
        }
        for g in self
            .figures
            .iter_mut()
            .flat_map(|row| row.figures.iter_mut())
        {
            f(g.article, &mut g.span);
        }
        for finding in &mut self.findings {
            finding.for_each_span(f);
        }
    }
}

impl Spans for Finding {
    fn for_each_span(&mut self, f: &mut dyn FnMut(usize, &mut Span)) {
        match self {
            Finding::Number { figures, .. } => {
                for g in figures {
                    f(g.article, &mut g.span);
                }
            }
            Finding::Name {
                mentions,
                usual_mentions,
                ..
            } => {
                for p in mentions.iter_mut().chain(usual_mentions.iter_mut()) {
                    f(p.article, &mut p.span);
                }
            }
            Finding::Quote { wordings, .. } => {
                // Word changes' `a` spans are in the reference's first place's article, `b`
                // spans in their own wording's.
                let first = |w: &Wording| w.places.first().map_or(0, |p| p.article);
                let reference = wordings.iter().find(|w| w.reference).map_or(0, first);
                for w in wordings.iter_mut() {
                    let own = first(w);
                    for word in &mut w.words {
                        if let Some(pair) = word.a.as_mut() {
                            f(reference, &mut pair.0);
                        }
                        if let Some(pair) = word.b.as_mut() {
                            f(own, &mut pair.0);
                        }
                    }
                    for p in &mut w.places {
                        f(p.article, &mut p.span);
                    }
                }
            }
            Finding::Furniture { article, span, .. } => f(*article, span),
            Finding::Negation {
                negated,
                cue,
                affirmed,
            } => {
                for p in [negated, cue, affirmed] {
                    f(p.article, &mut p.span);
                }
            }
        }
    }
}

impl Spans for DiffReport {
    /// The old article's spans as article 0, the new one's as article 1.
    fn for_each_span(&mut self, f: &mut dyn FnMut(usize, &mut Span)) {
        self.a.for_each_span(&mut |_, span| f(0, span));
        self.b.for_each_span(&mut |_, span| f(1, span));
        for w in self.ops.iter_mut().flat_map(|op| op.words.iter_mut()) {
            if let Some(pair) = w.a.as_mut() {
                f(0, &mut pair.0);
            }
            if let Some(pair) = w.b.as_mut() {
                f(1, &mut pair.0);
            }
        }
    }
}

/// The index of each text, for [`to_utf16`].
fn indexes<'t>(texts: &[&'t str]) -> Vec<Utf16Index<'t>> {
    texts.iter().map(|t| Utf16Index::new(t)).collect()
}

/// Converts every span of `report`; its article indexes point into the texts of `indexes`.
fn to_utf16(report: &mut dyn Spans, indexes: &[Utf16Index<'_>]) {
    report.for_each_span(&mut |article, span| {
        let index = &indexes[article];
        span.start = index.convert(span.start);
        span.end = index.convert(span.end);
    });
}

impl ArticleReport {
    /// Converts the offsets of a report made by [`Options::segment`](crate::Options::segment)
    /// from UTF-8 bytes to UTF-16 code units, given the text it was made from.
    pub fn to_utf16(&mut self, text: &str) {
        let indexes = indexes(&[text]);
        self.length = indexes[0].convert(self.length);
        to_utf16(self, &indexes);
    }
}

impl Report {
    /// Converts every offset from UTF-8 bytes to UTF-16 code units; `texts` are the articles'
    /// texts in report order. Does nothing if the report is already in UTF-16.
    pub fn to_utf16(&mut self, texts: &[&str]) {
        if self.offsets == Offsets::Utf16 {
            return;
        }
        let indexes = indexes(texts);
        for (article, index) in self.articles.iter_mut().zip(&indexes) {
            article.length = index.convert(article.length);
        }
        to_utf16(self, &indexes);
        self.offsets = Offsets::Utf16;
    }
}

impl DiffReport {
    /// Converts every offset from UTF-8 bytes to UTF-16 code units, given the old and new texts.
    pub fn to_utf16(&mut self, a: &str, b: &str) {
        if self.offsets == Offsets::Utf16 {
            return;
        }
        let indexes = indexes(&[a, b]);
        self.a.length = indexes[0].convert(self.a.length);
        self.b.length = indexes[1].convert(self.b.length);
        to_utf16(self, &indexes);
        self.offsets = Offsets::Utf16;
    }
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
            // ASCII blocks between blocks that are not, a character across a block's end.
            "a".repeat(63) + "é" + &"b".repeat(130) + "😀" + &"c".repeat(61) + "’",
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
