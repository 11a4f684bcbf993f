//! Figures of sentences that report the same thing, whether or not the sentences were matched:
//! two figures of one kind in two articles, with different values, that count the same noun or
//! stand after the same word ("ends in 2018" / "ends in 2019"), in sentences that share enough
//! distinctive words (weighted by how few of the story's sentences use them).

use super::figures::{ReadFigure, same_counts};
use super::model::FigureKind;
use crate::doc::Doc;
use crate::similarity::Word;
use crate::util::hash::{Map, map};

/// Most figures of one kind each figure is compared with (a budget on long inputs).
const PEERS: usize = 64;
/// Words before a figure that are its context ("term ends in 2018", "his final day in office
/// will be Feb. 28").
const CONTEXT: usize = 6;
/// Values this close are one quantity misreported more often than two quantities ($5.6 and
/// $5.7 billion for one wall).
const CLOSE: f64 = 1.1;

/// The distinctive weight two sentences must share, for figures that stand after the same word
/// or count the same noun phrase, and for close amounts of money.
const SHARED_NEAR: f32 = 4.0;
const SHARED_CLOSE: f32 = 2.0;

/// Pairs `(i, j)` of indexes into `all`: figures of two articles that report the same thing
/// with different values.
pub(super) fn same_thing(docs: &[Doc<'_>], all: &[ReadFigure]) -> Vec<(usize, usize)> {
    let weight = weights(docs);
    let context: Vec<Vec<String>> = all.iter().map(|f| context_words(docs, f)).collect();
    let mut by_kind: Map<(FigureKind, &str), Vec<usize>> = map();
    for (i, f) in all.iter().enumerate() {
        if matches!(f.figure.kind, FigureKind::Count) && f.head.is_empty() {
            continue;
        }
        by_kind
            .entry((f.figure.kind, f.head.as_str()))
            .or_default()
            .push(i);
    }
    let mut pairs = Vec::new();
    for list in by_kind.values() {
        for (k, &i) in list.iter().enumerate() {
            for &j in list[k + 1..].iter().take(PEERS) {
                let (x, y) = (&all[i].figure, &all[j].figure);
                if x.article == y.article
                    || x.value == y.value
                    || !comparable(x.value, y.value, x.kind)
                {
                    continue;
                }
                let (fx, fy) = (
                    &docs[x.article].features[x.sentence].content,
                    &docs[y.article].features[y.sentence].content,
                );
                let shared = shared_weight(fx, fy, &weight);
                let near = context[i].iter().any(|w| context[j].contains(w))
                    || (x.kind == FigureKind::Count && same_counts(&x.counts, &y.counts));
                let close = x.kind == FigureKind::Money
                    && x.value.max(y.value) / x.value.min(y.value) <= CLOSE;
                let link = (near && shared >= SHARED_NEAR) || (close && shared >= SHARED_CLOSE);
                if std::env::var_os("AC_DEBUG_FIG").is_some() && (near || close || shared >= 3.0) {
                    eprintln!(
                        "{} {:?} {} / {} near={near} shared={shared:.1} {:?} {:?}",
                        if link { "LINK" } else { "    " },
                        x.kind,
                        x.text,
                        y.text,
                        context[i],
                        context[j]
                    );
                }
                if link {
                    pairs.push((i, j));
                }
            }
        }
    }
    pairs
}

/// Whether two values could be one quantity misreported: within a factor of two (a count of
/// 35 and one of 38, $5.6 and $5.7 billion), or any two years or days.
fn comparable(a: f64, b: f64, kind: FigureKind) -> bool {
    match kind {
        FigureKind::Year => (a - b).abs() <= 5.0,
        FigureKind::Date | FigureKind::Time => true,
        _ => a > 0.0 && b > 0.0 && a.max(b) / a.min(b) <= 2.0,
    }
}

/// Each content word's weight: the log of how many sentences there are over how many use it.
fn weights(docs: &[Doc<'_>]) -> Map<Word, f32> {
    let mut df: Map<Word, u32> = map();
    let mut n = 0u32;
    for doc in docs {
        for f in &doc.features {
            n += 1;
            for w in &f.content {
                *df.entry(*w).or_default() += 1;
            }
        }
    }
    let n = n.max(1) as f32;
    df.into_iter()
        .map(|(w, d)| (w, (n / d as f32).ln()))
        .collect()
}

fn shared_weight(a: &[Word], b: &[Word], weight: &Map<Word, f32>) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            core::cmp::Ordering::Less => i += 1,
            core::cmp::Ordering::Greater => j += 1,
            core::cmp::Ordering::Equal => {
                sum += weight.get(&a[i]).copied().unwrap_or(0.0);
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// The content words just before a figure, in the same clause, cut to four letters ("ends",
/// "leav" for "leave" and "leaving").
fn context_words(docs: &[Doc<'_>], f: &ReadFigure) -> Vec<String> {
    let doc = &docs[f.figure.article];
    let sentence = &doc.sentences[f.figure.sentence];
    let before = &doc.text[sentence.start..f.figure.span.start];
    let clause = before
        .rsplit([',', ';', ':', '—', '('])
        .next()
        .unwrap_or(before);
    clause
        .split(|c: char| !c.is_alphanumeric())
        .rev()
        .filter(|w| !w.is_empty())
        .take(CONTEXT)
        .map(str::to_lowercase)
        .filter(|w| w.len() >= 3 && !is_light(w))
        .map(|w| event(&w).map_or_else(|| w.chars().take(4).collect(), str::to_owned))
        .collect()
}

/// The event a word before a date names, so that "final day in office … Feb. 28" and "leaving
/// the administration on January 1" stand after the same word.
fn event(w: &str) -> Option<&'static str> {
    let stem = |p: &str| w.starts_with(p);
    if stem("leav")
        || stem("depart")
        || stem("resign")
        || stem("retir")
        || stem("exit")
        || w == "final"
    {
        Some("<leave>")
    } else if stem("begin") || stem("began") || stem("start") || stem("open") {
        Some("<begin>")
    } else if stem("end") || stem("expir") || stem("conclud") || stem("clos") {
        Some("<end>")
    } else {
        None
    }
}

/// Words too common around figures to tie two of them ("in 2018", "the 35-word oath").
fn is_light(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "and"
            | "for"
            | "with"
            | "than"
            | "that"
            | "this"
            | "from"
            | "about"
            | "more"
            | "over"
            | "least"
            | "some"
            | "nearly"
            | "almost"
            | "only"
            | "just"
            | "his"
            | "her"
            | "their"
            | "its"
            | "was"
            | "were"
            | "are"
            | "has"
            | "had"
            | "have"
            | "will"
            | "would"
            | "been"
            | "said"
            | "says"
            | "since"
            | "until"
            | "after"
            | "before"
            | "into"
            | "who"
            | "which"
            | "when"
            | "where"
            | "they"
            | "she"
            | "what"
            | "year"
            | "years"
            | "last"
            | "next"
            | "first"
    )
}
