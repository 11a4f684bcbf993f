//! Paragraphs and sentences with byte spans, split the way a news reader would.
//!
//! Written by hand rather than with a sentence-rule crate: `sentencex` 0.1.33 (the best-kept Rust
//! candidate) scored 43 of the 48 English Golden Rules here, split "Ms. Leavitt said" in fixture
//! 001, and would bring `regex` and `clap` into the wasm build. These rules score 48 of 48
//! (`tests/segment.rs`) and stay linear in the input.
//!
//! # Rules
//!
//! * **Lines.** A line break ends a paragraph, and so a sentence: headlines, bylines, datelines
//!   and list items without final punctuation stand alone. The one exception is a soft wrap: a
//!   line that does not end in sentence punctuation followed by a line that starts with a
//!   lowercase letter continues the same paragraph. Blank lines only separate.
//! * **Terminators.** `.` `!` `?` `…` and runs of them (`?!`, `....`) end a sentence when
//!   whitespace or the end of the paragraph follows, after any closing quotes and brackets
//!   (`."`, `.”`, `?)`), and the next word does not start with a lowercase letter. `。！？`
//!   end a sentence with no space needed; `।` `॥` `؟` `۔` behave like `!`. A sentence never
//!   ends inside a word: `$100.00`, `2.5`, `U.S.-Hamas`, `Jr.'s` and `example.com` do not split.
//! * **Abbreviations.** Titles before a name (`Mr.` `Ms.` `Dr.` `Gen.` `Sen.` …) never end a
//!   sentence. Other abbreviations (`U.S.`, `D.C.`, `Inc.`, `Co.`, `Jan.`, `etc.`, single
//!   initials such as `E.` and `I.`) end one only when a common sentence opener follows
//!   (`in the U.S. How about you?` splits, `the U.S. Government` does not). `No.`, `p.`, `Vol.`
//!   and the like never end a sentence before a number. `a.m.`/`p.m.` end one before a
//!   capitalised word unless the sentence so far is a short lead-in such as `At 5 a.m.`.
//! * **Ellipses.** `...` or `…` ends a sentence only before an uppercase letter; spaced
//!   `. . .` never does, `. . . .` (a period and an ellipsis) does, and `word. . . . Next` ends
//!   after `word.` so that the ellipsis opens the next sentence.
//!   A period before an ellipsis leaves the decision to the ellipsis (`down. …  We`);
//!   spaced `. . .` ends a sentence before a capitalised word other than `I`.
//! * **Marks that trail** (`trail`). Citation marks after a terminator belong to its sentence
//!   (`martyr.[1] The`, `gas. [1] It`, `Davy.[12]:45 It`), and so do closing marks detached by a
//!   space (`time? ” He`, tokenized `. ''`). A period inside square brackets (`[page. 42]`), a
//!   `!`/`?` inside a short quote opened mid-sentence (`chanting “Trump! Trump!”`), and a
//!   quote's `?`/`!` followed by its attribution (`“…mine?” Akin continued.`) end nothing.
//!   Datelines (`AUGUSTA, Me. —`) and tokenized titles (`Mr . Robinson`) do not split.
//! * **Lists.** Markers such as `1.` `2)` `a.` `•` at the start of a line, or two or more in
//!   sequence within a line (`1. The first item 2. The second item`), start a sentence; the
//!   period inside a marker ends nothing.
//!
//! Spans never include the whitespace around a sentence, and the text between two spans is
//! whitespace only, so the spans and the gaps rebuild the input byte for byte (CRLF included).
//!
//! One file over 400 lines: the rules above and the scan that applies them (`split_paragraph`,
//! `sentence_end`) are read together; the word lists and list markers are in `lexicon` and `lists`.

mod lexicon;
mod lists;
mod scan;
mod trail;

use core::ops::Range;

use lexicon::{is_abbreviation, is_before_number, is_lead_in, is_opener_word, is_title};
use lists::list_markers;

/// One sentence: a byte span into the text it came from, and the paragraph it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// Index of the paragraph (0-based) that contains the sentence.
    pub paragraph: usize,
}

impl Sentence {
    /// The byte span of the sentence.
    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The sentence's text, borrowed from the text it was found in.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.start..self.end]
    }
}

/// Splits `text` into sentences; see the [module docs](self) for the rules.
///
/// ```
/// let text = "Ms. Leavitt spoke at 5 p.m. in Washington, D.C. on Monday. The talks continue.";
/// let got: Vec<&str> = article_compare::segment::sentences(text).map(|s| s.text(text)).collect();
/// assert_eq!(got, ["Ms. Leavitt spoke at 5 p.m. in Washington, D.C. on Monday.", "The talks continue."]);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences {
        text,
        pos: 0,
        paragraph: 0,
        pending: Vec::new(),
        next_pending: 0,
    }
}

/// Iterator over the sentences of a text, one paragraph at a time; made by [`sentences`].
#[derive(Debug, Clone)]
pub struct Sentences<'a> {
    text: &'a str,
    pos: usize,
    paragraph: usize,
    pending: Vec<Range<usize>>,
    next_pending: usize,
}

impl Iterator for Sentences<'_> {
    type Item = Sentence;

    fn next(&mut self) -> Option<Sentence> {
        loop {
            if let Some(span) = self.pending.get(self.next_pending) {
                self.next_pending += 1;
                let paragraph = self.paragraph - 1;
                return Some(Sentence {
                    start: span.start,
                    end: span.end,
                    paragraph,
                });
            }
            let para = next_paragraph(self.text, self.pos)?;
            self.pos = para.end;
            self.pending.clear();
            self.next_pending = 0;
            split_paragraph(self.text, para, &mut self.pending);
            if !self.pending.is_empty() {
                self.paragraph += 1;
            }
        }
    }
}

/// The paragraphs of `text` as trimmed byte spans, by the line rules of the [module docs](self).
pub fn paragraphs(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut pos = 0;
    core::iter::from_fn(move || {
        let para = next_paragraph(text, pos)?;
        pos = para.end;
        Some(para)
    })
}

/// Finds the next paragraph at or after `from`: trimmed, never empty.
fn next_paragraph(text: &str, from: usize) -> Option<Range<usize>> {
    let rest = &text[from..];
    let start = from + (rest.len() - rest.trim_start().len());
    if start >= text.len() {
        return None;
    }
    let mut line_start = start;
    loop {
        let line_end = memchr::memchr(b'\n', &text.as_bytes()[line_start..])
            .map_or(text.len(), |i| line_start + i);
        let line = text[line_start..line_end].trim_end();
        let after = line_end + 1;
        if line_end >= text.len() || !soft_wrap(line, text.get(after..).unwrap_or("")) {
            let end = line_start + line.len();
            // A blank line cannot reach here: `start` skipped leading whitespace, and a soft wrap
            // requires a letter at the start of the next line.
            return Some(start..end.max(start));
        }
        line_start = after;
    }
}

/// Whether a line break between `line` and `next` is a soft wrap inside one paragraph.
fn soft_wrap(line: &str, next: &str) -> bool {
    let Some(last) = line.chars().next_back() else {
        return false;
    };
    if is_terminator(last) || is_closer(last) || last == ':' {
        return false;
    }
    // Only a line that continues directly (no blank line, no indentation of a new block).
    next.chars().next().is_some_and(char::is_lowercase)
}

fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '…'
            | '‼'
            | '⁇'
            | '⁈'
            | '⁉'
            | '。'
            | '！'
            | '？'
            | '｡'
            | '।'
            | '॥'
            | '؟'
            | '۔'
            | '።'
    )
}

/// Terminators that end a sentence with no whitespace after them (CJK).
fn is_fullwidth_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』' | '）' | '】' | '〕'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '{' | '¿' | '¡' | '「' | '『' | '（'
    )
}

fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '‣' | '◦' | '▪' | '●' | '■' | '·')
}

/// How the word after a candidate boundary starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    End,
    Lower,
    Upper,
    Digit,
    Other,
}

/// Splits one paragraph into trimmed sentence spans.
fn split_paragraph(text: &str, para: Range<usize>, out: &mut Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    let ascii = super::normalize::first_non_ascii(&bytes[para.clone()]).is_none();
    let markers = list_markers(text, para.clone(), ascii);
    // Most paragraphs have no `[`: then no terminator is inside brackets.
    let brackets = memchr::memchr(b'[', &bytes[para.clone()]).is_some();
    let mut sentence_start = para.start;
    let mut marker_ix = 0;
    let mut i = para.start;
    while i < para.end {
        // Jump to the next byte that can start a terminator (ASCII `.!?`, or any non-ASCII
        // lead byte, decoded below) or the next list marker.
        let marker_at = markers.get(marker_ix).map_or(para.end, |m| m.start);
        let scan_end = marker_at.min(para.end);
        let window = &bytes[i..scan_end];
        i += if ascii {
            memchr::memchr3(b'.', b'!', b'?', window)
        } else {
            scan::terminator_or_lead(window)
        }
        .unwrap_or(window.len());
        if i == marker_at && i < para.end {
            // A list marker starts a new sentence; the punctuation inside it ends nothing.
            let m = &markers[marker_ix];
            marker_ix += 1;
            if i > sentence_start {
                push_trimmed(text, sentence_start..i, out);
                sentence_start = i;
            }
            i = m.end;
            continue;
        }
        let Some(c) = text[i..para.end].chars().next() else {
            break;
        };
        if !is_terminator(c) {
            i += c.len_utf8();
            continue;
        }
        let run = terminator_run(text, i, para.end);
        let mut after = run.end;
        while let Some(n) = text[after..para.end]
            .chars()
            .next()
            .filter(|&n| is_closer(n))
        {
            after += n.len_utf8();
        }
        if !is_fullwidth_terminator(c) {
            after = trail::trailing(text, after, para.end);
        }
        let boundary = if is_fullwidth_terminator(c) {
            Some(after)
        } else if (brackets && trail::inside_brackets(text, sentence_start, i, para.end))
            || (matches!(c, '!' | '?')
                && trail::inside_short_quote(text, sentence_start, i, para.end))
            || (after < para.end && !starts_with_space(&text[after..para.end]))
        {
            None
        } else {
            let next = next_word(text, after, para.end);
            sentence_end(text, sentence_start, i, &run, after, next)
        };
        if let Some(end) = boundary {
            push_trimmed(text, sentence_start..end, out);
            sentence_start = end;
        }
        i = after.max(i + c.len_utf8());
    }
    push_trimmed(text, sentence_start..para.end, out);
}

fn at_word_start(text: &str, para_start: usize, i: usize) -> bool {
    i == para_start
        || (text.is_char_boundary(i)
            && text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_whitespace))
}

fn starts_with_space(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_whitespace)
}

/// A run of terminators beginning at `start`: `.`, `?!`, `....`, or a spaced `. . .`.
struct Run {
    end: usize,
    dots: usize,
    only_dots: bool,
    spaced: bool,
    /// End of the first dot, where a `word. . . . Next` sentence ends.
    first_end: usize,
}

fn terminator_run(text: &str, start: usize, limit: usize) -> Run {
    let mut end = start;
    let mut dots = 0;
    let mut only_dots = true;
    for c in text[start..limit].chars() {
        if !is_terminator(c) || is_fullwidth_terminator(c) && end > start {
            break;
        }
        match c {
            '.' => dots += 1,
            '…' => dots += 3,
            _ => only_dots = false,
        }
        end += c.len_utf8();
    }
    let first_end = start + 1;
    let mut spaced = false;
    if only_dots && text[start..end].chars().all(|c| c == '.') {
        // Spaced ellipsis: ". . ." with single spaces.
        let b = text.as_bytes();
        while end + 1 < limit && b[end] == b' ' && b[end + 1] == b'.' {
            end += 2;
            dots += 1;
            spaced = true;
        }
    }
    Run {
        end,
        dots,
        only_dots,
        spaced,
        first_end,
    }
}

/// The class of the next word after `from`, skipping whitespace and opening quotes/brackets.
fn next_word(text: &str, from: usize, limit: usize) -> (Next, &str) {
    let rest = text[from..limit].trim_start();
    let rest = rest.trim_start_matches(is_opener);
    let Some(c) = rest.chars().next() else {
        return (Next::End, "");
    };
    let word_len = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    let class = if c.is_lowercase() {
        Next::Lower
    } else if c.is_uppercase() {
        Next::Upper
    } else if c.is_numeric() {
        Next::Digit
    } else {
        Next::Other
    };
    (class, &rest[..word_len])
}

/// Whether the next text starts directly (no opening quote) with an uppercase letter.
fn next_is_bare_upper(text: &str, from: usize, limit: usize) -> bool {
    text[from..limit]
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Where, if anywhere, the sentence ends for a terminator run at `at`.
fn sentence_end(
    text: &str,
    sentence_start: usize,
    at: usize,
    run: &Run,
    after: usize,
    next: (Next, &str),
) -> Option<usize> {
    let (class, word) = next;
    let limit = text.len();
    if class == Next::End {
        return Some(after);
    }
    if !run.only_dots {
        // `!`, `?`, `?!`, `।`: a boundary unless the sentence plainly goes on, or a quote ends
        // and its attribution follows (`“…mine?” Akin continued.`).
        let quote_ends = text[run.end..after].contains(['”', '"']);
        if class == Next::Upper && quote_ends && trail::attribution_follows(text, after, limit) {
            return None;
        }
        return (class != Next::Lower).then_some(after);
    }
    if run.spaced {
        let attached = at > 0 && !text.as_bytes()[at - 1].is_ascii_whitespace();
        if attached {
            return next_is_bare_upper(text, after, limit).then_some(run.first_end);
        }
        // "night . . . Nobody slept" ends; ". . . I didn't mean it" (a pause) does not.
        let upper = class == Next::Upper && word != "I" && next_is_bare_upper(text, after, limit);
        return ((run.dots >= 4 && class != Next::Lower) || upper).then_some(after);
    }
    match run.dots {
        1 => single_period(text, sentence_start, at, after, class, word),
        2 | 3 => next_is_bare_upper(text, after, limit).then_some(after),
        _ => (class != Next::Lower).then_some(after),
    }
}

fn single_period(
    text: &str,
    sentence_start: usize,
    at: usize,
    after: usize,
    class: Next,
    next: &str,
) -> Option<usize> {
    if class == Next::Lower {
        return None;
    }
    // The last word before the period (whitespace may be several bytes: no-break, em space).
    let word_start = at
        - text[sentence_start..at]
            .rsplit(char::is_whitespace)
            .next()
            .map_or(0, str::len);
    let word = text[word_start..at].trim_start_matches(is_opener);
    let opener = is_opener_word(next);
    if is_title(word) {
        return None;
    }
    let lead = text[sentence_start..word_start].trim_end();
    // Tokenized text: "Mr . Robinson".
    if word.is_empty() && is_title(lead.rsplit(char::is_whitespace).next().unwrap_or("")) {
        return None;
    }
    let rest = text[after..].trim_start();
    // An ellipsis after the period decides: "let you down. …  We will".
    if rest.starts_with('…') || rest.starts_with("...") || rest.starts_with(". .") {
        return None;
    }
    // A dateline: "AUGUSTA, Me. — Paul R. LePage …".
    if rest.starts_with(['—', '–']) && lead.split_whitespace().count() <= DATELINE_WORDS {
        return None;
    }
    if is_before_number(word) {
        return (class != Next::Digit && opener).then_some(after);
    }
    if is_time_marker(word) {
        if class != Next::Upper {
            return None;
        }
        let lead: Vec<&str> = text[sentence_start..word_start]
            .split_whitespace()
            .collect();
        let lead_in = lead.len() <= 3 && lead.first().is_some_and(|w| is_lead_in(w));
        return (!lead_in).then_some(after);
    }
    if is_abbreviation(word) || is_initialism(word) {
        return (class == Next::Upper && opener).then_some(after);
    }
    Some(after)
}

/// Most words before the period of a dateline ("NEW YORK CITY, N.Y. —").
const DATELINE_WORDS: usize = 4;

fn is_time_marker(word: &str) -> bool {
    matches!(word, "a.m" | "p.m" | "A.M" | "P.M")
}

/// `U.S`, `D.C`, `U.S.A`, `e.g`, `i.e`, or a single letter such as the initial `E` or `I`.
fn is_initialism(word: &str) -> bool {
    let mut letters = 0;
    for part in word.split('.') {
        let mut chars = part.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_alphabetic() => letters += 1,
            _ => return false,
        }
    }
    letters >= 1
        && word
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || word.len() > 1)
}

fn push_trimmed(text: &str, span: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[span.clone()];
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.start + s.trim_end().len();
    if start < end {
        out.push(start..end);
    }
}
