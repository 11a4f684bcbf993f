//! An article made ready for comparison: its sentences and their comparison features.

use crate::neardup::Features;
use crate::report::{ArticleReport, SentenceReport};
use crate::segment::{self, Sentence};

/// One article, segmented, with the key of each sentence and (for n-way comparison) its
/// features. Borrows the text: later stages work on spans and never copy it.
pub(crate) struct Doc<'a> {
    pub name: &'a str,
    pub text: &'a str,
    pub sentences: Vec<Sentence>,
    /// [`Features::key`] of each sentence.
    pub keys: Vec<u64>,
    /// Features of each sentence; empty for a document made with [`Doc::keys_only`].
    pub features: Vec<Features>,
}

impl<'a> Doc<'a> {
    /// A document with every sentence's features (and so its keys): one pass over each sentence.
    pub fn new(name: &'a str, text: &'a str) -> Self {
        let sentences: Vec<Sentence> = segment::sentences(text).collect();
        let mut scratch = String::new();
        let features: Vec<Features> = sentences
            .iter()
            .map(|s| Features::of_text(s.text(text), &mut scratch))
            .collect();
        let keys = features.iter().map(|f| f.key).collect();
        Self {
            name,
            text,
            sentences,
            keys,
            features,
        }
    }

    /// A document with only sentence keys: a pairwise diff needs word sets only for the few
    /// sentences left over after matching keys, and computes those itself.
    pub fn keys_only(name: &'a str, text: &'a str) -> Self {
        let sentences: Vec<Sentence> = segment::sentences(text).collect();
        let mut scratch = String::new();
        let keys = sentences
            .iter()
            .map(|s| Features::key_of_text(s.text(text), &mut scratch))
            .collect();
        Self {
            name,
            text,
            sentences,
            keys,
            features: Vec::new(),
        }
    }

    /// The features of one sentence, computed now.
    pub fn features_of(&self, sentence: usize, scratch: &mut String) -> Features {
        Features::of_text(self.sentences[sentence].text(self.text), scratch)
    }

    /// How many words a sentence has, its weight in containment.
    pub fn weight(&self, sentence: usize) -> usize {
        self.features[sentence].words.len()
    }

    pub fn report(&self) -> ArticleReport {
        ArticleReport {
            name: self.name.to_owned(),
            length: self.text.len(),
            paragraphs: self.sentences.last().map_or(0, |s| s.paragraph + 1),
            sentences: self
                .sentences
                .iter()
                .map(|s| SentenceReport {
                    text: s.text(self.text).to_owned(),
                    start: s.start,
                    end: s.end,
                    paragraph: s.paragraph,
                })
                .collect(),
        }
    }
}
