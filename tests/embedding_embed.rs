//! The embedder against a plain reference (tokenize, dequantize, mean, normalize) on a
//! synthetic model with the real vocabulary, and the model file's checks.

use article_compare::embedding::{Embedder, Model};
use article_compare::embedding::{Scratch, WordPiece};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/embedding/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// xorshift64*: deterministic rows without a dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

/// A synthetic model: the fixture vocabulary, random rows, special tokens zero.
struct Synth {
    file: Vec<u8>,
    /// Dequantized rows, computed independently of the crate.
    rows: Vec<Vec<f32>>,
}

fn is_special(token: &str) -> bool {
    token.starts_with('[') && token.ends_with(']') && token.len() > 2
}

fn synth(dim: usize, bits: u32, seed: u64) -> Synth {
    let vocab = fixture("vocab.txt");
    let tokens: Vec<&str> = vocab.split('\n').collect();
    let mut rng = Rng(seed);
    let mut scales = Vec::new();
    let mut rows_q = Vec::new();
    let mut rows = Vec::new();
    for token in &tokens {
        // Half floats with exponents 2^-10 .. 2^-3, any mantissa, either sign.
        let (e, m, s) = (5 + rng.next() % 8, rng.next() % 1024, rng.next() % 2);
        let half = ((s << 15) | (e << 10) | m) as u16;
        let scale = (if s == 1 { -1.0 } else { 1.0 })
            * 2f64.powi(e as i32 - 15)
            * (1.0 + m as f64 / 1024.0);
        let q: Vec<i32> = (0..dim)
            .map(|_| {
                if is_special(token) {
                    0
                } else if bits == 4 {
                    (rng.next() % 16) as i32 - 8
                } else {
                    (rng.next() % 256) as i32 - 128
                }
            })
            .collect();
        scales.push(half);
        rows.push(q.iter().map(|&v| (scale * v as f64) as f32).collect());
        if bits == 4 {
            rows_q.extend(
                q.chunks(2)
                    .map(|p| ((p[0] & 15) | ((p[1] & 15) << 4)) as u8),
            );
        } else {
            rows_q.extend(q.iter().map(|&v| v as i8 as u8));
        }
    }
    let text = tokens.join("\n");
    let mut file = b"ACE1".to_vec();
    for v in [dim as u32, tokens.len() as u32, bits, text.len() as u32] {
        file.extend(v.to_le_bytes());
    }
    file.extend(text.as_bytes());
    for s in &scales {
        file.extend(s.to_le_bytes());
    }
    file.extend(&rows_q);
    Synth { file, rows }
}

/// The plain reference: every piece that is not special, summed, normalized.
fn reference(pieces: &WordPiece, synth: &Synth, tokens: &[&str], text: &str) -> Option<Vec<f32>> {
    let mut ids = Vec::new();
    pieces.text_ids(text, &mut Scratch::default(), &mut ids);
    let dim = synth.rows[0].len();
    let mut sum = vec![0f64; dim];
    let mut n = 0;
    for id in ids {
        if is_special(tokens[id as usize]) {
            continue;
        }
        n += 1;
        for (s, v) in sum.iter_mut().zip(&synth.rows[id as usize]) {
            *s += f64::from(*v);
        }
    }
    let norm = sum.iter().map(|v| v * v).sum::<f64>().sqrt();
    (n > 0 && norm > 0.0).then(|| sum.iter().map(|v| (v / norm) as f32).collect())
}

fn texts() -> Vec<String> {
    let cases = fixture("wordpiece_cases.jsonl");
    let mut texts: Vec<String> = cases
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("json");
            v["text"].as_str().expect("text").to_owned()
        })
        .collect();
    // Past the integer sums' group sizes (128 pieces at 8 bits, 4,096 at 4).
    let long: String = texts[..400].join(" ");
    texts.push(long.clone());
    texts.push([long.as_str(); 3].join(" "));
    texts
}

fn check(dim: usize, bits: u32, limits: &[usize]) {
    let synth = synth(dim, bits, 7 + u64::from(bits));
    let vocab = fixture("vocab.txt");
    let tokens: Vec<&str> = vocab.split('\n').collect();
    let pieces = WordPiece::new(tokens.iter().copied()).expect("vocab");
    let model = Model::from_bytes(synth.file.clone()).expect("model");
    assert_eq!(model.dim(), dim);
    let texts = texts();
    let want: Vec<Option<Vec<f32>>> = texts
        .iter()
        .map(|t| reference(&pieces, &synth, &tokens, t))
        .collect();
    assert!(
        want.iter().filter(|w| w.is_none()).count() > 3,
        "some texts have no vector"
    );
    for &chunks in limits {
        let mut embedder = Embedder::new(&model).max_cached_chunks(chunks);
        let mut out = vec![0f32; dim];
        // Twice over: the second pass reads the caches.
        for round in 0..2 {
            for (text, want) in texts.iter().zip(&want) {
                let got = embedder.embed(text, &mut out);
                match want {
                    None => {
                        assert!(!got, "{text:?} has no vector");
                        assert!(out.iter().all(|&v| v == 0.0));
                    }
                    Some(want) => {
                        assert!(got, "{text:?} has a vector");
                        let cos: f32 = out.iter().zip(want).map(|(a, b)| a * b).sum();
                        assert!(
                            cos > 0.99999,
                            "{text:?} cos {cos} (limit {chunks}, round {round})"
                        );
                    }
                }
            }
        }
        assert!(embedder.cached_chunks() <= chunks);
    }
}

#[test]
fn four_bit_matches_reference() {
    check(64, 4, &[32_768, 0, 50]);
}

#[test]
fn eight_bit_matches_reference() {
    check(48, 8, &[32_768, 0, 50]);
}

/// A dim that is not a multiple of 8 takes the column-at-a-time path for the last columns.
#[test]
fn odd_dims_match_reference() {
    check(22, 4, &[32_768]);
    check(13, 8, &[32_768]);
}

#[test]
fn added_tokens_and_unknowns_are_skipped() {
    let synth = synth(16, 4, 3);
    let model = Model::from_bytes(synth.file).expect("model");
    let mut e = Embedder::new(&model);
    let (mut a, mut b) = (vec![0f32; 16], vec![0f32; 16]);
    assert!(e.embed("Hello world", &mut a));
    assert!(e.embed("[CLS] hello 🥰 [MASK]world [SEP]", &mut b));
    assert_eq!(a, b);
    for empty in ["", "  \t\n", "[CLS][SEP]", "🥰", "\u{200b}\u{0301}"] {
        assert!(!e.embed(empty, &mut a), "{empty:?}");
        assert!(a.iter().all(|&v| v == 0.0));
    }
    assert!(!e.embed("hello", &mut [0f32; 15]), "wrong length");
    let norm: f32 = b.iter().map(|v| v * v).sum::<f32>().sqrt();
    assert!((norm - 1.0).abs() < 1e-5);
}

#[test]
fn bad_files_are_errors() {
    let good = synth(8, 4, 5).file;
    assert!(Model::from_bytes(good.clone()).is_ok());
    let set_u32 = |at: usize, v: u32| {
        let mut f = good.clone();
        f[at..at + 4].copy_from_slice(&v.to_le_bytes());
        f
    };
    let vocab_bytes = u32::from_le_bytes([good[16], good[17], good[18], good[19]]) as usize;
    let mut bad_magic = good.clone();
    bad_magic[3] = b'2';
    let mut bad_utf8 = good.clone();
    bad_utf8[20 + 3] = 0xFF;
    let mut inf_scale = good.clone();
    let scales_at = 20 + vocab_bytes;
    inf_scale[scales_at + 2 * 2000..scales_at + 2 * 2000 + 2]
        .copy_from_slice(&0x7C00u16.to_le_bytes());
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (
            good[..10].to_vec(),
            "the model is 10 bytes; its header alone is 20",
        ),
        (bad_magic, "the model starts with \"ACE2\", not \"ACE1\""),
        (
            set_u32(12, 5),
            "the model has 5 bits a value; 4 or 8 expected",
        ),
        (
            set_u32(4, 7),
            "the model has dimension 7; with 4 bits it must be even and above 0",
        ),
        (
            set_u32(4, 0),
            "the model has dimension 0; with 4 bits it must be even and above 0",
        ),
        (good[..good.len() - 1].to_vec(), "its header says"),
        (set_u32(4, u32::MAX - 1), "its header says"),
        (
            bad_utf8,
            "the model's vocabulary is not UTF-8 at byte 3 of it",
        ),
        (
            inf_scale,
            "the model's row 2000 has a scale that is not finite",
        ),
    ];
    for (file, message) in cases {
        match Model::from_bytes(file) {
            Ok(_) => panic!("accepted, want {message:?}"),
            Err(e) => assert!(e.to_string().contains(message), "{e} / want {message}"),
        }
    }
}

#[test]
fn vocabulary_errors() {
    let build = |text: &str| {
        let mut file = b"ACE1".to_vec();
        let n = text.split('\n').count() as u32;
        for v in [2u32, n, 8, text.len() as u32] {
            file.extend(v.to_le_bytes());
        }
        file.extend(text.as_bytes());
        file.extend(std::iter::repeat_n(0u8, n as usize * 4));
        file
    };
    assert!(Model::from_bytes(build("[UNK]\na\nb")).is_ok());
    let err = |text: &str| Model::from_bytes(build(text)).err().map(|e| e.to_string());
    assert_eq!(
        err("a\nb").as_deref(),
        Some("the model's vocabulary has no [UNK] token")
    );
    assert_eq!(
        err("[UNK]\na\na").as_deref(),
        Some("the model's vocabulary has \"a\" twice")
    );
    let mut wrong_count = build("[UNK]\na\nb");
    wrong_count[8] = 2;
    wrong_count.truncate(wrong_count.len() - 4);
    let e = Model::from_bytes(wrong_count).err().map(|e| e.to_string());
    assert!(e.is_some_and(|e| e.contains("has 3 tokens; its header says 2")));
}
