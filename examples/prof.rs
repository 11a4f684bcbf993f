#[path = "../benches/synth.rs"]
mod synth;
fn main() {
    let corpus = synth::Corpus::build();
    let (a, b) = synth::pair(&corpus, 50_000, 42);
    let what = std::env::args().nth(1).unwrap_or_default();
    if what == "n1000" {
        let texts = synth::set(&corpus, 1000, 5_000, 2000);
        let names: Vec<String> = (0..1000).map(|i| format!("a{i}")).collect();
        let arts: Vec<_> = names
            .iter()
            .zip(&texts)
            .map(|(n, t)| article_compare::Article::new(n, t))
            .collect();
        for _ in 0..3 {
            let t = std::time::Instant::now();
            std::hint::black_box(article_compare::compare(&arts).unwrap());
            eprintln!("n1000: {:.1} ms", t.elapsed().as_secs_f64() * 1000.0);
        }
        return;
    }
    let t = std::time::Instant::now();
    for _ in 0..200 {
        match what.as_str() {
            "seg" => {
                std::hint::black_box(article_compare::segment::sentences(&a).count());
            }
            "key" => {
                let mut k = String::new();
                for s in article_compare::segment::sentences(&a) {
                    article_compare::normalize::key(s.text(&a), &mut k);
                    std::hint::black_box(&k);
                }
            }
            "words" => {
                let mut k = String::new();
                for s in article_compare::segment::sentences(&a) {
                    article_compare::normalize::key(s.text(&a), &mut k);
                    std::hint::black_box(article_compare::normalize::words(&k).count());
                }
            }
            "fold" => {
                let mut k = String::new();
                let mut n = 0usize;
                for s in article_compare::segment::sentences(&a) {
                    article_compare::normalize::for_each_word(s.text(&a), &mut k, |w| n += w.len());
                }
                std::hint::black_box(n);
            }
            "ascii" => {
                let mut n = 0;
                for s in article_compare::segment::sentences(&a) {
                    n += s.text(&a).is_ascii() as usize;
                }
                eprintln!(
                    "{n} ascii of {}",
                    article_compare::segment::sentences(&a).count()
                );
            }
            "doc" => {
                std::hint::black_box(article_compare::Options::new().segment("a", &a).unwrap());
            }
            _ => {
                std::hint::black_box(
                    article_compare::diff(
                        &article_compare::Article::new("a", &a),
                        &article_compare::Article::new("b", &b),
                    )
                    .unwrap(),
                );
            }
        }
    }
    eprintln!(
        "{what}: {:.3} ms/iter",
        t.elapsed().as_secs_f64() * 1000.0 / 200.0
    );
}
