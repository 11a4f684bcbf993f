//! The similarity score of two sentences, from their word sets.
//!
//! `score = (dice + overlap) / 2`, where `dice = 2|A∩B| / (|A|+|B|)` and
//! `overlap = |A∩B| / min(|A|,|B|)`: the Dice term rewards sentences of equal content, the
//! overlap term keeps a sentence that one outlet trimmed close to its longer original.

use super::features::Word;

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
