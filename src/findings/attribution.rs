//! Who said a quote: the subject of the speech verb that introduces or follows it.
//!
//! A speaker is a person, an office or an organization, or a phrase naming one ("the statement",
//! "The official"); otherwise none. The sentence is read as runs of *names* (capitalized words no
//! article prints in lower case, with titles and initials: "Sen. Jim DeMint", "Carl M. Levin"),
//! each ranked by what stands around it:
//!
//! * a *subject* stands on its own: "Brad Woodhouse, said", "Rep. Steve King (R-Iowa), tweeted";
//! * an *affiliation* follows "of", "for", "from" or "by" ("a spokesman for the
//!   Democratic National Committee"): a speaker only when the clause names no subject;
//! * a name is *not a speaker* after a preposition of place or time ("in Iowa", "on Monday"),
//!   after "a" or "an" ("an NBC poll"), as a modifier ("the Democratic leader"), inside
//!   parentheses or as a party tag ("R-Ariz."), or when it is a weekday or a month.
//!
//! The clause of a speech verb runs from the sentence start, or the end of the quote before it,
//! to the verb; its first subject is the speaker ("Senator Mark Warner of Virginia … said"),
//! else the pronoun or phrase right before the verb, else its first affiliation. After the verb
//! (`…,” said the legislator, Representative Carl Seel`), the first subject after it.

use crate::text::tokens::{self, Tok};
use crate::util::hash::Set;

/// Verbs that attribute a quote.
pub(super) const SPEECH: &[&str] = &[
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
    "asks",
    "replied",
    "responded",
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
    "continued",
    "summarized",
    "summed",
    "recalled",
    "acknowledged",
    "admitted",
    "conceded",
    "countered",
    "complained",
    "concluded",
    "quipped",
    "joked",
    "remarked",
    "reported",
    "reports",
    "predicted",
    "vowed",
    "urged",
    "suggested",
    "saying",
    "noting",
    "adding",
    "stating",
    "citing",
    "writing",
    "warning",
    "telling",
    "calling",
    "asking",
    "arguing",
    "insisting",
];

pub(super) const PRONOUNS: &[&str] = &["he", "she", "they", "He", "She", "They"];
const TITLES: &[&str] = &[
    "Mr",
    "Ms",
    "Mrs",
    "Dr",
    "Sen",
    "Sens",
    "Rep",
    "Reps",
    "Gen",
    "Gov",
    "Prof",
    "Lt",
    "Col",
    "Sgt",
    "Adm",
    "Rev",
    "Representative",
    "Senator",
];
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "The", "A", "An", "his", "her", "its", "their",
];
/// Before a name, these make it a place, a time or a topic, not a speaker.
const PLACE_OR_TIME: &[&str] = &[
    "in", "on", "at", "to", "into", "during", "after", "before", "since", "about", "against",
    "over", "across", "near", "than", "like", "toward", "towards", "under", "between", "through",
    "until", "with", "In", "On", "At", "During", "After", "Before", "Since", "Like", "Unlike",
];
/// Before a name, these make it an affiliation ("a spokesman for X", "a statement from X").
const AFFILIATION: &[&str] = &["of", "for", "from", "by"];
/// Capitalized words that open sentences and are never names, for articles that happen not to
/// print them in lower case.
const OPENERS: &[&str] = &[
    "Indeed",
    "Instead",
    "Rather",
    "Thus",
    "Therefore",
    "Hence",
    "Finally",
    "Again",
    "Otherwise",
    "Similarly",
    "Additionally",
    "Furthermore",
    "Perhaps",
    "Maybe",
    "Certainly",
    "Clearly",
    "Another",
    "Despite",
    "However",
    "Meanwhile",
    "Moreover",
    "Still",
    "Yet",
    "Although",
    "Though",
    "Regardless",
    "Later",
    "Earlier",
    "Nonetheless",
    "Nevertheless",
    "Also",
    "Even",
    "Just",
    "Now",
    "Then",
    "Today",
    "Yesterday",
    "Tonight",
    "Last",
    "Next",
    "Both",
    "Many",
    "Some",
    "Several",
    "Others",
    "Such",
    "Each",
    "Every",
    "All",
    "Most",
    "Only",
    "Once",
    "One",
    "Former",
    "Asked",
    "Responding",
    "Speaking",
    "According",
    "Whether",
    "While",
    "When",
    "If",
    "As",
    "But",
    "And",
    "So",
    "Or",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Here",
    "It",
    "We",
    "You",
    "My",
    "Our",
    "Your",
];
/// Proper nouns of the calendar: never speakers.
const CALENDAR: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "EDT",
    "EST",
    "GMT",
];
/// What a name's office is called when it speaks for the name ("Netanyahu's office said").
const AGENTS: &[&str] = &[
    "office",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "campaign",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "aide",
    "aides",
    "administration",
    "government",
    "ministry",
    "department",
    "team",
    "staff",
    "statement",
    "spokesmen",
];
/// Words between a subject and its verb ("Leavitt also said", "Trump has warned").
const AUXILIARIES: &[&str] = &[
    "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "may",
    "might", "should", "must", "did", "does", "do", "who", "which", "also", "then", "later",
    "again", "and", "later", "once", "still",
];

/// How a run of names stands in its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Subject,
    Affiliation,
    NotASpeaker,
}

/// A run of name tokens, `first..=last` (with the office of a possessive: "Ms. Pelosi’s
/// spokesman"), and the speaker it reads as.
#[derive(Debug, Clone)]
struct Run {
    first: usize,
    last: usize,
    rank: Rank,
    /// Followed by a lower-case word that is not a verb: "GOP candidate", "Democratic
    /// presidential nominee"; a speaker only when the clause names no other.
    modifier: bool,
    /// A possessive without an office after it ("Mr. Rubio’s first priority").
    possessive: bool,
    speaker: String,
}

/// What a clause names as its speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Subject {
    /// A name or a phrase ("Ms. Leavitt", "the statement").
    Speaker(String),
    /// "he", "she", "they": someone named earlier.
    Pronoun,
    /// Nothing that can speak.
    Nobody,
}

/// Reads names with the words every article prints in lower case, so that "The" and "While"
/// at the start of a sentence are not names.
pub(super) struct Reader<'t> {
    pub text: &'t str,
    pub common: &'t Set<String>,
}

impl Reader<'_> {
    pub fn word(&self, t: &Tok) -> &str {
        t.text(self.text)
    }

    fn is_title(&self, t: &Tok) -> bool {
        TITLES.contains(&self.word(t))
    }

    pub fn is_name(&self, t: &Tok) -> bool {
        let w = self.word(t);
        // A dateline ("WASHINGTON —") is in capitals; acronyms ("NBC", "RNC") are short.
        let shouted = w.chars().filter(|c| c.is_alphabetic()).count() > 4
            && !w.chars().any(char::is_lowercase);
        w.starts_with(char::is_uppercase)
            && (self.is_title(t) || !self.common.contains(&super::lower(w)))
            && !PRONOUNS.contains(&w)
            && !OPENERS.contains(&w)
            && w != "I"
            && !shouted
    }

    /// Whether `b` continues a name run that `a` is part of: a space between them, or ". "
    /// after a title or an initial ("Sen. Jim", "Carl M. Levin").
    fn joins(&self, a: &Tok, b: &Tok) -> bool {
        let gap = &self.text[a.end..b.start];
        gap == " "
            || (gap == ". " && (self.is_title(a) || self.word(a).chars().count() == 1))
            || (gap == "." && self.word(a).chars().count() == 1)
    }

    /// The runs of names in `toks`, ranked.
    fn runs(&self, toks: &[Tok]) -> Vec<Run> {
        let mut out = Vec::new();
        let mut k = 0;
        while k < toks.len() {
            let w = self.word(&toks[k]);
            // "Posting on Facebook, …", "Pacing the stage, …": a participle, not a name.
            let participle = k == 0 && w.ends_with("ing") && toks.len() > 1;
            // A first name that is also a word ("Drew Hammill", "Mark Warner") starts a run
            // when a name follows it.
            let first_name = w.starts_with(char::is_uppercase)
                && !OPENERS.contains(&w)
                && !PLACE_OR_TIME.contains(&super::lower(w).as_str())
                && !AFFILIATION.contains(&super::lower(w).as_str())
                && !CALENDAR.contains(&w)
                && !DETERMINERS.contains(&w)
                && !PRONOUNS.contains(&w)
                && toks
                    .get(k + 1)
                    .is_some_and(|t| self.is_name(t) && self.joins(&toks[k], t));
            if !(self.is_name(&toks[k]) || first_name) || participle {
                k += 1;
                continue;
            }
            let first = k;
            let mut last = k;
            // Capitalized common words join a run between two names ("Senate Minority Leader
            // Chuck Schumer", "Hotline On Call").
            'grow: while last + 1 < toks.len() {
                for reach in 1..=3 {
                    let Some(t) = toks.get(last + reach) else {
                        break 'grow;
                    };
                    let prev = &toks[last + reach - 1];
                    let word = self.word(t);
                    if !self.joins(prev, t)
                        || !word.starts_with(char::is_uppercase)
                        || PRONOUNS.contains(&word)
                        || CALENDAR.contains(&word)
                    {
                        break 'grow;
                    }
                    if self.is_name(t) {
                        last += reach;
                        continue 'grow;
                    }
                }
                break;
            }
            // A lone initial ("C" of "R-S.C.") is no name.
            if last > first || self.word(&toks[first]).chars().count() > 1 {
                out.push(self.run(toks, first, last));
            }
            k = last + 1;
        }
        out
    }

    fn run(&self, toks: &[Tok], first: usize, last: usize) -> Run {
        let words: Vec<&str> = (first..=last).map(|r| self.word(&toks[r])).collect();
        let mut speaker = self.text[toks[first].start..toks[last].end].to_owned();
        // The word before, past a determiner ("for the Democratic National Committee").
        // Only words that touch it count: a quote or a comma between ends the phrase ("on “Fox
        // News Sunday,” Sen. Jim DeMint").
        let touch = |a: usize, b: usize| tokens::adjacent(self.text, &toks[a], &toks[b]);
        let mut b = first;
        let mut determined = false;
        while b > 0 && DETERMINERS.contains(&self.word(&toks[b - 1])) && touch(b - 1, b) {
            determined |= matches!(self.word(&toks[b - 1]), "a" | "an" | "A" | "An");
            b -= 1;
        }
        let before = b
            .checked_sub(1)
            .filter(|&p| touch(p, b))
            .map(|p| self.word(&toks[p]));
        let det = b < first;
        // The next word, when only a space separates it ("the Democratic leader").
        let lower_next = toks
            .get(last + 1)
            .filter(|t| tokens::adjacent(self.text, &toks[last], t))
            .map(|t| self.word(t))
            .filter(|w| w.starts_with(char::is_lowercase));
        let opens_paren = self.text[..toks[first].start].trim_end().ends_with('(');
        let possessive = words
            .last()
            .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"));
        let agent = lower_next.is_some_and(|w| AGENTS.contains(&w));
        if possessive {
            // "Netanyahu's office" speaks for Netanyahu's office; "Trump's post" for Trump (when
            // the clause names no other: "Following Ms. Leavitt's comments, Mr. Trump posted").
            match lower_next.filter(|w| AGENTS.contains(w)) {
                Some(w) => speaker = format!("{speaker} {w}"),
                None => {
                    let owner = speaker
                        .strip_suffix("'s")
                        .or_else(|| speaker.strip_suffix("’s"))
                        .unwrap_or(&speaker);
                    speaker = owner.to_owned();
                }
            }
        }
        let party_tag = words.len() == 1
            && words[0].len() <= 8
            && matches!(words[0].as_bytes(), [b'R' | b'D' | b'I', b'-', ..]);
        let rank = if words
            .iter()
            .all(|w| CALENDAR.contains(&super::strip_possessive(w)) || TITLES.contains(w))
            || party_tag
            || opens_paren
            || determined
            || before.is_some_and(|w| PLACE_OR_TIME.contains(&w) || w.ends_with("ing"))
            || (!possessive && det && lower_next.is_some_and(|w| !is_verbish(w)))
        {
            Rank::NotASpeaker
        } else if before.is_some_and(|w| AFFILIATION.contains(&w)) || (possessive && !agent) {
            Rank::Affiliation
        } else {
            Rank::Subject
        };
        let modifier = !possessive
            && lower_next.is_some_and(|w| {
                !is_verbish(w)
                    && !PLACE_OR_TIME.contains(&w)
                    && !AFFILIATION.contains(&w)
                    && !matches!(w, "and" | "or")
            });
        // The last token the speaker covers ("Ms. Pelosi’s spokesman").
        let end = if speaker.ends_with(lower_next.unwrap_or("\0")) && possessive {
            last + 1
        } else {
            last
        };
        Run {
            first,
            last: end,
            rank,
            modifier,
            possessive: possessive && !agent,
            speaker,
        }
    }

    /// The speaker of a clause ending at a speech verb: its first subject (or the fuller name
    /// in apposition to it: "Ms. Pelosi's spokesman, Drew Hammill,"); else a pronoun opening
    /// the clause or standing right before the verb; else its first affiliation; else a phrase
    /// from a determiner right before the verb ("the statement read").
    pub fn clause_subject(&self, toks: &[Tok], participle: bool) -> Subject {
        // "… reported that Mattis once told": the clause after "that", if it names a subject.
        // ("… that the envoy, Adam Boehler, is authorized in what she termed": "she" is the
        // clause's subject, named before "that".)
        let mut p = toks.len();
        while p > 0 && is_filler(self.word(&toks[p - 1])) {
            p -= 1;
        }
        let before = p.checked_sub(1);
        let pronoun_before = before.is_some_and(|p| PRONOUNS.contains(&self.word(&toks[p])));
        // "… reported that Mattis once told", "… confirmed that … Paul Ryan called him and
        // told him": a finite verb after "that" has the subject named after it.
        let that = toks.iter().position(|t| self.word(t) == "that");
        if let (Some(t), Some(p)) = (that, before)
            && !pronoun_before
            && !participle
            && p > t
            && let Some(name) = self.first_subject(&toks[t + 1..], &self.runs(&toks[t + 1..]))
        {
            return Subject::Speaker(name);
        }
        // Otherwise names after "that" are the reported clause's, not the speaker ("She
        // indicated that Israel had been informed …, noting …").
        let head = &toks[..that.unwrap_or(toks.len())];
        let runs = self.runs(head);
        let subjects: Vec<&Run> = runs.iter().filter(|r| r.rank == Rank::Subject).collect();
        if let Some(name) = self.first_subject(head, &runs) {
            return Subject::Speaker(name);
        }
        // "Instead, he laid out an agenda, saying …": a participle's subject is the clause's.
        if participle && toks.iter().any(|t| PRONOUNS.contains(&self.word(t))) {
            return Subject::Pronoun;
        }
        if toks
            .first()
            .is_some_and(|t| PRONOUNS.contains(&self.word(t)))
        {
            return Subject::Pronoun;
        }
        // Right before the verb, past "also", "has", an adverb.
        if pronoun_before {
            return Subject::Pronoun;
        }
        if let Some(r) = runs.iter().find(|r| r.rank == Rank::Affiliation) {
            return Subject::Speaker(r.speaker.clone());
        }
        // "the statement read", "The official said"
        if let Some(p) = before
            && !participle
            && (self.word(&toks[p]).starts_with(char::is_lowercase) || is_age(self.word(&toks[p])))
        {
            let det = (p.saturating_sub(4)..p)
                .rev()
                .find(|&q| DETERMINERS.contains(&self.word(&toks[q])));
            if let Some(q) = det
                && (q..p).all(|r| tokens::adjacent(self.text, &toks[r], &toks[r + 1]))
                && !(q..=p).any(|r| {
                    let w = self.word(&toks[r]);
                    PLACE_OR_TIME.contains(&w)
                        || AFFILIATION.contains(&w)
                        || matches!(w, "and" | "or")
                        || (w.starts_with(|c: char| c.is_ascii_digit()) && !is_age(w))
                })
            {
                // "the House speaker", "the new Democratic congresswoman": a description of
                // someone named before, read like a pronoun.
                if (q + 1..=p).any(|r| self.word(&toks[r]).starts_with(char::is_uppercase)) {
                    return Subject::Pronoun;
                }
                return Subject::Speaker(self.text[toks[q].start..toks[p].end].to_owned());
            }
        }
        if let Some(r) = subjects.first() {
            return Subject::Speaker(r.speaker.clone());
        }
        Subject::Nobody
    }

    /// The speaker named after an inverted speech verb (`…,” said the legislator,
    /// Representative Carl Seel`): the first subject, else a phrase from a determiner.
    pub fn after_verb(&self, toks: &[Tok]) -> Subject {
        let toks = &toks[..toks.len().min(14)];
        let runs = self.runs(toks);
        // `…,” reads a statement from Senate Majority Leader Harry Reid's office`
        if let Some(r) = runs
            .iter()
            .find(|r| r.rank == Rank::Subject)
            .or_else(|| runs.iter().find(|r| r.rank == Rank::Affiliation))
        {
            return Subject::Speaker(r.speaker.clone());
        }
        match toks.first().map(|t| self.word(t)) {
            Some(w) if PRONOUNS.contains(&w) => Subject::Pronoun,
            Some(w) if DETERMINERS.contains(&w) && toks.len() > 1 => {
                let end = (1..toks.len().min(4))
                    .take_while(|&r| {
                        let w = self.word(&toks[r]);
                        tokens::adjacent(self.text, &toks[r - 1], &toks[r])
                            && w.starts_with(char::is_lowercase)
                            && !PLACE_OR_TIME.contains(&w)
                            && !AFFILIATION.contains(&w)
                    })
                    .last()
                    .unwrap_or(0);
                if end == 0 {
                    Subject::Nobody
                } else {
                    Subject::Speaker(self.text[toks[0].start..toks[end].end].to_owned())
                }
            }
            _ => Subject::Nobody,
        }
    }

    /// The subject of a sentence read for a pronoun: its first name standing as a subject.
    /// Else the owner of its subject ("Mr. Rubio’s first priority will be to …").
    pub fn sentence_subject(&self, toks: &[Tok]) -> Option<String> {
        // A name after a verb is its object ("… prompted Vieira to ask Trump"), not a subject.
        let mut runs = self.runs(toks);
        runs.retain(|r| {
            r.first == 0 || {
                let w = self.word(&toks[r.first - 1]);
                !(tokens::adjacent(self.text, &toks[r.first - 1], &toks[r.first])
                    && w.starts_with(char::is_lowercase)
                    && (w.ends_with("ed") || SPEECH.contains(&w)))
            }
        });
        self.first_subject(toks, &runs).or_else(|| {
            runs.iter()
                .find(|r| r.possessive && r.rank == Rank::Affiliation)
                .map(|r| r.speaker.clone())
        })
    }

    /// The first subject that is not a modifier, or the fuller name in apposition to it ("Ms.
    /// Pelosi's spokesman, Drew Hammill,", "One Democrat, Representative Stephen F. Lynch").
    fn first_subject(&self, toks: &[Tok], runs: &[Run]) -> Option<String> {
        let r = runs
            .iter()
            .find(|r| r.rank == Rank::Subject && !r.modifier)?;
        let apposed = runs.iter().find(|b| {
            b.first == r.last + 1
                && b.rank == Rank::Subject
                && self.text[toks[r.last].end..toks[b.first].start].starts_with(',')
                && (b.last > b.first
                    || toks
                        .get(b.last + 1)
                        .is_some_and(|t| self.text[toks[b.last].end..t.start].starts_with(',')))
        });
        Some(apposed.unwrap_or(r).speaker.clone())
    }
}

/// "43-year-old": a figure that names a person.
fn is_age(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit()) && w.ends_with("-old")
}

/// A word that can follow a subject: a verb, an auxiliary, a relative pronoun.
fn is_verbish(w: &str) -> bool {
    SPEECH.contains(&w) || AUXILIARIES.contains(&w) || w.ends_with("ed") || w.ends_with("ly")
}

pub(super) fn is_filler(w: &str) -> bool {
    matches!(
        w,
        "also" | "has" | "had" | "have" | "then" | "later" | "again" | "once" | "never" | "still"
    ) || w.ends_with("ly")
}
