//! Comparison keys: the form in which two sentences or two words are compared.
//!
//! A key ignores what a reader does not see as a difference between two outlets' copy:
//!
//! * Unicode normalization form (keys are NFKC, so `é` precomposed or not, fullwidth or not);
//! * case (`Hamas` = `HAMAS`);
//! * punctuation, quotes and dashes (`“good faith”` = `"good faith"`, `long-term` = `long term`);
//! * non-breaking, zero-width and repeated spaces, and soft hyphens;
//! * dots and apostrophes inside a word (`U.S.` = `US`, `Israel’s` = `Israels`) and thousands
//!   separators (`2,000` = `2000`); a decimal point stays (`2.5` ≠ `25`).
//!
//! A key is the words of the text, lowercase, separated by single spaces. Keys are only ever
//! compared; every highlight points back into the original text through its span.

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// Writes the comparison key of `text` into `out` (cleared first).
///
/// ```
/// let mut key = String::new();
/// article_compare::normalize::key("The U.S. “good‑faith” effort – 2,000\u{a0}Prisoners", &mut key);
/// assert_eq!(key, "the us good faith effort 2000 prisoners");
/// ```
pub fn key(text: &str, out: &mut String) {
    out.clear();
    if text.is_ascii() {
        fold(text.chars(), out);
    } else {
        fold(text.nfkc(), out);
    }
    if out.ends_with(' ') {
        out.pop();
    }
}

/// The comparison key of `text` as a new string; see [`key`].
pub fn key_of(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    key(text, &mut out);
    out
}

/// The words of a key, as the unit of similarity: UAX #29 words, so Chinese and Japanese text
/// yields one token per ideograph rather than one per clause.
pub fn words(key: &str) -> impl Iterator<Item = &str> {
    key.unicode_words()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Prev {
    Start,
    Space,
    Letter,
    Digit,
}

fn fold(chars: impl Iterator<Item = char>, out: &mut String) {
    let mut prev = Prev::Start;
    // A joiner (`.` `,` `'`) seen after a word character, waiting for the next character.
    let mut held: Option<char> = None;
    for c in chars {
        if c.is_alphanumeric() {
            if let Some(j) = held.take() {
                let digit = c.is_numeric();
                match j {
                    '.' if prev == Prev::Digit && digit => out.push('.'),
                    '.' | '\'' if prev == Prev::Letter && !digit => {}
                    ',' if prev == Prev::Digit && digit => {}
                    _ => out.push(' '),
                }
            }
            for l in c.to_lowercase() {
                out.push(l);
            }
            prev = if c.is_numeric() { Prev::Digit } else { Prev::Letter };
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        let joiner = match c {
            '.' | ',' => Some(c),
            '\'' | '’' | 'ʼ' | '‘' => Some('\''),
            _ => None,
        };
        if let Some(j) = joiner
            && matches!(prev, Prev::Letter | Prev::Digit)
            && held.is_none()
        {
            held = Some(j);
            continue;
        }
        held = None;
        if matches!(prev, Prev::Letter | Prev::Digit) {
            out.push(' ');
            prev = Prev::Space;
        }
    }
    if held.is_some() && matches!(prev, Prev::Letter | Prev::Digit) {
        out.push(' ');
    }
}

/// Characters that change nothing a reader sees: zero-width spaces and joiners, soft hyphens,
/// byte-order marks, and combining marks left over after NFKC.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{00ad}')
        || unicode_normalization::char::is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! keys {
        ($name:ident: $($input:expr => $want:expr),+ $(,)?) => {
            #[test]
            fn $name() {
                $(assert_eq!(key_of($input), $want, "key of {:?}", $input);)+
            }
        };
    }

    keys!(case_and_punctuation:
        "Hamas" => "hamas",
        "HAMAS!" => "hamas",
        "Hello, world." => "hello world",
        "  spaced\t\n out  " => "spaced out",
        "" => "",
        "?!" => "",
    );

    keys!(quotes_and_dashes:
        "“good faith”" => "good faith",
        "\"good faith\"" => "good faith",
        "long-term" => "long term",
        "long–term — truce" => "long term truce",
        "Israel’s" => "israels",
        "Israel's" => "israels",
        "'quoted'" => "quoted",
    );

    keys!(spaces_and_invisibles:
        "a\u{a0}b" => "a b",
        "zero\u{200b}width" => "zerowidth",
        "soft\u{ad}hyphen" => "softhyphen",
        "\u{feff}bom" => "bom",
    );

    keys!(unicode_forms:
        "Cafe\u{301}" => "café",
        "Café" => "café",
        "ＦＵＬＬ" => "full",
        "ﬁnal" => "final",
    );

    keys!(numbers_and_abbreviations:
        "U.S." => "us",
        "U.S.-Hamas" => "us hamas",
        "2,000" => "2000",
        "2.5 million" => "2.5 million",
        "$1.2 million" => "1.2 million",
        "in 1997." => "in 1997",
        "1,200, people" => "1200 people",
        "Jane.Doe@example.com" => "janedoe examplecom",
    );

    #[test]
    fn cjk_words_are_ideographs() {
        let k = key_of("我们是朋友。");
        assert_eq!(words(&k).collect::<Vec<_>>(), ["我", "们", "是", "朋", "友"]);
    }
}
