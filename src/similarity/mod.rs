//! Near-duplicate sentences: word features, the candidate index, and the score.
//!
//! * [`features`]: a sentence's key hash and sorted word sets, in one pass over its text;
//! * [`index`]: candidate pairs from an inverted index over each sentence's rarest words, never
//!   from comparing every pair;
//! * [`score`]: the similarity of two word sets, from 0 to 1.
//!
//! Other kinds of features (a sentence embedding, say) would sit beside `features` and feed the
//! same index and score.

pub(crate) mod features;
pub(crate) mod index;
pub(crate) mod score;

pub(crate) use features::{Features, Word};
pub(crate) use index::{CandidateLimits, Edge, Skipped, any_pair, similar_pairs};
pub(crate) use score::similarity;
