//! Word pieces equal HuggingFace `tokenizers` (fixtures from tests/fixtures/gen_fixtures.py).

use article_compare::embedding::{self as wordpiece, Scratch, WordPiece};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/embedding/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn tokenizer() -> WordPiece {
    let vocab = fixture("vocab.txt");
    WordPiece::new(vocab.split('\n')).expect("vocab")
}

#[test]
fn sentences_match_tokenizers() {
    let pieces = tokenizer();
    let cases = fixture("wordpiece_cases.jsonl");
    let mut scratch = Scratch::default();
    let mut ids = Vec::new();
    let (mut total, mut failed) = (0, Vec::new());
    for line in cases.lines() {
        let case: serde_json::Value = serde_json::from_str(line).expect("json line");
        let text = case["text"].as_str().expect("text");
        let want: Vec<u32> = case["ids"]
            .as_array()
            .expect("ids")
            .iter()
            .map(|v| v.as_u64().expect("id") as u32)
            .collect();
        ids.clear();
        pieces.text_ids(text, &mut scratch, &mut ids);
        total += 1;
        if ids != want {
            failed.push(format!("{text:?}\n  got  {ids:?}\n  want {want:?}"));
        }
    }
    assert!(total >= 2_000, "only {total} cases");
    assert!(
        failed.is_empty(),
        "{} of {total} differ:\n{}",
        failed.len(),
        failed
            .iter()
            .take(10)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Every code point: removed, punctuation, and normalized form as `tokenizers` has them.
#[test]
fn every_char_matches_tokenizers() {
    let text = fixture("unicode_chars.txt");
    let mut removed = Vec::new();
    let mut punct = Vec::new();
    let mut changed = std::collections::HashMap::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let mut f = line.split(' ');
        let kind = f.next().expect("kind");
        let hex: Vec<u32> = f
            .map(|h| u32::from_str_radix(h, 16).expect("hex"))
            .collect();
        match kind {
            "R" => removed.push((hex[0], hex[1])),
            "P" => punct.push((hex[0], hex[1])),
            "N" => {
                let s: String = hex[1..]
                    .iter()
                    .map(|&c| char::from_u32(c).expect("char"))
                    .collect();
                changed.insert(hex[0], s);
            }
            _ => panic!("bad line {line}"),
        }
    }
    let within = |ranges: &[(u32, u32)], c: u32| ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi);
    let mut out = String::new();
    let mut bad = Vec::new();
    for cp in 0..=0x10FFFFu32 {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        let is_removed = within(&removed, cp);
        if wordpiece::is_removed(c) != is_removed {
            bad.push(format!("U+{cp:04X} removed: want {is_removed}"));
        }
        if is_removed {
            continue;
        }
        let is_punct = within(&punct, cp);
        if wordpiece::is_punct(c) != is_punct {
            bad.push(format!("U+{cp:04X} punct: want {is_punct}"));
        }
        // Hangul syllables and padded CJK are left out of the fixture (the sentences hold some).
        if (0xAC00..=0xD7A3).contains(&cp) {
            continue;
        }
        out.clear();
        wordpiece::normalize_char(c, &mut out);
        let want = match changed.get(&cp) {
            Some(s) => s.clone(),
            None => c.to_string(),
        };
        // CJK ideographs come back padded, as `BertNormalizer`'s own block list has it.
        let cjk = [
            (0x4E00, 0x9FFF),
            (0x3400, 0x4DBF),
            (0x20000, 0x2A6DF),
            (0x2A700, 0x2B73F),
            (0x2B740, 0x2B81F),
            (0x2B920, 0x2CEAF),
            (0xF900, 0xFAFF),
            (0x2F800, 0x2FA1F),
        ];
        let want = if within(&cjk, cp) && !changed.contains_key(&cp) {
            format!(" {c} ")
        } else {
            want
        };
        if out != want {
            bad.push(format!("U+{cp:04X} normalized {out:?}, want {want:?}"));
        }
    }
    assert!(
        bad.is_empty(),
        "{} differ:\n{}",
        bad.len(),
        bad[..bad.len().min(60)].join("\n")
    );
}
