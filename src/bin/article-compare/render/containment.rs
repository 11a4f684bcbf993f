//! How much of each article's wording another one also has, as a table.

use std::io::{self, Write};

use article_compare::Report;

use super::{Paint, heading};

/// Rows and columns shown: a wider table does not fit a terminal.
const SHOWN: usize = 20;

pub fn render(out: &mut impl Write, r: &Report, paint: Paint) -> io::Result<()> {
    heading(
        out,
        paint,
        "Containment (% of row article's words also in column article)",
    )?;
    write!(out, "      ")?;
    for j in 0..r.articles.len().min(SHOWN) {
        write!(out, "{:>5}", format!("[{j}]"))?;
    }
    writeln!(out)?;
    for (i, row) in r.containment.iter().enumerate().take(SHOWN) {
        write!(out, "  [{i}]")?;
        for (j, v) in row.iter().enumerate().take(SHOWN) {
            let cell = if i == j {
                "-".to_owned()
            } else {
                format!("{:.0}", v * 100.0)
            };
            write!(out, "{cell:>5}")?;
        }
        writeln!(out)?;
    }
    Ok(())
}
