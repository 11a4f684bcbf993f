// Shared by the end-to-end tests: Debian's Chromium through playwright-core, the dev server on
// free ports, and a record of every request a page makes (to prove none leaves its origin).
import { before, after } from "node:test";
import { chromium } from "playwright-core";
import { serve } from "../tools/serve.mjs";
import { mkdirSync } from "node:fs";

export const SHOTS = "e2e/screenshots";

/** The longest main-thread task the e2e tests let pass: a guard against work done in one piece
 *  (a 16 MB text or a 1,000-article report handled whole blocks for seconds), not the target.
 *  The target (no task over 50 ms) is measured by `make bench` (bench/chromium.mjs, the worker
 *  rows): on a machine shared with other jobs the same tasks run several times longer
 *  (bench/RESULTS.md, issue 17). */
export const TASK_GUARD_MS = 400;
mkdirSync(SHOTS, { recursive: true });

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-dev-shm-usage",
    ],
  });
}

/** Serves www/ (or E2E_WWW: an older copy, to see a new test fail on the old page) on a free
 *  port; returns { url, close }. */
export async function site(root = process.env.E2E_WWW ?? "www") {
  const server = await serve({ root, port: 0 });
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}

/** A page that records requests, console errors and uncaught exceptions. */
export async function open(browser, url, { colorScheme = "light", viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ colorScheme, viewport, acceptDownloads: true });
  const page = await context.newPage();
  page.requests = [];
  page.errors = [];
  page.on("request", (r) => page.requests.push(r.url()));
  page.on("pageerror", (e) => page.errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && page.errors.push(m.text()));
  if (url) await page.goto(url);
  return page;
}

/** Waits until the element on the page has a report. */
/** Shows `view` in the page's element, with the articles of `pair` ([i, j]) when given. */
export const setView = (page, view, pair) =>
  page.evaluate(
    ([v, p]) => {
      const el = document.querySelector("article-compare");
      if (p) el.pair = p;
      el.view = v;
    },
    [view, pair],
  );

export async function compared(page, selector = "article-compare") {
  await page.waitForFunction((s) => document.querySelector(s)?.report, selector, { timeout: 30_000 });
}

/** Registers before/after hooks for a test file: one browser, and `servers` servers of www/ on
 *  their own origins. Returns an object whose fields are set once the hooks have run. */
export function useBrowser({ servers = 1 } = {}) {
  const env = { browser: null, server: null, servers: [] };
  before(async () => {
    env.browser = await launch();
    for (let i = 0; i < servers; i++) env.servers.push(await site());
    env.server = env.servers[0];
  });
  after(async () => {
    await env.browser?.close();
    for (const s of env.servers) await s.close();
  });
  return env;
}

/** Makes about `bytes` of articles in the page (window.__articles) from the five real ones'
 *  sentences, shuffled with a fixed seed. Made in the page, not passed in: handing 5 MB through
 *  page.evaluate is itself a long task, and would be measured as the page's. */
export function bigSet(page, count, bytes) {
  return page.evaluate(
    ([count, bytes]) => {
      const report = document.querySelector("article-compare").report;
      const pool = report.articles.flatMap((a) => a.sentences.map((s) => s.text));
      let seed = 42;
      const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      window.__articles = Array.from({ length: count }, (_, i) => {
        let text = "";
        while (text.length < bytes / count)
          text += `${pool[Math.floor(rand() * pool.length)]} word${Math.floor(rand() * 1e6)}${rand() < 0.3 ? "\n" : " "}`;
        return { name: `Article ${i + 1}`, text };
      });
    },
    [count, bytes],
  );
}
