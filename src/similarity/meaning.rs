//! What a sentence means, as a vector: the [embedding model](super::embed)'s sentence vectors,
//! centered on the mean of the set being compared, and the pairs that meaning alone links.
//!
//! Centering: every sentence of one story shares the story's topic, and static embeddings give
//! any two of them a high cosine for that alone. Subtracting the set's mean vector removes
//! what all sentences share, so the cosine of two centered vectors says what two sentences
//! share beyond the topic (DESIGN.md has the figures). The mean is taken over at most
//! [`MEAN_SAMPLE`] sentences spread over the set, so the model runs once per sentence.
//!
//! Vectors are kept as `i8` with one scale each (a quarter of `f32`), and as sign bits: the
//! Hamming distance of the sign bits filters the pairs worth an exact cosine.

use super::embed::{Embedder, Model};
use crate::progress::Reporter;

/// How many sentences, spread evenly over the set, give the mean vector.
pub(crate) const MEAN_SAMPLE: usize = 2048;

/// Fewer sentences than this give no meaning vectors: their mean is not the story's topic but
/// mostly the sentences themselves (two centered vectors of a set of two are opposite).
pub(crate) const MIN_SET: usize = 12;

/// The share of sign bits two vectors may differ in and still be scored exactly: a cheap filter
/// that keeps nearly every pair close enough to match (DESIGN.md has the measurement).
const MAX_SIGN_DIFFERENCE: f32 = 0.43;

/// Centered unit vectors, one per item (none for an item without word pieces).
pub(crate) struct Vectors {
    dim: usize,
    /// Each vector's components as `i8`, the largest at ±127.
    data: Vec<i8>,
    /// Per item: the factor that turns an `i8` dot product into a cosine part; 0 for no vector.
    scale: Vec<f32>,
    /// Sign bits of each vector, `sign_words` words per item.
    signs: Vec<u64>,
    sign_words: usize,
}

impl Vectors {
    /// Embeds `texts` with `model`, centered on the mean of the set `set` (the sentences being
    /// compared, of which `texts` may be a part). `None` when `set` has fewer than [`MIN_SET`]
    /// sentences with word pieces.
    pub fn new(model: &Model, texts: &[&str], set: &[&str]) -> Option<Self> {
        Self::with_progress(model, texts, set, &mut Reporter::silent())
    }

    /// [`Vectors::new`], reporting each text embedded to `progress` (its phase started by the
    /// caller, of `texts.len()` units).
    pub(crate) fn with_progress(
        model: &Model,
        texts: &[&str],
        set: &[&str],
        progress: &mut Reporter<'_>,
    ) -> Option<Self> {
        let dim = model.dim();
        let n = texts.len();
        let mut embedder = Embedder::new(model);
        let mut v = vec![0f32; dim];
        let mut mean = vec![0f32; dim];
        let step = set.len().div_ceil(MEAN_SAMPLE).max(1);
        let mut counted = 0usize;
        for t in set.iter().step_by(step) {
            if embedder.embed(t, &mut v) {
                mean.iter_mut().zip(&v).for_each(|(m, x)| *m += x);
                counted += 1;
            }
        }
        if counted * step < MIN_SET {
            return None;
        }
        mean.iter_mut().for_each(|m| *m /= counted as f32);
        let sign_words = dim.div_ceil(64);
        let mut out = Vectors {
            dim,
            data: vec![0; n * dim],
            scale: vec![0.0; n],
            signs: vec![0; n * sign_words],
            sign_words,
        };
        for (i, t) in texts.iter().enumerate() {
            progress.at(i);
            if !embedder.embed(t, &mut v) {
                continue;
            }
            v.iter_mut().zip(&mean).for_each(|(x, m)| *x -= m);
            let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
            let max = v.iter().fold(0f32, |a, x| a.max(x.abs()));
            if norm <= f32::EPSILON || max <= 0.0 {
                continue;
            }
            let q = 127.0 / max;
            let row = &mut out.data[i * dim..(i + 1) * dim];
            let signs = &mut out.signs[i * sign_words..(i + 1) * sign_words];
            for (k, (r, x)) in row.iter_mut().zip(&v).enumerate() {
                *r = (x * q).round() as i8;
                if *x > 0.0 {
                    signs[k / 64] |= 1 << (k % 64);
                }
            }
            // cos = Σ (x/norm)(y/norm') = dot_i8 · (max/127/norm) · (max'/127/norm')
            out.scale[i] = max / 127.0 / norm;
        }
        Some(out)
    }

    /// How many items.
    pub fn len(&self) -> usize {
        self.scale.len()
    }

    /// Whether item `i` has a vector.
    pub fn has(&self, i: usize) -> bool {
        self.scale[i] > 0.0
    }

    /// The centered cosine of items `a` and `b`, from -1 to 1; `None` where either has no vector.
    pub fn cosine(&self, a: usize, b: usize) -> Option<f32> {
        if !self.has(a) || !self.has(b) {
            return None;
        }
        let (x, y) = (self.row(a), self.row(b));
        // Integer dot product in lanes of 8: the compiler vectorizes it (the hot loop of the
        // meaning search).
        let mut acc = [0i32; 8];
        for (cx, cy) in x.chunks_exact(8).zip(y.chunks_exact(8)) {
            for k in 0..8 {
                acc[k] += i32::from(cx[k]) * i32::from(cy[k]);
            }
        }
        let tail: i32 = x
            .chunks_exact(8)
            .remainder()
            .iter()
            .zip(y.chunks_exact(8).remainder())
            .map(|(&p, &q)| i32::from(p) * i32::from(q))
            .sum();
        let dot = acc.iter().sum::<i32>() + tail;
        Some((dot as f32 * self.scale[a] * self.scale[b]).clamp(-1.0, 1.0))
    }

    /// Adds item `i`'s unit vector to `sum` (nothing when it has none).
    pub fn add_to(&self, i: usize, sum: &mut [f32]) {
        let norm_scale = self.scale[i];
        for (s, &q) in sum.iter_mut().zip(self.row(i)) {
            *s += f32::from(q) * norm_scale;
        }
    }

    /// The dimension of the vectors.
    pub fn dim(&self) -> usize {
        self.dim
    }

    fn row(&self, i: usize) -> &[i8] {
        &self.data[i * self.dim..(i + 1) * self.dim]
    }

    fn sign_distance(&self, a: usize, b: usize) -> u32 {
        let w = self.sign_words;
        self.signs[a * w..(a + 1) * w]
            .iter()
            .zip(&self.signs[b * w..(b + 1) * w])
            .map(|(x, y)| (x ^ y).count_ones())
            .sum()
    }

    /// Every pair `a < b` allowed by `allow` whose centered cosine is at least `floor`, by
    /// comparing sign bits of every pair and the vectors of those close enough. Quadratic in
    /// the number of items: callers bound it (see `Options::meaning_search_limit`).
    pub fn close_pairs(
        &self,
        floor: f32,
        allow: impl Fn(usize, usize) -> bool,
    ) -> Vec<(u32, u32, f32)> {
        let max_diff = (MAX_SIGN_DIFFERENCE * self.dim as f32) as u32;
        let with: Vec<usize> = (0..self.len()).filter(|&i| self.has(i)).collect();
        let mut out = Vec::new();
        for (k, &a) in with.iter().enumerate() {
            for &b in &with[k + 1..] {
                if self.sign_distance(a, b) > max_diff || !allow(a, b) {
                    continue;
                }
                if let Some(c) = self.cosine(a, b)
                    && c >= floor
                {
                    out.push((a as u32, b as u32, c));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::similarity::embed::Model;

    fn model() -> Model {
        Model::from_bytes(include_bytes!("../../model/embed.bin").to_vec()).expect("model")
    }

    /// Sentences of the same story, for the mean.
    const SET: [&str; 8] = [
        "The Trump administration has engaged in direct talks with Hamas for the first time.",
        "The talks focused on the release of American hostages held in Gaza.",
        "Israel was consulted ahead of the talks, the White House said.",
        "Adam Boehler, the U.S. envoy for hostage affairs, led the negotiations.",
        "The first phase of the ceasefire ended in early March.",
        "Hamas released 33 hostages during the first phase of the truce.",
        "The United States designated Hamas a terrorist organization in 1997.",
        "Trump has warned Hamas to release all hostages or face consequences.",
    ];

    #[test]
    fn restated_claims_are_close_and_topic_alone_is_not() {
        let texts = [
            "Hamas currently holds 59 hostages, with Israeli intelligence estimating that at least 24 remain alive.",
            "The Israeli Defense Forces confirmed that 59 hostages remain in Hamas captivity, with 35 of them believed dead.",
            "Qatar, which has hosted Hamas' political wing since 2012, continues to play a central role in diplomatic negotiations.",
            "The Gulf state, a U.S. ally, has also facilitated past talks involving Iran, the Taliban, and Russia.",
            "The White House confirmed on Wednesday that it has held direct talks with Hamas.",
            "Israel suspended humanitarian aid to Gaza after the first phase of the ceasefire expired.",
            "",
        ];
        let m = model();
        let mut set = texts.to_vec();
        set.extend(SET);
        let v = Vectors::new(&m, &texts, &set).expect("a set large enough");
        assert!(
            Vectors::new(&m, &texts, &texts[..4]).is_none(),
            "too few to center on"
        );
        assert!(!v.has(6), "no words, no vector");
        let same = v.cosine(0, 1).expect("vectors");
        let topic = v.cosine(0, 2).expect("vectors");
        assert!(same > topic + 0.2, "same claim {same}, same topic {topic}");
        let pairs = v.close_pairs(same - 0.01, |_, _| true);
        assert!(pairs.iter().any(|p| (p.0, p.1) == (0, 1)), "{pairs:?}");
        assert!(v.close_pairs(-1.0, |_, _| false).is_empty());
    }
}
