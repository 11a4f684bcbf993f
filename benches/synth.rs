//! Seeded synthetic inputs built from the five real articles: article pairs with about 20% of
//! sentences edited, moved, inserted or deleted, and n-way sets of articles on shared stories.
//! The same seed gives the same bytes on every machine.
#![allow(dead_code)]

/// SplitMix64: small, fast, and reproducible without a dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

const ARTICLES: [&str; 5] = [
    include_str!("../tests/fixtures/articles/000.txt"),
    include_str!("../tests/fixtures/articles/001.txt"),
    include_str!("../tests/fixtures/articles/002.txt"),
    include_str!("../tests/fixtures/articles/003.txt"),
    include_str!("../tests/fixtures/articles/004.txt"),
];

/// Real sentences (for rewriting) and a vocabulary ranked by how often the five articles use
/// each word, extended with made-up words, so that sampled text has news's word frequencies: a
/// heavy head of function words and a long tail of rare ones.
pub struct Corpus {
    sentences: Vec<Vec<String>>,
    vocab: Vec<String>,
}

impl Corpus {
    pub fn build() -> Self {
        let mut sentences = Vec::new();
        let mut counts: std::collections::BTreeMap<String, usize> =
            std::collections::BTreeMap::new();
        for text in ARTICLES {
            for s in article_compare::segment::sentences(text) {
                let words: Vec<String> =
                    s.text(text).split_whitespace().map(str::to_owned).collect();
                for w in &words {
                    let bare = w
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase();
                    if !bare.is_empty() {
                        *counts.entry(bare).or_insert(0) += 1;
                    }
                }
                if words.len() >= 4 {
                    sentences.push(words);
                }
            }
        }
        let mut ranked: Vec<(String, usize)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let mut vocab: Vec<String> = ranked.into_iter().map(|(w, _)| w).collect();
        let syllables = [
            "ka", "lo", "mer", "tan", "vi", "sul", "den", "ra", "pho", "gri", "ne", "bas", "tor",
            "u", "el",
        ];
        let mut rng = Rng::new(7);
        while vocab.len() < 50_000 {
            let n = 2 + rng.below(3);
            let w: String = (0..n)
                .map(|_| syllables[rng.below(syllables.len())])
                .collect();
            vocab.push(w);
        }
        Corpus { sentences, vocab }
    }

    /// A word with a Zipf-like distribution over the ranked vocabulary.
    fn word(&self, rng: &mut Rng) -> &str {
        let u = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        // Rank ~ u^4: about half the draws come from the top 0.3% (function words).
        let ix = ((self.vocab.len() as f64) * u.powi(4)) as usize;
        &self.vocab[ix.min(self.vocab.len() - 1)]
    }

    /// A fresh sentence of 8 to 38 words drawn from the vocabulary, shaped like news: a
    /// capital, a comma now and then, a period.
    pub fn sentence(&self, rng: &mut Rng) -> String {
        let n = 8 + rng.below(31);
        let mut words: Vec<String> = (0..n).map(|_| self.word(rng).to_owned()).collect();
        for w in words.iter_mut().skip(3) {
            if rng.chance(0.06) {
                w.push(',');
            }
        }
        if let Some(first) = words.first_mut() {
            let mut c = first.chars();
            if let Some(h) = c.next() {
                *first = h.to_uppercase().chain(c).collect();
            }
        }
        finish(words)
    }

    /// A real sentence of the five articles, lightly rewritten: the shapes of real news.
    pub fn real(&self, rng: &mut Rng) -> String {
        let base = self.sentences[rng.below(self.sentences.len())].join(" ");
        self.edit(&base, rng)
    }

    /// A light rewrite: a few words replaced, dropped or inserted.
    pub fn edit(&self, s: &str, rng: &mut Rng) -> String {
        let mut words: Vec<String> = s.split_whitespace().map(str::to_owned).collect();
        let edits = 1 + rng.below(3);
        for _ in 0..edits {
            let at = rng.below(words.len());
            match rng.below(3) {
                0 => words[at] = self.word(rng).to_owned(),
                1 if words.len() > 4 => {
                    words.remove(at);
                }
                _ => words.insert(at, self.word(rng).to_owned()),
            }
        }
        finish(words)
    }
}

fn finish(mut words: Vec<String>) -> String {
    if let Some(last) = words.last_mut() {
        let trimmed = last
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_owned();
        *last = trimmed + ".";
    }
    words.join(" ")
}

/// The share of rewritten real sentences in an article of `bytes`: 30%, but no more than about
/// 100 per article, so that long articles are not hundreds of copies of the same 120 templates.
fn real_share(bytes: usize) -> f64 {
    (100.0 / (bytes as f64 / 150.0)).min(0.3)
}

/// Joins sentences into paragraphs of three, one paragraph per line as pasted news has.
pub fn layout(sentences: &[String]) -> String {
    sentences
        .chunks(3)
        .map(|p| p.join(" "))
        .collect::<Vec<_>>()
        .join("\n")
}

/// An article pair of about `bytes` each: B is A with about 20% of sentences changed:
/// 12% edited, 4% moved, 2% deleted, 2% inserted.
pub fn pair(corpus: &Corpus, bytes: usize, seed: u64) -> (String, String) {
    let mut rng = Rng::new(seed);
    let mut a: Vec<String> = Vec::new();
    let mut size = 0;
    let p_real = real_share(bytes);
    while size < bytes {
        let s = if rng.chance(p_real) {
            corpus.real(&mut rng)
        } else {
            corpus.sentence(&mut rng)
        };
        size += s.len() + 1;
        a.push(s);
    }
    let mut b: Vec<String> = Vec::with_capacity(a.len());
    let mut moved: Vec<String> = Vec::new();
    for s in &a {
        let roll = rng.below(100);
        match roll {
            0..12 => b.push(corpus.edit(s, &mut rng)),
            12..16 => moved.push(s.clone()),
            16..18 => {}
            18..20 => {
                b.push(s.clone());
                b.push(corpus.sentence(&mut rng));
            }
            _ => b.push(s.clone()),
        }
    }
    for s in moved {
        let at = rng.below(b.len() + 1);
        b.insert(at, s);
    }
    (layout(&a), layout(&b))
}

/// `n` articles of about `bytes` each, on `n / 10` stories: each article carries about 60% of
/// its story's sentences (a fifth of them lightly rewritten) and 40% sentences of its own.
pub fn set(corpus: &Corpus, n: usize, bytes: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed);
    let stories = (n / 10).max(1);
    let pools: Vec<Vec<String>> = (0..stories)
        .map(|_| (0..40).map(|_| corpus.sentence(&mut rng)).collect())
        .collect();
    (0..n)
        .map(|i| {
            let pool = &pools[i % stories];
            let mut out = Vec::new();
            let mut size = 0;
            while size < bytes {
                let s = if rng.chance(0.6) {
                    let s = &pool[rng.below(pool.len())];
                    if rng.chance(0.2) {
                        corpus.edit(s, &mut rng)
                    } else {
                        s.clone()
                    }
                } else if rng.chance(0.05) {
                    corpus.real(&mut rng)
                } else {
                    corpus.sentence(&mut rng)
                };
                size += s.len() + 1;
                out.push(s);
            }
            layout(&out)
        })
        .collect()
}

/// The five real articles as `Article`s named 000.txt … 004.txt.
pub fn fixture_articles() -> Vec<article_compare::Article<'static>> {
    const NAMES: [&str; 5] = ["000.txt", "001.txt", "002.txt", "003.txt", "004.txt"];
    NAMES
        .iter()
        .zip(ARTICLES)
        .map(|(n, t)| article_compare::Article::new(n, t))
        .collect()
}

/// Real news sentences: every sentence of at least four words of the 60 BASIL articles in
/// tests/fixtures/audit/stories and of the five fixture articles, each once, in a fixed order.
pub fn real_sentences() -> Vec<String> {
    let root =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/audit/stories");
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(&root)
        .expect("tests/fixtures/audit/stories")
        .flat_map(|story| std::fs::read_dir(story.expect("story").path()).expect("story dir"))
        .map(|f| f.expect("file").path())
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")))
        .collect();
    paths.sort();
    let mut texts: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("article"))
        .collect();
    texts.extend(ARTICLES.iter().map(|t| (*t).to_owned()));
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for text in &texts {
        for s in article_compare::segment::sentences(text) {
            let s = s
                .text(text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if s.split(' ').count() >= 4 && seen.insert(s.clone()) {
                out.push(s);
            }
        }
    }
    out
}

/// Syndicated copy: `n` articles of about `bytes` each, every sentence an exact copy of a real
/// one drawn from a pool sized so that each appears in about ten articles (as wire copy is
/// printed by many outlets), in paragraphs of three. A pool smaller than that asks for is used
/// whole (the benchmarks' set: 2,729 distinct sentences, 12.8 printings each).
pub fn syndicated(real: &[String], n: usize, bytes: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed);
    let mean = real.iter().map(|s| s.len() + 1).sum::<usize>() / real.len().max(1);
    let want = (n * bytes / mean / 10).clamp(1, real.len());
    // A seeded sample of the pool (a partial Fisher-Yates shuffle).
    let mut order: Vec<usize> = (0..real.len()).collect();
    for i in 0..want {
        let j = i + rng.below(order.len() - i);
        order.swap(i, j);
    }
    let pool = &order[..want];
    (0..n)
        .map(|_| {
            let mut out = Vec::new();
            let mut size = 0;
            while size < bytes {
                let s = real[pool[rng.below(pool.len())]].clone();
                size += s.len() + 1;
                out.push(s);
            }
            layout(&out)
        })
        .collect()
}

/// The benchmarks' syndicated set, the same bytes for every runner.
pub const SYNDICATED: &str = "1000 syndicated articles of 5 KB";

pub fn syndicated_set() -> Vec<String> {
    syndicated(&real_sentences(), 1000, 5_000, 17)
}
