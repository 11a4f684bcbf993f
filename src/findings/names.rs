//! Names spelled differently across sources: "Adam Bohler" in one article, "Adam Boehler" in
//! the others.
//!
//! A *name* is a capitalized word (not all capitals) of five letters or more that no article
//! prints in lower case (so "The", "While" or "Negotiations" at the start of a sentence are not
//! names). Two spellings are a finding when
//!
//! * they are one edit apart (a letter added, dropped, changed, or two letters swapped), found
//!   through one-deletion keys rather than by comparing every pair;
//! * neither is the other plus an ending (`Israel`/`Israeli`, `Qatar`/`Qatari`, `Trump`/`Trumps`);
//! * they appear in the same company: both next to the same other name ("Adam"), or in two
//!   sentences the engine matched. Two people who only share a surname, or two similar
//!   surnames with different first names, are not flagged.
//!
//! Also flagged: a lower-case `l` printed for `I` ("lran" for "Iran"), and a name printed
//! hyphenated in one source and as two words in another ("Moon Jae-in" / "Moon Jae In"). An
//! ending inside a name that goes on ("Pueblos Sin Fronteras" / "Pueblo Sin Fronteras") is a
//! misspelling; at a name's end, two endings of one stem ("Koreas" / "Korean") are not.
//!
//! The spelling more articles use is given as the usual one; it is called a likely misspelling
//! only when those articles also mention it at least as often.

use super::model::{Finding, Place};
use crate::compare::Matches;
use crate::doc::{Doc, Loc};
use crate::text::Span;
use crate::text::tokens::{self, Tok};
use crate::util::hash::{Map, Set, map, set};
use crate::util::sort::{pack, sort_keys, unpack};

/// A one-deletion key shared by more spellings than this is passed over: it would pair every
/// two of them, and a real misspelling has few neighbours.
const MAX_KEY_SPELLINGS: usize = 16;

#[derive(Default)]
struct Spelling {
    text: String,
    places: Vec<Place>,
    sources: Vec<usize>,
    /// Names printed just before or after it.
    neighbours: Vec<Neighbour>,
}

/// A name printed next to a spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Neighbour {
    /// Whether it is printed after the spelling (else before).
    after: bool,
    /// Its spelling id.
    id: u32,
}

/// What one sentence text gives the name rules, in the order its words give it: read once per
/// distinct text (syndicated copy prints a sentence in many articles) and replayed at each
/// printing, so every printing adds its places in the same order as if it were read again.
/// Offsets are from the sentence's start: everything read lies inside the sentence.
#[derive(Clone, Copy)]
enum Event {
    /// A word with a lower-case `l` for `I`, a hyphenated name, two capitalized words: added
    /// to that variant (its id in [`Variants`]) at `span`.
    Ell {
        id: u32,
        span: Span,
    },
    Hyphenated {
        id: u32,
        span: Span,
    },
    TwoWords {
        id: u32,
        span: Span,
    },
    /// A name-shaped word of spelling `id`, and the spelling printed just before it, if any.
    Name {
        id: u32,
        span: Span,
        after: Option<u32>,
    },
}

/// The names of every sentence read so far, and the spellings, variants and lower-case words
/// they were read into.
struct Reading<'a> {
    ids: Map<String, u32>,
    spellings: Vec<Spelling>,
    lower_seen: Set<String>,
    /// Spellings the one-edit rule cannot see: "lran" (a lower-case `l` for `I`), and names
    /// printed hyphenated ("Jae-in") or as two words ("Jae In").
    ells: Variants,
    hyphenated: Variants,
    two_words: Variants,
    /// The events of each distinct sentence text (an index into `events`).
    read: Map<&'a str, u32>,
    events: Vec<Vec<Event>>,
    toks: Vec<Tok>,
}

impl<'a> Reading<'a> {
    fn new() -> Self {
        Self {
            ids: map(),
            spellings: Vec::new(),
            lower_seen: set(),
            ells: Variants::default(),
            hyphenated: Variants::default(),
            two_words: Variants::default(),
            read: map(),
            events: Vec::new(),
            toks: Vec::new(),
        }
    }

    /// Adds the places of sentence `s` of article `d` (at `start` in `text`).
    fn add(&mut self, text: &'a str, start: usize, d: usize, s: usize) {
        let next = self.events.len() as u32;
        let at = *self.read.entry(text).or_insert(next);
        if at == next {
            let events = self.events_of(text);
            self.events.push(events);
        }
        let place = |span: Span| Place {
            article: d,
            sentence: s,
            span: Span::new(start + span.start, start + span.end),
        };
        for &e in &self.events[at as usize] {
            match e {
                Event::Ell { id, span } => self.ells.add_to(id, span.text(text), place(span)),
                Event::Hyphenated { id, span } => {
                    self.hyphenated.add_to(id, span.text(text), place(span));
                }
                Event::TwoWords { id, span } => {
                    self.two_words.add_to(id, span.text(text), place(span));
                }
                Event::Name { id, span, after } => {
                    let sp = &mut self.spellings[id as usize];
                    sp.places.push(place(span));
                    if sp.sources.last() != Some(&d) {
                        sp.sources.push(d);
                    }
                    if let Some(pid) = after {
                        self.spellings[id as usize].neighbours.push(Neighbour {
                            after: false,
                            id: pid,
                        });
                        self.spellings[pid as usize]
                            .neighbours
                            .push(Neighbour { after: true, id });
                    }
                }
            }
        }
    }

    /// Reads one sentence text: its lower-case words go to `lower_seen`, new spellings and
    /// variants get their ids; what each printing adds is returned.
    fn events_of(&mut self, text: &str) -> Vec<Event> {
        let mut out = Vec::new();
        let toks = &mut self.toks;
        tokens::words(text, 0..text.len(), toks);
        let mut previous: Option<(usize, u32)> = None;
        for (k, t) in toks.iter().enumerate() {
            let word = strip_possessive(t.text(text));
            let Some(first) = word.chars().next() else {
                continue;
            };
            let span = Span::new(t.start, t.start + word.len());
            if first == 'l' && word.len() >= 4 && word[1..].chars().all(char::is_lowercase) {
                let id = self.ells.id(word.to_owned());
                out.push(Event::Ell { id, span });
            }
            if first.is_uppercase()
                && word.contains('-')
                && word.chars().all(|c| c.is_alphabetic() || c == '-')
            {
                let id = self.hyphenated.id(super::lower(&word.replace('-', " ")));
                out.push(Event::Hyphenated { id, span });
            }
            if let Some(next) = toks.get(k + 1)
                && first.is_uppercase()
                && tokens::adjacent(text, t, next)
                && next.text(text).starts_with(char::is_uppercase)
                && !word.contains('-')
            {
                let id = self.two_words.id(super::lower(&text[t.start..next.end]));
                let span = Span::new(t.start, next.end);
                out.push(Event::TwoWords { id, span });
            }
            if first.is_lowercase() {
                if !self.lower_seen.contains(word) {
                    self.lower_seen.insert(word.to_owned());
                }
                previous = None;
                continue;
            }
            if !first.is_uppercase() || !word.chars().skip(1).any(char::is_lowercase) {
                previous = None;
                continue;
            }
            let id = match self.ids.get(word) {
                Some(&id) => id,
                None => {
                    let id = self.spellings.len() as u32;
                    self.ids.insert(word.to_owned(), id);
                    self.spellings.push(Spelling {
                        text: word.to_owned(),
                        ..Spelling::default()
                    });
                    id
                }
            };
            let after = previous
                .filter(|&(pk, _)| pk + 1 == k && tokens::adjacent(text, &toks[pk], t))
                .map(|(_, pid)| pid);
            out.push(Event::Name { id, span, after });
            previous = Some((k, id));
        }
        out
    }
}

pub(crate) fn find(
    docs: &[Doc<'_>],
    skip: &[Vec<bool>],
    matches: &Matches,
) -> (Vec<Finding>, Set<String>) {
    let mut reading = Reading::new();
    for (d, doc) in docs.iter().enumerate() {
        for (s, sentence) in doc.sentences.iter().enumerate() {
            if !skip[d][s] {
                reading.add(sentence.text(doc.text), sentence.start, d, s);
            }
        }
    }
    let Reading {
        ids,
        spellings,
        lower_seen,
        ells,
        hyphenated,
        two_words,
        ..
    } = reading;
    let is_name = |sp: &Spelling| {
        sp.text.chars().count() >= 5
            && sp.text.chars().all(|c| c.is_alphabetic() || c == '-')
            && !lower_seen.contains(&super::lower(&sp.text))
    };
    // One-deletion keys: two words one edit apart share a key.
    let mut by_key: Map<String, Vec<u32>> = map();
    for (id, sp) in spellings.iter().enumerate().filter(|(_, sp)| is_name(sp)) {
        let lower: Vec<char> = super::lower(&sp.text).chars().collect();
        let mut keys: Vec<String> = (0..lower.len())
            .map(|skip| {
                lower
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != skip)
                    .map(|(_, c)| c)
                    .collect()
            })
            .collect();
        keys.push(lower.iter().collect());
        for k in keys {
            // A doubled letter gives the same key twice.
            let ids = by_key.entry(k).or_default();
            if ids.last() != Some(&(id as u32)) {
                ids.push(id as u32);
            }
        }
    }
    let mut keys: Vec<u128> = by_key
        .values()
        .filter(|ids| ids.len() > 1 && ids.len() <= MAX_KEY_SPELLINGS)
        .flat_map(|ids| {
            ids.iter().enumerate().flat_map(move |(i, &x)| {
                ids[i + 1..]
                    .iter()
                    .map(move |&y| pack(x.min(y) as usize, x.max(y) as usize))
            })
        })
        .collect();
    sort_keys(&mut keys);
    keys.dedup();
    let pairs = keys.into_iter().map(unpack);
    let mut out = Vec::new();
    for (x, y) in pairs {
        let (a, b) = (&spellings[x], &spellings[y]);
        // "Pueblos Sin Fronteras" / "Pueblo Sin Fronteras": inside a name that goes on, an
        // ending is a misspelling, not a plural.
        let inside_a_name = share_neighbour_after(a, b);
        if !one_edit(&super::lower(&a.text), &super::lower(&b.text))
            || ((is_ending(&a.text, &b.text) || are_endings(&a.text, &b.text)) && !inside_a_name)
            || !(share_neighbour(a, b) || in_matched_sentences(a, b, matches))
        {
            continue;
        }
        // The odd spelling is the one fewer articles use.
        let (odd, usual) = if a.sources.len() <= b.sources.len() {
            (a, b)
        } else {
            (b, a)
        };
        // More sources, and at least as many mentions: a majority of sources can share a
        // misspelling ("Preibus") that the outlet naming him most spells right.
        let likely =
            usual.sources.len() > odd.sources.len() && usual.places.len() >= odd.places.len();
        out.push(variant_finding(
            &Variant::of(odd),
            &Variant::of(usual),
            likely,
        ));
    }
    for (ell, v) in ells.iter() {
        let fixed = format!("I{}", &ell[1..]);
        if let Some(&id) = ids.get(&fixed)
            && !lower_seen.contains(&super::lower(&fixed))
        {
            let usual = &spellings[id as usize];
            out.push(variant_finding(v, &Variant::of(usual), true));
        }
    }
    for (key, h) in hyphenated.iter() {
        if let Some(w) = two_words.get(key) {
            let (odd, usual) = if w.sources.len() <= h.sources.len() {
                (w, h)
            } else {
                (h, w)
            };
            let likely = usual.sources.len() > odd.sources.len();
            out.push(variant_finding(odd, usual, likely));
        }
    }
    (out, lower_seen)
}

/// Spellings outside the one-edit rule, by a key (indexes in a `Map<String, u32>`, the map type
/// the spellings use already: one copy of the hash map's code in the wasm).
#[derive(Default)]
struct Variants {
    ids: Map<String, u32>,
    all: Vec<Variant>,
}

impl Variants {
    /// The id of `key`, new if it is.
    fn id(&mut self, key: String) -> u32 {
        let next = self.all.len() as u32;
        let id = *self.ids.entry(key).or_insert(next);
        if id == next {
            self.all.push(Variant::default());
        }
        id
    }

    fn add_to(&mut self, id: u32, text: &str, place: Place) {
        self.all[id as usize].add(text, place);
    }

    fn get(&self, key: &str) -> Option<&Variant> {
        self.ids.get(key).map(|&id| &self.all[id as usize])
    }

    fn iter(&self) -> impl Iterator<Item = (&String, &Variant)> {
        self.ids.iter().map(|(k, &id)| (k, &self.all[id as usize]))
    }
}

/// Places of one spelling outside the one-edit rule.
#[derive(Default)]
struct Variant {
    text: String,
    places: Vec<Place>,
    sources: Vec<usize>,
}

impl Variant {
    fn add(&mut self, text: &str, place: Place) {
        if self.text.is_empty() {
            self.text = text.to_owned();
        }
        if self.sources.last() != Some(&place.article) {
            self.sources.push(place.article);
        }
        self.places.push(place);
    }

    fn of(sp: &Spelling) -> Self {
        Self {
            text: sp.text.clone(),
            places: sp.places.clone(),
            sources: sp.sources.clone(),
        }
    }
}

/// A name finding from two spellings; `likely`: the odd one is likely a misspelling.
fn variant_finding(odd: &Variant, usual: &Variant, likely: bool) -> Finding {
    Finding::Name {
        spelling: odd.text.clone(),
        sources: odd.sources.clone(),
        mentions: odd.places.clone(),
        usual: usual.text.clone(),
        usual_sources: usual.sources.clone(),
        usual_mentions: first_per_article(&usual.places),
        likely_misspelling: likely,
    }
}

/// Both are one stem with an ending of inflection or origin ("Koreas" / "Korean").
fn are_endings(a: &str, b: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "s", "es", "n", "ns", "an", "ans", "i", "is", "ese", "ian", "ians",
    ];
    let (a, b) = (super::lower(a), super::lower(b));
    let prefix = a
        .char_indices()
        .zip(b.chars())
        .take_while(|((_, x), y)| x == y)
        .last()
        .map_or(0, |((i, x), _)| i + x.len_utf8());
    prefix >= 4 && ENDINGS.contains(&&a[prefix..]) && ENDINGS.contains(&&b[prefix..])
}

fn share_neighbour_after(a: &Spelling, b: &Spelling) -> bool {
    a.neighbours
        .iter()
        .any(|n| n.after && b.neighbours.contains(n))
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
}

fn first_per_article(places: &[Place]) -> Vec<Place> {
    let mut out: Vec<Place> = Vec::new();
    for p in places {
        if out.last().is_none_or(|l| l.article != p.article) {
            out.push(p.clone());
        }
    }
    out
}

fn share_neighbour(a: &Spelling, b: &Spelling) -> bool {
    a.neighbours.iter().any(|n| b.neighbours.contains(n))
}

fn in_matched_sentences(a: &Spelling, b: &Spelling, matches: &Matches) -> bool {
    a.places.iter().any(|p| {
        b.places.iter().any(|q| {
            matches.are_matched(
                Loc::new(p.article, p.sentence),
                Loc::new(q.article, q.sentence),
            )
        })
    })
}

/// One is the other plus a short ending: a demonym, plural or possessive, not a misspelling.
fn is_ending(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.starts_with(short) && long.len() - short.len() <= 3
}

/// Exactly one insertion, deletion, substitution or swap of two neighbouring letters apart.
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ra, rb) = (a.len() - prefix - suffix, b.len() - prefix - suffix);
    match (ra, rb) {
        (0, 1) | (1, 0) | (1, 1) => true,
        (2, 2) => a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix],
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits() {
        for (a, b, want) in [
            ("bohler", "boehler", true),
            ("boehler", "bohler", true),
            ("witkoff", "witkof", true),
            ("leavitt", "laevitt", true),
            ("leavitt", "leavitt", false),
            ("johnson", "jonsen", false),
            ("israel", "israeli", true),
        ] {
            assert_eq!(one_edit(a, b), want, "{a} {b}");
        }
        assert!(is_ending("Israel", "Israeli"));
        assert!(is_ending("Qatari", "Qatar"));
        assert!(!is_ending("Bohler", "Boehler"));
    }
}
