//! Words with byte spans, as the findings read them: case kept, `2,000` and `3.5` one token,
//! `42-day`, `year-old` and `Israel’s` one token each.

/// A word of an article: its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
}

impl Tok {
    pub fn text<'a>(&self, article: &'a str) -> &'a str {
        &article[self.start..self.end]
    }
}

fn joins_letters(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‑')
}

/// The words of `text[range]`: runs of letters and digits, joined across an apostrophe or hyphen
/// between two of them, and across `,` or `.` between two digits. One pass over the bytes, which
/// decodes a character only where a byte is not ASCII (news text is mostly ASCII with curly
/// quotes and dashes, so decoding every character would be most of the work).
pub(crate) fn words(text: &str, range: core::ops::Range<usize>, out: &mut Vec<Tok>) {
    out.clear();
    let b = text.as_bytes();
    // The character at byte `i` (a boundary) and its length.
    let at = |i: usize| -> (char, usize) {
        if b[i] < 0x80 {
            (b[i] as char, 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c, c.len_utf8())
        }
    };
    let mut i = range.start;
    while i < range.end {
        let (c, n) = at(i);
        if !c.is_alphanumeric() {
            i += n;
            continue;
        }
        let start = i;
        let mut last = c;
        i += n;
        while i < range.end {
            let (c, n) = at(i);
            let next = (i + n < range.end).then(|| at(i + n).0);
            let joins = next.is_some_and(char::is_alphanumeric)
                && (joins_letters(c)
                    || (matches!(c, ',' | '.')
                        && last.is_ascii_digit()
                        && next.is_some_and(|d| d.is_ascii_digit())));
            if !(c.is_alphanumeric() || joins) {
                break;
            }
            last = c;
            i += n;
        }
        out.push(Tok { start, end: i });
    }
}

/// Whether only spaces lie between two tokens (no punctuation, quote or line break).
pub(crate) fn adjacent(text: &str, a: &Tok, b: &Tok) -> bool {
    text[a.end..b.start]
        .chars()
        .all(|c| c == ' ' || c == '\u{a0}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_figures_and_names_whole() {
        for (text, want) in [
            (
                "Over 2,000 prisoners; a 42-day truce, 3.5% and Israel’s “U.S.” envoy.",
                &[
                    "Over",
                    "2,000",
                    "prisoners",
                    "a",
                    "42-day",
                    "truce",
                    "3.5",
                    "and",
                    "Israel’s",
                    "U",
                    "S",
                    "envoy",
                ][..],
            ),
            (
                "it’s a 21-year-old’s 5,0 x,1 --a- “Café” naïve 中文 2.5.",
                &[
                    "it’s",
                    "a",
                    "21-year-old’s",
                    "5,0",
                    "x",
                    "1",
                    "a",
                    "Café",
                    "naïve",
                    "中文",
                    "2.5",
                ],
            ),
        ] {
            let mut out = Vec::new();
            words(text, 0..text.len(), &mut out);
            let got: Vec<&str> = out.iter().map(|t| t.text(text)).collect();
            assert_eq!(got, want, "{text}");
        }
        // A range inside a text: offsets stay the text's.
        let text = "it’s here";
        let mut out = Vec::new();
        words(text, 5..text.len(), &mut out);
        assert_eq!((out[0].start, out[0].text(text)), (5, "s"));
    }
}
