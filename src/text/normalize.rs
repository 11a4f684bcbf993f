//! Comparison keys: the form in which two sentences or two words are compared.
//!
//! A key ignores what a reader does not see as a difference between two outlets' copy:
//!
//! * Unicode normalization form (keys are NFKC, so `é` precomposed or not, fullwidth or not);
//! * case (`Hamas` = `HAMAS`);
//! * punctuation, quotes and dashes (`“good faith”` = `"good faith"`, `long-term` = `long term`);
//! * non-breaking, zero-width and repeated spaces, and soft hyphens;
//! * dots and apostrophes inside a word (`U.S.` = `US`, `Israel’s` = `Israels`) and thousands
//!   separators (`2,000` = `2000`); a decimal point stays (`2.5` ≠ `25`).
//!
//! A key is the words of the text, lowercase, separated by single spaces. Keys are only ever
//! compared; every highlight points back into the original text through its span.

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

mod ascii;

/// Writes the comparison key of `text` into `out` (cleared first).
///
/// ```
/// let mut key = String::new();
/// article_compare::normalize::key("The U.S. “good‑faith” effort – 2,000\u{a0}Prisoners", &mut key);
/// assert_eq!(key, "the us good faith effort 2000 prisoners");
/// ```
pub fn key(text: &str, out: &mut String) {
    key_with_words(text, out, |_| {});
}

/// [`key`], calling `emit` with each of its [`words`] in order as well: one fold gives both.
pub(crate) fn key_with_words(text: &str, out: &mut String, mut emit: impl FnMut(&str)) {
    out.clear();
    if is_plain(text) {
        let mut word = String::new();
        ascii::fold(
            text,
            &mut word,
            ascii::Words(|w: &str| {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(w);
                emit(w);
            }),
        );
    } else {
        fold_nfkc(text, out);
        if out.ends_with(' ') {
            out.pop();
        }
        words(out).for_each(emit);
    }
}

/// The comparison key of `text` as a new string; see [`key`].
pub fn key_of(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    key(text, &mut out);
    out
}

/// The words of a key, as the unit of similarity: UAX #29 words, so Chinese and Japanese text
/// yields one token per ideograph rather than one per clause.
pub fn words(key: &str) -> Box<dyn Iterator<Item = &str> + '_> {
    // An ASCII key holds only `[a-z0-9 .]`, with `.` only between digits, where UAX #29 does
    // not break either: splitting on spaces gives the same words, several times faster.
    if key.is_ascii() {
        Box::new(key.split(' ').filter(|w| !w.is_empty()))
    } else {
        Box::new(key.unicode_words())
    }
}

/// Calls `emit` with each of the [`words`] of the key of `text`, in order, without building the
/// key when `text` is ASCII (one pass; the common case for English news). `scratch` is reused.
pub fn for_each_word(text: &str, scratch: &mut String, mut emit: impl FnMut(&str)) {
    scratch.clear();
    if is_plain(text) {
        ascii::fold(text, scratch, ascii::Words(emit));
    } else {
        fold_nfkc(text, scratch);
        words(scratch).for_each(&mut emit);
    }
}

/// Calls `emit` with the hash ([`crate::util::hash::word`]) of each of the [`words`] of the key
/// of `text`, in order: [`for_each_word`] for those who need only the hashes, which then hashes
/// most words of ASCII text where they are found, lower-casing no copy.
pub(crate) fn for_each_word_hash(text: &str, scratch: &mut String, mut emit: impl FnMut(u64)) {
    scratch.clear();
    if is_plain(text) {
        ascii::fold(text, scratch, ascii::Hashes(emit));
    } else {
        fold_nfkc(text, scratch);
        words(scratch).for_each(|w| emit(crate::util::hash::word(w)));
    }
}

/// Whether `text` is ASCII but for the punctuation of English news copy: curly quotes and
/// apostrophes, hyphens and dashes (U+2010 to U+2015, the horizontal bar of some outlets' copy
/// included), the bullet, the ellipsis and the no-break space. [`ascii::fold`] folds such
/// text from its bytes to the key [`fold`] gives its NFKC form, with no decoding: the hot path of
/// making keys, as news copy quotes with “ ” and ’. Each of these is NFKC-stable or becomes
/// separators, and none is a letter or digit.
fn is_plain(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(at) = first_non_ascii(&bytes[i..]) {
        let Some(len) = plain_char_len(&bytes[i + at..]) else {
            return false;
        };
        i += at + len;
    }
    true
}

/// The length in bytes of the plain punctuation (see [`is_plain`]) that `rest` starts with, if
/// it starts with one: the no-break space, the hyphens and dashes U+2010 to U+2015, the curly
/// quotes and apostrophes, the bullet and the ellipsis.
pub(crate) fn plain_char_len(rest: &[u8]) -> Option<usize> {
    match rest {
        [0xC2, 0xA0, ..] => Some(2),
        [
            0xE2,
            0x80,
            0x90..=0x95 | 0x98 | 0x99 | 0x9C | 0x9D | 0xA2 | 0xA6,
            ..,
        ] => Some(3),
        _ => None,
    }
}

/// The index of the first byte of `bytes` over 0x7F: sixteen bytes at a time with SIMD (wasm
/// SIMD128, SSE2), eight otherwise, never byte by byte (it runs on every sentence and paragraph
/// of mostly ASCII text).
pub(super) fn first_non_ascii(bytes: &[u8]) -> Option<usize> {
    let mut at = 0;
    #[cfg(any(
        all(target_arch = "wasm32", target_feature = "simd128"),
        all(target_arch = "x86_64", target_feature = "sse2")
    ))]
    if let Some(last) = bytes.last_chunk::<16>() {
        for chunk in bytes.chunks_exact(16) {
            let high = ascii::high_bits(chunk.first_chunk().unwrap_or(&[0; 16]));
            if high != 0 {
                return Some(at + high.trailing_zeros() as usize);
            }
            at += 16;
        }
        // The last 16 bytes, overlapping those found ASCII (whose bits are clear), rather than
        // eight and then one at a time: `is_plain` searches anew after every curly quote.
        let high = ascii::high_bits(last);
        return (high != 0).then(|| bytes.len() - 16 + high.trailing_zeros() as usize);
    }
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes[at..].chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let high = u64::from_le_bytes(word) & HIGH;
        if high != 0 {
            return Some(at + high.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|b| !b.is_ascii())
        .map(|k| at + k)
}

/// Folds the NFKC form of `text`; most text (curly quotes, accents already composed) is NFKC
/// already, which the quick check confirms far faster than normalizing.
fn fold_nfkc(text: &str, out: &mut String) {
    if unicode_normalization::is_nfkc_quick(text.chars())
        == unicode_normalization::IsNormalized::Yes
    {
        fold(text.chars(), out);
    } else {
        fold(text.nfkc(), out);
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Prev {
    Start,
    Space,
    Letter,
    Digit,
}

fn fold(chars: impl Iterator<Item = char>, out: &mut String) {
    let mut prev = Prev::Start;
    // A joiner (`.` `,` `'`) seen after a word character, waiting for the next character.
    let mut held: Option<char> = None;
    for c in chars {
        if c.is_alphanumeric() {
            if let Some(j) = held.take() {
                let digit = c.is_numeric();
                match j {
                    '.' if prev == Prev::Digit && digit => out.push('.'),
                    '.' | '\'' if prev == Prev::Letter && !digit => {}
                    ',' if prev == Prev::Digit && digit => {}
                    _ => out.push(' '),
                }
            }
            for l in c.to_lowercase() {
                out.push(l);
            }
            prev = if c.is_numeric() {
                Prev::Digit
            } else {
                Prev::Letter
            };
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        let joiner = match c {
            '.' | ',' => Some(c),
            '\'' | '’' | 'ʼ' | '‘' => Some('\''),
            _ => None,
        };
        if let Some(j) = joiner
            && matches!(prev, Prev::Letter | Prev::Digit)
            && held.is_none()
        {
            held = Some(j);
            continue;
        }
        held = None;
        if matches!(prev, Prev::Letter | Prev::Digit) {
            out.push(' ');
            prev = Prev::Space;
        }
    }
    if held.is_some() && matches!(prev, Prev::Letter | Prev::Digit) {
        out.push(' ');
    }
}

/// Characters that change nothing a reader sees: zero-width spaces and joiners, soft hyphens,
/// byte-order marks, and combining marks left over after NFKC.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{00ad}'
    ) || unicode_normalization::char::is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! keys {
        ($name:ident: $($input:expr => $want:expr),+ $(,)?) => {
            #[test]
            fn $name() {
                $(assert_eq!(key_of($input), $want, "key of {:?}", $input);)+
            }
        };
    }

    keys!(case_and_punctuation:
        "Hamas" => "hamas",
        "HAMAS!" => "hamas",
        "Hello, world." => "hello world",
        "  spaced\t\n out  " => "spaced out",
        "" => "",
        "?!" => "",
    );

    keys!(quotes_and_dashes:
        "“good faith”" => "good faith",
        "\"good faith\"" => "good faith",
        "long-term" => "long term",
        "long–term — truce" => "long term truce",
        "Israel’s" => "israels",
        "Israel's" => "israels",
        "'quoted'" => "quoted",
    );

    /// The byte-level fold of plain text gives the key the NFKC fold gives.
    #[test]
    fn plain_text_folds_as_nfkc() {
        let mut cases: Vec<String> = [
            "Israel’s “good faith” — U.S.’s 2,000…3 ‘quoted’ a\u{a0}b don’t 2’3 x–y",
            "’leading and trailing‘",
            "He said: “No.” …",
            "1997’s 3.5’ 4’s",
            "a―b ‐c‑d ‒e • f—g–h",
        ]
        .map(String::from)
        .into();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            cases.extend(text.lines().filter(|l| is_plain(l)).map(String::from));
        }
        cases.extend(window_edges());
        assert!(cases.iter().filter(|c| !c.is_ascii()).count() >= 10);
        for case in &cases {
            assert!(is_plain(case), "{case:?}");
            let mut general = String::new();
            fold_nfkc(case, &mut general);
            if general.ends_with(' ') {
                general.pop();
            }
            assert_eq!(key_of(case), general, "key of {case:?}");
        }
        assert!(!is_plain("café"));
        assert!(!is_plain("zero\u{200b}width"));
    }

    /// A tail of words that end, straddle and fill 16-byte windows, after every prefix of up to
    /// 34 spaces or letters: each of its words starts at every offset of a window.
    fn window_edges() -> Vec<String> {
        let tail = "U.S.’s 3.5 2,000 ABCDEFGHIJKLMNOP don’t x ABCDEFGHIJKLMNOPQ";
        (0..=34)
            .flat_map(|k| {
                [
                    " ".repeat(k) + tail,
                    "ab".repeat(k / 2) + &"c".repeat(k % 2) + " " + tail,
                ]
            })
            .collect()
    }

    /// The hashes of the words are those of [`for_each_word`]'s words, plain text or not.
    #[test]
    fn word_hashes_are_those_of_the_words() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
        let mut scratch = String::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let extra = [
                "Café 2.5, U.S.’s 2,000.5 COUNTERINTELLIGENCE-Related",
                "The U.S. envoy’s 2,000.5 km: ABCDEFGHIJKLMNOPq ThirtyThreeBytesLongWordOfLettersX x",
            ];
            for line in text
                .lines()
                .chain(extra)
                .chain(window_edges().iter().map(String::as_str))
            {
                let mut want = Vec::new();
                for_each_word(line, &mut scratch, |w| {
                    want.push(crate::util::hash::word(w))
                });
                let mut got = Vec::new();
                for_each_word_hash(line, &mut scratch, |h| got.push(h));
                assert_eq!(got, want, "{line:?}");
            }
        }
    }

    #[test]
    fn first_non_ascii_finds_the_first_high_byte() {
        let text = "Israel’s “good faith” — a plain run of more than eight bytes, then é";
        for start in 0..text.len() {
            let bytes = &text.as_bytes()[start..];
            assert_eq!(
                first_non_ascii(bytes),
                bytes.iter().position(|b| !b.is_ascii()),
                "from {start}"
            );
        }
    }

    keys!(spaces_and_invisibles:
        "a\u{a0}b" => "a b",
        "zero\u{200b}width" => "zerowidth",
        "soft\u{ad}hyphen" => "softhyphen",
        "\u{feff}bom" => "bom",
    );

    keys!(unicode_forms:
        "Cafe\u{301}" => "café",
        "Café" => "café",
        "ＦＵＬＬ" => "full",
        "ﬁnal" => "final",
    );

    keys!(numbers_and_abbreviations:
        "U.S." => "us",
        "U.S.-Hamas" => "us hamas",
        "2,000" => "2000",
        "2.5 million" => "2.5 million",
        "$1.2 million" => "1.2 million",
        "in 1997." => "in 1997",
        "1,200, people" => "1200 people",
        "Jane.Doe@example.com" => "janedoe examplecom",
    );

    #[test]
    fn cjk_words_are_ideographs() {
        let k = key_of("我们是朋友。");
        assert_eq!(
            words(&k).collect::<Vec<_>>(),
            ["我", "们", "是", "朋", "友"]
        );
    }
}
