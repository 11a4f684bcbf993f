//! Matches across articles: for each sentence, its best match in each other article, on a
//! shared variant (identical) or an edge (near identical or rewritten).

use serde::Serialize;

use super::{MatchConfig, Variants};
use crate::doc::{Doc, Loc};
use crate::similarity::Edge;

/// How close two matched sentences are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Grade {
    /// Equal comparison keys: the same words, whatever the case, quotes or spacing.
    Identical,
    /// Score at or above `nearIdentical`: a word or two changed, a name spelled differently.
    NearIdentical,
    /// Word score at or above `matchThreshold`: the same statement, reworded.
    Rewritten,
    /// The same claim in other words: the word score alone is below `matchThreshold`, and
    /// words and meaning together reach it.
    Paraphrase,
}

/// A sentence of one article matched with a sentence of another.
///
/// `a` and `b` are [`Loc`]s, `[article, sentence]`; they are spelled as arrays here until the
/// command line reads them as `Loc`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct Match {
    /// `[article, sentence]` on one side (the lower article index).
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Loc"), ts(as = "Loc"))]
    pub a: [usize; 2],
    /// `[article, sentence]` on the other side.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Loc"), ts(as = "Loc"))]
    pub b: [usize; 2],
    /// Similarity from 0 to 1: words and meaning combined (words alone when meaning is off).
    pub score: f32,
    /// What the score means for a reader.
    pub grade: Grade,
    /// The similarity of the two sentences' words, from 0 to 1.
    pub word_score: f32,
    /// The cosine of their meaning vectors, centered on the set compared (-1 to 1); null when
    /// meaning was not compared.
    pub meaning_score: Option<f32>,
}

/// The best match of a sentence in one other article. (Indexes as `u32`: there is one of these
/// per sentence and other article that shares it, the bulk of a comparison's memory.)
#[derive(Debug, Clone, Copy)]
pub(crate) struct BestMatch {
    /// The other sentence's article.
    pub article: u32,
    /// The other sentence.
    pub sentence: u32,
    pub score: f32,
    pub grade: Grade,
    /// The word similarity.
    pub words: f32,
    /// The centered cosine, when meaning was compared.
    pub meaning: Option<f32>,
}

impl BestMatch {
    /// The other sentence.
    pub fn other(&self) -> Loc {
        Loc::new(self.article as usize, self.sentence as usize)
    }
}

/// For each sentence (per article), its best match in each other article.
pub(crate) type BestMatches = Vec<Vec<Vec<BestMatch>>>;

/// The first member of a variant in each article that carries it.
pub(crate) fn first_per_article(members: &[Loc]) -> Vec<Loc> {
    let mut out: Vec<Loc> = Vec::new();
    for &m in members {
        if out.last().is_none_or(|l| l.article != m.article) {
            out.push(m);
        }
    }
    out
}

/// Keeps `y` as `x`'s best match in `y`'s article if it scores higher than the one kept so far.
fn keep_if_better(best: &mut BestMatches, x: Loc, y: Loc, offered: BestMatch) {
    if x.article == y.article {
        return;
    }
    let row = &mut best[x.article][x.sentence];
    let offered = BestMatch {
        article: y.article as u32,
        sentence: y.sentence as u32,
        ..offered
    };
    match row.iter_mut().find(|e| e.article as usize == y.article) {
        Some(e) if offered.score > e.score => *e = offered,
        Some(_) => {}
        None => row.push(offered),
    }
}

/// The matches to list (at most `max_matches`), the best matches of every sentence, and how
/// many matches were left out of the list.
pub(crate) fn matches(
    docs: &[Doc<'_>],
    vars: &Variants,
    edges: &[Edge],
    config: &MatchConfig,
) -> (Vec<Match>, BestMatches, usize) {
    let mut best: BestMatches = docs
        .iter()
        .map(|d| vec![Vec::new(); d.sentences.len()])
        .collect();
    let firsts: Vec<Vec<Loc>> = vars.members.iter().map(|m| first_per_article(m)).collect();
    // `keep_if_better` fills in the other sentence.
    let identical = BestMatch {
        article: 0,
        sentence: 0,
        score: 1.0,
        grade: Grade::Identical,
        words: 1.0,
        meaning: None,
    };
    for (v, members) in vars.members.iter().enumerate() {
        for &x in members {
            for &y in &firsts[v] {
                keep_if_better(&mut best, x, y, identical);
            }
        }
    }
    for e in edges {
        let grade = if e.words >= config.near_identical {
            Grade::NearIdentical
        } else if e.words >= config.match_threshold {
            Grade::Rewritten
        } else {
            Grade::Paraphrase
        };
        let offered = BestMatch {
            article: 0,
            sentence: 0,
            score: e.score,
            grade,
            words: e.words,
            meaning: e.meaning,
        };
        for (from, to) in [(e.a, e.b), (e.b, e.a)] {
            for &x in &vars.members[from as usize] {
                for &y in &firsts[to as usize] {
                    keep_if_better(&mut best, x, y, offered);
                }
            }
        }
    }
    // A pair is listed once, lower location first, when it is the best for either sentence:
    // from the row of its lower sentence, or from the other's when it is not also the lower
    // one's best (so no pair is pushed twice and nothing needs removing after the sort).
    let is_best_of = |y: Loc, x: Loc| {
        best[y.article][y.sentence]
            .iter()
            .any(|e| e.article as usize == x.article && e.sentence as usize == x.sentence)
    };
    let mut pairs: Vec<Match> = Vec::new();
    for (d, rows) in best.iter().enumerate() {
        for (s, row) in rows.iter().enumerate() {
            for m in row {
                let (x, y) = (Loc::new(d, s), m.other());
                if y < x && is_best_of(y, x) {
                    continue;
                }
                let (a, b) = if x < y { (x, y) } else { (y, x) };
                pairs.push(Match {
                    a: a.into(),
                    b: b.into(),
                    score: m.score,
                    grade: m.grade,
                    word_score: m.words,
                    meaning_score: m.meaning,
                });
            }
        }
    }
    // The one large sort of a comparison: the standard sort's own copy, as the comparator
    // called through `&dyn` (see `util::sort`) is too slow here.
    pairs.sort_unstable_by_key(|p| (p.a, p.b));
    let dropped = pairs.len().saturating_sub(config.max_matches);
    pairs.truncate(config.max_matches);
    pairs.shrink_to_fit();
    (pairs, best, dropped)
}
