// Real progress on a large set: the element's determinate bar names the engine's phase and
// moves, `article-compare:progress` events carry { phase, done, total }, and Cancel still stops
// the comparison at once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { open, compared, bigSet, SHOTS, useBrowser } from "./helpers.mjs";

const env = useBrowser({ servers: 1 });
const PHASES = ["segmenting", "embedding", "indexing", "matching", "findings"];

test("a 600-article comparison shows a determinate bar with its phase, and progress events", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await compared(page);
  await bigSet(page, 600, 3_000_000);
  const seen = await page.evaluate(async () => {
    await new Promise((ok) => setTimeout(ok, 50));
    const el = document.querySelector("article-compare");
    const status = el.shadowRoot.querySelector(".status");
    const bars = [];
    // Every state the status's bar is put in, as the reader sees it.
    const observer = new MutationObserver(() => {
      const bar = status.querySelector("progress");
      if (bar?.hasAttribute("value")) {
        bars.push({
          phase: bar.dataset.phase,
          value: bar.value,
          max: bar.max,
          label: bar.getAttribute("aria-label"),
          text: status.textContent,
        });
      }
    });
    observer.observe(status, { subtree: true, childList: true, attributes: true, characterData: true });
    const events = [];
    el.addEventListener("article-compare:progress", (e) => events.push(e.detail));
    const ready = new Promise((ok) => el.addEventListener("article-compare:ready", ok, { once: true }));
    el.articles = window.__articles;
    await ready;
    observer.disconnect();
    return { bars, events, final: status.textContent };
  });
  const engine = seen.events.filter((e) => e.total !== undefined);
  assert.equal(seen.events[0].phase, "comparing");
  assert.equal(seen.events[0].articles, 600);
  assert.deepEqual([...new Set(engine.map((e) => e.phase))], PHASES, "every phase, in order");
  for (const e of engine) {
    assert.deepEqual(Object.keys(e).sort(), ["done", "phase", "total"]);
    assert.ok(Number.isInteger(e.done) && e.done >= 0 && e.done <= e.total, JSON.stringify(e));
  }
  assert.equal(engine.find((e) => e.phase === "segmenting").total, 600);
  for (const phase of PHASES) {
    const last = engine.filter((e) => e.phase === phase).at(-1);
    assert.equal(last.done, last.total, `${phase} reaches its total`);
  }
  // The bar showed the phases by name and moved within one of them.
  const matching = seen.bars.filter((b) => b.phase === "matching");
  assert.ok(new Set(matching.map((b) => b.value)).size >= 3, `matching values: ${matching.map((b) => b.value)}`);
  assert.ok(matching.every((b) => b.label === "matching sentences" && /Comparing 600 articles: matching sentences/.test(b.text)));
  assert.ok(new Set(seen.bars.map((b) => b.phase)).size >= 3, "several phases shown");
  assert.match(seen.final, /Compared 600 articles/);
  await page.context().close();
});

test("Cancel during a phase stops at once: no more progress, no report, the next comparison works", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await compared(page);
  await bigSet(page, 600, 3_000_000);
  const result = await page.evaluate(async () => {
    await new Promise((ok) => setTimeout(ok, 50));
    const el = document.querySelector("article-compare");
    let events = 0;
    let readies = 0;
    /** @type {(value?: unknown) => void} */
    let engineBusy = () => {};
    const running = new Promise((ok) => (engineBusy = ok));
    el.addEventListener("article-compare:progress", (e) => {
      events++;
      if (e.detail.phase === "indexing" || e.detail.phase === "matching") engineBusy();
    });
    el.addEventListener("article-compare:ready", () => readies++);
    el.articles = window.__articles;
    await running;
    const bar = el.shadowRoot.querySelector(".status progress");
    const during = { phase: bar.dataset.phase, max: bar.max };
    el.shadowRoot.querySelector('.status button[part="cancel"]').click();
    const atCancel = events;
    // The next task: the worker was ended in the click's task, not when it finished a phase.
    await new Promise((ok) => setTimeout(ok, 0));
    const status = el.shadowRoot.querySelector(".status").textContent;
    await new Promise((ok) => setTimeout(ok, 1500));
    return { during, status, after: events - atCancel, readies, bar: !!el.shadowRoot.querySelector(".status progress") };
  });
  assert.ok(["indexing", "matching"].includes(result.during.phase) && result.during.max > 1, JSON.stringify(result.during));
  assert.equal(result.status, "Cancelled.", "the status says so in the next task");
  assert.equal(result.after, 0, "no progress after Cancel");
  assert.equal(result.readies, 0, "no report after Cancel");
  assert.equal(result.bar, false);
  await page.click("#sample");
  await page.waitForFunction(() => document.querySelector("article-compare").report?.articles.length === 5);
  await page.screenshot({ path: `${SHOTS}/progress-after-cancel.png` });
  await page.context().close();
});
