//! Property tests: segmentation is lossless, a diff rebuilds both articles, nothing panics.
//!
//! `PROPTEST_CASES` raises the case count for a long soak (`make soak`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use article_compare::report::{DiffReport, Finding, OpKind, Span};
use article_compare::{Article, Options, segment};
use proptest::prelude::*;

/// Text that looks like news more often than random Unicode would: words, abbreviations,
/// quotes, numbers, line breaks, and some arbitrary characters.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Hamas".to_owned()),
        Just("U.S.".to_owned()),
        Just("Mr.".to_owned()),
        Just("a.m.".to_owned()),
        Just("2,000".to_owned()),
        Just("“quoted.”".to_owned()),
        Just("...".to_owned()),
        Just(". . .".to_owned()),
        Just("1.".to_owned()),
        Just("•".to_owned()),
        Just("。".to_owned()),
        Just("\r\n".to_owned()),
        Just("\n\n".to_owned()),
        "[a-zA-Z]{1,8}",
        "[.!?,;:\"'()]",
        "\\PC{0,3}",
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec((piece, prop_oneof![Just(" "), Just(""), Just("\n")]), 0..60)
        .prop_map(|v| v.into_iter().map(|(p, s)| p + s).collect())
}

/// Sentences of a real article, shuffled, edited and cut: the shapes a diff meets.
fn edited_pair() -> impl Strategy<Value = (String, String)> {
    let source: Vec<String> = common::ARTICLES
        .iter()
        .flat_map(|(_, t)| {
            segment::sentences(t)
                .map(|s| s.text(t).to_owned())
                .collect::<Vec<_>>()
        })
        .collect();
    let n = source.len();
    (
        proptest::collection::vec(0..n, 1..25),
        proptest::collection::vec((0..n, 0u8..4, 0usize..40), 1..25),
    )
        .prop_map(move |(a, b)| {
            let a_text = a
                .iter()
                .map(|&i| source[i].as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let b_text = b
                .iter()
                .map(|&(i, how, at)| {
                    let s = &source[i];
                    let cut = s.char_indices().nth(at).map_or(s.len(), |(k, _)| k);
                    match how {
                        0 => s.clone(),
                        1 => format!("{} changed words {}", &s[..cut], &s[cut..]),
                        // A cut that leaves nothing keeps the sentence: an empty article is an
                        // error by design, not a diff.
                        2 if s[cut..].trim().is_empty() => s.clone(),
                        2 => s[cut..].to_owned(),
                        _ => s.to_uppercase(),
                    }
                })
                .collect::<Vec<_>>()
                .join("\n");
            (a_text, b_text)
        })
}

fn check_lossless(text: &str) -> Result<(), TestCaseError> {
    let mut rebuilt = String::new();
    let mut pos = 0;
    let mut last_paragraph = 0;
    for s in segment::sentences(text) {
        prop_assert!(s.start >= pos && s.start < s.end && s.end <= text.len());
        prop_assert!(
            text[pos..s.start].chars().all(char::is_whitespace),
            "gap {:?}",
            &text[pos..s.start]
        );
        prop_assert!(s.paragraph >= last_paragraph);
        last_paragraph = s.paragraph;
        let t = s.text(text);
        prop_assert_eq!(t.trim(), t);
        rebuilt.push_str(&text[pos..s.start]);
        rebuilt.push_str(t);
        pos = s.end;
    }
    prop_assert!(text[pos..].chars().all(char::is_whitespace));
    rebuilt.push_str(&text[pos..]);
    prop_assert_eq!(rebuilt, text);
    Ok(())
}

/// The old side of the ops walks A's sentences in order, the new side B's; the word stretches
/// of every op rebuild its sentences exactly; stats agree with the ops.
fn check_diff(d: &DiffReport, a: &str, b: &str) -> Result<(), TestCaseError> {
    let old: Vec<usize> = d.ops.iter().filter_map(|op| op.a).collect();
    let new: Vec<usize> = d.ops.iter().filter_map(|op| op.b).collect();
    prop_assert_eq!(old, (0..d.a.sentences.len()).collect::<Vec<_>>());
    prop_assert_eq!(new, (0..d.b.sentences.len()).collect::<Vec<_>>());
    // Rebuild both texts from the ops and the whitespace between sentences.
    for (side, text, sentences) in [(0, a, &d.a.sentences), (1, b, &d.b.sentences)] {
        let mut rebuilt = String::new();
        let mut pos = 0;
        for op in &d.ops {
            let Some(ix) = (if side == 0 { op.a } else { op.b }) else {
                continue;
            };
            let s = &sentences[ix];
            rebuilt.push_str(&text[pos..s.span.start]);
            rebuilt.push_str(&s.text);
            pos = s.span.end;
        }
        rebuilt.push_str(&text[pos..]);
        prop_assert_eq!(rebuilt.as_str(), text);
    }
    for op in d.ops.iter().filter(|op| !op.words.is_empty()) {
        let (i, j) = match (op.a, op.b, op.from) {
            (Some(i), Some(j), _) | (None, Some(j), Some(i)) => (i, j),
            _ => {
                return Err(TestCaseError::fail(format!(
                    "words on an op without a pair: {op:?}"
                )));
            }
        };
        let (sa, sb) = (&d.a.sentences[i], &d.b.sentences[j]);
        let old: String = op
            .words
            .iter()
            .filter_map(|w| w.a)
            .map(|w| w.text(a))
            .collect();
        let new: String = op
            .words
            .iter()
            .filter_map(|w| w.b)
            .map(|w| w.text(b))
            .collect();
        prop_assert_eq!(old.as_str(), sa.text.as_str());
        prop_assert_eq!(new.as_str(), sb.text.as_str());
    }
    let moves_out = d
        .ops
        .iter()
        .filter(|op| op.op == OpKind::Moved && op.a.is_some())
        .count();
    let moves_in = d
        .ops
        .iter()
        .filter(|op| op.op == OpKind::Moved && op.b.is_some())
        .count();
    prop_assert_eq!(moves_out, d.stats.moved);
    prop_assert_eq!(moves_in, d.stats.moved);
    Ok(())
}

proptest! {
    // 256 cases by default; `PROPTEST_CASES` raises it (`make soak`).
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256)
    ))]

    #[test]
    fn segmentation_is_lossless(text in newsish()) {
        check_lossless(&text)?;
    }

    #[test]
    fn segmentation_is_lossless_on_any_unicode(text in "\\PC{0,200}|\\p{Any}{0,200}") {
        check_lossless(&text)?;
    }

    #[test]
    fn diff_rebuilds_both_articles((a, b) in edited_pair()) {
        let d = Options::new().diff(&Article::new("a", &a), &Article::new("b", &b)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        check_diff(&d, &a, &b)?;
    }

    #[test]
    fn diff_never_panics_and_rebuilds(a in newsish(), b in newsish()) {
        match Options::new().diff(&Article::new("a", &a), &Article::new("b", &b)) {
            Ok(d) => check_diff(&d, &a, &b)?,
            Err(e) => prop_assert!(a.trim().is_empty() || b.trim().is_empty(), "{e}"),
        }
    }

    #[test]
    fn compare_never_panics(texts in proptest::collection::vec(newsish(), 2..6)) {
        let articles: Vec<Article<'_>> = texts.iter().map(|t| Article::new("x", t)).collect();
        match Options::new().compare(&articles) {
            Ok(r) => {
                prop_assert_eq!(r.containment.len(), texts.len());
                for m in &r.matches {
                    prop_assert!(m.a[0] < m.b[0] && m.score > 0.0 && m.score <= 1.0);
                }
                // Every finding points into its article, at the text it reports.
                let at = |article: usize, span: Span| texts[article].get(span.range());
                for f in &r.findings {
                    match f {
                        Finding::Number { figures, .. } => {
                            for g in figures {
                                prop_assert_eq!(at(g.article, g.span), Some(g.text.as_str()));
                            }
                        }
                        Finding::Name { spelling, mentions, .. } => {
                            for m in mentions {
                                prop_assert_eq!(at(m.article, m.span), Some(spelling.as_str()));
                            }
                        }
                        Finding::Quote { wordings, .. } => {
                            for w in wordings {
                                let p = &w.places[0];
                                prop_assert_eq!(at(p.article, p.span), Some(w.text.as_str()));
                            }
                        }
                        Finding::Furniture { article, span, text, .. } => {
                            prop_assert_eq!(at(*article, *span), Some(text.as_str()));
                        }
                        _ => {}
                    }
                }
                for row in &r.figures {
                    for g in &row.figures {
                        prop_assert_eq!(at(g.article, g.span), Some(g.text.as_str()));
                    }
                }
            }
            Err(e) => prop_assert!(texts.iter().any(|t| t.trim().is_empty()), "{e}"),
        }
    }
}
