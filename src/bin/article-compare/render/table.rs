//! The CSV output (`--format csv`): compare's coverage table, segment's sentences, diff's
//! operations.
//!
//! Files open in a spreadsheet as they are: UTF-8 with a byte-order mark, CRLF line ends, a
//! header row, and every cell that a spreadsheet would read as a formula (starting with `=`,
//! `+`, `-`, `@`, a tab or a carriage return) prefixed with `'`, as OWASP's "CSV Injection"
//! page recommends. Columns named after report fields hold the report's values (indexes from 0,
//! UTF-8 byte offsets); the coverage table is the page's, with sentence numbers from 1.

use std::io::{self, Write};

use article_compare::report::ArticleReport;
use article_compare::{DiffReport, Report};

use super::Paint;
use super::diff::inline_words;

/// A CSV writer that guards every cell; [`Table::finish`] flushes it.
struct Table<W: Write>(csv::Writer<W>);

impl<W: Write> Table<W> {
    fn new(mut out: W) -> io::Result<Self> {
        out.write_all("\u{feff}".as_bytes())?;
        Ok(Self(
            csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .from_writer(out),
        ))
    }

    fn row<S: AsRef<str>>(&mut self, cells: impl IntoIterator<Item = S>) -> io::Result<()> {
        let cells: Vec<String> = cells.into_iter().map(|c| guard(c.as_ref())).collect();
        self.0.write_record(&cells).map_err(io::Error::from)
    }

    fn finish(mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// A cell that no spreadsheet runs as a formula.
fn guard(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// One row per statement (clusters, then sentences only one article has): its text, how many
/// sources carry it, and the sentence numbers each article carries it as.
pub fn coverage(out: impl Write, r: &Report) -> io::Result<()> {
    let mut t = Table::new(out)?;
    let names = r.articles.iter().map(|a| a.name.as_str());
    t.row(["statement", "sources"].into_iter().chain(names))?;
    for c in &r.clusters {
        let [a, s] = c.members[0];
        let mut row = vec![
            r.articles[a].sentences[s].text.clone(),
            c.sources.len().to_string(),
        ];
        row.extend((0..r.articles.len()).map(|k| {
            let numbers: Vec<String> = c
                .members
                .iter()
                .filter(|m| m[0] == k)
                .map(|m| (m[1] + 1).to_string())
                .collect();
            numbers.join(" ")
        }));
        t.row(row)?;
    }
    for (k, sentences) in r.unique.iter().enumerate() {
        for &s in sentences {
            let mut row = vec![r.articles[k].sentences[s].text.clone(), "1".to_owned()];
            row.extend((0..r.articles.len()).map(|j| {
                if j == k {
                    (s + 1).to_string()
                } else {
                    String::new()
                }
            }));
            t.row(row)?;
        }
    }
    t.finish()
}

/// One row per sentence: its offsets, its paragraph and its text.
pub fn sentences(out: impl Write, a: &ArticleReport) -> io::Result<()> {
    let mut t = Table::new(out)?;
    t.row(["start", "end", "paragraph", "text"])?;
    for s in &a.sentences {
        t.row([
            s.span.start.to_string(),
            s.span.end.to_string(),
            s.paragraph.to_string(),
            s.text.clone(),
        ])?;
    }
    t.finish()
}

/// One row per operation: what it does, its sentences in the old and the new article (and, for
/// a move, where it went or came from), the similarity, both texts and the changed words.
pub fn ops(out: impl Write, r: &DiffReport) -> io::Result<()> {
    let mut t = Table::new(out)?;
    t.row([
        "op", "a", "b", "from", "to", "score", "a_text", "b_text", "words",
    ])?;
    let number = |n: Option<usize>| n.map(|n| n.to_string()).unwrap_or_default();
    for op in &r.ops {
        let kind = serde_json::to_value(op.op)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        let a_text = op.a.map(|i| r.a.sentences[i].text.clone());
        let b_text = op.b.map(|j| r.b.sentences[j].text.clone());
        let words = if op.words.is_empty() {
            String::new()
        } else {
            inline_words(op, "", Paint(false))
        };
        t.row([
            kind,
            number(op.a),
            number(op.b),
            number(op.from),
            number(op.to),
            op.score.map(|x| x.to_string()).unwrap_or_default(),
            a_text.unwrap_or_default(),
            b_text.unwrap_or_default(),
            words,
        ])?;
    }
    t.finish()
}

#[cfg(test)]
mod tests {
    use super::guard;

    #[test]
    fn cells_a_spreadsheet_would_run_start_with_a_quote() {
        for (cell, want) in [
            ("=1+2", "'=1+2"),
            ("+1", "'+1"),
            ("-1", "'-1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("a=b", "a=b"),
            ("", ""),
            ("'quoted", "'quoted"),
        ] {
            assert_eq!(guard(cell), want, "{cell:?}");
        }
    }
}
