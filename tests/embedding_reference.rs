//! The real model against the model helper's reference vectors (model/reference_vectors.tsv:
//! sentence, ids without special tokens, dim floats; written by model/distill/reference.py).
//! Both are committed beside each other in model/, and `make model` rewrites both.

use article_compare::embedding::Scratch;
use article_compare::embedding::{Embedder, Model};

#[test]
fn vectors_match_reference() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/model");
    let bytes = std::fs::read(format!("{dir}/embed.bin")).expect("model/embed.bin");
    let tsv = std::fs::read_to_string(format!("{dir}/reference_vectors.tsv"))
        .expect("model/reference_vectors.tsv");
    let model = Model::from_bytes(bytes).expect("model");
    let mut embedder = Embedder::new(&model);
    let mut out = vec![0f32; model.dim()];
    let (mut scratch, mut ids) = (Scratch::default(), Vec::new());
    let (mut rows, mut skipped) = (0, 0);
    let mut worst = 1f32;
    for line in tsv.lines() {
        let mut fields = line.split('\t');
        let (Some(text), Some(want_ids), Some(floats)) =
            (fields.next(), fields.next(), fields.next())
        else {
            panic!("bad line {line:?}");
        };
        let want: Vec<f32> = floats
            .split(' ')
            .map(|v| v.parse().expect("float"))
            .collect();
        assert_eq!(want.len(), model.dim(), "{text:?}");
        let want_ids: Vec<u32> = want_ids
            .split(' ')
            .filter(|s| !s.is_empty())
            .map(|v| v.parse().expect("id"))
            .collect();
        ids.clear();
        model.word_pieces().text_ids(text, &mut scratch, &mut ids);
        ids.retain(|&id| model.is_pooled(id));
        // reference.py builds its tokenizer from the vocabulary alone, without tokenizer.json's
        // added tokens, so it splits a literal "[CLS]" into "[", "cl", "##s", "]"; the teacher's
        // tokenizer (and this crate) match it whole. Only such texts may differ.
        let added = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"];
        if added.iter().any(|t| text.contains(t)) {
            skipped += 1;
            continue;
        }
        assert_eq!(ids, want_ids, "{text:?}: pieces");
        let got = embedder.embed(text, &mut out);
        let zero = want.iter().all(|&v| v == 0.0);
        assert_eq!(got, !zero, "{text:?}: a vector or not");
        if !zero {
            let cos: f32 = out.iter().zip(&want).map(|(a, b)| a * b).sum::<f32>()
                / want.iter().map(|v| v * v).sum::<f32>().sqrt();
            worst = worst.min(cos);
            assert!(cos > 0.9999, "{text:?}: cos {cos}");
        }
        rows += 1;
    }
    eprintln!(
        "{rows} reference sentences, lowest cosine {worst}; {skipped} with a literal added token left out"
    );
    assert!(rows > 0);
}
