//! N-way comparison: repeats inside each article, matches across articles, clusters of the
//! same statement, the sentences only one article has, and the containment matrix.
//!
//! Sentences with equal comparison keys are grouped first (one *variant* per distinct key), so
//! a paragraph copied into a thousand articles costs one index entry. Near-duplicate variants
//! are then paired through the [index](crate::neardup). Everything after that works on these
//! variant pairs (*edges*):
//!
//! * a **repeat** joins sentences of one article that share a variant or an edge scoring at
//!   least `repeatThreshold`; a **passage** is a run of consecutive repeats of two or more
//!   sentences, or of one sentence that is a whole paragraph;
//! * a **match** is a cross-article sentence pair on a variant or an edge; for each sentence
//!   only its best match in each other article is kept;
//! * a **cluster** is a statement's most widely carried variant and the variants that match it
//!   directly (star clustering: rewrites never chain from one statement into the next), kept
//!   when two or more articles carry it.

use crate::Options;
use crate::doc::{Doc, is_whole_paragraph};
use crate::neardup::{self, Features, Map, Sets, Skipped};
use crate::report::{Cluster, Fallback, Grade, Match, Passage, Repeat, Stretch};

/// Everything `compare` reports besides the articles.
pub(crate) struct Comparison {
    pub repeats: Vec<Repeat>,
    pub passages: Vec<Passage>,
    pub matches: Vec<Match>,
    pub clusters: Vec<Cluster>,
    pub unique: Vec<Vec<usize>>,
    pub containment: Vec<Vec<f32>>,
    pub fallbacks: Vec<Fallback>,
}

/// `[article, sentence]`
type Loc = [usize; 2];

struct Variants {
    /// The sentences of each variant, in article order.
    members: Vec<Vec<Loc>>,
    /// The variant of each sentence, per article.
    of: Vec<Vec<u32>>,
}

/// Sentences left out of the comparison have the variant `NO_VARIANT`.
const NO_VARIANT: u32 = u32::MAX;

fn variants(docs: &[Doc<'_>], skip: &[Vec<bool>]) -> Variants {
    let mut ids: Map<u64, u32> = neardup::map();
    let mut members: Vec<Vec<Loc>> = Vec::new();
    let mut of = Vec::with_capacity(docs.len());
    for (d, doc) in docs.iter().enumerate() {
        let mut row = Vec::with_capacity(doc.features.len());
        for (s, f) in doc.features.iter().enumerate() {
            if skip[d][s] {
                row.push(NO_VARIANT);
                continue;
            }
            let next = members.len() as u32;
            let v = *ids.entry(f.key).or_insert(next);
            if v == next {
                members.push(Vec::new());
            }
            members[v as usize].push([d, s]);
            row.push(v);
        }
        of.push(row);
    }
    Variants { members, of }
}

pub(crate) fn compare(docs: &[Doc<'_>], skip: &[Vec<bool>], options: &Options) -> Comparison {
    let vars = variants(docs, skip);
    let first_feature = |v: usize| -> &Features {
        let [d, s] = vars.members[v][0];
        &docs[d].features[s]
    };
    let items: Vec<&Features> = (0..vars.members.len()).map(first_feature).collect();
    let (edges, skipped) = neardup::similar_pairs(
        &items,
        options.match_threshold,
        options.tuning(),
        neardup::any_pair,
    );
    let mut fallbacks = candidate_fallbacks(skipped);

    let (repeats, passages) = repeats(docs, &vars, &edges, options);
    let (matches, best, dropped) = matches(docs, &vars, &edges, options);
    if dropped > 0 {
        fallbacks.push(Fallback {
            stage: "matches",
            count: dropped,
            detail: format!(
                "only the first {} matches are listed; clusters and containment count them all",
                options.max_matches
            ),
        });
    }
    let clusters = clusters(&vars, &edges);
    let mut in_cluster: Vec<Vec<bool>> = docs
        .iter()
        .map(|d| vec![false; d.sentences.len()])
        .collect();
    for c in &clusters {
        for &[d, s] in &c.members {
            in_cluster[d][s] = true;
        }
    }
    let unique = in_cluster
        .iter()
        .zip(skip)
        .map(|(row, skip)| (0..row.len()).filter(|&s| !row[s] && !skip[s]).collect())
        .collect();
    let containment = containment(docs, skip, &best);
    Comparison {
        repeats,
        passages,
        matches,
        clusters,
        unique,
        containment,
        fallbacks,
    }
}

pub(crate) fn candidate_fallbacks(skipped: Skipped) -> Vec<Fallback> {
    let mut out = Vec::new();
    if skipped.common_words > 0 {
        out.push(Fallback {
            stage: "candidates",
            count: skipped.common_words,
            detail: "index lookups passed over a word shared by too many sentences (maxPostings, or the per-sentence visit budget)".into(),
        });
    }
    if skipped.capped_sentences > 0 {
        out.push(Fallback {
            stage: "candidates",
            count: skipped.capped_sentences,
            detail: "sentences with more near-duplicate candidates than maxCandidates; only the best-supported were scored".into(),
        });
    }
    out
}

fn repeats(
    docs: &[Doc<'_>],
    vars: &Variants,
    edges: &[(u32, u32, f32)],
    options: &Options,
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
    let mut sets = Sets::new(total);
    let mut link_score: Map<(usize, usize), f32> = neardup::map();
    for members in &vars.members {
        for w in members.windows(2) {
            if w[0][0] == w[1][0] {
                sets.union(base[w[0][0]] + w[0][1], base[w[1][0]] + w[1][1]);
            }
        }
    }
    for &(x, y, score) in edges.iter().filter(|e| e.2 >= options.repeat_threshold) {
        let (mx, my) = (&vars.members[x as usize], &vars.members[y as usize]);
        for &[d, s] in mx {
            // Members are in article order: find one in article `d`.
            let at = my.partition_point(|m| m[0] < d);
            if let Some(&[e, t]) = my.get(at)
                && e == d
            {
                sets.union(base[d] + s, base[d] + t);
                let key = (base[d] + s.min(t), base[d] + s.max(t));
                link_score.insert(key, score);
            }
        }
    }
    let mut repeats = Vec::new();
    let mut passages = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let n = doc.sentences.len();
        let group: Vec<usize> = (0..n).map(|s| sets.find(base[d] + s)).collect();
        let mut by_group: Map<usize, Vec<usize>> = neardup::map();
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
                    .unwrap_or(options.repeat_threshold)
            }
        };
        let mut groups: Vec<Vec<usize>> = by_group.into_values().filter(|g| g.len() > 1).collect();
        crate::order::sort_by(&mut groups, |a, b| a.cmp(b));
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
        let repeat_groups = groups;
        // Passages: maximal runs where sentence s+k repeats sentence t+k, for each two
        // consecutive members s < t of a repeat group (a paragraph printed three times gives
        // two passages, first-second and second-third).
        for g in &repeat_groups {
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
    crate::order::sort_by_key(&mut passages, |p| {
        (p.article, p.first.sentences, p.second.sentences)
    });
    (repeats, passages)
}

fn stretch(doc: &Doc<'_>, first: usize, len: usize) -> Stretch {
    let last = first + len - 1;
    Stretch {
        sentences: [first, last],
        start: doc.sentences[first].start,
        end: doc.sentences[last].end,
    }
}

/// For each sentence (per article), its best match in each other article:
/// `(other article, score, other sentence, grade)`.
type Best = Vec<Vec<Vec<(u32, f32, u32, Grade)>>>;

/// The first member of a variant in each article that carries it.
fn first_per_article(members: &[Loc]) -> Vec<Loc> {
    let mut out: Vec<Loc> = Vec::new();
    for &m in members {
        if out.last().is_none_or(|l| l[0] != m[0]) {
            out.push(m);
        }
    }
    out
}

fn offer(best: &mut Best, x: Loc, y: Loc, score: f32, grade: Grade) {
    if x[0] == y[0] {
        return;
    }
    let row = &mut best[x[0]][x[1]];
    match row.iter_mut().find(|e| e.0 as usize == y[0]) {
        Some(e) if score > e.1 => *e = (y[0] as u32, score, y[1] as u32, grade),
        Some(_) => {}
        None => row.push((y[0] as u32, score, y[1] as u32, grade)),
    }
}

fn matches(
    docs: &[Doc<'_>],
    vars: &Variants,
    edges: &[(u32, u32, f32)],
    options: &Options,
) -> (Vec<Match>, Best, usize) {
    let mut best: Best = docs
        .iter()
        .map(|d| vec![Vec::new(); d.sentences.len()])
        .collect();
    let firsts: Vec<Vec<Loc>> = vars.members.iter().map(|m| first_per_article(m)).collect();
    for (v, members) in vars.members.iter().enumerate() {
        for &x in members {
            for &y in &firsts[v] {
                offer(&mut best, x, y, 1.0, Grade::Identical);
            }
        }
    }
    for &(vx, vy, score) in edges {
        let grade = if score >= options.near_identical {
            Grade::NearIdentical
        } else {
            Grade::Rewritten
        };
        for (from, to) in [(vx, vy), (vy, vx)] {
            for &x in &vars.members[from as usize] {
                for &y in &firsts[to as usize] {
                    offer(&mut best, x, y, score, grade);
                }
            }
        }
    }
    // A pair is listed once, lower location first, when it is the best for either sentence.
    let mut pairs: Vec<Match> = Vec::new();
    for (d, rows) in best.iter().enumerate() {
        for (s, row) in rows.iter().enumerate() {
            for &(j, score, t, grade) in row {
                let (x, y) = ([d, s], [j as usize, t as usize]);
                let (a, b) = if x < y { (x, y) } else { (y, x) };
                pairs.push(Match { a, b, score, grade });
            }
        }
    }
    // The one large sort of a comparison (200,000 matches on 1,000 articles that share their
    // sentences): the standard sort's own copy, as the comparator called through `&dyn` was a
    // fifth of the whole comparison there.
    pairs.sort_unstable_by_key(|p| (p.a, p.b));
    pairs.dedup_by(|p, q| p.a == q.a && p.b == q.b);
    let dropped = pairs.len().saturating_sub(options.max_matches);
    pairs.truncate(options.max_matches);
    (pairs, best, dropped)
}

/// Star clustering: the most widely carried variant leads a cluster, and the variants that match
/// it directly join it; then a variant still alone joins the cluster of its best-scoring
/// neighbour. Clusters never merge, so rewrites cannot chain (A ~ B ~ C ~ …) from one statement
/// into the next: connected components did, and measured on 1,000 articles built from the five
/// real ones they merged everything into a single cluster.
fn clusters(vars: &Variants, edges: &[(u32, u32, f32)]) -> Vec<Cluster> {
    const NONE: usize = usize::MAX;
    let n = vars.members.len();
    let mut neighbours: Vec<Vec<(usize, f32)>> = vec![Vec::new(); n];
    for &(x, y, score) in edges {
        neighbours[x as usize].push((y as usize, score));
        neighbours[y as usize].push((x as usize, score));
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
    crate::order::sort_keys(&mut keys);
    let order: Vec<usize> = keys
        .into_iter()
        .map(|k| crate::order::unpack(k).1)
        .collect();
    let mut cluster_of = vec![NONE; n];
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for &leader in &order {
        // A variant that no two articles share and whose neighbours are all taken would lead a
        // cluster of one: it joins its best neighbour's cluster below instead.
        let alone = spread(leader) < 2
            && neighbours[leader]
                .iter()
                .all(|&(u, _)| cluster_of[u] != NONE);
        if cluster_of[leader] != NONE || alone {
            continue;
        }
        let c = groups.len();
        cluster_of[leader] = c;
        let mut group = vec![leader];
        for &(u, _) in &neighbours[leader] {
            if cluster_of[u] == NONE {
                cluster_of[u] = c;
                group.push(u);
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
            .filter(|(u, _)| cluster_of[*u] != NONE)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        if let Some(&(u, _)) = best {
            groups[cluster_of[u]].push(v);
        }
    }
    let mut out: Vec<Cluster> = groups
        .into_iter()
        .filter_map(|group| {
            let mut members: Vec<Loc> = group
                .iter()
                .flat_map(|&v| vars.members[v].iter().copied())
                .collect();
            crate::order::sort_by(&mut members, |a, b| a.cmp(b));
            let mut sources: Vec<usize> = members.iter().map(|m| m[0]).collect();
            sources.dedup();
            (sources.len() > 1).then_some(Cluster { members, sources })
        })
        .collect();
    crate::order::sort_by(&mut out, |p, q| {
        q.sources
            .len()
            .cmp(&p.sources.len())
            .then_with(|| p.members[0].cmp(&q.members[0]))
    });
    out
}

fn containment(docs: &[Doc<'_>], skip: &[Vec<bool>], best: &Best) -> Vec<Vec<f32>> {
    let n = docs.len();
    let mut out = vec![vec![0.0f32; n]; n];
    for (i, doc) in docs.iter().enumerate() {
        let total: usize = (0..doc.sentences.len())
            .filter(|&s| !skip[i][s])
            .map(|s| doc.weight(s))
            .sum();
        out[i][i] = 1.0;
        if total == 0 {
            continue;
        }
        let mut covered = vec![0.0f64; n];
        for (s, row) in best[i].iter().enumerate() {
            for &(j, score, _, _) in row {
                covered[j as usize] += doc.weight(s) as f64 * f64::from(score);
            }
        }
        for j in (0..n).filter(|&j| j != i) {
            out[i][j] = (covered[j] / total as f64) as f32;
        }
    }
    out
}
