//! Quotes: text inside quotation marks, who said it, and the same quote as each source prints it.
//!
//! A quote opens with `“`, `„` or `«`, or with `"` at the start of a word, and closes with the
//! next `”`, `»` or `"` in the same paragraph; one left open at the end of its paragraph is
//! dropped. A comma or period just inside the closing mark is not part of the quoted words.
//! Its *speaker* is read from the sentence around it:
//!
//! * a speech verb outside the quote ("said", "stated", "wrote", "told", "termed", "noting",
//!   …) with a name just before it ("Leavitt said", "Ms. Leavitt said") or just after it
//!   (`…," said Leavitt`), or a phrase from a determiner ("the statement read", "the Israeli Prime
//!   Minister's office said");
//! * otherwise, or when that word is a pronoun ("she stated", "he wrote"), the nearest earlier
//!   subject: a name followed by a verb ("Leavitt also mentioned", "Trump warned") in this or
//!   one of the three sentences before, then the article's previous named speaker.
//!
//! Quotes of different articles that share most of their words (the near-duplicate score of
//! the quoted words, at least `quoteThreshold`) are one quote. Its distinct wordings are listed once each,
//! with every place that prints them (a quote in a thousand articles is one wording, not a
//! thousand); the wording most sources print (the longest on a tie) is the reference, and every
//! other wording is aligned with it word by word, leaving out the reference's words before and
//! after a shorter extract.
//!
//! One file over 400 lines: finding a quote's speaker reads the same sentence tokens as finding
//! the quote, and the speech-verb lists are its vocabulary; splitting them would scatter one rule.
//! The reading once per distinct sentence (`View`, `Speakers`) stays beside it: it runs the same
//! `Context` on a span of its own, and what it may cache is exactly what that reading looks at.

use super::attribution::{PRONOUNS, Reader, SPEECH, Subject};
use super::model::{Credit, Finding, Quoted, Wording};
use super::quote_groups::{self, Words};
use super::titles;
use super::{FindingsConfig, Side};
use crate::compare::{Fallback, FallbackStage, WordOp};
use crate::doc::Doc;
use crate::similarity::{Features, any_pair, similar_pairs};
use crate::text::Span;
use crate::text::segment::Sentence;
use crate::text::tokens::{self, Tok};
use crate::util::hash::{Map, Set, map, set};
use crate::util::sort::{permute, sorted_indexes};

#[derive(Debug, Clone)]
struct Quote {
    article: usize,
    sentence: usize,
    /// The quoted words, without the marks.
    span: Span,
    speaker: Option<String>,
}

/// Where a quote lies in a text: its marks, and the quoted words between them.
#[derive(Debug, Clone, Copy)]
struct Marks {
    /// Offset of the opening mark.
    open: usize,
    /// The quoted words, inside the marks.
    words: Span,
    /// Offset one past the closing mark.
    close: usize,
}

/// The quotes of a text, in order.
///
/// Double marks: `“ ”`, `„ “`, `« »` and straight `"`, mixed as printed (`“…,"` closes at the
/// straight mark). A quote left open at the end of its paragraph is kept when the next paragraph
/// opens with a mark (the convention for a quote that runs on), else dropped. Single marks
/// (`‘…’`, `'…'`, the headline style) outside a double quote, when the opening mark starts a
/// word and the closing one ends a word, within [`MAX_SINGLE`] bytes.
fn spans(text: &str) -> Vec<Marks> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize, char)> = None;
    let mut single: Option<(usize, usize)> = None;
    let bytes = text.as_bytes();
    let mut pos = 0;
    while pos < bytes.len() {
        // Only a line break, a straight mark, or a character of two or three bytes led by 0xC2
        // (« ») or 0xE2 (“ ” „ ‘ ’) changes the state: the rest is skipped a byte at a time
        // rather than decoded (bench/RESULTS.md, "Once per distinct sentence"), and the
        // characters around a mark are decoded where one is.
        if !matches!(bytes[pos], b'\n' | b'"' | b'\'' | 0xC2 | 0xE2) {
            pos += 1;
            continue;
        }
        let i = pos;
        let c = text[i..].chars().next().unwrap_or(' ');
        let after = i + c.len_utf8();
        let prev = text[..i].chars().next_back().unwrap_or(' ');
        let next = text[after..].chars().next().unwrap_or(' ');
        pos = after;
        match c {
            '\n' => {
                if let Some((o, inner, _)) = open.take() {
                    let rest = text[after..].trim_start();
                    if rest.starts_with(['“', '"', '«', '„']) {
                        out.push(marks(o, inner, i, i));
                    }
                }
                single = None;
            }
            '“' | '„' | '«' => {
                open = Some((i, after, c));
                single = None;
            }
            '”' | '»' => {
                if let Some((o, inner, _)) = open.take() {
                    out.push(marks(o, inner, i, after));
                }
            }
            '"' => match open {
                // A straight mark closes any open quote where it ends a word (`“…,"`).
                Some((o, inner, q)) if q == '"' || !prev.is_whitespace() => {
                    out.push(marks(o, inner, i, after));
                    open = None;
                }
                Some(_) => {}
                None if prev.is_whitespace()
                    || matches!(prev, '(' | '[' | '—' | '–' | '-' | '/')
                    || i == 0 =>
                {
                    open = Some((i, after, c));
                    single = None;
                }
                None => {}
            },
            '‘' | '\'' | '’' if open.is_none() => {
                let starts = (prev.is_whitespace() || matches!(prev, '(' | ':' | '—'))
                    && next.is_alphabetic()
                    && c != '’';
                let ends = !next.is_alphanumeric()
                    && (prev.is_alphanumeric() || matches!(prev, '!' | '?' | '.' | ','))
                    && c != '‘';
                match single {
                    Some((o, inner)) if ends => {
                        if i - inner <= MAX_SINGLE {
                            out.push(marks(o, inner, i, after));
                        }
                        single = None;
                    }
                    None if starts => single = Some((i, after)),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    out.retain(|m| m.words.text(text).chars().any(char::is_alphanumeric));
    // A comma or period before the closing mark belongs to the sentence around the quote
    // (American style puts it inside): "at stake," and "at stake." quote the same words.
    // So does the closing mark of a quote inside it that ends with it (“… ‘Bullies don’t win.’”).
    for m in &mut out {
        let words = m.words.text(text);
        let mut inner = words.trim_end_matches([',', '.', ';', ':', ' ']);
        if !words.contains('‘') {
            inner = inner
                .trim_end_matches('’')
                .trim_end_matches([',', '.', ';', ':', ' ']);
        }
        m.words.end = m.words.start + inner.len();
    }
    out
}

/// The longest quote in single marks, in bytes: headline quotes are short, and a stray
/// apostrophe must not open a quote that runs on.
const MAX_SINGLE: usize = 120;

fn marks(open: usize, start: usize, end: usize, close: usize) -> Marks {
    Marks {
        open,
        words: Span::new(start, end),
        close,
    }
}

/// Every quote of every article (furniture sentences skipped), with its speaker.
fn quotes(docs: &[Doc<'_>], skip: &[Vec<bool>], common: &Set<String>) -> Vec<Quote> {
    let mut out = Vec::new();
    let all: Vec<Vec<Marks>> = docs.iter().map(|doc| spans(doc.text)).collect();
    // Quotes printed in lower case: the same words in title case elsewhere are a quote too.
    let lower: Set<String> = docs
        .iter()
        .zip(&all)
        .flat_map(|(doc, spans)| spans.iter().map(|m| m.words.text(doc.text)))
        .filter(|w| !w.chars().any(char::is_uppercase))
        .map(super::lower)
        .collect();
    // Titles and terms in quotation marks are no quotes (but stay marks: not speakers). A term
    // in one article is a term in all.
    let mut terms: Set<String> = set();
    let mut flags: Vec<Vec<bool>> = Vec::with_capacity(docs.len());
    for (doc, spans) in docs.iter().zip(&all) {
        let mut previous_term = None;
        let here: Vec<bool> = spans
            .iter()
            .map(|m| {
                let candidate = titles::Candidate {
                    text: doc.text,
                    open: m.open,
                    close: m.close,
                    words: m.words.text(doc.text),
                };
                let term = titles::is_title_or_term(&candidate, &lower, previous_term, &terms);
                previous_term = term.then_some(m.close);
                if term {
                    terms.insert(super::lower(candidate.words));
                }
                term
            })
            .collect();
        flags.push(here);
    }
    let mut speakers = Speakers::new();
    for (d, doc) in docs.iter().enumerate() {
        let spans = &all[d];
        let quoted: Vec<bool> = spans
            .iter()
            .zip(&flags[d])
            .map(|(m, &term)| !term && !terms.contains(&super::lower(m.words.text(doc.text))))
            .collect();
        let reader = Reader {
            text: doc.text,
            common,
        };
        let mut said: Vec<Option<String>> = vec![None; doc.sentences.len()];
        let mut last_speaker: Option<String> = None;
        let mut last_quote_sentence: Option<usize> = None;
        for (qi, m) in spans.iter().enumerate() {
            if !quoted[qi] {
                continue;
            }
            let sentence_at = |at: usize| doc.sentences.partition_point(|s| s.end <= at);
            let (first, last) = (sentence_at(m.open), sentence_at(m.close.saturating_sub(1)));
            if first >= doc.sentences.len() || skip[d][first] {
                continue;
            }
            let context = Context {
                text: doc.text,
                sentences: &doc.sentences,
                reader: &reader,
                spans,
            };
            let found = if first == last {
                speakers.in_sentence(&context, qi, first)
            } else {
                context.in_sentences(qi, first, last)
            };
            let (mut speaker, mut pronoun) =
                found.unwrap_or_else(|| context.next_sentence(*m, last));
            if speaker.is_none() && !pronoun {
                let whole =
                    doc.text[doc.sentences[first].span()].trim().len() <= m.close - m.open + 1;
                // A sentence that is all quote continues the quote before it.
                if whole && last_quote_sentence.is_some_and(|q| q + 1 >= first) {
                    speaker = last_speaker.clone();
                } else {
                    // The subject of the sentence up to the quote ("Trump, in a tweet: …").
                    (speaker, pronoun) =
                        speakers.subject(&context, doc.sentences[first].start..m.open);
                    if speaker.is_none() && (pronoun || whole) {
                        speaker = context.earlier_subject(first, &said, &mut speakers);
                    }
                    if speaker.is_none() && (pronoun || whole) {
                        speaker = last_speaker.clone();
                    }
                }
            } else if speaker.is_none() {
                speaker = context
                    .earlier_subject(first, &said, &mut speakers)
                    .or_else(|| last_speaker.clone());
            }
            if speaker.is_some() {
                last_speaker = speaker.clone();
                said[first] = speaker.clone();
            }
            last_quote_sentence = Some(last);
            // A quote of several sentences is compared sentence by sentence: one quote per
            // sentence, so that it does not tie the different quotes of its sentences together.
            for s in first..=last.min(doc.sentences.len() - 1) {
                let sentence = &doc.sentences[s];
                let (start, end) = (
                    m.words.start.max(sentence.start),
                    m.words.end.min(sentence.end),
                );
                if start >= end {
                    continue;
                }
                let piece = &doc.text[start..end];
                let lead = piece.len() - piece.trim_start().len();
                let inner = piece
                    .trim()
                    .trim_end_matches([',', '.', ';', ':', ' ', '"', '“', '”']);
                if !inner.chars().any(char::is_alphanumeric) {
                    continue;
                }
                out.push(Quote {
                    article: d,
                    sentence: s,
                    span: Span::new(start + lead, start + lead + inner.len()),
                    speaker: speaker.clone(),
                });
            }
        }
    }
    out
}

/// A speaker, and whether a pronoun stands for one.
type Attribution = (Option<String>, bool);

/// An article (or one span of it, as [`Speakers`] reads it) read for the attribution of its
/// quotes.
struct Context<'a, 't> {
    text: &'t str,
    sentences: &'a [Sentence],
    reader: &'a Reader<'t>,
    spans: &'a [Marks],
}

impl<'t> Context<'_, 't> {
    /// The word tokens of `range` that lie outside every quote.
    fn outside(&self, range: core::ops::Range<usize>) -> Vec<Tok> {
        let mut toks = Vec::new();
        tokens::words(self.text, range, &mut toks);
        // Spans are in order and do not overlap: the one that could hold a token is the last
        // that opens at or before it.
        toks.retain(|t| {
            let k = self.spans.partition_point(|m| m.open <= t.start);
            k == 0 || t.end > self.spans[k - 1].close
        });
        toks
    }

    /// The speaker of quote `qi` (opening in sentence `first`, closing in `last`) named by a
    /// speech verb in those sentences, or whether a pronoun names it; `None` when neither
    /// sentence names one.
    fn in_sentences(&self, qi: usize, first: usize, last: usize) -> Option<Attribution> {
        let m = self.spans[qi];
        let text = self.text;
        let next_open = self.spans.get(qi + 1).map_or(usize::MAX, |n| n.open);
        let sentences = if first == last {
            vec![first]
        } else {
            vec![last, first]
        };
        for s in sentences {
            let sentence = &self.sentences[s];
            let toks = self.outside(sentence.span());
            let distance = |t: &Tok| {
                if t.start >= m.close {
                    t.start - m.close
                } else {
                    m.open.saturating_sub(t.end)
                }
            };
            let verbs: Vec<usize> = (0..toks.len())
                .filter(|&k| SPEECH.contains(&self.reader.word(&toks[k])))
                .collect();
            let nearest = sorted_indexes(verbs.len(), |i| distance(&toks[verbs[i]]));
            for k in nearest.into_iter().map(|i| verbs[i]) {
                let v = toks[k];
                // `…,” said the legislator, Representative Carl Seel`
                if v.start >= m.close
                    && text[m.close..v.start]
                        .trim_matches(|c: char| c == ',' || c.is_whitespace())
                        .is_empty()
                {
                    let after: Vec<Tok> = toks[k + 1..]
                        .iter()
                        .copied()
                        .filter(|t| t.start < next_open)
                        .collect();
                    match self.reader.after_verb(&after) {
                        Subject::Speaker(name) => return Some((Some(name), false)),
                        Subject::Pronoun => return Some((None, true)),
                        Subject::Nobody => {}
                    }
                }
                // The clause of the verb: from the sentence start or the end of the last quote
                // before the verb.
                let from = self
                    .spans
                    .iter()
                    .filter(|q| q.close <= v.start)
                    .map(|q| q.close)
                    .fold(sentence.start, usize::max);
                let clause: Vec<Tok> = toks[..k]
                    .iter()
                    .copied()
                    .filter(|t| t.start >= from)
                    .collect();
                let participle = self.reader.word(&v).ends_with("ing");
                match self.reader.clause_subject(&clause, participle) {
                    Subject::Speaker(name) => return Some((Some(name), false)),
                    Subject::Pronoun => return Some((None, true)),
                    Subject::Nobody => {}
                }
            }
        }
        None
    }

    /// An attribution standing as the next sentence of a quote that ends its own: "Akin
    /// continued.", "Representative Kevin McCarthy of California … asked at a news conference."
    fn next_sentence(&self, m: Marks, last: usize) -> Attribution {
        let text = self.text;
        let (this, Some(next)) = (&self.sentences[last], self.sentences.get(last + 1)) else {
            return (None, false);
        };
        let ends = text[m.close..this.end.max(m.close)]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | '?' | '!'))
            .is_empty();
        let quoted = self
            .spans
            .iter()
            .any(|q| q.open >= next.start && q.open < next.end);
        if !ends || next.paragraph != this.paragraph || quoted {
            return (None, false);
        }
        let toks = self.outside(next.span());
        let Some(k) =
            (0..toks.len().min(14)).find(|&k| SPEECH.contains(&self.reader.word(&toks[k])))
        else {
            return (None, false);
        };
        // Only a short tail: "at a news conference", not "that he would resign".
        let tail = &toks[k + 1..];
        if tail.len() > 8 || tail.iter().any(|t| self.reader.word(t) == "that") {
            return (None, false);
        }
        match self.reader.clause_subject(&toks[..k], false) {
            Subject::Speaker(name) => (Some(name), false),
            Subject::Pronoun => (None, true),
            Subject::Nobody => (None, false),
        }
    }

    /// The person a pronoun or an unattributed quote refers to: in the four sentences before,
    /// nearest first, the speaker of a quote there or the sentence's subject.
    fn earlier_subject(
        &self,
        first: usize,
        said: &[Option<String>],
        speakers: &mut Speakers<'t>,
    ) -> Option<String> {
        for s in (first.saturating_sub(4)..first).rev() {
            if let Some(name) = &said[s] {
                return Some(name.clone());
            }
            if let (Some(name), _) = speakers.subject(self, self.sentences[s].span()) {
                return Some(name);
            }
        }
        None
    }

    /// The subject of the words of `range` outside every quote, and whether the first of them
    /// is a pronoun.
    fn subject(&self, range: core::ops::Range<usize>) -> Attribution {
        let toks = self.outside(range);
        let pronoun = toks
            .first()
            .is_some_and(|t| PRONOUNS.contains(&self.reader.word(t)));
        (self.reader.sentence_subject(&toks), pronoun)
    }
}

/// What reading a span of an article for a speaker sees: its text, and the marks of the quotes
/// that overlap it (offsets from its start, clipped to it). Two spans with the same view read
/// the same, wherever they are printed: [`Reader`] reads the words of the span and what lies
/// between them, and the one look outside (an opening parenthesis just before a name) is
/// checked by [`View::of`].
#[derive(PartialEq, Eq, Hash)]
struct View<'t> {
    text: &'t str,
    marks: Vec<(u32, u32)>,
}

impl<'t> View<'t> {
    /// The view of `range` of `text`, or `None` when an opening parenthesis stands just
    /// before it (read outside the span).
    fn of(text: &'t str, spans: &[Marks], range: core::ops::Range<usize>) -> Option<Self> {
        if text[..range.start].trim_end().ends_with('(') {
            return None;
        }
        // Spans are in order and do not overlap: those that close after the start, up to the
        // first that opens at or after the end.
        let from = spans.partition_point(|m| m.close <= range.start);
        let marks = spans[from..]
            .iter()
            .take_while(|m| m.open < range.end)
            .map(|m| {
                let at = |x: usize| (x.clamp(range.start, range.end) - range.start) as u32;
                (at(m.open), at(m.close))
            })
            .collect();
        Some(Self {
            text: &text[range],
            marks,
        })
    }

    /// The view as a text of its own, with `read` called on it.
    fn read<R>(&self, common: &Set<String>, read: impl FnOnce(&Context<'_, '_>) -> R) -> R {
        let spans: Vec<Marks> = self
            .marks
            .iter()
            .map(|&(open, close)| {
                marks(open as usize, open as usize, open as usize, close as usize)
            })
            .collect();
        let sentences = [Sentence {
            start: 0,
            end: self.text.len(),
            paragraph: 0,
        }];
        let reader = Reader {
            text: self.text,
            common,
        };
        read(&Context {
            text: self.text,
            sentences: &sentences,
            reader: &reader,
            spans: &spans,
        })
    }
}

/// Speakers read from each distinct view once: a sentence syndicated into many articles, with
/// the same quotes in it, names the same speaker in each (what depends on the article around
/// it, the sentences before and after, is read in each article).
struct Speakers<'t> {
    subjects: Map<View<'t>, Attribution>,
    in_sentence: Map<(View<'t>, u32), Option<Attribution>>,
}

impl<'t> Speakers<'t> {
    fn new() -> Self {
        Self {
            subjects: map(),
            in_sentence: map(),
        }
    }

    /// [`Context::subject`] of `range`.
    fn subject(
        &mut self,
        context: &Context<'_, 't>,
        range: core::ops::Range<usize>,
    ) -> Attribution {
        let Some(view) = View::of(context.text, context.spans, range.clone()) else {
            return context.subject(range);
        };
        if let Some(found) = self.subjects.get(&view) {
            return found.clone();
        }
        let found = view.read(context.reader.common, |c| c.subject(0..c.text.len()));
        self.subjects.insert(view, found.clone());
        found
    }

    /// [`Context::in_sentences`] of quote `qi`, opening and closing in sentence `s`.
    fn in_sentence(
        &mut self,
        context: &Context<'_, 't>,
        qi: usize,
        s: usize,
    ) -> Option<Attribution> {
        let range = context.sentences[s].span();
        let Some(view) = View::of(context.text, context.spans, range.clone()) else {
            return context.in_sentences(qi, s, s);
        };
        let first = context.spans.partition_point(|m| m.close <= range.start);
        let key = (view, (qi - first) as u32);
        if let Some(found) = self.in_sentence.get(&key) {
            return found.clone();
        }
        let found = key
            .0
            .read(context.reader.common, |c| c.in_sentences(qi - first, 0, 0));
        self.in_sentence.insert(key, found.clone());
        found
    }
}

/// Quote findings, and where their budgets made them coarser.
pub(crate) struct QuoteFindings {
    pub findings: Vec<Finding>,
    pub fallbacks: Vec<Fallback>,
}

/// Quote findings: one per quote, its wordings across articles aligned word by word.
pub(crate) fn find(
    docs: &[Doc<'_>],
    skip: &[Vec<bool>],
    common: &Set<String>,
    config: &FindingsConfig,
) -> QuoteFindings {
    let quotes = quotes(docs, skip, common);
    // The features and words of each distinct wording (and speaker), made once: a quote
    // syndicated into many articles is one text printed many times.
    let text = |q: &Quote| q.span.text(docs[q.article].text);
    let mut scratch = String::new();
    let distinct_features = once_per_key(&quotes, text, |t| Features::of_text(t, &mut scratch));
    let features: Vec<&Features> = distinct_features
        .of
        .iter()
        .map(|&k| &distinct_features.values[k])
        .collect();
    // Equal wordings first (a quote of one or two words only with the same speaker: a stock
    // phrase is not one quote), then the rules of `quote_groups` on one of each.
    let distinct_words = once_per_key(
        &quotes,
        |q| (text(q), q.speaker.as_deref()),
        |&(t, speaker)| Words::new(t, speaker),
    );
    let words_of: Vec<&Words> = distinct_words
        .of
        .iter()
        .map(|&k| &distinct_words.values[k])
        .collect();
    let words = &words_of;
    // (A short quote nobody is credited with stays with its own article's.)
    // (Hashed to one `u64`: the map type the quotes use already.)
    let mut by_key: Map<u64, usize> = map();
    let mut firsts: Vec<usize> = Vec::new();
    let mut unit_of: Vec<usize> = Vec::with_capacity(quotes.len());
    for (i, f) in features.iter().enumerate() {
        let short = words[i].words.len() < quote_groups::MIN_EXTRACT;
        let surname = words[i].surname.as_deref().filter(|_| short);
        let alone = (short && surname.is_none()).then_some(quotes[i].article);
        let key =
            core::hash::BuildHasher::hash_one(&crate::util::hash::HASH, (f.key, surname, alone));
        let unit = *by_key.entry(key).or_insert_with(|| {
            firsts.push(i);
            firsts.len() - 1
        });
        unit_of.push(unit);
    }
    let items: Vec<&Features> = firsts.iter().map(|&i| features[i]).collect();
    let (pairs, skipped) = similar_pairs(
        &items,
        config.quote_threshold,
        config.quote_candidates,
        None,
        any_pair,
    );
    let mut fallbacks =
        crate::compare::fallback::candidate_fallbacks(skipped, FallbackStage::QuoteCandidates);
    let near: Vec<(usize, usize)> = pairs.iter().map(|e| (e.a as usize, e.b as usize)).collect();
    let unit_words: Vec<Words> = firsts.iter().map(|&i| words[i].clone()).collect();
    let unit_groups = quote_groups::groups(&unit_words, &near);
    let mut unit_group = vec![0; firsts.len()];
    for (k, units) in unit_groups.iter().enumerate() {
        for &u in units {
            unit_group[u] = k;
        }
    }
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); unit_groups.len()];
    for (i, &u) in unit_of.iter().enumerate() {
        groups[unit_group[u]].push(i);
    }
    let mut over_budget = 0;
    let mut out = Vec::new();
    for group in groups {
        // One wording per article and key (an article that prints a quote twice lists it once).
        let mut members: Vec<usize> = Vec::new();
        for &i in &group {
            if !members.iter().any(|&m| {
                quotes[m].article == quotes[i].article && features[m].key == features[i].key
            }) {
                members.push(i);
            }
        }
        // Distinct wordings (by key), each with the places that print it.
        let mut distinct: Vec<(u64, Vec<usize>)> = Vec::new();
        for &m in &members {
            match distinct.iter_mut().find(|(k, _)| *k == features[m].key) {
                Some((_, places)) => places.push(m),
                None => distinct.push((features[m].key, vec![m])),
            }
        }
        // The reference is the wording most sources print, the longest on a tie.
        let reference = (0..distinct.len())
            .max_by_key(|&k| {
                let q = &quotes[distinct[k].1[0]];
                (
                    distinct[k].1.len(),
                    q.span.end - q.span.start,
                    core::cmp::Reverse(k),
                )
            })
            .unwrap_or(0);
        let r = &quotes[distinct[reference].1[0]];
        let reference_words = words_of[distinct[reference].1[0]];
        let articles: Vec<usize> = members.iter().map(|&m| quotes[m].article).collect();
        let mut sources: Vec<usize> = sorted_indexes(articles.len(), |k| articles[k])
            .into_iter()
            .map(|k| articles[k])
            .collect();
        sources.dedup();
        let differs = distinct.len() > 1;
        let speakers: Vec<&str> = members
            .iter()
            .filter_map(|&m| quotes[m].speaker.as_deref())
            .collect();
        let speaker = most_common_surname(&speakers);
        let wordings = distinct
            .iter()
            .enumerate()
            .map(|(k, (_, places))| {
                let q = &quotes[places[0]];
                let text = q.span.text(docs[q.article].text);
                let extract = k != reference
                    && quote_groups::is_extract(words_of[places[0]], reference_words);
                let words = if k == reference {
                    Vec::new()
                } else {
                    let reference = Side {
                        article: docs[r.article].text,
                        span: r.span,
                    };
                    let this = Side {
                        article: docs[q.article].text,
                        span: q.span,
                    };
                    let mut words = super::word_reports(reference, this, config.max_word_tokens)
                        .unwrap_or_else(|| {
                            over_budget += 1;
                            Vec::new()
                        });
                    // Reference words before or after this wording's extract are not a
                    // difference: the outlet quoted less. For an extract, all of them go.
                    // (Elsewhere a deletion next to an insertion is a replacement, and stays.)
                    while words.len() > 1
                        && words[0].op == WordOp::Delete
                        && (extract || words[1].op == WordOp::Equal)
                    {
                        words.remove(0);
                        if !extract {
                            break;
                        }
                    }
                    while words.len() > 1
                        && words[words.len() - 1].op == WordOp::Delete
                        && (extract || words[words.len() - 2].op == WordOp::Equal)
                    {
                        words.pop();
                        if !extract {
                            break;
                        }
                    }
                    words
                };
                Wording {
                    text: text.to_owned(),
                    reference: k == reference,
                    extract,
                    words,
                    places: places
                        .iter()
                        .map(|&m| {
                            let q = &quotes[m];
                            Quoted {
                                article: q.article,
                                sentence: q.sentence,
                                span: q.span,
                                speaker: q.speaker.clone(),
                            }
                        })
                        .collect(),
                }
            })
            .collect();
        let conflict = conflict(members.iter().map(|&m| &quotes[m]));
        out.push(Finding::Quote {
            speaker,
            sources,
            differs,
            wordings,
            conflict,
        });
    }
    fallbacks.extend(super::fallback(
        FallbackStage::QuoteWordDiff,
        over_budget,
        format!(
            "wordings of a quote over {} word tokens are not aligned word by word",
            config.max_word_tokens
        ),
    ));
    // Quotes more sources carry first.
    let widest = sorted_indexes(out.len(), |k| match &out[k] {
        Finding::Quote { sources, .. } => usize::MAX - sources.len(),
        _ => usize::MAX,
    });
    QuoteFindings {
        findings: permute(out, &widest),
        fallbacks,
    }
}

/// One value per distinct key of the items: `values[of[i]]` is item `i`'s.
struct Distinct<V> {
    values: Vec<V>,
    of: Vec<usize>,
}

/// `make` once per distinct `key` of `items`, in the order keys are first seen.
fn once_per_key<'q, T, K: core::hash::Hash + Eq, V>(
    items: &'q [T],
    key: impl Fn(&'q T) -> K,
    mut make: impl FnMut(&K) -> V,
) -> Distinct<V> {
    let mut at: Map<K, usize> = map();
    let mut values = Vec::new();
    let of = items
        .iter()
        .map(|item| {
            *at.entry(key(item)).or_insert_with_key(|k| {
                values.push(make(k));
                values.len() - 1
            })
        })
        .collect();
    Distinct { values, of }
}

/// An attribution conflict: the named speakers of a quote's places by surname, with their
/// sources, when two sources credit different ones (neither also crediting the other's, and the
/// two sharing no name).
fn conflict<'q>(places: impl Iterator<Item = &'q Quote>) -> Vec<Credit> {
    let mut credits: Vec<(String, Credit)> = Vec::new();
    for q in places {
        let Some(speaker) = q
            .speaker
            .as_deref()
            .filter(|s| s.starts_with(char::is_uppercase))
        else {
            continue;
        };
        // An office speaks for its owner: "Harry Reid's office" is Reid.
        let owner = speaker
            .split(' ')
            .rev()
            .find(|w| w.starts_with(char::is_uppercase))
            .unwrap_or(speaker);
        let surname = super::lower(super::strip_possessive(owner)).replace('’', "'");
        match credits.iter_mut().find(|(s, _)| *s == surname) {
            Some((_, c)) => {
                if !c.sources.contains(&q.article) {
                    c.sources.push(q.article);
                    crate::util::sort::sort_by(&mut c.sources, |a, b| a.cmp(b));
                }
            }
            None => credits.push((
                surname,
                Credit {
                    speaker: speaker.to_owned(),
                    sources: vec![q.article],
                },
            )),
        }
    }
    // Two credits conflict when different sources give them and they share no name ("Israeli
    // Prime Minister's office" and "Israeli Prime Minister Benjamin Netanyahu's office" agree).
    let names = |c: &Credit| -> Vec<String> {
        c.speaker
            .split(' ')
            .filter(|w| w.starts_with(char::is_uppercase))
            .map(|w| super::lower(super::strip_possessive(w)))
            .collect()
    };
    let disjoint = credits.iter().enumerate().any(|(i, (_, a))| {
        credits[i + 1..].iter().any(|(_, b)| {
            a.sources.iter().all(|s| !b.sources.contains(s))
                && names(a).iter().all(|w| !names(b).contains(w))
        })
    });
    if disjoint {
        credits.into_iter().map(|(_, c)| c).collect()
    } else {
        Vec::new()
    }
}

/// The speaker most wordings name, by last word ("Ms. Leavitt" and "Karoline Leavitt" are both
/// Leavitt), printed as its shortest form.
fn most_common_surname(speakers: &[&str]) -> Option<String> {
    fn last(s: &str) -> &str {
        s.rsplit(' ').next().unwrap_or(s)
    }
    // Per surname: how many name it, and its shortest printed form.
    let mut counts: Map<&str, (usize, &str)> = map();
    for s in speakers {
        let entry = counts.entry(last(s)).or_insert((0, s));
        entry.0 += 1;
        if s.len() < entry.1.len() {
            entry.1 = s;
        }
    }
    // The most named; on a tie, the first named.
    let first = |surname: &str| speakers.iter().position(|s| last(s) == surname);
    counts
        .iter()
        .max_by_key(|(surname, (n, _))| (*n, core::cmp::Reverse(first(surname))))
        .map(|(_, (_, shortest))| (*shortest).to_owned())
}

#[cfg(test)]
mod tests {
    use super::spans;

    #[test]
    fn quote_marks() {
        let text = "He said \"go now,\" and “stay” — \"open\nnot closed\" 5'10\" «oui».";
        let got: Vec<&str> = spans(text).iter().map(|m| m.words.text(text)).collect();
        assert_eq!(got, ["go now", "stay", "oui"]);
    }
}
