// Two or more builds of the wasm module side by side in one Node process, runs alternated:
// `node bench/ab.mjs DIR...` (each DIR a www/pkg from `make build`; bench/data/pairs.json from
// `cargo bench --bench data`). For each pair up to 500 KB: the median ms of the floor
// (tokenizeAndHash) and of diff per build, and of jsdiff's two-step and diff-match-patch as
// bench/bench.js runs them. Each build's diff must give the same result as the first's. For
// before/after figures on a shared machine, where the runs of one build drift by more than a
// change moves them (bench/RESULTS.md, issue 17).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";
import { dmpDiff, jsdiffTwoStep } from "./bench.js";
import { loadBuilds } from "./builds.mjs";

const require = createRequire(import.meta.url);
const Diff = require("diff");
const DMP = require("diff-match-patch");
const here = new URL(".", import.meta.url);
const pairs = JSON.parse(readFileSync(new URL("data/pairs.json", here), "utf8")).filter((p) => p.a.length <= 600_000);
const dirs = process.argv.slice(2);
const builds = await loadBuilds(dirs);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Runs of `fn` for `ms` milliseconds. */
function runs(fn, ms) {
  const times = [];
  for (const start = performance.now(); performance.now() - start < ms; ) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times;
}
const rounds = Number(process.env.ROUNDS ?? 5);
const times = new Map();
const add = (key, xs) => times.set(key, [...(times.get(key) ?? []), ...xs]);
for (const p of pairs) {
  const first = builds[0].diff(p.a, p.b);
  builds.forEach((m, i) => {
    if (!isDeepStrictEqual(m.diff(p.a, p.b), first)) throw new Error(`${dirs[i]} differs from ${dirs[0]} on ${p.name}`);
  });
}
for (let r = 0; r < rounds; r++)
  for (const p of pairs) {
    const ms = p.a.length < 10_000 ? 300 : p.a.length < 100_000 ? 500 : 1000;
    builds.forEach((m, i) => {
      add(`floor ${i} ${p.name}`, runs(() => m.tokenizeAndHash([p.a, p.b]), ms));
      add(`diff ${i} ${p.name}`, runs(() => m.diff(p.a, p.b), ms));
    });
    if (r === 0) {
      add(`jsdiff ${p.name}`, runs(() => jsdiffTwoStep(Diff, p.a, p.b), 3 * ms));
      add(`dmp ${p.name}`, runs(() => dmpDiff(DMP, p.a, p.b), 3 * ms));
    }
  }
for (const p of pairs) {
  const bytes = Buffer.byteLength(p.a) + Buffer.byteLength(p.b);
  const cells = [`${p.name} (${Math.round(bytes / 1e3)} KB)`];
  builds.forEach((_, i) => {
    const f = median(times.get(`floor ${i} ${p.name}`));
    cells.push(`floor ${f.toFixed(3)} ms (${Math.round(bytes / 1e3 / f)} MB/s), diff ${median(times.get(`diff ${i} ${p.name}`)).toFixed(3)} ms`);
  });
  cells.push(`jsdiff ${median(times.get(`jsdiff ${p.name}`)).toFixed(2)} ms, dmp ${median(times.get(`dmp ${p.name}`)).toFixed(1)} ms`);
  console.log(cells.join(" | "));
}
