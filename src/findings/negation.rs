//! Negation: two matched sentences of which one says "not" and the other does not ("will meet
//! the Queen" / "will not meet the Queen"). Meaning vectors and word sets both score such a
//! pair high; the reader must see that the claims are opposite.

use super::model::{Finding, Place};
use crate::compare::Match;
use crate::doc::{Doc, Loc};
use crate::text::Span;

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
                let lower: String = word.chars().flat_map(char::to_lowercase).collect();
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

/// One finding per matched pair (not identical) where exactly one sentence is negated.
pub(crate) fn find(docs: &[Doc<'_>], matches: &[Match]) -> Vec<Finding> {
    let mut out = Vec::new();
    for m in matches.iter().filter(|m| m.word_score < 1.0) {
        let (a, b) = (Loc::from(m.a), Loc::from(m.b));
        let cue = |l: Loc| {
            let d = &docs[l.article];
            let s = &d.sentences[l.sentence];
            negation_cue(s.text(d.text)).map(|c| Span::new(s.start + c.start, s.start + c.end))
        };
        let (ca, cb) = (cue(a), cue(b));
        let (negated, cue_span, affirmed) = match (ca, cb) {
            (Some(c), None) => (a, c, b),
            (None, Some(c)) => (b, c, a),
            _ => continue,
        };
        let place = |l: Loc| {
            let s = &docs[l.article].sentences[l.sentence];
            Place {
                article: l.article,
                sentence: l.sentence,
                span: Span::new(s.start, s.end),
            }
        };
        out.push(Finding::Negation {
            negated: place(negated),
            cue: Place {
                span: cue_span,
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
}
