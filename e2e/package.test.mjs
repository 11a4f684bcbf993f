// The npm package, as a CMS developer meets it: `npm pack` of www/ (after `make build`), the
// tarball installed offline into a fresh Vite app (e2e/vite-app, copied to a temporary folder),
// the app type-checked against the package's declarations and built by Vite with no
// configuration, and the build served under the strict Content-Security-Policy, where the
// element compares two articles in Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { launch, open, SHOTS } from "./helpers.mjs";
import { serve } from "../tools/serve.mjs";

const ROOT = resolve(".");
const tmp = mkdtempSync(join(tmpdir(), "article-compare-package-"));
const app = join(tmp, "app");
const run = (/** @type {string} */ cmd, /** @type {string[]} */ args, cwd = ROOT) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** @type {any} */
let packed;
let browser;
let server;

before(() => {
  [packed] = JSON.parse(run("npm", ["pack", "./www", "--pack-destination", tmp, "--json", "--loglevel=error"]));
  cpSync(join(ROOT, "e2e/vite-app"), app, { recursive: true });
  // The package has no dependencies: the tarball alone installs, without the network.
  run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", join(tmp, packed.filename)], app);
});

after(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok()));
  rmSync(tmp, { recursive: true, force: true });
});

test("the tarball holds the element, the worker, the wasm, the model and the types, and no demo page", () => {
  const files = packed.files.map((/** @type {{ path: string }} */ f) => f.path);
  for (const f of [
    "article-compare.js",
    "engine/client.js",
    "engine/worker.js",
    "pkg/article_compare.js",
    "pkg/article_compare_bg.wasm",
    "pkg/embed.bin",
    "types/article-compare.d.ts",
    "tag-name-map.d.ts",
  ]) {
    assert.ok(files.includes(f), `${f} in the package`);
  }
  assert.ok(!files.some((f) => /^(app\.js|index\.html|page\/|types\/check\.js)/.test(f)), files.join(" "));
  const manifest = JSON.parse(readFileSync(join(app, "node_modules/article-compare/package.json"), "utf8"));
  assert.equal(manifest.private, undefined);
  assert.equal(manifest.type, "module");
  const cargo = readFileSync(join(ROOT, "Cargo.toml"), "utf8").match(/^version = "(.+)"$/m)?.[1];
  assert.equal(manifest.version, cargo, "the package's version is the engine's");
});

test("the app type-checks against the package's declarations", () => {
  // Strict TypeScript: the tag is an ArticleCompareElement, events carry typed details.
  run(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", app]);
});

test("Vite builds the app with no configuration: the worker, the wasm and the model are assets", () => {
  run(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], app);
  const assets = readdirSync(join(app, "dist/assets"));
  assert.ok(
    assets.some((f) => /^worker-.*\.js$/.test(f)),
    assets.join(" "),
  );
  assert.ok(
    assets.some((f) => f.endsWith(".wasm")),
    assets.join(" "),
  );
  assert.ok(
    assets.some((f) => /^embed-.*\.bin$/.test(f)),
    assets.join(" "),
  );
});

test("the built app compares two articles in Chromium under the strict Content-Security-Policy", async () => {
  server = await serve({ root: join(app, "dist"), port: 0, strict: true });
  const url = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
  const page = await open(browser);
  const violations = [];
  page.on("console", (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
  const response = await page.goto(url);
  assert.match(response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  await page.waitForFunction(() => document.body.dataset.compared, null, { timeout: 30_000 });
  assert.equal(await page.evaluate(() => document.body.dataset.compared), "2");
  const phases = await page.evaluate(() => document.body.dataset.phases.split(","));
  assert.ok(
    ["segmenting", "matching", "findings"].every((p) => phases.includes(p)),
    phases.join(","),
  );
  const report = await page.evaluate(() => document.querySelector("article-compare").report);
  assert.ok(report.matches.length > 0, "the two articles share sentences");
  // The element rendered its Pair view with its styles (a constructed stylesheet).
  await page.locator("article-compare table.pair").waitFor();
  const border = await page
    .locator('article-compare button.tab[aria-selected="true"]')
    .evaluate((t) => getComputedStyle(t).borderBottomStyle);
  assert.equal(border, "solid");
  // Every request stayed on the app's own origin: the model came from the build, not a CDN.
  assert.ok(
    page.requests.some((r) => /\/assets\/embed-.*\.bin$/.test(r)),
    page.requests.join(" "),
  );
  assert.ok(
    page.requests.every((r) => r.startsWith(url) || r.startsWith("blob:")),
    page.requests.join(" "),
  );
  assert.deepEqual(violations, []);
  assert.deepEqual(page.errors, []);
  await page.screenshot({ path: `${SHOTS}/vite-app.png` });
  await page.context().close();
});
