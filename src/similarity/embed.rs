//! Sentence vectors from a static token-embedding model (Model2Vec style): word pieces, one
//! stored row per piece, mean-pooled and L2-normalized.
//!
//! The model file (`ACE1`, little-endian):
//!
//! | field | size |
//! | --- | --- |
//! | magic `ACE1` | 4 |
//! | dim, vocab_len, bits (4 or 8), vocab_bytes | 4 × u32 |
//! | the tokens in id order joined by `\n` (BERT uncased, `##` on continuing pieces) | vocab_bytes |
//! | per-row scale, IEEE float16 bits | vocab_len × u16 |
//! | rows: dim/2 bytes of signed nibbles, low nibble the even column (bits 4), or dim i8 (bits 8) | vocab_len × row |
//!
//! A value is scale × q. Rows stay quantized in memory (about the file's size) and are read as
//! they are: a 4-bit row is 128 bytes at dim 256 where an f32 one is 1 KB, and caching f32 rows
//! measured no faster (more memory traffic). The [`Embedder`] caches each distinct chunk of raw
//! text with its pieces, so a word is tokenized once per embedder.
//!
//! One file over 400 lines: the model's parse, the pooling kernel and the chunk cache each
//! serve only [`Embedder::embed`], and the kernel's and the cache's layouts (fixed-point scales,
//! `Piece`) are private to it.

use super::wordpiece::{Scratch, Unit, VocabError, WordPiece};
use core::fmt;

const MAGIC: &[u8; 4] = b"ACE1";
const HEADER_BYTES: usize = 20;

/// A model file that cannot be used; the message names the value at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelError {
    kind: ModelErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ModelErrorKind {
    TooShort { bytes: usize },
    Magic { found: [u8; 4] },
    Bits { bits: u32 },
    Dim { dim: u32, bits: u32 },
    Size { bytes: usize, expected: u64 },
    RowsTooLarge { bytes: u64 },
    VocabUtf8 { offset: usize },
    VocabCount { found: usize, expected: u32 },
    Duplicate { token: String },
    NoUnk,
    Scale { row: usize },
}

impl ModelError {
    fn new(kind: ModelErrorKind) -> Self {
        Self { kind }
    }
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ModelErrorKind as K;
        match &self.kind {
            K::TooShort { bytes } => write!(
                f,
                "the model is {bytes} bytes; its header alone is {HEADER_BYTES}"
            ),
            K::Magic { found } => write!(
                f,
                "the model starts with {:?}, not \"ACE1\"",
                String::from_utf8_lossy(found)
            ),
            K::Bits { bits } => write!(f, "the model has {bits} bits a value; 4 or 8 expected"),
            K::Dim { dim, bits } => write!(
                f,
                "the model has dimension {dim}; with {bits} bits it must be even and above 0"
            ),
            K::Size { bytes, expected } => {
                write!(f, "the model is {bytes} bytes; its header says {expected}")
            }
            K::RowsTooLarge { bytes } => write!(
                f,
                "the model's rows are {bytes} bytes; the limit is {}",
                u32::MAX
            ),
            K::VocabUtf8 { offset } => write!(
                f,
                "the model's vocabulary is not UTF-8 at byte {offset} of it"
            ),
            K::VocabCount { found, expected } => write!(
                f,
                "the model's vocabulary has {found} tokens; its header says {expected}"
            ),
            K::Duplicate { token } => {
                write!(f, "the model's vocabulary has {token:?} twice")
            }
            K::NoUnk => write!(f, "the model's vocabulary has no [UNK] token"),
            K::Scale { row } => write!(f, "the model's row {row} has a scale that is not finite"),
        }
    }
}

impl std::error::Error for ModelError {}

/// A parsed model: the tokenizer and the quantized rows.
pub struct Model {
    dim: usize,
    bits: u32,
    pieces: WordPiece,
    /// Per row, the scale in fixed point: round(scale / max |scale| × 2^16), at least 1 in
    /// magnitude; 0 for a row that is skipped (all zero, `[UNK]` or an added token).
    fixed: Vec<i32>,
    /// What one fixed-point step of a scale is worth: max |scale| / 2^16.
    unit: f32,
    /// Just the rows: the header, vocabulary and scales are drained off the file's bytes.
    rows: Vec<u8>,
    row_bytes: usize,
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    let mut word = [0; 4];
    if let Some(src) = bytes.get(at..at + 4) {
        word.copy_from_slice(src);
    }
    u32::from_le_bytes(word)
}

/// IEEE binary16 bits to f32 (exact: every half is an f32).
fn f16_to_f32(h: u16) -> f32 {
    let sign = u32::from(h >> 15) << 31;
    let exp = u32::from((h >> 10) & 0x1f);
    let man = u32::from(h & 0x3ff);
    let magnitude = match exp {
        // Zero and subnormals: man × 2^-24.
        0 => {
            let value = man as f32 / 16_777_216.0;
            return if sign == 0 { value } else { -value };
        }
        0x1f => 0x7f80_0000 | (man << 13),
        _ => ((exp + 112) << 23) | (man << 13),
    };
    f32::from_bits(sign | magnitude)
}

impl Model {
    /// Parses a model file, checking the magic, the bits, the sizes, and the vocabulary.
    pub fn from_bytes(mut bytes: Vec<u8>) -> Result<Model, ModelError> {
        if bytes.len() < HEADER_BYTES {
            return Err(ModelError::new(ModelErrorKind::TooShort {
                bytes: bytes.len(),
            }));
        }
        if &bytes[..4] != MAGIC {
            let mut found = [0; 4];
            found.copy_from_slice(&bytes[..4]);
            return Err(ModelError::new(ModelErrorKind::Magic { found }));
        }
        let (dim, vocab_len, bits, vocab_bytes) = (
            u32_at(&bytes, 4),
            u32_at(&bytes, 8),
            u32_at(&bytes, 12),
            u32_at(&bytes, 16),
        );
        if bits != 4 && bits != 8 {
            return Err(ModelError::new(ModelErrorKind::Bits { bits }));
        }
        if dim == 0 || (bits == 4 && dim % 2 == 1) {
            return Err(ModelError::new(ModelErrorKind::Dim { dim, bits }));
        }
        let row_bytes = u64::from(dim) * u64::from(bits) / 8;
        let scales_at = HEADER_BYTES as u64 + u64::from(vocab_bytes);
        let rows_at = scales_at + 2 * u64::from(vocab_len);
        let expected = rows_at + u64::from(vocab_len) * row_bytes;
        if bytes.len() as u64 != expected {
            return Err(ModelError::new(ModelErrorKind::Size {
                bytes: bytes.len(),
                expected,
            }));
        }
        // Rows are placed by u32 (a piece is 8 bytes in the cache).
        if expected - rows_at > u64::from(u32::MAX) {
            return Err(ModelError::new(ModelErrorKind::RowsTooLarge {
                bytes: expected - rows_at,
            }));
        }
        // The file's length is all three, so they fit in usize.
        let (scales_at, rows_at, row_bytes) =
            (scales_at as usize, rows_at as usize, row_bytes as usize);
        let vocab = core::str::from_utf8(&bytes[HEADER_BYTES..scales_at]).map_err(|e| {
            ModelError::new(ModelErrorKind::VocabUtf8 {
                offset: e.valid_up_to(),
            })
        })?;
        let found = vocab.split('\n').count();
        if found != vocab_len as usize {
            return Err(ModelError::new(ModelErrorKind::VocabCount {
                found,
                expected: vocab_len,
            }));
        }
        let pieces = WordPiece::new(vocab.split('\n')).map_err(|e| {
            ModelError::new(match e {
                VocabError::Duplicate { token } => ModelErrorKind::Duplicate { token },
                VocabError::NoUnk => ModelErrorKind::NoUnk,
            })
        })?;
        let mut scales = Vec::with_capacity(vocab_len as usize);
        for (row, half) in bytes[scales_at..rows_at].chunks_exact(2).enumerate() {
            let scale = f16_to_f32(u16::from_le_bytes([half[0], half[1]]));
            if !scale.is_finite() {
                return Err(ModelError::new(ModelErrorKind::Scale { row }));
            }
            let q = &bytes[rows_at + row * row_bytes..rows_at + (row + 1) * row_bytes];
            scales.push(if q.iter().all(|&b| b == 0) {
                0.0
            } else {
                scale
            });
        }
        // Model2Vec drops [UNK] before pooling; added tokens are never pieces of a word.
        for id in pieces.skipped_ids() {
            if let Some(scale) = scales.get_mut(id as usize) {
                *scale = 0.0;
            }
        }
        let max = scales.iter().fold(0f32, |m, s| m.max(s.abs()));
        let unit = max / FIXED_ONE;
        let fixed = scales
            .iter()
            .map(|&s| {
                if s == 0.0 {
                    0
                } else {
                    // |s| / unit is at most 2^16; a counted row keeps at least one step.
                    let f = (s / unit).round() as i32;
                    if f == 0 {
                        if s < 0.0 { -1 } else { 1 }
                    } else {
                        f
                    }
                }
            })
            .collect();
        bytes.drain(..rows_at);
        Ok(Model {
            dim: dim as usize,
            bits,
            pieces,
            fixed,
            unit,
            rows: bytes,
            row_bytes,
        })
    }

    /// The length of a vector.
    pub fn dim(&self) -> usize {
        self.dim
    }

    /// The number of tokens.
    pub fn vocab_len(&self) -> usize {
        self.fixed.len()
    }

    /// The tokenizer.
    pub fn word_pieces(&self) -> &WordPiece {
        &self.pieces
    }

    /// Whether the piece with this id is pooled (its row is not skipped).
    pub fn is_pooled(&self, id: u32) -> bool {
        self.fixed.get(id as usize).is_some_and(|&f| f != 0)
    }

    /// A counted piece: its row's place and scale (`None` for a skipped row).
    fn piece(&self, id: u32) -> Option<Piece> {
        let scale = *self.fixed.get(id as usize)?;
        (scale != 0).then(|| Piece {
            // from_bytes checked that every row starts below u32::MAX.
            row: (id as usize * self.row_bytes) as u32,
            scale,
        })
    }

    /// `out = Σ scale × q` over the rows of `pieces`.
    fn sum_rows(&self, pieces: &[Piece], out: &mut [f32]) {
        out.fill(0.0);
        // Each group's lane sums stay below 2^31 (see `add_group`).
        let group = if self.bits == 4 { 4_096 } else { 128 };
        for pieces in pieces.chunks(group) {
            self.add_group(pieces, out);
        }
    }

    /// `out += Σ scale × q` over at most 4,096 rows (4-bit) or 128 (8-bit), in integers, two
    /// columns to an i64: a lane pair (hi × 2^32 + lo, each lane a signed value) times a
    /// fixed-point scale is the pair of products, and pairs add lane-wise as long as each
    /// lane's sum stays within i32 (|q| ≤ 8 or 128, |scale| ≤ 2^16). So a byte of a 4-bit row
    /// costs a table load, one multiply and one add for two values, where f32 would need two
    /// converts, two multiplies and two adds: in wasm without SIMD this loop is most of the
    /// time. Eight columns at a time keep the four sums in registers while every piece's slice
    /// of the block is read (a sentence's rows, a few KB, stay in L1 across blocks).
    fn add_group(&self, pieces: &[Piece], out: &mut [f32]) {
        let blocks = self.dim / BLOCK;
        let (head, tail) = out.split_at_mut(blocks * BLOCK);
        let block_bytes = BLOCK * self.bits as usize / 8;
        for (block, out8) in head.chunks_exact_mut(BLOCK).enumerate() {
            let mut acc = [0i64; BLOCK / 2];
            let at = block * block_bytes;
            for piece in pieces {
                let start = piece.row as usize + at;
                let Some(bytes) = self.rows.get(start..start + block_bytes) else {
                    continue;
                };
                let scale = i64::from(piece.scale);
                if self.bits == 4 {
                    for (a, &b) in acc.iter_mut().zip(bytes) {
                        *a = a.wrapping_add(NIBBLE_PAIRS[usize::from(b)].wrapping_mul(scale));
                    }
                } else {
                    for (a, b) in acc.iter_mut().zip(bytes.chunks_exact(2)) {
                        let pair = (i64::from(b[1] as i8) << 32) + i64::from(b[0] as i8);
                        *a = a.wrapping_add(pair.wrapping_mul(scale));
                    }
                }
            }
            for (pair, &a) in out8.chunks_exact_mut(2).zip(&acc) {
                let lo = a as i32;
                let hi = (a.wrapping_sub(i64::from(lo)) >> 32) as i32;
                pair[0] += lo as f32 * self.unit;
                pair[1] += hi as f32 * self.unit;
            }
        }
        // A dim that is not a multiple of 8: the last columns one at a time.
        for (k, o) in tail.iter_mut().enumerate() {
            let col = blocks * BLOCK + k;
            let sum: i64 = pieces
                .iter()
                .map(|p| i64::from(p.scale) * i64::from(self.value(p.row as usize, col)))
                .sum();
            *o += sum as f32 * self.unit;
        }
    }

    /// The quantized value in column `col` of the row at byte `row`.
    fn value(&self, row: usize, col: usize) -> i8 {
        if self.bits == 4 {
            let b = self.rows.get(row + col / 2).copied().unwrap_or(0);
            let nibble = if col % 2 == 0 { b << 4 } else { b & 0xF0 };
            (nibble as i8) >> 4
        } else {
            self.rows.get(row + col).copied().unwrap_or(0) as i8
        }
    }
}

/// A counted piece of a sentence: where its row starts and its fixed-point scale.
#[derive(Clone, Copy)]
struct Piece {
    row: u32,
    scale: i32,
}

/// Columns summed at a time: their sums stay in registers.
const BLOCK: usize = 8;

/// 2^16: the largest scale in fixed point.
const FIXED_ONE: f32 = 65_536.0;

/// A byte of a 4-bit row as a lane pair: high nibble × 2^32 + low nibble, each sign-extended.
const NIBBLE_PAIRS: [i64; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        let lo = (((b as u8) << 4) as i8 >> 4) as i64;
        let hi = ((b as u8) as i8 >> 4) as i64;
        table[b] = hi * (1 << 32) + lo;
        b += 1;
    }
    table
};

/// Chunks longer than this (in bytes) are tokenized each time instead of cached: they are rare
/// (URLs, runs without spaces) and would hold much memory.
const MAX_CACHED_CHUNK: usize = 64;

/// A chunk as the cache sees it: its first 8 bytes (zero-padded), its length and a hash.
#[derive(Clone, Copy)]
struct Key {
    head: u64,
    len: u32,
    hash: u64,
}

const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

impl Key {
    /// The key of `text[at..at + len]`. The head is one 8-byte load from the text where the
    /// text goes on that far (masked to the chunk), so a short word costs no copy.
    fn of(text: &[u8], at: usize, len: usize) -> Key {
        let chunk = text.get(at..at + len).unwrap_or(&[]);
        let head = match text.get(at..at + 8) {
            Some(word) => {
                let pad = 8 * 8usize.saturating_sub(len) as u32;
                le_u64(word) & u64::MAX.checked_shr(pad).unwrap_or(0)
            }
            None => le_u64(chunk),
        };
        let mut hash = (head ^ len as u64).wrapping_mul(MIX);
        for word in chunk.get(8..).unwrap_or(&[]).chunks(8) {
            hash = (hash.rotate_left(23) ^ le_u64(word)).wrapping_mul(MIX);
        }
        Key {
            head,
            len: len as u32,
            hash,
        }
    }
}

/// Up to 8 bytes as a little-endian u64, zero-padded.
fn le_u64(bytes: &[u8]) -> u64 {
    let mut word = [0; 8];
    for (w, b) in word.iter_mut().zip(bytes) {
        *w = *b;
    }
    u64::from_le_bytes(word)
}

/// One cached chunk: its key, the rest of its bytes past the head, and its pieces.
#[derive(Clone, Copy)]
struct Entry {
    head: u64,
    len: u32,
    /// Where bytes 8.. of the chunk are in `ChunkCache::tails`.
    tail: u32,
    /// Where its pieces are in `ChunkCache::pieces`.
    start: u32,
    count: u32,
}

/// Raw chunk → its counted pieces: open addressing with linear probing over entry indices,
/// keys compared by their first 8 bytes and length before any other byte. Written here
/// rather than a `HashMap<Box<[u8]>, _>`: that measured about a quarter of the wasm time
/// (hashing through `Hasher`, SwissTable groups without SIMD, a `memcmp` call per hit), this
/// about a tenth.
struct ChunkCache {
    /// Entry index + 1, or 0 for an empty slot; a power of two, at most half full.
    slots: Vec<u32>,
    entries: Vec<Entry>,
    tails: Vec<u8>,
    pieces: Vec<Piece>,
    max: usize,
}

impl ChunkCache {
    fn slot(&self, hash: u64) -> usize {
        // The high bits: the multiply in `Key::of` mixes upwards.
        (hash >> (64 - self.slots.len().trailing_zeros())) as usize
    }

    fn find(&self, key: &Key, chunk: &[u8]) -> Option<&[Piece]> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key.hash);
        loop {
            let e = *self.slots.get(i)?;
            let entry = self.entries.get((e as usize).checked_sub(1)?)?;
            if entry.head == key.head
                && entry.len == key.len
                && (key.len <= 8 || self.tail_of(entry) == chunk.get(8..).unwrap_or(&[]))
            {
                let start = entry.start as usize;
                return self.pieces.get(start..start + entry.count as usize);
            }
            i = (i + 1) & mask;
        }
    }

    fn tail_of(&self, entry: &Entry) -> &[u8] {
        let at = entry.tail as usize;
        let len = (entry.len as usize).saturating_sub(8);
        self.tails.get(at..at + len).unwrap_or(&[])
    }

    /// Caches a chunk that `find` did not have; clears everything first when full.
    fn insert(&mut self, key: &Key, chunk: &[u8], pieces: &[Piece]) {
        if self.entries.len() >= self.max
            || self.pieces.len() + pieces.len() > u32::MAX as usize
            || self.tails.len() + chunk.len() > u32::MAX as usize
        {
            self.entries.clear();
            self.tails.clear();
            self.pieces.clear();
            self.slots.fill(0);
        }
        if 2 * (self.entries.len() + 1) > self.slots.len() {
            self.grow();
        }
        let entry = Entry {
            head: key.head,
            len: key.len,
            tail: self.tails.len() as u32,
            start: self.pieces.len() as u32,
            count: pieces.len() as u32,
        };
        self.tails.extend_from_slice(chunk.get(8..).unwrap_or(&[]));
        self.pieces.extend_from_slice(pieces);
        self.entries.push(entry);
        self.place(key.hash, self.entries.len() as u32);
    }

    fn place(&mut self, hash: u64, value: u32) {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(hash);
        while let Some(slot) = self.slots.get_mut(i) {
            if *slot == 0 {
                *slot = value;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /// Doubles the slots (from 1,024) and places every entry again.
    fn grow(&mut self) {
        let len = (self.slots.len() * 2).max(1024);
        self.slots = vec![0; len];
        let mut chunk = Vec::new();
        for k in 0..self.entries.len() {
            let entry = self.entries[k];
            chunk.clear();
            chunk.extend_from_slice(&entry.head.to_le_bytes());
            chunk.truncate(entry.len as usize);
            chunk.extend_from_slice(self.tail_of(&entry));
            let key = Key::of(&chunk, 0, chunk.len());
            self.place(key.hash, k as u32 + 1);
        }
    }
}

/// Embeds many sentences with one model, caching each distinct chunk of raw text (what lies
/// between ASCII spaces and punctuation) with its counted pieces. The cache is bounded: past
/// the limit it is cleared.
pub struct Embedder<'m> {
    model: &'m Model,
    cache: ChunkCache,
    /// The pieces of the sentence being embedded.
    pieces: Vec<Piece>,
    scratch: Scratch,
    ids: Vec<u32>,
}

impl<'m> Embedder<'m> {
    /// An embedder that caches up to 32,768 chunks (about 1.5 MB).
    pub fn new(model: &'m Model) -> Self {
        Self {
            model,
            cache: ChunkCache {
                slots: Vec::new(),
                entries: Vec::new(),
                tails: Vec::new(),
                pieces: Vec::new(),
                max: 32_768,
            },
            pieces: Vec::new(),
            scratch: Scratch::default(),
            ids: Vec::new(),
        }
    }

    /// How many distinct chunks to cache before the cache is cleared (default 32,768; 0 turns
    /// the cache off).
    pub fn max_cached_chunks(mut self, chunks: usize) -> Self {
        self.cache.max = chunks;
        self
    }

    /// The model.
    pub fn model(&self) -> &'m Model {
        self.model
    }

    /// The chunks now cached.
    pub fn cached_chunks(&self) -> usize {
        self.cache.entries.len()
    }

    /// Writes the L2-normalized mean of the text's piece rows into `out` (len dim); false, with
    /// `out` left zero, when the text has no counted piece (or `out` is not dim long, when
    /// nothing is written).
    pub fn embed(&mut self, text: &str, out: &mut [f32]) -> bool {
        let model = self.model;
        if out.len() != model.dim {
            return false;
        }
        self.pieces.clear();
        let bytes = text.as_bytes();
        for unit in model.pieces.units(text) {
            match unit {
                Unit::Punct(c) => {
                    let id = model.pieces.punct_id(c);
                    if let Some(piece) = model.piece(id) {
                        self.pieces.push(piece);
                    }
                }
                Unit::Added(_) => {}
                Unit::Chunk(chunk) => {
                    let at = chunk.as_ptr() as usize - text.as_ptr() as usize;
                    let key = Key::of(bytes, at, chunk.len());
                    match self.cache.find(&key, chunk.as_bytes()) {
                        Some(pieces) => self.pieces.extend_from_slice(pieces),
                        None => self.chunk_miss(chunk, &key),
                    }
                }
            }
        }
        if self.pieces.is_empty() {
            out.fill(0.0);
            return false;
        }
        model.sum_rows(&self.pieces, out);
        // The mean's 1/count does not change the direction: normalizing the sum is the same.
        let norm = out.iter().map(|v| v * v).sum::<f32>().sqrt();
        if norm == 0.0 || !norm.is_finite() {
            out.fill(0.0);
            return false;
        }
        let inv = 1.0 / norm;
        out.iter_mut().for_each(|v| *v *= inv);
        true
    }

    /// Tokenizes a chunk that is not cached, adds its pieces to the sentence's, and caches them
    /// unless the chunk is too long.
    #[cold]
    fn chunk_miss(&mut self, chunk: &str, key: &Key) {
        let model = self.model;
        self.ids.clear();
        model
            .pieces
            .chunk_ids(chunk, &mut self.scratch, &mut self.ids);
        let first = self.pieces.len();
        self.pieces
            .extend(self.ids.iter().filter_map(|&id| model.piece(id)));
        if chunk.len() <= MAX_CACHED_CHUNK && self.cache.max > 0 {
            self.cache
                .insert(key, chunk.as_bytes(), &self.pieces[first..]);
        }
    }
}
