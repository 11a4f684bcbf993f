//! Segmentation on the audit's cases (issue 13): `segment_cases.json` (real BASIL text and
//! constructed cases of each class), the `segment` entries of `expected.json`, and named groups
//! of the classes beyond the Golden Rules. Run with `--nocapture` for the pass counts.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/audit_data.rs"]
mod audit_data;

use article_compare::segment::sentences;
use audit_data::{Tally, disputable, expected_of, segment_cases, source_index, story, texts};

fn split(text: &str) -> Vec<&str> {
    sentences(text).map(|s| s.text(text)).collect()
}

#[test]
fn audit_segment_cases() {
    let mut tally = Tally::default();
    for case in segment_cases() {
        let input = case["input"].as_str().expect("input");
        let want = texts(&case["expected"]);
        let got = split(input);
        let ok = got == want.iter().map(|s| s.trim()).collect::<Vec<_>>();
        tally.add(disputable(&case), ok, || {
            format!(
                "[{}] want {want:?}\n       got  {got:?}",
                case["class"].as_str().unwrap_or("")
            )
        });
    }
    tally.print("segment_cases.json");
    let share = tally.pass as f64 / tally.total as f64;
    assert!(
        share >= 0.9,
        "{}/{} segmentation cases",
        tally.pass,
        tally.total
    );
}

#[test]
fn audit_segment_entries() {
    let mut tally = Tally::default();
    for e in expected_of("segment") {
        let text = &story(e["story"].as_str().expect("story"))
            [source_index(e["source"].as_str().expect("source"))];
        let got = split(text);
        let anchor = e["text_contains"].as_str().expect("text");
        let ok = if let Some(none) = e["expect_no_sentence"].as_str() {
            !got.contains(&none)
        } else {
            let want = texts(&e["expect_sentences"]);
            let at = got
                .iter()
                .position(|s| s.contains(anchor) || anchor.contains(*s));
            at.is_some_and(|i| {
                got.get(i..i + want.len())
                    .is_some_and(|w| w.iter().zip(&want).all(|(g, x)| g == x))
            })
        };
        tally.add(disputable(&e), ok, || format!("{}: {anchor}", e["story"]));
    }
    tally.print("expected.json segment");
    assert_eq!(tally.pass, tally.total);
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

split!(citations:
    "The city was founded in 1252.[2] It grew quickly under the Hansa." =>
        ["The city was founded in 1252.[2]", "It grew quickly under the Hansa."],
    "Water boils at 100 degrees. [5] At altitude it boils sooner." =>
        ["Water boils at 100 degrees. [5]", "At altitude it boils sooner."],
    "She won the prize twice.[a][b] Her brother never did." =>
        ["She won the prize twice.[a][b]", "Her brother never did."],
    "He was exiled.[who?] The court denied it." =>
        ["He was exiled.[who?]", "The court denied it."],
    "The bridge opened in 1932.[7]:112–114 Traffic doubled within a year." =>
        ["The bridge opened in 1932.[7]:112–114", "Traffic doubled within a year."],
);

split!(ellipses:
    "We waited . . . Then the doors opened." => ["We waited . . .", "Then the doors opened."],
    "“It was over. …  Then we went home.”" => ["“It was over. …", "Then we went home.”"],
    "He paused … and then went on." => ["He paused … and then went on."],
    "… and so it ended." => ["… and so it ended."],
);

split!(brackets:
    "As the report says [ch. 3], costs rose. They fell later." =>
        ["As the report says [ch. 3], costs rose.", "They fell later."],
    "The ruling (see p. 12) was narrow. Appeals followed." =>
        ["The ruling (see p. 12) was narrow.", "Appeals followed."],
);

split!(tokenized:
    "`` It is done , '' she said . `` We can go home . ''" =>
        ["`` It is done , '' she said .", "`` We can go home . ''"],
    "Mr . Jones left early . Nobody noticed ." => ["Mr . Jones left early .", "Nobody noticed ."],
    "`` Are you sure ? '' he asked ." => ["`` Are you sure ? '' he asked ."],
);

split!(quotes_and_chants:
    "The crowd kept shouting “Lock her up! Lock her up!” as he spoke." =>
        ["The crowd kept shouting “Lock her up! Lock her up!” as he spoke."],
    "Protesters were chanting “No justice! No peace!”" =>
        ["Protesters were chanting “No justice! No peace!”"],
    "He asked, “Where were you? ” Then he left." => ["He asked, “Where were you? ”", "Then he left."],
    "“Who would stop us?” Senator Jane Doe of Ohio asked on Monday." =>
        ["“Who would stop us?” Senator Jane Doe of Ohio asked on Monday."],
    "“Who would stop us?” She repeated the question twice." =>
        ["“Who would stop us?”", "She repeated the question twice."],
);

split!(datelines_and_abbreviations:
    "PORTLAND, Ore. — The mayor resigned on Monday." => ["PORTLAND, Ore. — The mayor resigned on Monday."],
    "ALBANY, N.Y. — Lawmakers met late." => ["ALBANY, N.Y. — Lawmakers met late."],
    "He had talked to the C.I.A. Nobody believed him." => ["He had talked to the C.I.A.", "Nobody believed him."],
    "She works for the F.B.I. in Boston." => ["She works for the F.B.I. in Boston."],
);
