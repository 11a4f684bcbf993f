//! The article × article matrices: how much of each article another carries, in its words
//! (containment) and in what it says (similarity).

use super::NO_VARIANT;
use super::matches::{BestMatch, Matches};
use crate::doc::{Doc, Loc};
use crate::similarity::Vectors;

/// `out[i][j]`: the share of article i's words in sentences that article j also carries,
/// weighted by `score` of each sentence's best match in j; sentences left out (`skip`) count
/// for neither.
pub(crate) fn containment(
    docs: &[Doc<'_>],
    skip: &[Vec<bool>],
    matches: &Matches,
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
        for s in 0..doc.sentences.len() {
            for m in matches.best_of(Loc::new(i, s)) {
                covered[m.article as usize] += doc.weight(s) as f64 * f64::from(score(m));
            }
        }
        for j in (0..n).filter(|&j| j != i) {
            out[i][j] = (covered[j] / total as f64) as f32;
        }
    }
    out
}

/// The weight of the articles' closeness in meaning as a whole in [`similarity`].
const WHOLE_ARTICLE_WEIGHT: f32 = 0.1;

/// `out[i][j]`, symmetric: how much content articles i and j share. Mostly (1 −
/// [`WHOLE_ARTICLE_WEIGHT`]) the mean of the two directions of [`containment`] where each
/// matched sentence counts whole, whatever its grade (a paraphrase carries the same content as a
/// copy); the rest is the cosine of the two articles' mean meaning vectors (`articles`, unit
/// length, centered on the set), when it is positive: it tells apart two articles on one story
/// that share no sentence from two on different stories.
pub(crate) fn similarity(
    docs: &[Doc<'_>],
    skip: &[Vec<bool>],
    matches: &Matches,
    articles: Option<&[Vec<f32>]>,
) -> Vec<Vec<f32>> {
    let one_way = containment(docs, skip, matches, |_| 1.0);
    let n = docs.len();
    // Symmetric, so each pair is computed once (the n² cosines of 256 dimensions are most of
    // this at 1,000 articles); both orders give the same bits.
    let mut out = vec![vec![0f32; n]; n];
    let mut cos = vec![0f32; n];
    for i in 0..n {
        if let Some(v) = articles {
            cosines(&v[i], &v[i + 1..], &mut cos[i + 1..]);
        }
        for j in i..n {
            let shared = (one_way[i][j] + one_way[j][i]) / 2.0;
            let value = match articles {
                Some(_) if i != j => {
                    (1.0 - WHOLE_ARTICLE_WEIGHT) * shared + WHOLE_ARTICLE_WEIGHT * cos[j].max(0.0)
                }
                _ => shared,
            };
            out[i][j] = value;
            out[j][i] = value;
        }
    }
    out
}

/// `out[k]`: the dot product of `a` and `others[k]`, each summed in order from `-0.0` as
/// `Iterator::sum` does (the same bits). Eight at a time: each sum is a chain of dependent
/// additions, and eight independent chains keep the processor busy where one waits on each.
fn cosines(a: &[f32], others: &[Vec<f32>], out: &mut [f32]) {
    const LANES: usize = 8;
    let mut rows = others.chunks_exact(LANES);
    let mut outs = out.chunks_exact_mut(LANES);
    for (rows, out) in (&mut rows).zip(&mut outs) {
        // Cut to `a`'s length, so the loop below needs no bounds checks.
        let rows: [&[f32]; LANES] = core::array::from_fn(|k| &rows[k][..a.len()]);
        let mut acc = [-0.0f32; LANES];
        for (d, &x) in a.iter().enumerate() {
            for (acc, row) in acc.iter_mut().zip(&rows) {
                *acc += x * row[d];
            }
        }
        out.copy_from_slice(&acc);
    }
    for (row, out) in rows.remainder().iter().zip(outs.into_remainder()) {
        *out = a.iter().zip(row).map(|(x, y)| x * y).sum();
    }
}

/// Each article's mean meaning vector, of unit length (zero where it has none), from the
/// vectors of its sentences' variants.
pub(crate) fn article_vectors(vectors: &Vectors, of: &[Vec<u32>]) -> Vec<Vec<f32>> {
    of.iter()
        .map(|row| {
            let mut sum = vec![0f32; vectors.dim()];
            for &v in row.iter().filter(|&&v| v != NO_VARIANT) {
                vectors.add_to(v as usize, &mut sum);
            }
            let norm = sum.iter().map(|x| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                sum.iter_mut().for_each(|x| *x /= norm);
            }
            sum
        })
        .collect()
}
