//! Matches across articles: for each sentence, its best match in each other article, on a
//! shared variant (identical) or an edge (near identical or rewritten).
//!
//! Every member of a variant has the same best matches (the variant's best sentence in each
//! other article), so they are kept once per variant ([`Matches`]) and made into pairs only as
//! they are read: a sentence printed in a thousand articles costs a thousand entries, not the
//! half a million pairs it makes.

use serde::{Serialize, Serializer};

use super::{MatchConfig, NO_VARIANT, Variants};
use crate::doc::Loc;
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

/// The best match of a variant in one article. (Indexes as `u32`: there is one of these per
/// variant and article that carries a match of it.)
#[derive(Debug, Clone, Copy, PartialEq)]
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

/// Keeps `y` as the variant's best match in `y`'s article if it scores higher than the one kept
/// so far (the first offered wins a tie).
fn keep_if_better(row: &mut Vec<BestMatch>, y: Loc, offered: BestMatch) {
    let offered = BestMatch {
        article: y.article as u32,
        sentence: y.sentence as u32,
        ..offered
    };
    match row.iter_mut().find(|e| e.article == offered.article) {
        Some(e) if offered.score > e.score => *e = offered,
        Some(_) => {}
        None => row.push(offered),
    }
}

/// The cross-article matches of a comparison: for each sentence, its best match in each other
/// article, kept per variant (see the module's note) and listed as pairs, each once, lower
/// location first, in the order of their locations.
///
/// `iter()` gives the pairs listed (at most `maxMatches` of them); serialized, it is that list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Matches {
    /// Sentence ids: `base[article] + sentence`; the last is the total.
    base: Vec<u32>,
    /// The article of each sentence id.
    article_of: Vec<u32>,
    /// The variant of each sentence id ([`NO_VARIANT`] for one left out).
    variant_of: Vec<u32>,
    /// Variant v's best match in each article: `rows[row_start[v]..row_start[v + 1]]`.
    row_start: Vec<u32>,
    rows: Vec<BestMatch>,
    /// The variants whose best match in its article sentence x is, with the entry of `rows`
    /// that says so: `chosen[chosen_start[x]..chosen_start[x + 1]]`.
    chosen_start: Vec<u32>,
    chosen: Vec<(u32, u32)>,
    /// The sentence ids of variant v: `members[member_start[v]..member_start[v + 1]]`.
    member_start: Vec<u32>,
    members: Vec<u32>,
    /// How many pairs there are in all, and how many are listed.
    total: usize,
    listed: usize,
}

/// Offsets of a list of lists laid out in one vector (the lists' lengths, summed as they go).
fn starts(lengths: impl Iterator<Item = usize>) -> Vec<u32> {
    let mut out = vec![0u32];
    let mut at = 0u32;
    for n in lengths {
        at += n as u32;
        out.push(at);
    }
    out
}

impl Matches {
    /// How many matches are listed.
    pub fn len(&self) -> usize {
        self.listed
    }

    /// Whether no match is listed.
    pub fn is_empty(&self) -> bool {
        self.listed == 0
    }

    /// The matches listed, in the order of their locations.
    pub fn iter(&self) -> Pairs<'_> {
        Pairs {
            matches: self,
            x: 0,
            buf: Vec::new(),
            at: 0,
            left: self.listed,
        }
    }

    /// How many matches there are, listed or not.
    pub(crate) fn total(&self) -> usize {
        self.total
    }

    /// Every match, listed or not (what the findings read).
    pub(crate) fn all(&self) -> Pairs<'_> {
        Pairs {
            left: self.total,
            ..self.iter()
        }
    }

    /// Whether sentences `x` and `y` are matched (either is the other's best match in its
    /// article).
    pub(crate) fn are_matched(&self, x: Loc, y: Loc) -> bool {
        let is = |e: &BestMatch, l: Loc| {
            e.article as usize == l.article && e.sentence as usize == l.sentence
        };
        self.best_of(x).any(|e| is(e, y)) || self.best_of(y).any(|e| is(e, x))
    }

    fn loc(&self, id: u32) -> Loc {
        let a = self.article_of[id as usize];
        Loc::new(a as usize, (id - self.base[a as usize]) as usize)
    }

    fn id(&self, l: Loc) -> u32 {
        self.base[l.article] + l.sentence as u32
    }

    fn row(&self, v: u32) -> &[BestMatch] {
        &self.rows[self.row_start[v as usize] as usize..self.row_start[v as usize + 1] as usize]
    }

    /// The best match of sentence `at` in each other article.
    pub(crate) fn best_of(&self, at: Loc) -> impl Iterator<Item = &BestMatch> {
        let v = self.variant_of[self.id(at) as usize];
        let row = if v == NO_VARIANT {
            &[][..]
        } else {
            self.row(v)
        };
        row.iter().filter(move |e| e.article as usize != at.article)
    }

    /// The partners of sentence `x` that come after it, with the entry of `rows` each pair
    /// takes its scores from, in `buf` by partner: those that are x's best match in their
    /// article, then those whose best match in x's article x is (a partner that is both is kept
    /// once, with its first entry).
    fn partners(&self, x: u32, buf: &mut Vec<(u32, u32)>) {
        buf.clear();
        let article = self.article_of[x as usize];
        let v = self.variant_of[x as usize];
        if v != NO_VARIANT {
            let first = self.row_start[v as usize];
            for (k, e) in self.row(v).iter().enumerate() {
                let y = self.base[e.article as usize] + e.sentence;
                if e.article != article && y > x {
                    buf.push((y, first + k as u32));
                }
            }
        }
        let chosen = &self.chosen
            [self.chosen_start[x as usize] as usize..self.chosen_start[x as usize + 1] as usize];
        for &(w, entry) in chosen {
            let members = &self.members[self.member_start[w as usize] as usize
                ..self.member_start[w as usize + 1] as usize];
            for &y in members {
                if y > x && self.article_of[y as usize] != article {
                    buf.push((y, entry));
                }
            }
        }
        // Stable: of a partner found both ways, the first entry stays.
        buf.sort_by_key(|&(y, _)| y);
        buf.dedup_by_key(|&mut (y, _)| y);
    }
}

/// The matches of a [`Matches`] as pairs, in order (see [`Matches::iter`]).
pub struct Pairs<'a> {
    matches: &'a Matches,
    /// The next sentence whose partners are read.
    x: u32,
    /// The partners of the sentence before `x`, and how many of them are given.
    buf: Vec<(u32, u32)>,
    at: usize,
    /// How many pairs may still be given.
    left: usize,
}

impl Iterator for Pairs<'_> {
    type Item = Match;

    fn next(&mut self) -> Option<Match> {
        let m = self.matches;
        if self.left == 0 {
            return None;
        }
        while self.at == self.buf.len() {
            if self.x as usize >= m.variant_of.len() {
                return None;
            }
            m.partners(self.x, &mut self.buf);
            self.at = 0;
            self.x += 1;
        }
        let (y, entry) = self.buf[self.at];
        self.at += 1;
        self.left -= 1;
        let e = &m.rows[entry as usize];
        Some(Match {
            a: m.loc(self.x - 1).into(),
            b: m.loc(y).into(),
            score: e.score,
            grade: e.grade,
            word_score: e.words,
            meaning_score: e.meaning,
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

// Every pair up to `left` exists: the count was made by the same walk.
impl ExactSizeIterator for Pairs<'_> {}

impl<'a> IntoIterator for &'a Matches {
    type Item = Match;
    type IntoIter = Pairs<'a>;

    fn into_iter(self) -> Pairs<'a> {
        self.iter()
    }
}

impl Serialize for Matches {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// The matches of a comparison: each sentence's best match in each other article, on a shared
/// variant or an edge, with at most `config.max_matches` listed.
pub(crate) fn matches(
    sentences: &[usize],
    vars: &Variants,
    edges: &[Edge],
    config: &MatchConfig,
) -> Matches {
    let mut rows: Vec<Vec<BestMatch>> = vec![Vec::new(); vars.members.len()];
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
    for (v, row) in rows.iter_mut().enumerate() {
        for &y in &firsts[v] {
            keep_if_better(row, y, identical);
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
            for &y in &firsts[to as usize] {
                keep_if_better(&mut rows[from as usize], y, offered);
            }
        }
    }
    let base = starts(sentences.iter().copied());
    let count = *base.last().unwrap_or(&0) as usize;
    let mut article_of = Vec::with_capacity(count);
    for (a, &n) in sentences.iter().enumerate() {
        article_of.extend(std::iter::repeat_n(a as u32, n));
    }
    // Flattened into vectors of their exact size (`flatten` cannot tell `collect` how many).
    let mut variant_of: Vec<u32> = Vec::with_capacity(count);
    vars.of.iter().for_each(|row| variant_of.extend(row));
    let row_start = starts(rows.iter().map(Vec::len));
    let mut flat: Vec<BestMatch> = Vec::with_capacity(*row_start.last().unwrap_or(&0) as usize);
    rows.into_iter().for_each(|row| flat.extend(row));
    let rows = flat;
    let member_start = starts(vars.members.iter().map(Vec::len));
    let id = |l: &Loc| base[l.article] + l.sentence as u32;
    let mut members: Vec<u32> = Vec::with_capacity(*member_start.last().unwrap_or(&0) as usize);
    vars.members
        .iter()
        .for_each(|m| members.extend(m.iter().map(id)));
    // The entries of `rows` by the sentence they name, counted then placed.
    let entry_id = |e: &BestMatch| (base[e.article as usize] + e.sentence) as usize;
    let mut chosen_start = vec![0u32; count + 1];
    for e in &rows {
        chosen_start[entry_id(e) + 1] += 1;
    }
    for x in 0..count {
        chosen_start[x + 1] += chosen_start[x];
    }
    let mut chosen = vec![(0u32, 0u32); rows.len()];
    let mut fill = chosen_start.clone();
    for v in 0..vars.members.len() {
        for k in row_start[v]..row_start[v + 1] {
            let x = entry_id(&rows[k as usize]);
            chosen[fill[x] as usize] = (v as u32, k);
            fill[x] += 1;
        }
    }
    let mut out = Matches {
        base,
        article_of,
        variant_of,
        row_start,
        rows,
        chosen_start,
        chosen,
        member_start,
        members,
        total: 0,
        listed: 0,
    };
    let mut buf = Vec::new();
    out.total = (0..count as u32)
        .map(|x| {
            out.partners(x, &mut buf);
            buf.len()
        })
        .sum();
    out.listed = out.total.min(config.max_matches);
    out
}
