//! The command-line front end: the same engine as the browser, for batch work.
//!
//! ```text
//! article-compare segment FILE          one sentence per line (--json for the spans)
//! article-compare diff A B              the pairwise diff, inline (--json for the report)
//! article-compare compare FILE...       the n-way report (--json for the report)
//! ```
//! `-` reads standard input. Bad input gets a one-line error and exit status 1; bad usage 2.

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use article_compare::report::{
    DiffReport, FigureKind, Finding, Grade, NumberDifference, OpKind, Report, WordOp,
};
use article_compare::{Article, MAX_ARTICLE_BYTES, Options};

const USAGE: &str = "\
usage: article-compare segment FILE [--json]
       article-compare diff A B [--json] [--color | --no-color]
       article-compare compare FILE... [--json] [--color | --no-color]

FILE may be - for standard input. Options for diff and compare:
  --match-threshold X    lowest similarity for a match or an edited pair (default 0.5)
  --near-identical X     lowest similarity graded near-identical (default 0.85)
  --repeat-threshold X   lowest similarity for a repeat inside one article (default 0.8)
  --include-furniture    let site furniture (\"Scroll to Top\", \"Also Read: …\") match too";

/// A failure, shown as one line; `usage` failures also print the usage.
struct Failure {
    message: String,
    usage: bool,
}

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure {
            message: e.to_string(),
            usage: false,
        }
    }
}

fn usage(message: impl Into<String>) -> Failure {
    Failure {
        message: message.into(),
        usage: true,
    }
}

struct Args {
    command: String,
    files: Vec<String>,
    json: bool,
    color: bool,
    options: Options,
}

fn parse_args(raw: Vec<String>) -> Result<Args, Failure> {
    let mut it = raw.into_iter();
    let command = it.next().ok_or_else(|| usage("no command given"))?;
    if command == "-h" || command == "--help" || command == "help" {
        return Err(Failure {
            message: String::new(),
            usage: true,
        });
    }
    let mut args = Args {
        command,
        files: Vec::new(),
        json: false,
        color: std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        options: Options::new(),
    };
    while let Some(a) = it.next() {
        let mut number = |name: &str| -> Result<f32, Failure> {
            let v = it
                .next()
                .ok_or_else(|| usage(format!("{name} needs a value")))?;
            v.parse()
                .map_err(|_| usage(format!("{name} takes a number, not '{v}'")))
        };
        match a.as_str() {
            "--json" => args.json = true,
            "--color" => args.color = true,
            "--no-color" => args.color = false,
            "--match-threshold" => args.options = args.options.match_threshold(number(&a)?),
            "--near-identical" => args.options = args.options.near_identical(number(&a)?),
            "--repeat-threshold" => args.options = args.options.repeat_threshold(number(&a)?),
            "--include-furniture" => args.options = args.options.include_furniture(true),
            "-" => args.files.push(a),
            s if s.starts_with('-') => return Err(usage(format!("unknown option '{s}'"))),
            _ => args.files.push(a),
        }
    }
    Ok(args)
}

/// Reads a file (or standard input for `-`) as UTF-8, within the size limit.
fn read_article(path: &str) -> Result<(String, String), Failure> {
    let (name, bytes) = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        ("stdin".to_owned(), buf)
    } else {
        let bytes =
            std::fs::read(path).map_err(|e| format!("cannot read '{path}': {}", io_reason(&e)))?;
        let name = std::path::Path::new(path)
            .file_name()
            .map_or(path.into(), |n| n.to_string_lossy().into_owned());
        (name, bytes)
    };
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(format!(
            "'{path}' is {} bytes; the limit is {MAX_ARTICLE_BYTES} bytes",
            bytes.len()
        )
        .into());
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "'{path}' is not valid UTF-8 at byte {}",
            e.utf8_error().valid_up_to()
        )
    })?;
    if text.trim().is_empty() {
        return Err(format!("'{path}' is empty").into());
    }
    Ok((name, text))
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn run(raw: Vec<String>) -> Result<(), Failure> {
    let args = parse_args(raw)?;
    let needed = match args.command.as_str() {
        "segment" => 1..=1,
        "diff" => 2..=2,
        "compare" => 2..=usize::MAX,
        other => return Err(usage(format!("unknown command '{other}'"))),
    };
    if !needed.contains(&args.files.len()) {
        let want = match args.command.as_str() {
            "segment" => "one file",
            "diff" => "two files",
            _ => "at least two files",
        };
        return Err(usage(format!(
            "{} needs {want}; {} given",
            args.command,
            args.files.len()
        )));
    }
    if args.files.iter().filter(|f| *f == "-").count() > 1 {
        return Err(usage("standard input (-) can be read only once"));
    }
    let inputs = args
        .files
        .iter()
        .map(|f| read_article(f))
        .collect::<Result<Vec<_>, _>>()?;
    let articles: Vec<Article<'_>> = inputs.iter().map(|(n, t)| Article::new(n, t)).collect();
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    let paint = Paint(args.color);
    match args.command.as_str() {
        "segment" => {
            let report = args.options.segment(articles[0].name, articles[0].text)?;
            if args.json {
                serde_json::to_writer_pretty(&mut out, &report)?;
                writeln!(out)?;
            } else {
                for s in &report.sentences {
                    writeln!(out, "{}", one_line(&s.text))?;
                }
            }
        }
        "diff" => {
            let report = args.options.diff(&articles[0], &articles[1])?;
            if args.json {
                serde_json::to_writer_pretty(&mut out, &report)?;
                writeln!(out)?;
            } else {
                print_diff(&mut out, &report, paint)?;
            }
        }
        _ => {
            let report = args.options.compare(&articles)?;
            if args.json {
                serde_json::to_writer_pretty(&mut out, &report)?;
                writeln!(out)?;
            } else {
                print_compare(&mut out, &report, paint)?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// Terminal styling, on or off.
#[derive(Clone, Copy)]
struct Paint(bool);

impl Paint {
    fn wrap(self, code: &str, s: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    }
    fn del(self, s: &str) -> String {
        if self.0 {
            self.wrap("31;9", s)
        } else {
            format!("[-{s}-]")
        }
    }
    fn ins(self, s: &str) -> String {
        if self.0 {
            self.wrap("32;1", s)
        } else {
            format!("{{+{s}+}}")
        }
    }
    fn dim(self, s: &str) -> String {
        self.wrap("2", s)
    }
    fn bold(self, s: &str) -> String {
        self.wrap("1", s)
    }
}

/// A sentence on one line: inner line breaks become spaces.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn print_diff(out: &mut impl Write, r: &DiffReport, paint: Paint) -> std::io::Result<()> {
    let s = &r.stats;
    writeln!(
        out,
        "{}",
        paint.bold(&format!(
            "--- {} ({} sentences)",
            r.a.name,
            r.a.sentences.len()
        ))
    )?;
    writeln!(
        out,
        "{}",
        paint.bold(&format!(
            "+++ {} ({} sentences)",
            r.b.name,
            r.b.sentences.len()
        ))
    )?;
    writeln!(
        out,
        "{} equal, {} edited, {} moved, {} deleted, {} inserted\n",
        s.equal, s.edited, s.moved, s.deleted, s.inserted
    )?;
    let text_a = |i: usize| one_line(&r.a.sentences[i].text);
    let text_b = |j: usize| one_line(&r.b.sentences[j].text);
    for op in &r.ops {
        let score = op
            .score
            .map(|x| format!(" ({:.0}%)", x * 100.0))
            .unwrap_or_default();
        let line = match (op.op, op.a, op.b) {
            (OpKind::Equal, Some(i), _) => format!("  {}", paint.dim(&text_a(i))),
            (OpKind::Deleted, Some(i), _) => format!("- {}", paint.wrap("31", &text_a(i))),
            (OpKind::Inserted, _, Some(j)) => format!("+ {}", paint.wrap("32", &text_b(j))),
            (OpKind::Edited, Some(_), Some(j)) => format!(
                "~ {}{}",
                inline_words(op, &text_b(j), paint),
                paint.dim(&score)
            ),
            (OpKind::Moved, Some(i), None) => {
                format!(
                    "< {} {}",
                    paint.dim(&text_a(i)),
                    paint.dim(&format!(
                        "[moved to new #{}{score}]",
                        op.to.unwrap_or(0) + 1
                    ))
                )
            }
            (OpKind::Moved, None, Some(j)) => format!(
                "> {} {}",
                inline_words(op, &text_b(j), paint),
                paint.dim(&format!(
                    "[moved from old #{}{score}]",
                    op.from.unwrap_or(0) + 1
                ))
            ),
            _ => continue,
        };
        writeln!(out, "{line}")?;
    }
    for f in &r.fallbacks {
        writeln!(out, "note: {} ({}x): {}", f.stage, f.count, f.detail)?;
    }
    Ok(())
}

/// The words of an op inline, `[-deleted-]{+inserted+}`; the plain text where none changed.
fn inline_words(op: &article_compare::report::Op, plain: &str, paint: Paint) -> String {
    if op.words.is_empty() {
        return plain.to_owned();
    }
    op.words
        .iter()
        .map(|w| {
            let t = one_line_keep_edges(&w.text);
            match w.op {
                WordOp::Delete => paint.del(&t),
                WordOp::Insert => paint.ins(&t),
                _ => t,
            }
        })
        .collect()
}

/// Like `one_line` but keeps a single leading/trailing space, so word stretches join cleanly.
fn one_line_keep_edges(s: &str) -> String {
    let mut t = one_line(s);
    if s.starts_with(char::is_whitespace) {
        t.insert(0, ' ');
    }
    if s.ends_with(char::is_whitespace) && !t.is_empty() {
        t.push(' ');
    }
    t
}

fn print_compare(out: &mut impl Write, r: &Report, paint: Paint) -> std::io::Result<()> {
    let n = r.articles.len();
    let sentence = |[a, s]: [usize; 2]| one_line(&r.articles[a].sentences[s].text);
    writeln!(out, "{}", paint.bold(&format!("{n} articles")))?;
    for (i, a) in r.articles.iter().enumerate() {
        writeln!(
            out,
            "  [{i}] {}: {} sentences, {} paragraphs, {} only here",
            a.name,
            a.sentences.len(),
            a.paragraphs,
            r.unique[i].len()
        )?;
    }

    writeln!(out, "\n{}", paint.bold("Repeated inside one article"))?;
    if r.passages.is_empty() && r.repeats.is_empty() {
        writeln!(out, "  none")?;
    }
    for p in &r.passages {
        let [f0, f1] = p.first.sentences;
        let [s0, s1] = p.second.sentences;
        let span = |a: usize, b: usize| {
            if a == b {
                format!("{}", a + 1)
            } else {
                format!("{}-{}", a + 1, b + 1)
            }
        };
        let noun = if f0 == f1 { "sentence" } else { "sentences" };
        writeln!(
            out,
            "  [{}] {}: {noun} {} printed again as {} ({:.0}%)",
            p.article,
            r.articles[p.article].name,
            span(f0, f1),
            span(s0, s1),
            p.score * 100.0
        )?;
        writeln!(
            out,
            "      \"{}\"",
            truncate(&sentence([p.article, f0]), 100)
        )?;
    }
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
            truncate(&sentence([g.article, g.sentences[0]]), 80)
        )?;
    }

    writeln!(
        out,
        "\n{}",
        paint.bold("Across articles (rewritten and near-identical pairs)")
    )?;
    let mut shown = 0;
    for m in r.matches.iter().filter(|m| m.grade != Grade::Identical) {
        let grade = if m.grade == Grade::Rewritten {
            "rewritten"
        } else {
            "near-identical"
        };
        writeln!(
            out,
            "  {grade} {:.0}%  [{}]#{} ~ [{}]#{}",
            m.score * 100.0,
            m.a[0],
            m.a[1] + 1,
            m.b[0],
            m.b[1] + 1
        )?;
        writeln!(
            out,
            "      {}: {}",
            r.articles[m.a[0]].name,
            truncate(&sentence(m.a), 150)
        )?;
        writeln!(
            out,
            "      {}: {}",
            r.articles[m.b[0]].name,
            truncate(&sentence(m.b), 150)
        )?;
        shown += 1;
    }
    let identical = r
        .matches
        .iter()
        .filter(|m| m.grade == Grade::Identical)
        .count();
    if shown == 0 {
        writeln!(out, "  none")?;
    }
    writeln!(out, "  and {identical} identical pairs")?;

    writeln!(out, "\n{}", paint.bold("Shared statements (clusters)"))?;
    for c in r.clusters.iter().take(40) {
        let names: Vec<&str> = c
            .sources
            .iter()
            .map(|&s| r.articles[s].name.as_str())
            .collect();
        writeln!(
            out,
            "  {} of {n}: {}  \"{}\"",
            c.sources.len(),
            names.join(", "),
            truncate(&sentence(c.members[0]), 90)
        )?;
    }
    if r.clusters.len() > 40 {
        writeln!(out, "  … and {} more", r.clusters.len() - 40)?;
    }

    print_findings(out, r, paint)?;

    writeln!(
        out,
        "\n{}",
        paint.bold("Containment (% of row article's words also in column article)")
    )?;
    write!(out, "      ")?;
    for j in 0..n.min(20) {
        write!(out, "{:>5}", format!("[{j}]"))?;
    }
    writeln!(out)?;
    for (i, row) in r.containment.iter().enumerate().take(20) {
        write!(out, "  [{i}]")?;
        for (j, v) in row.iter().enumerate().take(20) {
            let cell = if i == j {
                "-".to_owned()
            } else {
                format!("{:.0}", v * 100.0)
            };
            write!(out, "{cell:>5}")?;
        }
        writeln!(out)?;
    }
    for f in &r.fallbacks {
        writeln!(out, "note: {} ({}x): {}", f.stage, f.count, f.detail)?;
    }
    Ok(())
}

/// Findings: figures, names and quotes that differ between sources; the figures table; the
/// furniture left out.
fn print_findings(out: &mut impl Write, r: &Report, paint: Paint) -> std::io::Result<()> {
    let name = |a: usize| r.articles[a].name.as_str();
    let at = |a: usize, s: usize| format!("[{a}]#{s}");
    writeln!(out, "\n{}", paint.bold("Differences between sources"))?;
    let mut any = false;
    for f in &r.findings {
        match f {
            Finding::Number {
                difference,
                counts,
                figures,
                ..
            } => {
                any = true;
                let what = match difference {
                    NumberDifference::Value => "different figures",
                    _ => "figure qualified differently",
                };
                writeln!(
                    out,
                    "  number: {what}{}",
                    if counts.is_empty() {
                        String::new()
                    } else {
                        format!(" ({counts})")
                    }
                )?;
                for g in figures {
                    writeln!(
                        out,
                        "      {}: {} {}  \"{}\"",
                        name(g.article),
                        paint.bold(&g.text),
                        paint.dim(&at(g.article, g.sentence)),
                        truncate(
                            &one_line(&r.articles[g.article].sentences[g.sentence].text),
                            90
                        )
                    )?;
                }
            }
            Finding::Name {
                spelling,
                sources,
                mentions,
                usual,
                usual_sources,
                likely_misspelling,
                ..
            } => {
                any = true;
                let odd: Vec<&str> = sources.iter().map(|&a| name(a)).collect();
                let lead = if *likely_misspelling {
                    "likely misspelling"
                } else {
                    "spelled two ways"
                };
                writeln!(
                    out,
                    "  name: {lead}: {} in {} ({}); {} in {} of {} articles",
                    paint.del(spelling),
                    odd.join(", "),
                    mentions
                        .iter()
                        .map(|m| at(m.article, m.sentence))
                        .collect::<Vec<_>>()
                        .join(" "),
                    paint.ins(usual),
                    usual_sources.len(),
                    r.articles.len()
                )?;
            }
            Finding::Quote {
                speaker,
                sources,
                differs,
                wordings,
            } if sources.len() > 1 => {
                any = true;
                let who = speaker.as_deref().unwrap_or("unattributed");
                let how = if *differs {
                    "worded differently"
                } else {
                    "same words"
                };
                writeln!(
                    out,
                    "  quote by {who}, in {} sources, {how}:",
                    sources.len()
                )?;
                for w in wordings {
                    let text = if w.words.is_empty() {
                        one_line(&w.text)
                    } else {
                        w.words
                            .iter()
                            .map(|x| match x.op {
                                WordOp::Delete => paint.del(&x.text),
                                WordOp::Insert => paint.ins(&x.text),
                                _ => x.text.clone(),
                            })
                            .collect::<Vec<_>>()
                            .join("")
                    };
                    // Where it is printed: the first few places, then how many more.
                    let mut places: Vec<String> = w
                        .places
                        .iter()
                        .take(4)
                        .map(|p| {
                            format!(
                                "{} {}",
                                name(p.article),
                                paint.dim(&at(p.article, p.sentence))
                            )
                        })
                        .collect();
                    if w.places.len() > 4 {
                        places.push(format!("and {} more", w.places.len() - 4));
                    }
                    writeln!(
                        out,
                        "      {}: \u{201c}{}\u{201d}",
                        places.join(", "),
                        truncate(&one_line(&text), 200)
                    )?;
                }
            }
            _ => {}
        }
    }
    if !any {
        writeln!(out, "  none")?;
    }
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
                name(sources[0]),
                speaker.as_deref().unwrap_or("unattributed"),
                truncate(&one_line(&wordings[0].text), 70)
            )),
            _ => None,
        })
        .collect();
    if !single.is_empty() {
        writeln!(out, "  quotes in one source only: {}", single.len())?;
        for q in single.iter().take(20) {
            writeln!(out, "      {q}")?;
        }
    }

    writeln!(
        out,
        "\n{}",
        paint.bold("Figures (who reports which number)")
    )?;
    if r.figures.is_empty() {
        writeln!(out, "  none")?;
    }
    for row in r.figures.iter().take(40) {
        let cells: Vec<String> = row
            .sources
            .iter()
            .map(|&a| {
                let mut texts: Vec<&str> = row
                    .figures
                    .iter()
                    .filter(|f| f.article == a)
                    .map(|f| f.text.as_str())
                    .collect();
                texts.dedup();
                format!("{}: {}", name(a), texts.join(" / "))
            })
            .collect();
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
            cells.join("; ")
        )?;
    }
    if r.figures.len() > 40 {
        writeln!(out, "  … and {} more", r.figures.len() - 40)?;
    }

    let furniture: Vec<String> = r
        .findings
        .iter()
        .filter_map(|f| match f {
            Finding::Furniture {
                article,
                sentence,
                text,
                label,
                ..
            } => Some(format!(
                "{} {} {label}: \"{}\"",
                name(*article),
                at(*article, *sentence),
                truncate(text, 70)
            )),
            _ => None,
        })
        .collect();
    writeln!(
        out,
        "\n{}",
        paint.bold("Site furniture (left out of the comparison; --include-furniture to keep)")
    )?;
    if furniture.is_empty() {
        writeln!(out, "  none")?;
    }
    for f in furniture {
        writeln!(out, "  {}", paint.dim(&f))?;
    }
    Ok(())
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

fn in_passage(r: &Report, article: usize, sentences: &[usize]) -> bool {
    r.passages.iter().any(|p| {
        p.article == article
            && sentences.iter().all(|&s| {
                (p.first.sentences[0]..=p.first.sentences[1]).contains(&s)
                    || (p.second.sentences[0]..=p.second.sentences[1]).contains(&s)
            })
    })
}

fn truncate(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) if f.usage => {
            if f.message.is_empty() {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            eprintln!("article-compare: {}\n\n{USAGE}", f.message);
            ExitCode::from(2)
        }
        Err(f) => {
            eprintln!("article-compare: {}", f.message);
            ExitCode::from(1)
        }
    }
}
