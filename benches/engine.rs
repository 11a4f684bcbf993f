//! The native benchmark: `make bench-native` (or `cargo bench --bench engine`).
//!
//! Medians over several runs, peak heap during each operation (a counting allocator), and the
//! floor: one pass that only segments, tokenizes and hashes the same text. Every diff is checked
//! to rebuild both inputs before it is timed. Prints a Markdown table.

#[path = "synth.rs"]
mod synth;

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

use article_compare::{Article, Options, normalize};

/// Counts live heap bytes and their peak since the last reset.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(live, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size > layout.size() {
                let live =
                    LIVE.fetch_add(new_size - layout.size(), Relaxed) + new_size - layout.size();
                PEAK.fetch_max(live, Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Median wall time in milliseconds over `runs` runs, and the peak extra heap of the first run.
/// With `BENCH_ONCE` set, the first run alone (for a profiler such as callgrind, whose
/// instruction counts repeat where wall times on a shared machine do not).
fn measure<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, usize) {
    let base = LIVE.load(Relaxed);
    PEAK.store(base, Relaxed);
    let t = Instant::now();
    black_box(f());
    let once = t.elapsed().as_secs_f64() * 1000.0;
    let peak = PEAK.load(Relaxed) - base;
    if std::env::var_os("BENCH_ONCE").is_some() {
        return (once, peak);
    }
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            black_box(f());
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], peak)
}

/// The floor: segment, fold and hash every word, comparing nothing (the same pass as wasm's).
fn floor(texts: &[&str]) -> u64 {
    texts.iter().fold(0, |acc, t| {
        acc.wrapping_add(article_compare::tokenize_and_hash(t))
    })
}

/// Article names: `prefix` and a number.
fn names(prefix: &str, n: usize) -> Vec<String> {
    (0..n).map(|i| format!("{prefix}{i}")).collect()
}

fn articles<'a>(names: &'a [String], texts: &'a [String]) -> Vec<Article<'a>> {
    names
        .iter()
        .zip(texts)
        .map(|(n, t)| Article::new(n, t))
        .collect()
}

fn runs_for(bytes: usize) -> usize {
    match bytes {
        0..=100_000 => 21,
        100_001..=1_000_000 => 9,
        _ => 3,
    }
}

fn kb(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1e6)
    } else {
        format!("{:.0} KB", bytes as f64 / 1e3)
    }
}

fn diff(a: &str, b: &str) -> article_compare::DiffReport {
    Options::new()
        .diff(&Article::new("a", a), &Article::new("b", b))
        .expect("diff")
}

/// Diffs and checks that the ops walk both articles' sentences in order (once per case, outside
/// the timed runs).
fn check_diff(a: &str, b: &str) -> article_compare::DiffReport {
    let d = diff(a, b);
    let old: Vec<usize> = d.ops.iter().filter_map(|o| o.a).collect();
    let new: Vec<usize> = d.ops.iter().filter_map(|o| o.b).collect();
    assert!(
        old.iter().copied().eq(0..d.a.sentences.len()),
        "old side rebuilds A"
    );
    assert!(
        new.iter().copied().eq(0..d.b.sentences.len()),
        "new side rebuilds B"
    );
    d
}

/// Brute force: sentence pairs across articles whose words score at least the threshold
/// (what the index should find), and how many of them are in the report's matches or share a
/// cluster.
fn recall(r: &article_compare::Report) -> (usize, usize) {
    use std::collections::HashSet;
    let words = |t: &str| -> Vec<String> {
        let mut k = String::new();
        let mut v = Vec::new();
        normalize::for_each_word(t, &mut k, |w| v.push(w.to_owned()));
        v.sort();
        v.dedup();
        v
    };
    let sents: Vec<([usize; 2], Vec<String>)> = r
        .articles
        .iter()
        .enumerate()
        .flat_map(|(a, art)| {
            art.sentences
                .iter()
                .enumerate()
                .map(move |(s, x)| ([a, s], x.text.clone()))
        })
        .map(|(loc, t)| (loc, words(&t)))
        .collect();
    let mut cluster_of = std::collections::HashMap::new();
    for (c, cl) in r.clusters.iter().enumerate() {
        for m in &cl.members {
            cluster_of.insert(*m, c);
        }
    }
    let matched: HashSet<([usize; 2], [usize; 2])> = r.matches.iter().map(|m| (m.a, m.b)).collect();
    let (mut truth, mut found) = (0, 0);
    for i in 0..sents.len() {
        for j in i + 1..sents.len() {
            let ((la, wa), (lb, wb)) = (&sents[i], &sents[j]);
            if la[0] == lb[0] || wa.len() < 4 || wb.len() < 4 {
                continue;
            }
            let shared = wa.iter().filter(|w| wb.binary_search(w).is_ok()).count();
            let dice = 2.0 * shared as f64 / (wa.len() + wb.len()) as f64;
            let overlap = shared as f64 / wa.len().min(wb.len()) as f64;
            if wa != wb && (dice + overlap) / 2.0 >= 0.5 {
                truth += 1;
                let same_cluster = cluster_of
                    .get(la)
                    .is_some_and(|c| cluster_of.get(lb) == Some(c));
                if same_cluster || matched.contains(&(*la, *lb)) {
                    found += 1;
                }
            }
        }
    }
    (found, truth)
}

fn main() {
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let wanted = |name: &str| filter.as_deref().is_none_or(|f| name.contains(f));
    let corpus = synth::Corpus::build();
    println!("| case | input | median | floor | × floor | peak heap | × input | notes |");
    println!("|---|---|---|---|---|---|---|---|");
    let row = |name: &str, input: usize, ms: f64, floor_ms: f64, peak: usize, notes: &str| {
        println!(
            "| {name} | {} | {ms:.3} ms | {floor_ms:.3} ms | {:.1} | {} | {:.1} | {notes} |",
            kb(input),
            ms / floor_ms,
            kb(peak),
            peak as f64 / input as f64
        );
    };

    let five: Vec<Article<'_>> = synth::fixture_articles();
    if wanted("five") {
        let input: usize = five.iter().map(|a| a.text.len()).sum();
        let (ms, peak) = measure(51, || article_compare::compare(&five).expect("compare"));
        let (floor_ms, _) = measure(51, || {
            floor(&five.iter().map(|a| a.text).collect::<Vec<_>>())
        });
        row("compare: the five articles", input, ms, floor_ms, peak, "");
        let (ms, peak) = measure(51, || {
            article_compare::diff(&five[1], &five[4]).expect("diff")
        });
        let (floor_ms, _) = measure(51, || floor(&[five[1].text, five[4].text]));
        row(
            "diff: 001 vs 004",
            five[1].text.len() + five[4].text.len(),
            ms,
            floor_ms,
            peak,
            "",
        );
    }

    for bytes in [5_000, 50_000, 500_000, 5_000_000] {
        let name = format!("diff: pair of {} (20% changed)", kb(bytes));
        if !wanted(&name) && !wanted("diff") {
            continue;
        }
        let (a, b) = synth::pair(&corpus, bytes, 42);
        let d = check_diff(&a, &b);
        let s = d.stats;
        let notes = format!(
            "{} sentences: {} edited, {} moved, {} ins, {} del",
            d.a.sentences.len(),
            s.edited,
            s.moved,
            s.inserted,
            s.deleted
        );
        let runs = runs_for(bytes);
        let (ms, peak) = measure(runs, || diff(&a, &b));
        let (floor_ms, _) = measure(runs, || floor(&[&a, &b]));
        row(&name, a.len() + b.len(), ms, floor_ms, peak, &notes);
    }

    for n in [10, 100, 1000] {
        let name = format!("compare: {n} articles of 5 KB");
        if !wanted(&name) && !wanted("compare") {
            continue;
        }
        let texts = synth::set(&corpus, n, 5_000, 1000 + n as u64);
        let names = names("a", n);
        let articles = articles(&names, &texts);
        let input: usize = texts.iter().map(String::len).sum();
        let r = article_compare::compare(&articles).expect("compare");
        let notes = format!(
            "{} clusters, {} matches, {} fallbacks",
            r.clusters.len(),
            r.matches.len(),
            r.fallbacks.len()
        );
        let runs = runs_for(input);
        let (ms, peak) = measure(runs, || {
            article_compare::compare(&articles).expect("compare")
        });
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let (floor_ms, _) = measure(runs, || floor(&refs));
        row(&name, input, ms, floor_ms, peak, &notes);
    }

    let syndicated = |label: &str| format!("compare: {}, {label}", synth::SYNDICATED);
    if wanted(&syndicated("words alone")) || wanted(&syndicated("with meaning")) {
        let texts = synth::syndicated_set();
        let names = names("s", texts.len());
        let articles = articles(&names, &texts);
        let input: usize = texts.iter().map(String::len).sum();
        for (label, meaning) in [("words alone", false), ("with meaning", true)] {
            let name = syndicated(label);
            if !wanted(&name) {
                continue;
            }
            let compare = || {
                // With meaning: the bundled model, which `compare` uses natively.
                let options = Options::new();
                if meaning {
                    options.compare(&articles)
                } else {
                    options.compare_with_model(&articles, None)
                }
                .expect("compare")
            };
            let r = compare();
            let notes = format!(
                "{} clusters, {} matches, fallbacks: {}",
                r.clusters.len(),
                r.matches.len(),
                r.fallbacks
                    .iter()
                    .map(|f| format!("{} ×{}", f.stage, f.count))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            let (ms, peak) = measure(3, compare);
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let (floor_ms, _) = measure(3, || floor(&refs));
            row(&name, input, ms, floor_ms, peak, &notes);
        }
    }

    if wanted("recall") {
        // The index against brute force: every pair of distinct sentences of a 100-article set
        // that scores at least matchThreshold, and how many of them the report matches.
        let texts = synth::set(&corpus, 100, 5_000, 1100);
        let names = names("a", 100);
        let articles = articles(&names, &texts);
        let r = article_compare::compare(&articles).expect("compare");
        let (found, truth) = recall(&r);
        println!(
            "| recall: 100 articles vs brute force | {} | | | | | | {found} of {truth} cross-article pairs ({:.1}%) |",
            kb(texts.iter().map(String::len).sum()),
            100.0 * found as f64 / truth as f64
        );
    }

    if wanted("pathological") {
        let mut rng = synth::Rng::new(9);
        let no_punct: String = (0..900_000)
            .map(|_| ["talks ", "hamas ", "envoy ", "release "][rng.below(4)])
            .collect();
        let no_punct_b: String = no_punct.replacen("envoy", "official", 50_000);
        let same = "The talks continue. ".repeat(100_000);
        let same_b = "The talks continue. Officials said so. ".repeat(50_000);
        let (u1, _) = synth::pair(&corpus, 5_000_000, 1);
        let (u2, _) = synth::pair(&corpus, 5_000_000, 2);
        let cases: [(&str, &str, &str); 3] = [
            ("diff: 5 MB with no punctuation", &no_punct, &no_punct_b),
            ("diff: 100,000 identical sentences", &same, &same_b),
            ("diff: two unrelated 5 MB articles", &u1, &u2),
        ];
        for (name, a, b) in cases {
            let d = check_diff(a, b);
            let notes = d
                .fallbacks
                .iter()
                .map(|f| format!("fallback {} ×{}", f.stage, f.count))
                .collect::<Vec<_>>()
                .join(", ");
            let (ms, peak) = measure(3, || diff(a, b));
            let (floor_ms, _) = measure(3, || floor(&[a, b]));
            row(name, a.len() + b.len(), ms, floor_ms, peak, &notes);
        }
    }
}
