//! Stories from signatures and meaning vectors. LSH banding of the MinHash signatures finds the
//! candidate pairs (articles that share a content word's minimum in one of [`BANDS`]
//! permutations) without comparing every pair; each article is linked to its nearest candidate
//! by meaning when their cosine is at least [`NEAREST`]; the links are joined into connected
//! components.
//!
//! The Spark job does the banding, the cosines and the nearest candidate in Spark, with the same
//! band keys ([`band_keys`](super::band_keys)), the same cosine ([`cosine`]), the same order
//! ([`nearest_links`]) and the same components ([`components`]), so both give one grouping.

use super::meaning::{cosine, vectors};
use super::signature::{Signature, band_keys, signature};
use crate::similarity::embed::Model;
use crate::util::UnionFind;
use crate::util::hash::map;

/// LSH bands, of [`ROWS`] values each: two articles are candidates when all values of one band
/// agree. One row a band: the articles of one story share few words (a Jaccard similarity of
/// content words from 0.06, median 0.17, on BASIL), and with `J` they become candidates with
/// probability `1 - (1 - J)³²` (0.96 at 0.1). The meaning link does the choosing.
pub const BANDS: usize = 32;

/// Values per band.
pub const ROWS: usize = 1;

/// The least cosine of two articles' meaning vectors for an article to be linked to its nearest
/// candidate. Chosen on BASIL (bench/RESULTS.md, "Stories"): pair F1 0.969 from 0.5 to 0.6.
pub const NEAREST: f32 = 0.55;

/// Every pair `(i, j)`, `i < j`, of documents that share a band key, sorted, each once.
pub fn candidate_pairs(signatures: &[Signature]) -> Vec<(usize, usize)> {
    let mut buckets = map::<u64, Vec<u32>>();
    for (i, sig) in signatures.iter().enumerate() {
        for key in band_keys(sig) {
            buckets.entry(key).or_default().push(i as u32);
        }
    }
    let mut pairs = Vec::new();
    for docs in buckets.values() {
        for (k, &i) in docs.iter().enumerate() {
            pairs.extend(docs[k + 1..].iter().map(|&j| (i as usize, j as usize)));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Each document's link to its nearest candidate: of the `(i, j, cosine)` candidates, the one of
/// highest cosine, the lower index on a tie, kept when the cosine is at least [`NEAREST`].
/// Returned as `(document, nearest)`, in document order.
pub fn nearest_links(n: usize, scored: &[(usize, usize, f32)]) -> Vec<(usize, usize)> {
    let mut best: Vec<Option<(f32, usize)>> = vec![None; n];
    let mut offer = |from: usize, to: usize, c: f32| {
        let better = match best[from] {
            None => true,
            Some((bc, bj)) => c > bc || (c == bc && to < bj),
        };
        if better {
            best[from] = Some((c, to));
        }
    };
    for &(i, j, c) in scored {
        offer(i, j, c);
        offer(j, i, c);
    }
    best.iter()
        .enumerate()
        .filter_map(|(i, b)| b.filter(|&(c, _)| c >= NEAREST).map(|(_, j)| (i, j)))
        .collect()
}

/// The connected components of `0..n` joined by `links`, each in ascending order, in the order
/// of their smallest member: story `s` is `components(..)[s]`.
pub fn components(n: usize, links: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let mut sets = UnionFind::new(n);
    for &(i, j) in links {
        sets.union(i, j);
    }
    sets.groups()
}

/// A corpus grouped into stories.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grouping {
    /// The stories, each a list of document indexes in ascending order, in the order of their
    /// first document.
    pub stories: Vec<Vec<usize>>,
    /// For each document, its story.
    pub story_of: Vec<usize>,
    /// Candidate pairs the banding found.
    pub candidates: usize,
    /// Links kept (at most one a document).
    pub links: usize,
}

/// Groups texts into stories on one machine: their signatures and meaning vectors with `model`,
/// then [`group`]. `article-compare stories` and the Python package's `group` run this.
pub fn group_texts(model: &Model, texts: &[&str]) -> Grouping {
    let signatures: Vec<Signature> = texts.iter().map(|t| signature(t)).collect();
    group(&signatures, &vectors(model, texts.iter().copied()))
}

/// Groups documents into stories by their signatures and meaning vectors (banding,
/// [`nearest_links`], [`components`]).
///
/// ```
/// use article_compare::stories::{group, meaning, signature};
/// let texts = [
///     "Hamas released Edan Alexander, an American soldier held in Gaza, on Monday.",
///     "The Senate passed the farm bill, which cuts food stamps by $8 billion.",
///     "Edan Alexander, the American soldier, was released by Hamas in Gaza on Monday.",
/// ];
/// let sigs: Vec<_> = texts.iter().map(|t| signature(t)).collect();
/// let vecs = meaning::vectors(article_compare::bundled_model(), texts);
/// assert_eq!(group(&sigs, &vecs).stories, [vec![0, 2], vec![1]]);
/// ```
pub fn group(signatures: &[Signature], vectors: &[Vec<f32>]) -> Grouping {
    let candidates = candidate_pairs(signatures);
    let scored: Vec<(usize, usize, f32)> = candidates
        .iter()
        .map(|&(i, j)| (i, j, cosine(&vectors[i], &vectors[j])))
        .collect();
    let links = nearest_links(signatures.len(), &scored);
    let stories = components(signatures.len(), &links);
    let mut story_of = vec![0; signatures.len()];
    for (s, docs) in stories.iter().enumerate() {
        for &d in docs {
            story_of[d] = s;
        }
    }
    Grouping {
        stories,
        story_of,
        candidates: candidates.len(),
        links: links.len(),
    }
}
