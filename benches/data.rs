//! Writes the benchmark inputs to bench/data/ as JSON, from the same seeded generator as the
//! native benchmark, so that every runner (native, Node, Chromium) measures the same bytes:
//! `cargo bench --bench data` (the Makefile's `bench` does it).

#[path = "synth.rs"]
mod synth;

use std::fs;

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/data");
    fs::create_dir_all(&dir).expect("bench/data");
    let corpus = synth::Corpus::build();
    let five = synth::fixture_articles();
    let mut pairs = vec![
        serde_json::json!({ "name": "the five articles: 001 vs 004", "a": five[1].text, "b": five[4].text }),
    ];
    for (label, bytes) in [
        ("5 KB", 5_000),
        ("50 KB", 50_000),
        ("500 KB", 500_000),
        ("5 MB", 5_000_000),
    ] {
        let (a, b) = synth::pair(&corpus, bytes, 42);
        pairs.push(
            serde_json::json!({ "name": format!("pair of {label} (20% changed)"), "a": a, "b": b }),
        );
    }
    fs::write(
        dir.join("pairs.json"),
        serde_json::to_string(&pairs).expect("json"),
    )
    .expect("write pairs");
    let mut sets = vec![serde_json::json!({
        "name": "the five articles",
        "articles": five.iter().map(|a| serde_json::json!({ "name": a.name, "text": a.text })).collect::<Vec<_>>(),
    })];
    for n in [10, 100, 1000] {
        let texts = synth::set(&corpus, n, 5_000, 1000 + n as u64);
        let articles: Vec<_> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| serde_json::json!({ "name": format!("a{i}"), "text": t }))
            .collect();
        sets.push(
            serde_json::json!({ "name": format!("{n} articles of 5 KB"), "articles": articles }),
        );
    }
    let texts = synth::syndicated_set();
    let articles: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| serde_json::json!({ "name": format!("s{i}"), "text": t }))
        .collect();
    sets.push(serde_json::json!({ "name": synth::SYNDICATED, "articles": articles }));
    fs::write(
        dir.join("sets.json"),
        serde_json::to_string(&sets).expect("json"),
    )
    .expect("write sets");
    println!("wrote {}", dir.display());
}
