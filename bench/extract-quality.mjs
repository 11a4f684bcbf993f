// How well the article is taken from a web page, on Readability's own test pages
// (tests/fixtures/extract): the page's way (Readability.js in Chromium, www/ui/article-text.js),
// the command line's (dom_smoothie, read back through `article-compare segment --format json`)
// and the whole text of the page (htmlToText, what the page did before) as the baseline, each
// scored against the page's expected article with the scorer of scrapinghub's
// article-extraction-benchmark (evaluate.py). e2e/extract.test.mjs asserts floors on the same
// figures; run directly (after `make build`) it prints the table for bench/RESULTS.md:
//
//   node bench/extract-quality.mjs
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const FIXTURES = "tests/fixtures/extract";
export const CLI = process.env.ARTICLE_COMPARE ?? "target/release/article-compare";

// --- the benchmark's scorer (evaluate.py: string_shingle_matching, metrics_from_tp_fp_fns) ----

// Python's `\w+` with re.UNICODE: letters, digits and the underscore; case is kept.
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** The text's shingles (runs of 4 tokens) and how often each occurs. @param {string} text */
function shingles(text, n = 4) {
  const tokens = text.match(TOKEN) ?? [];
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n);
    if (!shingle.length) continue;
    const key = shingle.join("\u0000");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's true positives, false positives and false negatives over shingles, normalized to
 *  sum to 1 (so that a long page weighs as much as a short one).
 *  @param {string} truth @param {string} predicted */
export function match(truth, predicted) {
  const want = shingles(truth);
  const got = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...want.keys(), ...got.keys()])) {
    const w = want.get(key) ?? 0;
    const g = got.get(key) ?? 0;
    tp += Math.min(w, g);
    fp += Math.max(0, g - w);
    fn += Math.max(0, w - g);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

/** @typedef {{ tp: number, fp: number, fn: number }} Match */

/** @param {Match} m */
const precision = ({ tp, fp, fn }) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
/** @param {Match} m */
const recall = ({ tp, fp, fn }) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (/** @type {number[]} */ xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The benchmark's figures over pages: mean precision, mean recall, and their F1.
 *  @param {Match[]} matches */
export function metrics(matches) {
  const p = mean(matches.filter((m) => m.tp + m.fp > 0).map(precision));
  const r = mean(matches.filter((m) => m.tp + m.fn > 0).map(recall));
  // evaluate.py divides by zero when both are 0; that is an F1 of 0.
  return { precision: p, recall: r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** One page's F1 (for the per-page rows). @param {Match} m */
export const pageF1 = (m) => metrics([m]).f1;

// --- the three ways of reading a page ----------------------------------------------------

/** The fixtures: name, the page, its expected article, and its expected headline and byline. */
export function fixtures(dir = FIXTURES) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map(({ name }) => {
      const meta = JSON.parse(readFileSync(join(dir, name, "expected-metadata.json"), "utf8"));
      return {
        name,
        path: join(dir, name, "source.html"),
        source: readFileSync(join(dir, name, "source.html"), "utf8"),
        expected: readFileSync(join(dir, name, "expected.html"), "utf8"),
        title: /** @type {string} */ (meta.title ?? ""),
        byline: /** @type {string} */ (meta.byline ?? ""),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** In a Chromium page of the served www/: for each fixture, the expected article as text
 *  (headline, byline, then the expected article's blocks) and its paragraphs (`<p>`), the page's
 *  article and the whole text.
 *  @param {import("playwright-core").Page} page @param {ReturnType<typeof fixtures>} pages */
export function pageTexts(page, pages) {
  return page.evaluate(async (pages) => {
    const { articleText } = await import("/ui/article-text.js");
    const { htmlToText, nodeText } = await import("/ui/html-to-text.js");
    return pages.map(({ source, expected, title, byline }) => {
      const body = new DOMParser().parseFromString(expected, "text/html").body;
      const truth = [title, byline, nodeText(body)].filter(Boolean).join("\n\n");
      const paragraphs = [...body.querySelectorAll("p")].map((p) => p.textContent?.replace(/\s+/g, " ").trim() ?? "");
      const found = articleText(source);
      return { truth, paragraphs, article: found.text, found: found.article, whole: htmlToText(source) };
    });
  }, pages);
}

/** The command line's text of a page: what `article-compare segment` compares, its sentences
 *  joined back into paragraphs. @param {string} path */
export function cliText(path, cli = CLI) {
  const report = JSON.parse(execFileSync(cli, ["segment", "--format", "json", path], { encoding: "utf8" }));
  /** @type {string[][]} */
  const paragraphs = [];
  for (const s of report.sentences) (paragraphs[s.paragraph] ??= []).push(s.text);
  return paragraphs.filter(Boolean).map((p) => p.join(" ")).join("\n\n");
}

/** Every fixture read the three ways and scored. @param {import("playwright-core").Page} page */
export async function measure(page, pages = fixtures()) {
  const texts = await pageTexts(page, pages);
  return pages.map((p, i) => {
    const { truth, paragraphs, article, found, whole } = texts[i];
    const cli = cliText(p.path);
    return {
      name: p.name,
      found,
      paragraphs,
      texts: { truth, article, cli, whole },
      page: match(truth, article),
      cli: match(truth, cli),
      whole: match(truth, whole),
    };
  });
}

/** The table for bench/RESULTS.md. @param {Awaited<ReturnType<typeof measure>>} rows */
export function table(rows) {
  const f = (/** @type {number} */ x) => x.toFixed(3);
  const line = (/** @type {string} */ name, /** @type {Match[][]} */ [a, b, c]) => {
    const [ma, mb, mc] = [metrics(a), metrics(b), metrics(c)];
    return `| ${name} | ${f(ma.f1)} (${f(ma.precision)} / ${f(ma.recall)}) | ${f(mb.f1)} (${f(mb.precision)} / ${f(mb.recall)}) | ${f(mc.f1)} (${f(mc.precision)} / ${f(mc.recall)}) |`;
  };
  return [
    "| page | Readability.js (the page) | dom_smoothie (the command line) | whole page text (before) |",
    "| --- | --- | --- | --- |",
    line(`**all ${rows.length} pages**`, [rows.map((r) => r.page), rows.map((r) => r.cli), rows.map((r) => r.whole)]),
    ...rows.map((r) => line(r.name + (r.found ? "" : " (no article: whole text)"), [[r.page], [r.cli], [r.whole]])),
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { launch, site, open } = await import("../e2e/helpers.mjs");
  const browser = await launch();
  const server = await site();
  try {
    const page = await open(browser, `${server.url}/`);
    console.log(table(await measure(page)));
  } finally {
    await browser.close();
    await server.close();
  }
}
