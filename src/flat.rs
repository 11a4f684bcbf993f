//! A pairwise diff as flat arrays, the form in which the wasm door hands it to JavaScript: the
//! few fields of the report as a small JSON head, and every sentence, operation and word
//! change as numbers in one `i32` array (and the scores in an `f64` one), read by the JS glue
//! of `wasm.rs` into the same objects the JSON of the whole report parsed to, without JSON text
//! to parse (bench/RESULTS.md, issue 17, has what it saves).
//!
//! The layout of [`Flat::ints`], each index `-1` where the report has `null` or nothing:
//!
//! ```text
//! sentences of a: count, then [start, end, paragraph, furniture] per sentence
//! sentences of b: the same
//! ops:            count, then [kind, a, b, to, from, word count] per op
//! word changes:   [kind, a.start, a.end, b.start, b.end] per change, in the order of the ops
//! ```
//!
//! Kinds and furniture are indexes into the lists of the head; [`Flat::scores`] holds each op's
//! score, NaN where it has none.

use serde::Serialize;

use crate::compare::{OpKind, WordOp};
use crate::report::{ArticleReport, DiffReport};
use crate::text::{Furniture, SpanPair};

/// The kinds in the order the head lists them.
const OP_KINDS: [OpKind; 5] = [
    OpKind::Equal,
    OpKind::Edited,
    OpKind::Moved,
    OpKind::Inserted,
    OpKind::Deleted,
];
const WORD_OPS: [WordOp; 3] = [WordOp::Equal, WordOp::Delete, WordOp::Insert];

/// The report without its sentences and ops, and the names the numbers stand for.
#[derive(Serialize)]
pub(crate) struct Head {
    report: DiffReport,
    ops: [OpKind; 5],
    words: [WordOp; 3],
    furniture: Vec<Furniture>,
}

/// A [`DiffReport`] taken apart (module docs).
pub(crate) struct Flat {
    pub head: Head,
    pub ints: Vec<i32>,
    pub scores: Vec<f64>,
}

/// A value, or an offset, that JavaScript gets as a number (the report's limits keep every one
/// far below `i32::MAX`).
fn int(x: usize) -> Result<i32, String> {
    i32::try_from(x).map_err(|_| format!("{x} does not fit the result's numbers"))
}

fn opt(x: Option<usize>) -> Result<i32, String> {
    x.map_or(Ok(-1), int)
}

fn index<T: PartialEq>(list: &[T], x: &T) -> Result<i32, String> {
    let at = list.iter().position(|k| k == x);
    at.map_or_else(|| Err("a kind the flat form does not list".to_owned()), int)
}

impl Flat {
    pub(crate) fn new(mut report: DiffReport) -> Result<Self, String> {
        let ops = core::mem::take(&mut report.ops);
        let words: usize = ops.iter().map(|o| o.words.len()).sum();
        let sentences = report.a.sentences.len() + report.b.sentences.len();
        let mut ints = Vec::with_capacity(3 + 4 * sentences + 6 * ops.len() + 5 * words);
        let mut furniture = Vec::new();
        for article in [&mut report.a, &mut report.b] {
            push_sentences(article, &mut ints, &mut furniture)?;
        }
        ints.push(int(ops.len())?);
        let mut scores = Vec::with_capacity(ops.len());
        let mut digits = zmij::Buffer::new();
        for op in &ops {
            ints.extend([
                index(&OP_KINDS, &op.op)?,
                opt(op.a)?,
                opt(op.b)?,
                opt(op.to)?,
                opt(op.from)?,
                int(op.words.len())?,
            ]);
            scores.push(op.score.map_or(f64::NAN, |s| as_parsed(s, &mut digits)));
        }
        for w in ops.iter().flat_map(|o| &o.words) {
            let span = |s: &Option<SpanPair>| -> Result<[i32; 2], String> {
                s.as_ref()
                    .map_or(Ok([-1, -1]), |s| Ok([int(s.start)?, int(s.end)?]))
            };
            let ([a0, a1], [b0, b1]) = (span(&w.a)?, span(&w.b)?);
            ints.extend([index(&WORD_OPS, &w.op)?, a0, a1, b0, b1]);
        }
        Ok(Self {
            head: Head {
                report,
                ops: OP_KINDS,
                words: WORD_OPS,
                furniture,
            },
            ints,
            scores,
        })
    }
}

fn push_sentences(
    article: &mut ArticleReport,
    ints: &mut Vec<i32>,
    furniture: &mut Vec<Furniture>,
) -> Result<(), String> {
    let sentences = core::mem::take(&mut article.sentences);
    ints.push(int(sentences.len())?);
    for s in &sentences {
        let kind = match s.furniture {
            None => -1,
            Some(f) => {
                if !furniture.contains(&f) {
                    furniture.push(f);
                }
                index(furniture, &f)?
            }
        };
        ints.extend([
            int(s.span.start)?,
            int(s.span.end)?,
            int(s.paragraph)?,
            kind,
        ]);
    }
    Ok(())
}

/// The number JavaScript's `JSON.parse` makes of the JSON of `score`: the shortest decimal
/// that gives back the `f32` (zmij's, as serde_json writes it), read as an `f64` (not the
/// `f32`'s own value, whose longer decimal a reader would see).
fn as_parsed(score: f32, digits: &mut zmij::Buffer) -> f64 {
    if score == 1.0 || score == 0.0 || !score.is_finite() {
        return score as f64;
    }
    let s = digits.format_finite(score);
    // Off the fast path (a score under 1e-13) serde_json's parser, already in the build.
    decimal(s)
        .or_else(|| serde_json::from_str(s).ok())
        .unwrap_or(score as f64)
}

/// The `f64` nearest the decimal `s` (`0.8333333`, `1e-5`, `2.5E-7`) when its digits fit 2^53
/// and its power of ten 10^22: both are then exact, so one division or product rounds
/// correctly (Clinger's fast path), as a full parser would. `None` otherwise.
fn decimal(s: &str) -> Option<f64> {
    let (mantissa, exp) = match s.find(['e', 'E']) {
        Some(at) => (&s[..at], s[at + 1..].parse::<i32>().ok()?),
        None => (s, 0),
    };
    let (mut digits, mut exp) = (0u64, exp);
    let mut point = false;
    for c in mantissa.bytes() {
        match c {
            b'.' => point = true,
            b'0'..=b'9' => {
                digits = digits.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
                exp -= i32::from(point);
            }
            _ => return None,
        }
    }
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    if digits >= 1 << 53 {
        return None;
    }
    let p = *POW10.get(exp.unsigned_abs() as usize)?;
    let d = digits as f64;
    Some(if exp < 0 { d / p } else { d * p })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The layout on the diff of two fixture articles: every sentence, op and word change is
    /// where the module docs say, and scores read as their JSON reads.
    #[test]
    fn a_diff_taken_apart() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
        let a = std::fs::read_to_string(format!("{dir}/001.txt")).unwrap();
        let b = std::fs::read_to_string(format!("{dir}/004.txt")).unwrap();
        let report = crate::Options::default()
            .diff(&crate::Article::new("a", &a), &crate::Article::new("b", &b))
            .unwrap();
        let flat = Flat::new(report.clone()).unwrap();
        let ints = &flat.ints;
        let mut k = 0;
        for article in [&report.a, &report.b] {
            assert_eq!(ints[k] as usize, article.sentences.len());
            k += 1;
            for s in &article.sentences {
                assert_eq!(
                    &ints[k..k + 3],
                    [s.span.start, s.span.end, s.paragraph].map(|x| x as i32)
                );
                assert_eq!(ints[k + 3] >= 0, s.furniture.is_some());
                k += 4;
            }
        }
        assert_eq!(ints[k] as usize, report.ops.len());
        k += 1;
        let mut w = k + 6 * report.ops.len();
        assert!(report.ops.iter().any(|o| !o.words.is_empty()));
        for (i, op) in report.ops.iter().enumerate() {
            assert_eq!(OP_KINDS[ints[k] as usize], op.op);
            assert_eq!(ints[k + 1], op.a.map_or(-1, |x| x as i32));
            assert_eq!(ints[k + 5] as usize, op.words.len());
            let json: Option<f64> = op
                .score
                .map(|s| serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap());
            assert_eq!(json.unwrap_or(f64::NAN).to_bits(), flat.scores[i].to_bits());
            for word in &op.words {
                assert_eq!(WORD_OPS[ints[w] as usize], word.op);
                assert_eq!(ints[w + 1], word.a.as_ref().map_or(-1, |s| s.start as i32));
                assert_eq!(ints[w + 4], word.b.as_ref().map_or(-1, |s| s.end as i32));
                w += 5;
            }
            k += 6;
        }
        assert_eq!(w, ints.len());
        assert!(flat.head.report.ops.is_empty() && flat.head.report.a.sentences.is_empty());
    }

    /// Scores read as serde_json writes and a correct parser (JavaScript's, Rust's) reads
    /// them, over the `f32`s from 1e-6 to 1 at a stride, and the forms zmij writes.
    #[test]
    fn scores_read_as_json() {
        let mut buf = zmij::Buffer::new();
        for i in (1e-6f32.to_bits()..=1f32.to_bits()).step_by(997) {
            let s = f32::from_bits(i);
            let json: f64 = serde_json::to_string(&s).unwrap().parse().unwrap();
            assert_eq!(as_parsed(s, &mut buf).to_bits(), json.to_bits(), "{s}");
        }
        assert_eq!(decimal("2.5E-7"), Some(2.5e-7));
        assert_eq!(decimal("1e-5"), Some(1e-5));
        assert_eq!(decimal("0.8333333"), Some(0.8333333));
    }
}
