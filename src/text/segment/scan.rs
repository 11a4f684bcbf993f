//! The scan for the next byte where a sentence may end: 16 bytes at a time with wasm SIMD128
//! where the build enables it (for paragraphs that are not ASCII, as news copy with curly
//! quotes is not; bench/RESULTS.md has what it saves), a byte at a time otherwise. The SIMD
//! path is checked against native segmentation in the browser (tests/browser.rs).

/// The first byte of `window` that is `.`, `!` or `?`, or leads a multi-byte character (every
/// other terminator is one; the caller decodes it).
pub(super) fn terminator_or_lead(window: &[u8]) -> Option<usize> {
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    {
        simd(window)
    }
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    {
        bytewise(window)
    }
}

fn is_candidate(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?') || b >= 0xc0
}

#[cfg_attr(
    all(target_arch = "wasm32", target_feature = "simd128"),
    allow(dead_code)
)]
fn bytewise(window: &[u8]) -> Option<usize> {
    window.iter().position(|&b| is_candidate(b))
}

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
fn simd(window: &[u8]) -> Option<usize> {
    use core::arch::wasm32::*;
    let mut chunks = window.chunks_exact(16);
    let mut at = 0;
    for chunk in &mut chunks {
        // SAFETY: `chunk` is 16 bytes; `v128_load` needs no alignment.
        let v = unsafe { v128_load(chunk.as_ptr().cast::<v128>()) };
        let hit = v128_or(
            v128_or(
                u8x16_eq(v, u8x16_splat(b'.')),
                u8x16_eq(v, u8x16_splat(b'!')),
            ),
            v128_or(
                u8x16_eq(v, u8x16_splat(b'?')),
                u8x16_ge(v, u8x16_splat(0xc0)),
            ),
        );
        let mask = u8x16_bitmask(hit);
        if mask != 0 {
            return Some(at + mask.trailing_zeros() as usize);
        }
        at += 16;
    }
    bytewise(chunks.remainder()).map(|k| at + k)
}
