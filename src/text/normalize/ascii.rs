//! The fold of [plain](super::is_plain) text. Runs of ASCII letters and digits are found from
//! the masks of a 16-byte window at each word's start (wasm SIMD128 where the build enables it,
//! SSE2 on x86-64, two 64-bit words otherwise): no branch per byte, whose exit a loop over
//! bytes cannot predict on text new to the branch predictor. Each window also
//! holds its bytes lower-cased, from which a word of up to 16 bytes is hashed with no copy
//! ([`crate::util::hash::word16`]).
//!
//! One file over 400 lines with its tests: the windows, the runs they find and the fold's
//! rules on those runs are read together.

use crate::util::hash;

/// Sixteen bytes of a text from one position (zeros past its end), classified.
#[derive(Clone, Copy)]
pub(super) struct Window {
    /// Bit `j`: whether byte `j` is an ASCII letter or digit.
    alnum: u32,
    /// Bit `j`: whether byte `j` is an ASCII upper-case letter.
    upper: u32,
    /// The bytes, ASCII upper-case letters lower-cased.
    lower: [u8; 16],
}

/// The bits below bit `n` (`n` ≤ 16).
fn below(n: usize) -> u32 {
    (1u32 << n) - 1
}

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
fn classify(chunk: &[u8; 16]) -> Window {
    use core::arch::wasm32::*;
    // SAFETY: `chunk` is 16 bytes; `v128_load` needs no alignment.
    let v = unsafe { v128_load(chunk.as_ptr().cast::<v128>()) };
    let within = |lo: u8, span: u8| u8x16_lt(u8x16_sub(v, u8x16_splat(lo)), u8x16_splat(span));
    let (digit, upper, lower) = (within(b'0', 10), within(b'A', 26), within(b'a', 26));
    let lowered = v128_or(v, v128_and(upper, u8x16_splat(0x20)));
    let mut out = [0u8; 16];
    // SAFETY: `out` is 16 bytes; `v128_store` needs no alignment.
    unsafe { v128_store(out.as_mut_ptr().cast::<v128>(), lowered) };
    Window {
        alnum: u32::from(u8x16_bitmask(v128_or(digit, v128_or(upper, lower)))),
        upper: u32::from(u8x16_bitmask(upper)),
        lower: out,
    }
}

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
fn classify(chunk: &[u8; 16]) -> Window {
    // SSE2, which the cfg requires (every x86-64 target but the soft-float ones has it).
    use core::arch::x86_64::*;
    // SAFETY: the cfg requires SSE2; `chunk` is 16 bytes and the loads and stores need no
    // alignment.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast::<__m128i>());
        let within = |lo: u8, span: u8| {
            let d = _mm_sub_epi8(v, _mm_set1_epi8(lo as i8));
            _mm_cmpeq_epi8(
                _mm_subs_epu8(d, _mm_set1_epi8(span as i8 - 1)),
                _mm_setzero_si128(),
            )
        };
        let (digit, upper, lower) = (within(b'0', 10), within(b'A', 26), within(b'a', 26));
        let lowered = _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
        let mut out = [0u8; 16];
        _mm_storeu_si128(out.as_mut_ptr().cast::<__m128i>(), lowered);
        let alnum = _mm_or_si128(digit, _mm_or_si128(upper, lower));
        Window {
            alnum: _mm_movemask_epi8(alnum) as u32,
            upper: _mm_movemask_epi8(upper) as u32,
            lower: out,
        }
    }
}

#[cfg(not(any(
    all(target_arch = "wasm32", target_feature = "simd128"),
    all(target_arch = "x86_64", target_feature = "sse2")
)))]
fn classify(chunk: &[u8; 16]) -> Window {
    classify_swar(chunk)
}

/// [`classify`] for targets without SIMD, or for checking it.
#[cfg_attr(
    any(
        all(target_arch = "wasm32", target_feature = "simd128"),
        all(target_arch = "x86_64", target_feature = "sse2")
    ),
    allow(dead_code)
)]
fn classify_swar(chunk: &[u8; 16]) -> Window {
    let (lo, hi) = (swar::Classes::of(chunk, 0), swar::Classes::of(chunk, 8));
    let mut lower = [0u8; 16];
    lower[..8].copy_from_slice(&lo.lower.to_le_bytes());
    lower[8..].copy_from_slice(&hi.lower.to_le_bytes());
    Window {
        alnum: lo.alnum | hi.alnum << 8,
        upper: lo.upper | hi.upper << 8,
        lower,
    }
}

/// Bit `j`: whether byte `j` of `chunk` is over 0x7F.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
pub(super) fn high_bits(chunk: &[u8; 16]) -> u32 {
    use core::arch::wasm32::*;
    // SAFETY: `chunk` is 16 bytes; `v128_load` needs no alignment.
    u32::from(u8x16_bitmask(unsafe {
        v128_load(chunk.as_ptr().cast::<v128>())
    }))
}

/// Bit `j`: whether byte `j` of `chunk` is over 0x7F.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
pub(super) fn high_bits(chunk: &[u8; 16]) -> u32 {
    use core::arch::x86_64::*;
    // SAFETY: the cfg requires SSE2; `chunk` is 16 bytes, the load needs no alignment.
    unsafe { _mm_movemask_epi8(_mm_loadu_si128(chunk.as_ptr().cast::<__m128i>())) as u32 }
}

/// The classes of eight bytes at once, in the bits of a `u64` (SWAR), for builds without SIMD.
mod swar {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;

    pub(super) struct Classes {
        pub(super) alnum: u32,
        pub(super) upper: u32,
        pub(super) lower: u64,
    }

    impl Classes {
        pub(super) fn of(chunk: &[u8; 16], at: usize) -> Self {
            let mut w = [0u8; 8];
            w.copy_from_slice(&chunk[at..at + 8]);
            let x = u64::from_le_bytes(w);
            // Bytes over 0x7F are never letters or digits: their high bit is cleared before
            // the sums (which then carry into no other byte) and excluded after.
            let (t, ascii) = (x & !HIGH, !x & HIGH);
            let at_least = |c: u8| t + (0x80 - u64::from(c)) * ONES;
            let within = |lo: u8, hi: u8| at_least(lo) & !at_least(hi + 1) & ascii;
            let upper = within(b'A', b'Z');
            let alnum = within(b'0', b'9') | upper | within(b'a', b'z');
            Self {
                alnum: gather(alnum),
                upper: gather(upper),
                lower: x | upper >> 2,
            }
        }
    }

    /// The high bit of each byte of `m` (which has no other bits), byte `j` to bit `j`.
    fn gather(m: u64) -> u32 {
        ((m >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u32
    }
}

/// The windows of one text: straight from the text, or, within sixteen bytes of its end, from a
/// copy of its last bytes followed by zeros.
struct Windows<'a> {
    bytes: &'a [u8],
    tail: [u8; 32],
    tail_start: usize,
}

impl<'a> Windows<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        let tail_start = bytes.len().saturating_sub(16);
        let mut tail = [0u8; 32];
        // A copy of 16 bytes, of known length, but for texts under 16 bytes (one per sentence:
        // a copy of unknown length is a call in wasm).
        match bytes.last_chunk::<16>() {
            Some(last) => tail[..16].copy_from_slice(last),
            None => tail[..bytes.len()].copy_from_slice(bytes),
        }
        Self {
            bytes,
            tail,
            tail_start,
        }
    }

    /// The window at `p` (≤ the text's length).
    #[inline(always)]
    fn at(&self, p: usize) -> Window {
        classify(self.chunk(p))
    }

    /// The sixteen bytes at `p` (≤ the text's length).
    #[inline(always)]
    fn chunk(&self, p: usize) -> &[u8; 16] {
        self.bytes[p..]
            .first_chunk::<16>()
            .or_else(|| self.tail[p - self.tail_start..].first_chunk::<16>())
            .unwrap_or(&[0; 16])
    }

    /// The first letter or digit at or after `p`.
    fn next_alnum(&self, mut p: usize) -> Option<usize> {
        while p < self.bytes.len() {
            let w = self.at(p);
            if w.alnum != 0 {
                return Some(p + w.alnum.trailing_zeros() as usize);
            }
            p += 16;
        }
        None
    }
}

/// A run of letters and digits, `text[start..end]`, with an upper-case letter if `upper`; or
/// a word of such runs, one slice of the text still (`2.5`).
#[derive(Clone, Copy)]
pub(super) struct Run {
    start: usize,
    end: usize,
    upper: bool,
    /// The window at `start`.
    head: Window,
}

/// The runs of letters and digits of `bytes`, in order.
fn for_each_run(bytes: &[u8], mut f: impl FnMut(Run)) {
    let windows = Windows::new(bytes);
    let mut next = windows.next_alnum(0);
    while let Some(start) = next {
        let head = windows.at(start);
        let len = (!head.alnum).trailing_zeros() as usize;
        let (mut end, mut upper) = (start + len, head.upper & below(len) != 0);
        if len == 16 {
            // Longer than a window (rare): on to the end of the run.
            while end < bytes.len() {
                let w = windows.at(end);
                let more = (!w.alnum).trailing_zeros() as usize;
                upper |= w.upper & below(more) != 0;
                end += more;
                if more < 16 {
                    break;
                }
            }
            next = windows.next_alnum(end);
        } else {
            // The next run most often starts in the same window.
            let rest = head.alnum & !below(len);
            next = if rest != 0 {
                Some(start + rest.trailing_zeros() as usize)
            } else {
                windows.next_alnum(start + 16)
            };
        }
        f(Run {
            start,
            end,
            upper,
            head,
        });
    }
}

/// Where [`fold`] hands its words.
pub(super) trait Sink {
    /// A word that is one slice of `text`; `buf` is empty, and empty again after.
    fn slice(&mut self, buf: &mut String, text: &str, word: Run);
    /// A word built lower-case in `w`.
    fn owned(&mut self, w: &str);
}

/// Hands each word to `emit` as a string: the slice of the text when it is lower-case already.
pub(super) struct Words<F>(pub(super) F);

impl<F: FnMut(&str)> Sink for Words<F> {
    #[inline(always)]
    fn slice(&mut self, buf: &mut String, text: &str, word: Run) {
        if word.upper {
            push_lower(buf, &text[word.start..word.end]);
            (self.0)(buf.as_str());
            buf.clear();
        } else {
            (self.0)(&text[word.start..word.end]);
        }
    }

    fn owned(&mut self, w: &str) {
        (self.0)(w)
    }
}

/// Hands each word's [`hash::word`] to `emit`, from its window when it has up to 16 bytes.
pub(super) struct Hashes<F>(pub(super) F);

impl<F: FnMut(u64)> Sink for Hashes<F> {
    #[inline(always)]
    fn slice(&mut self, buf: &mut String, text: &str, word: Run) {
        let len = word.end - word.start;
        // `word16` reads its masks as little-endian words: big-endian targets hash the copy.
        if cfg!(target_endian = "little") && len <= 16 {
            (self.0)(hash::word16(&word.head.lower, len));
        } else {
            push_lower(buf, &text[word.start..word.end]);
            (self.0)(hash::word(buf.as_str()));
            buf.clear();
        }
    }

    fn owned(&mut self, w: &str) {
        (self.0)(hash::word(w))
    }
}

/// How a run of letters and digits meets the word before it, across the `gap` between them.
enum Join {
    /// One word, the gap kept (a decimal point).
    Keep,
    /// One word, the gap dropped (`U.S`, `Israel’s`, `2,000`).
    Drop,
    /// A new word.
    End,
}

/// The curly apostrophes, which join a word as `'` does (`Israel’s` = `Israels`).
const CURLY_APOSTROPHES: [&[u8]; 2] = ["’".as_bytes(), "‘".as_bytes()];

fn join(gap: &[u8], prev_digit: bool, next_digit: bool) -> Join {
    match gap {
        b" " => Join::End,
        b"." if prev_digit && next_digit => Join::Keep,
        b"." | b"'" if !prev_digit && !next_digit => Join::Drop,
        _ if !prev_digit && !next_digit && CURLY_APOSTROPHES.contains(&gap) => Join::Drop,
        b"," if prev_digit && next_digit => Join::Drop,
        _ => Join::End,
    }
}

/// Appends `s` lower-cased.
fn push_lower(buf: &mut String, s: &str) {
    let len = buf.len();
    buf.push_str(s);
    buf[len..].make_ascii_lowercase();
}

/// Hands the pending word to `sink`: `buf` if it holds it, else the slice.
#[inline(always)]
fn flush(text: &str, buf: &mut String, word: Run, sink: &mut impl Sink) {
    if buf.is_empty() {
        sink.slice(buf, text, word);
    } else {
        sink.owned(buf);
        buf.clear();
    }
}

/// [`super::fold`] for plain text, a run of letters and digits at a time: the same rules,
/// handing each word to `sink` as it ends instead of building the key. The bytes of a plain
/// text's punctuation are never letters or digits.
///
/// Most words are one slice of the text: those go to `sink` as the slice. `buf` holds a word
/// only once it drops a joiner or keeps a decimal point after one was dropped.
pub(super) fn fold(text: &str, buf: &mut String, mut sink: impl Sink) {
    let bytes = text.as_bytes();
    let mut pending: Option<Run> = None;
    for_each_run(bytes, |run| {
        let Some(word) = pending.as_mut() else {
            pending = Some(run);
            return;
        };
        let (prev_digit, next_digit) = (
            bytes[word.end - 1].is_ascii_digit(),
            bytes[run.start].is_ascii_digit(),
        );
        match join(&bytes[word.end..run.start], prev_digit, next_digit) {
            Join::Keep if buf.is_empty() => word.upper |= run.upper,
            Join::Keep => push_lower(buf, &text[word.end..run.end]),
            Join::Drop => {
                if buf.is_empty() {
                    push_lower(buf, &text[word.start..word.end]);
                }
                push_lower(buf, &text[run.start..run.end]);
            }
            Join::End => {
                flush(text, buf, *word, &mut sink);
                *word = run;
            }
        }
        word.end = run.end;
    });
    if let Some(word) = pending {
        flush(text, buf, word, &mut sink);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The windows' masks and lower-cased bytes, at every offset of text with every class of
    /// byte, up to its end.
    #[test]
    fn windows_classify_each_byte() {
        let text = "Israel’s “GOOD faith” — U.S. 2,000 [x] @`{ZAza09/:} é\u{a0}…\u{7f}";
        let bytes = text.as_bytes();
        let windows = Windows::new(bytes);
        for p in 0..bytes.len() {
            let w = windows.at(p);
            let swar = classify_swar(windows.chunk(p));
            assert_eq!(
                (w.alnum, w.upper, w.lower),
                (swar.alnum, swar.upper, swar.lower)
            );
            for j in 0..16 {
                let b = bytes.get(p + j).copied().unwrap_or(0);
                let at = format!("byte {j} from {p}");
                assert_eq!(w.alnum >> j & 1 == 1, b.is_ascii_alphanumeric(), "{at}");
                assert_eq!(w.upper >> j & 1 == 1, b.is_ascii_uppercase(), "{at}");
                assert_eq!(w.lower[j], b.to_ascii_lowercase(), "{at}");
            }
        }
    }

    /// Every byte value, at every position of a window, by the build's classifier and by SWAR.
    #[test]
    fn every_byte_value_is_classified() {
        let bytes: Vec<u8> = (0..=255u8).chain(0..=255u8).collect();
        for p in 0..256 {
            let chunk: &[u8; 16] = bytes[p..p + 16].try_into().unwrap();
            for w in [classify(chunk), classify_swar(chunk)] {
                for (j, &b) in chunk.iter().enumerate() {
                    assert_eq!(w.alnum >> j & 1 == 1, b.is_ascii_alphanumeric(), "{b}");
                    assert_eq!(w.upper >> j & 1 == 1, b.is_ascii_uppercase(), "{b}");
                    assert_eq!(w.lower[j], b.to_ascii_lowercase(), "{b}");
                }
            }
            let high = chunk.iter().enumerate().filter(|(_, b)| **b > 0x7f);
            assert_eq!(high_bits(chunk), high.fold(0, |m, (j, _)| m | 1 << j));
        }
    }

    /// The runs are the maximal runs of ASCII letters and digits, long ones included.
    #[test]
    fn runs_are_the_alphanumeric_runs() {
        let long = "x".repeat(40);
        for text in [
            "Hamas freed him, said officials in Gaza’s south.",
            &format!("{long} a{long}B {long}"),
            "a",
            "  ",
            "abcdefghijklmnopQ rstuvwxyzabcdefg",
        ] {
            let mut got = Vec::new();
            for_each_run(text.as_bytes(), |r| {
                got.push((&text[r.start..r.end], r.upper))
            });
            let want: Vec<_> = text
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| (w, w.bytes().any(|b| b.is_ascii_uppercase())))
                .collect();
            assert_eq!(got, want, "{text:?}");
        }
    }
}
