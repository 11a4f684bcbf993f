//! Figures on the audited stories (issue 13): the `number`, `figure`, `figure_label` and
//! `figure_row` entries of `expected.json`, and named groups of real-text cases per class.
//! Run with `--nocapture` for the pass counts.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/audit_data.rs"]
mod audit_data;

use std::collections::HashMap;

use article_compare::Report;
use article_compare::report::{Figure, FigureKind, Finding};
use audit_data::{Tally, disputable, expected, source_index, stories_of, story, texts};
use serde_json::Value;

/// The audited stories' reports, by story.
fn reports(entries: &[Value]) -> HashMap<String, ([String; 3], Report)> {
    stories_of(entries)
        .into_iter()
        .map(|name| {
            let texts = story(&name);
            let articles: Vec<article_compare::Article<'_>> = texts
                .iter()
                .zip(audit_data::SOURCES)
                .map(|(t, s)| article_compare::Article::new(s, t))
                .collect();
            let report = article_compare::compare(&articles).expect("compare");
            (name, (texts.clone(), report))
        })
        .collect()
}

/// The byte ranges where `needle` is printed, in the given articles (all when `only` is None).
fn places(texts: &[String; 3], only: Option<usize>, needle: &str) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (a, t) in texts.iter().enumerate() {
        if only.is_some_and(|o| o != a) {
            continue;
        }
        out.extend(
            t.match_indices(needle)
                .map(|(i, _)| (a, i, i + needle.len())),
        );
    }
    out
}

fn overlaps(f: &Figure, places: &[(usize, usize, usize)]) -> bool {
    places
        .iter()
        .any(|&(a, s, e)| f.article == a && f.span.start < e && s < f.span.end)
}

fn value_of(v: &str) -> Option<f64> {
    v.replace(',', "").parse().ok()
}

fn all_figures(report: &Report) -> impl Iterator<Item = &Figure> {
    report.figures.iter().flat_map(|r| r.figures.iter())
}

#[test]
fn audit_figures() {
    let entries: Vec<Value> = expected()
        .into_iter()
        .filter(|e| {
            matches!(
                e["kind"].as_str(),
                Some("number" | "figure" | "figure_label" | "figure_row")
            )
        })
        .collect();
    let reports = reports(&entries);
    let mut tallies: HashMap<String, Tally> = HashMap::new();
    for e in &entries {
        let (arts, report) = &reports[e["story"].as_str().expect("story")];
        let kind = e["kind"].as_str().expect("kind").to_owned();
        let present = e["expect"].as_str() != Some("absent");
        let source = e["source"].as_str().map(source_index);
        let anchors = texts_of(e);
        let ok = match kind.as_str() {
            "figure" => {
                let at = places(arts, source, &anchors[0]);
                let values: Vec<f64> = texts_values(e);
                let hit = all_figures(report)
                    .filter(|f| overlaps(f, &at) && f.kind != FigureKind::Date)
                    .any(|f| values.contains(&f.value));
                hit == present
            }
            "figure_label" => {
                let at = places(arts, source, &anchors[0]);
                let want = e["counts"].as_str().expect("counts");
                let value = e["value"].as_str().and_then(value_of);
                let figs: Vec<&Figure> = all_figures(report)
                    .filter(|f| overlaps(f, &at) && value.is_none_or(|v| f.value == v))
                    .collect();
                if want == "date range" {
                    !figs.is_empty() && figs.iter().all(|f| f.kind == FigureKind::Date)
                } else {
                    let stem = want.trim_end_matches('s');
                    figs.iter().any(|f| {
                        f.counts
                            .split(' ')
                            .next_back()
                            .is_some_and(|w| w.trim_end_matches('s') == stem)
                    })
                }
            }
            "figure_row" => {
                let (a, b) = (
                    places(arts, None, &anchors[0]),
                    places(arts, None, &anchors[1]),
                );
                let together = report.figures.iter().any(|r| {
                    r.figures.iter().any(|f| overlaps(f, &a))
                        && r.figures.iter().any(|f| overlaps(f, &b))
                });
                together == present
            }
            "number" => {
                let sources: Vec<usize> = texts(&e["sources"])
                    .iter()
                    .map(|s| source_index(s))
                    .collect();
                let pick = |k: usize| {
                    let mut p = Vec::new();
                    for &s in &sources {
                        p.extend(places(arts, Some(s), &anchors[k]));
                    }
                    if p.is_empty() {
                        places(arts, None, &anchors[k])
                    } else {
                        p
                    }
                };
                let (a, b) = (pick(0), pick(1));
                let found = report.findings.iter().any(|f| match f {
                    Finding::Number { figures, .. } => {
                        figures.iter().any(|f| overlaps(f, &a))
                            && figures.iter().any(|f| overlaps(f, &b))
                    }
                    _ => false,
                });
                found == present
            }
            _ => unreachable!(),
        };
        tallies
            .entry(kind.clone())
            .or_default()
            .add(disputable(e), ok, || {
                format!("{} {:?} {:?}", e["story"], e["expect"], anchors)
            });
    }
    let mut kinds: Vec<&String> = tallies.keys().collect();
    kinds.sort();
    for k in kinds {
        tallies[k].print(k);
    }
    let firm = |k: &str| tallies.get(k).map_or((0, 0), |t| (t.pass, t.total));
    for k in ["figure", "figure_label", "figure_row"] {
        let (p, t) = firm(k);
        assert_eq!(p, t, "{k}: {p}/{t}");
    }
    let (p, t) = firm("number");
    assert!(p as f64 >= 0.8 * t as f64, "number: {p}/{t}");
}

fn texts_of(e: &Value) -> Vec<String> {
    texts(&e["text_contains"])
}

fn texts_values(e: &Value) -> Vec<f64> {
    texts(&e["values"])
        .iter()
        .filter_map(|v| value_of(v))
        .collect()
}
