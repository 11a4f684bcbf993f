//! An article made ready for comparison: its sentences and their comparison features.

use crate::neardup::Features;
use crate::report::{ArticleReport, SentenceReport};
use crate::segment::{self, Sentence};

/// One article, segmented, with the features of each sentence. Borrows the text: later stages
/// work on spans and never copy it.
pub(crate) struct Doc<'a> {
    pub name: &'a str,
    pub text: &'a str,
    pub sentences: Vec<Sentence>,
    pub features: Vec<Features>,
}

impl<'a> Doc<'a> {
    pub fn new(name: &'a str, text: &'a str) -> Self {
        let sentences: Vec<Sentence> = segment::sentences(text).collect();
        let mut key = String::new();
        let features = sentences
            .iter()
            .map(|s| {
                crate::normalize::key(s.text(text), &mut key);
                Features::of_key(&key)
            })
            .collect();
        Self { name, text, sentences, features }
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
                .map(|s| SentenceReport { text: s.text(self.text).to_owned(), start: s.start, end: s.end, paragraph: s.paragraph })
                .collect(),
        }
    }
}
