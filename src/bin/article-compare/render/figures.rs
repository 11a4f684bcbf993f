//! The figures table: each quantity, the sources that report it and how each words it.

use std::io::{self, Write};

use article_compare::Report;
use article_compare::report::{FigureKind, FigureRow};

use super::{Paint, and_more, first, heading};

/// The rows listed; the rest are counted.
const SHOWN: usize = 40;

pub fn render(out: &mut impl Write, r: &Report, paint: Paint) -> io::Result<()> {
    heading(out, paint, "Figures (who reports which number)")?;
    if r.figures.is_empty() {
        writeln!(out, "  none")?;
    }
    let (shown, more) = first(&r.figures, SHOWN);
    for row in shown {
        let counts = if row.counts.is_empty() {
            String::new()
        } else {
            format!(" {}", row.counts)
        };
        writeln!(
            out,
            "  {}{counts}  ({} of {})  {}",
            paint.bold(&format_value(row.value, row.kind)),
            row.sources.len(),
            r.articles.len(),
            cells(r, row).join("; ")
        )?;
    }
    and_more(out, more)
}

/// Each source's wordings of the row's figure: "name: about 35 / 35".
fn cells(r: &Report, row: &FigureRow) -> Vec<String> {
    row.sources
        .iter()
        .map(|&a| {
            let mut texts: Vec<&str> = row
                .figures
                .iter()
                .filter(|f| f.article == a)
                .map(|f| f.text.as_str())
                .collect();
            texts.dedup();
            format!("{}: {}", r.articles[a].name, texts.join(" / "))
        })
        .collect()
}

/// A figure's value as a reader writes it: 2000 as "2,000", 3.5 as "3.5", the year 1997 as
/// "1997".
fn format_value(v: f64, kind: FigureKind) -> String {
    if v.fract() != 0.0 || v.abs() >= 1e15 || kind == FigureKind::Year {
        return format!("{v}");
    }
    let digits = format!("{}", v.abs() as u64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if v < 0.0 { format!("-{out}") } else { out }
}
