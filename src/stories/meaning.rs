//! An article's meaning vector: the mean of the word-piece rows of its whole text in the
//! engine's static embedding table (`similarity/embed.rs`, model/MODEL.md), unit length. The
//! story link compares these: the nearest article by meaning is a sibling for 98% of BASIL's
//! articles, and no threshold on shared words separates its stories (DESIGN.md, "Stories").

use crate::similarity::embed::{Embedder, Model};

/// The meaning vector of each text (each `model.dim()` long; zero for a text with no word
/// piece, which is then near nothing).
pub fn vectors<'t>(model: &Model, texts: impl IntoIterator<Item = &'t str>) -> Vec<Vec<f32>> {
    let mut embedder = Embedder::new(model);
    texts
        .into_iter()
        .map(|t| {
            let mut v = vec![0.0; model.dim()];
            embedder.embed(t, &mut v);
            v
        })
        .collect()
}

/// The cosine of two unit vectors (their dot product), summed in order so that every front
/// end gets the same bits.
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).fold(0.0, |acc, (x, y)| acc + x * y)
}
