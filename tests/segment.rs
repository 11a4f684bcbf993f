//! Sentence segmentation: the Golden Rules and news cases, as tables.
#![cfg(not(target_arch = "wasm32"))]

use article_compare::segment::sentences;

fn split(text: &str) -> Vec<&str> {
    sentences(text).map(|s| s.text(text)).collect()
}

#[derive(serde::Deserialize)]
struct Golden {
    id: u32,
    input: String,
    expected: Vec<String>,
}

#[test]
fn golden_rules_score() {
    let cases: Vec<Golden> = serde_json::from_str(include_str!("fixtures/golden_rules_en.json"))
        .expect("golden rules parse");
    assert_eq!(cases.len(), 48);
    let mut failures = Vec::new();
    for case in &cases {
        let got = split(&case.input);
        let want: Vec<&str> = case.expected.iter().map(|s| s.trim()).collect();
        if got != want {
            failures.push(format!(
                "rule {}: want {:?}\n          got  {:?}",
                case.id, want, got
            ));
        }
    }
    let score = cases.len() - failures.len();
    eprintln!("golden rules: {score}/48\n{}", failures.join("\n"));
    assert!(
        score >= 47,
        "golden rules score {score}/48 is below 47:\n{}",
        failures.join("\n")
    );
}

/// `split!(NAME: "input" => ["sentence", ...], ...)` makes one test per named group.
macro_rules! split {
    ($name:ident: $($input:expr => [$($want:expr),* $(,)?]),+ $(,)?) => {
        #[test]
        fn $name() {
            $(
                let want: Vec<&str> = vec![$($want),*];
                assert_eq!(split($input), want, "input: {:?}", $input);
            )+
        }
    };
}

split!(basics:
    "" => [],
    "   \n\n  " => [],
    "One sentence" => ["One sentence"],
    "Hamas holds 59 hostages. Israel says 35 have died." => ["Hamas holds 59 hostages.", "Israel says 35 have died."],
    "Is it true? Yes! It is." => ["Is it true?", "Yes!", "It is."],
);

split!(abbreviations:
    "Ms. Leavitt said the U.S. envoy met Mr. Boehler." => ["Ms. Leavitt said the U.S. envoy met Mr. Boehler."],
    "Following Ms. Leavitt's comments, Mr. Trump posted." => ["Following Ms. Leavitt's comments, Mr. Trump posted."],
    "Washington, D.C. – In an unprecedented move, talks began." => ["Washington, D.C. – In an unprecedented move, talks began."],
    "Talks were held in the U.S. The envoy flew home." => ["Talks were held in the U.S.", "The envoy flew home."],
    "Gen. Smith and Sen. Jones met Dr. Lee on Jan. 19 at 9 a.m. local time." => ["Gen. Smith and Sen. Jones met Dr. Lee on Jan. 19 at 9 a.m. local time."],
    "The vote is at 5 p.m. The result follows." => ["The vote is at 5 p.m.", "The result follows."],
    "See No. 5 on p. 12 of the report." => ["See No. 5 on p. 12 of the report."],
    "It was founded by John F. Kennedy Jr. in 1995." => ["It was founded by John F. Kennedy Jr. in 1995."],
    "The U.S.-Hamas talks and U.S.-Israel ties." => ["The U.S.-Hamas talks and U.S.-Israel ties."],
);

split!(numbers:
    "It costs $1.2 million, up 2.5 percent from 1,200 units." => ["It costs $1.2 million, up 2.5 percent from 1,200 units."],
    "The group was designated in 1997. 2,000 prisoners were freed." => ["The group was designated in 1997.", "2,000 prisoners were freed."],
);

split!(quotes:
    "\"American lives are at stake,\" she said. Talks went on." => ["\"American lives are at stake,\" she said.", "Talks went on."],
    "It is “good for the American people.” She left." => ["It is “good for the American people.”", "She left."],
    "“Is this right?” he asked. “Yes.”" => ["“Is this right?” he asked.", "“Yes.”"],
    "He said it was “final.” Then he left." => ["He said it was “final.”", "Then he left."],
    "(The talks were secret.) They ended." => ["(The talks were secret.)", "They ended."],
);

split!(headlines_and_lists:
    "US Engages in Talks with Hamas\nThe White House confirms the talks." => ["US Engages in Talks with Hamas", "The White House confirms the talks."],
    "By Jane Doe\nMarch 5, 2025\n\nThe talks began." => ["By Jane Doe", "March 5, 2025", "The talks began."],
    "Key points:\n- Talks began\n- Hostages remain" => ["Key points:", "- Talks began", "- Hostages remain"],
    "1. Talks began\n2. Hostages remain" => ["1. Talks began", "2. Hostages remain"],
    "Also Read: Afghan Refugees Seek Help\nCeasefire and Truce Negotiations" => ["Also Read: Afghan Refugees Seek Help", "Ceasefire and Truce Negotiations"],
);

split!(line_breaks:
    "a hard-wrapped line that\ngoes on here. Next one." => ["a hard-wrapped line that\ngoes on here.", "Next one."],
    "First line.\r\nSecond line.\r\n" => ["First line.", "Second line."],
    "Ends with colon:\nlowercase start" => ["Ends with colon:", "lowercase start"],
);

split!(other_scripts:
    "我们是朋友。你好吗？很好！" => ["我们是朋友。", "你好吗？", "很好！"],
    "「本当ですか。」彼は言った。" => ["「本当ですか。」", "彼は言った。"],
    "यह एक वाक्य है। यह दूसरा है।" => ["यह एक वाक्य है।", "यह दूसरा है।"],
    "هل هذا صحيح؟ نعم." => ["هل هذا صحيح؟", "نعم."],
    "Ça va ? Très bien. Élan vital." => ["Ça va ?", "Très bien.", "Élan vital."],
);

split!(regression:
    "...." => ["...."],
    ". . ." => [". . ."],
    "?!" => ["?!"],
    "a.b.c.d" => ["a.b.c.d"],
    "Mr." => ["Mr."],
    "end with abbreviation etc." => ["end with abbreviation etc."],
    // A multi-byte space before a period once split a character (found by the property soak).
    "0\u{a0}. 1. " => ["0\u{a0}.", "1."],
    "Mr.\u{3000}Smith left. He\u{2003}Mr. Jones stayed." => ["Mr.\u{3000}Smith left.", "He\u{2003}Mr. Jones stayed."],
);

#[test]
fn fixture_paragraphs_and_spans() {
    let text = include_str!("fixtures/articles/004.txt");
    let all: Vec<_> = sentences(text).collect();
    assert_eq!(all.len(), 37);
    assert_eq!(
        all[0].text(text),
        "White House Confirms Direct Talks with Hamas to Secure Hostage Release"
    );
    assert_eq!(
        (all[0].paragraph, all[1].paragraph, all[3].paragraph),
        (0, 1, 2)
    );
    assert_eq!(
        article_compare::segment::paragraphs(text).count(),
        all.last().map_or(0, |s| s.paragraph + 1)
    );
}
