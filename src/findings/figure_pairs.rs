//! Figures of sentences that report the same thing, whether or not the sentences were matched:
//! two figures of one kind in two articles, with different values, that count the same noun or
//! stand after the same word ("ends in 2018" / "ends in 2019"), in sentences that share enough
//! distinctive words (weighted by how few of the story's sentences use them).

use super::figures::{ReadFigure, same_counts};
use super::model::{Bound, Figure, FigureKind};
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
const NEAR_SHARE: f32 = 0.2;
/// How far an estimate ("about", "some") reaches, as a share of its value.
const ABOUT: f64 = 0.1;
/// More figures of one kind than this in one sentence make it a list.
const LIST: usize = 3;

/// Pairs `(i, j)` of indexes into `all`: figures of two articles that report the same thing
/// with different values.
pub(super) fn same_thing(docs: &[Doc<'_>], all: &[ReadFigure]) -> Vec<(usize, usize)> {
    let weight = weights(docs);
    let context: Vec<Vec<String>> = all.iter().map(|f| context_words(docs, f)).collect();
    // The weight of each figure's sentence, summed once rather than for each pair.
    let total: Vec<f32> = all
        .iter()
        .map(|f| {
            docs[f.figure.article].features[f.figure.sentence]
                .content
                .iter()
                .map(|w| weight.get(w).copied().unwrap_or(0.0))
                .sum::<f32>()
        })
        .collect();
    let mut by_kind: Map<(FigureKind, &str), Vec<usize>> = map();
    for (i, f) in all.iter().enumerate() {
        // A range is one figure of two ends, compared with other ranges only by matches.
        if (matches!(f.figure.kind, FigureKind::Count) && f.head.is_empty()) || f.in_range {
            continue;
        }
        by_kind
            .entry((f.figure.kind, f.head.as_str()))
            .or_default()
            .push(i);
    }
    // How many figures of each kind each sentence prints: a list of amounts ("$4,272.78 on …,
    // $5,687.75 on …") says little about which of them another article's figure reports.
    let mut per_sentence: Map<(usize, usize, FigureKind), usize> = map();
    for f in all {
        *per_sentence
            .entry((f.figure.article, f.figure.sentence, f.figure.kind))
            .or_default() += 1;
    }
    let listed =
        |f: &ReadFigure| per_sentence[&(f.figure.article, f.figure.sentence, f.figure.kind)] > LIST;
    // Candidates with their shared weight; then each figure keeps its best partner in each
    // other article, and a pair is kept when each is the other's best (no chains of loose links).
    let mut candidates: Vec<(usize, usize, f32)> = Vec::new();
    for list in by_kind.values() {
        for (k, &i) in list.iter().enumerate() {
            for &j in list[k + 1..].iter().take(PEERS) {
                let (x, y) = (&all[i].figure, &all[j].figure);
                if x.article == y.article
                    || x.value == y.value
                    || !comparable(x.value, y.value, x.kind)
                    || agree(x, y)
                {
                    continue;
                }
                let (fx, fy) = (
                    &docs[x.article].features[x.sentence].content,
                    &docs[y.article].features[y.sentence].content,
                );
                let shared = shared_weight(fx, fy, &weight);
                // In a short text every word is rare: a fifth of the lighter sentence's weight
                // is enough there.
                let needed = SHARED_NEAR.min(NEAR_SHARE * total[i].min(total[j]));
                // A year or a date is near another only after a word of the same event ("ends
                // in 2018" / "officially ends in 2019"): many events of one story have dates.
                let dated = matches!(
                    x.kind,
                    FigureKind::Year | FigureKind::Date | FigureKind::Time
                );
                let near = context[i]
                    .iter()
                    .any(|w| context[j].contains(w) && (!dated || w.starts_with('<')))
                    || (x.kind == FigureKind::Count
                        && same_counts(&x.counts, &y.counts)
                        && !is_unit(&x.counts));
                let close = x.kind == FigureKind::Money
                    && x.value.max(y.value) / x.value.min(y.value) <= CLOSE
                    && !listed(&all[i])
                    && !listed(&all[j]);
                if (near && shared >= needed) || (close && shared >= SHARED_CLOSE) {
                    candidates.push((i, j, shared));
                }
            }
        }
    }
    let mut best: Map<(usize, usize), (usize, f32)> = map();
    for &(i, j, w) in &candidates {
        for (x, y) in [(i, j), (j, i)] {
            let slot = best.entry((x, all[y].figure.article)).or_insert((y, w));
            if w > slot.1 {
                *slot = (y, w);
            }
        }
    }
    candidates
        .into_iter()
        .filter(|&(i, j, _)| {
            best[&(i, all[j].figure.article)].0 == j && best[&(j, all[i].figure.article)].0 == i
        })
        .map(|(i, j, _)| (i, j))
        .collect()
}

/// Whether two values could be one quantity misreported: less than a factor of two apart (a count of
/// 35 and one of 38, $5.6 and $5.7 billion), or any two years or days.
pub(super) fn comparable(a: f64, b: f64, kind: FigureKind) -> bool {
    match kind {
        FigureKind::Year => (a - b).abs() <= 5.0,
        FigureKind::Date | FigureKind::Time => true,
        _ => a > 0.0 && b > 0.0 && a.max(b) / a.min(b) < 2.0,
    }
}

/// Whether two figures agree once their qualifiers are read: "some five dozen" (about 60) and
/// 59 do, within a tenth of the estimate.
pub(super) fn agree(x: &Figure, y: &Figure) -> bool {
    let about = |f: &Figure, g: &Figure| {
        f.bound == Bound::About && (f.value - g.value).abs() <= f.value * ABOUT
    };
    about(x, y) || about(y, x)
}

/// Each content word's weight: the log of one plus how many sentences there are over how many
/// use it (one plus, so that the words of a short story still weigh).
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
        .map(|(w, d)| (w, (1.0 + n / d as f32).ln()))
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

/// The content words just before a figure, in the same clause, not names, cut to four letters ("ends",
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
        // Names tie a figure to the story's topic, not to one event: "commanded Marines in
        // Afghanistan and in the 2003 invasion" and "died in Afghanistan since the 2001 invasion".
        .filter(|w| !w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
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

/// Units of time and other words too general to tie two counts by themselves ("10 years of tax
/// returns" and "in eight years").
pub(super) fn is_unit(counts: &str) -> bool {
    matches!(
        counts.trim_end_matches('s'),
        "year"
            | "month"
            | "week"
            | "day"
            | "hour"
            | "minute"
            | "second"
            | "decade"
            | "time"
            | "people"
            | "percent"
            | "point"
            | "member"
            | "case"
    )
}
