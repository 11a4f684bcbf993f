//! The similarity score of two sentences: from their word sets, and combined with meaning.
//!
//! Words: `(dice + overlap) / 2`, where `dice = 2|A∩B| / (|A|+|B|)` and
//! `overlap = |A∩B| / min(|A|,|B|)`: the Dice term rewards sentences of equal content, the
//! overlap term keeps a sentence that one outlet trimmed close to its longer original.
//!
//! Combined: `max(words, weight·m + (1 − weight)·words)`, with `m` the centered cosine of the two
//! meaning vectors. Meaning can only raise a score, so a pair that shares its wording keeps its
//! grade; with the default weight (0.75) and match threshold (0.5), a pair that shares no word
//! needs a centered cosine of 2/3 to match, one with a word score of 0.3 needs 0.57, and
//! sentences that share only the story's topic (centered cosines around 0.3–0.6) stay apart.

use super::features::Word;

/// How meaning counts in the combined score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Meaning {
    /// Lowest centered cosine searched for among pairs that share no indexed word.
    pub floor: f32,
    /// Lowest combined score of a pair whose word score alone is below the match threshold.
    pub paraphrase_threshold: f32,
    /// The weight of the cosine in the combined score, from 0 to 1.
    pub weight: f32,
    /// Up to this many items, pairs that share no indexed word are searched by meaning too.
    pub search_limit: usize,
}

/// The combined score of a pair with word similarity `words` and centered cosine `meaning`; see
/// the [module docs](self).
pub(crate) fn combined(words: f32, meaning: Option<f32>, m: Meaning) -> f32 {
    match meaning {
        Some(cos) => words.max(m.weight * cos + (1.0 - m.weight) * words),
        None => words,
    }
}

/// The similarity of two sorted word sets, from 0 to 1; see the [module docs](self).
pub(crate) fn similarity(a: &[Word], b: &[Word]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    // Branch-free: this merge is the hot loop of the candidate checks, and which list advances
    // is a coin toss the processor cannot predict.
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        shared += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    let dice = 2.0 * shared as f32 / (a.len() + b.len()) as f32;
    let overlap = shared as f32 / a.len().min(b.len()) as f32;
    (dice + overlap) / 2.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::similarity::Features;

    fn feats(s: &str) -> Features {
        Features::of_text(s, &mut String::new())
    }

    #[test]
    fn similarity_orders_real_rewrites() {
        let ceasefire_001 = feats(
            "Under a new ceasefire proposal, which Israel says was drafted by U.S. envoy Steve Witkoff, Hamas would release half of the remaining hostages in exchange for an extension of the ceasefire agreement and a commitment to negotiate a lasting truce.",
        );
        let ceasefire_004 = feats(
            "The proposed second phase would require Hamas to release half of its remaining captives in exchange for a ceasefire extension and a promise to negotiate a lasting truce.",
        );
        let unrelated = feats(
            "Egyptian and Qatari mediators helped arrange the talks, highlighting the regional cooperation in facilitating these delicate discussions.",
        );
        let rewrite = similarity(&ceasefire_001.words, &ceasefire_004.words);
        let noise = similarity(&ceasefire_001.words, &unrelated.words);
        assert!(rewrite > 0.55 && rewrite < 0.85, "rewrite scored {rewrite}");
        assert!(noise < 0.35, "unrelated scored {noise}");
        assert_eq!(similarity(&ceasefire_004.words, &ceasefire_004.words), 1.0);
        assert_eq!(similarity(&[], &ceasefire_004.words), 0.0);
    }
}
