//! Sentence segmentation: the Golden Rules and news cases, as tables.

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
    let cases: Vec<Golden> =
        serde_json::from_str(include_str!("fixtures/golden_rules_en.json")).expect("golden rules parse");
    assert_eq!(cases.len(), 48);
    let mut failures = Vec::new();
    for case in &cases {
        let got = split(&case.input);
        let want: Vec<&str> = case.expected.iter().map(|s| s.trim()).collect();
        if got != want {
            failures.push(format!("rule {}: want {:?}\n          got  {:?}", case.id, want, got));
        }
    }
    let score = cases.len() - failures.len();
    eprintln!("golden rules: {score}/48\n{}", failures.join("\n"));
    assert!(score >= 47, "golden rules score {score}/48 is below 47:\n{}", failures.join("\n"));
}
