//! Comparison: the pairwise alignment of two articles, and the n-way comparison of many.
//!
//! * [`align`]: two articles' sentences as equal, edited, moved, inserted and deleted;
//! * [`words`]: word-level changes inside an edited pair;
//! * [`repeats`], [`matches`], [`clusters`], [`containment`]: the n-way comparison, below;
//! * [`fallback`]: where a budget made an answer coarser.
//!
//! In the n-way comparison, sentences with equal comparison keys are grouped first (one
//! *variant* per distinct key), so a paragraph copied into a thousand articles costs one index
//! entry. Near-duplicate variants are then paired through the [index](crate::similarity::index).
//! Everything after that works on these variant pairs (*edges*):
//!
//! * a **repeat** joins sentences of one article that share a variant or an edge scoring at
//!   least `repeatThreshold`; a **passage** is a run of consecutive repeats of two or more
//!   sentences, or of one sentence that is a whole paragraph;
//! * a **match** is a cross-article sentence pair on a variant or an edge; for each sentence
//!   only its best match in each other article is kept;
//! * a **cluster** is a statement's most widely carried variant and the variants that match it
//!   directly (star clustering: rewrites never chain from one statement into the next), kept
//!   when two or more articles carry it.

pub(crate) mod align;
pub(crate) mod clusters;
pub(crate) mod containment;
pub(crate) mod fallback;
pub(crate) mod matches;
pub(crate) mod repeats;
pub mod words;

use crate::doc::{Doc, Loc};
use crate::progress::{Phase, Reporter};
use crate::similarity::embed::Model;
use crate::similarity::{
    CandidateLimits, Features, Meaning, MeaningInput, Vectors, any_pair, similar_pairs_reporting,
};
use crate::util::hash::{Map, map};

pub use align::{DiffStats, Op, OpKind};
pub use clusters::Cluster;
pub use fallback::{Fallback, FallbackStage};
pub use matches::{Grade, Match, Matches, Pairs};
pub use repeats::{Passage, Repeat, Stretch};
pub use words::{WordOp, WordReport};

/// What matching, repeats and alignment need of the options.
#[derive(Debug, Clone, Copy)]
pub(crate) struct MatchConfig {
    /// Lowest similarity for a cross-article match or an edited pair.
    pub match_threshold: f32,
    /// Lowest similarity graded near identical.
    pub near_identical: f32,
    /// Lowest similarity for a repeat inside one article.
    pub repeat_threshold: f32,
    /// At most this many matches are listed.
    pub max_matches: usize,
    /// The limits of the candidate search.
    pub candidates: CandidateLimits,
    /// How meaning counts, when sentences are compared by meaning too.
    pub meaning: Option<Meaning>,
}

/// Everything the n-way comparison reports besides the articles and findings.
pub(crate) struct Comparison {
    pub repeats: Vec<Repeat>,
    pub passages: Vec<Passage>,
    pub matches: Matches,
    pub clusters: Vec<Cluster>,
    pub unique: Vec<Vec<usize>>,
    pub containment: Vec<Vec<f32>>,
    pub similarity: Vec<Vec<f32>>,
    pub fallbacks: Vec<Fallback>,
}

/// The sentences of each distinct comparison key (a *variant*).
pub(crate) struct Variants {
    /// The sentences of each variant, in article order.
    pub members: Vec<Vec<Loc>>,
    /// The variant of each sentence, per article ([`NO_VARIANT`] for one left out).
    pub of: Vec<Vec<u32>>,
}

/// The variant of a sentence left out of the comparison.
pub(crate) const NO_VARIANT: u32 = u32::MAX;

fn variants(docs: &[Doc<'_>], skip: &[Vec<bool>]) -> Variants {
    let mut ids: Map<u64, u32> = map();
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
            members[v as usize].push(Loc::new(d, s));
            row.push(v);
        }
        of.push(row);
    }
    Variants { members, of }
}

/// Steps of [`Phase::Matching`] after the candidate search: repeats, matches, clusters,
/// containment, similarity.
const STEPS_AFTER_SEARCH: usize = 5;

/// The n-way comparison of `docs`; `skip[d][s]` leaves sentence `s` of article `d` out. With a
/// `model` and `config.meaning`, sentences are compared by meaning as well as by words.
pub(crate) fn compare(
    docs: &[Doc<'_>],
    skip: &[Vec<bool>],
    config: &MatchConfig,
    model: Option<&Model>,
    progress: &mut Reporter<'_>,
) -> Comparison {
    let vars = variants(docs, skip);
    let first = |v: usize| vars.members[v][0];
    let items: Vec<&Features> = (0..vars.members.len())
        .map(|v| &*docs[first(v).article].features[first(v).sentence])
        .collect();
    let vectors = model
        .filter(|_| config.meaning.is_some())
        .and_then(|model| {
            let texts: Vec<&str> = (0..vars.members.len())
                .map(|v| docs[first(v).article].sentence_text(first(v).sentence))
                .collect();
            progress.start(Phase::Embedding, texts.len());
            let vectors = Vectors::with_progress(model, &texts, &texts, progress);
            progress.finish();
            vectors
        });
    let meaning = vectors
        .as_ref()
        .zip(config.meaning)
        .map(|(vectors, meaning)| MeaningInput { vectors, meaning });
    // The steps after the search take about as long as the search, together (1,000 articles):
    // each counts as a fifth of the search's units, so the bar moves evenly.
    let step_units = items.len() / STEPS_AFTER_SEARCH + 1;
    let (edges, skipped) = similar_pairs_reporting(
        &items,
        config.match_threshold,
        config.candidates,
        meaning,
        any_pair,
        progress,
        STEPS_AFTER_SEARCH * step_units,
    );
    let mut fallbacks = fallback::candidate_fallbacks(skipped, FallbackStage::Candidates);
    if let Some(m) = meaning
        && items.len() > m.meaning.search_limit
    {
        fallbacks.push(Fallback {
            stage: FallbackStage::MeaningCandidates,
            count: items.len(),
            detail: format!(
                "more than {} distinct sentences: pairs that share no indexed word were not searched by meaning",
                m.meaning.search_limit
            ),
        });
    }

    // The candidate search reported `items.len()` units of Matching; its steps follow.
    let mut done = items.len();
    let mut next_step = || {
        done += step_units;
        progress.at(done);
    };
    let (repeats, passages) = repeats::repeats(docs, &vars, &edges, config.repeat_threshold);
    next_step();
    let sentences: Vec<usize> = docs.iter().map(|d| d.sentences.len()).collect();
    let matches = matches::matches(&sentences, &vars, &edges, config);
    next_step();
    let dropped = matches.total() - matches.len();
    if dropped > 0 {
        fallbacks.push(Fallback {
            stage: FallbackStage::Matches,
            count: dropped,
            detail: format!(
                "only the first {} matches are listed; clusters, containment and findings count them all",
                config.max_matches
            ),
        });
    }
    let clusters = clusters::clusters(&vars, &edges);
    next_step();
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
    let containment = containment::containment(docs, skip, &matches, |m| m.words);
    next_step();
    let whole = vectors
        .as_ref()
        .map(|v| containment::article_vectors(v, &vars.of));
    let similarity = containment::similarity(docs, skip, &matches, whole.as_deref());
    progress.finish();
    Comparison {
        repeats,
        passages,
        matches,
        clusters,
        unique,
        containment,
        similarity,
        fallbacks,
    }
}

/// Fills in the word-level changes of each op of a diff of `a` and `b`: none where there is
/// nothing to show (equal keys, inserts, deletes, a move at its old place). Returns how many
/// pairs were over `max_tokens`, left without word changes (shown replaced whole).
pub(crate) fn fill_words(
    ops: &mut [Op],
    a: &Doc<'_>,
    b: &Doc<'_>,
    max_tokens: usize,
    texts: words::Texts,
) -> usize {
    let mut over_budget = 0;
    let mut scratch = words::Scratch::default();
    for op in ops.iter_mut() {
        let Some((i, j)) = op.partner() else {
            continue;
        };
        if a.keys[i] == b.keys[j] {
            continue;
        }
        let (sa, sb) = (&a.sentences[i], &b.sentences[j]);
        match words::words_in(
            &mut scratch,
            sa.text(a.text),
            sa.start,
            sb.text(b.text),
            sb.start,
            max_tokens,
        ) {
            Some(edits) => op.words = words::word_reports(edits, a.text, b.text, texts),
            None => over_budget += 1,
        }
    }
    over_budget
}
