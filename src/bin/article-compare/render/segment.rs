//! An article's sentences as text, one per line.

use std::io::{self, Write};

use article_compare::report::ArticleReport;

use super::one_line;

pub fn render(out: &mut impl Write, r: &ArticleReport) -> io::Result<()> {
    for s in &r.sentences {
        writeln!(out, "{}", one_line(&s.text))?;
    }
    Ok(())
}
