// Two builds of the wasm module side by side in one Node process, runs alternated (the machine's
// load moves wall times between runs by up to 2×; alternating keeps the two comparable):
// `node bench/ab-compare.mjs BEFORE_DIR AFTER_DIR [SET] [meaning]`, each DIR a www/pkg (with the
// engine/ folder of its checkout beside the glue, copied in) and SET a name in bench/data/sets.json
// (`cargo bench --bench data`). Each side compares as its page's worker does: `compareTyped` and
// `packTyped` where the build has them, else `compareSpans` and `packReport`. Prints medians of 5.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const [beforeDir, afterDir, setName = "1000 syndicated articles of 5 KB", meaning] = process.argv.slice(2);
if (!beforeDir || !afterDir) {
  console.error("usage: node bench/ab-compare.mjs BEFORE_DIR AFTER_DIR [SET] [meaning]");
  process.exit(2);
}
const sets = JSON.parse(readFileSync(new URL("data/sets.json", import.meta.url), "utf8"));
const set = sets.find((s) => s.name === setName);
if (!set) throw new Error(`no set named ${setName}`);

/** @param {string} dir */
async function load(dir) {
  const at = resolve(dir);
  const m = await import(`${at}/article_compare.js`);
  await m.default({ module_or_path: readFileSync(`${at}/article_compare_bg.wasm`) });
  if (meaning === "meaning") m.loadModel(new Uint8Array(readFileSync(`${at}/embed.bin`)));
  const index = await import(`${at}/engine/report-index.js`);
  return m.compareTyped ? () => index.packTyped(m.compareTyped(set.articles, {})) : () => index.packReport(m.compareSpans(set.articles, {}));
}

const sides = [await load(beforeDir), await load(afterDir)];
const times = [[], []];
sides.forEach((run) => run());
for (let i = 0; i < 5; i++) {
  sides.forEach((run, k) => {
    const start = performance.now();
    run();
    times[k].push(performance.now() - start);
  });
}
const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[2];
const [before, after] = times.map(median);
console.log(`${setName}${meaning === "meaning" ? ", with meaning" : ""}: before ${before.toFixed(0)} ms, after ${after.toFixed(0)} ms (${(before / after).toFixed(2)}×)`);
