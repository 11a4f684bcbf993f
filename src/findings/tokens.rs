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
/// between two of them, and across `,` or `.` between two digits.
pub(crate) fn words(text: &str, range: core::ops::Range<usize>, out: &mut Vec<Tok>) {
    out.clear();
    let slice = &text[range.clone()];
    if slice.is_ascii() {
        return ascii_words(slice.as_bytes(), range.start, out);
    }
    let mut it = slice.char_indices().peekable();
    let mut current: Option<(usize, char)> = None; // (start, last char)
    while let Some((i, c)) = it.next() {
        let next = it.peek().map(|&(_, n)| n);
        match current {
            Some((start, last)) => {
                let joins = next.is_some_and(char::is_alphanumeric)
                    && (joins_letters(c)
                        || (matches!(c, ',' | '.')
                            && last.is_ascii_digit()
                            && next.is_some_and(|n| n.is_ascii_digit())));
                if c.is_alphanumeric() || joins {
                    current = Some((start, c));
                } else {
                    out.push(Tok {
                        start: range.start + start,
                        end: range.start + i,
                    });
                    current = None;
                }
            }
            None if c.is_alphanumeric() => current = Some((i, c)),
            None => {}
        }
    }
    if let Some((start, _)) = current {
        out.push(Tok {
            start: range.start + start,
            end: range.end,
        });
    }
}

/// [`words`] of ASCII text, byte by byte (the same rules; about three times faster).
fn ascii_words(b: &[u8], base: usize, out: &mut Vec<Tok>) {
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < b.len() {
            let c = b[i];
            let next_alnum = b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric);
            if c.is_ascii_alphanumeric()
                || (next_alnum && matches!(c, b'\'' | b'-'))
                || (matches!(c, b',' | b'.')
                    && b[i - 1].is_ascii_digit()
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit))
            {
                i += 1;
            } else {
                break;
            }
        }
        out.push(Tok {
            start: base + start,
            end: base + i,
        });
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
    fn ascii_and_unicode_paths_agree() {
        for text in [
            "Over 2,000 prisoners; a 42-day truce, 3.5 and Israel's U.S. envoy -- 'quoted' 1,2,3.",
            "it's a 21-year-old's 5,0 x,1 --a- end.",
        ] {
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            words(text, 0..text.len(), &mut fast);
            // A non-ASCII character at the end sends the same text down the general path.
            let wide = format!("{text}é");
            words(&wide, 0..wide.len(), &mut slow);
            slow.pop();
            assert_eq!(fast, slow, "{text}");
        }
    }

    #[test]
    fn words_keep_figures_and_names_whole() {
        let text = "Over 2,000 prisoners; a 42-day truce, 3.5% and Israel’s “U.S.” envoy.";
        let mut out = Vec::new();
        words(text, 0..text.len(), &mut out);
        let got: Vec<&str> = out.iter().map(|t| t.text(text)).collect();
        assert_eq!(
            got,
            [
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
                "envoy"
            ]
        );
    }
}
