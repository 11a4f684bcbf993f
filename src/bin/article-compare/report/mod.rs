//! `article-compare report FILES… -o report.html`: one self-contained HTML file, the element with
//! the comparison written into it, that opens from disk and can be mailed.
//!
//! The file holds the articles' texts, the compare report (sentences as UTF-16 spans of the
//! texts, as the page's worker sends them) and the alignments of the most similar pairs, both
//! ways. Its script (`viewer.js`, bundled from www/ by `node tools/report-viewer.mjs`) is the
//! element with an engine that answers from that data: no wasm, no model, nothing loaded.

use std::cmp::Ordering;

use article_compare::{Article, DiffReport, Options, Report};
use serde::Serialize;

/// The element and its stand-in engine, bundled from www/report/report.js. Generated: rewrite
/// it with `node tools/report-viewer.mjs` after a change to www/ (tests/js/report-viewer.test.mjs
/// fails while it is out of date).
const VIEWER: &str = include_str!("viewer.js");

/// What the file's script reads (www/engine/static-worker.js, `ReportData`).
#[derive(Serialize)]
struct Data<'a> {
    version: &'static str,
    articles: Vec<Text<'a>>,
    options: &'a Options,
    report: &'a Report,
    diffs: Vec<PairDiff>,
    /// How many pairs the articles make (the file holds `diffs.len() / 2` of them).
    pairs: usize,
}

#[derive(Serialize)]
struct Text<'a> {
    name: &'a str,
    text: &'a str,
}

#[derive(Serialize)]
struct PairDiff {
    a: usize,
    b: usize,
    diff: DiffReport,
}

/// The HTML file of the comparison of `articles` with `options`; `max_pairs` pairs of articles
/// (the most similar first) get their alignment written, each both ways.
pub fn html(
    articles: &[Article<'_>],
    options: &Options,
    max_pairs: usize,
    title: Option<&str>,
) -> Result<String, Box<dyn std::error::Error>> {
    let texts: Vec<&str> = articles.iter().map(|a| a.text).collect();
    let mut report = crate::progress::compare(options, articles)?;
    report.to_utf16(&texts);
    let diffs = diffs(articles, options, &report, max_pairs)?;
    // The page gives each sentence its text from the article (client.js): written once.
    for article in &mut report.articles {
        for s in &mut article.sentences {
            s.text.clear();
        }
    }
    let n = articles.len();
    let data = Data {
        version: env!("CARGO_PKG_VERSION"),
        articles: articles
            .iter()
            .map(|a| Text {
                name: a.name,
                text: a.text,
            })
            .collect(),
        options,
        report: &report,
        diffs,
        pairs: n * (n - 1) / 2,
    };
    let json = serde_json::to_string(&data)?;
    let names: Vec<&str> = articles.iter().map(|a| a.name).collect();
    let title = title.map_or_else(|| default_title(&names), str::to_owned);
    Ok(page(&title, &names, &json))
}

/// The alignments of the `max_pairs` most similar pairs, each both ways (the pair view swaps).
fn diffs(
    articles: &[Article<'_>],
    options: &Options,
    report: &Report,
    max_pairs: usize,
) -> Result<Vec<PairDiff>, article_compare::Error> {
    let n = articles.len();
    let mut pairs: Vec<(usize, usize)> = (0..n)
        .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
        .collect();
    let similarity = |&(i, j): &(usize, usize)| {
        report
            .similarity
            .get(i)
            .and_then(|row| row.get(j))
            .copied()
            .unwrap_or(0.0)
    };
    // The most similar first; ties (and a report without the matrix) in article order.
    pairs.sort_by(|x, y| {
        similarity(y)
            .partial_cmp(&similarity(x))
            .unwrap_or(Ordering::Equal)
            .then(x.cmp(y))
    });
    pairs.truncate(max_pairs);
    pairs.sort_unstable();
    let mut out = Vec::with_capacity(pairs.len() * 2);
    for (i, j) in pairs {
        for (a, b) in [(i, j), (j, i)] {
            let mut diff = options.diff(&articles[a], &articles[b])?;
            diff.to_utf16(articles[a].text, articles[b].text);
            out.push(PairDiff { a, b, diff });
        }
    }
    Ok(out)
}

fn default_title(names: &[&str]) -> String {
    match names {
        [a, b] => format!("{a} and {b} compared"),
        _ => format!("{} articles compared", names.len()),
    }
}

/// The whole file. Text goes in escaped; the data as JSON in a script element, where `<` is
/// written `\u003c` so that no `</script>` or `<!--` in an article can end it early.
fn page(title: &str, names: &[&str], json: &str) -> String {
    let sources = names
        .iter()
        .map(|n| format!("<li>{}</li>", escape(n)))
        .collect::<String>();
    let data = json.replace('<', "\\u003c");
    let viewer = VIEWER.replace("</script", "<\\/script");
    format!(
        r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="article-compare {version}">
<title>{title}</title>
<style>{STYLE}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<p class="about">Written by article-compare {version}. Everything is in this file: it opens without a server or a network, and sends nothing anywhere.</p>
<ol class="sources">{sources}</ol>
</header>
<article-compare></article-compare>
<script type="application/json" id="article-compare-data">{data}</script>
<script type="module">
{viewer}
</script>
</body>
</html>
"#,
        version = env!("CARGO_PKG_VERSION"),
        title = escape(title),
    )
}

/// The page around the element (the element styles itself).
const STYLE: &str = "body{margin:0 auto;max-width:72rem;padding:1rem;font:16px/1.5 system-ui,sans-serif;color:#1d1d1f;background:#fff}\
header h1{font-size:1.5rem;margin:0 0 .25rem}.about{color:#555;margin:0 0 .5rem}\
.sources{margin:0 0 1rem;padding-left:1.5rem;color:#333}\
@media (prefers-color-scheme:dark){body{color:#eee;background:#16161a}.about,.sources{color:#bbb}}";

/// `text` as HTML text or attribute content.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
