// Real reports for the JavaScript unit tests: the wasm module (www/pkg, from `make build`) run in
// Node on the five fixture articles, and a larger set made from their sentences.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import init, * as wasm from "../../www/pkg/article_compare.js";

const DIR = "tests/fixtures/articles";

export const wasmBytes = readFileSync("www/pkg/article_compare_bg.wasm");
await init({ module_or_path: wasmBytes });
export { wasm };

/** The five articles the demo opens with. */
export const articles = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ name: f.replace(/\.txt$/, ""), text: readFileSync(join(DIR, f), "utf8") }));

/** `count` articles of about `length` characters from the five articles' sentences, shuffled
 *  with a fixed seed. */
export function manyArticles(count, length = 3000) {
  const pool = wasm.compare(articles, {}).articles.flatMap((a) => a.sentences.map((s) => s.text));
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, (_, i) => {
    let text = "";
    while (text.length < length) text += `${pool[Math.floor(rand() * pool.length)]}${rand() < 0.3 ? "\n" : " "}`;
    return { name: `Article ${i + 1}`, text };
  });
}
