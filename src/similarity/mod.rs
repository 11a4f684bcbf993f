//! Near-duplicate sentences: word features, the candidate index, and the score.
//!
//! * [`features`]: a sentence's key hash and sorted word sets, in one pass over its text;
//! * [`index`]: candidate pairs from an inverted index over each sentence's rarest words, never
//!   from comparing every pair;
//! * [`score`]: the similarity of two word sets, from 0 to 1, and combined with meaning;
//! * [`embed`] (with [`wordpiece`]): sentence vectors from a static token-embedding model;
//! * [`meaning`]: those vectors centered on the set compared, and the pairs meaning alone links.

pub(crate) mod embed;
pub(crate) mod features;
pub(crate) mod index;
pub(crate) mod meaning;
pub(crate) mod score;
pub(crate) mod wordpiece;

pub(crate) use features::{Features, Word};
pub(crate) use index::{
    CandidateLimits, Edge, MeaningInput, Skipped, any_pair, similar_pairs, similar_pairs_reporting,
};
pub(crate) use meaning::Vectors;
pub(crate) use score::{Meaning, similarity};
