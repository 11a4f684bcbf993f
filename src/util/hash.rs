//! Hash maps and sets with one fixed seed, so that results never vary from run to run; and the
//! hash of a word and of a word sequence, the same values [`HASH`] gives, computed without
//! foldhash's general `Hasher` (the floor's hot loop, see [`word`]).

use core::hash::BuildHasher;
use std::collections::{HashMap, HashSet};

use foldhash::fast::FixedState;

/// The seed of [`HASH`].
const SEED: u64 = 0x05ee_da17_c1e5;

/// Hash state shared by all keys, fixed so that results do not vary from run to run.
pub(crate) const HASH: FixedState = FixedState::with_seed(SEED);

/// A hash map with the fixed [`HASH`] state.
pub(crate) type Map<K, V> = HashMap<K, V, FixedState>;

/// An empty [`Map`].
pub(crate) fn map<K, V>() -> Map<K, V> {
    HashMap::with_hasher(HASH)
}

/// A hash set with the fixed [`HASH`] state.
pub(crate) type Set<K> = HashSet<K, FixedState>;

/// An empty [`Set`].
pub(crate) fn set<K>() -> Set<K> {
    HashSet::with_hasher(HASH)
}

// foldhash 0.2's constants: `FixedState::with_seed` XORs the seed with ARBITRARY3, and the
// fixed shared seeds start with ARBITRARY6 and ARBITRARY7. The tests below check every value
// against `HASH` itself, so a foldhash that changes them fails there, not in a report.
const START: u64 = SEED ^ 0x082e_fa98_ec4e_6c89;
const SEED0: u64 = 0xc0ac_29b7_c97c_50dd;
const SEED1: u64 = 0x3f84_d5b5_b547_0917;

/// Whether foldhash computes the full 128-bit product on this target (its own condition,
/// foldhash 0.2 `folded_multiply`): where the target has a 64×64 multiply.
const FULL_PRODUCT: bool = cfg!(any(
    all(
        target_pointer_width = "64",
        not(any(target_arch = "sparc64", target_arch = "wasm64")),
    ),
    target_arch = "aarch64",
    target_arch = "x86_64",
    all(target_family = "wasm", target_feature = "wide-arithmetic"),
));

/// foldhash's multiply-and-fold, as it computes it on each target: the full 128-bit product
/// where [`FULL_PRODUCT`], else its four 32×32 products, as on wasm32 (whose hash values
/// therefore differ from native ones).
#[inline(always)]
fn folded_multiply(x: u64, y: u64) -> u64 {
    if FULL_PRODUCT {
        let full = (x as u128).wrapping_mul(y as u128);
        (full as u64) ^ ((full >> 64) as u64)
    } else {
        let (lx, ly, hx, hy) = (x as u32 as u64, y as u32 as u64, x >> 32, y >> 32);
        let (ll, lh, hl, hh) = (
            lx.wrapping_mul(ly),
            lx.wrapping_mul(hy),
            hx.wrapping_mul(ly),
            hx.wrapping_mul(hy),
        );
        (hh ^ ll) ^ (hl ^ lh).rotate_right(32)
    }
}

/// `HASH.hash_one(w)`: the same value, without the general hasher, whose `str` hash ends with a
/// `0xff` byte written into a 128-bit buffer (a 128-bit shift, a libcall in wasm) for every
/// word. Words over 16 bytes, rare, go through `HASH` itself.
#[inline]
pub(crate) fn word(w: &str) -> u64 {
    let bytes = w.as_bytes();
    let len = bytes.len();
    if len > 16 {
        return HASH.hash_one(w);
    }
    // foldhash's `write` of ≤ 16 bytes: overlapping reads of the first and last bytes.
    let mut s0 = START.rotate_right(len as u32);
    let mut s1 = SEED1;
    if len >= 8 {
        s0 ^= read_u64(&bytes[..8]);
        s1 ^= read_u64(&bytes[len - 8..]);
    } else if len >= 4 {
        s0 ^= read_u32(&bytes[..4]);
        s1 ^= read_u32(&bytes[len - 4..]);
    } else if len > 0 {
        s0 ^= bytes[0] as u64;
        s1 ^= ((bytes[len - 1] as u64) << 8) | bytes[len / 2] as u64;
    }
    // Then `write_u8(0xff)` (the end of a `str`) and `finish`.
    folded_multiply(0xff ^ folded_multiply(s0, s1), SEED0)
}

/// [`word`] of the word `bytes[..len]` (1 ≤ `len` ≤ 16), the bytes past it ignored, on a
/// little-endian target: branch-free, the reads of every length computed and one selected, as the
/// length of the next word of varied text cannot be predicted (bench/RESULTS.md, issue 17).
#[inline(always)]
pub(crate) fn word16(bytes: &[u8; 16], len: usize) -> u64 {
    debug_assert!((1..=16).contains(&len));
    // Selects, not branches (LLVM makes branches of `if`s on the length; `select_unpredictable`
    // is past the MSRV).
    let pick = |c: bool, x: u64, y: u64| {
        let m = u64::from(c).wrapping_neg();
        x & m | y & !m
    };
    let first = read_u64(&bytes[..8]);
    // Words of 4 to 16 bytes: their first and last 4 (under 8 bytes) or 8 bytes.
    let wide = pick(len >= 8, u64::MAX, 0xffff_ffff);
    let off = len.wrapping_sub(pick(len >= 8, 8, 4) as usize).min(8);
    let last = read_u64(&bytes[off..off + 8]) & wide;
    // Words of 1 to 3 bytes: the first, last and middle bytes (shifts wrap for other lengths).
    let byte = |n: usize| first.wrapping_shr(8 * n as u32) & 0xff;
    let short = byte(len.wrapping_sub(1)) << 8 | byte(len / 2);
    let a = first & pick(len >= 4, wide, 0xff);
    let b = pick(len >= 4, last, short);
    let (s0, s1) = (START.rotate_right(len as u32) ^ a, SEED1 ^ b);
    folded_multiply(0xff ^ folded_multiply(s0, s1), SEED0)
}

fn read_u64(b: &[u8]) -> u64 {
    let mut w = [0; 8];
    w.copy_from_slice(b);
    u64::from_ne_bytes(w)
}

fn read_u32(b: &[u8]) -> u64 {
    let mut w = [0; 4];
    w.copy_from_slice(b);
    u32::from_ne_bytes(w) as u64
}

/// A hasher of `u64`s giving what `HASH.build_hasher()` fed with `write_u64` gives: foldhash
/// folds them in pairs, which this does with two words rather than its 128-bit buffer.
pub(crate) struct Words {
    acc: u64,
    lo: u64,
    hi: u64,
    held: u8,
}

impl Words {
    pub(crate) fn new() -> Self {
        Self {
            acc: START,
            lo: 0,
            hi: 0,
            held: 0,
        }
    }

    #[inline]
    pub(crate) fn write(&mut self, x: u64) {
        match self.held {
            0 => (self.lo, self.held) = (x, 1),
            1 => (self.hi, self.held) = (x, 2),
            _ => {
                self.acc = folded_multiply(self.lo ^ self.acc, self.hi ^ SEED0);
                (self.lo, self.hi, self.held) = (x, 0, 1);
            }
        }
    }

    pub(crate) fn finish(&self) -> u64 {
        if self.held == 0 {
            self.acc
        } else {
            folded_multiply(self.lo ^ self.acc, self.hi ^ SEED0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::hash::Hasher;

    /// Every word of the five articles, words of every length up to past 16 bytes, and every
    /// prefix of each word sequence give the values `HASH` gives.
    #[test]
    fn word_hashes_are_foldhashs() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
        let mut words: Vec<String> = (0..=40)
            .map(|n| "abcdefghij".repeat(4)[..n].to_owned())
            .collect();
        words.extend(["é", "東京", "2.5", "u"].map(String::from));
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let key = crate::text::normalize::key_of(&text);
            words.extend(crate::text::normalize::words(&key).map(String::from));
        }
        assert!(words.len() > 2000, "{} words", words.len());
        let (mut ours, mut theirs) = (Words::new(), HASH.build_hasher());
        for (n, w) in words.iter().enumerate() {
            assert_eq!(word(w), HASH.hash_one(w.as_str()), "{w:?}");
            if (1..=16).contains(&w.len()) {
                // Whatever follows the word in its window.
                for fill in [0, b' ', 0xff] {
                    let mut window = [fill; 16];
                    window[..w.len()].copy_from_slice(w.as_bytes());
                    assert_eq!(word16(&window, w.len()), word(w), "{w:?} then {fill}");
                }
            }
            ours.write(n as u64 ^ word(w));
            theirs.write_u64(n as u64 ^ word(w));
            assert_eq!(ours.finish(), theirs.finish(), "after {n} words");
        }
        assert_eq!(Words::new().finish(), HASH.build_hasher().finish());
    }
}
