//! The command-line front end: the same engine as the browser, for batch work.
//!
//! ```text
//! article-compare segment FILE          one sentence per line
//! article-compare diff A B              the pairwise diff, inline
//! article-compare compare FILE...       the n-way report
//! article-compare report FILE... -o F   the report as one self-contained HTML file
//! article-compare stories DIR           a folder grouped into stories
//! article-compare completions SHELL     a completion script for bash, zsh, fish, …
//! ```
//! `--format json` (or `--json`) writes the report, `--format csv` a table. `-` reads standard
//! input. Exit status: 0 ok, 1 bad input, 2 bad usage.
//!
//! Native only: its crates (clap, csv) are native dependencies, and `make lint` builds every
//! target for wasm32 too, where an empty `main` stands in.

#[cfg(not(target_arch = "wasm32"))]
mod args;
#[cfg(not(target_arch = "wasm32"))]
mod extract;
#[cfg(not(target_arch = "wasm32"))]
mod input;
#[cfg(not(target_arch = "wasm32"))]
mod progress;
#[cfg(not(target_arch = "wasm32"))]
mod render;
#[cfg(not(target_arch = "wasm32"))]
mod report;
#[cfg(not(target_arch = "wasm32"))]
mod stories;

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(Failure::Usage(e)) => e.exit(),
        Err(Failure::Input(message)) => {
            eprintln!("article-compare: {message}");
            std::process::ExitCode::from(1)
        }
    }
}

/// Why a run stopped: bad usage (exit status 2, with the usage) or bad input (1, one line).
#[cfg(not(target_arch = "wasm32"))]
enum Failure {
    Usage(clap::Error),
    Input(String),
}

#[cfg(not(target_arch = "wasm32"))]
impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure::Input(e.to_string())
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run() -> Result<(), Failure> {
    use std::io::Write;

    use args::{Command, Format};
    use article_compare::Article;
    use render::{Paint, table};

    let command = args::parse().map_err(Failure::Usage)?;
    let files = command.files();
    args::check_files(&command, files).map_err(Failure::Usage)?;
    let inputs = files
        .iter()
        .map(|f| input::read(f, command.page()))
        .collect::<Result<Vec<_>, _>>()?;
    let articles: Vec<Article<'_>> = inputs
        .iter()
        .map(|i| Article::new(&i.name, &i.text))
        .collect();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match &command {
        Command::Segment { output, .. } => {
            let report =
                article_compare::Options::new().segment(&inputs[0].name, &inputs[0].text)?;
            match output.format() {
                Format::Text => render::segment::render(&mut out, &report)?,
                Format::Json => json(&mut out, &report)?,
                Format::Csv => table::sentences(&mut out, &report)?,
            }
        }
        Command::Diff {
            output,
            color,
            engine,
            ..
        } => {
            let report = engine.options().diff(&articles[0], &articles[1])?;
            match output.format() {
                Format::Text => render::diff::render(&mut out, &report, Paint(color.enabled()))?,
                Format::Json => json(&mut out, &report)?,
                Format::Csv => table::ops(&mut out, &report)?,
            }
        }
        Command::Compare {
            output,
            color,
            engine,
            ..
        } => {
            let report = progress::compare(&engine.options(), &articles)?;
            match output.format() {
                Format::Text => render::compare::render(&mut out, &report, Paint(color.enabled()))?,
                Format::Json => json(&mut out, &report)?,
                Format::Csv => table::coverage(&mut out, &report)?,
            }
        }
        Command::Report {
            output,
            title,
            max_pairs,
            engine,
            ..
        } => {
            let html = report::html(&articles, &engine.options(), *max_pairs, title.as_deref())?;
            std::fs::write(output, html)
                .map_err(|e| format!("{}: cannot write: {e}", output.display()))?;
        }
        Command::Completions { shell } => args::completions(*shell, &mut out),
        Command::Stories(a) => stories::run(a, &mut out)?,
    }
    out.flush()?;
    Ok(())
}

/// A report as pretty-printed JSON, with a final line break.
#[cfg(not(target_arch = "wasm32"))]
fn json(out: &mut impl std::io::Write, report: &impl serde::Serialize) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    writeln!(out)
}
