//! The article × article matrices: how much of each article another carries, in its words
//! (containment) and in what it says (similarity).

use super::matches::{BestMatch, BestMatches};
use crate::doc::Doc;

/// `out[i][j]`: the share of article i's words in sentences that article j also carries,
/// weighted by `score` of each sentence's best match in j; sentences left out (`skip`) count
/// for neither.
pub(crate) fn containment(
    docs: &[Doc<'_>],
    skip: &[Vec<bool>],
    best: &BestMatches,
    score: impl Fn(&BestMatch) -> f32,
) -> Vec<Vec<f32>> {
    let n = docs.len();
    let mut out = vec![vec![0.0f32; n]; n];
    for (i, doc) in docs.iter().enumerate() {
        let total: usize = (0..doc.sentences.len())
            .filter(|&s| !skip[i][s])
            .map(|s| doc.weight(s))
            .sum();
        out[i][i] = 1.0;
        if total == 0 {
            continue;
        }
        let mut covered = vec![0.0f64; n];
        for (s, row) in best[i].iter().enumerate() {
            for m in row {
                covered[m.article as usize] += doc.weight(s) as f64 * f64::from(score(m));
            }
        }
        for j in (0..n).filter(|&j| j != i) {
            out[i][j] = (covered[j] / total as f64) as f32;
        }
    }
    out
}

/// `out[i][j]`, symmetric: how much content articles i and j share, the mean of the two
/// directions of [`containment`] weighted by each match's combined score (words and meaning).
pub(crate) fn similarity(
    docs: &[Doc<'_>],
    skip: &[Vec<bool>],
    best: &BestMatches,
) -> Vec<Vec<f32>> {
    let one_way = containment(docs, skip, best, |m| m.score);
    let n = docs.len();
    (0..n)
        .map(|i| {
            (0..n)
                .map(|j| (one_way[i][j] + one_way[j][i]) / 2.0)
                .collect()
        })
        .collect()
}
