//! Near-duplicate sentences: word sets, a candidate index, and verification.
//!
//! Each sentence becomes the sorted set of hashes of its key's [words](crate::normalize::words).
//! Two sentences are compared by
//! `score = (dice + overlap) / 2`, where `dice = 2|A∩B| / (|A|+|B|)` and
//! `overlap = |A∩B| / min(|A|,|B|)`: the Dice term rewards sentences of equal content, the overlap
//! term keeps a sentence that one outlet trimmed close to its longer original.
//!
//! Candidates never come from comparing every pair. Each sentence is filed in an inverted index
//! under its [`Tuning::signature`] rarest content words (document frequency over the whole
//! input, stop words left out), and looks up only those; a word filed under more than
//! [`Tuning::max_postings`] sentences is passed over as too common to tell anything, and at
//! most [`Tuning::max_candidates`] candidates per sentence (those sharing the most filed words)
//! are verified. Exact duplicates are found by key hash before any of this.

use core::hash::BuildHasher;
use std::collections::HashMap;

use foldhash::fast::FixedState;

/// Hash state shared by all keys, fixed so that results do not vary from run to run.
pub(crate) const HASH: FixedState = FixedState::with_seed(0x5eed_a17c_1e5);

pub(crate) type Map<K, V> = HashMap<K, V, FixedState>;

pub(crate) fn map<K, V>() -> Map<K, V> {
    HashMap::with_hasher(HASH)
}

/// The comparable form of one sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct Features {
    /// Hash of the whole key: equal keys mean identical sentences.
    pub key: u64,
    /// Sorted, de-duplicated word hashes.
    pub words: Vec<u64>,
    /// How many of `words` are content words (not stop words); what makes a sentence comparable.
    pub content: usize,
}

impl Features {
    /// Features of a sentence from its comparison key.
    pub fn of_key(key: &str) -> Self {
        let mut words: Vec<u64> = crate::normalize::words(key).map(|w| HASH.hash_one(w)).collect();
        words.sort_unstable();
        words.dedup();
        let content = words.iter().filter(|w| !is_stop(**w)).count();
        Self { key: HASH.hash_one(key), words, content }
    }
}

/// The similarity of two sorted word sets, from 0 to 1; see the [module docs](self).
pub(crate) fn similarity(a: &[u64], b: &[u64]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            core::cmp::Ordering::Less => i += 1,
            core::cmp::Ordering::Greater => j += 1,
            core::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let dice = 2.0 * shared as f32 / (a.len() + b.len()) as f32;
    let overlap = shared as f32 / a.len().min(b.len()) as f32;
    (dice + overlap) / 2.0
}

/// Limits of the candidate search.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tuning {
    /// How many of a sentence's rarest content words file it in the index.
    pub signature: usize,
    /// Words filed under more sentences than this are passed over.
    pub max_postings: usize,
    /// At most this many candidates per sentence are verified.
    pub max_candidates: usize,
    /// Sentences with fewer content words than this only match exactly.
    pub min_words: usize,
}

/// What the candidate search passed over, for the report's fallbacks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Skipped {
    /// Index lookups that met a word filed too often.
    pub common_words: usize,
    /// Sentences whose candidates were cut to `max_candidates`.
    pub capped_sentences: usize,
}

/// Pairs `(i, j, score)` with `i < j`, `score >= threshold`, found through the index, among the
/// items for which `allow(i, j)` holds. Items whose `key` is equal are not paired here: callers
/// group exact duplicates first and pass one item per key.
pub(crate) fn similar_pairs(
    items: &[&Features],
    threshold: f32,
    tuning: Tuning,
    allow: impl Fn(usize, usize) -> bool,
) -> (Vec<(u32, u32, f32)>, Skipped) {
    let mut skipped = Skipped::default();
    let mut df: Map<u64, u32> = map();
    for f in items.iter().filter(|f| f.content >= tuning.min_words) {
        for w in f.words.iter().filter(|w| !is_stop(**w)) {
            *df.entry(*w).or_insert(0) += 1;
        }
    }
    // Each item's signature: its rarest content words.
    let mut signatures: Vec<Vec<u64>> = Vec::with_capacity(items.len());
    let mut postings: Map<u64, Vec<u32>> = map();
    for (ix, f) in items.iter().enumerate() {
        let mut sig = Vec::new();
        if f.content >= tuning.min_words {
            sig.extend(f.words.iter().copied().filter(|w| !is_stop(*w)));
            sig.sort_unstable_by_key(|w| (df.get(w).copied().unwrap_or(0), *w));
            sig.truncate(tuning.signature);
            for w in &sig {
                postings.entry(*w).or_default().push(ix as u32);
            }
        }
        signatures.push(sig);
    }
    let mut pairs = Vec::new();
    let mut hits: Vec<u32> = vec![0; items.len()];
    let mut touched: Vec<u32> = Vec::new();
    for (ix, sig) in signatures.iter().enumerate() {
        for w in sig {
            let Some(list) = postings.get(w) else { continue };
            if list.len() > tuning.max_postings {
                skipped.common_words += 1;
                continue;
            }
            for &other in list {
                let o = other as usize;
                if o <= ix || !allow(ix, o) {
                    continue;
                }
                if hits[o] == 0 {
                    touched.push(other);
                }
                hits[o] += 1;
            }
        }
        // Take the counts out (resetting them for the next item), best-supported first.
        let mut candidates: Vec<(u32, u32)> = touched.drain(..).map(|o| (core::mem::take(&mut hits[o as usize]), o)).collect();
        if candidates.len() > tuning.max_candidates {
            skipped.capped_sentences += 1;
            candidates.sort_unstable_by_key(|&(h, o)| (core::cmp::Reverse(h), o));
            candidates.truncate(tuning.max_candidates);
        }
        for (_, other) in candidates {
            let score = similarity(&items[ix].words, &items[other as usize].words);
            if score >= threshold {
                pairs.push((ix as u32, other, score));
            }
        }
    }
    (pairs, skipped)
}

/// English function words: shared by almost any two sentences, so they never file a sentence
/// in the index (they still count in the similarity score).
const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "but",
    "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his",
    "if", "in", "into", "is", "it", "its", "may", "more", "most", "no", "not", "of", "on", "one", "or",
    "other", "our", "over", "s", "said", "she", "should", "so", "some", "such", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "to", "under", "up", "was",
    "we", "were", "what", "when", "which", "while", "who", "will", "with", "would", "you",
];

fn is_stop(word_hash: u64) -> bool {
    use std::sync::OnceLock;
    static STOP: OnceLock<Vec<u64>> = OnceLock::new();
    let stop = STOP.get_or_init(|| {
        let mut v: Vec<u64> = STOP_WORDS.iter().map(|w| HASH.hash_one(w)).collect();
        v.sort_unstable();
        v
    });
    stop.binary_search(&word_hash).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::key_of;

    fn feats(s: &str) -> Features {
        Features::of_key(&key_of(s))
    }

    #[test]
    fn similarity_orders_real_rewrites() {
        let ceasefire_001 = feats(
            "Under a new ceasefire proposal, which Israel says was drafted by U.S. envoy Steve Witkoff, Hamas would release half of the remaining hostages in exchange for an extension of the ceasefire agreement and a commitment to negotiate a lasting truce.",
        );
        let ceasefire_004 = feats(
            "The proposed second phase would require Hamas to release half of its remaining captives in exchange for a ceasefire extension and a promise to negotiate a lasting truce.",
        );
        let unrelated = feats("Egyptian and Qatari mediators helped arrange the talks, highlighting the regional cooperation in facilitating these delicate discussions.");
        let rewrite = similarity(&ceasefire_001.words, &ceasefire_004.words);
        let noise = similarity(&ceasefire_001.words, &unrelated.words);
        assert!(rewrite > 0.55 && rewrite < 0.85, "rewrite scored {rewrite}");
        assert!(noise < 0.35, "unrelated scored {noise}");
        assert_eq!(similarity(&ceasefire_004.words, &ceasefire_004.words), 1.0);
        assert_eq!(similarity(&[], &ceasefire_004.words), 0.0);
    }

    #[test]
    fn index_finds_the_rewrite_and_nothing_else() {
        let texts = [
            "Israeli officials have stated that approximately 24 living hostages, including U.S. citizen Edan Alexander, and the remains of at least 35 others are believed to still be held in Gaza.",
            "Qatar, which has hosted Hamas' political wing since 2012, continues to play a central role in diplomatic negotiations.",
            "They added that there are approximately 24 living captives, including Edan Alexander, an American citizen, along with the bodies of at least 35 others believed to still be held in Gaza.",
            "The Gulf state, a U.S. ally, has also facilitated past talks involving Iran, the Taliban, and Russia.",
        ];
        let f: Vec<Features> = texts.iter().map(|t| feats(t)).collect();
        let refs: Vec<&Features> = f.iter().collect();
        let tuning = Tuning { signature: 8, max_postings: 100, max_candidates: 10, min_words: 3 };
        let (pairs, skipped) = similar_pairs(&refs, 0.5, tuning, |_, _| true);
        assert_eq!(pairs.iter().map(|p| (p.0, p.1)).collect::<Vec<_>>(), [(0, 2)]);
        assert_eq!(skipped, Skipped::default());
        let (none, _) = similar_pairs(&refs, 0.5, tuning, |_, _| false);
        assert!(none.is_empty());
    }
}
