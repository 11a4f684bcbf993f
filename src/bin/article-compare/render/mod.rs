//! The text output: one module per section of a report, and what they share (painting, one-line
//! sentences, "the first N, and M more").

pub mod clusters;
pub mod compare;
pub mod containment;
pub mod diff;
pub mod figures;
pub mod findings;
pub mod furniture;
pub mod matches;
pub mod repeats;
pub mod segment;
pub mod summary;
pub mod table;

use std::io::{self, Write};

use article_compare::report::{Fallback, Report, WordOp, WordReport};

/// Terminal styling, on or off; off, changed words are marked `[-deleted-]{+inserted+}`.
#[derive(Clone, Copy)]
pub struct Paint(pub bool);

impl Paint {
    pub fn wrap(self, code: &str, s: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    }
    pub fn del(self, s: &str) -> String {
        if self.0 {
            self.wrap("31;9", s)
        } else {
            format!("[-{s}-]")
        }
    }
    pub fn ins(self, s: &str) -> String {
        if self.0 {
            self.wrap("32;1", s)
        } else {
            format!("{{+{s}+}}")
        }
    }
    pub fn dim(self, s: &str) -> String {
        self.wrap("2", s)
    }
    pub fn bold(self, s: &str) -> String {
        self.wrap("1", s)
    }

    /// Word changes inline, each stretch's text passed through `piece` first: deleted ones
    /// struck, inserted ones marked, equal ones as they are.
    pub fn words(self, words: &[WordReport], piece: impl Fn(&str) -> String) -> String {
        words
            .iter()
            .map(|w| {
                let t = piece(&w.text);
                match w.op {
                    WordOp::Delete => self.del(&t),
                    WordOp::Insert => self.ins(&t),
                    _ => t,
                }
            })
            .collect()
    }
}

/// A section's heading, after a blank line.
pub fn heading(out: &mut impl Write, paint: Paint, title: &str) -> io::Result<()> {
    writeln!(out, "\n{}", paint.bold(title))
}

/// A sentence on one line: inner line breaks become spaces.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Like [`one_line`] but keeps a single leading/trailing space, so word stretches join cleanly.
pub fn one_line_keep_edges(s: &str) -> String {
    let mut t = one_line(s);
    if s.starts_with(char::is_whitespace) {
        t.insert(0, ' ');
    }
    if s.ends_with(char::is_whitespace) && !t.is_empty() {
        t.push(' ');
    }
    t
}

/// At most `max` characters, with "…" where it was cut.
pub fn truncate(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

/// The first `n` items, and how many more there are.
pub fn first<T>(items: &[T], n: usize) -> (&[T], usize) {
    let shown = items.len().min(n);
    (&items[..shown], items.len() - shown)
}

/// The line under a list cut by [`first`], if it was cut.
pub fn and_more(out: &mut impl Write, more: usize) -> io::Result<()> {
    if more > 0 {
        writeln!(out, "  … and {more} more")?;
    }
    Ok(())
}

/// A sentence of a compare report, on one line.
pub fn sentence(r: &Report, article: usize, sentence: usize) -> String {
    one_line(&r.articles[article].sentences[sentence].text)
}

/// Where a sentence is: `[article]#sentence`.
pub fn at(article: usize, sentence: usize) -> String {
    format!("[{article}]#{sentence}")
}

/// The notes on work the engine cut short.
pub fn fallbacks(out: &mut impl Write, fallbacks: &[Fallback]) -> io::Result<()> {
    for f in fallbacks {
        writeln!(out, "note: {} ({}x): {}", f.stage, f.count, f.detail)?;
    }
    Ok(())
}
