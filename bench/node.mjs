// The benchmark in Node: `node bench/node.mjs` (after `make build` and `cargo bench --bench data`).
// Writes bench/results-node.json. With `--memory KIND INDEX [typed]` it runs one case once in a
// fresh process and prints the wasm linear memory it ended with (memory only grows: that is the
// peak); `typed` compares as the page's worker does (compareTyped).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { initSync, diff, compare, compareTyped, tokenizeAndHash, loadModel } from "../www/pkg/article_compare.js";
import { run } from "./bench.js";

const require = createRequire(import.meta.url);
const here = new URL(".", import.meta.url);
const exports = initSync({ module: readFileSync(new URL("../www/pkg/article_compare_bg.wasm", here)) });
const load = (f) => JSON.parse(readFileSync(new URL(`data/${f}`, here), "utf8"));
const pairs = load("pairs.json");
const sets = load("sets.json");
const model = new Uint8Array(readFileSync(new URL("../www/pkg/embed.bin", here)));
// Compared again with the meaning model, as the page compares them.
const meaningSets = ["1000 syndicated articles of 5 KB"];
const withMeaning = ", with meaning";

if (process.argv[2] === "--memory") {
  const [kind, index] = [process.argv[3], Number(process.argv[4])];
  const compareIt = process.argv[5] === "typed" ? compareTyped : compare;
  const before = exports.memory.buffer.byteLength;
  if (kind === "diff") diff(pairs[index].a, pairs[index].b);
  else if (kind === "meaning") {
    loadModel(model);
    const before = exports.memory.buffer.byteLength;
    compareIt(sets[index].articles);
    console.log(JSON.stringify({ before, after: exports.memory.buffer.byteLength }));
    process.exit(0);
  } else compareIt(sets[index].articles);
  console.log(JSON.stringify({ before, after: exports.memory.buffer.byteLength }));
  process.exit(0);
}

const skip = Number(process.env.BENCH_SKIP_PEERS_ABOVE ?? Infinity);
const rows = run({
  ac: { diff, compare, compareTyped, tokenizeAndHash, loadModel },
  Diff: require("diff"),
  DMP: require("diff-match-patch"),
  pairs,
  sets,
  skipPeersAbove: skip,
  model,
  meaningSets,
  log: (r) => console.error(`node: ${r.name}: ${r.ac.toFixed(2)} ms${r.jsdiff ? `, jsdiff ${r.jsdiff.toFixed(1)} ms, dmp ${r.dmp.toFixed(1)} ms` : ""}`),
});
for (const row of rows) {
  const meaning = row.name.endsWith(withMeaning);
  const name = meaning ? row.name.slice(0, -withMeaning.length) : row.name;
  const i = row.kind === "diff" ? pairs.findIndex((p) => p.name === name) : sets.findIndex((s) => s.name === name);
  const kind = meaning ? "meaning" : row.kind;
  const memory = (/** @type {string[]} */ ...typed) =>
    JSON.parse(execFileSync(process.execPath, [new URL(import.meta.url).pathname, "--memory", kind, String(i), ...typed], { maxBuffer: 1 << 20 }).toString());
  const out = memory();
  row.memory = out.after;
  row.grown = out.after - out.before;
  if (row.kind === "compare") row.typedMemory = memory("typed").after;
}
writeFileSync(new URL("results-node.json", here), JSON.stringify(rows, null, 1));
// The notes section is written by hand: carried over from the last RESULTS.md.
const notesHeading = "## Notes from code comments";
let notes = "";
try {
  const old = readFileSync(new URL("RESULTS.md", here), "utf8");
  const at = old.indexOf(notesHeading);
  if (at >= 0) {
    const rest = old.slice(at);
    const next = rest.indexOf("\n## ", 1);
    notes = "\n" + (next >= 0 ? rest.slice(0, next + 1) : rest);
  }
} catch {}
writeFileSync(new URL("RESULTS.md", here), markdown(rows) + notes);
console.error("wrote bench/RESULTS.md and bench/results-node.json");

function markdown(rows) {
  const ms = (x) => (x === undefined ? "not run" : x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(2)} ms`);
  const ratio = (peer, ours) => (peer === undefined ? "" : `${(peer / ours).toFixed(1)}×`);
  const size = (b) => (b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${Math.round(b / 1e3)} KB`);
  const lines = [
    "# Benchmark results",
    "",
    `Node ${process.version}, wasm engine from www/pkg, on ${new Date().toISOString().slice(0, 10)}. Medians; every output was`,
    "checked to rebuild both inputs before it was timed. Peers: jsdiff `diffSentences` then `diffWords` on",
    "each replaced pair; diff-match-patch `diff_main` + `diff_cleanupSemantic` with no timeout. The floor is",
    "one pass that only segments, folds and hashes the words of the same text. Memory is the wasm linear",
    "memory a fresh instance ends with after the operation (it only grows, so it is the peak); \"grown\" is",
    "that less the 1.3 MB a fresh instance starts with (its stack and static data). A compare is timed as the",
    "JSON report with its texts (`compare`), then as the page's worker has it (`compareTyped`: sentences as",
    "spans, matches and matrices as typed arrays), with that one's wasm memory.",
    "",
    "| operation | input | article-compare | floor | × floor | jsdiff two-step | jsdiff / ours | diff-match-patch | dmp / ours | wasm memory | × input | grown | × input | typed | typed: wasm memory | × input |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const r of rows) {
    lines.push(`| ${r.kind}: ${r.name} | ${size(r.bytes)} | ${ms(r.ac)} | ${ms(r.floor)} | ${(r.ac / r.floor).toFixed(1)} | ${r.kind === "diff" ? ms(r.jsdiff) : "n/a"} | ${ratio(r.jsdiff, r.ac)} | ${r.kind === "diff" ? ms(r.dmp) : "n/a"} | ${ratio(r.dmp, r.ac)} | ${size(r.memory)} | ${(r.memory / r.bytes).toFixed(1)} | ${size(r.grown)} | ${(r.grown / r.bytes).toFixed(1)} | ${r.typed === undefined ? "n/a" : ms(r.typed)} | ${r.typedMemory === undefined ? "n/a" : size(r.typedMemory)} | ${r.typedMemory === undefined ? "n/a" : (r.typedMemory / r.bytes).toFixed(1)} |`);
  }
  const d = (name) => rows.find((r) => r.name.startsWith(name));
  const [p500, p5m, s100, s1000] = [d("pair of 500 KB"), d("pair of 5 MB"), d("100 articles"), d("1000 articles")];
  lines.push("", "Growth: 5 MB diff / 500 KB diff = " + (p5m.ac / p500.ac).toFixed(1) + "×; 1,000 / 100 articles compare = " + (s1000.ac / s100.ac).toFixed(1) + "×.", "");
  return lines.join("\n");
}
