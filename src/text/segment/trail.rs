//! What a terminator leaves to its sentence and where it ends nothing: citation marks after
//! it (`martyr.[1]`, `gas. [1]`, `Davy.[12]:45`), closing marks detached by a space (`time? ”`,
//! tokenized `. ''`), square brackets that hold a period (`[page. 42]`), and short quotes
//! inside a sentence (`chanting “Trump! Trump! Trump!”`).

/// Longest citation mark's content, in bytes ("citation needed" fits).
const CITATION: usize = 24;
/// Farthest a closing bracket may lie after a period inside it.
const BRACKET_REACH: usize = 48;
/// Most words in a short quote opened in the middle of a sentence.
const SHORT_QUOTE: usize = 8;

/// The end of the citation marks and detached closing marks that follow `from`, or `from`.
pub(super) fn trailing(text: &str, from: usize, limit: usize) -> usize {
    let mut end = from;
    // A citation, attached or after one space: "[1]", "[3][4]", "[note 2]", "[12]:45".
    let spaced = usize::from(text[end..limit].starts_with(' '));
    let mut at = end + spaced;
    while let Some(n) = citation(&text[at..limit]) {
        at += n;
        end = at;
    }
    // Closing marks after a space, before a space or the end: "? ” He", ". '' Next".
    let rest = &text[end..limit];
    if let Some(marks) = rest.strip_prefix(' ') {
        let n = marks
            .find(|c: char| !matches!(c, '\'' | '”' | '’' | '»'))
            .unwrap_or(marks.len());
        let tail = &marks[n..];
        if n > 0 && (tail.is_empty() || tail.starts_with(char::is_whitespace)) {
            end += 1 + n;
        }
    }
    end
}

/// The length of a citation mark at the start of `s`: `[` lowercase or digits `]`, and an
/// attached page (`:45`, `:112–114`).
fn citation(s: &str) -> Option<usize> {
    let inner = s.strip_prefix('[')?;
    let close = inner[..floor_boundary(inner, inner.len().min(CITATION + 1))].find(']')?;
    let body = &inner[..close];
    let first = body.chars().next()?;
    if !(first.is_ascii_digit() || first.is_lowercase()) || body.contains(['[', '\n']) {
        return None;
    }
    let mut n = 1 + close + 1;
    if let Some(page) = s[n..].strip_prefix(':') {
        let digits = page
            .find(|c: char| !(c.is_ascii_digit() || matches!(c, '–' | '-')))
            .unwrap_or(page.len());
        if page.starts_with(|c: char| c.is_ascii_digit()) {
            n += 1 + digits;
        }
    }
    Some(n)
}

/// Whether the terminator at `at` lies inside square brackets that close soon after it
/// ("[page. 42]"): a citation or an editor's note, not the end of the sentence.
pub(super) fn inside_brackets(text: &str, sentence_start: usize, at: usize, limit: usize) -> bool {
    // By byte (`[` and `]` are ASCII, never inside a longer character): `str::matches` decodes
    // every character, and this runs at every sentence end.
    let before = &text.as_bytes()[sentence_start..at];
    let opened = memchr::memchr_iter(b'[', before).count();
    if opened == 0 || opened <= memchr::memchr_iter(b']', before).count() {
        return false;
    }
    let rest = &text[at..limit];
    let reach = &rest[..floor_boundary(rest, rest.len().min(BRACKET_REACH))];
    reach.find(']').is_some_and(|c| !reach[..c].contains('['))
}

/// Whether the `!` or `?` at `at` lies inside a short quote opened after a word in the middle of
/// the sentence and closed in the same paragraph: a chant or a slogan ("chanting “Trump!
/// Trump!”"), not sentences of their own. A quote opened after a comma or a colon is speech
/// and may hold several sentences.
pub(super) fn inside_short_quote(
    text: &str,
    sentence_start: usize,
    at: usize,
    limit: usize,
) -> bool {
    let before = &text[sentence_start..at];
    let Some(open) = before.rfind('“') else {
        return false;
    };
    if before[open..].contains('”') {
        return false;
    }
    let lead = before[..open].trim_end();
    let mid_sentence = lead.len() < before[..open].len()
        && lead.chars().next_back().is_some_and(char::is_alphabetic)
        && lead.split_whitespace().count() >= 2;
    if !mid_sentence {
        return false;
    }
    let Some(close) = text[at..limit].find('”') else {
        return false;
    };
    // A terminator just before the closing mark ends the quote, and perhaps the sentence.
    if text[at..at + close]
        .chars()
        .all(|c| matches!(c, '.' | '!' | '?' | '…'))
    {
        return false;
    }
    let quote = &text[sentence_start + open..at + close];
    quote.split_whitespace().count() <= SHORT_QUOTE
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Most words from a quote's end to the speech verb of its attribution ("Representative Kevin
/// McCarthy of California, the Republican leader, asked").
const ATTRIBUTION_WORDS: usize = 14;

/// Whether the text after a quote that ends in `?` or `!` is its attribution (`“…mine?” Akin
/// continued.`): a speech verb within a few words, before any sentence ends. A careful reader
/// keeps the quote and its attribution in one sentence, and its speaker is named there.
pub(super) fn attribution_follows(text: &str, from: usize, limit: usize) -> bool {
    let mut words = text[from..limit].split_whitespace();
    // "He continued the theme …" and "After all, he said, …" open sentences of their own; a name
    // or a title attributes.
    if words.clone().next().is_some_and(|w| {
        super::lexicon::is_opener_word(w.trim_end_matches(|c: char| !c.is_alphanumeric()))
    }) {
        return false;
    }
    for word in words.by_ref().take(ATTRIBUTION_WORDS) {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if bare.starts_with(['“', '"']) {
            return false;
        }
        if is_speech_verb(bare) {
            return true;
        }
        if word.ends_with(['.', '!', '?']) && !super::lexicon::is_title(bare) {
            return false;
        }
    }
    false
}

fn is_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "asked"
            | "asks"
            | "continued"
            | "added"
            | "adds"
            | "told"
            | "wrote"
            | "writes"
            | "tweeted"
            | "replied"
            | "responded"
            | "shouted"
            | "declared"
            | "explained"
            | "insisted"
            | "argued"
            | "recalled"
            | "noted"
            | "quipped"
            | "exclaimed"
            | "wondered"
            | "demanded"
            | "joked"
    )
}
