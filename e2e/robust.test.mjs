// Never freeze, never lose the input: a 5 MB comparison with the page responsive, cancel, a
// worker that dies, articles over the size limit, empty articles.
import { test } from "node:test";
import assert from "node:assert/strict";
import { open, compared, bigSet, SHOTS, TASK_GUARD_MS, useBrowser } from "./helpers.mjs";

const env = useBrowser({ servers: 1 });

test("comparing 5 MB keeps the page responsive (the work in short main-thread tasks)", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await compared(page);
  await bigSet(page, 1000, 5_000_000);
  const result = await page.evaluate(async () => {
    // Start observing in a task of its own, after the one that made the articles.
    await new Promise((ok) => setTimeout(ok, 50));
    const long = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(Math.round(e.duration))));
    observer.observe({ type: "longtask" });
    await new Promise((ok) => setTimeout(ok, 50));
    const el = document.querySelector("article-compare");
    const started = performance.now();
    const done = new Promise((ok) => el.addEventListener("article-compare:ready", (e) => ok(e.detail), { once: true }));
    el.articles = window.__articles;
    const detail = await done;
    const ready = performance.now() - started;
    // Render every view once more, as a reader clicking through would (each click a task of
    // its own, not a continuation of the task that rendered the report).
    for (const view of ["coverage", "repeats", "pair", "overview"]) {
      await new Promise((ok) => setTimeout(ok, 100));
      el.view = view;
    }
    await new Promise((ok) => setTimeout(ok, 300));
    observer.disconnect();
    return { long, ms: ready, n: detail.report.articles.length };
  });
  assert.equal(result.n, 1000);
  assert.deepEqual(
    result.long.filter((d) => d > TASK_GUARD_MS),
    [],
    `long tasks: ${result.long.join(", ")} ms`,
  );
  console.log(
    `# 1000 articles (5 MB) compared and shown in ${Math.round(result.ms)} ms; longest main-thread task ${Math.max(0, ...result.long)} ms`,
  );
  await page.screenshot({ path: `${SHOTS}/demo-1000.png` });
  await page.context().close();
});

test("a 1,000-article report reaches the page whole (sliced, indexed and restored, it equals the engine's own); its pair is chosen by number", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await compared(page);
  await bigSet(page, 1000, 5_000_000);
  const result = await page.evaluate(async () => {
    const el = document.querySelector("article-compare");
    const done = new Promise((ok) => el.addEventListener("article-compare:ready", (e) => ok(e.detail), { once: true }));
    el.articles = window.__articles;
    const { report } = await done;
    // The same call on this thread, straight into the wasm module.
    const wasm = await import("./pkg/article_compare.js");
    await wasm.default();
    wasm.loadModel(new Uint8Array(await (await fetch("./pkg/embed.bin")).arrayBuffer()));
    const direct = wasm.compare(window.__articles, {});
    const keys = Object.keys(direct);
    const differing = keys.filter((k) => JSON.stringify(report[k]) !== JSON.stringify(direct[k]));
    return {
      differing,
      keys: Object.keys(report).join(),
      expected: keys.join(),
      matches: direct.matches.length,
      findings: direct.findings.length,
    };
  });
  assert.deepEqual(result.differing, []);
  assert.equal(result.keys, result.expected);
  assert.ok(result.matches > 10_000 && result.findings > 0, `a report large enough to be sliced: ${JSON.stringify(result)}`);
  // Two menus of 1,000 articles each were 80 ms of layout: past 200 articles the pair is a number.
  await page.evaluate(() => (document.querySelector("article-compare").view = "pair"));
  const left = page.locator('article-compare input[part="pair-select"]').first();
  await left.fill("700");
  await left.press("Enter");
  await page.waitForFunction(() => document.querySelector("article-compare").getAttribute("pair") === "699,1");
  await page.locator("article-compare table.pair").waitFor();
  assert.equal(await page.locator("article-compare .pick span").first().textContent(), "Article 700");
  assert.equal(
    await page.evaluate(() => document.querySelector("article-compare").shadowRoot.activeElement?.value),
    "700",
    "the keyboard stays on the input",
  );
  await page.context().close();
});

test("cancel stops a running comparison and the next one works", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await compared(page);
  await bigSet(page, 400, 8_000_000);
  const status = await page.evaluate(async () => {
    const el = document.querySelector("article-compare");
    el.articles = window.__articles;
    await new Promise((ok) => setTimeout(ok, 50));
    el.shadowRoot.querySelector('.status button[part="cancel"]').click();
    await new Promise((ok) => setTimeout(ok, 50));
    return el.shadowRoot.querySelector(".status").textContent;
  });
  assert.equal(status, "Cancelled.");
  await page.click("#sample");
  await page.waitForFunction(() => document.querySelector("article-compare").report?.articles.length === 5);
  assert.equal(await page.locator("#message").isVisible(), false);
  await page.context().close();
});

test("a worker that dies is replaced; the page says so and keeps the input", async () => {
  const page = await open(env.browser);
  // The first worker the page starts crashes at once, as one that ran out of memory would.
  await page.addInitScript(() => {
    const Real = Worker;
    let first = true;
    globalThis.Worker = class extends Real {
      constructor(url, options) {
        if (first) {
          first = false;
          url = URL.createObjectURL(new Blob(["throw new Error('simulated crash')"], { type: "text/javascript" }));
        }
        super(url, options);
      }
    };
  });
  await page.goto(`${env.server.url}/`);
  await page.waitForSelector("#message:not([hidden])");
  assert.match(await page.locator("#message").textContent(), /worker failed .*restarted\. Your articles are kept/);
  assert.equal(await page.locator("#articles textarea").count(), 5);
  await page.screenshot({ path: `${SHOTS}/worker-restarted.png` });
  await page.locator('article-compare button[part="retry"]').click();
  await compared(page);
  await page.context().close();
});

test("an article over the size limit gets a clear message; empty articles are skipped with a note", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await compared(page);
  const status = () => page.locator("article-compare .status").textContent();
  await page.evaluate(() => {
    document.querySelector("article-compare").articles = [
      { name: "huge", text: "Hamas holds hostages. ".repeat(800_000) },
      { name: "small", text: "Hamas holds hostages." },
    ];
  });
  await page.waitForFunction(
    () => /limit/.test(document.querySelector("article-compare").shadowRoot.querySelector(".status").textContent),
    null,
    { timeout: 30_000 },
  );
  assert.match(await status(), /article "huge" is 17\.6 MB; the limit is 16\.0 MB/);
  assert.match(await page.locator("#message").textContent(), /the limit is 16\.0 MB/);

  await page.evaluate(() => {
    document.querySelector("article-compare").articles = [
      { name: "one", text: "Hamas holds 59 hostages. The talks were in Doha." },
      { name: "blank", text: "   \n " },
      { name: "two", text: "The talks were in Doha." },
    ];
  });
  await page.waitForFunction(() => document.querySelector("article-compare").report?.articles.length === 2);
  assert.match(await status(), /"blank" is empty and was skipped/);
  await page.context().close();
});
