//! Clusters: sentences that carry the same statement across articles.
//!
//! Star clustering: the most widely carried variant leads a cluster, and the variants that
//! match it directly join it; then a variant still alone joins the cluster of its best-scoring
//! neighbour. Clusters never merge, so rewrites cannot chain (A ~ B ~ C ~ …) from one statement
//! into the next, as connected components did (see DESIGN.md).

use serde::Serialize;

use super::Variants;
use super::matches::first_per_article;
use crate::doc::Loc;
use crate::similarity::Edge;
use crate::util::sort::{sort_by, sort_keys, unpack};

/// Sentences that carry the same statement across articles: the statement's most widely
/// carried wording and every sentence that matches it directly.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(deny_unknown_fields))]
pub struct Cluster {
    /// `[article, sentence]` of every member, sorted.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "Vec<Loc>"),
        ts(as = "Vec<Loc>")
    )]
    pub members: Vec<[usize; 2]>,
    /// The articles that carry it, sorted: this cluster's row of the coverage matrix.
    pub sources: Vec<usize>,
}

/// A variant's neighbour through an edge.
#[derive(Debug, Clone, Copy)]
struct Neighbour {
    variant: usize,
    score: f32,
}

/// The clusters of two or more articles, most widely carried first.
pub(crate) fn clusters(vars: &Variants, edges: &[Edge]) -> Vec<Cluster> {
    const NONE: usize = usize::MAX;
    let n = vars.members.len();
    let mut neighbours: Vec<Vec<Neighbour>> = vec![Vec::new(); n];
    for e in edges {
        let (x, y) = (e.a as usize, e.b as usize);
        neighbours[x].push(Neighbour {
            variant: y,
            score: e.score,
        });
        neighbours[y].push(Neighbour {
            variant: x,
            score: e.score,
        });
    }
    let spread = |v: usize| first_per_article(&vars.members[v]).len();
    // Widest spread first, then most neighbours, then by index.
    let mut keys: Vec<u128> = (0..n)
        .filter_map(|v| {
            let s = spread(v);
            let rank = u128::from(u32::MAX - s as u32) << 96;
            let links = u128::from(u32::MAX - neighbours[v].len() as u32) << 64;
            (s > 1 || !neighbours[v].is_empty()).then_some(rank | links | v as u128)
        })
        .collect();
    sort_keys(&mut keys);
    let order: Vec<usize> = keys.into_iter().map(|k| unpack(k).1).collect();
    let mut cluster_of = vec![NONE; n];
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for &leader in &order {
        // A variant that no two articles share and whose neighbours are all taken would lead a
        // cluster of one: it joins its best neighbour's cluster below instead.
        let alone = spread(leader) < 2
            && neighbours[leader]
                .iter()
                .all(|u| cluster_of[u.variant] != NONE);
        if cluster_of[leader] != NONE || alone {
            continue;
        }
        let c = groups.len();
        cluster_of[leader] = c;
        let mut group = vec![leader];
        for u in &neighbours[leader] {
            if cluster_of[u.variant] == NONE {
                cluster_of[u.variant] = c;
                group.push(u.variant);
            }
        }
        groups.push(group);
    }
    for &v in &order {
        if cluster_of[v] != NONE {
            continue;
        }
        let best = neighbours[v]
            .iter()
            .filter(|u| cluster_of[u.variant] != NONE)
            .max_by(|a, b| a.score.total_cmp(&b.score).then(b.variant.cmp(&a.variant)));
        if let Some(u) = best {
            groups[cluster_of[u.variant]].push(v);
        }
    }
    let mut out: Vec<Cluster> = groups
        .into_iter()
        .filter_map(|group| {
            let mut members: Vec<Loc> = group
                .iter()
                .flat_map(|&v| vars.members[v].iter().copied())
                .collect();
            sort_by(&mut members, |a, b| a.cmp(b));
            let mut sources: Vec<usize> = members.iter().map(|m| m.article).collect();
            sources.dedup();
            let members = members.into_iter().map(<[usize; 2]>::from).collect();
            (sources.len() > 1).then_some(Cluster { members, sources })
        })
        .collect();
    sort_by(&mut out, |p, q| {
        q.sources
            .len()
            .cmp(&p.sources.len())
            .then_with(|| p.members[0].cmp(&q.members[0]))
    });
    out
}
