//! `article-compare stories DIR`: a folder of articles grouped into stories on one machine, with
//! the signatures, banding, meaning link and components of the engine's `stories` module, the same
//! as the Spark job (`examples/spark/story_clusters.py`) computes on a cluster.

use std::io::Write;
use std::path::{Path, PathBuf};

use article_compare::stories::{self, StorySummary};
use article_compare::{Article, Options};
use clap::{Args, ValueEnum};

#[derive(Debug, Args)]
pub struct StoriesArgs {
    /// The folder: every file named *.txt in it and below it is an article, named by its path
    /// from DIR
    #[arg(value_name = "DIR")]
    dir: PathBuf,
    /// Output format
    #[arg(long, value_enum, default_value_t = StoriesFormat::Text)]
    format: StoriesFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum StoriesFormat {
    /// For reading in a terminal
    Text,
    /// One JSON line per article ({"file", "story"}), then one per story (its summary), as the
    /// Spark job writes them
    Json,
}

/// One article's line of the JSON output.
#[derive(serde::Serialize)]
struct ArticleLine<'a> {
    file: &'a str,
    story: usize,
}

/// Reads the folder, groups it, compares each story and writes the result to `out`.
pub fn run(args: &StoriesArgs, out: &mut impl Write) -> Result<(), String> {
    let mut paths = Vec::new();
    walk(&args.dir, &mut paths)?;
    let mut files: Vec<(String, String)> = Vec::with_capacity(paths.len());
    for path in &paths {
        let input = crate::input::read(&path.to_string_lossy(), crate::input::Page::Article)?;
        files.push((relative(&args.dir, path), input.text));
    }
    // The order the story numbers follow: paths from DIR, byte by byte (as the Spark job sorts).
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let texts: Vec<&str> = files.iter().map(|(_, t)| t.as_str()).collect();
    let grouping = stories::group_texts(article_compare::bundled_model(), &texts);
    let options = Options::new();
    let summaries = grouping
        .stories
        .iter()
        .enumerate()
        .map(|(s, docs)| {
            let articles: Vec<Article<'_>> = docs
                .iter()
                .map(|&d| Article::new(&files[d].0, &files[d].1))
                .collect();
            options.summarize_story(s, &articles)
        })
        .collect::<Result<Vec<StorySummary>, _>>()
        .map_err(|e| e.to_string())?;
    match args.format {
        StoriesFormat::Json => json(out, &files, &grouping.story_of, &summaries),
        StoriesFormat::Text => text(out, files.len(), &grouping, &summaries),
    }
    .map_err(|e| format!("cannot write: {e}"))
}

fn json(
    out: &mut impl Write,
    files: &[(String, String)],
    story_of: &[usize],
    summaries: &[StorySummary],
) -> std::io::Result<()> {
    for ((file, _), &story) in files.iter().zip(story_of) {
        serde_json::to_writer(&mut *out, &ArticleLine { file, story })?;
        writeln!(out)?;
    }
    for s in summaries {
        serde_json::to_writer(&mut *out, s)?;
        writeln!(out)?;
    }
    Ok(())
}

fn text(
    out: &mut impl Write,
    articles: usize,
    grouping: &stories::Grouping,
    summaries: &[StorySummary],
) -> std::io::Result<()> {
    writeln!(
        out,
        "{} stories from {articles} articles ({} candidate pairs, {} linked)",
        summaries.len(),
        grouping.candidates,
        grouping.links
    )?;
    for s in summaries {
        let findings: Vec<String> = s.findings.iter().map(|(k, n)| format!("{k} {n}")).collect();
        writeln!(
            out,
            "story {}: {} sources, {} shared ({} by all), {} unique{}",
            s.story,
            s.sources,
            s.shared,
            s.shared_by_all,
            s.unique,
            if findings.is_empty() {
                String::new()
            } else {
                format!("; findings: {}", findings.join(", "))
            }
        )?;
        for f in &s.files {
            writeln!(out, "  {f}")?;
        }
    }
    Ok(())
}

/// Every `*.txt` file in `dir` and below it, files and folders whose name starts with `.` or `_`
/// left out.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read '{}': {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read '{}': {e}", dir.display()))?;
        let path = entry.path();
        // As Hadoop's file sources (the Spark job's input) pass over hidden files.
        if entry.file_name().to_string_lossy().starts_with(['.', '_']) {
            continue;
        }
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|x| x == "txt") {
            out.push(path);
        }
    }
    Ok(())
}

/// `path` from `dir`, with `/` between its parts on every system.
fn relative(dir: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(dir).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}
