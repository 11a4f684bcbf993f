//! Pairwise sentence alignment: equal, edited, moved, inserted and deleted sentences.
//!
//! 1. Each sentence becomes the id of its comparison key, and `similar`'s histogram algorithm
//!    diffs the two id sequences. Equal runs are `equal`; what lies between them are changed
//!    blocks. Diffing ids rather than words keeps this near-linear on long articles.
//! 2. Sentences left over in changed blocks are paired: first by equal key (a sentence that
//!    moved verbatim), then through the near-duplicate index (a rewrite), best score first.
//! 3. Inside one block, the longest chain of pairs in order on both sides stays in place as
//!    `edited`; every other pair is `moved`, listed at its old place (with `to`) and at its new
//!    place (with `from`). What is left is `deleted` or `inserted`.
//!
//! The ops with an old-side index walk the old article's sentences in order, and those with a
//! new-side index the new article's, so either article can be rebuilt from the ops.
//!
//! Over 400 lines with the diff's types (`Op`, `OpKind`, `DiffStats`), which it alone builds.

use core::ops::Range;

use serde::Serialize;
use similar::{Algorithm, DiffTag, capture_diff_slices};

use super::words::WordReport;
use crate::doc::Doc;
use crate::similarity::embed::Model;
use crate::similarity::{
    CandidateLimits, Features, Meaning, MeaningInput, Skipped, Vectors, similar_pairs,
};
use crate::util::hash::{Map, map};
use crate::util::sort::{sort_by, sort_by_key, sort_keys};

/// What a sentence-level diff operation does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OpKind {
    /// The same sentence in both, in the same place.
    Equal,
    /// A rewritten sentence in the same place, with word-level changes.
    Edited,
    /// A sentence that changed place (and maybe words); it appears twice in `ops`, once at
    /// each place.
    Moved,
    /// Only in the new article.
    Inserted,
    /// Only in the old article.
    Deleted,
}

/// One operation of a pairwise diff.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct Op {
    /// What the operation does.
    pub op: OpKind,
    /// Sentence index in the old article, or null.
    pub a: Option<usize>,
    /// Sentence index in the new article, or null.
    pub b: Option<usize>,
    /// Similarity of the pair (1 for equal, absent for inserted and deleted).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), ts(optional))]
    pub score: Option<f32>,
    /// For a move at its old place: the sentence index it moved to in the new article.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), ts(optional))]
    pub to: Option<usize>,
    /// For a move at its new place: the sentence index it came from in the old article.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), ts(optional))]
    pub from: Option<usize>,
    /// Word-level changes, for `edited` and for a reworded move at its new place.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        ts(as = "Option<Vec<WordReport>>", optional)
    )]
    pub words: Vec<WordReport>,
}

impl Op {
    /// The (old, new) sentence indexes whose words the op compares, if it compares any.
    pub(crate) fn partner(&self) -> Option<(usize, usize)> {
        match (self.op, self.a, self.b, self.from) {
            (OpKind::Edited | OpKind::Equal, Some(a), Some(b), _) => Some((a, b)),
            (OpKind::Moved, None, Some(b), Some(a)) => Some((a, b)),
            _ => None,
        }
    }
}

/// Counts of each operation kind (a move counts once).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct DiffStats {
    /// Sentences equal and in place.
    pub equal: usize,
    /// Sentences rewritten in place.
    pub edited: usize,
    /// Sentences moved.
    pub moved: usize,
    /// Sentences only in the new article.
    pub inserted: usize,
    /// Sentences only in the old article.
    pub deleted: usize,
}

/// A pair of sentences chosen to correspond.
#[derive(Debug, Clone, Copy)]
struct Pair {
    a: usize,
    b: usize,
    score: f32,
}

/// The sentence-level operations of a diff, before word-level changes are filled in.
pub(crate) struct Aligned {
    pub ops: Vec<Op>,
    pub stats: DiffStats,
    pub skipped: Skipped,
}

/// Aligns the sentences of `a` with those of `b`; leftovers pair at `threshold` or above.
/// With a `meaning` model, leftover sentences are paired on words and meaning together.
pub(crate) fn align(
    a: &Doc<'_>,
    b: &Doc<'_>,
    threshold: f32,
    limits: CandidateLimits,
    meaning: Option<(&Model, Meaning)>,
) -> Aligned {
    let (ids_a, ids_b) = intern(a, b);
    let mut blocks: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    let mut in_block_a = vec![usize::MAX; ids_a.len()];
    let mut in_block_b = vec![usize::MAX; ids_b.len()];
    let mut equal_runs: Vec<(usize, usize, usize)> = Vec::new();
    for op in capture_diff_slices(Algorithm::Histogram, &ids_a, &ids_b) {
        let (ra, rb) = (op.old_range(), op.new_range());
        if op.tag() == DiffTag::Equal {
            equal_runs.push((ra.start, rb.start, ra.len()));
            continue;
        }
        // `similar` may report a delete and an insert at one place as two ops: one block.
        match blocks.last_mut() {
            Some((la, lb)) if la.end == ra.start && lb.end == rb.start => {
                la.end = ra.end;
                lb.end = rb.end;
            }
            _ => blocks.push((ra, rb)),
        }
    }
    for (k, (ra, rb)) in blocks.iter().enumerate() {
        ra.clone().for_each(|i| in_block_a[i] = k);
        rb.clone().for_each(|j| in_block_b[j] = k);
    }

    let (pairs, skipped) =
        pair_leftovers(a, b, &in_block_a, &in_block_b, threshold, limits, meaning);
    let mut partner_a: Vec<Option<Pair>> = vec![None; ids_a.len()];
    let mut partner_b: Vec<Option<Pair>> = vec![None; ids_b.len()];
    for p in &pairs {
        partner_a[p.a] = Some(*p);
        partner_b[p.b] = Some(*p);
    }
    // In each block, the longest in-order chain of pairs stays in place.
    let mut chains: Vec<Vec<Pair>> = vec![Vec::new(); blocks.len()];
    for p in &pairs {
        if in_block_a[p.a] == in_block_b[p.b] {
            chains[in_block_a[p.a]].push(*p);
        }
    }
    let mut in_place = vec![false; ids_a.len()];
    for chain in &mut chains {
        sort_by_key(chain, |p| p.a);
        *chain = longest_chain(chain);
        chain.iter().for_each(|p| in_place[p.a] = true);
    }

    let mut emit = Emitter {
        ops: Vec::with_capacity(ids_a.len() + ids_b.len()),
        stats: DiffStats::default(),
    };
    let mut runs = equal_runs.into_iter().peekable();
    let mut block_ix = 0;
    let (mut ia, mut ib) = (0, 0);
    while ia < ids_a.len() || ib < ids_b.len() {
        if let Some(&(oa, ob, len)) = runs.peek()
            && oa == ia
            && ob == ib
        {
            for k in 0..len {
                emit.push(OpKind::Equal, Some(oa + k), Some(ob + k), Some(1.0));
            }
            ia += len;
            ib += len;
            runs.next();
            continue;
        }
        let Some((ra, rb)) = blocks.get(block_ix).cloned() else {
            break;
        };
        block_ix += 1;
        let (mut ca, mut cb) = (ra.start, rb.start);
        for p in &chains[block_ix - 1] {
            emit.gap(ca..p.a, cb..p.b, &partner_a, &partner_b, &in_place);
            let kind = if ids_a[p.a] == ids_b[p.b] {
                OpKind::Equal
            } else {
                OpKind::Edited
            };
            emit.push(kind, Some(p.a), Some(p.b), Some(p.score));
            ca = p.a + 1;
            cb = p.b + 1;
        }
        emit.gap(ca..ra.end, cb..rb.end, &partner_a, &partner_b, &in_place);
        ia = ra.end;
        ib = rb.end;
    }
    Aligned {
        ops: emit.ops,
        stats: emit.stats,
        skipped,
    }
}

struct Emitter {
    ops: Vec<Op>,
    stats: DiffStats,
}

impl Emitter {
    fn push(&mut self, op: OpKind, a: Option<usize>, b: Option<usize>, score: Option<f32>) {
        match op {
            OpKind::Equal => self.stats.equal += 1,
            OpKind::Edited => self.stats.edited += 1,
            OpKind::Inserted => self.stats.inserted += 1,
            OpKind::Deleted => self.stats.deleted += 1,
            // Counted once, at the old place, in `gap`.
            _ => {}
        }
        self.ops.push(Op {
            op,
            a,
            b,
            score,
            to: None,
            from: None,
            words: Vec::new(),
        });
    }

    /// Old-side sentences `ra` then new-side sentences `rb` that are not in place.
    fn gap(
        &mut self,
        ra: Range<usize>,
        rb: Range<usize>,
        partner_a: &[Option<Pair>],
        partner_b: &[Option<Pair>],
        in_place: &[bool],
    ) {
        for i in ra {
            match partner_a[i] {
                Some(p) if !in_place[i] => {
                    self.stats.moved += 1;
                    self.ops.push(Op {
                        op: OpKind::Moved,
                        a: Some(i),
                        b: None,
                        score: Some(p.score),
                        to: Some(p.b),
                        from: None,
                        words: Vec::new(),
                    });
                }
                _ => self.push(OpKind::Deleted, Some(i), None, None),
            }
        }
        for j in rb {
            match partner_b[j] {
                Some(p) if !in_place[p.a] => {
                    self.ops.push(Op {
                        op: OpKind::Moved,
                        a: None,
                        b: Some(j),
                        score: Some(p.score),
                        to: None,
                        from: Some(p.a),
                        words: Vec::new(),
                    });
                }
                _ => self.push(OpKind::Inserted, None, Some(j), None),
            }
        }
    }
}

/// Dense ids for the two articles' sentence keys (equal key, equal id).
fn intern(a: &Doc<'_>, b: &Doc<'_>) -> (Vec<u32>, Vec<u32>) {
    let mut ids: Map<u64, u32> = map();
    let mut id_of = |key: u64| {
        let next = ids.len() as u32;
        *ids.entry(key).or_insert(next)
    };
    let ia = a.keys.iter().map(|&k| id_of(k)).collect();
    let ib = b.keys.iter().map(|&k| id_of(k)).collect();
    (ia, ib)
}

/// Pairs the sentences left in changed blocks: equal keys first, then near duplicates, best
/// score first, each sentence at most once.
fn pair_leftovers(
    a: &Doc<'_>,
    b: &Doc<'_>,
    in_block_a: &[usize],
    in_block_b: &[usize],
    threshold: f32,
    limits: CandidateLimits,
    meaning: Option<(&Model, Meaning)>,
) -> (Vec<Pair>, Skipped) {
    let left_a: Vec<usize> = (0..in_block_a.len())
        .filter(|&i| in_block_a[i] != usize::MAX)
        .collect();
    let left_b: Vec<usize> = (0..in_block_b.len())
        .filter(|&j| in_block_b[j] != usize::MAX)
        .collect();
    let mut pairs = Vec::new();
    let mut used_a = vec![false; in_block_a.len()];
    let mut used_b = vec![false; in_block_b.len()];

    // Verbatim: the new side's sentences sorted as (key, index) keys, each key's queue a run
    // of them taken in order from where the map says its next one is. Packed by hand: the key
    // is 64 bits, and `pack` takes `usize`, 32 bits in wasm.
    let mut queues: Vec<u128> = (left_b.iter())
        .map(|&j| u128::from(b.keys[j]) << 64 | j as u128)
        .collect();
    sort_keys(&mut queues);
    let mut next: Map<u64, usize> = map();
    for (k, &q) in queues.iter().enumerate().rev() {
        next.insert((q >> 64) as u64, k);
    }
    for &i in &left_a {
        let key = a.keys[i];
        let Some(at) = next.get_mut(&key) else {
            continue;
        };
        if let Some(&q) = queues.get(*at).filter(|&&q| (q >> 64) as u64 == key) {
            *at += 1;
            let j = q as u64 as usize;
            pairs.push(Pair {
                a: i,
                b: j,
                score: 1.0,
            });
            used_a[i] = true;
            used_b[j] = true;
        }
    }

    // Near duplicates among the rest, through the index; one item per key on each side.
    let rest_a: Vec<usize> = left_a.iter().copied().filter(|&i| !used_a[i]).collect();
    let rest_b: Vec<usize> = left_b.iter().copied().filter(|&j| !used_b[j]).collect();
    let mut scratch = String::new();
    let mut features: Vec<Features> = rest_a
        .iter()
        .map(|&i| a.features_of(i, &mut scratch))
        .collect();
    features.extend(rest_b.iter().map(|&j| b.features_of(j, &mut scratch)));
    let items: Vec<&Features> = features.iter().collect();
    let split = rest_a.len();
    // Meaning vectors of the leftovers, centered on both articles' sentences.
    let vectors = meaning.and_then(|(model, _)| {
        let texts: Vec<&str> = (rest_a.iter().map(|&i| a.sentence_text(i)))
            .chain(rest_b.iter().map(|&j| b.sentence_text(j)))
            .collect();
        let set: Vec<&str> = (0..a.sentences.len())
            .map(|i| a.sentence_text(i))
            .chain((0..b.sentences.len()).map(|j| b.sentence_text(j)))
            .collect();
        Vectors::new(model, &texts, &set)
    });
    let input = vectors
        .as_ref()
        .zip(meaning)
        .map(|(vectors, (_, meaning))| MeaningInput { vectors, meaning });
    let (found, skipped) = similar_pairs(&items, threshold, limits, input, |x, y| {
        (x < split) != (y < split)
    });
    let mut near: Vec<Pair> = found
        .into_iter()
        .map(|e| {
            let (x, y, score) = (e.a as usize, e.b as usize, e.score);
            let (i, j) = if x < split {
                (rest_a[x], rest_b[y - split])
            } else {
                (rest_a[y], rest_b[x - split])
            };
            Pair { a: i, b: j, score }
        })
        .collect();
    // Best first; on ties prefer pairs in the same block, then the earlier sentences.
    sort_by(&mut near, |p, q| {
        q.score
            .total_cmp(&p.score)
            .then_with(|| {
                (in_block_a[p.a] != in_block_b[p.b]).cmp(&(in_block_a[q.a] != in_block_b[q.b]))
            })
            .then_with(|| (p.a, p.b).cmp(&(q.a, q.b)))
    });
    for p in near {
        if !used_a[p.a] && !used_b[p.b] {
            used_a[p.a] = true;
            used_b[p.b] = true;
            pairs.push(p);
        }
    }
    (pairs, skipped)
}

/// The longest subsequence of `pairs` (sorted by `a`) whose `b` strictly increases.
fn longest_chain(pairs: &[Pair]) -> Vec<Pair> {
    // Patience sorting: tails[k] is the index of the smallest `b` ending a chain of length k+1.
    let mut tails: Vec<usize> = Vec::new();
    let mut prev: Vec<usize> = vec![usize::MAX; pairs.len()];
    for (ix, p) in pairs.iter().enumerate() {
        let k = tails.partition_point(|&t| pairs[t].b < p.b);
        if k > 0 {
            prev[ix] = tails[k - 1];
        }
        if k == tails.len() {
            tails.push(ix);
        } else {
            tails[k] = ix;
        }
    }
    let mut chain = Vec::with_capacity(tails.len());
    let mut at = tails.last().copied().unwrap_or(usize::MAX);
    while at != usize::MAX {
        chain.push(pairs[at]);
        at = prev[at];
    }
    chain.reverse();
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_chain_keeps_order() {
        let p = |a, b| Pair { a, b, score: 1.0 };
        let chain = longest_chain(&[p(0, 3), p(1, 0), p(2, 1), p(3, 4), p(4, 2)]);
        assert_eq!(
            chain.iter().map(|p| (p.a, p.b)).collect::<Vec<_>>(),
            [(1, 0), (2, 1), (4, 2)]
        );
        assert!(longest_chain(&[]).is_empty());
    }
}
