//! BERT-uncased word pieces, equal to HuggingFace `tokenizers` with the teacher's tokenizer.json.
//!
//! The pipeline there is: added tokens (`[PAD]`, `[UNK]`, `[CLS]`, `[SEP]`, `[MASK]`, matched in
//! the raw text), `BertNormalizer` (drop control and format chars, whitespace to a space, spaces
//! around CJK ideographs, NFD, drop non-spacing marks, lowercase), `BertPreTokenizer` (split on
//! whitespace, each punctuation char its own word) and `WordPiece` (greedy longest match first,
//! `##` on continuing pieces, a word of more than 100 chars or with no match is one `[UNK]`).
//!
//! It is cut into two layers so the embedder can cache:
//! - [`Units`] walks the raw text once, byte by byte: ASCII whitespace and ASCII punctuation
//!   always split words and no normalization step crosses them (they are NFD starters and are
//!   never removed), so what lies between them, a *chunk*, tokenizes on its own. A chunk is the
//!   cache key, taken raw: no lowercasing or normalizing on the hot path.
//! - [`WordPiece::chunk_ids`] runs the whole pipeline on one chunk (the cache-miss path).
//!
//! Which chars are removed and which are punctuation is probed from `tokenizers` itself by
//! `tests/fixtures/gen_fixtures.py`, which writes the table at the end of this file: the crate
//! that `tokenizers` uses for categories has its own Unicode version, and only probing agrees
//! with it on every code point (`tests/wordpiece.rs` checks all of them, and 2,000+ sentences).
//! The file is long by that generated table (437 ranges); the code is under 400 lines.

use std::collections::HashMap;

use foldhash::fast::FixedState;
use unicode_normalization::UnicodeNormalization;

/// The longest word, in chars, that WordPiece splits; a longer one is `[UNK]`.
const MAX_WORD_CHARS: usize = 100;

/// The teacher's added tokens: matched in the raw text before anything else, case-sensitive.
const ADDED_TOKENS: [&str; 5] = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"];

/// What the raw walk does with one byte.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Byte {
    /// Part of a chunk: letters, digits, ASCII controls that the normalizer drops, UTF-8 bytes.
    Word,
    /// `\t`, `\n`, `\r`, space: splits words and is dropped.
    Space,
    /// ASCII punctuation (33–47, 58–64, 91–96, 123–126): a word of its own.
    Punct,
}

const BYTE_CLASS: [Byte; 256] = {
    let mut table = [Byte::Word; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c == b'\t' || c == b'\n' || c == b'\r' || c == b' ' {
            table[b] = Byte::Space;
        } else if c.is_ascii_punctuation() {
            table[b] = Byte::Punct;
        }
        b += 1;
    }
    table
};

/// ASCII chars the normalizer removes (controls other than `\t`, `\n`, `\r`).
fn ascii_removed(c: u8) -> bool {
    c.is_ascii_control() && !matches!(c, b'\t' | b'\n' | b'\r')
}

/// One step of the raw walk over a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit<'t> {
    /// Text between ASCII whitespace and punctuation: zero or more words once normalized.
    Chunk(&'t str),
    /// One ASCII punctuation char, a word of its own.
    Punct(u8),
    /// An added token found in the raw text, with its id.
    Added(u32),
}

/// The raw walk: chunks, ASCII punctuation and added tokens in text order.
pub struct Units<'t, 'w> {
    text: &'t str,
    pos: usize,
    pieces: &'w WordPiece,
}

impl<'t> Iterator for Units<'t, '_> {
    type Item = Unit<'t>;

    fn next(&mut self) -> Option<Unit<'t>> {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.pos) {
            match BYTE_CLASS[usize::from(b)] {
                Byte::Space => self.pos += 1,
                Byte::Punct => {
                    if b == b'[' {
                        if let Some((id, len)) = self.pieces.added_at(&bytes[self.pos..]) {
                            self.pos += len;
                            return Some(Unit::Added(id));
                        }
                    }
                    self.pos += 1;
                    return Some(Unit::Punct(b));
                }
                Byte::Word => {
                    let start = self.pos;
                    let len = bytes[start..]
                        .iter()
                        .position(|&c| BYTE_CLASS[usize::from(c)] != Byte::Word)
                        .unwrap_or(bytes.len() - start);
                    self.pos = start + len;
                    // Ends at an ASCII byte or the end of the text: a char boundary.
                    return self.text.get(start..self.pos).map(Unit::Chunk);
                }
            }
        }
        None
    }
}

/// Buffers for the cache-miss path, kept between calls so it does not allocate once warm.
#[derive(Default)]
pub struct Scratch {
    cleaned: String,
    normalized: String,
    key: String,
}

/// A vocabulary that was not usable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VocabError {
    /// The same token at two ids.
    Duplicate {
        /// The token.
        token: String,
    },
    /// No `[UNK]` token: unknown words would have nowhere to go.
    NoUnk,
}

/// The vocabulary and the tokenizer over it.
pub struct WordPiece {
    ids: HashMap<Box<str>, u32, FixedState>,
    unk: u32,
    /// The id of each ASCII punctuation char (`unk` where the vocabulary lacks it).
    punct: [u32; 128],
    /// The added tokens that the vocabulary has, with their ids.
    added: Vec<(&'static str, u32)>,
    /// The longest first piece and the longest continuing piece (without `##`), in bytes.
    longest: [usize; 2],
}

impl WordPiece {
    /// Builds the tokenizer from the tokens in id order.
    pub fn new<'v>(tokens: impl IntoIterator<Item = &'v str>) -> Result<Self, VocabError> {
        let tokens = tokens.into_iter();
        let mut ids: HashMap<Box<str>, u32, FixedState> =
            HashMap::with_capacity_and_hasher(tokens.size_hint().0, FixedState::default());
        let mut longest = [0; 2];
        for (id, token) in (0u32..).zip(tokens) {
            match token.strip_prefix("##") {
                Some(rest) => longest[1] = longest[1].max(rest.len()),
                None => longest[0] = longest[0].max(token.len()),
            }
            if ids.insert(token.into(), id).is_some() {
                return Err(VocabError::Duplicate {
                    token: token.to_owned(),
                });
            }
        }
        let unk = *ids.get("[UNK]").ok_or(VocabError::NoUnk)?;
        let mut punct = [unk; 128];
        for (c, slot) in (0u8..).zip(punct.iter_mut()) {
            if BYTE_CLASS[usize::from(c)] == Byte::Punct {
                let mut buf = [0; 4];
                if let Some(&id) = ids.get(char::from(c).encode_utf8(&mut buf) as &str) {
                    *slot = id;
                }
            }
        }
        let added = ADDED_TOKENS
            .iter()
            .filter_map(|&t| ids.get(t).map(|&id| (t, id)))
            .collect();
        Ok(Self {
            ids,
            unk,
            punct,
            added,
            longest,
        })
    }

    /// The id of `[UNK]`.
    pub fn unk(&self) -> u32 {
        self.unk
    }

    /// `[UNK]` and the added tokens: never pooled.
    pub fn skipped_ids(&self) -> impl Iterator<Item = u32> + '_ {
        core::iter::once(self.unk).chain(self.added.iter().map(|&(_, id)| id))
    }

    /// The id of an ASCII punctuation char.
    pub fn punct_id(&self, c: u8) -> u32 {
        self.punct.get(usize::from(c)).copied().unwrap_or(self.unk)
    }

    /// The raw walk over `text`.
    pub fn units<'t>(&self, text: &'t str) -> Units<'t, '_> {
        Units {
            text,
            pos: 0,
            pieces: self,
        }
    }

    /// The added token that `bytes` starts with, with its id and length.
    fn added_at(&self, bytes: &[u8]) -> Option<(u32, usize)> {
        self.added
            .iter()
            .find(|(t, _)| bytes.starts_with(t.as_bytes()))
            .map(|&(t, id)| (id, t.len()))
    }

    /// Appends the ids of all of `text` to `out`: what `tokenizers` gives with
    /// `add_special_tokens=False`, no truncation.
    pub fn text_ids(&self, text: &str, scratch: &mut Scratch, out: &mut Vec<u32>) {
        for unit in self.units(text) {
            match unit {
                Unit::Chunk(chunk) => self.chunk_ids(chunk, scratch, out),
                Unit::Punct(c) => out.push(self.punct_id(c)),
                Unit::Added(id) => out.push(id),
            }
        }
    }

    /// Appends the ids of one chunk (a [`Unit::Chunk`]) to `out`.
    pub fn chunk_ids(&self, chunk: &str, scratch: &mut Scratch, out: &mut Vec<u32>) {
        let Scratch {
            cleaned,
            normalized,
            key,
        } = scratch;
        normalize(chunk, cleaned, normalized);
        let mut word_start = None;
        for (i, c) in normalized.char_indices() {
            let split = c.is_whitespace();
            let isolated = !split && is_punct(c);
            if split || isolated {
                if let Some(start) = word_start.take() {
                    self.word_ids(&normalized[start..i], key, out);
                }
                if isolated {
                    self.word_ids(&normalized[i..i + c.len_utf8()], key, out);
                }
            } else if word_start.is_none() {
                word_start = Some(i);
            }
        }
        if let Some(start) = word_start {
            self.word_ids(&normalized[start..], key, out);
        }
    }

    /// WordPiece on one normalized word: greedy longest match first, `##` after the first piece.
    fn word_ids(&self, word: &str, key: &mut String, out: &mut Vec<u32>) {
        if let Some(&id) = self.ids.get(word) {
            out.push(id);
            return;
        }
        let first = out.len();
        if word.chars().nth(MAX_WORD_CHARS).is_some() {
            out.push(self.unk);
            return;
        }
        let mut start = 0;
        while start < word.len() {
            // No token is longer than the longest one: start there, on a char boundary.
            let longest = if start == 0 {
                self.longest[0]
            } else {
                self.longest[1]
            };
            let mut end = word.len().min(start + longest);
            while !word.is_char_boundary(end) {
                end -= 1;
            }
            if end == start {
                out.truncate(first);
                out.push(self.unk);
                return;
            }
            let found = loop {
                key.clear();
                if start > 0 {
                    key.push_str("##");
                }
                key.push_str(&word[start..end]);
                if let Some(&id) = self.ids.get(key.as_str()) {
                    break Some(id);
                }
                match word[start..end].char_indices().next_back() {
                    Some((last, _)) if last > 0 => end = start + last,
                    _ => break None,
                }
            };
            match found {
                Some(id) => {
                    out.push(id);
                    start = end;
                }
                None => {
                    out.truncate(first);
                    out.push(self.unk);
                    return;
                }
            }
        }
    }
}

/// `BertNormalizer` on one chunk: `cleaned` gets clean_text and CJK padding, `normalized` the
/// NFD of that without non-spacing marks, lowercased (the order `tokenizers` runs them in).
fn normalize(chunk: &str, cleaned: &mut String, normalized: &mut String) {
    cleaned.clear();
    normalized.clear();
    if chunk.is_ascii() {
        // NFD leaves ASCII as it is: only drop controls and lowercase.
        for b in chunk.bytes().filter(|&b| !ascii_removed(b)) {
            normalized.push(if b.is_ascii_whitespace() {
                ' '
            } else {
                char::from(b.to_ascii_lowercase())
            });
        }
        return;
    }
    for c in chunk.chars() {
        if is_removed(c) {
            continue;
        }
        if c.is_whitespace() {
            cleaned.push(' ');
        } else if is_chinese(c) {
            cleaned.push(' ');
            cleaned.push(c);
            cleaned.push(' ');
        } else {
            cleaned.push(c);
        }
    }
    let mut rest = cleaned.as_str();
    while !rest.is_empty() {
        let cut = rest
            .char_indices()
            .find(|&(_, c)| kept_composed(c))
            .map_or(rest.len(), |(i, _)| i);
        // The removed set holds the non-spacing marks too (the probe cannot tell a dropped
        // control from a stripped mark, and either way the char goes), so one test strips both.
        for c in rest[..cut].chars().nfd().filter(|&c| !is_removed(c)) {
            normalized.extend(c.to_lowercase());
        }
        let mut tail = rest[cut..].chars();
        if let Some(c) = tail.next() {
            normalized.push(c);
        }
        rest = tail.as_str();
    }
}

/// Chars that `tokenizers` leaves composed: their canonical decompositions came in Unicode 13
/// to 16, after the normalization data that `tokenizers` carries (unicode-normalization 0.1.24+
/// has them). Found by `tests/wordpiece.rs`, which checks every code point.
fn kept_composed(c: char) -> bool {
    matches!(u32::from(c),
        0x105C9 | 0x105E4 // Todhri
        | 0x11383 | 0x11385 | 0x1138E | 0x11391 | 0x113C5 | 0x113C7 | 0x113C8 // Tulu-Tigalari
        | 0x11938 // Dives Akuru
        | 0x16121..=0x16128 // Gurung Khema
        | 0x16D68..=0x16D6A) // Kirat Rai
}

/// The CJK ideograph blocks that `BertNormalizer` pads with spaces (its own list).
fn is_chinese(c: char) -> bool {
    matches!(u32::from(c),
        0x4E00..=0x9FFF
        | 0x3400..=0x4DBF
        | 0x20000..=0x2A6DF
        | 0x2A700..=0x2B73F
        | 0x2B740..=0x2B81F
        | 0x2B920..=0x2CEAF
        | 0xF900..=0xFAFF
        | 0x2F800..=0x2FA1F)
}

/// The class of a non-ASCII char in the generated table, if it has one.
fn char_class(c: char) -> Option<u8> {
    let cp = u32::from(c);
    let i = CHAR_RANGES.partition_point(|&(_, last, _)| last < cp);
    match CHAR_RANGES.get(i) {
        Some(&(first, _, class)) if first <= cp => Some(class),
        _ => None,
    }
}

/// Removed by the normalizer: controls (but `\t`, `\n`, `\r`), format and private-use chars,
/// U+FFFD, and non-spacing marks.
pub fn is_removed(c: char) -> bool {
    if c.is_ascii() {
        return ascii_removed(c as u8);
    }
    char_class(c) == Some(0)
}

/// Punctuation to the pre-tokenizer: ASCII punctuation or Unicode category P*.
pub fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation();
    }
    char_class(c) == Some(1)
}

/// What the normalizer makes of one char (for the exhaustive test against the fixture).
pub fn normalize_char(c: char, out: &mut String) {
    let mut buf = [0; 4];
    normalize(c.encode_utf8(&mut buf), &mut String::new(), out);
}

// Classes: 0 = removed by the normalizer, 1 = punctuation to the pre-tokenizer.
// BEGIN GENERATED by tests/fixtures/gen_fixtures.py --write-tables (do not edit)
#[rustfmt::skip]
const CHAR_RANGES: [(u32, u32, u8); 437] = [
    (0x80, 0x9F, 0), (0xA1, 0xA1, 1), (0xA7, 0xA7, 1), (0xAB, 0xAB, 1), (0xAD, 0xAD, 0),
    (0xB6, 0xB7, 1), (0xBB, 0xBB, 1), (0xBF, 0xBF, 1), (0x300, 0x36F, 0), (0x37E, 0x37E, 1),
    (0x387, 0x387, 1), (0x483, 0x487, 0), (0x55A, 0x55F, 1), (0x589, 0x58A, 1), (0x591, 0x5BD, 0),
    (0x5BE, 0x5BE, 1), (0x5BF, 0x5BF, 0), (0x5C0, 0x5C0, 1), (0x5C1, 0x5C2, 0), (0x5C3, 0x5C3, 1),
    (0x5C4, 0x5C5, 0), (0x5C6, 0x5C6, 1), (0x5C7, 0x5C7, 0), (0x5F3, 0x5F4, 1), (0x600, 0x605, 0),
    (0x609, 0x60A, 1), (0x60C, 0x60D, 1), (0x610, 0x61A, 0), (0x61B, 0x61B, 1), (0x61C, 0x61C, 0),
    (0x61E, 0x61F, 1), (0x64B, 0x65F, 0), (0x66A, 0x66D, 1), (0x670, 0x670, 0), (0x6D4, 0x6D4, 1),
    (0x6D6, 0x6DD, 0), (0x6DF, 0x6E4, 0), (0x6E7, 0x6E8, 0), (0x6EA, 0x6ED, 0), (0x700, 0x70D, 1),
    (0x70F, 0x70F, 0), (0x711, 0x711, 0), (0x730, 0x74A, 0), (0x7A6, 0x7B0, 0), (0x7EB, 0x7F3, 0),
    (0x7F7, 0x7F9, 1), (0x816, 0x819, 0), (0x81B, 0x823, 0), (0x825, 0x827, 0), (0x829, 0x82D, 0),
    (0x830, 0x83E, 1), (0x859, 0x85B, 0), (0x85E, 0x85E, 1), (0x8E3, 0x902, 0), (0x93A, 0x93A, 0),
    (0x93C, 0x93C, 0), (0x941, 0x948, 0), (0x94D, 0x94D, 0), (0x951, 0x957, 0), (0x962, 0x963, 0),
    (0x964, 0x965, 1), (0x970, 0x970, 1), (0x981, 0x981, 0), (0x9BC, 0x9BC, 0), (0x9C1, 0x9C4, 0),
    (0x9CD, 0x9CD, 0), (0x9E2, 0x9E3, 0), (0xA01, 0xA02, 0), (0xA3C, 0xA3C, 0), (0xA41, 0xA42, 0),
    (0xA47, 0xA48, 0), (0xA4B, 0xA4D, 0), (0xA51, 0xA51, 0), (0xA70, 0xA71, 0), (0xA75, 0xA75, 0),
    (0xA81, 0xA82, 0), (0xABC, 0xABC, 0), (0xAC1, 0xAC5, 0), (0xAC7, 0xAC8, 0), (0xACD, 0xACD, 0),
    (0xAE2, 0xAE3, 0), (0xAF0, 0xAF0, 1), (0xB01, 0xB01, 0), (0xB3C, 0xB3C, 0), (0xB3F, 0xB3F, 0),
    (0xB41, 0xB44, 0), (0xB4D, 0xB4D, 0), (0xB56, 0xB56, 0), (0xB62, 0xB63, 0), (0xB82, 0xB82, 0),
    (0xBC0, 0xBC0, 0), (0xBCD, 0xBCD, 0), (0xC00, 0xC00, 0), (0xC3E, 0xC40, 0), (0xC46, 0xC48, 0),
    (0xC4A, 0xC4D, 0), (0xC55, 0xC56, 0), (0xC62, 0xC63, 0), (0xC81, 0xC81, 0), (0xCBC, 0xCBC, 0),
    (0xCBF, 0xCBF, 0), (0xCC6, 0xCC6, 0), (0xCCC, 0xCCD, 0), (0xCE2, 0xCE3, 0), (0xD01, 0xD01, 0),
    (0xD41, 0xD44, 0), (0xD4D, 0xD4D, 0), (0xD62, 0xD63, 0), (0xDCA, 0xDCA, 0), (0xDD2, 0xDD4, 0),
    (0xDD6, 0xDD6, 0), (0xDF4, 0xDF4, 1), (0xE31, 0xE31, 0), (0xE34, 0xE3A, 0), (0xE47, 0xE4E, 0),
    (0xE4F, 0xE4F, 1), (0xE5A, 0xE5B, 1), (0xEB1, 0xEB1, 0), (0xEB4, 0xEB9, 0), (0xEBB, 0xEBC, 0),
    (0xEC8, 0xECD, 0), (0xF04, 0xF12, 1), (0xF14, 0xF14, 1), (0xF18, 0xF19, 0), (0xF35, 0xF35, 0),
    (0xF37, 0xF37, 0), (0xF39, 0xF39, 0), (0xF3A, 0xF3D, 1), (0xF71, 0xF7E, 0), (0xF80, 0xF84, 0),
    (0xF85, 0xF85, 1), (0xF86, 0xF87, 0), (0xF8D, 0xF97, 0), (0xF99, 0xFBC, 0), (0xFC6, 0xFC6, 0),
    (0xFD0, 0xFD4, 1), (0xFD9, 0xFDA, 1), (0x102D, 0x1030, 0), (0x1032, 0x1037, 0),
    (0x1039, 0x103A, 0), (0x103D, 0x103E, 0), (0x104A, 0x104F, 1), (0x1058, 0x1059, 0),
    (0x105E, 0x1060, 0), (0x1071, 0x1074, 0), (0x1082, 0x1082, 0), (0x1085, 0x1086, 0),
    (0x108D, 0x108D, 0), (0x109D, 0x109D, 0), (0x10FB, 0x10FB, 1), (0x135D, 0x135F, 0),
    (0x1360, 0x1368, 1), (0x1400, 0x1400, 1), (0x166D, 0x166E, 1), (0x169B, 0x169C, 1),
    (0x16EB, 0x16ED, 1), (0x1712, 0x1714, 0), (0x1732, 0x1734, 0), (0x1735, 0x1736, 1),
    (0x1752, 0x1753, 0), (0x1772, 0x1773, 0), (0x17B4, 0x17B5, 0), (0x17B7, 0x17BD, 0),
    (0x17C6, 0x17C6, 0), (0x17C9, 0x17D3, 0), (0x17D4, 0x17D6, 1), (0x17D8, 0x17DA, 1),
    (0x17DD, 0x17DD, 0), (0x1800, 0x180A, 1), (0x180B, 0x180E, 0), (0x18A9, 0x18A9, 0),
    (0x1920, 0x1922, 0), (0x1927, 0x1928, 0), (0x1932, 0x1932, 0), (0x1939, 0x193B, 0),
    (0x1944, 0x1945, 1), (0x1A17, 0x1A18, 0), (0x1A1B, 0x1A1B, 0), (0x1A1E, 0x1A1F, 1),
    (0x1A56, 0x1A56, 0), (0x1A58, 0x1A5E, 0), (0x1A60, 0x1A60, 0), (0x1A62, 0x1A62, 0),
    (0x1A65, 0x1A6C, 0), (0x1A73, 0x1A7C, 0), (0x1A7F, 0x1A7F, 0), (0x1AA0, 0x1AA6, 1),
    (0x1AA8, 0x1AAD, 1), (0x1AB0, 0x1ABD, 0), (0x1B00, 0x1B03, 0), (0x1B34, 0x1B34, 0),
    (0x1B36, 0x1B3A, 0), (0x1B3C, 0x1B3C, 0), (0x1B42, 0x1B42, 0), (0x1B5A, 0x1B60, 1),
    (0x1B6B, 0x1B73, 0), (0x1B80, 0x1B81, 0), (0x1BA2, 0x1BA5, 0), (0x1BA8, 0x1BA9, 0),
    (0x1BAB, 0x1BAD, 0), (0x1BE6, 0x1BE6, 0), (0x1BE8, 0x1BE9, 0), (0x1BED, 0x1BED, 0),
    (0x1BEF, 0x1BF1, 0), (0x1BFC, 0x1BFF, 1), (0x1C2C, 0x1C33, 0), (0x1C36, 0x1C37, 0),
    (0x1C3B, 0x1C3F, 1), (0x1C7E, 0x1C7F, 1), (0x1CC0, 0x1CC7, 1), (0x1CD0, 0x1CD2, 0),
    (0x1CD3, 0x1CD3, 1), (0x1CD4, 0x1CE0, 0), (0x1CE2, 0x1CE8, 0), (0x1CED, 0x1CED, 0),
    (0x1CF4, 0x1CF4, 0), (0x1CF8, 0x1CF9, 0), (0x1DC0, 0x1DF5, 0), (0x1DFC, 0x1DFF, 0),
    (0x200B, 0x200F, 0), (0x2010, 0x2027, 1), (0x202A, 0x202E, 0), (0x2030, 0x2043, 1),
    (0x2045, 0x2051, 1), (0x2053, 0x205E, 1), (0x2060, 0x2064, 0), (0x2066, 0x206F, 0),
    (0x207D, 0x207E, 1), (0x208D, 0x208E, 1), (0x20D0, 0x20DC, 0), (0x20E1, 0x20E1, 0),
    (0x20E5, 0x20F0, 0), (0x2308, 0x230B, 1), (0x2329, 0x232A, 1), (0x2768, 0x2775, 1),
    (0x27C5, 0x27C6, 1), (0x27E6, 0x27EF, 1), (0x2983, 0x2998, 1), (0x29D8, 0x29DB, 1),
    (0x29FC, 0x29FD, 1), (0x2CEF, 0x2CF1, 0), (0x2CF9, 0x2CFC, 1), (0x2CFE, 0x2CFF, 1),
    (0x2D70, 0x2D70, 1), (0x2D7F, 0x2D7F, 0), (0x2DE0, 0x2DFF, 0), (0x2E00, 0x2E2E, 1),
    (0x2E30, 0x2E42, 1), (0x3001, 0x3003, 1), (0x3008, 0x3011, 1), (0x3014, 0x301F, 1),
    (0x302A, 0x302D, 0), (0x3030, 0x3030, 1), (0x303D, 0x303D, 1), (0x3099, 0x309A, 0),
    (0x30A0, 0x30A0, 1), (0x30FB, 0x30FB, 1), (0xA4FE, 0xA4FF, 1), (0xA60D, 0xA60F, 1),
    (0xA66F, 0xA66F, 0), (0xA673, 0xA673, 1), (0xA674, 0xA67D, 0), (0xA67E, 0xA67E, 1),
    (0xA69E, 0xA69F, 0), (0xA6F0, 0xA6F1, 0), (0xA6F2, 0xA6F7, 1), (0xA802, 0xA802, 0),
    (0xA806, 0xA806, 0), (0xA80B, 0xA80B, 0), (0xA825, 0xA826, 0), (0xA874, 0xA877, 1),
    (0xA8C4, 0xA8C4, 0), (0xA8CE, 0xA8CF, 1), (0xA8E0, 0xA8F1, 0), (0xA8F8, 0xA8FA, 1),
    (0xA8FC, 0xA8FC, 1), (0xA926, 0xA92D, 0), (0xA92E, 0xA92F, 1), (0xA947, 0xA951, 0),
    (0xA95F, 0xA95F, 1), (0xA980, 0xA982, 0), (0xA9B3, 0xA9B3, 0), (0xA9B6, 0xA9B9, 0),
    (0xA9BC, 0xA9BC, 0), (0xA9C1, 0xA9CD, 1), (0xA9DE, 0xA9DF, 1), (0xA9E5, 0xA9E5, 0),
    (0xAA29, 0xAA2E, 0), (0xAA31, 0xAA32, 0), (0xAA35, 0xAA36, 0), (0xAA43, 0xAA43, 0),
    (0xAA4C, 0xAA4C, 0), (0xAA5C, 0xAA5F, 1), (0xAA7C, 0xAA7C, 0), (0xAAB0, 0xAAB0, 0),
    (0xAAB2, 0xAAB4, 0), (0xAAB7, 0xAAB8, 0), (0xAABE, 0xAABF, 0), (0xAAC1, 0xAAC1, 0),
    (0xAADE, 0xAADF, 1), (0xAAEC, 0xAAED, 0), (0xAAF0, 0xAAF1, 1), (0xAAF6, 0xAAF6, 0),
    (0xABE5, 0xABE5, 0), (0xABE8, 0xABE8, 0), (0xABEB, 0xABEB, 1), (0xABED, 0xABED, 0),
    (0xE000, 0xF8FF, 0), (0xFB1E, 0xFB1E, 0), (0xFD3E, 0xFD3F, 1), (0xFE00, 0xFE0F, 0),
    (0xFE10, 0xFE19, 1), (0xFE20, 0xFE2F, 0), (0xFE30, 0xFE52, 1), (0xFE54, 0xFE61, 1),
    (0xFE63, 0xFE63, 1), (0xFE68, 0xFE68, 1), (0xFE6A, 0xFE6B, 1), (0xFEFF, 0xFEFF, 0),
    (0xFF01, 0xFF03, 1), (0xFF05, 0xFF0A, 1), (0xFF0C, 0xFF0F, 1), (0xFF1A, 0xFF1B, 1),
    (0xFF1F, 0xFF20, 1), (0xFF3B, 0xFF3D, 1), (0xFF3F, 0xFF3F, 1), (0xFF5B, 0xFF5B, 1),
    (0xFF5D, 0xFF5D, 1), (0xFF5F, 0xFF65, 1), (0xFFF9, 0xFFFB, 0), (0xFFFD, 0xFFFD, 0),
    (0x10100, 0x10102, 1), (0x101FD, 0x101FD, 0), (0x102E0, 0x102E0, 0), (0x10376, 0x1037A, 0),
    (0x1039F, 0x1039F, 1), (0x103D0, 0x103D0, 1), (0x1056F, 0x1056F, 1), (0x10857, 0x10857, 1),
    (0x1091F, 0x1091F, 1), (0x1093F, 0x1093F, 1), (0x10A01, 0x10A03, 0), (0x10A05, 0x10A06, 0),
    (0x10A0C, 0x10A0F, 0), (0x10A38, 0x10A3A, 0), (0x10A3F, 0x10A3F, 0), (0x10A50, 0x10A58, 1),
    (0x10A7F, 0x10A7F, 1), (0x10AE5, 0x10AE6, 0), (0x10AF0, 0x10AF6, 1), (0x10B39, 0x10B3F, 1),
    (0x10B99, 0x10B9C, 1), (0x11001, 0x11001, 0), (0x11038, 0x11046, 0), (0x11047, 0x1104D, 1),
    (0x1107F, 0x11081, 0), (0x110B3, 0x110B6, 0), (0x110B9, 0x110BA, 0), (0x110BB, 0x110BC, 1),
    (0x110BD, 0x110BD, 0), (0x110BE, 0x110C1, 1), (0x11100, 0x11102, 0), (0x11127, 0x1112B, 0),
    (0x1112D, 0x11134, 0), (0x11140, 0x11143, 1), (0x11173, 0x11173, 0), (0x11174, 0x11175, 1),
    (0x11180, 0x11181, 0), (0x111B6, 0x111BE, 0), (0x111C5, 0x111C9, 1), (0x111CA, 0x111CC, 0),
    (0x111CD, 0x111CD, 1), (0x111DB, 0x111DB, 1), (0x111DD, 0x111DF, 1), (0x1122F, 0x11231, 0),
    (0x11234, 0x11234, 0), (0x11236, 0x11237, 0), (0x11238, 0x1123D, 1), (0x112A9, 0x112A9, 1),
    (0x112DF, 0x112DF, 0), (0x112E3, 0x112EA, 0), (0x11300, 0x11301, 0), (0x1133C, 0x1133C, 0),
    (0x11340, 0x11340, 0), (0x11366, 0x1136C, 0), (0x11370, 0x11374, 0), (0x114B3, 0x114B8, 0),
    (0x114BA, 0x114BA, 0), (0x114BF, 0x114C0, 0), (0x114C2, 0x114C3, 0), (0x114C6, 0x114C6, 1),
    (0x115B2, 0x115B5, 0), (0x115BC, 0x115BD, 0), (0x115BF, 0x115C0, 0), (0x115C1, 0x115D7, 1),
    (0x115DC, 0x115DD, 0), (0x11633, 0x1163A, 0), (0x1163D, 0x1163D, 0), (0x1163F, 0x11640, 0),
    (0x11641, 0x11643, 1), (0x116AB, 0x116AB, 0), (0x116AD, 0x116AD, 0), (0x116B0, 0x116B5, 0),
    (0x116B7, 0x116B7, 0), (0x1171D, 0x1171F, 0), (0x11722, 0x11725, 0), (0x11727, 0x1172B, 0),
    (0x1173C, 0x1173E, 1), (0x12470, 0x12474, 1), (0x16A6E, 0x16A6F, 1), (0x16AF0, 0x16AF4, 0),
    (0x16AF5, 0x16AF5, 1), (0x16B30, 0x16B36, 0), (0x16B37, 0x16B3B, 1), (0x16B44, 0x16B44, 1),
    (0x16F8F, 0x16F92, 0), (0x1BC9D, 0x1BC9E, 0), (0x1BC9F, 0x1BC9F, 1), (0x1BCA0, 0x1BCA3, 0),
    (0x1D167, 0x1D169, 0), (0x1D173, 0x1D182, 0), (0x1D185, 0x1D18B, 0), (0x1D1AA, 0x1D1AD, 0),
    (0x1D242, 0x1D244, 0), (0x1DA00, 0x1DA36, 0), (0x1DA3B, 0x1DA6C, 0), (0x1DA75, 0x1DA75, 0),
    (0x1DA84, 0x1DA84, 0), (0x1DA87, 0x1DA8B, 1), (0x1DA9B, 0x1DA9F, 0), (0x1DAA1, 0x1DAAF, 0),
    (0x1E8D0, 0x1E8D6, 0), (0xE0001, 0xE0001, 0), (0xE0020, 0xE007F, 0), (0xE0100, 0xE01EF, 0),
    (0xF0000, 0xFFFFD, 0), (0x100000, 0x10FFFD, 0),
];
// END GENERATED
