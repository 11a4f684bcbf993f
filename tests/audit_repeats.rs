//! Repeats and site furniture on the audited stories (issue 13): the `repeat` and `furniture`
//! entries of `expected.json`, and named groups of real-text cases per class. Run with
//! `--nocapture` for the pass counts.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/audit_data.rs"]
mod audit_data;

use article_compare::{Article, Report};
use audit_data::{Tally, disputable, expected_of, source_index, story, texts};

fn compare(texts: &[&str]) -> Report {
    let articles: Vec<Article<'_>> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Article::new(audit_data::SOURCES[i % 3], t))
        .collect();
    article_compare::compare(&articles).expect("compare")
}

/// Whether article `a` has a repeat with one sentence containing `x` and another containing `y`.
fn repeated(report: &Report, a: usize, x: &str, y: &str) -> bool {
    let sentences = &report.articles[a].sentences;
    report.repeats.iter().filter(|r| r.article == a).any(|r| {
        r.sentences.iter().any(|&s| {
            sentences[s].text.contains(x)
                && r.sentences
                    .iter()
                    .any(|&t| t != s && sentences[t].text.contains(y))
        })
    })
}

/// The furniture label of the sentence of article `a` containing `x`, if it is furniture.
fn furniture(report: &Report, a: usize, x: &str) -> Option<String> {
    report.articles[a]
        .sentences
        .iter()
        .find(|s| s.text.contains(x))
        .and_then(|s| s.furniture.map(|f| f.to_string()))
}

#[test]
fn audit_repeats_and_furniture() {
    let mut repeats = Tally::default();
    let mut furn = Tally::default();
    let (r_entries, f_entries) = (expected_of("repeat"), expected_of("furniture"));
    let mut reported = 0;
    let mut names = audit_data::stories_of(&r_entries);
    names.extend(audit_data::stories_of(&f_entries));
    names.sort();
    names.dedup();
    for name in &names {
        let t = story(name);
        let report = compare(&[&t[0], &t[1], &t[2]]);
        reported += report.repeats.len();
        for e in r_entries.iter().filter(|e| e["story"] == name.as_str()) {
            let a = source_index(e["source"].as_str().expect("source"));
            let [x, y] = <[String; 2]>::try_from(texts(&e["text_contains"])).expect("two texts");
            let present = e["expect"] == "present";
            let ok = repeated(&report, a, &x, &y) == present;
            repeats.add(disputable(e), ok, || {
                format!("{name} {present} {x:?} / {y:?}")
            });
        }
        for e in f_entries.iter().filter(|e| e["story"] == name.as_str()) {
            let a = source_index(e["source"].as_str().expect("source"));
            let x = e["text_contains"].as_str().expect("text");
            let got = furniture(&report, a, x);
            repeats_label(&mut furn, e, got, name, x);
        }
    }
    repeats.print("repeat");
    furn.print("furniture");
    eprintln!("repeat groups reported in these stories: {reported}");
    assert_eq!(repeats.pass, repeats.total);
    assert_eq!(furn.pass, furn.total);
}

fn repeats_label(t: &mut Tally, e: &serde_json::Value, got: Option<String>, name: &str, x: &str) {
    let ok = got.is_some();
    t.add(disputable(e), ok, || {
        format!("{name} {x:?}: want {}, got {got:?}", e["label"])
    });
}

/// `repeats!(NAME: present|absent ["sentence A", "sentence B"], ...)`: each pair printed in one
/// article around filler paragraphs is (or is not) reported as a repeat.
macro_rules! repeats {
    ($name:ident: $($expect:ident [$a:expr, $b:expr]),+ $(,)?) => {
        #[test]
        fn $name() {
            $(
                let text = format!(
                    "{}\n\nThe hearing resumed after a short recess in the afternoon.\n\n{}\n\nLawyers for both sides declined to comment further.\n",
                    $a, $b
                );
                let report = compare(&[&text, "Unrelated text about the weather in the valley."]);
                let want = stringify!($expect) == "present";
                assert_eq!(repeated(&report, 0, $a, $b), want, "{:?} / {:?}", $a, $b);
            )+
        }
    };
}

repeats!(parallel_rhetoric:
    absent ["If you make a false claim to the agency, you have broken the law.", "If you assist someone in making a false claim to the agency, you have broken the law."],
    absent ["That’s not a violation of immigration law.", "That’s a part of immigration law."],
    absent ["I’m not going to say that I’m not going to finish it.", "I’m not saying that I am going to finish it."],
    absent ["We will bring back our jobs for the workers of this country.", "We will bring back our borders for the workers of this country."],
);

repeats!(placeholders_and_chants:
    absent ["First paragraph is missing.", "Tenth paragraph is missing."],
    absent ["Trump!", "Trump!"],
);

repeats!(real_repeats:
    present ["Americans don’t believe their leaders in Washington are listening and now is the time to change that.", "Americans don’t believe their leaders in Washington are listening and now is the time to change that."],
    present ["“I think he understands the stakes for the country,” Mr. Graham said on Sunday.", "“I think [Trump] understands the stakes for the country,” Mr. Graham said on Sunday."],
    present ["The governor vetoed the bill on Friday, calling it a costly mistake for the state, aides said.", "The governor vetoed the bill on Friday, calling it a costly mistake for the state, his office told reporters."],
);

/// `furniture!(NAME: "line" => "label", ...)`: the line, standing in a story, is flagged.
macro_rules! furniture {
    ($name:ident: $($line:expr => $label:expr),+ $(,)?) => {
        #[test]
        fn $name() {
            $(
                let text = format!(
                    "The senator spoke to reporters on Tuesday about the bill.\n\n{}\n\nThe vote is expected next week, aides said.\n",
                    $line
                );
                let report = compare(&[&text, "Unrelated text about the weather in the valley."]);
                // Every sentence of the line is flagged.
                let labels: Vec<Option<String>> = report.articles[0]
                    .sentences
                    .iter()
                    .filter(|s| $line.contains(s.text.as_str()))
                    .map(|s| s.furniture.map(|f| f.to_string()))
                    .collect();
                assert!(!labels.is_empty() && labels.iter().all(|l| l.as_deref() == Some($label)), "{:?}: {labels:?}", $line);
            )+
        }
    };
}

furniture!(embeds_and_prompts:
    "See the Bachmann cover below, and tell us whether you think it crosses a line." => "embed lead-in",
    "#MorningJoe pic.twitter.com/tBp5aXWhBj — Morning Joe (@Morning_Joe) December 4, 2017" => "tweet embed",
    "Lower taxes now! pic.twitter.com/AbC123xyZ — Jane Doe (@janedoe) March 3, 2018" => "tweet embed",
    "As Fox News reported:" => "embed lead-in",
    "Senator Smith tweeted:" => "embed lead-in",
    "Watch the video below." => "embed lead-in",
    "Tell us what you think in the comments." => "reader prompt",
);

furniture!(promos_and_captions:
    "The Bubble: Why the shutdown will not end soon" => "related links",
    "More: Senate passes the bill after a long night" => "related links",
    "RELATED: How the vote was won" => "related links",
    "Fox News' Jane Roe has that story." => "video blurb",
    "First paragraph is missing." => "placeholder",
    "Senator Jane Doe speaks at a rally in Des Moines, Iowa, on Monday. (AP Photo/Charlie Neibergall)" => "photo caption",
    "Photo: Getty Images" => "photo caption",
);
