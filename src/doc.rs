//! An article made ready for comparison: its sentences, their keys and features, and which of
//! them are site furniture; and [`Loc`], the address of one sentence in a set of articles.

use std::rc::Rc;

use serde::Serialize;

use crate::similarity::Features;
use crate::text::furniture::{self, Furniture};
use crate::text::normalize;
use crate::text::segment::{self, Sentence};
use crate::util::hash::{Map, map};

/// Sentence `sentence` of article `article`: the address of a sentence in a comparison.
///
/// Ordered by article, then sentence. Serialized as the array `[article, sentence]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), ts(as = "[usize; 2]"))]
pub struct Loc {
    /// The article, by its place in the input.
    pub article: usize,
    /// The sentence, by its place in the article.
    pub sentence: usize,
}

impl Loc {
    /// Sentence `sentence` of article `article`.
    pub fn new(article: usize, sentence: usize) -> Self {
        Self { article, sentence }
    }
}

impl From<Loc> for [usize; 2] {
    fn from(l: Loc) -> Self {
        [l.article, l.sentence]
    }
}

impl From<[usize; 2]> for Loc {
    fn from([article, sentence]: [usize; 2]) -> Self {
        Self { article, sentence }
    }
}

impl Serialize for Loc {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        [self.article, self.sentence].serialize(serializer)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Loc {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Loc".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let index = generator.subschema_for::<usize>();
        schemars::json_schema!({
            "description": "[article, sentence]: a sentence of one article, by index.",
            "type": "array",
            "prefixItems": [index, index],
            "minItems": 2,
            "maxItems": 2
        })
    }
}

/// One article, segmented, with the key of each sentence and (for n-way comparison) its
/// features. Borrows the text: later stages work on spans and never copy it.
pub(crate) struct Doc<'a> {
    pub name: &'a str,
    pub text: &'a str,
    pub sentences: Vec<Sentence>,
    /// [`Features::key`] of each sentence.
    pub keys: Vec<u64>,
    /// Features of each sentence; empty for a document made with [`Doc::keys_only`]. Shared
    /// by every printing of one sentence text in the documents made with one [`Seen`].
    pub features: Vec<Rc<Features>>,
    /// For each sentence, what kind of site furniture it is, if it is.
    pub furniture: Vec<Option<Furniture>>,
}

/// The features and furniture class of each distinct sentence text already read, so that a
/// sentence printed in many articles (syndicated copy) is read once and its features are held
/// once. Keyed by the text itself: both depend on nothing else (furniture also on whether the
/// sentence is a whole paragraph, which is part of the key).
pub(crate) struct Seen<'a> {
    features: Map<&'a str, Rc<Features>>,
    furniture: Map<(&'a str, bool), Option<Furniture>>,
    scratch: String,
}

impl Default for Seen<'_> {
    /// No sentence read yet (maps with the fixed hash state, not `FixedState::default()`).
    fn default() -> Self {
        Self {
            features: map(),
            furniture: map(),
            scratch: String::new(),
        }
    }
}

impl<'a> Doc<'a> {
    /// A document with every sentence's features (and so its keys): one pass over each sentence.
    pub fn new(name: &'a str, text: &'a str) -> Self {
        Self::reading(name, text, &mut Seen::default())
    }

    /// [`Doc::new`], reading only the sentence texts `seen` has not read before.
    pub fn reading(name: &'a str, text: &'a str, seen: &mut Seen<'a>) -> Self {
        let sentences: Vec<Sentence> = segment::sentences(text).collect();
        let features: Vec<Rc<Features>> = sentences
            .iter()
            .map(|s| {
                let t = s.text(text);
                let scratch = &mut seen.scratch;
                seen.features
                    .entry(t)
                    .or_insert_with(|| Rc::new(Features::of_text(t, scratch)))
                    .clone()
            })
            .collect();
        let keys = features.iter().map(|f| f.key).collect();
        let furniture = furniture(text, &sentences, |t, whole| {
            let scratch = &mut seen.scratch;
            *seen
                .furniture
                .entry((t, whole))
                .or_insert_with(|| classify(t, whole, scratch))
        });
        Self {
            name,
            text,
            sentences,
            keys,
            features,
            furniture,
        }
    }

    /// A document with only sentence keys: a pairwise diff needs word sets only for the few
    /// sentences left over after matching keys, and computes those itself. A sentence that may
    /// be furniture is folded once: its key text serves both the furniture rules and its key.
    pub fn keys_only(name: &'a str, text: &'a str) -> Self {
        let sentences: Vec<Sentence> = segment::sentences(text).collect();
        let mut scratch = String::new();
        let mut keys = Vec::with_capacity(sentences.len());
        let furniture = furniture(text, &sentences, |t, whole| {
            if may_be_furniture(t) {
                keys.push(Features::key_and_text(t, &mut scratch));
                furniture::classify(t, whole, &scratch)
            } else {
                keys.push(Features::key_of_text(t, &mut scratch));
                None
            }
        });
        Self {
            name,
            text,
            sentences,
            keys,
            features: Vec::new(),
            furniture,
        }
    }

    /// The features of one sentence, computed now.
    pub fn features_of(&self, sentence: usize, scratch: &mut String) -> Features {
        Features::of_text(self.sentences[sentence].text(self.text), scratch)
    }

    /// The text of a sentence.
    pub fn sentence_text(&self, sentence: usize) -> &'a str {
        self.sentences[sentence].text(self.text)
    }

    /// How many words a sentence has, its weight in containment.
    pub fn weight(&self, sentence: usize) -> usize {
        self.features[sentence].words.len()
    }

    /// Whether sentence `s` is furniture to leave out of the comparison.
    pub fn is_furniture(&self, s: usize) -> bool {
        self.furniture[s].is_some()
    }
}

/// Whether sentence `s` is a whole paragraph by itself.
pub(crate) fn is_whole_paragraph(sentences: &[Sentence], s: usize) -> bool {
    let p = sentences[s].paragraph;
    let before = s == 0 || sentences[s - 1].paragraph != p;
    let after = sentences.get(s + 1).is_none_or(|n| n.paragraph != p);
    before && after
}

/// Whether sentence text `t` can be site furniture at all: only short sentences (a whole line
/// or a prompt of 12 words fits in 120 bytes) and those with a lead's separator near the start
/// ("Also Read: …") can be, so the furniture rules and their key are for those alone.
fn may_be_furniture(t: &str) -> bool {
    let lead = t.get(..t.len().min(24)).unwrap_or(t);
    t.len() <= 120 || lead.contains([':', '|', '\u{2013}', '\u{2014}'])
}

/// What kind of site furniture sentence text `t` is, if it is (see [`furniture::classify`]);
/// `whole`: it is a whole paragraph by itself.
fn classify(t: &str, whole: bool, scratch: &mut String) -> Option<Furniture> {
    if !may_be_furniture(t) {
        return None;
    }
    normalize::key(t, scratch);
    furniture::classify(t, whole, scratch)
}

/// What kind of site furniture each sentence is, if it is: each sentence by itself through
/// `classify` (text, whole paragraph), called in sentence order, then the rules that need its
/// neighbours.
fn furniture<'a>(
    text: &'a str,
    sentences: &[Sentence],
    mut classify: impl FnMut(&'a str, bool) -> Option<Furniture>,
) -> Vec<Option<Furniture>> {
    let classes = (0..sentences.len())
        .map(|i| classify(sentences[i].text(text), is_whole_paragraph(sentences, i)))
        .collect();
    spread(text, sentences, classes)
}

/// `classes`, each sentence's furniture class by itself, with the rules that need its
/// paragraph applied: a tweet's whole paragraph, promos after the headline.
fn spread(
    text: &str,
    sentences: &[Sentence],
    mut classes: Vec<Option<Furniture>>,
) -> Vec<Option<Furniture>> {
    let lines: Vec<(&str, usize, bool)> = (0..sentences.len())
        .map(|i| {
            let s = &sentences[i];
            (s.text(text), s.paragraph, is_whole_paragraph(sentences, i))
        })
        .collect();
    furniture::spread(&lines, &mut classes);
    classes
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pairwise diff's documents (keys only) agree with the n-way comparison's (full
    /// features) on every sentence: the five articles, and text that
    /// takes the general fold (accents, ligatures, ideographs, invisible characters).
    #[test]
    fn keys_only_agrees_with_full_features() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect();
        texts.push(
            "Café ﬁnance: Zürich’s “Ｆｕｌｌ” deal.\nShare this article\nAlso Read: 東京の会議 zero\u{200b}width\n\nSubscribe to our newsletter for more news and analysis every day of the week."
                .to_owned(),
        );
        let mut furniture_seen = 0;
        for text in &texts {
            let (full, keys) = (Doc::new("a", text), Doc::keys_only("a", text));
            assert_eq!(full.keys, keys.keys, "keys of {:.60}", text);
            assert_eq!(full.furniture, keys.furniture, "furniture of {:.60}", text);
            furniture_seen += keys.furniture.iter().flatten().count();
        }
        assert!(furniture_seen >= 3, "furniture found: {furniture_seen}");
    }
}
