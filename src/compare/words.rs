//! Word-level changes inside a pair of edited sentences, with the `similar` crate.
//!
//! Both sentences are cut into UAX #29 word-boundary tokens (words, spaces, punctuation), each
//! compared by its [comparison key](crate::text::normalize) so that a curly quote or a change of case
//! is not a change. Plain text (ASCII and the punctuation of English news copy) is cut by a
//! tokenizer of its own that gives the same tokens as unicode-segmentation without its tables,
//! and keys most of them as it cuts them; other text by unicode-segmentation. `similar`'s
//! histogram algorithm diffs the token keys; no deadline is set (a clock read traps on wasm),
//! and its own heuristics bound the work.
//!
//! The raw diff is then cleaned for a reader, as diff-match-patch's semantic cleanup does: an
//! unchanged stretch between two changes that is no longer than the changes on both sides of it
//! (or that holds no word at all, only spaces and punctuation) is folded into one change, so a
//! reader sees whole rewritten phrases instead of confetti.
//!
//! Over 400 lines with its tests (the tokenizer's exhaustive checks against UAX #29 among them):
//! the tokenizer, the diff and the cleanup are one pass.

use core::hash::{BuildHasher, Hasher};
use core::ops::Range;

use serde::Serialize;
use similar::{Algorithm, DiffTag, capture_diff_slices};
use unicode_segmentation::UnicodeSegmentation;

use crate::text::SpanPair;
use crate::util::hash::HASH;

/// What a stretch of words does between the two sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WordOp {
    /// In both sentences.
    Equal,
    /// Only in the old sentence.
    Delete,
    /// Only in the new sentence.
    Insert,
}

/// One stretch of a word-level diff: byte spans into the old and new article texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordEdit {
    /// What the stretch does.
    pub op: WordOp,
    /// Its span in the old text (`None` for an insertion).
    pub a: Option<Range<usize>>,
    /// Its span in the new text (`None` for a deletion).
    pub b: Option<Range<usize>>,
}

/// One stretch of a word-level diff, as reported: what it does, its text, and its spans.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
#[cfg_attr(not(target_arch = "wasm32"), ts(rename = "WordChange"))]
pub struct WordReport {
    /// `equal`, `delete` or `insert`.
    pub op: WordOp,
    /// The text (the old side's for `equal` and `delete`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// `[start, end]` in the old article, or null for an insertion.
    pub a: Option<SpanPair>,
    /// `[start, end]` in the new article, or null for a deletion.
    pub b: Option<SpanPair>,
}

/// Whether a report carries the text of each sentence and word change (`Copied`), or only their
/// spans (`Left`, with empty texts that are not serialized): the wasm door fills them in by
/// slicing the JavaScript strings it was given, which copies nothing and keeps the result that
/// crosses the boundary a fraction of the size.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Texts {
    Copied,
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    Left,
}

/// Word edits as report entries, their text taken from the old (`a`) or new (`b`) article.
pub(crate) fn word_reports(
    edits: Vec<WordEdit>,
    a: &str,
    b: &str,
    texts: Texts,
) -> Vec<WordReport> {
    edits
        .into_iter()
        .map(|e| {
            let text = match (texts, &e.a, &e.b) {
                (Texts::Left, _, _) | (_, None, None) => "",
                (_, Some(r), _) => &a[r.clone()],
                (_, None, Some(r)) => &b[r.clone()],
            };
            WordReport {
                op: e.op,
                text: text.to_owned(),
                a: e.a.map(SpanPair::from),
                b: e.b.map(SpanPair::from),
            }
        })
        .collect()
}

#[derive(Default)]
struct Tokens {
    spans: Vec<Range<usize>>,
    keys: Vec<u64>,
    /// Whether the token holds a letter or digit.
    wordy: Vec<bool>,
}

impl Tokens {
    /// Empties the tokens, with room for `n`.
    fn clear(&mut self, n: usize) {
        self.spans.clear();
        self.keys.clear();
        self.wordy.clear();
        self.spans.reserve(n);
        self.keys.reserve(n);
        self.wordy.reserve(n);
    }

    fn push(&mut self, span: Range<usize>, (key, wordy): (u64, bool)) {
        self.spans.push(span);
        self.keys.push(key);
        self.wordy.push(wordy);
    }
}

/// Cuts `text` (at byte `offset` of its article) into `t`.
fn tokenize(text: &str, offset: usize, key_buf: &mut String, t: &mut Tokens) {
    // About one token per three bytes of English (a word and a space per six or so).
    let room = text.len() / 3 + 4;
    t.clear(room);
    let space = HASH.hash_one(" ");
    let plain = plain_tokens(text, |i, tok, kind| {
        let key = match kind {
            Kind::Run { upper: false } => (crate::util::hash::word(tok), true),
            Kind::Run { upper: true } => {
                key_buf.clear();
                key_buf.push_str(tok);
                key_buf.make_ascii_lowercase();
                (crate::util::hash::word(key_buf), true)
            }
            Kind::Spaces => (space, false),
            Kind::Other => folded_key(tok, key_buf, space),
        };
        t.push(offset + i..offset + i + tok.len(), key);
    });
    if !plain {
        t.clear(room);
        for (i, tok) in text.split_word_bound_indices() {
            t.push(
                offset + i..offset + i + tok.len(),
                folded_key(tok, key_buf, space),
            );
        }
    }
}

/// A token's key, and whether it holds a word, through the general fold: tokens compare by the
/// words of their key. Hashing them as they are found builds no key string. A token is almost
/// always one word, whose key is its word hash; the few of several words (`U.S-based`) are
/// hashed again as a sequence, the same value.
fn folded_key(tok: &str, key_buf: &mut String, space: u64) -> (u64, bool) {
    let (mut count, mut single) = (0, 0);
    crate::text::normalize::for_each_word(tok, key_buf, |w| {
        count += 1;
        single = crate::util::hash::word(w);
    });
    let key = if count == 1 {
        single
    } else if count > 1 {
        let mut hasher = HASH.build_hasher();
        crate::text::normalize::for_each_word(tok, key_buf, |w| {
            hasher.write(w.as_bytes());
            hasher.write_u8(0xff);
        });
        hasher.finish()
    } else if tok.chars().all(char::is_whitespace) {
        space
    } else {
        HASH.hash_one(fold_punct(tok))
    };
    (key, count > 0)
}

/// What [`plain_tokens`] learns of a token as it cuts it: enough to key most tokens without
/// the general fold, as the fold would.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// ASCII letters and digits only: one word, the token in lower case.
    Run {
        /// Whether a letter is upper-case.
        upper: bool,
    },
    /// ASCII spaces: no word, the key of a space.
    Spaces,
    /// Anything else (letters joined across punctuation, `_`, punctuation, other whitespace).
    Other,
}

/// How [`plain_tokens`] sees each byte: one load per byte.
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c == b'_' {
            t[b] = WORDY;
        }
        if c.is_ascii_uppercase() {
            t[b] |= UPPER;
        }
        if c == b'_' {
            t[b] |= UNDERSCORE;
        }
        b += 1;
    }
    t
};
const WORDY: u8 = 1;
const UPPER: u8 = 2;
const UNDERSCORE: u8 = 4;

/// Calls `each` with the UAX #29 word-boundary tokens of `text`, their byte offsets and
/// [kinds](Kind), from its bytes through [`CLASS`] with no Unicode tables (checked against the
/// general algorithm on every string of up to 5 tricky characters), if `text` is plain: ASCII but
/// for the curly quotes and apostrophes, hyphens and dashes, bullet, ellipsis and no-break space
/// of English news copy (the text whose keys `normalize` folds from its bytes). Returns false,
/// having stopped, at any other character.
///
/// The tokens: runs of letters, digits and `_`, joined across one `.` `'` `’` `‘` `:` between
/// letters or one `.` `,` `'` `’` `‘` `;` between digits (`U.S`, `don’t`, `2,000`, `1.5`);
/// runs of spaces; `\r\n`; any other single character.
fn plain_tokens<'t>(text: &'t str, mut each: impl FnMut(usize, &'t str, Kind)) -> bool {
    let b = text.as_bytes();
    let class = |i: usize| b.get(i).map_or(0, |&c| CLASS[c as usize]);
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        let start = i;
        i += 1;
        let mut kind = Kind::Other;
        let mut flags = CLASS[c as usize];
        if flags & WORDY != 0 {
            let mut joined = false;
            loop {
                while class(i) & WORDY != 0 {
                    flags |= class(i);
                    i += 1;
                }
                // The joiner's length, and whether it joins letters and digits (UAX #29's
                // MidLetter, MidNum and MidNumLet).
                let (len, letters, digits) = match &b[i..] {
                    [b'.' | b'\'', ..] => (1, true, true),
                    [b':', ..] => (1, true, false),
                    [b',' | b';', ..] => (1, false, true),
                    [0xE2, 0x80, 0x98 | 0x99, ..] => (3, true, true),
                    _ => break,
                };
                let (before, after) = (b[i - 1], b.get(i + len).copied().unwrap_or(0));
                let joins =
                    (letters && before.is_ascii_alphabetic() && after.is_ascii_alphabetic())
                        || (digits && before.is_ascii_digit() && after.is_ascii_digit());
                if !joins {
                    break;
                }
                joined = true;
                i += len;
            }
            if !joined && flags & UNDERSCORE == 0 {
                kind = Kind::Run {
                    upper: flags & UPPER != 0,
                };
            }
        } else if c == b' ' {
            while b.get(i) == Some(&b' ') {
                i += 1;
            }
            kind = Kind::Spaces;
        } else if c == b'\r' && b.get(i) == Some(&b'\n') {
            i += 1;
        } else if !c.is_ascii() {
            // `normalize`'s plain punctuation, each character a token of its own.
            let Some(len) = crate::text::normalize::plain_char_len(&b[start..]) else {
                return false;
            };
            i += len - 1;
        }
        each(start, &text[start..i], kind);
    }
    true
}

/// Punctuation compared by kind: all double quotes alike, all single quotes alike, all dashes alike.
fn fold_punct(tok: &str) -> char {
    match tok.chars().next().unwrap_or(' ') {
        '“' | '”' | '„' | '«' | '»' => '"',
        '‘' | '’' | '‚' | '‹' | '›' => '\'',
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
        c => c,
    }
}

/// A stretch in token units, before it becomes byte spans.
#[derive(Debug, Clone, PartialEq)]
struct Piece {
    equal: bool,
    a: Range<usize>,
    b: Range<usize>,
}

/// The word-level diff of `a` (starting at byte `a_offset` of its article) and `b`, or `None`
/// when the pair has more than `max_tokens` tokens together and the caller should show the
/// sentences as replaced whole.
pub fn words(
    a: &str,
    a_offset: usize,
    b: &str,
    b_offset: usize,
    max_tokens: usize,
) -> Option<Vec<WordEdit>> {
    words_in(
        &mut Scratch::default(),
        a,
        a_offset,
        b,
        b_offset,
        max_tokens,
    )
}

/// The buffers of [`words_in`], kept from one pair to the next: a diff makes one word diff for
/// each edited pair of sentences.
#[derive(Default)]
pub(crate) struct Scratch {
    a: Tokens,
    b: Tokens,
    key: String,
}

/// [`words`], in the buffers of `scratch`.
pub(crate) fn words_in(
    scratch: &mut Scratch,
    a: &str,
    a_offset: usize,
    b: &str,
    b_offset: usize,
    max_tokens: usize,
) -> Option<Vec<WordEdit>> {
    let Scratch { a: ta, b: tb, key } = scratch;
    tokenize(a, a_offset, key, ta);
    tokenize(b, b_offset, key, tb);
    let (ta, tb) = (&*ta, &*tb);
    if ta.keys.len() + tb.keys.len() > max_tokens {
        return None;
    }
    let mut pieces: Vec<Piece> = Vec::new();
    for op in capture_diff_slices(Algorithm::Histogram, &ta.keys, &tb.keys) {
        let (equal, a, b) = (op.tag() == DiffTag::Equal, op.old_range(), op.new_range());
        push_piece(&mut pieces, Piece { equal, a, b });
    }
    let pieces = cleanup(pieces, ta, tb);
    let span = |t: &Tokens, r: &Range<usize>| -> Option<Range<usize>> {
        (!r.is_empty()).then(|| t.spans[r.start].start..t.spans[r.end - 1].end)
    };
    let mut out = Vec::with_capacity(pieces.len() + 4);
    for p in &pieces {
        let (sa, sb) = (span(ta, &p.a), span(tb, &p.b));
        if p.equal {
            out.push(WordEdit {
                op: WordOp::Equal,
                a: sa,
                b: sb,
            });
            continue;
        }
        if sa.is_some() {
            out.push(WordEdit {
                op: WordOp::Delete,
                a: sa,
                b: None,
            });
        }
        if sb.is_some() {
            out.push(WordEdit {
                op: WordOp::Insert,
                a: None,
                b: sb,
            });
        }
    }
    Some(out)
}

/// Appends a piece, merging it into the last one when both are changes or both are equal.
fn push_piece(pieces: &mut Vec<Piece>, p: Piece) {
    if let Some(last) = pieces.last_mut()
        && last.equal == p.equal
        && last.a.end == p.a.start
        && last.b.end == p.b.start
    {
        last.a.end = p.a.end;
        last.b.end = p.b.end;
        return;
    }
    pieces.push(p);
}

fn chars(t: &Tokens, r: &Range<usize>) -> usize {
    if r.is_empty() {
        0
    } else {
        t.spans[r.end - 1].end - t.spans[r.start].start
    }
}

/// Folds small unchanged islands between changes into the changes; repeats until stable.
fn cleanup(mut pieces: Vec<Piece>, ta: &Tokens, tb: &Tokens) -> Vec<Piece> {
    loop {
        let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
        let mut changed = false;
        let mut i = 0;
        while i < pieces.len() {
            let p = &pieces[i];
            let between = p.equal && i > 0 && i + 1 < pieces.len();
            if between {
                let (l, r) = (&pieces[i - 1], &pieces[i + 1]);
                let size = chars(ta, &p.a);
                let left = chars(ta, &l.a).max(chars(tb, &l.b));
                let right = chars(ta, &r.a).max(chars(tb, &r.b));
                let wordless = !ta.wordy[p.a.clone()].iter().any(|w| *w);
                if wordless || (size <= left && size <= right) {
                    changed = true;
                    let last = out.last_mut().filter(|l| !l.equal);
                    let merged = Piece {
                        equal: false,
                        a: p.a.start..r.a.end,
                        b: p.b.start..r.b.end,
                    };
                    match last {
                        Some(l) => {
                            l.a.end = merged.a.end;
                            l.b.end = merged.b.end;
                        }
                        None => out.push(merged),
                    }
                    i += 2;
                    continue;
                }
            }
            push_piece(&mut out, p.clone());
            i += 1;
        }
        pieces = out;
        if !changed {
            return pieces;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders a diff as `equal [-deleted-]{+inserted+}` for readable assertions.
    fn render(a: &str, b: &str) -> String {
        let edits = words(a, 0, b, 0, 10_000).expect("within budget");
        let mut s = String::new();
        for e in edits {
            match e.op {
                WordOp::Equal => s.push_str(&a[e.a.expect("equal has a")]),
                WordOp::Delete => s.push_str(&format!("[-{}-]", &a[e.a.expect("delete has a")])),
                WordOp::Insert => s.push_str(&format!("{{+{}+}}", &b[e.b.expect("insert has b")])),
            }
        }
        s
    }

    #[test]
    fn a_name_spelling() {
        assert_eq!(
            render(
                "Adam Bohler, Trump's nominee, led the talks.",
                "Adam Boehler, Trump's nominee, led the talks."
            ),
            "Adam [-Bohler-]{+Boehler+}, Trump's nominee, led the talks."
        );
    }

    #[test]
    fn quotes_and_case_are_not_changes() {
        assert_eq!(
            render("a “good faith” effort", "A \"good faith\" effort"),
            "a “good faith” effort"
        );
    }

    #[test]
    fn phrases_not_confetti() {
        let got = render(
            "Hamas would release half of the remaining hostages in exchange for an extension of the ceasefire agreement and a commitment to negotiate a lasting truce.",
            "Hamas to release half of its remaining captives in exchange for a ceasefire extension and a promise to negotiate a lasting truce.",
        );
        // One-word islands such as "of" between two changes are folded into one phrase.
        assert!(!got.contains("-] of [-"), "{got}");
        assert!(got.contains("in exchange for "), "{got}");
        assert!(got.ends_with("to negotiate a lasting truce."), "{got}");
    }

    #[test]
    fn sides_rebuild_both_sentences() {
        let (a, b) = (
            "At least 35 have died, officials said.",
            "With 35 of them already deceased, the IDF said.",
        );
        let edits = words(a, 10, b, 20, 10_000).expect("within budget");
        let old: String = edits
            .iter()
            .filter_map(|e| e.a.clone())
            .map(|r| &a[r.start - 10..r.end - 10])
            .collect();
        let new: String = edits
            .iter()
            .filter_map(|e| e.b.clone())
            .map(|r| &b[r.start - 20..r.end - 20])
            .collect();
        assert_eq!((old.as_str(), new.as_str()), (a, b));
    }

    /// The plain tokens of `text`, or `None` when it is not plain.
    pub(super) fn plain(text: &str) -> Option<Vec<&str>> {
        let mut tokens = Vec::new();
        plain_tokens(text, |_, t, _| tokens.push(t)).then_some(tokens)
    }

    #[test]
    fn plain_tokens_match_uax29_on_news_text() {
        let texts = [
            "The U.S. envoy met Hamas on Jan. 19, freeing 2,000 prisoners (1.5% of them) -- don't ask.",
            "Ms. Leavitt said, \"Look, having conversations\"\tis what\r\nthe President's team does.",
            "a.b 1.2.3 x'y 3,4, end.",
            "Israel’s “good faith” — the U.S.’s 2’000 ‘quoted’ a\u{a0}\u{a0}b don’t – 1997’s… end",
            "a‐b‑c‒d 1‐2 ― • well‑known 3‒4",
        ];
        for text in texts {
            let uax: Vec<&str> = text.split_word_bounds().collect();
            assert_eq!(plain(text), Some(uax), "{text}");
        }
        assert_eq!(plain("Café au lait"), None);
        assert_eq!(plain("zero\u{200b}width"), None);
    }

    /// The tokens and keys of [`tokenize`] are UAX #29 tokens keyed through the general fold, on
    /// every sentence of the five articles.
    #[test]
    fn plain_keys_are_the_general_keys() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
        let (mut buf, space) = (String::new(), HASH.hash_one(" "));
        let mut plain_sentences = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for s in crate::text::segment::sentences(&text) {
                let s = s.text(&text);
                let mut ours = Tokens::default();
                tokenize(s, 7, &mut buf, &mut ours);
                let mut general = Tokens::default();
                for (i, tok) in s.split_word_bound_indices() {
                    general.push(7 + i..7 + i + tok.len(), folded_key(tok, &mut buf, space));
                }
                assert_eq!(ours.spans, general.spans, "{s}");
                assert_eq!(ours.keys, general.keys, "{s}");
                assert_eq!(ours.wordy, general.wordy, "{s}");
                plain_sentences += usize::from(plain(s).is_some() && !s.is_ascii());
            }
        }
        assert!(
            plain_sentences >= 10,
            "{plain_sentences} plain sentences with curly quotes"
        );
    }

    #[test]
    fn over_budget_is_none() {
        assert_eq!(words("one two three", 0, "four five six", 0, 5), None);
    }
}
#[cfg(test)]
mod exhaustive {
    use core::hash::BuildHasher;
    use unicode_segmentation::UnicodeSegmentation;

    /// The characters whose tokens are tricky: letters, digits, joiners, spaces and the plain
    /// punctuation.
    const ALPHABET: &str = "aB1.,';:_ -\t\r\n!\"’‘“”–—―•…\u{a0}";

    /// Every string of `len` characters of [`ALPHABET`].
    fn strings(len: u32) -> impl Iterator<Item = String> {
        let alphabet: Vec<char> = ALPHABET.chars().collect();
        let n = alphabet.len();
        (0..n.pow(len)).map(move |mut code| {
            let mut s = String::new();
            for _ in 0..len {
                s.push(alphabet[code % n]);
                code /= n;
            }
            s
        })
    }

    /// Each token's key from its kind is the key the general fold gives it.
    #[test]
    fn keys_equal_folded_keys_on_all_short_strings() {
        let (mut buf, space) = (String::new(), super::HASH.hash_one(" "));
        for s in (1..=4).flat_map(strings) {
            let mut ours = super::Tokens::default();
            super::tokenize(&s, 0, &mut buf, &mut ours);
            let folded: Vec<(u64, bool)> = (s.split_word_bounds())
                .map(|tok| super::folded_key(tok, &mut buf, space))
                .collect();
            let keys: Vec<(u64, bool)> = ours.keys.into_iter().zip(ours.wordy).collect();
            assert_eq!(keys, folded, "{s:?}");
        }
    }

    #[test]
    fn plain_tokens_equal_uax29_on_all_short_strings() {
        let mut mismatches = Vec::new();
        for len in 1..=5u32 {
            for s in strings(len) {
                let ours = super::tests::plain(&s);
                let uax: Vec<&str> = s.split_word_bounds().collect();
                if ours.as_ref() != Some(&uax) && mismatches.len() < 10 {
                    mismatches.push(format!("{s:?}: {ours:?} vs {uax:?}"));
                }
            }
        }
        assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    }
}
