//! Reading the articles: a file or standard input, as UTF-8 text within the engine's size limit;
//! a web page as its article (`extract`), or its whole text when asked or when it has none.
//!
//! The engine checks size and emptiness too, but names the article, not the path given; these
//! checks run first so that the message names what the user typed, and so that an oversized
//! input is counted, not held in memory.

use std::io::Read;

use article_compare::MAX_ARTICLE_BYTES;

use crate::extract;

/// An article as read: its name in reports (the file name) and its text.
pub struct Input {
    pub name: String,
    pub text: String,
}

/// How a web page is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// Its article: headline, byline, paragraphs.
    Article,
    /// All of its text.
    Whole,
}

/// Reads `path` (`-` for standard input) and, for a web page, takes its text as `page` says; the
/// error is the one-line message to show. A page without an article is read whole, and a line
/// on standard error says so.
pub fn read(path: &str, page: Page) -> Result<Input, String> {
    let mut input = read_text(path)?;
    if extract::is_html(path, &input.text) {
        let article = match page {
            Page::Article => extract::article(&input.text),
            Page::Whole => None,
        };
        input.text = article.unwrap_or_else(|| {
            if page == Page::Article {
                eprintln!(
                    "article-compare: no article found in '{path}'; its whole text is compared"
                );
            }
            extract::whole_page(&input.text)
        });
        if input.text.trim().is_empty() {
            return Err(format!("'{path}' has no text"));
        }
    }
    Ok(input)
}

/// Reads `path` as UTF-8 text within the size limit.
fn read_text(path: &str) -> Result<Input, String> {
    let (name, bytes) = if path == "-" {
        let bytes = read_bounded(std::io::stdin().lock())
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        ("stdin".to_owned(), bytes)
    } else {
        let file = std::fs::File::open(path)
            .map_err(|e| format!("cannot read '{path}': {}", io_reason(&e)))?;
        let bytes =
            read_bounded(file).map_err(|e| format!("cannot read '{path}': {}", io_reason(&e)))?;
        let name = std::path::Path::new(path)
            .file_name()
            .map_or(path.into(), |n| n.to_string_lossy().into_owned());
        (name, bytes)
    };
    let bytes = bytes.map_err(|len| {
        format!("'{path}' is {len} bytes; the limit is {MAX_ARTICLE_BYTES} bytes")
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "'{path}' is not valid UTF-8 at byte {}",
            e.utf8_error().valid_up_to()
        )
    })?;
    if text.trim().is_empty() {
        return Err(format!("'{path}' is empty"));
    }
    Ok(Input { name, text })
}

/// The bytes of `r`, or, past the limit, how many there are (counted, not kept).
fn read_bounded(mut r: impl Read) -> std::io::Result<Result<Vec<u8>, u64>> {
    let limit = MAX_ARTICLE_BYTES as u64;
    let mut bytes = Vec::new();
    (&mut r).take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 <= limit {
        return Ok(Ok(bytes));
    }
    let rest = std::io::copy(&mut r, &mut std::io::sink())?;
    Ok(Err(bytes.len() as u64 + rest))
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}
