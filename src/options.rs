//! Thresholds and work budgets, with documented defaults, and the part of them each stage needs.
//!
//! [`Options`] is the one set of knobs a caller sees; the stages never read it. Each stage gets
//! a small config of its own ([`CandidateLimits`], [`MatchConfig`], [`FindingsConfig`]), made
//! here, so that a stage's signature says what it depends on.

use serde::{Deserialize, Serialize};

use crate::compare::MatchConfig;
use crate::error::Error;
use crate::findings::FindingsConfig;
use crate::similarity::{CandidateLimits, Meaning};

/// How many of a sentence's rarest content words file it in the candidate index: on the five
/// fixture articles, 8 finds every pair that brute force finds (the `recall` test checks it).
pub(crate) const SIGNATURE_WORDS: usize = 8;

/// Thresholds and work budgets, with documented defaults; a builder in the manner of
/// `similar::TextDiff::configure()`.
///
/// From JavaScript the same options are given as an object with these names in camelCase
/// (`{ matchThreshold: 0.6 }`); unknown names are an error.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub struct Options {
    /// Lowest similarity for a cross-article match or an edited pair. Default 0.5.
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<f32>", optional))]
    pub match_threshold: f32,
    /// Lowest similarity graded `near_identical` rather than `rewritten`. Default 0.85.
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<f32>", optional))]
    pub near_identical: f32,
    /// Lowest similarity for two sentences of one article to count as a repeat. Default 0.8.
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<f32>", optional))]
    pub repeat_threshold: f32,
    /// Sentences with fewer content words (not counting words like "the") only match
    /// identical ones. Default 3.
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<usize>", optional))]
    pub min_words: usize,
    /// At most this many near-duplicate candidates are scored per sentence (or per quote).
    /// Default 64.
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<usize>", optional))]
    pub max_candidates: usize,
    /// A word filed in the index under more sentences (or quotes) than this is passed over as
    /// too common. Default 4096.
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<usize>", optional))]
    pub max_postings: usize,
    /// An edited pair (or two wordings of a quote) with more word tokens than this (both sides)
    /// is shown replaced whole. Default 4000.
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<usize>", optional))]
    pub max_word_tokens: usize,
    /// At most this many matches are listed in a report. Default 1000000 (the engine keeps them
    /// per variant whatever their number; the limit bounds the JSON and the page's lists). At
    /// most 100000000.
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<usize>", optional))]
    pub max_matches: usize,
    /// Whether site furniture ("Scroll to Top", "Also Read: …", share and subscribe prompts)
    /// takes part in matching, clusters and coverage. Default false: it is flagged and left out.
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<bool>", optional))]
    pub include_furniture: bool,
    /// Lowest similarity of the quoted words of two quotes for them to be one quote in other
    /// wordings. Default 0.5.
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<f32>", optional))]
    pub quote_threshold: f32,
    /// Quotes with fewer content words only join identical ones. Default 2.
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<usize>", optional))]
    pub quote_min_words: usize,
    /// Lowest similarity of two sentences that print the same figure, though not matched, for
    /// their figures to be compared. Default 0.3: "Hamas has exchanged 33 Israeli hostages …
    /// for approximately 2,000 Palestinian prisoners" and "Hamas release 33 hostages in exchange
    /// for Israel freeing over 2,000 Palestinian prisoners" score 0.38.
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<f32>", optional))]
    pub figure_threshold: f32,
    /// How many other printings of the same figure each figure is checked against. Default 8:
    /// the groups are joined transitively, so a few suffice.
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<usize>", optional))]
    pub figure_peers: usize,
    /// Whether sentences are compared by meaning (a sentence-embedding model) as well as by
    /// words, so that the same claim in other words is matched (grade `paraphrase`). Default
    /// true; it needs the model (bundled natively; loaded by the page's worker).
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<bool>", optional))]
    pub semantic: bool,
    /// Lowest centered cosine of two sentences' meaning vectors at which a pair that shares no
    /// rare word is looked for by meaning. Default 0.5 (such a pair needs more to match: see
    /// `meaningWeight`).
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<f32>", optional))]
    pub meaning_floor: f32,
    /// The weight of meaning in a pair's combined score,
    /// `max(words, weight × meaning + (1 − weight) × words)`, where meaning is the cosine of the
    /// two sentences' vectors centered on the set's mean. Default 0.75 (bench/RESULTS.md has how
    /// the combined score ranks STS headline pairs).
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<f32>", optional))]
    pub meaning_weight: f32,
    /// Lowest combined score for a pair whose words alone score below `matchThreshold` (a
    /// paraphrase) to match. Default 0.52: between 0.5 and 0.52 the pairs of the five sample
    /// articles mostly share the topic, not a claim.
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<f32>", optional))]
    pub paraphrase_threshold: f32,
    /// Up to this many distinct sentences, pairs that share no rare word are searched by meaning
    /// too (the search compares every pair); past it, only pairs found through the word index
    /// are scored by meaning, and a fallback says so. Default 5000.
    #[cfg_attr(not(target_arch = "wasm32"), ts(as = "Option<usize>", optional))]
    pub meaning_search_limit: usize,
}

/// The most matches a report may list (`maxMatches`).
const MAX_MATCHES: usize = 100_000_000;

impl Default for Options {
    fn default() -> Self {
        Self {
            match_threshold: 0.5,
            near_identical: 0.85,
            repeat_threshold: 0.8,
            min_words: 3,
            max_candidates: 64,
            max_postings: 4096,
            max_word_tokens: 4000,
            max_matches: 1_000_000,
            include_furniture: false,
            quote_threshold: 0.5,
            quote_min_words: 2,
            figure_threshold: 0.3,
            figure_peers: 8,
            semantic: true,
            meaning_floor: 0.5,
            meaning_weight: 0.75,
            paraphrase_threshold: 0.52,
            meaning_search_limit: 5000,
        }
    }
}

impl Options {
    /// The default options.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets [`Options::match_threshold`].
    pub fn match_threshold(mut self, value: f32) -> Self {
        self.match_threshold = value;
        self
    }

    /// Sets [`Options::near_identical`].
    pub fn near_identical(mut self, value: f32) -> Self {
        self.near_identical = value;
        self
    }

    /// Sets [`Options::repeat_threshold`].
    pub fn repeat_threshold(mut self, value: f32) -> Self {
        self.repeat_threshold = value;
        self
    }

    /// Sets [`Options::min_words`].
    pub fn min_words(mut self, value: usize) -> Self {
        self.min_words = value;
        self
    }

    /// Sets [`Options::max_candidates`].
    pub fn max_candidates(mut self, value: usize) -> Self {
        self.max_candidates = value;
        self
    }

    /// Sets [`Options::max_postings`].
    pub fn max_postings(mut self, value: usize) -> Self {
        self.max_postings = value;
        self
    }

    /// Sets [`Options::max_word_tokens`].
    pub fn max_word_tokens(mut self, value: usize) -> Self {
        self.max_word_tokens = value;
        self
    }

    /// Sets [`Options::max_matches`].
    pub fn max_matches(mut self, value: usize) -> Self {
        self.max_matches = value;
        self
    }

    /// Sets [`Options::include_furniture`].
    pub fn include_furniture(mut self, value: bool) -> Self {
        self.include_furniture = value;
        self
    }

    /// Sets [`Options::quote_threshold`].
    pub fn quote_threshold(mut self, value: f32) -> Self {
        self.quote_threshold = value;
        self
    }

    /// Sets [`Options::quote_min_words`].
    pub fn quote_min_words(mut self, value: usize) -> Self {
        self.quote_min_words = value;
        self
    }

    /// Sets [`Options::figure_threshold`].
    pub fn figure_threshold(mut self, value: f32) -> Self {
        self.figure_threshold = value;
        self
    }

    /// Sets [`Options::figure_peers`].
    pub fn figure_peers(mut self, value: usize) -> Self {
        self.figure_peers = value;
        self
    }

    /// Sets [`Options::semantic`].
    pub fn semantic(mut self, value: bool) -> Self {
        self.semantic = value;
        self
    }

    /// Sets [`Options::meaning_floor`].
    pub fn meaning_floor(mut self, value: f32) -> Self {
        self.meaning_floor = value;
        self
    }

    /// Sets [`Options::meaning_weight`].
    pub fn meaning_weight(mut self, value: f32) -> Self {
        self.meaning_weight = value;
        self
    }

    /// Sets [`Options::paraphrase_threshold`].
    pub fn paraphrase_threshold(mut self, value: f32) -> Self {
        self.paraphrase_threshold = value;
        self
    }

    /// Sets [`Options::meaning_search_limit`].
    pub fn meaning_search_limit(mut self, value: usize) -> Self {
        self.meaning_search_limit = value;
        self
    }

    /// Checks every value.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the first option out of range.
    pub fn validate(&self) -> Result<(), Error> {
        for (name, value) in [
            ("matchThreshold", self.match_threshold),
            ("nearIdentical", self.near_identical),
            ("repeatThreshold", self.repeat_threshold),
            ("quoteThreshold", self.quote_threshold),
            ("figureThreshold", self.figure_threshold),
            ("meaningFloor", self.meaning_floor),
            ("meaningWeight", self.meaning_weight),
            ("paraphraseThreshold", self.paraphrase_threshold),
        ] {
            if !(value > 0.0 && value <= 1.0) {
                return Err(Error::invalid_option(
                    name,
                    value,
                    "a number above 0 and at most 1",
                ));
            }
        }
        if self.near_identical < self.match_threshold {
            return Err(Error::invalid_option(
                "nearIdentical",
                self.near_identical,
                "at least matchThreshold",
            ));
        }
        for (name, value) in [
            ("maxCandidates", self.max_candidates),
            ("maxPostings", self.max_postings),
            ("maxWordTokens", self.max_word_tokens),
        ] {
            if value == 0 {
                return Err(Error::invalid_option(name, value, "a whole number above 0"));
            }
        }
        // Matches are kept per variant whatever their number, but a list of them is made whole
        // (JSON, the page's typed arrays, whose lengths are 32-bit).
        if self.max_matches > MAX_MATCHES {
            return Err(Error::invalid_option(
                "maxMatches",
                self.max_matches,
                "a whole number of at most 100000000",
            ));
        }
        Ok(())
    }

    /// The limits of the sentences' candidate search.
    pub(crate) fn candidates(&self) -> CandidateLimits {
        CandidateLimits {
            signature: SIGNATURE_WORDS,
            max_postings: self.max_postings,
            max_candidates: self.max_candidates,
            min_words: self.min_words,
        }
    }

    /// What matching, repeats and alignment need.
    pub(crate) fn matching(&self) -> MatchConfig {
        MatchConfig {
            match_threshold: self.match_threshold,
            near_identical: self.near_identical,
            repeat_threshold: self.repeat_threshold,
            max_matches: self.max_matches,
            candidates: self.candidates(),
            meaning: self.meaning(),
        }
    }

    /// How meaning counts, when it is compared.
    pub(crate) fn meaning(&self) -> Option<Meaning> {
        self.semantic.then_some(Meaning {
            floor: self.meaning_floor,
            weight: self.meaning_weight,
            paraphrase_threshold: self.paraphrase_threshold,
            search_limit: self.meaning_search_limit,
        })
    }

    /// What the findings need.
    pub(crate) fn findings(&self) -> FindingsConfig {
        FindingsConfig {
            quote_threshold: self.quote_threshold,
            quote_candidates: CandidateLimits {
                min_words: self.quote_min_words,
                ..self.candidates()
            },
            max_word_tokens: self.max_word_tokens,
            figure_threshold: self.figure_threshold,
            figure_peers: self.figure_peers,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Options;

    /// Out-of-range options are refused with a message naming the option and its value.
    #[test]
    fn validate_names_what_is_out_of_range() {
        let cases = [
            (
                Options::new().match_threshold(1.5),
                "option matchThreshold is 1.5; expected a number above 0 and at most 1",
            ),
            (
                Options::new().max_matches(100_000_001),
                "option maxMatches is 100000001; expected a whole number of at most 100000000",
            ),
        ];
        for (options, want) in cases {
            assert_eq!(
                options.validate().map_err(|e| e.to_string()),
                Err(want.into())
            );
        }
        assert!(Options::new().max_matches(100_000_000).validate().is_ok());
    }
}
