//! The comparable form of a sentence: the hash of its key, and the sets of its words.
//!
//! Each sentence becomes the sorted set of hashes of its key's
//! [words](crate::text::normalize::for_each_word), and the subset of those that are content
//! words (not words like "the", which almost any two sentences share). Two sentences with the
//! same words in the same order have the same 64-bit key.

use crate::util::hash;

/// A word as a 32-bit hash: half the memory of 64 bits, and a rare collision only nudges a
/// similarity score (identity of whole sentences uses the 64-bit [`Features::key`]).
pub(crate) type Word = u32;

/// The comparable form of one sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct Features {
    /// Hash of the whole key: equal keys mean identical sentences.
    pub key: u64,
    /// Sorted, de-duplicated word hashes.
    pub words: Vec<Word>,
    /// The content words (not stop words) among `words`, sorted: what files a sentence in the
    /// index and makes it comparable.
    pub content: Vec<Word>,
}

impl Features {
    /// Features of a sentence: one pass over its text (see [`crate::text::normalize::for_each_word`]).
    /// Two sentences are identical when their keys have the same words in the same order, so
    /// `key` hashes the word sequence.
    pub fn of_text(text: &str, scratch: &mut String) -> Self {
        let mut key = hash::Words::new();
        // About one word per six bytes of English; sized once to avoid regrowing.
        let mut words = Vec::with_capacity(text.len() / 5 + 1);
        let mut content = Vec::with_capacity(text.len() / 8 + 1);
        crate::text::normalize::for_each_word(text, scratch, |w| {
            let h = hash::word(w);
            key.write(h);
            words.push(h as Word);
            if !is_stop(w) {
                content.push(h as Word);
            }
        });
        for v in [&mut words, &mut content] {
            v.sort_unstable();
            v.dedup();
        }
        Self {
            key: key.finish(),
            words,
            content,
        }
    }

    /// Only the [`Features::key`] of a sentence: the same hash as `of_text` gives, without
    /// collecting words (what a pairwise diff needs for every sentence).
    pub fn key_of_text(text: &str, scratch: &mut String) -> u64 {
        let mut key = hash::Words::new();
        crate::text::normalize::for_each_word_hash(text, scratch, |h| key.write(h));
        key.finish()
    }
}

/// English function words: shared by almost any two sentences, so they never file a sentence
/// in the index (they still count in the similarity score).
pub(crate) fn is_stop(word: &str) -> bool {
    matches!(
        word,
        "a" | "about"
            | "after"
            | "all"
            | "also"
            | "an"
            | "and"
            | "any"
            | "are"
            | "as"
            | "at"
            | "be"
            | "been"
            | "but"
            | "by"
            | "can"
            | "could"
            | "did"
            | "do"
            | "does"
            | "for"
            | "from"
            | "had"
            | "has"
            | "have"
            | "he"
            | "her"
            | "his"
            | "if"
            | "in"
            | "into"
            | "is"
            | "it"
            | "its"
            | "may"
            | "more"
            | "most"
            | "no"
            | "not"
            | "of"
            | "on"
            | "one"
            | "or"
            | "other"
            | "our"
            | "over"
            | "s"
            | "said"
            | "she"
            | "should"
            | "so"
            | "some"
            | "such"
            | "than"
            | "that"
            | "the"
            | "their"
            | "them"
            | "then"
            | "there"
            | "these"
            | "they"
            | "this"
            | "those"
            | "to"
            | "under"
            | "up"
            | "was"
            | "we"
            | "were"
            | "what"
            | "when"
            | "which"
            | "while"
            | "who"
            | "will"
            | "with"
            | "would"
            | "you"
    )
}
