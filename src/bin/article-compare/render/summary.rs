//! The story at a glance, printed first: how many sources; what most of them report; what only
//! one says; where they disagree; what each repeats. Each line names the section with the detail.
//! The page's summary (www/views/summary.js) says the same from the same report.

use std::io::{self, Write};

use article_compare::Report;
use article_compare::report::Finding;

use super::{Paint, sentence, truncate};

/// Statements quoted, and sources named on a line before "and N more".
const TOP_CLAIMS: usize = 3;
const NAMES: usize = 5;

pub fn render(out: &mut impl Write, r: &Report, paint: Paint) -> io::Result<()> {
    let n = r.articles.len();
    let name = |a: usize| r.articles[a].name.as_str();
    writeln!(out, "{}", paint.bold("Summary"))?;
    let sentences: usize = r.articles.iter().map(|a| a.sentences.len()).sum();
    writeln!(out, "  {n} sources, {sentences} sentences")?;

    // Clusters come most widely carried first.
    match r.clusters.first() {
        Some(c) => {
            let lead = if c.sources.len() * 2 > n {
                "Most report"
            } else {
                "Several report"
            };
            let total = r.clusters.len();
            writeln!(out, "  {lead} ({total} shared in all: Shared statements):")?;
            for c in r.clusters.iter().take(TOP_CLAIMS) {
                let [a, s] = c.members[0];
                let k = c.sources.len();
                let carried = if k == n {
                    "all".to_owned()
                } else {
                    format!("{k} of {n}")
                };
                writeln!(
                    out,
                    "    {carried}  \"{}\"",
                    truncate(&sentence(r, a, s), 90)
                )?;
            }
        }
        None => writeln!(out, "  No statement is carried by two or more sources")?,
    }

    let mut only: Vec<(usize, usize)> = (0..n)
        .map(|a| (a, r.unique[a].len()))
        .filter(|&(_, k)| k > 0)
        .collect();
    if !only.is_empty() {
        let rest = only.len().saturating_sub(NAMES);
        if rest > 0 {
            only.sort_by_key(|x| std::cmp::Reverse(x.1));
        }
        let shown: Vec<String> = only
            .iter()
            .take(NAMES)
            .map(|&(a, k)| format!("{} {k}", name(a)))
            .collect();
        let more = if rest > 0 {
            format!(" and {rest} more sources")
        } else {
            String::new()
        };
        writeln!(
            out,
            "  Only one says: {}{more} (the \"only here\" of each article)",
            shown.join(", ")
        )?;
    }

    let (mut figures, mut names, mut quotes, mut other) = (0, 0, 0, 0);
    for f in &r.findings {
        match f {
            Finding::Number { .. } => figures += 1,
            Finding::Name { .. } => names += 1,
            Finding::Quote {
                sources, differs, ..
            } if sources.len() > 1 && *differs => quotes += 1,
            Finding::Quote { .. } | Finding::Furniture { .. } => {}
            // Negations and kinds added later (attribution) count as disagreements too.
            #[allow(unreachable_patterns)]
            _ => other += 1,
        }
    }
    let parts: Vec<String> = [
        (figures, "figure", "figures"),
        (names, "name spelled two ways", "names spelled two ways"),
        (
            quotes,
            "quote worded differently",
            "quotes worded differently",
        ),
        (other, "other finding", "other findings"),
    ]
    .iter()
    .filter(|(k, ..)| *k > 0)
    .map(|&(k, one, many)| format!("{k} {}", if k == 1 { one } else { many }))
    .collect();
    if parts.is_empty() {
        writeln!(
            out,
            "  Where they disagree: no figures, names or quotes differ"
        )?;
    } else {
        writeln!(
            out,
            "  Where they disagree: {} (Differences between sources)",
            parts.join(", ")
        )?;
    }

    let mut repeated = vec![0usize; n];
    for g in &r.repeats {
        repeated[g.article] += g.sentences.len();
    }
    let repeating: Vec<String> = (0..n)
        .filter(|&a| repeated[a] > 0)
        .map(|a| format!("{} {} repeated sentences", name(a), repeated[a]))
        .collect();
    if repeating.is_empty() {
        writeln!(out, "  Repeats: no article prints anything twice")?;
    } else {
        let (shown, more) = super::first(&repeating, NAMES);
        let more = if more > 0 {
            format!(" and {more} more sources")
        } else {
            String::new()
        };
        writeln!(
            out,
            "  Repeats: {}{more} (Repeated inside one article)",
            shown.join(", ")
        )?;
    }
    writeln!(out)
}
