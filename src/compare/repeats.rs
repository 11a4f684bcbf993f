//! Repeats inside one article: sentences that share a variant or an edge scoring at least the
//! repeat threshold; and passages, runs of consecutive repeats of two or more sentences, or of
//! one sentence that is a whole paragraph.

use serde::Serialize;

use super::Variants;
use crate::doc::{Doc, is_whole_paragraph};
use crate::similarity::Edge;
use crate::text::Span;
use crate::util::UnionFind;
use crate::util::hash::{Map, map};
use crate::util::sort::{sort_by, sort_by_key};

/// A group of sentences repeated inside one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct Repeat {
    /// The article.
    pub article: usize,
    /// The sentences that repeat each other, in order.
    pub sentences: Vec<usize>,
    /// The lowest similarity between two of them (1 when all are identical).
    pub score: f32,
}

/// A run of consecutive sentences of one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct Stretch {
    /// First and last sentence of the run.
    pub sentences: [usize; 2],
    /// From the run's first character to one past its last.
    #[serde(flatten)]
    pub span: Span,
}

/// A passage (two or more sentences, or a whole paragraph) printed twice in one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct Passage {
    /// The article.
    pub article: usize,
    /// The first printing.
    pub first: Stretch,
    /// The later printing.
    pub second: Stretch,
    /// The lowest sentence similarity along the passage.
    pub score: f32,
}

/// The repeat groups and passages of every article.
pub(crate) fn repeats(
    docs: &[Doc<'_>],
    vars: &Variants,
    edges: &[Edge],
    repeat_threshold: f32,
) -> (Vec<Repeat>, Vec<Passage>) {
    // Union-find over all sentences, numbered article by article.
    let base: Vec<usize> = docs
        .iter()
        .scan(0, |n, d| {
            let b = *n;
            *n += d.sentences.len();
            Some(b)
        })
        .collect();
    let total = docs.iter().map(|d| d.sentences.len()).sum();
    let mut sets = UnionFind::new(total);
    let mut link_score: Map<(usize, usize), f32> = map();
    for members in &vars.members {
        for w in members.windows(2) {
            // A chant or a one-word line ("Trump!", "Jail!") printed twice is not a repeat.
            let short = docs[w[0].article].features[w[0].sentence].words.len() < MIN_WORDS;
            if w[0].article == w[1].article && !short {
                sets.union(
                    base[w[0].article] + w[0].sentence,
                    base[w[1].article] + w[1].sentence,
                );
            }
        }
    }
    // Repeats are judged on wording: meaning alone would join parallel rhetoric.
    for e in edges.iter().filter(|e| e.words >= repeat_threshold) {
        let (mx, my) = (&vars.members[e.a as usize], &vars.members[e.b as usize]);
        for x in mx {
            let (d, s) = (x.article, x.sentence);
            // Members are in article order: find one in article `d`.
            let at = my.partition_point(|m| m.article < d);
            if let Some(y) = my.get(at)
                && y.article == d
                && !distinct(&docs[d], s, y.sentence)
            {
                let t = y.sentence;
                sets.union(base[d] + s, base[d] + t);
                let key = (base[d] + s.min(t), base[d] + s.max(t));
                link_score.insert(key, e.words);
            }
        }
    }
    let mut repeats = Vec::new();
    let mut passages = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let n = doc.sentences.len();
        let group: Vec<usize> = (0..n).map(|s| sets.find(base[d] + s)).collect();
        let mut by_group: Map<usize, Vec<usize>> = map();
        for (s, g) in group.iter().enumerate() {
            by_group.entry(*g).or_default().push(s);
        }
        let score_of = |s: usize, t: usize| -> f32 {
            if vars.of[d][s] == vars.of[d][t] {
                1.0
            } else {
                link_score
                    .get(&(base[d] + s.min(t), base[d] + s.max(t)))
                    .copied()
                    .unwrap_or(repeat_threshold)
            }
        };
        let mut groups: Vec<Vec<usize>> = by_group.into_values().filter(|g| g.len() > 1).collect();
        sort_by(&mut groups, |a, b| a.cmp(b));
        for g in &groups {
            let score = g
                .windows(2)
                .map(|w| score_of(w[0], w[1]))
                .fold(1.0f32, f32::min);
            repeats.push(Repeat {
                article: d,
                sentences: g.clone(),
                score,
            });
        }
        // Passages: maximal runs where sentence s+k repeats sentence t+k, for each two
        // consecutive members s < t of a repeat group (a paragraph printed three times gives
        // two passages, first-second and second-third).
        for g in &groups {
            for w in g.windows(2) {
                let (s, t) = (w[0], w[1]);
                if s > 0 && group[s - 1] == group[t - 1] {
                    continue;
                }
                let mut len = 1;
                while s + len < t && t + len < n && group[s + len] == group[t + len] {
                    len += 1;
                }
                if len >= 2
                    || (is_whole_paragraph(&doc.sentences, s)
                        && is_whole_paragraph(&doc.sentences, t))
                {
                    let score = (0..len)
                        .map(|k| score_of(s + k, t + k))
                        .fold(1.0f32, f32::min);
                    passages.push(Passage {
                        article: d,
                        first: stretch(doc, s, len),
                        second: stretch(doc, t, len),
                        score,
                    });
                }
            }
        }
    }
    sort_by_key(&mut passages, |p| {
        (p.article, p.first.sentences, p.second.sentences)
    });
    (repeats, passages)
}

/// Fewest words of a sentence that repeats another word for word.
const MIN_WORDS: usize = 3;
/// Longest slot of parallel rhetoric, in words ("assist someone in making" for "make").
const SLOT: usize = 4;

/// Whether two similar sentences of one article say different things, so that they are not a
/// repeat: a headline and a body sentence that restates it; sentences that differ in a negation
/// ("I'm not going to say that I'm not going to finish it" / "I'm not saying that I am going to
/// finish it"); or parallel rhetoric, one frame with a different word in its slot ("We will
/// bring back our jobs" / "… our borders", "First paragraph is missing" / "Tenth …"). A quote
/// restated with a bracketed name ("he understands" / "[Trump] understands"), or a sentence
/// repeated with another attribution ("…, aides said" / "…, his office told reporters"), stays a
/// repeat.
fn distinct(doc: &Doc<'_>, s: usize, t: usize) -> bool {
    let (a, b) = (
        doc.sentences[s].text(doc.text),
        doc.sentences[t].text(doc.text),
    );
    let line = |i: usize, text: &str| {
        is_whole_paragraph(&doc.sentences, i)
            && !text
                .trim_end()
                .ends_with(['.', '!', '?', '"', '”', '’', ':'])
    };
    if line(s, a) != line(t, b) {
        return true;
    }
    let (wa, wb) = (words(a), words(b));
    // "And we will bring back our dreams" is in the frame of "We will bring back our jobs".
    let open = |w: &[String]| {
        usize::from(
            w.first()
                .is_some_and(|w| matches!(w.as_str(), "and" | "but" | "so" | "or")),
        )
    };
    let (wa, wb) = (&wa[open(&wa)..], &wb[open(&wb)..]);
    let negations = |w: &[String]| w.iter().filter(|w| is_negation(w)).count();
    if negations(wa) != negations(wb) {
        return true;
    }
    // The words each prints that the other does not (as multisets): one frame, a different
    // word in its slot, when both sides have a few.
    let minus = |x: &[String], y: &[String]| {
        let mut left: Vec<&String> = y.iter().collect();
        x.iter()
            .filter(|w| match left.iter().position(|v| v == w) {
                Some(k) => {
                    left.swap_remove(k);
                    false
                }
                None => true,
            })
            .cloned()
            .collect::<Vec<String>>()
    };
    let (ma, mb) = (minus(wa, wb), minus(wb, wa));
    let shared = wa.len() - ma.len();
    if ma.is_empty() || mb.is_empty() || ma.len() > SLOT || mb.len() > SLOT {
        return false;
    }
    let kept = |m: &[String]| {
        m.iter().any(|w| {
            w.starts_with('[') || is_attribution(w) || w.starts_with(|c: char| c.is_ascii_digit())
        })
    };
    shared >= MIN_WORDS && !kept(&ma) && !kept(&mb)
}

/// The lower-case words of a sentence, a bracketed insertion as one word ("[trump]").
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut bracket = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            '[' => bracket = true,
            ']' => bracket = false,
            _ => {}
        }
        if c.is_alphanumeric() || c == '\'' || c == '’' || bracket || c == '[' || c == ']' {
            word.push(c);
        } else if !word.is_empty() {
            out.push(core::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

fn is_negation(w: &str) -> bool {
    matches!(
        w,
        "not" | "never" | "no" | "nor" | "cannot" | "nothing" | "none"
    ) || w.ends_with("n't")
        || w.ends_with("n’t")
}

fn is_attribution(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "tells"
            | "according"
            | "tweeted"
            | "wrote"
            | "added"
            | "stated"
            | "reported"
            | "explained"
    )
}

fn stretch(doc: &Doc<'_>, first: usize, len: usize) -> Stretch {
    let last = first + len - 1;
    Stretch {
        sentences: [first, last],
        span: Span::new(doc.sentences[first].start, doc.sentences[last].end),
    }
}
