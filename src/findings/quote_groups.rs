//! Which quotes are one quote: they share a substantial, distinctive run of words.
//!
//! Two quotes are *the same* when
//!
//! * one holds the other whole, and the shorter has at least [`MIN_EXTRACT`] words (an outlet
//!   quoting part of a longer quote: "a very tender and sensitive topic");
//! * they share a run of at least [`MIN_RUN`] words in order with [`MIN_CONTENT`] content words
//!   (rewordings that keep a long stretch; "between a man and a woman" is a stock phrase, not a
//!   shared quote); or their near-duplicate score passes `quoteThreshold` and they share a run
//!   of [`MIN_CONTENT`] content words ([`MIN_NEAR_RUN`] for two short quotes);
//! * they are equal words of one or two ("Shifty", "deep state"), with the same speaker: a stock
//!   phrase ("sexist", "national security") is not enough to tie two speakers' words.
//!
//! Same-quote pairs are merged strongest first, and two groups merge only when every member of
//! one shares a run of [`MIN_RELATED`] words with every member of the other, holds it whole or
//! is its near-duplicate:
//! a long quote of several sentences does not chain the different quotes of its sentences.

use crate::util::hash::{Map, map};
use crate::util::sort::{pack, sort_by, sort_keys, unpack};

/// Fewest content words in a shared run that makes two quotes one.
pub(super) const MIN_CONTENT: usize = 3;
/// Shortest extract that joins the quote it is taken from.
pub(super) const MIN_EXTRACT: usize = 3;
/// Shortest shared run that makes two quotes one without a near-duplicate score.
pub(super) const MIN_RUN: usize = 5;
/// Fewest content words shared by two short near-duplicates ("American lives are at stake",
/// "There are American lives on the line").
pub(super) const MIN_NEAR_RUN: usize = 2;
/// ... holding half the content words of each when neither has more words than this, else half
/// those of the shorter; other near-duplicates share [`MIN_CONTENT`].
const MAX_NEAR_SHORT: usize = 8;
/// Shortest shared run of two members of one group that are not near-duplicates.
pub(super) const MIN_RELATED: usize = 3;
/// Runs are compared on at most this many words of each quote: longer quotes are compared on
/// their opening words (the cost is the product of the two lengths).
const MAX_WORDS: usize = 400;
/// A word trigram printed by more quotes than this is passed over as a candidate key.
const MAX_POSTINGS: usize = 64;

/// A quote as words, lower case, apostrophes and ampersands made one.
#[derive(Debug, Clone)]
pub(super) struct Words {
    pub words: Vec<String>,
    /// The speaker's last word, lower case, if there is a speaker.
    pub surname: Option<String>,
}

impl Words {
    pub fn new(text: &str, speaker: Option<&str>) -> Self {
        let mut words = Vec::new();
        let mut word = String::new();
        for c in text.chars() {
            if c.is_alphanumeric() || (matches!(c, '\'' | '’') && !word.is_empty()) {
                word.extend(c.to_lowercase().map(|c| if c == '’' { '\'' } else { c }));
            } else {
                if !word.is_empty() {
                    words.push(core::mem::take(&mut word).trim_end_matches('\'').to_owned());
                }
                if c == '&' {
                    words.push("and".to_owned());
                }
            }
        }
        if !word.is_empty() {
            words.push(word.trim_end_matches('\'').to_owned());
        }
        let surname = speaker
            .and_then(|s| s.rsplit(' ').next())
            .map(|s| super::lower(s).replace('’', "'"));
        Self { words, surname }
    }
}

/// A run of words two quotes print in the same order.
#[derive(Debug, Clone, Copy, Default)]
struct Run {
    /// Its words.
    len: usize,
    /// Its content words (not function words): what makes it distinctive.
    content: usize,
}

/// The longest run of words the two print in the same order (the one with more content words
/// among equally long ones).
fn longest_run(a: &[String], b: &[String]) -> Run {
    let (a, b) = (&a[..a.len().min(MAX_WORDS)], &b[..b.len().min(MAX_WORDS)]);
    let mut prev = vec![Run::default(); b.len() + 1];
    let mut cur = vec![Run::default(); b.len() + 1];
    let mut best = Run::default();
    for x in a {
        let content = usize::from(!is_function_word(x));
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y {
                Run {
                    len: prev[j].len + 1,
                    content: prev[j].content + content,
                }
            } else {
                Run::default()
            };
            if (cur[j + 1].len, cur[j + 1].content) > (best.len, best.content) {
                best = cur[j + 1];
            }
        }
        core::mem::swap(&mut prev, &mut cur);
    }
    best
}

/// English function words: a run of them ("right here and", "of the") ties no two quotes.
fn is_function_word(w: &str) -> bool {
    const WORDS: &[&str] = &[
        "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could",
        "did", "do", "does", "doing", "don't", "down", "each", "even", "every", "few", "for",
        "from", "further", "had", "has", "have", "having", "he", "he's", "her", "here", "hers",
        "him", "his", "how", "i", "i'm", "if", "in", "into", "is", "isn't", "it", "it's", "its",
        "just", "let", "many", "may", "me", "might", "more", "most", "much", "must", "my", "no",
        "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "out",
        "over", "own", "said", "same", "say", "says", "she", "should", "so", "some", "such",
        "than", "that", "that's", "the", "their", "them", "then", "there", "there's", "these",
        "they", "they're", "this", "those", "through", "to", "too", "under", "until", "up", "very",
        "was", "we", "we're", "were", "what", "when", "where", "which", "while", "who", "whom",
        "why", "will", "with", "would", "you", "your", "think", "way", "well", "yes", "going",
        "get", "got", "like", "make", "made", "know",
    ];
    WORDS.contains(&w)
}

/// How strongly two quotes are one, or `None` when they are not (see the module's rules).
fn same(a: &Words, b: &Words, near_duplicate: bool) -> Option<usize> {
    let short = a.words.len().min(b.words.len());
    if short == 0 {
        return None;
    }
    let run = longest_run(&a.words, &b.words);
    let speakers_agree = a.surname.is_some() && a.surname == b.surname;
    let long = a.words.len().max(b.words.len());
    let ok = if short < MIN_EXTRACT {
        // "sexist" and "It's sexist", by one speaker; never a stock phrase inside a longer
        // quote ("national security", "conference call").
        run.len == short && long < MIN_EXTRACT && speakers_agree
    } else if run.len == short {
        run.content >= 1
    } else {
        // The content words of the shorter quote.
        let content = |w: &Words| w.words.iter().filter(|w| !is_function_word(w)).count();
        let (fewest, most) = (content(a).min(content(b)), content(a).max(content(b)));
        (run.len >= MIN_RUN && run.content >= MIN_CONTENT)
            || (near_duplicate
                && (run.content >= MIN_CONTENT
                    || (run.content >= MIN_NEAR_RUN
                        && (if long <= MAX_NEAR_SHORT {
                            2 * run.content >= most
                        } else {
                            2 * run.content >= fewest
                        }))))
    };
    ok.then_some(run.len)
}

/// Whether `part` prints only some of the words of `whole`, in order.
pub(super) fn is_extract(part: &Words, whole: &Words) -> bool {
    part.words.len() < whole.words.len()
        && longest_run(&part.words, &whole.words).len == part.words.len()
}

/// Whether two members may sit in one group (near-duplicates always may).
fn related(a: &Words, b: &Words) -> bool {
    let short = a.words.len().min(b.words.len());
    let run = longest_run(&a.words, &b.words);
    run.len >= MIN_RELATED || run.len == short
}

/// Groups of quote indexes: `near` lists the pairs whose near-duplicate score passes the
/// threshold. Every quote is in exactly one group.
pub(super) fn groups(quotes: &[Words], near: &[(usize, usize)]) -> Vec<Vec<usize>> {
    // Candidates: the near-duplicate pairs, and pairs that share a word trigram or (for quotes
    // of one or two words) all their words.
    // (Keyed by the words joined, indexes as `u32`: the map type the names already use, so the
    // wasm holds no other copy of the hash map's code.)
    let mut postings: Map<String, Vec<u32>> = map();
    for (i, q) in quotes.iter().enumerate() {
        if q.words.len() < MIN_EXTRACT {
            postings
                .entry(q.words.join(" "))
                .or_default()
                .push(i as u32);
        }
        let mut seen: Vec<&[String]> = Vec::new();
        for g in q.words.windows(MIN_EXTRACT) {
            if !seen.contains(&g) {
                seen.push(g);
                postings.entry(g.join(" ")).or_default().push(i as u32);
            }
        }
    }
    let mut candidates: Vec<(usize, usize, bool)> = near
        .iter()
        .map(|&(a, b)| (a.min(b), a.max(b), true))
        .collect();
    // (A quote of one or two words is filed whole, which pairs it with its equals.)
    for ids in postings.values().filter(|ids| ids.len() <= MAX_POSTINGS) {
        for (k, &a) in ids.iter().enumerate() {
            for &b in &ids[k + 1..] {
                let (a, b) = (a as usize, b as usize);
                if a != b {
                    candidates.push((a.min(b), a.max(b), false));
                }
            }
        }
    }
    // A quote of one or two words can be held by quotes that print its first word.
    let mut by_word: Map<String, Vec<u32>> = map();
    for (i, q) in quotes.iter().enumerate() {
        for w in &q.words {
            let ids = by_word.entry(w.clone()).or_default();
            if ids.last() != Some(&(i as u32)) {
                ids.push(i as u32);
            }
        }
    }
    for (i, q) in quotes.iter().enumerate() {
        if q.words.len() >= MIN_EXTRACT {
            continue;
        }
        if let Some(ids) = q.words.first().and_then(|w| by_word.get(w))
            && ids.len() <= MAX_POSTINGS
        {
            candidates.extend(
                ids.iter()
                    .map(|&j| j as usize)
                    .filter(|&j| j != i)
                    .map(|j| (i.min(j), i.max(j), false)),
            );
        }
    }
    // Sorted as packed keys (one sort in the wasm for all): the near-duplicate pair first.
    let mut keys: Vec<u128> = candidates
        .iter()
        .map(|&(a, b, n)| pack(a, (b << 1) | usize::from(!n)))
        .collect();
    sort_keys(&mut keys);
    let mut candidates: Vec<(usize, usize, bool)> = keys
        .into_iter()
        .map(|k| {
            let (a, b) = unpack(k);
            (a, b >> 1, b & 1 == 0)
        })
        .collect();
    candidates.dedup_by_key(|&mut (a, b, _)| (a, b));
    let mut scored: Vec<(usize, usize, usize)> = candidates
        .into_iter()
        .filter_map(|(a, b, n)| same(&quotes[a], &quotes[b], n).map(|run| (run, a, b)))
        .collect();
    // Strongest first; ties in input order, so the result does not depend on hashing.
    sort_by(&mut scored, |x, y| {
        y.0.cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2)))
    });
    let mut near_set: Vec<u128> = near
        .iter()
        .filter(|&&(a, b)| same(&quotes[a], &quotes[b], true).is_some())
        .map(|&(a, b)| pack(a.min(b), a.max(b)))
        .collect();
    sort_keys(&mut near_set);
    let mut group: Vec<usize> = (0..quotes.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..quotes.len()).map(|i| vec![i]).collect();
    for (_, a, b) in scored {
        let (ga, gb) = (group[a], group[b]);
        if ga == gb {
            continue;
        }
        let fits = members[ga].iter().all(|&x| {
            members[gb].iter().all(|&y| {
                near_set.binary_search(&pack(x.min(y), x.max(y))).is_ok()
                    || related(&quotes[x], &quotes[y])
            })
        });
        if !fits {
            continue;
        }
        let (keep, gone) = (ga.min(gb), ga.max(gb));
        let moved = core::mem::take(&mut members[gone]);
        for &m in &moved {
            group[m] = keep;
        }
        members[keep].extend(moved);
    }
    members
        .into_iter()
        .filter(|m| !m.is_empty())
        .map(|mut m| {
            sort_by(&mut m, |a, b| a.cmp(b));
            m
        })
        .collect()
}
