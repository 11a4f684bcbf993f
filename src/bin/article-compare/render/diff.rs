//! The pairwise diff as text: one line per operation, changed words inline.

use std::io::{self, Write};

use article_compare::DiffReport;
use article_compare::report::{Op, OpKind};

use super::{Paint, one_line, one_line_keep_edges};

pub fn render(out: &mut impl Write, r: &DiffReport, paint: Paint) -> io::Result<()> {
    for (mark, a) in [("---", &r.a), ("+++", &r.b)] {
        let title = format!("{mark} {} ({} sentences)", a.name, a.sentences.len());
        writeln!(out, "{}", paint.bold(&title))?;
    }
    let s = &r.stats;
    writeln!(
        out,
        "{} equal, {} edited, {} moved, {} deleted, {} inserted\n",
        s.equal, s.edited, s.moved, s.deleted, s.inserted
    )?;
    for op in &r.ops {
        if let Some(line) = line(r, op, paint) {
            writeln!(out, "{line}")?;
        }
    }
    super::fallbacks(out, &r.fallbacks)
}

/// An operation's line: a mark (`-`, `+`, `~`, `<`, `>`, or a space for equal), then the text.
fn line(r: &DiffReport, op: &Op, paint: Paint) -> Option<String> {
    let text_a = |i: usize| one_line(&r.a.sentences[i].text);
    let text_b = |j: usize| one_line(&r.b.sentences[j].text);
    let score = op
        .score
        .map(|x| format!(" ({:.0}%)", x * 100.0))
        .unwrap_or_default();
    Some(match (op.op, op.a, op.b) {
        (OpKind::Equal, Some(i), _) => format!("  {}", paint.dim(&text_a(i))),
        (OpKind::Deleted, Some(i), _) => format!("- {}", paint.wrap("31", &text_a(i))),
        (OpKind::Inserted, _, Some(j)) => format!("+ {}", paint.wrap("32", &text_b(j))),
        (OpKind::Edited, Some(_), Some(j)) => format!(
            "~ {}{}",
            inline_words(op, &text_b(j), paint),
            paint.dim(&score)
        ),
        (OpKind::Moved, Some(i), None) => {
            let to = format!("[moved to new #{}{score}]", op.to.unwrap_or(0) + 1);
            format!("< {} {}", paint.dim(&text_a(i)), paint.dim(&to))
        }
        (OpKind::Moved, None, Some(j)) => {
            let from = format!("[moved from old #{}{score}]", op.from.unwrap_or(0) + 1);
            format!(
                "> {} {}",
                inline_words(op, &text_b(j), paint),
                paint.dim(&from)
            )
        }
        _ => return None,
    })
}

/// The words of an op inline, `[-deleted-]{+inserted+}`; the plain text where none changed.
pub fn inline_words(op: &Op, plain: &str, paint: Paint) -> String {
    if op.words.is_empty() {
        plain.to_owned()
    } else {
        paint.words(&op.words, one_line_keep_edges)
    }
}
