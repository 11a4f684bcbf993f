//! Quotes and speakers on the 20 audited BASIL stories (tests/fixtures/audit): every `quote`,
//! `quote_group`, `quote_extent` and `quote_speaker` entry of expected.json is checked against
//! the story's report, and the figures the issue sets targets for are printed
//! (`cargo test --test audit_quotes -- --nocapture`). Entries marked borderline or disputable
//! are counted apart and need not pass.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/audit_q.rs"]
mod audit;

use std::collections::BTreeMap;

use audit::{SpeakerOutcome, Story, Tally};

const KINDS: &[&str] = &["quote", "quote_group", "quote_extent", "quote_speaker"];

/// Every audited story with expectations of `KINDS`, compared on as many threads as there are
/// cores.
fn stories() -> Vec<(Story, Vec<serde_json::Value>)> {
    let expected = audit::expected(KINDS);
    let names: Vec<String> = expected.keys().cloned().collect();
    let stories: Vec<Story> = std::thread::scope(|s| {
        let handles: Vec<_> = names
            .iter()
            .map(|n| s.spawn(move || audit::story(n)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a story"))
            .collect()
    });
    let mut expected = expected;
    stories
        .into_iter()
        .map(|s| {
            let e = expected.remove(&s.name).unwrap_or_default();
            (s, e)
        })
        .collect()
}

#[test]
fn audited_quotes_and_speakers() {
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let mut failures = Vec::new();
    // Speaker outcomes over the firm quote_speaker entries.
    let mut outcomes: BTreeMap<&str, usize> = BTreeMap::new();
    // Shared quote findings, and those an entry shows to be wrong (merged or not a quote).
    let (mut shared, mut shared_bad) = (0, 0);
    for (story, entries) in stories() {
        let findings = audit::quote_findings(&story);
        let mut bad = std::collections::BTreeSet::new();
        for e in &entries {
            let kind = e["kind"].as_str().expect("a kind");
            let soft = audit::soft(e);
            let places: Vec<&audit::Place> = findings.iter().flat_map(|f| &f.places).collect();
            let result = if kind == "quote_speaker" {
                let (outcome, got) = audit::speaker_outcome(&places, e);
                if !soft {
                    let key = match outcome {
                        SpeakerOutcome::Right => "right",
                        SpeakerOutcome::Wrong => "wrong",
                        SpeakerOutcome::Missing => "missing",
                        SpeakerOutcome::NoPlace => "no place",
                    };
                    *outcomes.entry(key).or_default() += 1;
                }
                match outcome {
                    SpeakerOutcome::Right => Ok(()),
                    _ => Err(format!("{outcome:?}: {got:?}")),
                }
            } else {
                audit::check(&story, &findings, e)
            };
            if result.is_err() && matches!(kind, "quote_group" | "quote") {
                // The shared findings that hold the offending places.
                for f in findings
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| f.sources.len() > 1)
                {
                    let fp: Vec<&audit::Place> = f.1.places.iter().collect();
                    let mentions = |t: &str| {
                        fp.iter()
                            .any(|p| p.quote.contains(t) || p.sentence.contains(t))
                    };
                    let hit = if kind == "quote_group" {
                        let pair = e["must_not_group"].as_array().expect("a pair");
                        pair.iter().all(|t| mentions(t.as_str().expect("a text")))
                    } else {
                        e["expect"] == "absent"
                            && mentions(e["text_contains"].as_str().expect("a text"))
                    };
                    if hit {
                        bad.insert(f.0);
                    }
                }
            }
            tallies
                .entry(kind.to_owned())
                .or_default()
                .add(soft, result.is_ok());
            if let Err(why) = result {
                let mark = if soft { " (soft)" } else { "" };
                failures.push(format!("{} {kind}{mark}: {e} — {why}", story.name));
            }
        }
        let n = findings.iter().filter(|f| f.sources.len() > 1).count();
        shared += n;
        shared_bad += bad.len();
        if std::env::var_os("AUDIT_SHOW").is_some() {
            for f in findings.iter().filter(|f| f.sources.len() > 1) {
                println!("{} shared quote, speaker {:?}", story.name, f.speaker);
                for p in &f.places {
                    println!("    {} {:?}: {}", p.article, p.speaker, p.quote);
                }
            }
        }
    }
    for f in &failures {
        println!("FAIL {f}");
    }
    for (kind, t) in &tallies {
        println!(
            "{kind}: {}/{} pass; borderline/disputable {}/{}",
            t.passed, t.checked, t.soft_passed, t.soft_checked
        );
    }
    let n = |k: &str| outcomes.get(k).copied().unwrap_or(0);
    let (right, wrong, missing, none) = (n("right"), n("wrong"), n("missing"), n("no place"));
    let placed = right + wrong + missing;
    let given = right + wrong;
    println!(
        "speakers at {placed} audited quote places ({none} places not reported): right {right} \
         ({:.0}%), wrong {wrong} ({:.0}%), missing {missing} ({:.0}%); right at {:.0}% of the \
         places where one is given",
        100.0 * right as f64 / placed as f64,
        100.0 * wrong as f64 / placed as f64,
        100.0 * missing as f64 / placed as f64,
        100.0 * right as f64 / given.max(1) as f64,
    );
    let precision = 1.0 - shared_bad as f64 / shared.max(1) as f64;
    println!(
        "shared quote findings: {shared}, {shared_bad} shown wrong by an entry (merged or not a \
         quote): precision at most {precision:.2}"
    );
    // The targets, and floors under the pass counts reached (baseline at 44652b9: quote
    // 39/88, quote_group 0/20, quote_extent 0/1, quote_speaker 25/180).
    assert!(precision >= 0.9, "shared quote precision {precision:.2}");
    assert!(
        right as f64 >= 0.9 * given as f64,
        "speakers right at {right} of {given} places where one is given"
    );
    assert!(
        missing as f64 <= 0.1 * placed as f64,
        "speakers missing at {missing} of {placed} places"
    );
    // "quote" 68: HuffPost's "I feel badly for General Flynn" (2017-0c78e748) stands in a tweet
    // embed ("… pic.twitter.com/… — Morning Joe (@Morning_Joe) December 4, 2017"), which the
    // audit's furniture entry wants left out of the comparison, quotes included.
    for (kind, floor) in [
        ("quote", 68),
        ("quote_group", 19),
        ("quote_extent", 1),
        ("quote_speaker", 151),
    ] {
        let passed = tallies.get(kind).map_or(0, |t| t.passed);
        assert!(passed >= floor, "{kind}: {passed} pass, floor {floor}");
    }
}

/// What a constructed case expects of the quote findings.
enum Expect {
    /// The quote starting with these words has this speaker (a case-insensitive part of it),
    /// or none.
    Speaker(&'static str, Option<&'static str>),
    /// Whether one finding holds quotes containing both texts.
    Grouped(&'static str, &'static str, bool),
    /// A quote containing the text exists.
    Quote(&'static str),
    /// No quote is exactly this text (a title or a term).
    NoQuote(&'static str),
    /// The wording containing the text is marked as quoting part of the reference.
    Extract(&'static str),
    /// The finding holding the quote credits it to different speakers.
    Conflict(&'static str),
}

use Expect::{Conflict, Extract, Grouped, NoQuote, Quote, Speaker};

/// Real text (from the and the audit's examples), two or three articles a case.
struct Case {
    name: &'static str,
    texts: &'static [&'static str],
    expect: &'static [Expect],
}

macro_rules! cases {
    ($($name:ident: [$($text:expr),+ $(,)?] => [$($e:expr),+ $(,)?];)+) => {
        &[$(Case { name: stringify!($name), texts: &[$($text),+], expect: &[$($e),+] }),+]
    };
}

const QUOTES: &[Case] = cases! {
    next_sentence_attribution: [
        "\"It still seems to me that there has to be room to broaden the scope,\" he said.\n\n\"Why can't Mitt Romney run his race and I'll run mine?\" Akin continued.",
        "Akin said he would stay. \"Why can't Mitt Romney run his race and I'll run mine?\" he asked.",
    ] => [Speaker("Why can't Mitt Romney", Some("Akin"))];
    inverted_with_title: [
        "“Of course I was surprised, who wouldn’t be?” said the legislator, Representative Carl Seel. “I’m honored to get the ability to meet with him.”",
        "Arizona lawmakers were invited to New York on Wednesday.",
    ] => [Speaker("Of course I was surprised", Some("Seel")), Speaker("I’m honored", Some("Seel"))];
    subject_in_the_quoted_clause: [
        "While Mr. Comey “went to great lengths to protect the integrity of the investigation,” the chairmen said, the decision was wrong.",
        "Two Republican chairmen criticized the decision on Friday.",
    ] => [Speaker("went to great lengths", Some("the chairmen"))];
};

const SPEAKERS: &[Case] = cases! {
    representative_of_state: [
        "“Is this the behavior that we are going to find with this new majority party in Congress?” Representative Kevin McCarthy of California, the Republican leader, asked at a news conference.",
        "Republicans ignored the distinction on Friday.",
    ] => [Speaker("Is this the behavior", Some("McCarthy"))];
    party_tag_in_parentheses: [
        "\"This bill is about respecting the voices of victims,\" Sen. Richard Blumenthal (D-Conn.) said on Wednesday.",
        "Sen. John Cornyn, R-Texas, said the vote was overdue.",
    ] => [Speaker("This bill is about", Some("Blumenthal"))];
    long_apposition: [
        "Mr. Labrador, a former immigration lawyer elected in the Tea Party wave of 2010, said in a statement that “the message from Tuesday is clear.”",
        "The House will vote on Thursday.",
    ] => [Speaker("the message from Tuesday", Some("Labrador"))];
    apposition_after_office: [
        "“In his opening comments at the meeting, President Trump brought up impeachment,” Ms. Pelosi’s spokesman, Drew Hammill, wrote on Twitter.",
        "The meeting ended without a deal.",
    ] => [Speaker("In his opening comments", Some("Hammill"))];
    pronoun_to_the_subject: [
        "Bachmann was asked about the cover during an appearance in Iowa on Monday, where she is campaigning ahead of Thursday's debate. She told voters she had not seen the cover.\n\n\"Ah-hah,\" she said when told the story headline.",
        "The cover ran on Monday.",
    ] => [Speaker("Ah-hah", Some("Bachmann"))];
    no_weekday_speaker: [
        "Romney released a statement late Tuesday saying: \"As I said yesterday, Todd Akin's comments were offensive and wrong.\"",
        "Akin stayed in the race.",
    ] => [Speaker("As I said yesterday", Some("Romney"))];
    no_name_from_inside_the_quote: [
        "Rep. Steve King (R-Iowa), tweeted on Friday \"#Labrador is pro amnesty and should not be majority leader.\"",
        "The race for majority leader began on Friday.",
    ] => [Speaker("#Labrador is pro amnesty", Some("King"))];
    no_adjective_speaker: [
        "“We will not be bullied,” said the Democratic leader of the Senate, Justin Alfond.",
        "Lawmakers met on Tuesday.",
    ] => [Speaker("We will not be bullied", Some("Alfond"))];
    crowd_has_no_speaker: [
        "The crowd at the inauguration waved signs, some saying “Lock her up.”",
        "Crowds gathered on the Mall.",
    ] => [Speaker("Lock her up", None)];
};

const GROUPING: &[Case] = cases! {
    stock_phrase: [
        "The president has called his wall, a signature campaign promise, a matter of “national security.”",
        "\"This is national security we're talking about, we're not talking about games,\" Trump said.",
    ] => [Grouped("national security", "This is national security", false)];
    same_quote_reworded: [
        "\"I feel very badly for General Flynn,\" Mr. Trump told reporters on Monday.",
        "\"I feel badly for General Flynn,\" Trump told reporters on Monday.",
    ] => [Grouped("I feel very badly", "I feel badly", true)];
    several_sentences_do_not_chain: [
        "“I feel very badly. He’s led a very strong life. Hillary Clinton lied many times to the F.B.I. Nothing happened to her. Flynn lied and it’s like they ruined his life,” Mr. Trump said.",
        "\"I feel very badly,\" Trump said. He added: \"Flynn lied and it's like they ruined his life. Very unfair.\"",
        "Trump said Clinton \"lied many times to the F.B.I.\"",
    ] => [
        Grouped("I feel very badly", "Flynn lied", false),
        Grouped("Flynn lied and it", "Flynn lied and it", true),
    ];
    one_word_needs_one_speaker: [
        "In 2009 a photo of Sarah Palin in running shorts ran, which the former governor called “sexist.” “It’s sexist,” said Terry O’Neill, the president of NOW.",
        "O'Neill said that the cover is \"sexist.\"",
    ] => [Grouped("It’s sexist", "sexist", true)];
};

const EXTRACTS: &[Case] = cases! {
    part_of_a_longer_quote: [
        "Mr. Romney said it was “a very tender and sensitive topic.”",
        "\"This is a very tender and sensitive topic, as are many social issues,\" Romney said.",
    ] => [
        Grouped("a very tender and sensitive topic", "This is a very tender", true),
        Extract("a very tender and sensitive topic"),
    ];
};

const MARKS: &[Case] = cases! {
    mixed_marks: [
        "“I believe that, based upon the interview he gave today on ABC, he is a better judge of that than I am,\" Romney said.",
        "\"I believe that, based upon the interview he gave today on ABC, he is a better judge of that than I am,\" Romney said.",
    ] => [Grouped("better judge of that", "better judge of that", true)];
    single_marks_in_a_headline: [
        "GOP Senators Keep Pressure on Steele Over 'Inaccurate' Afghanistan Comments\n\nSenators kept up pressure on Sunday.",
        "Steele faced pressure on Sunday.",
    ] => [Quote("Inaccurate")];
    open_at_paragraph_end: [
        "Akin said: \"As the father of two daughters, I want to strengthen laws.\n\n\"I ask for your forgiveness,\" he said.",
        "Akin apologized on Monday.",
    ] => [Quote("As the father of two daughters")];
    not_across_the_attribution: [
        "“It takes forethought to design and many years to build the capabilities we may need at a moment’s notice,\" the 43-year-old said. \"So to restore our strength, we will act.\"",
        "Rubio gave a speech on Wednesday.",
    ] => [Quote("It takes forethought"), Speaker("It takes forethought", Some("43-year-old"))];
};

const TITLES: &[Case] = cases! {
    shows: [
        "Speaking on \"Fox News Sunday,\" Sen. Jim DeMint said Steele must apologize. He appeared on NBC's \"Today\" show.",
        "Sanders said on \"Fox & Friends\" earlier Friday that it would happen.",
    ] => [NoQuote("Fox News Sunday"), NoQuote("Today"), NoQuote("Fox & Friends")];
    policies_and_coalitions: [
        "She had spoken out against the military's former \"don't ask, don't tell\" policy. Mr. Mattis also praised the “Defeat ISIS” coalition.",
        "The lone \"no\" vote in the Senate was cast on Wednesday.",
    ] => [NoQuote("don't ask, don't tell"), NoQuote("Defeat ISIS"), NoQuote("no")];
    terms_and_nicknames: [
        "Applications from groups with the name \"tea party\" or \"patriot\" were reviewed. Dubbed \"Bridgegate,\" the controversy grew.",
        "A segment of society -- labeled \"birthers\" in the vernacular -- demanded proof.",
    ] => [NoQuote("tea party"), NoQuote("patriot"), NoQuote("Bridgegate"), NoQuote("birthers")];
    title_case_but_quoted_in_lower_case: [
        "Trump appeared to call on the “Deep State” Justice Department to act.",
        "Mr. Trump attacked the “deep state” again on Tuesday.",
    ] => [Quote("Deep State"), Grouped("Deep State", "deep state", true)];
};

const REGRESSION: &[Case] = cases! {
    attribution_conflict: [
        "\"We will not back down from this fight,\" Pelosi said on Thursday.",
        "\"We will not back down from this fight,\" Schumer said on Thursday.",
    ] => [Conflict("We will not back down")];
    office_speaks: [
        "“The deal is not final,” the Israeli Prime Minister's office said in a statement.",
        "Officials said the deal was close.",
    ] => [Speaker("The deal is not final", Some("Prime Minister's office"))];
};

#[test]
fn constructed_quotes() {
    use article_compare::report::Finding;
    let groups = [
        ("QUOTES", QUOTES),
        ("SPEAKERS", SPEAKERS),
        ("GROUPING", GROUPING),
        ("EXTRACTS", EXTRACTS),
        ("MARKS", MARKS),
        ("TITLES", TITLES),
        ("REGRESSION", REGRESSION),
    ];
    let mut failures = Vec::new();
    for (group, cases) in groups {
        for c in cases {
            let articles: Vec<article_compare::Article<'_>> = c
                .texts
                .iter()
                .map(|t| article_compare::Article::new("a", t))
                .collect();
            let report = article_compare::compare(&articles).expect("the case compares");
            // (finding, quote text, speaker, extract) of every place.
            let mut places = Vec::new();
            let mut conflicts = Vec::new();
            for (k, f) in report.findings.iter().enumerate() {
                if let Finding::Quote {
                    wordings, conflict, ..
                } = f
                {
                    conflicts.push((k, !conflict.is_empty()));
                    for w in wordings {
                        for p in &w.places {
                            let text = p.span.text(c.texts[p.article]).to_owned();
                            places.push((k, text, p.speaker.clone(), w.extract));
                        }
                    }
                }
            }
            for e in c.expect {
                let ok = match e {
                    Speaker(start, want) => places
                        .iter()
                        .find(|p| p.1.starts_with(start))
                        .is_some_and(|p| audit::speaker_matches(p.2.as_deref(), *want)),
                    Grouped(a, b, want) => {
                        let together = places.iter().any(|p| {
                            p.1.contains(a)
                                && places
                                    .iter()
                                    .any(|q| q.0 == p.0 && q.1.contains(b) && !std::ptr::eq(p, q))
                        });
                        together == *want
                    }
                    Quote(t) => places.iter().any(|p| p.1.contains(t)),
                    NoQuote(t) => places.iter().all(|p| p.1 != *t),
                    Extract(t) => places.iter().any(|p| p.1.contains(t) && p.3),
                    Conflict(t) => places
                        .iter()
                        .find(|p| p.1.contains(t))
                        .is_some_and(|p| conflicts.iter().any(|&(k, c)| k == p.0 && c)),
                };
                if !ok {
                    let seen: Vec<_> = places.iter().map(|p| (p.0, &p.1, &p.2)).collect();
                    failures.push(format!("{group} {}: {:?} — {seen:?}", c.name, debug(e)));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

fn debug(e: &Expect) -> String {
    match e {
        Speaker(a, b) => format!("speaker of {a:?} is {b:?}"),
        Grouped(a, b, g) => format!("{a:?} with {b:?}: {g}"),
        Quote(t) => format!("quote {t:?}"),
        NoQuote(t) => format!("no quote {t:?}"),
        Extract(t) => format!("extract {t:?}"),
        Conflict(t) => format!("conflict on {t:?}"),
    }
}
