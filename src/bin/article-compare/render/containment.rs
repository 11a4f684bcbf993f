//! The article × article tables: how much content two articles share (similarity), and how much
//! of each article's wording another one also has (containment).

use std::io::{self, Write};

use article_compare::Report;

use super::{Paint, heading};

/// Rows and columns shown: a wider table does not fit a terminal.
const SHOWN: usize = 20;

pub fn render(out: &mut impl Write, r: &Report, paint: Paint) -> io::Result<()> {
    if r.matches.iter().any(|m| m.meaning_score.is_some()) {
        table(
            out,
            paint,
            "Similarity (% of content two articles share, in any words)",
            &r.similarity,
        )?;
    }
    table(
        out,
        paint,
        "Containment (% of row article's words also in column article)",
        &r.containment,
    )
}

fn table(out: &mut impl Write, paint: Paint, title: &str, m: &[Vec<f32>]) -> io::Result<()> {
    heading(out, paint, title)?;
    write!(out, "      ")?;
    for j in 0..m.len().min(SHOWN) {
        write!(out, "{:>5}", format!("[{j}]"))?;
    }
    writeln!(out)?;
    for (i, row) in m.iter().enumerate().take(SHOWN) {
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
