//! Sentences and passages an article prints twice.

use std::io::{self, Write};

use article_compare::Report;

use super::{Paint, heading, sentence, truncate};

pub fn render(out: &mut impl Write, r: &Report, paint: Paint) -> io::Result<()> {
    heading(out, paint, "Repeated inside one article")?;
    if r.passages.is_empty() && r.repeats.is_empty() {
        writeln!(out, "  none")?;
    }
    for p in &r.passages {
        let [f0, f1] = p.first.sentences;
        let [s0, s1] = p.second.sentences;
        let noun = if f0 == f1 { "sentence" } else { "sentences" };
        writeln!(
            out,
            "  [{}] {}: {noun} {} printed again as {} ({:.0}%)",
            p.article,
            r.articles[p.article].name,
            numbers(f0, f1),
            numbers(s0, s1),
            p.score * 100.0
        )?;
        writeln!(
            out,
            "      \"{}\"",
            truncate(&sentence(r, p.article, f0), 100)
        )?;
    }
    // Repeats inside a passage were shown with it.
    for g in r
        .repeats
        .iter()
        .filter(|g| !in_passage(r, g.article, &g.sentences))
    {
        let list: Vec<String> = g.sentences.iter().map(|s| (s + 1).to_string()).collect();
        writeln!(
            out,
            "  [{}] {}: sentences {} ({:.0}%): \"{}\"",
            g.article,
            r.articles[g.article].name,
            list.join(", "),
            g.score * 100.0,
            truncate(&sentence(r, g.article, g.sentences[0]), 80)
        )?;
    }
    Ok(())
}

/// Sentence numbers from 1: `3` or `3-5`.
fn numbers(first: usize, last: usize) -> String {
    if first == last {
        format!("{}", first + 1)
    } else {
        format!("{}-{}", first + 1, last + 1)
    }
}

fn in_passage(r: &Report, article: usize, sentences: &[usize]) -> bool {
    r.passages.iter().any(|p| {
        p.article == article
            && sentences.iter().all(|&s| {
                (p.first.sentences[0]..=p.first.sentences[1]).contains(&s)
                    || (p.second.sentences[0]..=p.second.sentences[1]).contains(&s)
            })
    })
}
