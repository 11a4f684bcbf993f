//! Statements several articles share, with the articles that carry them.

use std::io::{self, Write};

use article_compare::Report;

use super::{Paint, and_more, first, heading, sentence, truncate};

/// The clusters listed; the rest are counted.
const SHOWN: usize = 40;

pub fn render(out: &mut impl Write, r: &Report, paint: Paint) -> io::Result<()> {
    heading(out, paint, "Shared statements (clusters)")?;
    let (shown, more) = first(&r.clusters, SHOWN);
    for c in shown {
        let names: Vec<&str> = c
            .sources
            .iter()
            .map(|&s| r.articles[s].name.as_str())
            .collect();
        let [a, s] = c.members[0];
        writeln!(
            out,
            "  {} of {}: {}  \"{}\"",
            c.sources.len(),
            r.articles.len(),
            names.join(", "),
            truncate(&sentence(r, a, s), 90)
        )?;
    }
    and_more(out, more)
}
