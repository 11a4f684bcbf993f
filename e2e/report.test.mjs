// `article-compare report FILES… -o report.html`: the file it writes opens from disk in Chromium
// with nothing else, shows the comparison, aligns pairs both ways, and keeps article text as text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { open, compared, SHOTS, useBrowser } from "./helpers.mjs";

const env = useBrowser({ servers: 0 });
const CLI = resolve("target/release/article-compare");
const ARTICLES = resolve("tests/fixtures/articles");

/** Writes a report of `files` with `args` into a new folder; returns its file:// URL. */
async function report(files, args = []) {
  assert.ok(existsSync(CLI), `${CLI} is missing: make build builds it`);
  const dir = await mkdtemp(join(tmpdir(), "ac-report-"));
  const out = join(dir, "report.html");
  execFileSync(CLI, ["report", ...files, "-o", out, ...args]);
  return { url: pathToFileURL(out).href, dir };
}

test("the report file of the five articles opens from disk: summary, pairs both ways, no requests", async () => {
  const files = (await readdir(ARTICLES)).sort().map((f) => join(ARTICLES, f));
  const { url, dir } = await report(files);
  const page = await open(env.browser, url);
  await compared(page);
  const ac = page.locator("article-compare");
  assert.equal(await page.locator("h1").textContent(), "5 articles compared");
  assert.deepEqual(await page.locator(".sources li").allTextContents(), ["000.txt", "001.txt", "002.txt", "003.txt", "004.txt"]);
  // The report is the command line's: the same sentences and matches as `compare --json`.
  const json = JSON.parse(execFileSync(CLI, ["compare", ...files, "--json"], { maxBuffer: 1 << 26 }).toString());
  const shown = await page.evaluate(() => {
    const r = /** @type {any} */ (document.querySelector("article-compare")).report;
    return { sentences: r.articles.map((a) => a.sentences.map((s) => s.text)), matches: r.matches.length, findings: r.findings.length };
  });
  assert.deepEqual(
    shown.sentences,
    json.articles.map((a) => a.sentences.map((s) => s.text)),
  );
  assert.equal(shown.matches, json.matches.length);
  assert.equal(shown.findings, json.findings.length);
  await page.screenshot({ path: `${SHOTS}/report-file.png`, fullPage: true });

  // Pair view, then swapped: each direction is in the file.
  await page.evaluate(() => {
    const el = /** @type {any} */ (document.querySelector("article-compare"));
    el.pair = [1, 4];
    el.view = "pair";
  });
  await ac.locator("table.pair").waitFor();
  assert.deepEqual(await ac.locator("table.pair thead th").allTextContents(), ["001.txt", "004.txt"]);
  await ac.getByRole("button", { name: "Swap" }).click();
  await ac.locator("table.pair thead th", { hasText: "004.txt" }).first().waitFor();
  assert.deepEqual(await ac.locator("table.pair thead th").allTextContents(), ["004.txt", "001.txt"]);
  assert.ok((await ac.locator("table.pair tbody tr").count()) > 10);
  await page.screenshot({ path: `${SHOTS}/report-file-pair.png`, fullPage: true });

  // An option the file was not written with cannot be recomputed here: said, not ignored.
  await page.evaluate(() => {
    /** @type {any} */ (document.querySelector("article-compare")).view = "differences";
  });
  await ac.locator("label.switch input").check();
  await ac.getByText("written with other options").first().waitFor();

  assert.deepEqual(page.errors, []);
  assert.deepEqual(
    page.requests.filter((u) => u !== url),
    [],
    "the file loads nothing",
  );
  await page.context().close();
  await rm(dir, { recursive: true });
});

test("a pair the file does not hold says how to get it; text that looks like markup stays text", async () => {
  const dir = await mkdtemp(join(tmpdir(), "ac-report-in-"));
  const hostile = join(dir, "hostile.txt");
  await writeFile(
    hostile,
    'The council met on Tuesday. </script><script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> It voted 7 to 2.\n',
  );
  const files = [join(ARTICLES, "001.txt"), join(ARTICLES, "004.txt"), hostile];
  const { url, dir: out } = await report(files, ["--max-pairs", "1", "--title", "Council <b>vote</b>"]);
  const page = await open(env.browser, url);
  await compared(page);
  assert.equal(await page.locator("h1").textContent(), "Council <b>vote</b>");
  assert.equal(await page.evaluate(() => /** @type {any} */ (window).pwned), undefined);
  const names = await page.evaluate(() =>
    /** @type {any} */ (document.querySelector("article-compare")).report.articles.map((a) => a.name),
  );
  const h = names.indexOf("hostile.txt");
  const sentences = await page.evaluate(
    (i) => /** @type {any} */ (document.querySelector("article-compare")).report.articles[i].sentences.map((s) => s.text).join(" "),
    h,
  );
  assert.match(sentences, /<\/script><script>window\.pwned = 1<\/script>/);
  // The most similar pair (001, 004) is written; a pair with the third article is not.
  await page.evaluate((i) => {
    const el = /** @type {any} */ (document.querySelector("article-compare"));
    el.pair = [0, i];
    el.view = "pair";
  }, h);
  const ac = page.locator("article-compare");
  await ac.getByText("is not in this report file").first().waitFor();
  assert.match(await ac.getByText("is not in this report file").first().textContent(), /holds 1 of 3 pairs/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await rm(dir, { recursive: true });
  await rm(out, { recursive: true });
});

test("two articles printed word for word (wire copy) open and align", async () => {
  const dir = await mkdtemp(join(tmpdir(), "ac-report-copy-"));
  const copy = join(dir, "copy.txt");
  await writeFile(copy, await readFile(join(ARTICLES, "001.txt")));
  const { url, dir: out } = await report([join(ARTICLES, "001.txt"), copy, join(ARTICLES, "004.txt")]);
  const page = await open(env.browser, url);
  await compared(page);
  await page.evaluate(() => {
    const el = /** @type {any} */ (document.querySelector("article-compare"));
    el.pair = [1, 2];
    el.view = "pair";
  });
  const ac = page.locator("article-compare");
  await ac.locator("table.pair").waitFor();
  assert.deepEqual(await ac.locator("table.pair thead th").allTextContents(), ["copy.txt", "004.txt"]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await rm(dir, { recursive: true });
  await rm(out, { recursive: true });
});
