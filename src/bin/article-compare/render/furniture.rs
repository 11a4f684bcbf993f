//! The lines of the web page around the story, left out of the comparison.

use std::io::{self, Write};

use article_compare::Report;
use article_compare::report::Finding;

use super::{Paint, at, heading, truncate};

pub fn render(out: &mut impl Write, r: &Report, paint: Paint) -> io::Result<()> {
    heading(
        out,
        paint,
        "Site furniture (left out of the comparison; --include-furniture to keep)",
    )?;
    let mut any = false;
    for f in &r.findings {
        if let Finding::Furniture {
            article,
            sentence,
            text,
            label,
            ..
        } = f
        {
            any = true;
            let line = format!(
                "{} {} {label}: \"{}\"",
                r.articles[*article].name,
                at(*article, *sentence),
                truncate(text, 70)
            );
            writeln!(out, "  {}", paint.dim(&line))?;
        }
    }
    if !any {
        writeln!(out, "  none")?;
    }
    Ok(())
}
