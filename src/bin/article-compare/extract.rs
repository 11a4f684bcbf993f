//! The article of a web page, not the page: an HTML file is read as its story (headline, byline,
//! paragraphs), without its menus, related links, footers and notices.
//!
//! dom_smoothie is a Rust port of Mozilla's Readability (the page uses Readability.js itself), so
//! the command line and the page take the same article from a file; bench/RESULTS.md has how
//! close each comes to Readability's expected articles. It is an input concern of the command
//! line and stays out of the engine and its wasm.

use dom_smoothie::{Config, Readability};

/// Whether a file is a web page: by its extension, or, for standard input and other names, by
/// starting with an HTML doctype, or with markup that names `<html` in its first kilobyte.
pub fn is_html(path: &str, text: &str) -> bool {
    let extension = std::path::Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if matches!(extension.as_deref(), Some("html" | "htm" | "xhtml")) {
        return true;
    }
    let start = text.trim_start_matches('\u{feff}').trim_start();
    let head = &start.as_bytes()[..start.len().min(1024)];
    let doctype = b"<!doctype html";
    head.get(..doctype.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(doctype))
        || (start.starts_with('<') && head.windows(5).any(|w| w.eq_ignore_ascii_case(b"<html")))
}

/// How many of the story's first paragraphs may repeat its headline or byline.
const TOP: usize = 3;

/// The text to compare of a web page: its headline, its byline, then its paragraphs, one blank
/// line between each (the engine's paragraph break). `None` when no article is found.
pub fn article(html: &str) -> Option<String> {
    let mut readability = Readability::new(html, None, Some(Config::default())).ok()?;
    if !readability.is_probably_readable() {
        return None;
    }
    let found = readability.parse().ok()?;
    let story = dom_query::Document::from(found.content.as_ref());
    let paragraphs = blocks(&story.root(), Br::Space);
    if paragraphs.is_empty() {
        return None;
    }
    // The headline and byline go first, once: Readability takes them out of the story, or finds
    // them in the page's metadata while the story still prints them near its top.
    let mut lines: Vec<String> = Vec::with_capacity(paragraphs.len() + 2);
    for line in [Some(found.title.as_ref()), found.byline.as_deref()] {
        let line = line.map(one_line).unwrap_or_default();
        if !line.is_empty() && !lines.contains(&line) {
            lines.push(line);
        }
    }
    let head = lines.len();
    for (i, p) in paragraphs.into_iter().enumerate() {
        if i >= TOP || !lines[..head].contains(&p) {
            lines.push(p);
        }
    }
    Some(lines.join("\n\n"))
}

/// The whole text of a web page (`--whole-page`, or a page without an article), as the page
/// reads one: a line per block and per `<br>`, scripts and styles left out.
pub fn whole_page(html: &str) -> String {
    let doc = dom_query::Document::from(html);
    doc.select("script, style, noscript, template, iframe, object")
        .remove();
    let body = doc.select("body");
    let root = body.nodes().first().cloned().unwrap_or_else(|| doc.root());
    blocks(&root, Br::Line).join("\n")
}

/// What a `<br>` is: a space inside a paragraph of a story Readability cleaned (it makes
/// paragraphs of `<br><br>`: one left breaks a line of the layout), a line of a whole page.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Br {
    Space,
    Line,
}

// The blocks of www/ui/html-to-text.js, so that the page and the command line cut a page alike.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "tr",
    "table",
    "figcaption",
    "figure",
    "aside",
    "nav",
    "main",
    "dd",
    "dt",
    "dl",
    "hr",
];

/// The text of `root`, one entry per block (whitespace made single spaces, empty blocks
/// dropped). Walked with a stack, not recursion: a page may nest deeper than the stack allows.
fn blocks(root: &dom_query::NodeRef<'_>, br: Br) -> Vec<String> {
    enum Step<'a> {
        Enter(dom_query::NodeRef<'a>),
        Leave,
    }
    let mut out = Vec::new();
    let mut line = String::new();
    let flush = |line: &mut String, out: &mut Vec<String>| {
        let text = one_line(line);
        if !text.is_empty() {
            out.push(text);
        }
        line.clear();
    };
    let mut stack: Vec<Step<'_>> = root.children().into_iter().rev().map(Step::Enter).collect();
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Leave => {
                flush(&mut line, &mut out);
                continue;
            }
            Step::Enter(node) => node,
        };
        if node.is_text() {
            line.push_str(&node.text());
            continue;
        }
        if !node.is_element() {
            continue;
        }
        let name = node.node_name().unwrap_or_default().to_ascii_lowercase();
        if name == "br" {
            match br {
                Br::Space => line.push(' '),
                Br::Line => flush(&mut line, &mut out),
            }
            continue;
        }
        if BLOCKS.contains(&name.as_str()) {
            flush(&mut line, &mut out);
            stack.push(Step::Leave);
        }
        stack.extend(node.children().into_iter().rev().map(Step::Enter));
    }
    flush(&mut line, &mut out);
    out
}

/// `text` with each run of whitespace made one space (as the page does: spaces, tabs, line
/// breaks and no-break spaces).
fn one_line(text: &str) -> String {
    text.split([' ', '\t', '\r', '\n', '\u{a0}'])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
