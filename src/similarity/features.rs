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
        // Each word as its hash and whether it is a stop word, in one `u64`, so that one sort
        // orders both sets: a hash is a content word if it occurs as a word that is not a stop
        // word, which sorts first. About one word per six bytes of English; sized once.
        let mut all: Vec<u64> = Vec::with_capacity(text.len() / 5 + 1);
        crate::text::normalize::for_each_word(text, scratch, |w| {
            let h = hash::word(w);
            key.write(h);
            all.push(u64::from(h as Word) << 1 | u64::from(is_stop(w)));
        });
        all.sort_unstable();
        let first = |k: usize| k == 0 || all[k] >> 1 != all[k - 1] >> 1;
        let (mut n_words, mut n_content) = (0, 0);
        for (k, &e) in all.iter().enumerate() {
            if first(k) {
                n_words += 1;
                n_content += usize::from(e & 1 == 0);
            }
        }
        let (mut words, mut content) = (Vec::with_capacity(n_words), Vec::with_capacity(n_content));
        for (k, &e) in all.iter().enumerate() {
            if first(k) {
                words.push((e >> 1) as Word);
                if e & 1 == 0 {
                    content.push((e >> 1) as Word);
                }
            }
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

    /// `key_of_text`, writing the sentence's key text ([`crate::text::normalize::key`]) into
    /// `key_text` too, for a sentence whose key text is needed anyway: one fold gives both.
    pub fn key_and_text(text: &str, key_text: &mut String) -> u64 {
        let mut key = hash::Words::new();
        crate::text::normalize::key_with_words(text, key_text, |w| key.write(hash::word(w)));
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Both sets of a sentence whose words repeat, stop words among them.
    #[test]
    fn word_sets_are_sorted_distinct_and_content_leaves_stop_words_out() {
        let f = Features::of_text(
            "The envoy said the talks, and the envoy's talks, would go on.",
            &mut String::new(),
        );
        let set = |words: &[&str]| {
            let mut v: Vec<Word> = words.iter().map(|w| hash::word(w) as Word).collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let all = [
            "the", "envoy", "said", "talks", "and", "envoys", "would", "go", "on",
        ];
        assert_eq!(f.words, set(&all));
        assert_eq!(f.content, set(&["envoy", "talks", "envoys", "go"]));
        let mut scratch = String::new();
        let text = "The envoy said the talks, and the envoy's talks, would go on.";
        assert_eq!(f.key, Features::key_of_text(text, &mut scratch));
    }
}
