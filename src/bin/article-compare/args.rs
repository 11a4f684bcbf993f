//! The command line's arguments (clap derive): commands, engine options, output format, colour.

use std::io::IsTerminal;

use article_compare::Options;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;

use crate::input::Page;

/// The command line as given; an error is a usage error, to show and exit with status 2.
pub fn parse() -> Result<Command, clap::Error> {
    match Cli::try_parse() {
        Ok(cli) => Ok(cli.command),
        Err(e) if e.kind() == ErrorKind::InvalidSubcommand => Err(unknown_command(e)),
        Err(e) => Err(e),
    }
}

/// clap's "unrecognized subcommand", in the words this command line has always used.
fn unknown_command(e: clap::Error) -> clap::Error {
    let Some(ContextValue::String(name)) = e.get(ContextKind::InvalidSubcommand) else {
        return e;
    };
    // clap lists its suggestions by ascending similarity.
    let hint = match e.get(ContextKind::SuggestedSubcommand) {
        Some(ContextValue::String(s)) => Some(s),
        Some(ContextValue::Strings(s)) => s.last(),
        _ => None,
    }
    .map(|s| format!("; did you mean '{s}'?"))
    .unwrap_or_default();
    Cli::command().error(
        ErrorKind::InvalidSubcommand,
        format!("unknown command '{name}'{hint}"),
    )
}

/// Checks how many files a command was given, and that standard input is read once at most.
pub fn check_files(command: &Command, files: &[String]) -> Result<(), clap::Error> {
    let (name, ok, want) = match command {
        Command::Segment { .. } => ("segment", files.len() == 1, "one file"),
        Command::Diff { .. } => ("diff", files.len() == 2, "two files"),
        Command::Compare { .. } => ("compare", files.len() >= 2, "at least two files"),
        Command::Report { .. } => ("report", files.len() >= 2, "at least two files"),
        Command::Completions { .. } | Command::Stories(_) => return Ok(()),
    };
    let message = if !ok {
        format!("{name} needs {want}; {} given", files.len())
    } else if files.iter().filter(|f| *f == "-").count() > 1 {
        "standard input (-) can be read only once".to_owned()
    } else {
        return Ok(());
    };
    let mut cli = Cli::command();
    cli.build();
    let kind = ErrorKind::WrongNumberOfValues;
    Err(match cli.find_subcommand_mut(name) {
        Some(sub) => sub.error(kind, message),
        None => cli.error(kind, message),
    })
}

/// Writes the completion script for `shell`.
pub fn completions(shell: Shell, out: &mut impl std::io::Write) {
    clap_complete::generate(shell, &mut Cli::command(), "article-compare", out);
}

/// Compare news articles that cover the same story: shared, rewritten, repeated and unique
/// sentences, and where sources differ.
///
/// FILE may be - for standard input; article names are the file names.
/// Exit status: 0 ok, 1 bad input (a file missing, not UTF-8, empty, too large, or an option
/// out of range), 2 bad usage.
#[derive(Debug, Parser)]
#[command(
    name = "article-compare",
    version,
    about,
    long_about,
    max_term_width = 100
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// One sentence per line
    Segment {
        /// The article
        #[arg(value_name = "FILE")]
        files: Vec<String>,
        #[command(flatten)]
        output: Output,
        #[command(flatten)]
        pages: Pages,
    },
    /// The pairwise diff of an old and a new article, inline
    Diff {
        /// The old and the new article
        #[arg(value_name = "FILE")]
        files: Vec<String>,
        #[command(flatten)]
        output: Output,
        #[command(flatten)]
        color: Color,
        #[command(flatten)]
        engine: Engine,
        #[command(flatten)]
        pages: Pages,
    },
    /// The n-way report of two or more articles
    Compare {
        /// The articles
        #[arg(value_name = "FILE")]
        files: Vec<String>,
        #[command(flatten)]
        output: Output,
        #[command(flatten)]
        color: Color,
        #[command(flatten)]
        engine: Engine,
        #[command(flatten)]
        pages: Pages,
    },
    /// One self-contained HTML file of the comparison (opens from disk, can be mailed)
    Report {
        /// The articles
        #[arg(value_name = "FILE")]
        files: Vec<String>,
        /// The HTML file to write
        #[arg(short, long, value_name = "FILE")]
        output: std::path::PathBuf,
        /// The page's title (default: the articles' names or their number)
        #[arg(long, value_name = "TEXT")]
        title: Option<String>,
        /// How many pairs of articles, the most similar first, get their alignment written for
        /// the Pair view (each pair both ways)
        #[arg(long, value_name = "N", value_parser = whole, default_value_t = 66)]
        max_pairs: usize,
        #[command(flatten)]
        engine: Engine,
        #[command(flatten)]
        pages: Pages,
    },
    /// Group a folder of articles into stories, and summarize each story's report
    Stories(crate::stories::StoriesArgs),
    /// A shell completion script, on standard output
    Completions {
        /// The shell
        shell: Shell,
    },
}

impl Command {
    /// The files to read, in order.
    pub fn files(&self) -> &[String] {
        match self {
            Command::Segment { files, .. }
            | Command::Diff { files, .. }
            | Command::Compare { files, .. }
            | Command::Report { files, .. } => files,
            Command::Completions { .. } | Command::Stories(_) => &[],
        }
    }

    /// How the web pages among the files are read.
    pub fn page(&self) -> Page {
        match self {
            Command::Segment { pages, .. }
            | Command::Diff { pages, .. }
            | Command::Compare { pages, .. }
            | Command::Report { pages, .. }
                if pages.whole_page =>
            {
                Page::Whole
            }
            _ => Page::Article,
        }
    }
}

/// How an HTML file (named .html or .htm, or markup that names `<html`) is read: as its article
/// (headline, byline, paragraphs), found as Firefox's Reader View finds it.
#[derive(Debug, Args)]
pub struct Pages {
    /// Read each HTML file whole (menus, related links, footers), not only its article
    #[arg(long)]
    whole_page: bool,
}

/// What a command's output is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For reading in a terminal
    Text,
    /// The report, as the schema describes it
    Json,
    /// A table for a spreadsheet: compare's coverage, segment's sentences, diff's operations
    Csv,
}

#[derive(Debug, Args)]
pub struct Output {
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Same as --format json
    #[arg(long, overrides_with = "format")]
    json: bool,
}

impl Output {
    pub fn format(&self) -> Format {
        if self.json { Format::Json } else { self.format }
    }
}

#[derive(Debug, Args)]
pub struct Color {
    /// Colour the text output even when standard output is not a terminal
    #[arg(long, overrides_with = "no_color")]
    color: bool,
    /// No colour (also when NO_COLOR is set); the text output marks changed words
    /// [-deleted-]{+inserted+}
    #[arg(long, overrides_with = "color")]
    no_color: bool,
}

impl Color {
    /// On when asked for; otherwise on for a terminal unless NO_COLOR is set.
    pub fn enabled(&self) -> bool {
        match (self.color, self.no_color) {
            (true, _) => true,
            (_, true) => false,
            _ => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        }
    }
}

/// The engine's options; defaults are the engine's own, the engine checks the ranges.
#[derive(Debug, Args)]
#[command(next_help_heading = "Engine options")]
pub struct Engine {
    /// Lowest similarity for a match or an edited pair
    #[arg(long, value_name = "X", value_parser = number, default_value_t = defaults().match_threshold)]
    match_threshold: f32,
    /// Lowest similarity graded near-identical
    #[arg(long, value_name = "X", value_parser = number, default_value_t = defaults().near_identical)]
    near_identical: f32,
    /// Lowest similarity for a repeat inside one article
    #[arg(long, value_name = "X", value_parser = number, default_value_t = defaults().repeat_threshold)]
    repeat_threshold: f32,
    /// Sentences with fewer content words only match identical ones
    #[arg(long, value_name = "N", value_parser = whole, default_value_t = defaults().min_words)]
    min_words: usize,
    /// At most this many near-duplicate candidates are scored per sentence
    #[arg(long, value_name = "N", value_parser = whole, default_value_t = defaults().max_candidates)]
    max_candidates: usize,
    /// A word filed under more sentences than this is passed over as too common
    #[arg(long, value_name = "N", value_parser = whole, default_value_t = defaults().max_postings)]
    max_postings: usize,
    /// An edited pair with more word tokens than this is shown replaced whole
    #[arg(long, value_name = "N", value_parser = whole, default_value_t = defaults().max_word_tokens)]
    max_word_tokens: usize,
    /// At most this many matches are listed in a report
    #[arg(long, value_name = "N", value_parser = whole, default_value_t = defaults().max_matches)]
    max_matches: usize,
    /// Let site furniture ("Scroll to Top", "Also Read: …") match too
    #[arg(long)]
    include_furniture: bool,
    /// Compare wording alone: no sentence-embedding model, no paraphrase matches
    #[arg(long)]
    no_semantic: bool,
    /// Weight of meaning in a pair's combined score
    #[arg(long, value_name = "X", value_parser = number, default_value_t = defaults().meaning_weight)]
    meaning_weight: f32,
    /// Lowest combined score of a paraphrase (words alone under the match threshold)
    #[arg(long, value_name = "X", value_parser = number, default_value_t = defaults().paraphrase_threshold)]
    paraphrase_threshold: f32,
    /// Lowest meaning similarity searched for among pairs that share no rare word
    #[arg(long, value_name = "X", value_parser = number, default_value_t = defaults().meaning_floor)]
    meaning_floor: f32,
    /// Up to this many distinct sentences, pairs that share no rare word are searched by meaning
    #[arg(long, value_name = "N", value_parser = whole, default_value_t = defaults().meaning_search_limit)]
    meaning_search_limit: usize,
}

fn defaults() -> Options {
    Options::default()
}

impl Engine {
    pub fn options(&self) -> Options {
        // min_words, max_candidates and max_postings have no setter: their fields are public.
        let mut o = Options::new()
            .match_threshold(self.match_threshold)
            .near_identical(self.near_identical)
            .repeat_threshold(self.repeat_threshold)
            .max_word_tokens(self.max_word_tokens)
            .max_matches(self.max_matches)
            .include_furniture(self.include_furniture)
            .semantic(!self.no_semantic)
            .meaning_weight(self.meaning_weight)
            .paraphrase_threshold(self.paraphrase_threshold)
            .meaning_floor(self.meaning_floor)
            .meaning_search_limit(self.meaning_search_limit);
        o.min_words = self.min_words;
        o.max_candidates = self.max_candidates;
        o.max_postings = self.max_postings;
        o
    }
}

fn number(s: &str) -> Result<f32, String> {
    s.parse().map_err(|_| format!("takes a number, not '{s}'"))
}

fn whole(s: &str) -> Result<usize, String> {
    s.parse()
        .map_err(|_| format!("takes a whole number, not '{s}'"))
}
