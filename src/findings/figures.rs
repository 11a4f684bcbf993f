//! Figures: every number a sentence prints, with its qualifier and what it counts, and the
//! figures that differ between two sentences reporting the same thing.
//!
//! A figure is a token of digits (`59`, `2,000`, `3.5`, `42-day`) or a number word from `two`
//! to `ninety-nine` (`one` is left out: "no one", "one of them"), times a following `hundred`,
//! `thousand`, `million` or `billion`. Its *qualifier* is the one to three words just before it
//! ("approximately", "at least", "more than"), which fall in four [`Bound`]s. What it *counts*
//! is the run of up to three words after it, up to a function word or punctuation ("59
//! hostages", "33 Israeli hostages"); the last of those words, without a plural `s`, is its
//! *head*.
//!
//! Two matched sentences' figures correspond when they have the same value (and the same kind,
//! and no two different heads), or failing that, the same head. Corresponding figures with
//! different values, or with different bounds, are a finding.
//!
//! One file over 400 lines: reading a figure (`extract`) and its word tables belong together,
//! and the correspondence of two sentences' figures is only a screen; the tests are a third of it.

use core::hash::BuildHasher;

use super::FindingsConfig;
use super::figure_pairs::{agree, comparable, is_unit};
use super::figure_read as read;
use super::figure_words::{QUALIFIERS, TENS, UNITS, denominator, month, word_value};
use super::model::{Bound, Figure, FigureKind, FigureRow, Finding, NumberDifference};
use crate::compare::Matches;
use crate::doc::{Doc, Loc};
use crate::similarity::{Word, similarity};
use crate::text::Span;
use crate::text::tokens::{self, Tok};
use crate::util::UnionFind;
use crate::util::hash::{HASH, Map, map};
use crate::util::sort::{permute, sorted_indexes};

/// A figure as read from its sentence, with its head word (for matching).
#[derive(Debug, Clone)]
pub(crate) struct ReadFigure {
    pub figure: Figure,
    pub head: String,
    /// One end of a range ("from 2016 to 2018", "between 150 and 200", "March 31-April 4").
    pub in_range: bool,
    /// A date at midnight ("at midnight Dec. 21"), the same instant as the next day's start.
    pub midnight: bool,
}

/// The figures of one sentence of article `article` (`range` is the sentence's byte span).
pub(crate) fn extract(
    text: &str,
    range: core::ops::Range<usize>,
    article: usize,
    sentence: usize,
    toks: &mut Vec<Tok>,
    out: &mut Vec<ReadFigure>,
) {
    let slice = &text[range.clone()];
    tokens::words(text, range.clone(), toks);
    // One lower-case copy of the sentence (ASCII case only, so offsets stay put; every word
    // this module looks for is ASCII), and each token's word in it.
    let folded = slice.to_ascii_lowercase();
    let lower: Vec<&str> = toks
        .iter()
        .map(|t| &folded[t.start - range.start..t.end - range.start])
        .collect();
    let s = Sentence {
        text,
        toks,
        lower: &lower,
        article,
        sentence,
    };
    let first_figure = out.len();
    let mut i = 0;
    while i < toks.len() {
        if let Some(next) = read::special(&s, i, out) {
            i = next;
            continue;
        }
        match parse_number(lower[i]) {
            Some((value, suffix)) if !read::not_a_figure(&s, i) => {
                i = read_figure(&s, i, value, suffix, out);
            }
            _ => i += 1,
        }
    }
    read::mark_ranges(text, &mut out[first_figure..]);
}

/// One sentence's tokens, as `extract` reads them.
pub(super) struct Sentence<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
    pub lower: &'a [&'a str],
    pub article: usize,
    pub sentence: usize,
}

impl Sentence<'_> {
    /// Whether only spaces lie between tokens `a` and `a + 1`.
    pub fn adjacent(&self, a: usize) -> bool {
        a + 1 < self.toks.len() && tokens::adjacent(self.text, &self.toks[a], &self.toks[a + 1])
    }

    /// Whether only spaces and closing quote marks lie between tokens `a` and `a + 1`
    /// ("$5.6” billion").
    pub fn joined(&self, a: usize) -> bool {
        a + 1 < self.toks.len()
            && self.text[self.toks[a].end..self.toks[a + 1].start]
                .chars()
                .all(|c| matches!(c, ' ' | '\u{a0}' | '”' | '"' | '’'))
    }

    /// The text between tokens `a` and `a + 1`.
    pub fn gap(&self, a: usize) -> &str {
        &self.text[self.toks[a].end..self.toks[a + 1].start]
    }

    pub fn figure(&self, from: usize, last: usize, fields: Fields) -> ReadFigure {
        let (start, end) = (self.toks[from].start, self.toks[last].end);
        ReadFigure {
            figure: Figure {
                article: self.article,
                sentence: self.sentence,
                span: Span::new(start, end),
                text: self.text[start..end].to_owned(),
                value: fields.value,
                kind: fields.kind,
                qualifier: fields.qualifier,
                bound: fields.bound,
                counts: fields.counts,
            },
            head: fields.head,
            in_range: false,
            midnight: from > 0 && self.lower[from - 1] == "midnight",
        }
    }
}

/// What a figure says, before its place is known.
pub(super) struct Fields {
    pub value: f64,
    pub kind: FigureKind,
    pub qualifier: Option<String>,
    pub bound: Bound,
    pub counts: String,
    pub head: String,
}

impl Fields {
    pub fn plain(value: f64, kind: FigureKind, counts: &str) -> Self {
        Self {
            value,
            kind,
            qualifier: None,
            bound: Bound::Exact,
            counts: counts.to_owned(),
            head: String::new(),
        }
    }
}

/// Reads the figure whose number is token `first`; returns the index after it.
fn read_figure(
    s: &Sentence<'_>,
    first: usize,
    value: f64,
    suffix: &str,
    out: &mut Vec<ReadFigure>,
) -> usize {
    let (text, toks, lower) = (s.text, s.toks, s.lower);
    let (mut value, mut last) = (value, first);
    let digits = lower[first].starts_with(|c: char| c.is_ascii_digit());
    if suffix.is_empty() {
        (value, last) = read::multiplied(s, first, value, digits);
    }
    let plain = digits && !lower[first].contains([',', '.']) && suffix.is_empty();
    let before = |k: usize| -> Option<&str> {
        (first >= k && (first - k..first).all(|j| s.adjacent(j))).then(|| lower[first - k])
    };
    // The month of the word before: "March 31", "31-April 4".
    let month_before = (first > 0)
        .then(|| {
            let w = lower[first - 1];
            month(w).or_else(|| w.rsplit_once('-').and_then(|(_, m)| month(m)))
        })
        .flatten();
    let suffix_month = month(suffix);
    // "31 March", but not "19 Sept. 11 hijackers", where the month has its own day.
    let month_after = lower
        .get(last + 1)
        .and_then(|w| month(w))
        .filter(|_| !read::is_day(lower.get(last + 2).copied()));
    let percent = text[toks[last].end..].starts_with(['%'])
        || lower
            .get(last + 1)
            .is_some_and(|w| *w == "percent" || *w == "per");
    let money = text[..toks[first].start].ends_with(['$', '€', '£']);
    let day = plain && (1.0..=31.0).contains(&value);
    let kind = if suffix.starts_with("year-old") || suffix == "years-old" || read::is_age(s, first)
    {
        FigureKind::Age
    } else if percent {
        FigureKind::Percent
    } else if money {
        FigureKind::Money
    } else if (day && (month_before.is_some() || month_after.is_some()))
        || (digits && suffix_month.is_some() && (1.0..=31.0).contains(&value))
    {
        FigureKind::Date
    } else if plain && lower[first].len() == 4 && (1800.0..=2100.0).contains(&value) {
        FigureKind::Year
    } else {
        FigureKind::Count
    };
    // The qualifier just before.
    let (mut qualifier, mut bound, mut from) = (None, Bound::Exact, first);
    if matches!(
        kind,
        FigureKind::Count | FigureKind::Percent | FigureKind::Money
    ) {
        for (words, b) in QUALIFIERS {
            let n = words.len();
            let fits = (1..=n).all(|k| before(k) == Some(words[n - k]));
            if fits {
                qualifier = Some(words.join(" "));
                bound = *b;
                from = first - n;
                break;
            }
        }
    }
    // What it counts (for a date, its month; for an age, years).
    let mut counts: Vec<String> = Vec::new();
    match kind {
        FigureKind::Date => {
            let m = month_before.or(month_after).or(suffix_month).unwrap_or("");
            if month_before.is_some() {
                from = first - 1;
            }
            counts.push(m.to_owned());
        }
        FigureKind::Age => counts.push("year-old".to_owned()),
        FigureKind::Year => {}
        _ => {
            if !suffix.is_empty() {
                counts.push(suffix.to_owned());
            }
            read::counted(s, last + 1, &mut counts);
            if counts.is_empty() && kind == FigureKind::Count {
                read::counted_before(s, from, &mut counts);
            }
        }
    }
    let head = if !suffix.is_empty() && kind == FigureKind::Count {
        singular(suffix.split('-').next().unwrap_or(suffix)).to_owned()
    } else if kind == FigureKind::Count {
        counts
            .last()
            .map(|w| singular(w.rsplit('-').next().unwrap_or(w)).to_owned())
            .unwrap_or_default()
    } else {
        String::new()
    };
    out.push(s.figure(
        from,
        last,
        Fields {
            value,
            kind,
            qualifier,
            bound,
            counts: counts.join(" "),
            head,
        },
    ));
    last + 1
}

/// Pairs the figures of two matched sentences that report the same quantity: `(i, j)` indexes
/// into `a` and `b`.
pub(crate) fn correspond(a: &[&ReadFigure], b: &[&ReadFigure]) -> Vec<(usize, usize)> {
    let mut taken_b = vec![false; b.len()];
    let mut pairs = Vec::new();
    let heads_clash = |x: &ReadFigure, y: &ReadFigure| {
        !x.head.is_empty() && !y.head.is_empty() && x.head != y.head
    };
    for (i, x) in a.iter().enumerate() {
        let hit = (0..b.len()).find(|&j| {
            !taken_b[j]
                && b[j].figure.kind == x.figure.kind
                && b[j].figure.value == x.figure.value
                && !heads_clash(x, b[j])
        });
        if let Some(j) = hit {
            taken_b[j] = true;
            pairs.push((i, j));
        }
    }
    // The one date of each of two matched sentences ("on Dec. 10" / "on Dec. 11", "12月10日" /
    // "12月11日"), unless one is at midnight and the other the next day (one instant).
    let dates = |v: &[&ReadFigure]| {
        let d: Vec<usize> = (0..v.len())
            .filter(|&k| v[k].figure.kind == FigureKind::Date)
            .collect();
        (d.len() == 1).then(|| d[0])
    };
    if let (Some(i), Some(j)) = (dates(a), dates(b))
        && !taken_b[j]
        && !pairs.iter().any(|p: &(usize, usize)| p.0 == i)
    {
        let (x, y) = (&a[i], &b[j]);
        let same_month = x.figure.counts == y.figure.counts;
        let one_instant = same_month
            && (x.figure.value - y.figure.value).abs() == 1.0
            && (x.midnight || y.midnight);
        if !one_instant && !x.in_range && !y.in_range {
            taken_b[j] = true;
            pairs.push((i, j));
        }
    }
    let taken_a: Vec<bool> = (0..a.len())
        .map(|i| pairs.iter().any(|p| p.0 == i))
        .collect();
    for (i, x) in a.iter().enumerate().filter(|(i, _)| !taken_a[*i]) {
        if x.head.is_empty() || x.figure.kind != FigureKind::Count {
            continue;
        }
        // Different values must count exactly the same thing: "59 hostages" and "58 hostages",
        // not "59 hostages" and "24 living hostages".
        let hit = (0..b.len()).find(|&j| {
            !taken_b[j]
                && b[j].figure.kind == FigureKind::Count
                && b[j].head == x.head
                && same_counts(&b[j].figure.counts, &x.figure.counts)
                // "six seats" and "nearly 60 seats", "three weeks" and "two weeks" are different
                // quantities more often than one misreported.
                && comparable(b[j].figure.value, x.figure.value, FigureKind::Count)
                && !agree(&b[j].figure, &x.figure)
                && !is_unit(&x.figure.counts)
        });
        if let Some(j) = hit {
            taken_b[j] = true;
            pairs.push((i, j));
        }
    }
    pairs
}

/// Number findings among matched sentences, and the figures table.
pub(crate) fn find(
    docs: &[Doc<'_>],
    skip: &[Vec<bool>],
    matches: &Matches,
    config: &FindingsConfig,
) -> (Vec<Finding>, Vec<FigureRow>) {
    let mut all: Vec<ReadFigure> = Vec::new();
    // The figures of sentence s of article d are all[at[d][s]..at[d][s + 1]].
    let mut at: Vec<Vec<u32>> = Vec::with_capacity(docs.len());
    let mut toks = Vec::new();
    // Each distinct sentence (with what reading it sees around it) is read once: its figures,
    // with offsets from the sentence's start, are `read[range]`, copied to each printing.
    let mut read_at: Map<(&str, Edges), core::ops::Range<u32>> = map();
    let mut read: Vec<ReadFigure> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let mut row = Vec::with_capacity(doc.sentences.len() + 1);
        for (s, sentence) in doc.sentences.iter().enumerate() {
            row.push(all.len() as u32);
            if skip[d][s] {
                continue;
            }
            let text = sentence.text(doc.text);
            let key = (text, Edges::of(doc.text, sentence.span()));
            if let Some(range) = read_at.get(&key) {
                all.extend(
                    read[range.start as usize..range.end as usize]
                        .iter()
                        .map(|f| {
                            let mut f = f.clone();
                            f.figure.article = d;
                            f.figure.sentence = s;
                            f.figure.span = Span::new(
                                f.figure.span.start + sentence.start,
                                f.figure.span.end + sentence.start,
                            );
                            f
                        }),
                );
                continue;
            }
            let from = all.len();
            // Most sentences hold no figure: skip them without reading their words.
            if may_hold_figure(text, &doc.features[s].words) {
                extract(doc.text, sentence.span(), d, s, &mut toks, &mut all);
            }
            let start = read.len() as u32;
            read.extend(all[from..].iter().map(|f| {
                let mut f = f.clone();
                f.figure.span = Span::new(
                    f.figure.span.start - sentence.start,
                    f.figure.span.end - sentence.start,
                );
                f
            }));
            read_at.insert(key, start..read.len() as u32);
        }
        row.push(all.len() as u32);
        at.push(row);
    }
    drop(read_at);
    drop(read);
    let of = |l: Loc| at[l.article][l.sentence] as usize..at[l.article][l.sentence + 1] as usize;
    // Corresponding figures of matched sentences, joined into groups.
    let mut sets = UnionFind::new(all.len());
    let mut same_row: Vec<(usize, usize)> = Vec::new();
    let holds_figures = |l: Loc| !of(l).is_empty();
    for [la, lb] in sentence_pairs(docs, &all, matches, config, holds_figures) {
        let (ra, rb) = (of(la), of(lb));
        let a: Vec<&ReadFigure> = all[ra.clone()].iter().collect();
        let b: Vec<&ReadFigure> = all[rb.clone()].iter().collect();
        for (i, j) in correspond(&a, &b) {
            sets.union(ra.start + i, rb.start + j);
        }
        // The same figure in two matched sentences is one row of the table, whatever nouns the
        // sentences use ("24 living hostages", "approximately 24 living captives").
        for i in ra.clone() {
            for j in rb.clone() {
                let (x, y) = (&all[i].figure, &all[j].figure);
                if x.kind == y.kind && x.value == y.value {
                    same_row.push((i, j));
                }
            }
        }
    }
    for (i, j) in super::figure_pairs::same_thing(docs, &all) {
        sets.union(i, j);
    }
    let groups = sets.groups().into_iter().filter(|g| g.len() > 1);
    let mut findings = Vec::new();
    for members in groups {
        let figs: Vec<&Figure> = members.iter().map(|&i| &all[i].figure).collect();
        let mut sources: Vec<usize> = figs.iter().map(|f| f.article).collect();
        sources.dedup();
        if sources.len() < 2 {
            continue;
        }
        let values_differ = figs.iter().any(|f| f.value != figs[0].value);
        let bounds_differ = figs.iter().any(|f| f.bound != figs[0].bound);
        let difference = if values_differ {
            NumberDifference::Value
        } else if bounds_differ {
            NumberDifference::Qualifier
        } else {
            continue;
        };
        findings.push(Finding::Number {
            difference,
            counts: most_common(figs.iter().map(|f| f.counts.as_str())),
            sources,
            figures: figs.into_iter().cloned().collect(),
        });
    }
    (findings, table(all, &mut sets, &same_row))
}

/// What reading a sentence's figures sees of the text around it, besides the sentence: a
/// currency sign or an opening parenthesis just before its first word ("$", "(" after ")"),
/// and `%`, `(` or `,` just after its last. Part of the key of a sentence read once; any other
/// character is as good as a space.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Edges {
    before: char,
    /// `before` is `(` just after `)`.
    closed_before: bool,
    after: char,
}

impl Edges {
    fn of(text: &str, span: core::ops::Range<usize>) -> Self {
        let mut back = text[..span.start].chars().rev();
        let before = back
            .next()
            .filter(|c| matches!(c, '$' | '€' | '£' | '('))
            .unwrap_or(' ');
        let closed_before = before == '(' && back.next() == Some(')');
        let after = text[span.end..]
            .chars()
            .next()
            .filter(|c| matches!(c, '%' | '(' | ','))
            .unwrap_or(' ');
        Self {
            before,
            closed_before,
            after,
        }
    }
}

/// The sentence pairs whose figures are compared: the engine's matches of two sentences that
/// hold figures (`holds_figures`), and sentences of two articles that print the same figure and
/// score at least `figure_threshold` (each figure checked against at most `figure_peers` other
/// printings of it).
fn sentence_pairs(
    docs: &[Doc<'_>],
    all: &[ReadFigure],
    matches: &Matches,
    config: &FindingsConfig,
    holds_figures: impl Fn(Loc) -> bool,
) -> Vec<[Loc; 2]> {
    let mut pairs: Vec<[Loc; 2]> = matches
        .all()
        .map(|m| [Loc::from(m.a), Loc::from(m.b)])
        .filter(|&[a, b]| holds_figures(a) && holds_figures(b))
        .collect();
    let mut by_value: Map<(FigureKind, u64), Vec<usize>> = map();
    for (i, f) in all.iter().enumerate() {
        by_value
            .entry((f.figure.kind, f.figure.value.to_bits()))
            .or_default()
            .push(i);
    }
    let at = |i: usize| Loc::new(all[i].figure.article, all[i].figure.sentence);
    let features = |l: Loc| &docs[l.article].features[l.sentence];
    for list in by_value.values() {
        for (k, &i) in list.iter().enumerate() {
            for &j in list[k + 1..].iter().take(config.figure_peers) {
                let (x, y) = (at(i), at(j));
                if x.article == y.article {
                    continue;
                }
                let (fx, fy) = (features(x), features(y));
                if similarity(&fx.content, &fy.content) >= config.figure_threshold {
                    pairs.push([x, y]);
                }
            }
        }
    }
    // A pair listed twice is joined twice: harmless, so not sorted out.
    pairs
}

/// The figures table: one row per kind, value and what is counted ("5 American citizens" and
/// "5 Thai nationals" are two rows). Figures that correspond in matched sentences share a row
/// whatever their nouns ("24 living hostages", "24 living captives"), and a count that names
/// nothing joins the one row of its value that names a thing other than a unit.
fn table(
    all: Vec<ReadFigure>,
    sets: &mut UnionFind,
    same_row: &[(usize, usize)],
) -> Vec<FigureRow> {
    let mut row_of: Map<(FigureKind, u64, String), usize> = map();
    let mut row_key: Vec<(FigureKind, u64, String)> = Vec::new();
    let row: Vec<usize> = all
        .iter()
        .map(|found| {
            let f = &found.figure;
            // Dates of different months are different rows, and counts of different things.
            let what = match f.kind {
                FigureKind::Date => f.counts.clone(),
                FigureKind::Count => found.head.clone(),
                _ => String::new(),
            };
            let key = (f.kind, f.value.to_bits(), what);
            *row_of.entry(key.clone()).or_insert_with(|| {
                row_key.push(key);
                row_key.len() - 1
            })
        })
        .collect();
    let mut rows_joined = UnionFind::new(row_key.len());
    let mut by_set: Map<(usize, FigureKind, u64), usize> = map();
    for (i, found) in all.iter().enumerate() {
        let f = &found.figure;
        let at = *by_set
            .entry((sets.find(i), f.kind, f.value.to_bits()))
            .or_insert(row[i]);
        rows_joined.union(at, row[i]);
    }
    for &(i, j) in same_row {
        rows_joined.union(row[i], row[j]);
    }
    // A count that names nothing, or only people ("at least 24 remain alive", "the 59
    // individuals still held"), joins the one row of its value that
    // names a thing, unless that is a unit ("Fifteen of the 19 hijackers" is not "15 years").
    let mut named: Map<(FigureKind, u64), Vec<usize>> = map();
    let generic =
        |head: &str| head.is_empty() || matches!(head, "individual" | "people" | "person");
    for (r, key) in row_key.iter().enumerate() {
        if !generic(&key.2) && !is_unit(&key.2) {
            let root = rows_joined.find(r);
            let roots = named.entry((key.0, key.1)).or_default();
            if !roots.contains(&root) {
                roots.push(root);
            }
        }
    }
    for (r, key) in row_key.iter().enumerate() {
        if key.0 == FigureKind::Count
            && generic(&key.2)
            && let Some([only]) = named.get(&(key.0, key.1)).map(Vec::as_slice)
        {
            rows_joined.union(r, *only);
        }
    }
    let mut rows: Vec<FigureRow> = Vec::new();
    let mut out_of: Map<usize, usize> = map();
    for (found, r) in all.into_iter().zip(row) {
        let f = found.figure;
        let k = *out_of.entry(rows_joined.find(r)).or_insert_with(|| {
            rows.push(FigureRow {
                value: f.value,
                kind: f.kind,
                counts: String::new(),
                sources: Vec::new(),
                figures: Vec::new(),
            });
            rows.len() - 1
        });
        rows[k].figures.push(f);
    }
    for row in &mut rows {
        // Figures arrive in article order, so the sources come out sorted.
        row.sources = row.figures.iter().map(|f| f.article).collect();
        row.sources.dedup();
        row.counts = most_common(row.figures.iter().map(|f| f.counts.as_str()));
    }
    // Most widely reported first; then in order of first appearance (stable sort).
    let widest = sorted_indexes(rows.len(), |r| usize::MAX - rows[r].sources.len());
    permute(rows, &widest)
}

/// The most frequent non-empty string (the first seen on a tie), or empty.
fn most_common<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut counts: Map<&str, (usize, usize)> = map();
    for (order, s) in items.filter(|s| !s.is_empty()).enumerate() {
        counts.entry(s).or_insert((0, order)).0 += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(_, (n, order))| (n, core::cmp::Reverse(order)))
        .map(|(s, _)| s.to_owned())
        .unwrap_or_default()
}

/// Whether a sentence may hold a figure: a digit, or a number word among its words (looked up by
/// hash in the word set the engine already built, which is faster than scanning the text).
fn may_hold_figure(text: &str, words: &[Word]) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
        || text.contains('月')
        || UNITS[2..]
            .iter()
            .chain(&TENS[2..])
            .any(|n| words.binary_search(&(HASH.hash_one(*n) as Word)).is_ok())
}

/// The value of a number token and what is joined to it by a hyphen (`42-day` → 42, `day`).
pub(super) fn parse_number(w: &str) -> Option<(f64, &str)> {
    if w.starts_with(|c: char| c.is_ascii_digit()) {
        let end = w
            .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
            .unwrap_or(w.len());
        let value = decimal(&w[..end])?;
        let rest = &w[end..];
        // "42-day" and "21-year-old"; a token like "7th" or "4x4" is not a figure.
        return match rest.strip_prefix(['-', '‑']) {
            Some(suffix) => Some((value, suffix)),
            None if rest.is_empty() => Some((value, "")),
            None => None,
        };
    }
    if let Some(v) = word_value(w) {
        return Some((v, ""));
    }
    // "five-year" or "two-day": a number word with a hyphenated unit; "two-thirds" is 2/3.
    let (n, suffix) = w.split_once('-')?;
    let v = word_value(n).or_else(|| (n == "one").then_some(1.0))?;
    if let Some(d) = denominator(suffix) {
        return Some((v / d, suffix));
    }
    (!suffix.is_empty() && word_value(w).is_none() && n != "one").then_some((v, suffix))
}

/// The value of digits with thousands commas and at most one decimal point ("2,000", "3.5"),
/// read by hand: `str::parse::<f64>` would add its tables and code to the wasm, which has a size
/// budget.
fn decimal(s: &str) -> Option<f64> {
    let (whole, fraction) = s.split_once('.').unwrap_or((s, ""));
    if fraction.contains(['.', ',']) || whole.is_empty() {
        return None;
    }
    let mut value = 0f64;
    for c in whole.chars().filter(|&c| c != ',') {
        value = value * 10.0 + f64::from(c.to_digit(10)?);
    }
    let mut scale = 1f64;
    for c in fraction.chars() {
        scale /= 10.0;
        value += f64::from(c.to_digit(10)?) * scale;
    }
    Some(value)
}

pub(super) fn same_counts(a: &str, b: &str) -> bool {
    a.split(' ').map(singular).eq(b.split(' ').map(singular))
}

pub(super) fn singular(w: &str) -> &str {
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        &w[..w.len() - 1]
    } else {
        w
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(text: &str) -> Vec<ReadFigure> {
        let mut out = Vec::new();
        extract(text, 0..text.len(), 0, 0, &mut Vec::new(), &mut out);
        out
    }

    fn summary(text: &str) -> Vec<String> {
        figures(text)
            .iter()
            .map(|f| {
                format!(
                    "{} {:?} {:?} [{}] {}",
                    f.figure.value, f.figure.kind, f.figure.bound, f.figure.counts, f.figure.text
                )
            })
            .collect()
    }

    #[test]
    fn figures_of_real_sentences() {
        for (text, want) in [
            (
                "Hamas has exchanged 33 Israeli hostages and 5 Thai nationals for approximately 2,000 Palestinian prisoners and detainees.",
                vec![
                    "33 Count Exact [israeli hostages] 33",
                    "5 Count Exact [thai nationals] 5",
                    "2000 Count About [palestinian prisoners] approximately 2,000",
                ],
            ),
            (
                "As of now, reports indicate that Hamas still holds 59 hostages, with Israeli officials confirming that at least 35 have died.",
                vec![
                    "59 Count Exact [hostages] 59",
                    "35 Count AtLeast [] at least 35",
                ],
            ),
            (
                "Leading the talks, he aimed to free five American citizens among the 59 individuals still held.",
                vec![
                    "5 Count Exact [american citizens] five",
                    "59 Count Exact [individuals] 59",
                ],
            ),
            (
                "The recent collapse of a 42-day ceasefire agreement followed the attack on October 7, 2023, that killed more than 1,200 people.",
                vec![
                    "42 Count Exact [day ceasefire agreement] 42-day",
                    "7 Date Exact [october] October 7",
                    "2023 Year Exact [] 2023",
                    "1200 Count AtLeast [people] more than 1,200",
                ],
            ),
            (
                "Among them is 21-year-old Edan Alexander; no one else, and one of them, was named.",
                vec!["21 Age Exact [year-old] 21-year-old"],
            ),
            (
                "Prices rose 3.5% to $2 million in twenty-five days.",
                vec![
                    "3.5 Percent Exact [] 3.5",
                    "2000000 Money Exact [] 2 million",
                    "25 Count Exact [days] twenty-five",
                ],
            ),
        ] {
            assert_eq!(summary(text), want, "{text}");
        }
    }

    #[test]
    fn correspondence() {
        let a = figures(
            "Hamas still holds 59 hostages, with officials confirming that at least 35 have died.",
        );
        let b = figures(
            "Officials confirmed that 59 hostages remain in captivity, with 35 of them already deceased.",
        );
        let c = figures(
            "Hamas currently holds 59 hostages, with intelligence estimating that at least 24 remain alive.",
        );
        fn refs(v: &[ReadFigure]) -> Vec<&ReadFigure> {
            v.iter().collect()
        }
        assert_eq!(correspond(&refs(&a), &refs(&b)), [(0, 0), (1, 1)]);
        // 35 dead and 24 alive are different quantities: only the 59 hostages correspond.
        assert_eq!(correspond(&refs(&a), &refs(&c)), [(0, 0)]);
        let d = figures("Hamas holds 58 hostages.");
        assert_eq!(correspond(&refs(&a), &refs(&d)), [(0, 0)]);
        let g = figures("Officials said 24 living hostages are still held.");
        assert_eq!(correspond(&refs(&d), &refs(&g)), []);
        let e = figures("The group released 5 Thai nationals.");
        let f = figures("The group released five American citizens.");
        assert_eq!(correspond(&refs(&e), &refs(&f)), []);
    }
}
