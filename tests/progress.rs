//! The progress hook of the n-way comparison: every phase in order, each from 0 to its total,
//! at a bounded rate, and the report the same as without the hook.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use article_compare::{Article, Options, Phase, Progress, bundled_model};

fn record(articles: &[Article<'_>]) -> (Vec<Progress>, article_compare::Report) {
    let mut seen = Vec::new();
    let report = Options::new()
        .compare_with_progress(articles, Some(bundled_model()), &mut |p| seen.push(p))
        .expect("compare");
    (seen, report)
}

/// Checks what the hook saw: `phases` in that order, each starting at 0, never going back,
/// never past its total, ending at its total, and called at most `most` times.
fn check(seen: &[Progress], phases: &[Phase], most: usize) {
    let order: Vec<Phase> = seen.iter().map(|p| p.phase).fold(Vec::new(), |mut v, p| {
        if v.last() != Some(&p) {
            v.push(p);
        }
        v
    });
    assert_eq!(order, phases, "each phase once, in order");
    for phase in phases {
        let of: Vec<&Progress> = seen.iter().filter(|p| p.phase == *phase).collect();
        assert_eq!(of[0].done, 0, "{phase:?} starts at 0");
        assert!(
            of.iter().all(|p| p.done <= p.total),
            "{phase:?}: done <= total"
        );
        assert!(
            of.windows(2)
                .all(|w| w[0].done <= w[1].done && w[0].total == w[1].total)
        );
        let last = of[of.len() - 1];
        assert_eq!(last.done, last.total, "{phase:?} ends at its total");
        assert!(of.len() <= most, "{phase:?} reported {} times", of.len());
    }
}

const ALL: [Phase; 5] = [
    Phase::Segmenting,
    Phase::Embedding,
    Phase::Indexing,
    Phase::Matching,
    Phase::Findings,
];

#[test]
fn the_five_articles_report_every_phase_in_order() {
    let articles = common::articles();
    let (seen, report) = record(&articles);
    check(&seen, &ALL, 60);
    let segmenting: Vec<usize> = seen
        .iter()
        .filter(|p| p.phase == Phase::Segmenting)
        .map(|p| p.done)
        .collect();
    assert_eq!(segmenting, [0, 1, 2, 3, 4, 5], "every article, on five");
    let plain = Options::new().compare(&articles).expect("compare");
    assert_eq!(
        serde_json::to_value(&report).expect("json"),
        serde_json::to_value(&plain).expect("json"),
        "the hook changes nothing in the report"
    );
}

#[test]
fn a_large_set_is_reported_at_a_bounded_rate() {
    let texts = common::generated_texts(300, 0x2545_f491);
    let articles: Vec<Article<'_>> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Article::new(if i % 2 == 0 { "even" } else { "odd" }, t))
        .collect();
    let (seen, report) = record(&articles);
    assert_eq!(report.articles.len(), 300);
    check(&seen, &ALL, 55);
    let total = |phase| seen.iter().find(|p| p.phase == phase).map(|p| p.total);
    assert_eq!(total(Phase::Segmenting), Some(300));
    // Between its start and its end a phase reports its progress, not only the two ends.
    let matching = seen.iter().filter(|p| p.phase == Phase::Matching);
    assert!(matching.filter(|p| p.done > 0 && p.done < p.total).count() > 10);
}

#[test]
fn words_alone_skip_embedding() {
    let mut seen = Vec::new();
    Options::new()
        .compare_with_progress(&common::articles(), None, &mut |p| seen.push(p))
        .expect("compare");
    check(
        &seen,
        &[
            Phase::Segmenting,
            Phase::Indexing,
            Phase::Matching,
            Phase::Findings,
        ],
        60,
    );
}
