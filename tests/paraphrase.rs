//! Paraphrase-aware matching on the five articles: the same claim in other words is matched
//! across the outlets that carry it, and sentences that share only the story's topic are not.
//! Located by text. Words alone (`semantic: false`) miss the paraphrases.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use article_compare::report::{Finding, Grade, Report};
use article_compare::{Article, Options};

fn report(options: &Options) -> Report {
    options
        .compare(&common::articles())
        .expect("the five articles compare")
}

/// The grade of the match between the sentence of article `a` that contains `x` and the
/// sentence of article `b` that contains `y`, if they are matched.
fn grade(r: &Report, (a, x): (usize, &str), (b, y): (usize, &str)) -> Option<Grade> {
    let find = |d: usize, t: &str| {
        r.articles[d]
            .sentences
            .iter()
            .position(|s| s.text.contains(t))
            .unwrap_or_else(|| panic!("no sentence of {d} contains {t:?}"))
    };
    let (i, j) = ([a, find(a, x)], [b, find(b, y)]);
    r.matches
        .iter()
        .find(|m| (m.a == i && m.b == j) || (m.a == j && m.b == i))
        .map(|m| m.grade)
}

/// A sentence: its article and a text it contains.
type At = (usize, &'static str);

/// Same claim, other words.
const PARAPHRASES: &[(At, At)] = &[
    // "59 hostages" / "59 hostages remain in Hamas captivity"
    (
        (0, "still holds 59 hostages"),
        (4, "59 hostages remain in Hamas captivity"),
    ),
    (
        (2, "Hamas currently holds 59 hostages"),
        (4, "59 hostages remain in Hamas captivity"),
    ),
    // Israel consulted
    (
        (0, "informed Israel of the possibility"),
        (4, "Israeli officials have confirmed they were consulted"),
    ),
    // Netanyahu's office on the talks
    (
        (1, "Netanyahu's office briefly acknowledged"),
        (2, "Israel expressed its opinion"),
    ),
    // Axios's report
    ((3, "Axios initially reported"), (4, "cited by Axios")),
    // aid halted
    (
        (0, "Israel has halted humanitarian aid"),
        (4, "Israel Suspends Humanitarian Aid"),
    ),
];

/// Matched already by their words (rewritten or closer), and still matched.
const REWRITES: &[(At, At)] = &[
    (
        (0, "still holds 59 hostages"),
        (2, "Hamas currently holds 59 hostages"),
    ),
    (
        (1, "Look, having conversations"),
        (4, "Look, dialogue and talking"),
    ),
    (
        (1, "Under a new ceasefire proposal"),
        (4, "The proposed second phase"),
    ),
    (
        (0, "Leading the negotiations was Adam Boehler"),
        (4, "The U.S. side was led by"),
    ),
    (
        (2, "The negotiations, led by U.S. special envoy"),
        (4, "The U.S. side was led by"),
    ),
];

/// Same topic, different claims: never matched.
const TOPIC_ONLY: &[(At, At)] = &[
    (
        (1, "Under a new ceasefire proposal"),
        (4, "Ceasefire and Truce Negotiations"),
    ),
    (
        (0, "Israel has halted humanitarian aid"),
        (4, "The humanitarian situation in Gaza is catastrophic"),
    ),
    (
        (0, "Leading the negotiations was Adam Boehler"),
        (3, "is authorized to conduct negotiations"),
    ),
    (
        (1, "Four other American hostages"),
        (4, "five are Americans"),
    ),
];

#[test]
fn paraphrases_are_matched_and_topic_alone_is_not() {
    let r = report(&Options::default());
    for &(x, y) in PARAPHRASES {
        assert_eq!(grade(&r, x, y), Some(Grade::Paraphrase), "{x:?} ~ {y:?}");
    }
    for &(x, y) in REWRITES {
        let g = grade(&r, x, y);
        assert!(
            matches!(g, Some(Grade::Rewritten | Grade::NearIdentical)),
            "{x:?} ~ {y:?}: {g:?}"
        );
    }
    for &(x, y) in TOPIC_ONLY {
        assert_eq!(grade(&r, x, y), None, "{x:?} ~ {y:?}");
    }
    // Every paraphrase keeps both scores.
    for m in r.matches.iter().filter(|m| m.grade == Grade::Paraphrase) {
        let meaning = m.meaning_score.expect("a paraphrase has a meaning score");
        assert!(
            m.word_score < 0.5 && m.score >= 0.52 && meaning > 0.0,
            "{m:?}"
        );
    }
}

#[test]
fn words_alone_miss_the_paraphrases_and_share_less() {
    let with = report(&Options::default());
    let without = report(&Options::default().semantic(false));
    for &(x, y) in PARAPHRASES {
        assert_eq!(grade(&without, x, y), None, "{x:?} ~ {y:?}");
    }
    assert!(without.matches.iter().all(|m| m.meaning_score.is_none()));
    // Content shared between the two outlets with most paraphrases (000 and 004) is more than
    // their wording shows, and more than words alone find.
    assert!(
        with.similarity[0][4] > with.containment[0][4],
        "{:?}",
        with.similarity[0]
    );
    assert!(with.similarity[0][4] > without.similarity[0][4]);
    for (i, row) in with.similarity.iter().enumerate() {
        for (j, v) in row.iter().enumerate() {
            assert!((v - with.similarity[j][i]).abs() < 1e-6 && (0.0..=1.0).contains(v));
        }
        assert_eq!(row[i], 1.0);
    }
}

#[test]
fn a_negated_restatement_is_matched_and_flagged() {
    let a = "Prince Harry will meet the Queen at Windsor Castle on Monday, a palace spokesman said. \
             The visit follows weeks of talks between the royal households. \
             Harry arrived in London on Saturday after a flight from Los Angeles. \
             The palace did not say how long the meeting would last.";
    let b = "Prince Harry will not meet the Queen at Windsor Castle on Monday, a palace spokesman said. \
             Talks between the royal households have gone on for weeks. \
             Harry landed in London on Saturday, having flown in from Los Angeles. \
             No length for the visit was given by the palace.";
    let r = Options::default()
        .compare(&[Article::new("A", a), Article::new("B", b)])
        .expect("compare");
    let negations: Vec<_> = r
        .findings
        .iter()
        .filter_map(|f| match f {
            Finding::Negation {
                negated, affirmed, ..
            } => Some((negated.article, affirmed.article)),
            _ => None,
        })
        .collect();
    assert_eq!(negations, [(1, 0)], "{:?}", r.findings);
}
