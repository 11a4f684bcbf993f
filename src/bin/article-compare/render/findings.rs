//! Where sources differ: figures, names and quotes, then the quotes only one source prints.

use std::io::{self, Write};

use article_compare::Report;
use article_compare::report::{Credit, Figure, Finding, NumberDifference, Place, Wording};

use super::{Paint, at, first, heading, one_line, sentence, truncate};

/// The places listed for one wording of a quote; the rest are counted.
const PLACES_SHOWN: usize = 4;
/// The quotes only one source prints that are listed.
const SINGLE_SHOWN: usize = 20;

pub fn render(out: &mut impl Write, r: &Report, paint: Paint) -> io::Result<()> {
    heading(out, paint, "Differences between sources")?;
    let mut any = false;
    for f in &r.findings {
        any |= match f {
            Finding::Number {
                difference,
                counts,
                figures,
                ..
            } => number(out, r, paint, *difference, counts, figures)?,
            Finding::Name {
                spelling,
                sources,
                mentions,
                usual,
                usual_sources,
                likely_misspelling,
                ..
            } => {
                let odd = Spelling {
                    spelling,
                    sources,
                    mentions,
                };
                name(
                    out,
                    r,
                    paint,
                    &odd,
                    usual,
                    usual_sources.len(),
                    *likely_misspelling,
                )?
            }
            Finding::Quote {
                speaker,
                sources,
                differs,
                wordings,
                conflict,
            } if sources.len() > 1 => {
                let shown = quote(
                    out,
                    r,
                    paint,
                    speaker.as_deref(),
                    sources.len(),
                    *differs,
                    wordings,
                )?;
                credits(out, r, conflict)?;
                shown
            }
            Finding::Negation {
                negated,
                cue,
                affirmed,
            } => {
                let cue_text = &sentence(r, cue.article, cue.sentence);
                let at =
                    cue.span.start - r.articles[cue.article].sentences[cue.sentence].span.start;
                let word = cue_text
                    .get(at..at + (cue.span.end - cue.span.start))
                    .unwrap_or("not");
                writeln!(
                    out,
                    "  negation: one source says \"{word}\" where another affirms"
                )?;
                for p in [negated, affirmed] {
                    writeln!(
                        out,
                        "      {} [{}]#{}: {}",
                        r.articles[p.article].name,
                        p.article,
                        p.sentence + 1,
                        truncate(&sentence(r, p.article, p.sentence), 150)
                    )?;
                }
                true
            }
            _ => false,
        };
    }
    if !any {
        writeln!(out, "  none")?;
    }
    single_source_quotes(out, r)
}

/// Figures for one quantity that differ in value or qualifier.
fn number(
    out: &mut impl Write,
    r: &Report,
    paint: Paint,
    difference: NumberDifference,
    counts: &str,
    figures: &[Figure],
) -> io::Result<bool> {
    let what = match difference {
        NumberDifference::Value => "different figures",
        _ => "figure qualified differently",
    };
    let counts = if counts.is_empty() {
        String::new()
    } else {
        format!(" ({counts})")
    };
    writeln!(out, "  number: {what}{counts}")?;
    for g in figures {
        writeln!(
            out,
            "      {}: {} {}  \"{}\"",
            r.articles[g.article].name,
            paint.bold(&g.text),
            paint.dim(&at(g.article, g.sentence)),
            truncate(&sentence(r, g.article, g.sentence), 90)
        )?;
    }
    Ok(true)
}

/// The rarer spelling of a name, where it is printed.
struct Spelling<'a> {
    spelling: &'a str,
    sources: &'a [usize],
    mentions: &'a [Place],
}

/// A name spelled one way by some sources and another way by the rest.
fn name(
    out: &mut impl Write,
    r: &Report,
    paint: Paint,
    odd: &Spelling<'_>,
    usual: &str,
    usual_count: usize,
    likely_misspelling: bool,
) -> io::Result<bool> {
    let lead = if likely_misspelling {
        "likely misspelling"
    } else {
        "spelled two ways"
    };
    let names: Vec<&str> = odd
        .sources
        .iter()
        .map(|&a| r.articles[a].name.as_str())
        .collect();
    let places: Vec<String> = odd
        .mentions
        .iter()
        .map(|m| at(m.article, m.sentence))
        .collect();
    writeln!(
        out,
        "  name: {lead}: {} in {} ({}); {} in {usual_count} of {} articles",
        paint.del(odd.spelling),
        names.join(", "),
        places.join(" "),
        paint.ins(usual),
        r.articles.len()
    )?;
    Ok(true)
}

/// A quote several sources print, each wording with its changes and where it is printed.
fn quote(
    out: &mut impl Write,
    r: &Report,
    paint: Paint,
    speaker: Option<&str>,
    sources: usize,
    differs: bool,
    wordings: &[Wording],
) -> io::Result<bool> {
    let who = speaker.unwrap_or("unattributed");
    let how = if differs {
        "worded differently"
    } else {
        "same words"
    };
    writeln!(out, "  quote by {who}, in {sources} sources, {how}:")?;
    for w in wordings {
        let text = if w.words.is_empty() {
            one_line(&w.text)
        } else {
            paint.words(&w.words, str::to_owned)
        };
        let (shown, more) = first(&w.places, PLACES_SHOWN);
        let mut places: Vec<String> = shown
            .iter()
            .map(|p| {
                format!(
                    "{} {}",
                    r.articles[p.article].name,
                    paint.dim(&at(p.article, p.sentence))
                )
            })
            .collect();
        if more > 0 {
            places.push(format!("and {more} more"));
        }
        let part = if w.extract { "quotes part of: " } else { "" };
        writeln!(
            out,
            "      {}: {part}\u{201c}{}\u{201d}",
            places.join(", "),
            truncate(&one_line(&text), 200)
        )?;
    }
    Ok(true)
}

/// An attribution conflict: which sources credit the quote to whom.
fn credits(out: &mut impl Write, r: &Report, conflict: &[Credit]) -> io::Result<()> {
    if conflict.is_empty() {
        return Ok(());
    }
    let who: Vec<String> = conflict
        .iter()
        .map(|c| {
            let names: Vec<&str> = c
                .sources
                .iter()
                .map(|&s| r.articles[s].name.as_str())
                .collect();
            format!("{} ({})", c.speaker, names.join(", "))
        })
        .collect();
    writeln!(
        out,
        "      credited to different speakers: {}",
        who.join("; ")
    )
}

/// Quotes only one source prints: counted, and the first few listed.
fn single_source_quotes(out: &mut impl Write, r: &Report) -> io::Result<()> {
    let single: Vec<String> = r
        .findings
        .iter()
        .filter_map(|f| match f {
            Finding::Quote {
                speaker,
                sources,
                wordings,
                ..
            } if sources.len() == 1 => Some(format!(
                "{} ({}): \u{201c}{}\u{201d}",
                r.articles[sources[0]].name,
                speaker.as_deref().unwrap_or("unattributed"),
                truncate(&one_line(&wordings[0].text), 70)
            )),
            _ => None,
        })
        .collect();
    if !single.is_empty() {
        writeln!(out, "  quotes in one source only: {}", single.len())?;
        for q in first(&single, SINGLE_SHOWN).0 {
            writeln!(out, "      {q}")?;
        }
    }
    Ok(())
}
