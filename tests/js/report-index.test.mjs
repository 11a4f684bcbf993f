// The report index (www/engine/report-index.js) on the report of the five articles: the typed
// arrays agree with the lists they stand for, the lazy lists equal the report's own, and the
// lookups the views make (counts, places) say what the report says.
import { test } from "node:test";
import assert from "node:assert/strict";
import { articles, wasm } from "./fixtures.mjs";
import { buildIndex, decimal, lazyLists, matchOf, packTyped, ReportIndex } from "../../www/engine/report-index.js";

const report = wasm.compare(articles, {});

test("the index's matches, repeats, clusters and containment are the report's", () => {
  const { index, buffers } = buildIndex(report);
  assert.equal(index.base.length, report.articles.length + 1);
  report.articles.forEach((a, i) => assert.equal(index.base[i + 1] - index.base[i], a.sentences.length));
  assert.ok(report.matches.length > 10, `${report.matches.length} matches`);
  report.matches.forEach((m, k) => assert.deepEqual(matchOf(index, k), m));
  // Each sentence's adjacency list holds exactly the matches it is a side of.
  for (let a = 0; a < report.articles.length; a++) {
    for (let s = 0; s < report.articles[a].sentences.length; s++) {
      const x = index.base[a] + s;
      const listed = [...index.matchAt.subarray(index.start[x], index.start[x + 1])].sort((p, q) => p - q);
      const expected = report.matches.flatMap((m, k) => ((m.a[0] === a && m.a[1] === s) || (m.b[0] === a && m.b[1] === s) ? [k] : []));
      assert.deepEqual(listed, expected, `sentence ${a}:${s}`);
    }
  }
  report.repeats.forEach((g, k) => g.sentences.forEach((s) => assert.equal(index.repeatOf[index.base[g.article] + s], k)));
  report.clusters.forEach((c, k) => c.members.forEach(([a, s]) => assert.equal(index.clusterOf[index.base[a] + s], k)));
  const n = report.articles.length;
  report.containment.forEach((row, i) => assert.deepEqual([...index.containment.subarray(i * n, (i + 1) * n)].map(decimal), row));
  assert.equal(buffers.length, Object.keys(index).length);
  assert.ok(buffers.every((b) => b instanceof ArrayBuffer));
});

test("lazy lists equal the report's, made when first read; a list written first is kept", () => {
  const { index } = buildIndex(report);
  const light = { ...report, matches: [], containment: [] };
  lazyLists(light, index);
  assert.deepEqual(light.matches, report.matches);
  assert.deepEqual(light.containment, report.containment);
  assert.equal(light.matches, light.matches, "made once, then kept");
  assert.deepEqual(Object.keys(light), Object.keys(report), "the keys keep their places");
  const written = { ...report, matches: [], containment: [] };
  lazyLists(written, index);
  written.matches = ["replaced"];
  assert.deepEqual(written.matches, ["replaced"]);
  assert.equal(JSON.stringify(written.containment), JSON.stringify(report.containment));
});

test("per-article counts: 003 repeats 10 sentences, 004 repeats 4; shared and unique add up", () => {
  const idx = new ReportIndex(report);
  assert.deepEqual(
    idx.counts.map((c) => c.repeated),
    [0, 0, 0, 10, 4],
  );
  idx.counts.forEach((c, i) => {
    assert.equal(c.sentences, report.articles[i].sentences.length);
    assert.equal(c.unique, report.unique[i].length);
    assert.equal(c.shared + c.unique, c.sentences);
  });
  assert.deepEqual(
    idx.repeatsIn.map((l) => l.length),
    report.articles.map((_, a) => report.repeats.filter((g) => g.article === a).length),
  );
});

test("places: a matched sentence lists the other side of each of its matches, closest first", () => {
  const idx = new ReportIndex(report);
  const m = report.matches.find((x) => x.grade === "rewritten") ?? report.matches[0];
  const places = idx.places(m.a);
  assert.ok(places.some((p) => p.loc[0] === m.b[0] && p.loc[1] === m.b[1] && p.score === m.score && p.kind === m.grade));
  for (let k = 1; k < places.length; k++) assert.ok((places[k - 1].score ?? 0) >= (places[k].score ?? 0));
  assert.ok(!places.some((p) => p.loc[0] === m.a[0] && p.loc[1] === m.a[1]), "not the sentence itself");
  // A repeated sentence of 003 lists its repeat in the same article.
  const g = report.repeats.find((x) => x.article === 3);
  const repeat = idx.places([3, g.sentences[0]]).filter((p) => p.kind === "repeat");
  assert.deepEqual(
    repeat.map((p) => p.loc),
    g.sentences.slice(1).map((s) => [3, s]),
  );
  assert.equal(idx.sentence([3, g.sentences[0]]).text, report.articles[3].sentences[g.sentences[0]].text);
  // The index the worker sends is used as it is.
  const { index } = buildIndex(report);
  const carried = Object.defineProperty({ ...report }, "index", { value: index, enumerable: false });
  assert.equal(new ReportIndex(carried).matchAt, index.matchAt);
});

/** The report with what issue #12's engine adds (a `similarity` matrix, both scores on every
 *  match, a `paraphrase` grade), for the page side until that engine lands; keys in the order
 *  the engine's serde types are expected to list them, and in the other order too. */
function semantic(report, order = ["a", "b", "score", "word_score", "meaning_score", "grade"]) {
  const n = report.articles.length;
  // The engine's numbers are 32-bit floats written in their shortest decimals.
  const f32 = (/** @type {number} */ x) => decimal(Math.fround(x));
  const similarity = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : f32(Math.max(report.containment[i][j], report.containment[j][i]) + 0.25))),
  );
  const matches = report.matches.map((m, k) => {
    const full = { ...m, word_score: m.score, meaning_score: k % 3 ? f32(m.score + 0.1) : null, grade: k === 0 ? "paraphrase" : m.grade };
    return Object.fromEntries(order.map((key) => [key, full[key]]));
  });
  return { ...report, matches, similarity };
}

test("the index carries issue #12's scores, the paraphrase grade and the similarity matrix, key for key", () => {
  for (const order of [undefined, ["a", "b", "grade", "score", "meaning_score", "word_score"]]) {
    const full = semantic(report, order);
    const { index } = buildIndex(full);
    full.matches.forEach((m, k) => assert.deepEqual(matchOf(index, k), m));
    const light = { ...full, matches: [], containment: [], similarity: [] };
    lazyLists(light, index);
    assert.equal(JSON.stringify(light.matches), JSON.stringify(full.matches), "same keys, same order");
    assert.deepEqual(light.similarity, full.similarity);
    const idx = new ReportIndex(full);
    assert.equal(idx.similarity?.length, full.articles.length ** 2);
    assert.ok(idx.places(full.matches[0].a).some((p) => p.kind === "paraphrase"));
  }
  // A report without them (words alone, from an older engine) gets none back.
  const { similarity: _, ...older } = report;
  older.matches = report.matches.map(({ word_score: _w, meaning_score: _m, ...m }) => m);
  const { index } = buildIndex(older);
  const light = { ...older, matches: [], containment: [] };
  lazyLists(light, index);
  assert.ok(!("similarity" in light));
  assert.ok(!("word_score" in light.matches[0]));
  assert.equal(new ReportIndex(older).similarity, null);
});

test("the engine's typed arrays make the same index and lists as its JSON report", () => {
  const typed = wasm.compareTyped(articles, {});
  assert.deepEqual(typed.report.matches, []);
  assert.ok(typed.matches.at instanceof Int32Array && typed.containment instanceof Float32Array);
  const { index } = packTyped(typed);
  const fromJson = buildIndex(report).index;
  for (const key of Object.keys(fromJson)) assert.deepEqual(index[key], fromJson[key], key);
  lazyLists(typed.report, index);
  assert.equal(JSON.stringify(typed.report), JSON.stringify(wasm.compareSpans(articles, {})));
});

test("decimal: the shortest digits that read back, a tie to the even digit", () => {
  // 0.447265625 is exact in 32 bits, halfway between 0.44726562 and 0.44726563.
  assert.equal(decimal(Math.fround(0.447265625)), 0.44726562);
  assert.equal(decimal(Math.fround(-0.447265625)), -0.44726562);
  assert.equal(decimal(Math.fround(0.1)), 0.1);
  assert.equal(decimal(Math.fround(0.8333333)), 0.8333333);
  assert.equal(decimal(1), 1);
  assert.ok(Number.isNaN(decimal(NaN)));
});
