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

/// Every figure the report reads from `text` (printed as two identical articles), as
/// "value kind [counts]".
fn read(text: &str) -> Vec<String> {
    let articles = [Article::new("a", text), Article::new("b", text)];
    let report = article_compare::compare(&articles).expect("compare");
    let mut figs: Vec<&Figure> = all_figures(&report).filter(|f| f.article == 0).collect();
    figs.sort_by_key(|f| f.span.start);
    figs.iter()
        .map(|f| format!("{} {:?} [{}]", f.value, f.kind, f.counts))
        .collect()
}

use article_compare::Article;

/// `figures!(NAME: "text" => ["value Kind [counts]", ...], ...)`: the figures read from real
/// text, in order.
macro_rules! figures {
    ($name:ident: $($text:expr => [$($want:expr),* $(,)?]),+ $(,)?) => {
        #[test]
        fn $name() {
            $(
                let want: Vec<&str> = vec![$($want),*];
                assert_eq!(read($text), want, "{:?}", $text);
            )+
        }
    };
}

figures!(figures_words_and_multipliers:
    "Five hundred and eighty-four days after descending his Trump Tower escalator, he took the oath." =>
        ["584 Count [days]"],
    "About four dozen protesters gathered outside." => ["48 Count [protesters]"],
    "“No, not $2.5 billion, no — we’re asking for $5.6” billion, Mr. Trump said." =>
        ["2500000000 Money []", "5600000000 Money []"],
    "Three and a half years ago the plant closed." => ["3.5 Count [years]"],
    "The measure needs two-thirds of the Senate." => ["0.6666666666666666 Count [thirds]"],
);

figures!(figures_that_are_not_counts:
    "He is the No. 2 Republican in the Senate." => [],
    "Leaders of the Group of Seven met in Quebec." => [],
    "The group is a 501(c)(3) organization." => [],
    "Officials said 7 documents can be released." => ["7 Count [documents]"],
    "Jim Mattis, 68, will leave at the end of February." => ["68 Age [year-old]"],
    "Mr. Labrador, who is 46, was elected in 2010." => ["46 Age [year-old]", "2010 Year []"],
    "Fifteen of the 19 Sept. 11 hijackers were Saudi." =>
        ["15 Count []", "19 Count [hijackers]", "11 Date [september]"],
    "Only about 3,000 of Ms. Abedin’s work-related emails were found." =>
        ["3000 Count [work-related emails]"],
    "The sample of Republican primary voters polled was only 238." => ["238 Count [voters]"],
);

figures!(dates_and_times:
    "The attacks of 9/11 changed the country." => ["11 Date [september]"],
    "The memo is dated 1/5/17 and was leaked." => ["5 Date [january]"],
    "The oath was administered at 12:00 p.m. on the steps." => ["12 Time []"],
    "The vote closed at 11:54 a.m. and a 5 p.m. deadline was set." => ["11.9 Time []", "17 Time []"],
    "The poll was taken March 31-April 4 among adults." => ["31 Date [march]", "4 Date [april]"],
    "会议于2017年12月10日举行。" => ["10 Date [december]"],
);

figures!(ranges:
    "Between 150 and 200 migrants crossed on Monday." =>
        ["150 Count [migrants]", "200 Count [migrants]"],
    "Permits cover elephants hunted from 2016 to 2018." => ["2016 Year []", "2018 Year []"],
);

/// Whether the report finds the figures of sentence `a` (article 0) and sentence `b` (article
/// 1) differing, each printed inside its own filler article.
fn differ(a: &str, b: &str) -> bool {
    let (x, y) = (
        format!(
            "The story began on Monday in the capital.\n\n{a}\n\nOfficials declined to comment."
        ),
        format!(
            "Reporters gathered at the courthouse early.\n\n{b}\n\nThe hearing continues next week."
        ),
    );
    let articles = [Article::new("a", &x), Article::new("b", &y)];
    let report = article_compare::compare(&articles).expect("compare");
    report.findings.iter().any(|f| match f {
        Finding::Number { figures, .. } => {
            figures.iter().any(|f| f.article == 0) && figures.iter().any(|f| f.article == 1)
        }
        _ => false,
    })
}

/// `numbers!(NAME: present|absent ["sentence A", "sentence B"], ...)`.
macro_rules! numbers {
    ($name:ident: $($expect:ident [$a:expr, $b:expr]),+ $(,)?) => {
        #[test]
        fn $name() {
            $(
                let want = stringify!($expect) == "present";
                assert_eq!(differ($a, $b), want, "{:?} / {:?}", $a, $b);
            )+
        }
    };
}

numbers!(same_thing_different_figures:
    present ["LePage hinted that he may resign before his term ends in 2018.", "LePage’s second and final term as governor officially ends in 2019."],
    present ["Mr. Trump took the 35-word oath administered by Chief Justice John G. Roberts Jr.", "Chief Justice John Roberts administered the 38-word oath at noon."],
    present ["Mattis’ resignation letter indicates his final day in office will be Feb. 28.", "Mattis will be leaving the administration on January 1, days after his resignation letter."],
    present ["The department received 50,000 pages of printed emails from Mrs. Clinton’s account.", "The department said it had received 55,000 pages of Clinton’s emails."],
    present ["More than 150 migrants reached the border crossing at San Ysidro on Sunday.", "About 200 migrants reached the border crossing at San Ysidro, officials said."],
);

numbers!(different_things:
    absent ["The government ran out of money at midnight Dec. 21 after the talks failed.", "The shutdown began on Dec. 22, the White House said."],
    absent ["Mr. Mattis commanded Marines in Afghanistan and in the 2003 invasion of Iraq.", "Soldiers have died in Afghanistan since the 2001 invasion."],
    absent ["Presidents would release at least 10 years of tax returns.", "Democrats won their first majority in the House in eight years."],
    absent ["Permits allow elephants hunted from 2016 to 2018 to be imported.", "The policy applies to elephants killed between January 2016 and December 2018."],
    absent ["Five senior Missouri Republicans urged him to quit.", "He faced a 5 p.m. deadline to quit the race."],
);
