//! Stories on one core: signatures, meaning vectors and the grouping of ../shared/eval/basil
//! (300 articles), each timed over repeated runs. `cargo bench --bench stories`; the figures go
//! to bench/RESULTS.md ("Stories").

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::time::Instant;

    use article_compare::bundled_model;
    use article_compare::stories::{self, meaning};

    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/basil");
    let mut texts = Vec::new();
    for story in std::fs::read_dir(&root).expect("../shared/eval/basil is there") {
        for file in std::fs::read_dir(story.expect("a story").path()).expect("a folder") {
            texts.push(std::fs::read_to_string(file.expect("a file").path()).expect("UTF-8"));
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let rounds = 20;
    let time = |f: &mut dyn FnMut()| {
        f();
        let mut best = f64::MAX;
        for _ in 0..rounds {
            let t = Instant::now();
            f();
            best = best.min(t.elapsed().as_secs_f64());
        }
        best
    };
    let mut sigs = Vec::new();
    let sig_s = time(&mut || sigs = texts.iter().map(|t| stories::signature(t)).collect());
    let mut vecs = Vec::new();
    let vec_s =
        time(&mut || vecs = meaning::vectors(bundled_model(), texts.iter().map(String::as_str)));
    let mut grouping = None;
    let group_s = time(&mut || grouping = Some(stories::group(&sigs, &vecs)));
    let grouping = grouping.expect("grouped");
    let (n, mb) = (texts.len() as f64, bytes as f64 / 1e6);
    println!("| one core, {n} articles ({mb:.1} MB) | best of {rounds} | per second |");
    println!("|---|---|---|");
    println!(
        "| signatures | {:.1} ms | {:.0} articles ({:.1} MB) |",
        sig_s * 1e3,
        n / sig_s,
        mb / sig_s
    );
    println!(
        "| meaning vectors | {:.1} ms | {:.0} articles ({:.1} MB) |",
        vec_s * 1e3,
        n / vec_s,
        mb / vec_s
    );
    println!(
        "| banding, {} candidate pairs scored, {} links, components | {:.1} ms | {:.0} pairs |",
        grouping.candidates,
        grouping.links,
        group_s * 1e3,
        grouping.candidates as f64 / group_s
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
