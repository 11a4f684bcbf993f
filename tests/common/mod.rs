//! Fixtures and checks shared by the native tests and the browser (wasm) tests.
#![allow(dead_code)]

/// The five articles of `tests/fixtures/articles`, real coverage of one story, as (name, text).
pub const ARTICLES: [(&str, &str); 5] = [
    ("000.txt", include_str!("../fixtures/articles/000.txt")),
    ("001.txt", include_str!("../fixtures/articles/001.txt")),
    ("002.txt", include_str!("../fixtures/articles/002.txt")),
    ("003.txt", include_str!("../fixtures/articles/003.txt")),
    ("004.txt", include_str!("../fixtures/articles/004.txt")),
];

/// The five articles as `Article`s, named by file.
pub fn articles() -> Vec<article_compare::Article<'static>> {
    ARTICLES
        .iter()
        .map(|(n, t)| article_compare::Article::new(n, t))
        .collect()
}

/// The 001 ceasefire-proposal sentence and its 004 rewrite (the example of "rewritten").
pub const CEASEFIRE_001: &str =
    "Under a new ceasefire proposal, which Israel says was drafted by U.S. envoy Steve Witkoff";
pub const CEASEFIRE_004: &str =
    "The proposed second phase would require Hamas to release half of its remaining captives";
/// The 001/004 "approximately 24 living hostages / captives" pair.
pub const LIVING_001: &str = "Israeli officials have stated that approximately 24 living hostages";
pub const LIVING_004: &str = "They added that there are approximately 24 living captives";

/// `n` texts made of the five articles' sentences, 30 each, picked by a fixed linear
/// congruential sequence from `seed`: a large set that shares, rewrites and repeats as coverage
/// of one story does.
pub fn generated_texts(n: usize, seed: u64) -> Vec<String> {
    let sentences: Vec<&str> = ARTICLES
        .iter()
        .flat_map(|(_, text)| article_compare::segment::sentences(text).map(|s| s.text(text)))
        .collect();
    let mut state = seed;
    (0..n)
        .map(|_| {
            (0..30)
                .map(|_| {
                    state = state
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1_442_695_040_888_963_407);
                    sentences[(state >> 33) as usize % sentences.len()]
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}
