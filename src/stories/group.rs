//! Stories from signatures: LSH banding finds candidate pairs without comparing every pair, a
//! candidate is kept when its signatures agree on at least [`THRESHOLD`] of their values, and
//! the kept pairs are joined into connected components.
//!
//! The Spark job does the banding and the join in Spark, with the same band keys
//! ([`band_keys`](super::band_keys)), the same test ([`linked`]) and the same components
//! ([`components`]), so that both give one grouping.

use super::signature::{Signature, band_keys, similarity};
use crate::util::UnionFind;
use crate::util::hash::map;

/// LSH bands, of [`ROWS`] values each: two documents are candidates when all values of one
/// band agree. With Jaccard `J` that happens with probability `1 - (1 - J²)⁶⁴`: 0.90 at 0.19,
/// 0.99 at 0.27 (DESIGN.md, "Stories").
pub const BANDS: usize = 64;

/// Values per band.
pub const ROWS: usize = 2;

/// The least share of agreeing signature values (the estimated Jaccard similarity of the two
/// articles' content words) for two candidates to be one story. Chosen on BASIL
/// (bench/RESULTS.md, "Stories").
pub const THRESHOLD: f32 = 0.19;

/// Whether two candidates are one story.
pub fn linked(a: &Signature, b: &Signature) -> bool {
    similarity(a, b) >= THRESHOLD
}

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
    /// Candidate pairs kept as links.
    pub links: usize,
}

/// Groups documents into stories by their signatures (banding, [`linked`], [`components`]).
///
/// ```
/// use article_compare::stories::{group, signature};
/// let texts = [
///     "Hamas released Edan Alexander, an American soldier held in Gaza, on Monday.",
///     "The Senate passed the farm bill, which cuts food stamps by $8 billion.",
///     "Edan Alexander, the American soldier, was released by Hamas in Gaza on Monday.",
/// ];
/// let sigs: Vec<_> = texts.iter().map(|t| signature(t)).collect();
/// assert_eq!(group(&sigs).stories, [vec![0, 2], vec![1]]);
/// ```
pub fn group(signatures: &[Signature]) -> Grouping {
    let candidates = candidate_pairs(signatures);
    let links: Vec<(usize, usize)> = candidates
        .iter()
        .copied()
        .filter(|&(i, j)| linked(&signatures[i], &signatures[j]))
        .collect();
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
