//! Negation: two matched sentences of which one says "not" and the other does not ("will meet
//! the Queen" / "will not meet the Queen"). Meaning vectors and word sets both score such a
//! pair high; the reader must see that the claims are opposite.

use super::model::{Finding, Place};
use crate::compare::Matches;
use crate::doc::{Doc, Loc};
use crate::text::Span;
use crate::util::hash::{Map, map};

/// The first negation cue of `text` with its byte span: "not", "no", "never", "none", "nobody",
/// "nothing", "neither", "nor", "cannot", or a word ending in "n't" (straight or curly).
pub(crate) fn negation_cue(text: &str) -> Option<Span> {
    const CUES: [&str; 9] = [
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot",
    ];
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        let in_word = c.is_alphanumeric() || c == '\'' || c == '’';
        match (start, in_word) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let word = &text[s..i];
                let lower = super::lower(word);
                let trimmed = lower.trim_matches(|c| c == '\'' || c == '’');
                if CUES.contains(&trimmed) || trimmed.ends_with("n't") || trimmed.ends_with("n’t")
                {
                    return Some(Span::new(s, i));
                }
                start = None;
            }
            _ => {}
        }
    }
    None
}

/// The lower-cased words of `text`.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(super::lower)
        .collect()
}

/// Whether the word after the cue in `negated` (what is negated: "not *meet*") is a word of
/// `other`: the two then say the same thing but for the negation, where a negation elsewhere in
/// the sentence ("while violence has not *resumed*, Israel halted aid") is no contradiction.
fn negates_shared_word(negated: &str, cue_end: usize, other: &str) -> bool {
    let next = words(&negated[cue_end..]).into_iter().next();
    next.is_some_and(|w| words(other).contains(&w))
}

/// One finding per matched pair (not identical) where exactly one sentence is negated, on a word
/// the other sentence has. Syndicated copy prints one sentence in many articles, so the cue of
/// each distinct sentence text, and the check of each distinct pair of texts, is done once.
pub(crate) fn find(docs: &[Doc<'_>], matches: &Matches) -> Vec<Finding> {
    // Keyed by the texts themselves: a cue's span is only valid in the text it was found in.
    // The map type the engine has already (a smaller wasm).
    let mut cue_of: Map<&str, u32> = map();
    let mut cues: Vec<Option<Span>> = Vec::new();
    let mut shared: Map<(&str, &str), u32> = map();
    let mut out = Vec::new();
    for m in matches.all().filter(|m| m.word_score < 1.0) {
        let (a, b) = (Loc::from(m.a), Loc::from(m.b));
        let text = |l: Loc| docs[l.article].sentence_text(l.sentence);
        // The cue's span inside the sentence.
        let mut cue = |l: Loc| {
            let next = cues.len() as u32;
            let at = *cue_of.entry(text(l)).or_insert(next);
            if at == next {
                cues.push(negation_cue(text(l)));
            }
            cues[at as usize]
        };
        let (ca, cb) = (cue(a), cue(b));
        let (negated, cue_span, affirmed) = match (ca, cb) {
            (Some(c), None) => (a, c, b),
            (None, Some(c)) => (b, c, a),
            _ => continue,
        };
        let (tn, ta) = (text(negated), text(affirmed));
        if *shared
            .entry((tn, ta))
            .or_insert_with(|| u32::from(negates_shared_word(tn, cue_span.end, ta)))
            == 0
        {
            continue;
        }
        let place = |l: Loc| {
            let s = &docs[l.article].sentences[l.sentence];
            Place {
                article: l.article,
                sentence: l.sentence,
                span: Span::new(s.start, s.end),
            }
        };
        let start = docs[negated.article].sentences[negated.sentence].start;
        out.push(Finding::Negation {
            negated: place(negated),
            cue: Place {
                span: Span::new(start + cue_span.start, start + cue_span.end),
                ..place(negated)
            },
            affirmed: place(affirmed),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::negation_cue;

    #[test]
    fn cues_are_whole_words() {
        for (text, cue) in [
            ("The prince will not meet the Queen.", Some("not")),
            ("He won’t meet the Queen.", Some("won’t")),
            ("Israel made no mention of prisoners.", Some("no")),
            ("Notably, the envoy met the Queen.", None),
            ("Nobody came.", Some("Nobody")),
            ("The nominee met Hamas in Doha.", None),
        ] {
            let got = negation_cue(text).map(|s| &text[s.start..s.end]);
            assert_eq!(got, cue, "{text}");
        }
    }

    #[test]
    fn only_a_negated_shared_word_contradicts() {
        let cases = [
            (
                "He will not meet the Queen.",
                "He will meet the Queen.",
                true,
            ),
            (
                "While large-scale violence has not resumed, Israel has halted aid into Gaza.",
                "Israel Suspends Humanitarian Aid to Gaza",
                false,
            ),
            (
                "No official agreement was reached.",
                "An official agreement was reached.",
                true,
            ),
        ];
        for (negated, other, want) in cases {
            let cue = negation_cue(negated).expect("a cue");
            assert_eq!(
                super::negates_shared_word(negated, cue.end, other),
                want,
                "{negated}"
            );
        }
    }
}
