//! The n-way report as text: the summary, the articles, then each section in turn.

use std::io::{self, Write};

use article_compare::Report;

use super::{
    Paint, clusters, containment, figures, findings, furniture, matches, repeats, summary,
};

pub fn render(out: &mut impl Write, r: &Report, paint: Paint) -> io::Result<()> {
    summary::render(out, r, paint)?;
    articles(out, r, paint)?;
    repeats::render(out, r, paint)?;
    matches::render(out, r, paint)?;
    clusters::render(out, r, paint)?;
    findings::render(out, r, paint)?;
    figures::render(out, r, paint)?;
    furniture::render(out, r, paint)?;
    containment::render(out, r, paint)?;
    super::fallbacks(out, &r.fallbacks)
}

/// One line per article: its size and how much only it has.
fn articles(out: &mut impl Write, r: &Report, paint: Paint) -> io::Result<()> {
    writeln!(
        out,
        "{}",
        paint.bold(&format!("{} articles", r.articles.len()))
    )?;
    for (i, a) in r.articles.iter().enumerate() {
        writeln!(
            out,
            "  [{i}] {}: {} sentences, {} paragraphs, {} only here",
            a.name,
            a.sentences.len(),
            a.paragraphs,
            r.unique[i].len()
        )?;
    }
    Ok(())
}
