//! Many articles into stories: which articles of a corpus cover the same story, found without
//! comparing every pair, then each story compared as one set.
//!
//! * [`signature`]: a document's MinHash signature over its normalized content words, with the
//!   hash, seeds and word rules frozen (the browser, the command line and Python agree);
//! * [`meaning`]: a document's meaning vector (the engine's embedding table, mean-pooled);
//! * [`group`]: candidate pairs by LSH banding of the signatures, each article linked to its
//!   nearest candidate by meaning, the links joined into stories (connected components);
//! * [`summary`]: one story's report in a few counts (sources, shared, unique, findings).
//!
//! The front ends each own their input and output: `article-compare stories DIR` runs all
//! three on one machine, and the Spark job (`examples/spark/story_clusters.py`) does the banding
//! and the components in Spark and the rest through the Python package.

pub mod group;
pub mod meaning;
pub mod signature;
pub mod summary;

pub use group::{Grouping, candidate_pairs, components, group, group_texts, nearest_links};
pub use meaning::cosine;
pub use signature::{Signature, band_keys, signature, similarity};
pub use summary::StorySummary;
