//! The n-way report and pairwise diffs on the five real articles.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use article_compare::report::{Grade, OpKind, Report};
use article_compare::{Article, compare, diff};
use common::*;

fn report() -> Report {
    compare(&common::articles()).expect("the five articles compare")
}

/// The index of the first sentence of `article` that starts with `prefix`.
fn find(r: &Report, article: usize, prefix: &str) -> usize {
    r.articles[article]
        .sentences
        .iter()
        .position(|s| s.text.starts_with(prefix))
        .unwrap_or_else(|| panic!("no sentence of article {article} starts with {prefix:?}"))
}

#[test]
fn rewritten_pairs_between_001_and_004() {
    let r = report();
    for (a, b) in [(CEASEFIRE_001, CEASEFIRE_004), (LIVING_001, LIVING_004)] {
        let (sa, sb) = (find(&r, 1, a), find(&r, 4, b));
        let m = r
            .matches
            .iter()
            .find(|m| m.a == [1, sa] && m.b == [4, sb])
            .unwrap_or_else(|| panic!("no match for {a:?}"));
        assert_eq!(m.grade, Grade::Rewritten, "{a:?}");
        assert!((0.5..0.85).contains(&m.score), "{a:?} scored {}", m.score);
        let cluster = r
            .clusters
            .iter()
            .find(|c| c.members.contains(&[1, sa]))
            .expect("clustered");
        assert!(cluster.members.contains(&[4, sb]));
    }
}

#[test]
fn repeats_inside_003_and_004() {
    let r = report();
    let headline = find(&r, 3, "US Engages in Unprecedented Talks");
    let leavitt = find(&r, 3, "Leavitt emphasized");
    let passages_003: Vec<_> = r.passages.iter().filter(|p| p.article == 3).collect();
    assert_eq!(passages_003.len(), 2, "{passages_003:?}");
    assert_eq!(passages_003[0].first.sentences, [headline, headline]);
    assert_eq!(
        passages_003[0].second.sentences,
        [headline + 1, headline + 1]
    );
    // Two paragraphs (four sentences) printed twice.
    assert_eq!(passages_003[1].first.sentences, [leavitt, leavitt + 3]);
    assert_eq!(passages_003[1].second.sentences, [leavitt + 4, leavitt + 7]);
    let text = ARTICLES[3].1;
    let (f, s) = (&passages_003[1].first, &passages_003[1].second);
    assert_eq!(f.span.text(text), s.span.text(text));

    let lead = find(
        &r,
        4,
        "These discussions, which were first reported by Axios",
    );
    let passages_004: Vec<_> = r.passages.iter().filter(|p| p.article == 4).collect();
    assert_eq!(passages_004.len(), 1);
    assert_eq!(passages_004[0].first.sentences, [lead, lead + 1]);
    assert_eq!(r.repeats.iter().filter(|g| g.article == 4).count(), 2);
    assert!(
        r.passages.iter().all(|p| p.article == 3 || p.article == 4),
        "only 003 and 004 repeat themselves"
    );
    assert!(r.repeats.iter().all(|g| g.score == 1.0));
}

#[test]
fn the_bohler_sentence_is_only_in_001() {
    // 001 spells the envoy "Bohler"; its sentence is still the only one naming the nominee.
    let r = report();
    let bohler = find(&r, 1, "Adam Bohler");
    assert!(r.articles[1].sentences[bohler].text.contains("Bohler"));
    assert!(r.unique[1].contains(&bohler));
}

#[test]
fn containment_is_a_square_matrix_with_unit_diagonal() {
    let r = report();
    assert_eq!(r.containment.len(), 5);
    for (i, row) in r.containment.iter().enumerate() {
        assert_eq!(row.len(), 5);
        assert_eq!(row[i], 1.0);
        assert!(row.iter().all(|v| (0.0..=1.0).contains(v)));
    }
    // 003 and 004 share the Leavitt quote and the policy sentences; 001 and 004 share the most.
    assert!(r.containment[1][4] > 0.1 && r.containment[4][1] > 0.1);
}

#[test]
fn unique_and_clusters_partition_the_sentences() {
    let r = report();
    for (a, article) in r.articles.iter().enumerate() {
        for s in 0..article.sentences.len() {
            let clustered = r.clusters.iter().any(|c| c.members.contains(&[a, s]));
            let furniture = article.sentences[s].furniture.is_some();
            let places = [clustered, r.unique[a].contains(&s), furniture];
            assert_eq!(
                places.iter().filter(|&&p| p).count(),
                1,
                "article {a} sentence {s}: clustered, unique, furniture = {places:?}"
            );
        }
    }
    assert!(r.clusters.iter().all(|c| c.sources.len() >= 2));
    assert!(r.fallbacks.is_empty());
}

#[test]
fn diff_001_004_shows_rewrites_with_word_highlights() {
    let (a, b) = (
        Article::new("001", ARTICLES[1].1),
        Article::new("004", ARTICLES[4].1),
    );
    let d = diff(&a, &b).expect("diff");
    let ceasefire = d
        .ops
        .iter()
        .find(|op| {
            op.a.is_some_and(|i| d.a.sentences[i].text.starts_with(CEASEFIRE_001))
        })
        .expect("the ceasefire sentence has an op");
    assert_eq!(ceasefire.op, OpKind::Edited);
    let inserted: Vec<&str> = ceasefire
        .words
        .iter()
        .filter(|w| w.b.is_some() && w.a.is_none())
        .map(|w| w.text.as_str())
        .collect();
    assert!(inserted.contains(&"captives"), "{inserted:?}");
    // Four rewrites, and Leavitt's briefing told in other words ("stated that President Donald
    // Trump had authorized his envoys" / "confirmed the ongoing negotiations and emphasized that
    // the U.S. envoy had"), paired by meaning.
    assert_eq!(d.stats.edited, 5);
    assert_eq!(
        d.stats.equal + d.stats.edited + d.stats.moved + d.stats.deleted,
        d.a.sentences.len()
    );
}

#[test]
fn diff_of_000_with_a_paragraph_moved_reports_moves() {
    let text = ARTICLES[0].1;
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    let mut moved = paragraphs.clone();
    let p = moved.remove(1);
    moved.push(p);
    let moved = moved.join("\n\n");
    let d = diff(&Article::new("a", text), &Article::new("b", &moved)).expect("diff");
    assert!(d.stats.moved >= 1, "{:?}", d.stats);
    assert_eq!(
        d.stats.inserted + d.stats.deleted + d.stats.edited,
        0,
        "{:?}",
        d.stats
    );
    let out = d
        .ops
        .iter()
        .find(|op| op.op == OpKind::Moved && op.a.is_some())
        .expect("a move at its old place");
    let to = out.to.expect("a move names where it went");
    assert_eq!(
        d.a.sentences[out.a.unwrap_or(0)].text,
        d.b.sentences[to].text
    );
}

#[test]
fn report_snapshot() {
    let json = serde_json::to_value(report()).expect("serializes");
    insta::assert_json_snapshot!("five_articles_report", json);
}

#[test]
fn diff_snapshot() {
    let d = diff(
        &Article::new("001.txt", ARTICLES[1].1),
        &Article::new("004.txt", ARTICLES[4].1),
    )
    .expect("diff");
    insta::assert_json_snapshot!("diff_001_004", serde_json::to_value(d).expect("serializes"));
}
