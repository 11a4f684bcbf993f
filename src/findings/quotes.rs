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

use super::model::{Finding, Quoted, Wording};
use super::{FindingsConfig, Side};
use crate::compare::{Fallback, FallbackStage, WordOp};
use crate::doc::Doc;
use crate::similarity::{Features, any_pair, similar_pairs};
use crate::text::Span;
use crate::text::tokens::{self, Tok};
use crate::util::UnionFind;
use crate::util::hash::{Map, Set, map};
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
fn spans(text: &str) -> Vec<Marks> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize, char)> = None;
    let mut prev = ' ';
    for (i, c) in text.char_indices() {
        let after = i + c.len_utf8();
        match c {
            '\n' => open = None,
            '“' | '„' | '«' => open = Some((i, after, c)),
            '”' | '»' => {
                if let Some((o, inner, _)) = open.take() {
                    out.push(marks(o, inner, i, after));
                }
            }
            '"' => match open {
                Some((o, inner, '"')) => {
                    out.push(marks(o, inner, i, after));
                    open = None;
                }
                Some(_) => {}
                None if prev.is_whitespace()
                    || matches!(prev, '(' | '[' | '—' | '–' | '-' | '/')
                    || i == 0 =>
                {
                    open = Some((i, after, c));
                }
                None => {}
            },
            _ => {}
        }
        prev = c;
    }
    out.retain(|m| m.words.text(text).chars().any(char::is_alphanumeric));
    // A comma or period before the closing mark belongs to the sentence around the quote
    // (American style puts it inside): "at stake," and "at stake." quote the same words.
    for m in &mut out {
        let inner = m
            .words
            .text(text)
            .trim_end_matches([',', '.', ';', ':', ' ']);
        m.words.end = m.words.start + inner.len();
    }
    out
}

fn marks(open: usize, start: usize, end: usize, close: usize) -> Marks {
    Marks {
        open,
        words: Span::new(start, end),
        close,
    }
}

const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "stated",
    "states",
    "added",
    "adds",
    "told",
    "tells",
    "wrote",
    "writes",
    "warned",
    "warns",
    "noted",
    "notes",
    "explained",
    "declared",
    "announced",
    "asked",
    "replied",
    "insisted",
    "emphasized",
    "emphasised",
    "stressed",
    "cautioned",
    "termed",
    "called",
    "read",
    "reads",
    "tweeted",
    "posted",
    "argued",
    "claimed",
    "insists",
    "saying",
    "noting",
    "adding",
    "stating",
    "citing",
    "writing",
    "warning",
    "telling",
    "calling",
];

const PRONOUNS: &[&str] = &["he", "she", "they", "He", "She", "They"];
const TITLES: &[&str] = &["Mr", "Ms", "Mrs", "Dr", "Sen", "Rep", "Gen", "Gov", "Prof"];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "The", "A", "An", "his", "her", "its", "their",
];

/// Reads names with the words every article prints in lower case, so that "The" and "While"
/// at the start of a sentence are not names.
struct Reader<'t> {
    text: &'t str,
    common: &'t Set<String>,
}

impl Reader<'_> {
    fn word(&self, t: &Tok) -> &str {
        t.text(self.text)
    }

    fn is_name(&self, t: &Tok) -> bool {
        let w = self.word(t);
        w.starts_with(char::is_uppercase)
            && (TITLES.contains(&w) || !self.common.contains(&super::lower(w)))
    }

    /// The run of name tokens ending at `toks[end]` (a title's period allowed: "Ms. Leavitt"),
    /// at most three long, as printed.
    fn name_before(&self, toks: &[Tok], end: usize) -> Option<String> {
        if !self.is_name(&toks[end]) || PRONOUNS.contains(&self.word(&toks[end])) {
            return None;
        }
        let mut first = end;
        while first > 0 && end - first < 2 && self.is_name(&toks[first - 1]) {
            let gap = &self.text[toks[first - 1].end..toks[first].start];
            let titled = gap == ". " && TITLES.contains(&self.word(&toks[first - 1]));
            if !(tokens::adjacent(self.text, &toks[first - 1], &toks[first]) || titled) {
                break;
            }
            first -= 1;
        }
        Some(self.text[toks[first].start..toks[end].end].to_owned())
    }

    /// The last subject name in `toks`: a name followed (perhaps after "also", "has" or an
    /// adverb) by a verb in the past tense or a speech verb; unless only `people` are wanted
    /// (for "he" or "she"), also a name's office ("Netanyahu's office briefly acknowledged").
    fn last_subject(&self, toks: &[Tok], people: bool) -> Option<String> {
        let mut found = None;
        let adjacent = |a: usize, b: usize| {
            (a..b).all(|r| tokens::adjacent(self.text, &toks[r], &toks[r + 1]))
        };
        // "Mick Mulroy, a former official, cautioned …": a name of two words opening the
        // sentence, then a comma.
        if toks.len() > 2 && self.is_name(&toks[0]) && self.is_name(&toks[1]) && adjacent(0, 1) {
            let gap = &self.text[toks[1].end..toks[2].start];
            if gap.starts_with(',') {
                found = self.name_before(toks, 1);
            }
        }
        for k in 0..toks.len() {
            if !self.is_name(&toks[k]) || TITLES.contains(&self.word(&toks[k])) {
                continue;
            }
            // "Netanyahu's office briefly acknowledged": a name's office, spokesman, …
            let word = self.word(&toks[k]);
            let owner = !people
                && (word.ends_with("'s") || word.ends_with("’s"))
                && toks
                    .get(k + 1)
                    .is_some_and(|t| self.word(t).starts_with(char::is_lowercase))
                && adjacent(k, k + 1);
            let end = if owner { k + 1 } else { k };
            let mut v = end + 1;
            while v < toks.len() && v - end <= 2 && is_filler(self.word(&toks[v])) {
                v += 1;
            }
            let Some(verb) = toks.get(v).map(|t| self.word(t)) else {
                continue;
            };
            if adjacent(end, v)
                && verb.starts_with(char::is_lowercase)
                && (verb.ends_with("ed") || SPEECH.contains(&verb))
            {
                found = self.name_before(toks, k).map(|name| {
                    if owner {
                        format!("{name} {}", self.word(&toks[k + 1]))
                    } else {
                        name
                    }
                });
            }
        }
        found
    }
}

fn is_filler(w: &str) -> bool {
    matches!(
        w,
        "also" | "has" | "had" | "have" | "then" | "later" | "again"
    ) || w.ends_with("ly")
}

/// Every quote of every article (furniture sentences skipped), with its speaker.
fn quotes(docs: &[Doc<'_>], skip: &[Vec<bool>], common: &Set<String>) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut toks = Vec::new();
    let mut before = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let spans = spans(doc.text);
        let reader = Reader {
            text: doc.text,
            common,
        };
        let sentence_at = |at: usize| doc.sentences.partition_point(|s| s.end <= at);
        let mut last_speaker: Option<String> = None;
        let mut last_quote_sentence: Option<usize> = None;
        for &Marks { open, words, close } in &spans {
            let (first, last) = (sentence_at(open), sentence_at(close.saturating_sub(1)));
            if first >= doc.sentences.len() || skip[d][first] {
                continue;
            }
            // Spans are in order and do not overlap: the one that could hold a token is the last
            // that opens at or before it.
            let outside = |t: &Tok| {
                let k = spans.partition_point(|m| m.open <= t.start);
                k == 0 || t.end > spans[k - 1].close
            };
            // Speech verbs outside any quote in the sentences the quote touches.
            let mut speaker = None;
            let mut pronoun = false;
            'sentences: for s in [last, first] {
                tokens::words(doc.text, doc.sentences[s].span(), &mut toks);
                let distance = |k: usize| {
                    let t = &toks[k];
                    if t.start >= close {
                        t.start - close
                    } else {
                        open.saturating_sub(t.end)
                    }
                };
                // Speech verbs, nearest the quote first.
                let verbs: Vec<usize> = (0..toks.len())
                    .filter(|&k| outside(&toks[k]) && SPEECH.contains(&reader.word(&toks[k])))
                    .collect();
                let nearest = sorted_indexes(verbs.len(), |i| distance(verbs[i]));
                for k in nearest.into_iter().map(|i| verbs[i]) {
                    // `…," said Leavitt`
                    if toks[k].start >= close && k + 1 < toks.len() {
                        let mut e = k + 1;
                        while e + 1 < toks.len() && e < k + 3 && reader.is_name(&toks[e + 1]) {
                            e += 1;
                        }
                        if let Some(name) = reader.name_before(&toks, e).filter(|_| {
                            doc.text[close..toks[k].start]
                                .trim_matches(|c: char| c == ',' || c.is_whitespace())
                                .is_empty()
                        }) {
                            speaker = Some(name);
                            break 'sentences;
                        }
                    }
                    let Some(mut p) = k.checked_sub(1) else {
                        continue;
                    };
                    while p > 0 && is_filler(reader.word(&toks[p])) {
                        p -= 1;
                    }
                    // The subject stands right before the verb: "Leavitt said", not "the
                    // talks, noting".
                    if !outside(&toks[p])
                        || !(p..k).all(|r| tokens::adjacent(doc.text, &toks[r], &toks[r + 1]))
                    {
                        continue;
                    }
                    let w = reader.word(&toks[p]);
                    if PRONOUNS.contains(&w) {
                        pronoun = true;
                        break 'sentences;
                    }
                    if let Some(name) = reader.name_before(&toks, p) {
                        speaker = Some(name);
                        break 'sentences;
                    }
                    // "the statement read", "the Israeli Prime Minister's office said"
                    if w.starts_with(char::is_lowercase) {
                        let det = (p.saturating_sub(4)..p)
                            .rev()
                            .find(|&q| DETERMINERS.contains(&reader.word(&toks[q])));
                        if let Some(q) = det
                            && (q..=p).all(|r| outside(&toks[r]))
                            && (q..p).all(|r| tokens::adjacent(doc.text, &toks[r], &toks[r + 1]))
                        {
                            let phrase = &doc.text[toks[q].start..toks[p].end];
                            speaker = Some(phrase.to_owned());
                            break 'sentences;
                        }
                    }
                }
            }
            if speaker.is_none() {
                // The quote is the whole sentence (perhaps with a period after the mark).
                let whole = doc.text[doc.sentences[first].span()].trim().len() <= close - open + 1;
                // A sentence that is all quote continues the quote before it.
                if whole && !pronoun && last_quote_sentence.is_some_and(|q| q + 1 >= first) {
                    speaker = last_speaker.clone();
                } else {
                    // The nearest earlier subject: this sentence up to the quote, then up to
                    // three sentences before.
                    let from = doc.sentences[first].start;
                    tokens::words(doc.text, from..open, &mut before);
                    speaker = reader.last_subject(&before, false);
                    // Earlier sentences only for a pronoun ("she stated") or a quote that is
                    // its own sentence.
                    pronoun |= before
                        .first()
                        .is_some_and(|t| PRONOUNS.contains(&reader.word(t)));
                    let earlier = if pronoun || whole {
                        first.saturating_sub(3)
                    } else {
                        first
                    };
                    for s in (earlier..first).rev() {
                        if speaker.is_some() {
                            break;
                        }
                        tokens::words(doc.text, doc.sentences[s].span(), &mut before);
                        before.retain(|t| outside(t));
                        speaker = reader.last_subject(&before, true);
                    }
                    if speaker.is_none() && (pronoun || whole) {
                        speaker = last_speaker.clone();
                    }
                }
            }
            if speaker.is_some() {
                last_speaker = speaker.clone();
            }
            last_quote_sentence = Some(last);
            out.push(Quote {
                article: d,
                sentence: first,
                span: words,
                speaker,
            });
        }
    }
    out
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
    let mut scratch = String::new();
    let features: Vec<Features> = quotes
        .iter()
        .map(|q| Features::of_text(q.span.text(docs[q.article].text), &mut scratch))
        .collect();
    // Group equal wordings first, then near-duplicate ones.
    let mut sets = UnionFind::new(quotes.len());
    let mut by_key: Map<u64, usize> = map();
    let mut firsts: Vec<usize> = Vec::new();
    for (i, f) in features.iter().enumerate() {
        match by_key.get(&f.key) {
            Some(&j) => sets.union(i, j),
            None => {
                by_key.insert(f.key, i);
                firsts.push(i);
            }
        }
    }
    let items: Vec<&Features> = firsts.iter().map(|&i| &features[i]).collect();
    let (pairs, skipped) = similar_pairs(
        &items,
        config.quote_threshold,
        config.quote_candidates,
        None,
        any_pair,
    );
    let mut fallbacks =
        crate::compare::fallback::candidate_fallbacks(skipped, FallbackStage::QuoteCandidates);
    for e in pairs {
        sets.union(firsts[e.a as usize], firsts[e.b as usize]);
    }
    let mut over_budget = 0;
    let groups = sets.groups();
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
                    // difference: the outlet quoted less.
                    // (A deletion next to an insertion is a replacement, and stays.)
                    if words.len() > 1
                        && words[0].op == WordOp::Delete
                        && words[1].op == WordOp::Equal
                    {
                        words.remove(0);
                    }
                    let n = words.len();
                    if n > 1
                        && words[n - 1].op == WordOp::Delete
                        && words[n - 2].op == WordOp::Equal
                    {
                        words.pop();
                    }
                    words
                };
                Wording {
                    text: text.to_owned(),
                    reference: k == reference,
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
        out.push(Finding::Quote {
            speaker,
            sources,
            differs,
            wordings,
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
