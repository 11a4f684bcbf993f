//! [`Fallback`]: where a stage gave a coarser answer to stay within its work budget.

use serde::Serialize;

use crate::similarity::Skipped;

/// The stage that fell back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FallbackStage {
    /// A sentence pair over `maxWordTokens` is shown replaced whole.
    WordDiff,
    /// The sentences' candidate search passed over common words or cut candidates.
    Candidates,
    /// Matches beyond `maxMatches` are not listed.
    Matches,
    /// The quotes' candidate search passed over common words or cut candidates.
    QuoteCandidates,
    /// Two wordings of a quote over `maxWordTokens` are not aligned word by word.
    QuoteWordDiff,
    /// Past `meaningSearchLimit` distinct sentences, pairs that share no indexed word are not
    /// searched by meaning.
    MeaningCandidates,
}

impl FallbackStage {
    /// The stage as serialized (`word_diff`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::WordDiff => "word_diff",
            Self::Candidates => "candidates",
            Self::Matches => "matches",
            Self::QuoteCandidates => "quote_candidates",
            Self::QuoteWordDiff => "quote_word_diff",
            Self::MeaningCandidates => "meaning_candidates",
        }
    }
}

impl core::fmt::Display for FallbackStage {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where the engine gave a coarser answer to stay within its work budget.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct Fallback {
    /// The stage that fell back.
    pub stage: FallbackStage,
    /// How many times it did.
    pub count: usize,
    /// What the reader gets instead.
    pub detail: String,
}

/// The fallbacks of a candidate search, reported as `stage`.
pub(crate) fn candidate_fallbacks(skipped: Skipped, stage: FallbackStage) -> Vec<Fallback> {
    let mut out = Vec::new();
    if skipped.common_words > 0 {
        out.push(Fallback {
            stage,
            count: skipped.common_words,
            detail: "index lookups passed over a word shared by too many sentences (maxPostings, or the per-sentence visit budget)".into(),
        });
    }
    if skipped.capped_sentences > 0 {
        out.push(Fallback {
            stage,
            count: skipped.capped_sentences,
            detail: "sentences with more near-duplicate candidates than maxCandidates; only the best-supported were scored".into(),
        });
    }
    out
}
