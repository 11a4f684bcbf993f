// The article-extraction-benchmark's scorer as bench/extract-quality.mjs writes it, on cases
// worked by hand from its evaluate.py (string_shingle_matching, metrics_from_tp_fp_fns).
import { test } from "node:test";
import assert from "node:assert/strict";
import { match, metrics, pageF1 } from "../../bench/extract-quality.mjs";

const close = (/** @type {number} */ a, /** @type {number} */ b) => assert.ok(Math.abs(a - b) < 1e-9, `${a} vs ${b}`);

test("shingles of four tokens: one changed word at the end costs one shingle each way", () => {
  // Truth (a b c d), (b c d e); predicted (a b c d), (b c d x): tp 1, fp 1, fn 1, normalized.
  const m = match("a b c d e", "a b c d x");
  close(m.tp, 1 / 3);
  close(m.fp, 1 / 3);
  close(m.fn, 1 / 3);
  close(pageF1(m), 0.5);
});

test("tokens are \\w+ runs: punctuation and spacing do not count, case and accents do", () => {
  close(pageF1(match("Le projet de loi, à l'Assemblée.", "Le  projet de loi à l Assemblée")), 1);
  assert.ok(pageF1(match("Le projet de loi à l'Assemblée", "le projet de loi à l'Assemblée")) < 1);
  close(pageF1(match("Un séisme au Népal frappe", "Un seisme au Nepal frappe")), 0);
});

test("a text shorter than a shingle is one shingle; nothing predicted scores 0", () => {
  close(pageF1(match("Two words", "Two words")), 1);
  const none = match("Gunmen opened fire on visitors", "");
  close(none.fn, 1);
  assert.equal(metrics([none]).recall, 0);
});

test("precision and recall are averaged over pages, and F1 is taken of the two means", () => {
  // Page 1: all of the truth and as much again (p 0.5, r 1); page 2: exact (p 1, r 1).
  const pages = [match("a b c d e", "a b c d e f g h i"), match("a b c d", "a b c d")];
  const { precision, recall, f1 } = metrics(pages);
  close(precision, (2 / 6 + 1) / 2);
  close(recall, 1);
  close(f1, (2 * precision * recall) / (precision + recall));
});
