// The embeddable element: the embed page, a strict Content-Security-Policy, a script served
// from another origin, the single file from file://, and article text that tries to be markup.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { open, compared, SHOTS, useBrowser, site } from "./helpers.mjs";

const env = useBrowser({ servers: 2 });

test("the embed page shows the pair view of its two articles, themed by the host page", async () => {
  const page = await open(env.browser, `${env.server.url}/embed.html`);
  await compared(page);
  const ac = page.locator("article-compare");
  assert.equal(await ac.getAttribute("view"), "pair");
  await ac.locator("table.pair").waitFor();
  assert.deepEqual(await ac.locator("table.pair thead th").allTextContents(), ["Outlet A", "Outlet B"]);
  assert.ok((await ac.locator("table.pair ins.ac-ins").count()) > 0);
  // The host's custom property reaches inside the shadow root; ::part styles the tabs.
  const accent = await ac.locator('button.tab[aria-selected="true"]').evaluate((t) => getComputedStyle(t).borderBottomColor);
  assert.equal(accent, "rgb(163, 0, 27)");
  assert.equal(
    await ac
      .locator("button.tab")
      .first()
      .evaluate((t) => getComputedStyle(t).textTransform),
    "uppercase",
  );
  await page.screenshot({ path: `${SHOTS}/embed.png`, fullPage: true });
  assert.deepEqual(page.errors, []);
  assert.deepEqual(
    page.requests.filter((u) => !u.startsWith(env.server.url) && !u.startsWith("blob:")),
    [],
  );
  await page.context().close();
});

test("loading the script twice is harmless; the engine is shared", async () => {
  const page = await open(env.browser, `${env.server.url}/embed.html`);
  await compared(page);
  const ok = await page.evaluate(async (base) => {
    await import(`${base}/article-compare.js?again`);
    const { ArticleCompareElement } = await import(`${base}/article-compare.js`);
    return ArticleCompareElement.define() === customElements.get("article-compare");
  }, env.server.url);
  assert.equal(ok, true);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("works under a strict Content-Security-Policy", async () => {
  const page = await open(env.browser, `${env.server.url}/strict.html`);
  const violations = [];
  page.on("console", (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
  await compared(page);
  const response = await page.request.get(`${env.server.url}/strict.html`);
  assert.match(response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  const report = await page.evaluate(() => document.querySelector("article-compare").report);
  assert.equal(report.articles.length, 2);
  assert.ok(report.matches.length > 0);
  // Styles applied (constructed stylesheet): the selected tab has its accent border.
  const border = await page
    .locator('article-compare button.tab[aria-selected="true"]')
    .evaluate((t) => getComputedStyle(t).borderBottomStyle);
  assert.equal(border, "solid");
  assert.deepEqual(violations, []);
  assert.deepEqual(page.errors, []);
  await page.screenshot({ path: `${SHOTS}/strict-csp.png` });
  await page.context().close();
});

test("works when the script is served from another origin (with CORS)", async () => {
  // A host page on its own origin (a real loopback server: Chromium's local-network rules treat a
  // page that did not come from one as public) loading the element from another origin.
  const dir = await mkdtemp(join(tmpdir(), "ac-host-"));
  await writeFile(
    join(dir, "index.html"),
    `<!doctype html><link rel="icon" href="data:,"><script type="module" src="${env.servers[1].url}/article-compare.js"></script>
    <article-compare view="coverage"><article data-source="A">Hamas holds 59 hostages. The talks were in Doha.</article>
    <article data-source="B">The talks were in Doha. Hamas still holds 59 hostages.</article></article-compare>`,
  );
  const host = await site(dir);
  const page = await open(env.browser, `${host.url}/`);
  await compared(page);
  const report = await page.evaluate(() => document.querySelector("article-compare").report);
  assert.equal(report.clusters.length, 2);
  assert.ok(page.requests.some((u) => u.startsWith(`${env.servers[1].url}/pkg/article_compare_bg.wasm`)));
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await host.close();
  await rm(dir, { recursive: true });
});

test("the single file works from file:// with no request at all", async () => {
  const page = await open(env.browser, `file://${resolve("dist/article-compare.html")}`);
  await compared(page);
  const report = await page.evaluate(() => document.querySelector("article-compare").report);
  assert.equal(report.articles.length, 5);
  assert.deepEqual(
    page.requests.filter((u) => !u.startsWith("file:") && !u.startsWith("blob:")),
    [],
  );
  assert.deepEqual(page.errors, []);
  await page.screenshot({ path: `${SHOTS}/single-file.png` });
  await page.context().close();
});

test("article text full of HTML and script is shown as inert text", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    d.dismiss();
  });
  await compared(page);
  const payload = `<img src=x onerror="window.pwned=1;alert(1)"> said the envoy. <script>window.pwned=2</script> Talks went on. <svg onload="window.pwned=3"></svg> "quoted" & <b>bold</b>.`;
  await page.evaluate((text) => {
    const el = document.querySelector("article-compare");
    el.view = "pair";
    el.articles = [
      { name: `<img src=x onerror="window.pwned=4">`, text },
      { name: "plain", text: `Talks went on. ${text}` },
    ];
  }, payload);
  await page.waitForFunction(() => document.querySelector("article-compare").report?.articles[1]?.name === "plain");
  const ac = page.locator("article-compare");
  await ac.locator("table.pair").waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(dialogs, 0);
  assert.equal(await ac.locator("img, script, svg, b").count(), 0, "no element was made from article text");
  assert.match(await ac.locator("table.pair").textContent(), /<img src=x onerror=/);
  assert.equal(await ac.locator("table.pair thead th").first().textContent(), `<img src=x onerror="window.pwned=4">`);
  await ac.screenshot({ path: `${SHOTS}/inert-html.png` });
  await page.context().close();
});
