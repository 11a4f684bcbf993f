//! How far a comparison has got: its phase, and how much of the phase is done, for a front end's
//! progress bar (the page's element, the command line's bar on standard error).
//!
//! The core stays free of any front end: it calls a plain `FnMut(Progress)` hook, and the wasm
//! door or the command line turns that into what they show.

use serde::Serialize;

/// A phase of the n-way comparison, in the order they run. `Embedding` runs only when meaning
/// is compared (a model is loaded and `semantic` is on).
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Splitting articles into sentences and reading their words: `done` of `total` articles.
    Segmenting,
    /// Sentence vectors from the embedding model: distinct sentences.
    Embedding,
    /// Filing distinct sentences under their rarest words.
    Indexing,
    /// Scoring each distinct sentence's candidates, then repeats, matches, clusters and
    /// containment (five more steps).
    Matching,
    /// Figures, names, quotes, negations and furniture: one step each.
    Findings,
}

impl Phase {
    /// The phase as a front end names it: `segmenting`, `embedding`, … (as serialized).
    pub fn name(self) -> &'static str {
        match self {
            Phase::Segmenting => "segmenting",
            Phase::Embedding => "embedding",
            Phase::Indexing => "indexing",
            Phase::Matching => "matching",
            Phase::Findings => "findings",
        }
    }
}

/// One report of progress: `done` of `total` units of `phase` are done (`done <= total`; each
/// phase is reported at 0 when it starts and at `total` when it ends).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
pub struct Progress {
    /// The phase running.
    pub phase: Phase,
    /// Units of the phase done.
    pub done: usize,
    /// Units of the phase in all.
    pub total: usize,
}

/// Reports inside one phase, besides its start and its end: a bounded rate whatever the input's
/// size (a 1,000-article run calls the hook a few hundred times in all).
const STEPS: usize = 50;

/// Calls a hook at a bounded rate. Without a hook, [`Reporter::at`] is one comparison that never
/// holds (`next` stays at `usize::MAX`), so the hot loops that call it pay nothing measurable.
pub(crate) struct Reporter<'h> {
    hook: Option<&'h mut dyn FnMut(Progress)>,
    phase: Phase,
    done: usize,
    total: usize,
    step: usize,
    next: usize,
}

impl<'h> Reporter<'h> {
    /// A reporter that calls `hook`, or nothing.
    pub fn new(hook: Option<&'h mut dyn FnMut(Progress)>) -> Self {
        Reporter {
            hook,
            phase: Phase::Segmenting,
            done: 0,
            total: 0,
            step: usize::MAX,
            next: usize::MAX,
        }
    }

    /// A reporter that reports nothing.
    pub fn silent() -> Reporter<'static> {
        Reporter::new(None)
    }

    /// Starts `phase`, of `total` units, and reports it at 0.
    pub fn start(&mut self, phase: Phase, total: usize) {
        if self.hook.is_none() {
            return;
        }
        self.phase = phase;
        self.total = total;
        self.step = total.div_ceil(STEPS).max(1);
        self.next = self.step;
        self.emit(0);
    }

    /// `done` units of the phase are done: reported when another step's worth is.
    #[inline]
    pub fn at(&mut self, done: usize) {
        if done >= self.next {
            self.next = done.saturating_add(self.step);
            self.emit(done.min(self.total));
        }
    }

    /// The phase is done: reported at its total (once).
    pub fn finish(&mut self) {
        if self.hook.is_some() && self.done != self.total {
            self.emit(self.total);
        }
        self.next = usize::MAX;
    }

    fn emit(&mut self, done: usize) {
        self.done = done;
        if let Some(hook) = self.hook.as_mut() {
            hook(Progress {
                phase: self.phase,
                done,
                total: self.total,
            });
        }
    }
}
