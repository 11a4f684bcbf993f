// The meaning model in the wasm module, in Node: how long loadModel takes, and compare of the
// five articles and of 1,000 synthetic articles (~5 KB, from the five articles' sentences) with
// the model and with words alone. Medians of warmed-up runs. `node bench/meaning.mjs` after
// `make build`; figures for bench/RESULTS.md, not a test.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { articles, manyArticles, wasm } from "../tests/js/fixtures.mjs";

const model = new Uint8Array(readFileSync("www/pkg/embed.bin"));
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(runs, f) {
  const out = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    f();
    out.push(performance.now() - t);
  }
  return median(out);
}
const many = manyArticles(1000, 5000);
// Words alone first (no model loaded yet), then the model's load, then with meaning.
time(5, () => wasm.compare(articles, {}));
const wordsFive = time(21, () => wasm.compare(articles, { semantic: false }));
const wordsMany = time(3, () => wasm.compare(many, { semantic: false }));
const t = performance.now();
wasm.loadModel(model);
const load = performance.now() - t;
time(5, () => wasm.compare(articles, {}));
const five = time(21, () => wasm.compare(articles, {}));
const manyMs = time(3, () => wasm.compare(many, {}));
console.log(`| model load (loadModel, ${(model.length / 1e6).toFixed(1)} MB) | ${load.toFixed(1)} ms |`);
console.log(`| compare, five articles: meaning / words alone | ${five.toFixed(1)} / ${wordsFive.toFixed(1)} ms |`);
console.log(`| compare, 1,000 articles of ~5 KB: meaning / words alone | ${manyMs.toFixed(0)} / ${wordsMany.toFixed(0)} ms |`);
