//! Near-duplicate sentences: word sets, a candidate index, and verification.
//!
//! Each sentence becomes the sorted set of hashes of its key's [words](crate::normalize::words).
//! Two sentences are compared by
//! `score = (dice + overlap) / 2`, where `dice = 2|A∩B| / (|A|+|B|)` and
//! `overlap = |A∩B| / min(|A|,|B|)`: the Dice term rewards sentences of equal content, the overlap
//! term keeps a sentence that one outlet trimmed close to its longer original.
//!
//! Candidates never come from comparing every pair. Each sentence is filed in an inverted index
//! under its [`Tuning::signature`] rarest content words that at least one other sentence also
//! has (document frequency over the whole input, stop words left out); it looks up all of its
//! content words, so two sentences meet when the rare words of either occur in the other. A word
//! filed under more than [`Tuning::max_postings`] sentences is passed over as too common to tell
//! anything, and at most [`Tuning::max_candidates`] candidates per sentence (those sharing the
//! most filed words) are verified. Exact duplicates are found by key hash before any of this.

use core::hash::BuildHasher;
use std::collections::HashMap;

use foldhash::fast::FixedState;

/// Hash state shared by all keys, fixed so that results do not vary from run to run.
pub(crate) const HASH: FixedState = FixedState::with_seed(0x05ee_da17_c1e5);

pub(crate) type Map<K, V> = HashMap<K, V, FixedState>;

pub(crate) fn map<K, V>() -> Map<K, V> {
    HashMap::with_hasher(HASH)
}

pub(crate) type Set<K> = std::collections::HashSet<K, FixedState>;

pub(crate) fn set<K>() -> Set<K> {
    std::collections::HashSet::with_hasher(HASH)
}

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
    /// Features of a sentence: one pass over its text (see [`crate::normalize::for_each_word`]).
    /// Two sentences are identical when their keys have the same words in the same order, so
    /// `key` hashes the word sequence.
    pub fn of_text(text: &str, scratch: &mut String) -> Self {
        use core::hash::Hasher;
        let mut key = HASH.build_hasher();
        // About one word per six bytes of English; sized once to avoid regrowing.
        let mut words = Vec::with_capacity(text.len() / 5 + 1);
        let mut content = Vec::with_capacity(text.len() / 8 + 1);
        crate::normalize::for_each_word(text, scratch, |w| {
            let h = HASH.hash_one(w);
            key.write_u64(h);
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
        use core::hash::Hasher;
        let mut key = HASH.build_hasher();
        crate::normalize::for_each_word(text, scratch, |w| key.write_u64(HASH.hash_one(w)));
        key.finish()
    }
}

/// The similarity of two sorted word sets, from 0 to 1; see the [module docs](self).
pub(crate) fn similarity(a: &[Word], b: &[Word]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    // Branch-free merge: which list advances is a coin toss the processor cannot predict. The
    // branching compare was the hottest spot of the candidate check (perf, 1,000 articles);
    // without the branch, native compare of the 1,000 articles: 324 -> 307 ms (fastest runs).
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        shared += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
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

/// A small union-find over dense ids (sentences, figures, quotes).
pub(crate) struct Sets(Vec<u32>);

impl Sets {
    pub fn new(n: usize) -> Self {
        Self((0..n as u32).collect())
    }

    pub fn find(&mut self, x: usize) -> usize {
        let mut root = x;
        while self.0[root] as usize != root {
            root = self.0[root] as usize;
        }
        let mut at = x;
        while self.0[at] as usize != root {
            let next = self.0[at] as usize;
            self.0[at] = root as u32;
            at = next;
        }
        root
    }

    pub fn union(&mut self, x: usize, y: usize) {
        let (rx, ry) = (self.find(x), self.find(y));
        if rx != ry {
            let (lo, hi) = (rx.min(ry), rx.max(ry));
            self.0[hi] = lo as u32;
        }
    }

    /// The sets, each in ascending order, in the order of their smallest member.
    pub fn groups(&mut self) -> Vec<Vec<usize>> {
        let mut index = vec![u32::MAX; self.0.len()];
        let mut out: Vec<Vec<usize>> = Vec::new();
        for x in 0..self.0.len() {
            let r = self.find(x);
            if index[r] == u32::MAX {
                index[r] = out.len() as u32;
                out.push(Vec::new());
            }
            out[index[r] as usize].push(x);
        }
        out
    }
}

/// Every pair is allowed: the `allow` of [`similar_pairs`] for callers that filter nothing. One
/// function item for all of them, so that the wasm holds one copy of `similar_pairs` for them.
pub(crate) fn any_pair(_: usize, _: usize) -> bool {
    true
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
    let mut df: Map<Word, u32> = map();
    for f in items.iter().filter(|f| f.content.len() >= tuning.min_words) {
        for w in &f.content {
            *df.entry(*w).or_insert(0) += 1;
        }
    }
    let mut postings: Map<Word, Vec<u32>> = map();
    for (ix, f) in items.iter().enumerate() {
        let mut sig = Vec::new();
        if f.content.len() >= tuning.min_words {
            // A word in no other sentence can link to nothing: file under shared words only.
            // Rarest first, as (document frequency, word) keys.
            sig.extend(f.content.iter().filter_map(|&w| {
                let n = *df.get(&w)?;
                (n > 1).then(|| crate::order::pack(n as usize, w as usize))
            }));
            crate::order::sort_keys(&mut sig);
            sig.truncate(tuning.signature);
            for &key in &sig {
                let w = crate::order::unpack(key).1 as Word;
                postings.entry(w).or_default().push(ix as u32);
            }
        }
    }
    let mut pairs = Vec::new();
    let mut hits: Vec<u32> = vec![0; items.len()];
    let mut touched: Vec<u32> = Vec::new();
    let mut probe: Vec<&Vec<u32>> = Vec::new();
    let mut by_length: Vec<u128> = Vec::new();
    for (ix, f) in items.iter().enumerate() {
        if f.content.len() < tuning.min_words {
            continue;
        }
        // Probe with every content word, rarest first: postings hold only the sentences for
        // which that word is among the rarest, so even a common word's list is short. On text
        // where that fails (templated copy, where thousands of sentences share their rare
        // words), a visit budget per sentence bounds the work.
        probe.clear();
        probe.extend(
            f.content
                .iter()
                .filter_map(|w| postings.get(w))
                .filter(|l| !l.is_empty()),
        );
        // Shortest list first, as (length, position) keys.
        by_length.clear();
        by_length.extend(
            probe
                .iter()
                .enumerate()
                .map(|(k, l)| crate::order::pack(l.len(), k)),
        );
        crate::order::sort_keys(&mut by_length);
        let mut budget = tuning.max_candidates * 16;
        for list in by_length.iter().map(|&k| probe[crate::order::unpack(k).1]) {
            if list.len() > tuning.max_postings || list.len() > budget {
                skipped.common_words += 1;
                continue;
            }
            budget -= list.len();
            for &other in list.iter() {
                let o = other as usize;
                if o == ix || !allow(ix.min(o), ix.max(o)) {
                    continue;
                }
                if hits[o] == 0 {
                    touched.push(other);
                }
                hits[o] += 1;
            }
        }
        // Take the counts out (resetting them for the next item), best-supported first.
        let mut candidates: Vec<(u32, u32)> = touched
            .drain(..)
            .map(|o| (core::mem::take(&mut hits[o as usize]), o))
            .collect();
        // With many candidates, one shared indexed word is noise (a mid-frequency word that
        // happens to be rare for the other sentence); a real rewrite shares several.
        if candidates.len() > tuning.max_candidates / 4 {
            candidates.retain(|&(h, _)| h > 1);
        }
        if candidates.len() > tuning.max_candidates {
            skipped.capped_sentences += 1;
            candidates.select_nth_unstable_by_key(tuning.max_candidates - 1, |&(h, o)| {
                (core::cmp::Reverse(h), o)
            });
            candidates.truncate(tuning.max_candidates);
        }
        for (_, other) in candidates {
            let score = similarity(&f.words, &items[other as usize].words);
            if score >= threshold {
                let (i, j) = (ix.min(other as usize) as u32, ix.max(other as usize) as u32);
                pairs.push((i, j, score));
            }
        }
    }
    // A pair may be found from both of its sentences.
    // Sorted as (first, second, score bits) keys.
    let mut keys: Vec<u128> = pairs
        .into_iter()
        .map(|(i, j, score)| {
            crate::order::pack(i as usize, j as usize) << 32 | u128::from(score.to_bits())
        })
        .collect();
    crate::order::sort_keys(&mut keys);
    keys.dedup_by_key(|k| *k >> 32);
    let pairs = keys
        .into_iter()
        .map(|k| {
            let (i, j) = crate::order::unpack(k >> 32);
            (i as u32, j as u32, f32::from_bits(k as u32))
        })
        .collect();
    (pairs, skipped)
}

/// English function words: shared by almost any two sentences, so they never file a sentence
/// in the index (they still count in the similarity score).
fn is_stop(word: &str) -> bool {
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

    fn feats(s: &str) -> Features {
        Features::of_text(s, &mut String::new())
    }

    #[test]
    fn similarity_orders_real_rewrites() {
        let ceasefire_001 = feats(
            "Under a new ceasefire proposal, which Israel says was drafted by U.S. envoy Steve Witkoff, Hamas would release half of the remaining hostages in exchange for an extension of the ceasefire agreement and a commitment to negotiate a lasting truce.",
        );
        let ceasefire_004 = feats(
            "The proposed second phase would require Hamas to release half of its remaining captives in exchange for a ceasefire extension and a promise to negotiate a lasting truce.",
        );
        let unrelated = feats(
            "Egyptian and Qatari mediators helped arrange the talks, highlighting the regional cooperation in facilitating these delicate discussions.",
        );
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
        let tuning = Tuning {
            signature: 8,
            max_postings: 100,
            max_candidates: 10,
            min_words: 3,
        };
        let (pairs, skipped) = similar_pairs(&refs, 0.5, tuning, |_, _| true);
        assert_eq!(
            pairs.iter().map(|p| (p.0, p.1)).collect::<Vec<_>>(),
            [(0, 2)]
        );
        assert_eq!(skipped, Skipped::default());
        let (none, _) = similar_pairs(&refs, 0.5, tuning, |_, _| false);
        assert!(none.is_empty());
    }
}

#[cfg(test)]
mod recall {
    use super::*;
    use crate::doc::Doc;

    /// Every pair of distinct sentences of the five articles that brute force scores at or above
    /// the threshold, and how many of them the index finds.
    pub(crate) fn recall_on_fixtures(signature: usize) -> (usize, usize) {
        let texts = [
            include_str!("../tests/fixtures/articles/000.txt"),
            include_str!("../tests/fixtures/articles/001.txt"),
            include_str!("../tests/fixtures/articles/002.txt"),
            include_str!("../tests/fixtures/articles/003.txt"),
            include_str!("../tests/fixtures/articles/004.txt"),
        ];
        let docs: Vec<Doc<'_>> = texts.iter().map(|t| Doc::new("x", t)).collect();
        let mut seen = std::collections::HashSet::new();
        let items: Vec<&Features> = docs
            .iter()
            .flat_map(|d| d.features.iter())
            .filter(|f| seen.insert(f.key))
            .collect();
        let tuning = Tuning {
            signature,
            ..crate::Options::default().tuning()
        };
        let (found, _) = similar_pairs(&items, 0.5, tuning, |_, _| true);
        let mut brute = 0;
        for i in 0..items.len() {
            for j in i + 1..items.len() {
                if items[i].content.len() >= 3
                    && items[j].content.len() >= 3
                    && similarity(&items[i].words, &items[j].words) >= 0.5
                {
                    brute += 1;
                }
            }
        }
        (found.len(), brute)
    }

    #[test]
    fn index_recall_on_the_fixtures() {
        for k in [4, 8, 12, 16, 1000] {
            let (found, brute) = recall_on_fixtures(k);
            eprintln!("signature {k}: {found} of {brute}");
        }
        let (found, brute) = recall_on_fixtures(crate::Options::default().tuning().signature);
        assert_eq!(found, brute);
    }
}
