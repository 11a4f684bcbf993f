//! Quality figures of matching on public data (../shared/eval): how well sentence scores follow
//! people's judgments, and how well article similarity tells stories apart. Not a test: it
//! prints a table for bench/RESULTS.md and the notes. `cargo bench --bench quality`.
//!
//! - STS headlines 2013 and 2014 (pairs scored 0–5 by people): Pearson of word-set Jaccard, the
//!   engine's word score, the model's raw cosine, its cosine centered on the set's mean (as the
//!   engine compares), and the engine's combined score; also on the pairs with Jaccard < 0.25.
//! - MRPC train (paraphrase or not): ROC AUC of the same scores (reported, not tuned to).
//! - BASIL (100 stories × 3 outlets): all 300 articles compared at once; ROC AUC of `similarity`
//!   and of `containment` (symmetrized) for same-story against different-story pairs, and their
//!   means over same-story pairs.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::collections::HashSet;
    use std::path::{Path, PathBuf};
    use std::time::Instant;

    use article_compare::embedding::Embedder;
    use article_compare::{Article, Options, bundled_model, word_similarity};

    fn eval_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval")
    }

    fn jaccard(a: &str, b: &str) -> f64 {
        let words = |s: &str| -> HashSet<String> {
            s.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let (x, y) = (words(a), words(b));
        let union = x.union(&y).count();
        if union == 0 {
            0.0
        } else {
            x.intersection(&y).count() as f64 / union as f64
        }
    }

    fn pearson(x: &[f64], y: &[f64]) -> f64 {
        let n = x.len() as f64;
        let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
        let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
        for (a, b) in x.iter().zip(y) {
            sxy += (a - mx) * (b - my);
            sxx += (a - mx) * (a - mx);
            syy += (b - my) * (b - my);
        }
        sxy / (sxx * syy).sqrt()
    }

    /// ROC AUC of `score` for `positive` (ties count half).
    fn auc(score: &[f64], positive: &[bool]) -> f64 {
        let mut order: Vec<usize> = (0..score.len()).collect();
        order.sort_by(|&a, &b| score[a].total_cmp(&score[b]));
        let (mut rank_sum, mut i) = (0.0, 0);
        while i < order.len() {
            let mut j = i;
            while j < order.len() && score[order[j]] == score[order[i]] {
                j += 1;
            }
            let mid = (i + j + 1) as f64 / 2.0;
            rank_sum += (i..j).filter(|&k| positive[order[k]]).count() as f64 * mid;
            i = j;
        }
        let p = positive.iter().filter(|&&b| b).count() as f64;
        let q = positive.len() as f64 - p;
        (rank_sum - p * (p + 1.0) / 2.0) / (p * q)
    }

    /// The scores of sentence pairs: jaccard, words, raw cosine, centered cosine, combined.
    fn scores(pairs: &[(String, String)]) -> Vec<[f64; 5]> {
        let model = bundled_model();
        let mut embedder = Embedder::new(model);
        let dim = model.dim();
        let embed = |e: &mut Embedder<'_>, t: &str| {
            let mut v = vec![0f32; dim];
            e.embed(t, &mut v);
            v
        };
        let vecs: Vec<(Vec<f32>, Vec<f32>)> = pairs
            .iter()
            .map(|(a, b)| (embed(&mut embedder, a), embed(&mut embedder, b)))
            .collect();
        let mut mean = vec![0f32; dim];
        for (a, b) in &vecs {
            for k in 0..dim {
                mean[k] += (a[k] + b[k]) / (2 * vecs.len()) as f32;
            }
        }
        let cos = |a: &[f32], b: &[f32], m: Option<&[f32]>| -> f64 {
            let c = |v: &[f32]| -> Vec<f32> {
                match m {
                    Some(m) => v.iter().zip(m).map(|(x, y)| x - y).collect(),
                    None => v.to_vec(),
                }
            };
            let (x, y) = (c(a), c(b));
            let dot: f32 = x.iter().zip(&y).map(|(p, q)| p * q).sum();
            let n = x.iter().map(|p| p * p).sum::<f32>().sqrt()
                * y.iter().map(|q| q * q).sum::<f32>().sqrt();
            if n > 0.0 { f64::from(dot / n) } else { 0.0 }
        };
        let o = Options::default();
        pairs
            .iter()
            .zip(&vecs)
            .map(|((a, b), (va, vb))| {
                let words = f64::from(word_similarity(a, b));
                let centered = cos(va, vb, Some(&mean));
                let w = f64::from(o.meaning_weight);
                let combined = words.max(w * centered + (1.0 - w) * words);
                [jaccard(a, b), words, cos(va, vb, None), centered, combined]
            })
            .collect()
    }

    const NAMES: [&str; 5] = [
        "word-set Jaccard",
        "engine word score",
        "model cosine",
        "model cosine, centered",
        "engine combined score",
    ];

    fn sts() {
        let mut all: Vec<(f64, String, String)> = Vec::new();
        let mut by_year = Vec::new();
        for year in ["2013", "2014"] {
            let path = eval_dir().join(format!("sts_headlines_{year}.tsv"));
            let Ok(text) = std::fs::read_to_string(&path) else {
                println!("{} is missing: STS left out", path.display());
                return;
            };
            let rows: Vec<(f64, String, String)> = text
                .lines()
                .filter_map(|l| {
                    let mut f = l.split('\t');
                    let score = f.next()?.trim().parse().ok()?;
                    Some((score, f.next()?.to_owned(), f.next()?.to_owned()))
                })
                .collect();
            by_year.push((year, rows.len(), all.len()));
            all.extend(rows);
        }
        let pairs: Vec<(String, String)> = all.iter().map(|r| (r.1.clone(), r.2.clone())).collect();
        let gold: Vec<f64> = all.iter().map(|r| r.0).collect();
        let s = scores(&pairs);
        println!("\n### STS headlines: Pearson with people's scores\n");
        println!(
            "| score | 2013 | 2014 | both | both, Jaccard < 0.25 |\n| --- | ---: | ---: | ---: | ---: |"
        );
        let low: Vec<usize> = (0..all.len()).filter(|&i| s[i][0] < 0.25).collect();
        for (k, name) in NAMES.iter().enumerate() {
            let col = |idx: &[usize]| {
                let x: Vec<f64> = idx.iter().map(|&i| s[i][k]).collect();
                let y: Vec<f64> = idx.iter().map(|&i| gold[i]).collect();
                pearson(&x, &y)
            };
            let year = |n: usize| {
                let (_, len, start) = by_year[n];
                col(&(start..start + len).collect::<Vec<_>>())
            };
            println!(
                "| {name} | {:.3} | {:.3} | {:.3} | {:.3} |",
                year(0),
                year(1),
                col(&(0..all.len()).collect::<Vec<_>>()),
                col(&low)
            );
        }
        println!(
            "\n{} scored pairs, {} with Jaccard < 0.25",
            all.len(),
            low.len()
        );
    }

    fn mrpc() {
        let Ok(text) = std::fs::read_to_string(eval_dir().join("mrpc_train.tsv")) else {
            println!("mrpc_train.tsv is missing: MRPC left out");
            return;
        };
        let mut pairs = Vec::new();
        let mut label = Vec::new();
        for line in text.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 5 {
                continue;
            }
            label.push(f[0] == "1");
            let unq = |s: &str| s.replace("<QUOTE>", "\"");
            pairs.push((unq(f[3]), unq(f[4])));
        }
        let s = scores(&pairs);
        println!(
            "\n### MRPC train ({} pairs): ROC AUC (reported, not tuned to)\n",
            pairs.len()
        );
        println!("| score | AUC |\n| --- | ---: |");
        for (k, name) in NAMES.iter().enumerate() {
            let x: Vec<f64> = s.iter().map(|r| r[k]).collect();
            println!("| {name} | {:.3} |", auc(&x, &label));
        }
    }

    fn basil() {
        let dir = eval_dir().join("basil");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            println!("{} is missing: BASIL left out", dir.display());
            return;
        };
        let mut stories: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
        stories.sort();
        let mut texts = Vec::new();
        for (k, story) in stories.iter().enumerate() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(story)
                .into_iter()
                .flatten()
                .filter_map(|e| Some(e.ok()?.path()))
                .collect();
            files.sort();
            for f in files {
                if let Ok(t) = std::fs::read_to_string(&f) {
                    texts.push((k, format!("{}", f.display()), t));
                }
            }
        }
        let articles: Vec<Article<'_>> = texts.iter().map(|(_, n, t)| Article::new(n, t)).collect();
        for (label, options) in [
            ("with meaning", Options::default()),
            ("words alone", Options::default().semantic(false)),
        ] {
            let start = Instant::now();
            let Ok(report) = options.compare(&articles) else {
                println!("BASIL compare failed");
                return;
            };
            let took = start.elapsed();
            let (mut sim, mut cont, mut same) = (Vec::new(), Vec::new(), Vec::new());
            for i in 0..texts.len() {
                for j in i + 1..texts.len() {
                    sim.push(f64::from(report.similarity[i][j]));
                    cont.push(f64::from(report.containment[i][j] + report.containment[j][i]) / 2.0);
                    same.push(texts[i].0 == texts[j].0);
                }
            }
            let mean = |v: &[f64], want: bool| {
                let xs: Vec<f64> = v
                    .iter()
                    .zip(&same)
                    .filter(|p| *p.1 == want)
                    .map(|p| *p.0)
                    .collect();
                xs.iter().sum::<f64>() / xs.len() as f64
            };
            println!(
                "\n### BASIL, {label}: {} articles of {} stories in one comparison ({:.2} s)\n",
                texts.len(),
                stories.len(),
                took.as_secs_f64()
            );
            println!(
                "| matrix | ROC AUC same vs different story | mean, same story | mean, different |\n| --- | ---: | ---: | ---: |"
            );
            println!(
                "| similarity | {:.4} | {:.3} | {:.4} |",
                auc(&sim, &same),
                mean(&sim, true),
                mean(&sim, false)
            );
            println!(
                "| containment (both ways averaged) | {:.4} | {:.3} | {:.4} |",
                auc(&cont, &same),
                mean(&cont, true),
                mean(&cont, false)
            );
            let para = report
                .matches
                .iter()
                .filter(|m| format!("{:?}", m.grade) == "Paraphrase")
                .count();
            println!(
                "\n{} matches, {} of them paraphrases",
                report.matches.len(),
                para
            );
        }
    }

    pub fn main() {
        sts();
        mrpc();
        basil();
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::main();
}
