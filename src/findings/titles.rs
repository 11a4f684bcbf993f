//! Words in quotation marks that nobody said: titles of shows, books, songs and reports
//! ("Face the Nation", "The Book of Mormon"), names of policies and coalitions ("don't ask,
//! don't tell", "Defeat ISIS"), nicknames, search terms and document markings ("tea party",
//! "classified"). They are left out of the quotes, but stay marks for the attribution (a show's
//! name is not a speaker).
//!
//! A quote is such a *title or term* when
//!
//! * it is in title case: two capitalized words or more, every other word a small function word
//!   ("of", "the"), and no other source prints the same words in lower case (Trump's "Deep State" is the "deep
//!   state" others quote);
//! * it names a named thing after it ("show", "policy", "coalition", "vote"), after a
//!   determiner or a possessive: "the “Defeat ISIS” coalition", "NBC's "Today" show", "The lone
//!   "no" vote" (but "a “great, great” wall" is a quote);
//! * a word before it presents it as a term: "labeled "birthers"", "dubbed "Bridgegate"",
//!   "marked "classified"", "terms like "tea party" and "patriot"" (the second term follows the
//!   first through "and" or "or");
//! * some article prints the same words as a term elsewhere.

use super::attribution::DETERMINERS;
use crate::text::tokens;
use crate::util::hash::Set;

/// Words before a quote that present it as a term, not as speech.
const CUES: &[&str] = &[
    "labeled",
    "labelled",
    "dubbed",
    "nicknamed",
    "titled",
    "entitled",
    "marked",
    "stamped",
    "deemed",
    "so-called",
    "like",
    "term",
    "terms",
    "word",
    "words",
    "phrase",
    "name",
    "names",
    "hashtag",
    "voted",
];

/// A quote's place in its article, as the title rules read it.
pub(super) struct Candidate<'t> {
    /// The article.
    pub text: &'t str,
    /// Offset of the opening mark.
    pub open: usize,
    /// Offset one past the closing mark.
    pub close: usize,
    /// The quoted words.
    pub words: &'t str,
}

/// Whether a quote is a title or a term: `lower` holds the lower-case texts of every quote
/// printed in lower case; `previous_term` is the quote before it in the article, if that was a
/// term, with its closing offset; `terms` the article's terms so far, in lower case.
pub(super) fn is_title_or_term(
    q: &Candidate<'_>,
    lower: &Set<String>,
    previous_term: Option<usize>,
    terms: &Set<String>,
) -> bool {
    let folded = super::lower(q.words);
    if terms.contains(&folded) {
        return true;
    }
    if let Some(close) = previous_term
        && matches!(
            q.text[close..q.open].trim(),
            "and" | "or" | "," | ", and" | ", or"
        )
    {
        return true;
    }
    title_case(q.words) && !lower.contains(&folded) || names_a_noun(q) || cued(q)
}

/// Two capitalized words or more, every word but the small function words of titles
/// capitalized, no shouted word (a tweet's "FIRED"), no sentence end inside.
fn title_case(words: &str) -> bool {
    const SMALL: &[&str] = &[
        "the", "a", "an", "of", "on", "and", "or", "in", "to", "for", "at", "by", "with", "from",
        "&",
    ];
    let list: Vec<&str> = words
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let capitalized = list
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    let shouted = list.iter().any(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 5 && !w.chars().any(char::is_lowercase)
    });
    capitalized >= 2
        && !shouted
        && list
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || SMALL.contains(w))
        && !words.trim_end().ends_with(['!', '.'])
        && !words.as_bytes().windows(2).any(|w| w == b". ")
}

/// Nouns that a name in quotation marks names: "the “Defeat ISIS” coalition".
const NAMED: &[&str] = &[
    "show",
    "shows",
    "program",
    "programme",
    "segment",
    "series",
    "broadcast",
    "policy",
    "law",
    "bill",
    "act",
    "rule",
    "doctrine",
    "coalition",
    "campaign",
    "movement",
    "slogan",
    "hashtag",
    "hat",
    "hats",
    "vote",
    "votes",
    "recording",
    "tape",
    "video",
    "film",
    "movie",
    "song",
    "book",
    "article",
    "column",
    "report",
    "memo",
    "dossier",
    "operation",
    "initiative",
    "caucus",
    "label",
    "nickname",
    "brand",
    "tour",
    "podcast",
    "documentary",
    "headline",
    "cover",
];

/// "the “Defeat ISIS” coalition", "NBC's "Today" show", "the military's former "don't ask,
/// don't tell" policy": a determiner or a possessive (perhaps then a word or two) before, a noun
/// of a named thing after.
fn names_a_noun(q: &Candidate<'_>) -> bool {
    let mut toks = Vec::new();
    tokens::words(q.text, back(q.text, q.open)..q.open, &mut toks);
    let touching = toks
        .last()
        .is_some_and(|t| q.text[t.end..q.open].trim().is_empty());
    let determined = touching
        && toks.iter().rev().take(3).any(|t| {
            let w = t.text(q.text);
            DETERMINERS.contains(&w) || w.ends_with("'s") || w.ends_with("’s")
        });
    if !determined || !q.text[q.close..].starts_with(' ') {
        return false;
    }
    tokens::words(q.text, q.close..ahead(q.text, q.close), &mut toks);
    toks.first()
        .is_some_and(|t| NAMED.contains(&t.text(q.text)))
}

/// A word before the quote, perhaps past a determiner, presents it as a term.
fn cued(q: &Candidate<'_>) -> bool {
    let mut toks = Vec::new();
    tokens::words(q.text, back(q.text, q.open)..q.open, &mut toks);
    if toks
        .last()
        .is_none_or(|t| !q.text[t.end..q.open].trim_matches([' ', ',']).is_empty())
    {
        return false;
    }
    let mut k = toks.len();
    while k > 0 && DETERMINERS.contains(&toks[k - 1].text(q.text)) {
        k -= 1;
    }
    k.checked_sub(1)
        .is_some_and(|k| CUES.contains(&super::lower(toks[k].text(q.text)).as_str()))
}

/// How far around a quote its cue words are looked for, in bytes.
const REACH: usize = 40;

/// The character boundary about [`REACH`] bytes before `at`.
fn back(text: &str, at: usize) -> usize {
    let mut b = at.saturating_sub(REACH);
    while !text.is_char_boundary(b) {
        b += 1;
    }
    b
}

/// The character boundary about [`REACH`] bytes after `at`.
fn ahead(text: &str, at: usize) -> usize {
    let mut b = (at + REACH).min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    b
}
