// The benchmark in headless Chromium: `node bench/chromium.mjs` (after `make build` and
// `cargo bench --bench data`). Serves the repository root, runs bench/bench.js in the page (the
// same code as in Node), and appends a Chromium section to bench/RESULTS.md.
// BENCH_SKIP_PEERS_ABOVE (bytes per article) leaves the peers out above that size: on the 5 MB
// pair they take minutes (jsdiff 266 s, diff-match-patch 118 s in Node here).
import { appendFileSync, writeFileSync } from "node:fs";
import { launch } from "../e2e/helpers.mjs";
import { serve } from "../tools/serve.mjs";

const server = await serve({ root: ".", port: 0 });
const browser = await launch();
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/bench/index.html`);
await page.waitForFunction(() => window.benchReady);
const skip = Number(process.env.BENCH_SKIP_PEERS_ABOVE ?? Infinity);
const { rows, agent } = await page.evaluate((s) => window.runBench(s), Number.isFinite(skip) ? skip : 1e12);
const workerRows = await page.evaluate((names) => window.runWorkerBench(names), ["100 articles of 5 KB", "1000 articles of 5 KB", "1000 syndicated articles of 5 KB"]);
await browser.close();
server.close();

const ms = (x) => (x === undefined ? "not run" : x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(2)} ms`);
const ratio = (peer, ours) => (peer === undefined ? "" : `${(peer / ours).toFixed(1)}×`);
const size = (b) => (b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${Math.round(b / 1e3)} KB`);
const lines = [
  "",
  `## Chromium (${agent.match(/Chrome\/[\d.]+/)?.[0] ?? "Chromium"}, headless, the page's main thread)`,
  "",
  "| operation | input | article-compare | floor | × floor | jsdiff two-step | jsdiff / ours | diff-match-patch | dmp / ours | typed |",
  "|---|---|---|---|---|---|---|---|---|---|",
  ...rows.map((r) => `| ${r.kind}: ${r.name} | ${size(r.bytes)} | ${ms(r.ac)} | ${ms(r.floor)} | ${(r.ac / r.floor).toFixed(1)} | ${r.kind === "diff" ? ms(r.jsdiff) : "n/a"} | ${ratio(r.jsdiff, r.ac)} | ${r.kind === "diff" ? ms(r.dmp) : "n/a"} | ${ratio(r.dmp, r.ac)} | ${r.typed === undefined ? "n/a" : ms(r.typed)} |`),
  "",
  "In the page's worker, as the demo runs it (www/engine/client.js): from the call until the report is back on the",
  "main thread with its sentence texts restored, median of 7 after one checked run; the longest",
  "main-thread task meanwhile (Long Tasks API, tasks over 50 ms; 0 when there was none).",
  "",
  "| operation | input | end to end | fastest | longest main-thread task |",
  "|---|---|---|---|---|",
  ...workerRows.map((r) => `| compare in the worker: ${r.name} | ${size(r.bytes)} | ${ms(r.ms)} | ${ms(r.min)} | ${r.longest ? ms(r.longest) : "none over 50 ms"} |`),
  "",
];
appendFileSync("bench/RESULTS.md", lines.join("\n"));
writeFileSync("bench/results-chromium.json", JSON.stringify({ rows, worker: workerRows }, null, 1));
console.error("appended the Chromium section to bench/RESULTS.md");
