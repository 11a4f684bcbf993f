//! Sentence pairs across articles that were paraphrased, rewritten or are near-identical;
//! identical pairs are only counted.

use std::io::{self, Write};

use article_compare::Report;
use article_compare::report::Grade;

use super::{Paint, heading, sentence, truncate};

pub fn render(out: &mut impl Write, r: &Report, paint: Paint) -> io::Result<()> {
    heading(
        out,
        paint,
        "Across articles (paraphrased, rewritten and near-identical pairs)",
    )?;
    let mut identical = 0;
    for m in &r.matches {
        let grade = match m.grade {
            Grade::Identical => {
                identical += 1;
                continue;
            }
            Grade::Rewritten => "rewritten",
            Grade::Paraphrase => "paraphrase",
            _ => "near-identical",
        };
        let ([a, i], [b, j]) = (m.a, m.b);
        let meaning = m
            .meaning_score
            .map(|c| {
                format!(
                    " (words {:.0}%, meaning {:.0}%)",
                    m.word_score * 100.0,
                    c * 100.0
                )
            })
            .unwrap_or_default();
        writeln!(
            out,
            "  {grade} {:.0}%{meaning}  [{a}]#{} ~ [{b}]#{}",
            m.score * 100.0,
            i + 1,
            j + 1
        )?;
        for (k, s) in [(a, i), (b, j)] {
            writeln!(
                out,
                "      {}: {}",
                r.articles[k].name,
                truncate(&sentence(r, k, s), 150)
            )?;
        }
    }
    if identical == r.matches.len() {
        writeln!(out, "  none")?;
    }
    writeln!(out, "  and {identical} identical pairs")
}
