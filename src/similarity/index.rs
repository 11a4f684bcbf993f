//! Candidate pairs of near-duplicate sentences, from an inverted index over rare words.
//!
//! Candidates never come from comparing every pair. Each sentence is filed in an inverted index
//! under its [`CandidateLimits::signature`] rarest content words that at least one other
//! sentence also has (document frequency over the whole input, stop words left out); it looks up
//! all of its content words, so two sentences meet when the rare words of either occur in the
//! other. A word filed under more than [`CandidateLimits::max_postings`] sentences is passed over
//! as too common to tell anything, and at most [`CandidateLimits::max_candidates`] candidates per
//! sentence (those sharing the most filed words) are [scored](super::score). Exact duplicates
//! are found by key hash before any of this: callers pass one item per key.
//!
//! Over 400 lines: the search reads the index's layout (dense word ids, flat postings) in its
//! inner loop, and the two are tested together against brute force.

use super::features::{Features, Word};
use super::meaning::Vectors;
use super::score::{Meaning, combined, similarity};
use crate::progress::{Phase, Reporter};
use crate::util::hash::{Map, map};
use crate::util::sort::{pack, pack32, sort_keys};

/// Limits of the candidate search.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CandidateLimits {
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

/// Two items whose similarity reached the threshold: `a < b`, indexes into the items given to
/// [`similar_pairs`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Edge {
    /// The lower item.
    pub a: u32,
    /// The higher item.
    pub b: u32,
    /// Their [combined](super::score::combined) score, at least the threshold.
    pub score: f32,
    /// Their [word similarity](super::score::similarity).
    pub words: f32,
    /// The centered cosine of their meaning vectors, when meaning was compared.
    pub meaning: Option<f32>,
}

/// The meaning vectors of the items, and how they count.
#[derive(Clone, Copy)]
pub(crate) struct MeaningInput<'v> {
    /// One vector per item, in the items' order.
    pub vectors: &'v Vectors,
    /// How meaning counts in the score.
    pub meaning: Meaning,
}

/// Every pair is allowed: the `allow` of [`similar_pairs`] for callers that filter nothing. One
/// function item for all of them, so that the wasm holds one copy of `similar_pairs` for them.
pub(crate) fn any_pair(_: usize, _: usize) -> bool {
    true
}

/// Edges with `score >= threshold`, found through the index, among the
/// items for which `allow(i, j)` holds. Items whose `key` is equal are not paired here: callers
/// group exact duplicates first and pass one item per key.
///
/// With `meaning`, each candidate is scored on words and meaning together ([`combined`]), and
/// when there are at most [`Meaning::search_limit`] items, pairs that share no indexed word are
/// found through their vectors too.
pub(crate) fn similar_pairs(
    items: &[&Features],
    threshold: f32,
    limits: CandidateLimits,
    meaning: Option<MeaningInput<'_>>,
    allow: impl Fn(usize, usize) -> bool,
) -> (Vec<Edge>, Skipped) {
    similar_pairs_reporting(
        items,
        threshold,
        limits,
        meaning,
        allow,
        &mut Reporter::silent(),
        0,
    )
}

/// [`similar_pairs`], reporting [`Phase::Indexing`] (items filed) and then [`Phase::Matching`]
/// (items searched), whose total counts `then` more steps that the caller reports after this.
pub(crate) fn similar_pairs_reporting(
    items: &[&Features],
    threshold: f32,
    limits: CandidateLimits,
    meaning: Option<MeaningInput<'_>>,
    allow: impl Fn(usize, usize) -> bool,
    progress: &mut Reporter<'_>,
    then: usize,
) -> (Vec<Edge>, Skipped) {
    let mut skipped = Skipped::default();
    progress.start(Phase::Indexing, items.len());
    let index = Index::new(items, limits, progress);
    let mut pairs = Vec::new();
    let mut hits: Vec<u32> = vec![0; items.len()];
    let mut touched: Vec<u32> = Vec::new();
    let mut probe: Vec<&[u32]> = Vec::new();
    let mut by_length: Vec<u64> = Vec::new();
    let mut candidates: Vec<(u32, u32)> = Vec::new();
    // A pair found from both of its items is scored once, from the first: `later[k]` is
    // (first item, next entry) of a chain per second item starting at `chain[second]`, read
    // when the second item's turn comes into `stamp` (`stamp[o] == ix`: `o` and `ix` scored).
    let mut chain: Vec<u32> = vec![u32::MAX; items.len()];
    let mut later: Vec<(u32, u32)> = Vec::new();
    let mut stamp: Vec<u32> = vec![u32::MAX; items.len()];
    progress.finish();
    progress.start(Phase::Matching, items.len() + then);
    for ix in 0..items.len() {
        progress.at(ix);
        if items[ix].content.len() < limits.min_words {
            continue;
        }
        // Probe with every content word, rarest first: postings hold only the sentences for
        // which that word is among the rarest, so even a common word's list is short. On text
        // where that fails (templated copy, where thousands of sentences share their rare
        // words), a visit budget per sentence bounds the work.
        probe.clear();
        probe.extend(
            (index.words(ix).iter())
                .map(|&id| index.postings(id))
                .filter(|l| !l.is_empty()),
        );
        // Shortest list first, as (length, position) keys.
        by_length.clear();
        by_length.extend((probe.iter().enumerate()).map(|(k, l)| pack32(l.len() as u32, k as u32)));
        by_length.sort_unstable();
        let mut budget = limits.max_candidates * 16;
        for list in by_length.iter().map(|&k| probe[k as u32 as usize]) {
            if list.len() > limits.max_postings || list.len() > budget {
                skipped.common_words += 1;
                continue;
            }
            budget -= list.len();
            for &other in list {
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
        candidates.clear();
        candidates.extend(
            touched
                .drain(..)
                .map(|o| (core::mem::take(&mut hits[o as usize]), o)),
        );
        // With many candidates, one shared indexed word is noise (a mid-frequency word that
        // happens to be rare for the other sentence); a real rewrite shares several.
        if candidates.len() > limits.max_candidates / 4 {
            candidates.retain(|&(h, _)| h > 1);
        }
        if candidates.len() > limits.max_candidates {
            skipped.capped_sentences += 1;
            candidates.select_nth_unstable_by_key(limits.max_candidates - 1, |&(h, o)| {
                (core::cmp::Reverse(h), o)
            });
            candidates.truncate(limits.max_candidates);
        }
        let mut k = chain[ix];
        while let Some(&(first, next)) = later.get(k as usize) {
            stamp[first as usize] = ix as u32;
            k = next;
        }
        for &(_, other) in &candidates {
            let o = other as usize;
            if o < ix && stamp[o] == ix as u32 {
                continue;
            }
            if o > ix {
                later.push((ix as u32, chain[o]));
                chain[o] = (later.len() - 1) as u32;
            }
            let (i, j) = (ix.min(o), ix.max(o));
            if let Some(e) = edge(items, meaning, i, j, threshold) {
                pairs.push(e);
            }
        }
    }
    if let Some(m) = meaning
        && items.len() <= m.meaning.search_limit
    {
        let enough = |i: usize| items[i].content.len() >= MIN_MEANING_WORDS.max(limits.min_words);
        let close = m.vectors.close_pairs(m.meaning.floor, |i, j| {
            enough(i) && enough(j) && allow(i, j)
        });
        pairs.extend(
            close
                .into_iter()
                .filter_map(|(i, j, _)| edge(items, meaning, i as usize, j as usize, threshold)),
        );
    }
    // A pair may be found by words and by meaning: sorted as
    // (first, second, position) keys, the first of each pair kept.
    let mut keys: Vec<u128> = pairs
        .iter()
        .enumerate()
        .map(|(k, e)| pack(e.a as usize, e.b as usize) << 32 | k as u128)
        .collect();
    sort_keys(&mut keys);
    keys.dedup_by_key(|k| *k >> 32);
    let pairs = keys
        .into_iter()
        .map(|k| pairs[(k & u128::from(u32::MAX)) as usize])
        .collect();
    (pairs, skipped)
}

/// The inverted index: each item's content words as dense ids (one hash lookup per word, for
/// all the uses that follow), and per id the items filed under it, in item order, in one flat
/// array (no list per word to allocate).
struct Index {
    /// The ids of each item's content words, in the item's word order: item `ix` holds
    /// `ids[starts[ix]..starts[ix + 1]]` (none for an item under `min_words`).
    ids: Vec<u32>,
    starts: Vec<usize>,
    /// The items filed under id `w`: `filed[heads[w]..heads[w + 1]]`.
    filed: Vec<u32>,
    heads: Vec<usize>,
}

impl Index {
    fn new(items: &[&Features], limits: CandidateLimits, progress: &mut Reporter<'_>) -> Self {
        let eligible = |f: &Features| f.content.len() >= limits.min_words;
        let total: usize = (items.iter().filter(|f| eligible(f)))
            .map(|f| f.content.len())
            .sum();
        let mut id_of: Map<Word, u32> = map();
        id_of.reserve(total);
        let (mut ids, mut starts) = (
            Vec::with_capacity(total),
            Vec::with_capacity(items.len() + 1),
        );
        // Document frequencies, per id.
        let mut df: Vec<u32> = Vec::new();
        starts.push(0);
        for f in items {
            if eligible(f) {
                for &w in &f.content {
                    let next = df.len() as u32;
                    let id = *id_of.entry(w).or_insert(next);
                    if id == next {
                        df.push(0);
                    }
                    df[id as usize] += 1;
                    ids.push(id);
                }
            }
            starts.push(ids.len());
        }
        // Each item's signature: a word in no other sentence can link to nothing, so only
        // shared words, rarest first as (document frequency, word) keys.
        let mut signatures: Vec<u32> = Vec::new();
        let mut sig_starts = Vec::with_capacity(items.len() + 1);
        sig_starts.push(0);
        let mut sig: Vec<u64> = Vec::new();
        for (ix, f) in items.iter().enumerate() {
            progress.at(ix);
            sig.clear();
            let item_ids = &ids[starts[ix]..starts[ix + 1]];
            sig.extend((item_ids.iter().zip(&f.content)).filter_map(|(&id, &w)| {
                let n = df[id as usize];
                (n > 1).then(|| pack32(n, w))
            }));
            sig.sort_unstable();
            sig.truncate(limits.signature);
            // The id of each word, at its place in the sorted content.
            signatures.extend(sig.iter().map(|&k| {
                let at = f.content.partition_point(|&w| w < k as Word);
                item_ids[at]
            }));
            sig_starts.push(signatures.len());
        }
        // Postings, laid out by counting: the items filed under each id, in item order.
        let mut heads = vec![0usize; df.len() + 1];
        for &id in &signatures {
            heads[id as usize + 1] += 1;
        }
        for w in 0..df.len() {
            heads[w + 1] += heads[w];
        }
        let mut next = heads.clone();
        let mut filed = vec![0u32; signatures.len()];
        for ix in 0..items.len() {
            for &id in &signatures[sig_starts[ix]..sig_starts[ix + 1]] {
                filed[next[id as usize]] = ix as u32;
                next[id as usize] += 1;
            }
        }
        Self {
            ids,
            starts,
            filed,
            heads,
        }
    }

    /// The ids of item `ix`'s content words.
    fn words(&self, ix: usize) -> &[u32] {
        &self.ids[self.starts[ix]..self.starts[ix + 1]]
    }

    /// The items filed under id `w`, in order.
    fn postings(&self, w: u32) -> &[u32] {
        &self.filed[self.heads[w as usize]..self.heads[w as usize + 1]]
    }
}

/// Sentences with fewer content words are not matched on meaning: a section title ("Ceasefire
/// and Truce Negotiations") is close in meaning to every sentence on its topic.
pub(crate) const MIN_MEANING_WORDS: usize = 4;

/// Items `i < j` as an edge, when their combined score reaches `threshold`.
fn edge(
    items: &[&Features],
    meaning: Option<MeaningInput<'_>>,
    i: usize,
    j: usize,
    threshold: f32,
) -> Option<Edge> {
    let words = similarity(&items[i].words, &items[j].words);
    let enough = |f: &Features| f.content.len() >= MIN_MEANING_WORDS;
    let cos = meaning
        .filter(|_| enough(items[i]) && enough(items[j]))
        .and_then(|m| m.vectors.cosine(i, j));
    let (score, keep) = match meaning {
        Some(m) => {
            let score = combined(words, cos, m.meaning);
            let needed = threshold.max(m.meaning.paraphrase_threshold);
            (score, words >= threshold || score >= needed)
        }
        None => (words, words >= threshold),
    };
    keep.then_some(Edge {
        a: i as u32,
        b: j as u32,
        score,
        words,
        meaning: cos,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feats(s: &str) -> Features {
        Features::of_text(s, &mut String::new())
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
        let tuning = CandidateLimits {
            signature: 8,
            max_postings: 100,
            max_candidates: 10,
            min_words: 3,
        };
        let (pairs, skipped) = similar_pairs(&refs, 0.5, tuning, None, |_, _| true);
        assert_eq!(
            pairs.iter().map(|p| (p.a, p.b)).collect::<Vec<_>>(),
            [(0, 2)]
        );
        assert_eq!(skipped, Skipped::default());
        let (none, _) = similar_pairs(&refs, 0.5, tuning, None, |_, _| false);
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
            include_str!("../../tests/fixtures/articles/000.txt"),
            include_str!("../../tests/fixtures/articles/001.txt"),
            include_str!("../../tests/fixtures/articles/002.txt"),
            include_str!("../../tests/fixtures/articles/003.txt"),
            include_str!("../../tests/fixtures/articles/004.txt"),
        ];
        let docs: Vec<Doc<'_>> = texts.iter().map(|t| Doc::new("x", t)).collect();
        let mut seen = std::collections::HashSet::new();
        let items: Vec<&Features> = docs
            .iter()
            .flat_map(|d| d.features.iter().map(|f| &**f))
            .filter(|f| seen.insert(f.key))
            .collect();
        let tuning = CandidateLimits {
            signature,
            ..crate::options::Options::default().candidates()
        };
        let (found, _) = similar_pairs(&items, 0.5, tuning, None, |_, _| true);
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
        let (found, brute) =
            recall_on_fixtures(crate::options::Options::default().candidates().signature);
        assert_eq!(found, brute);
    }
}
