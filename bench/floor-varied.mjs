// The floor (tokenizeAndHash) on real news text rather than bench/data's pairs: the BASIL
// articles (../shared/eval/basil, 300 of 100 stories) joined in file order into two texts of
// about 50 KB and two of about 500 KB, the builds alternated in one Node process:
// `node bench/floor-varied.mjs DIR...` (each DIR a www/pkg from `make build`). The builds must
// give the same hash. bench/data's texts repeat in every run, so the branch predictor learns
// them; these are other sentences, with curly quotes in half the paragraphs.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { loadBuilds } from "./builds.mjs";

const root = new URL("../../shared/eval/basil/", import.meta.url);
const texts = [];
for (const story of readdirSync(root).sort())
  for (const file of readdirSync(new URL(`${story}/`, root)).sort()) {
    const path = new URL(`${story}/${file}`, root);
    if (statSync(path).isFile()) texts.push(readFileSync(path, "utf8"));
  }
/** Every other article from `from` on, joined until `chars` long. */
function joined(from, chars) {
  let s = "";
  for (let i = from; s.length < chars && i < texts.length; i += 2) s += `${texts[i]}\n\n`;
  return s;
}
const cases = {
  "BASIL, two of 50 KB": [joined(0, 50_000), joined(1, 50_000)],
  "BASIL, two of 500 KB": [joined(0, 500_000), joined(1, 500_000)],
};
const dirs = process.argv.slice(2);
const builds = await loadBuilds(dirs);
for (const [name, pair] of Object.entries(cases)) {
  const hashes = builds.map((m) => m.tokenizeAndHash(pair));
  if (new Set(hashes).size !== 1) throw new Error(`the builds' hashes differ on ${name}`);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const times = new Map();
for (let round = 0; round < Number(process.env.ROUNDS ?? 6); round++)
  for (const [name, pair] of Object.entries(cases))
    builds.forEach((m, i) => {
      const key = `${i} ${name}`;
      const xs = times.get(key) ?? [];
      for (const start = performance.now(); performance.now() - start < 400; ) {
        const t = performance.now();
        m.tokenizeAndHash(pair);
        xs.push(performance.now() - t);
      }
      times.set(key, xs);
    });
for (const [name, pair] of Object.entries(cases)) {
  const bytes = pair.reduce((n, s) => n + Buffer.byteLength(s), 0);
  const cells = builds.map((_, i) => {
    const ms = median(times.get(`${i} ${name}`));
    return `floor ${ms.toFixed(3)} ms (${Math.round(bytes / 1e3 / ms)} MB/s)`;
  });
  console.log([`${name} (${Math.round(bytes / 1e3)} KB)`, ...cells].join(" | "));
}
