// The editor side of issue 15: a compact list past a handful of articles, one question before
// files replace the sample, every control reached with the keyboard, and sets saved as files
// where a link cannot travel (the single file, opened from file://).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { open, compared, SHOTS, useBrowser } from "./helpers.mjs";

const env = useBrowser({ servers: 1 });

const file = (name, text) => ({ name, mimeType: "text/plain", buffer: Buffer.from(text) });
const story = (i) =>
  file(`outlet-${i}.txt`, `Officials said talks in Doha went on for a ${i}th day. Hamas holds 59 hostages. Outlet ${i} alone adds this.`);
const reportNames = (page) => page.evaluate(() => document.querySelector("article-compare").report?.articles.map((a) => a.name));
const waitCount = (page, n) =>
  page.waitForFunction((n) => document.querySelector("article-compare").report?.articles.length === n, n, { timeout: 30_000 });

test("2. past 8 articles the editor is a compact list (name, size, words, remove) and the comparison is in view", async () => {
  for (const width of [1280, 390]) {
    const page = await open(env.browser, `${env.server.url}/`, { viewport: { width, height: 900 } });
    await compared(page);
    await page.click("#clear");
    await page.setInputFiles(
      "#files",
      Array.from({ length: 20 }, (_, i) => story(i + 1)),
    );
    await waitCount(page, 20);
    const rows = page.locator("#articles table.compact-list tbody tr");
    assert.equal(await rows.count(), 20);
    assert.deepEqual(await page.locator("#articles table.compact-list thead th").allTextContents(), ["Name", "Size", "Words", ""]);
    assert.match(await rows.first().textContent(), /\d+ B\s*\d+\s*TextRemove/);
    const top = await page.locator("#results-title").evaluate((h) => h.getBoundingClientRect().top);
    assert.ok(top < 900, `the comparison starts at ${top} px, inside the first screen`);
    // The editor fits the width (the views' own width is the element's: issue 15, point 8).
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll("#inputs, #inputs *")]
        .filter((n) => n.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((n) => n.id || n.className || n.tagName),
    );
    assert.deepEqual(wide, [], "nothing of the editor sticks out sideways");
    // A row's text opens in place; Remove works from the list.
    await rows
      .first()
      .getByRole("button", { name: /Show the text/ })
      .click();
    assert.match(await page.locator("#articles tr.open-text textarea").inputValue(), /Outlet 1 alone/);
    await page
      .locator("#articles table.compact-list tbody tr:not(.open-text)")
      .nth(3)
      .getByRole("button", { name: /Remove/ })
      .click();
    await waitCount(page, 19);
    await page.screenshot({ path: `${SHOTS}/compact-${width}.png` });
    await page.context().close();
  }
});

test("6. opening files while the sample is shown asks once whether to replace it", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await compared(page);
  await page.setInputFiles("#files", [story(1), story(2)]);
  await page.locator("#ask").waitFor();
  assert.match(await page.locator("#ask").textContent(), /Replace them with your files\?/);
  await page.screenshot({ path: `${SHOTS}/ask-replace-sample.png` });
  await page.locator('#ask button[value="replace"]').click();
  await page.waitForFunction(() => document.querySelector("article-compare").report?.articles[0].name === "outlet-1");
  assert.deepEqual(await reportNames(page), ["outlet-1", "outlet-2"]);
  // The sample can come back: the message offers undo.
  assert.match(await page.locator("#notice").textContent(), /Replaced the sample with your files/);
  // Asked once: the next files are added.
  await page.setInputFiles("#files", [story(3)]);
  await waitCount(page, 3);
  assert.equal(await page.locator("#ask").isVisible(), false);
  await page.context().close();

  const keep = await open(env.browser, `${env.server.url}/`);
  await compared(keep);
  await keep.setInputFiles("#files", [story(1)]);
  await keep.locator('#ask button[value="keep"]').click();
  await waitCount(keep, 6);
  await keep.context().close();
});

test("7. every control of the page is reached with Tab, Open files… included, and it opens the file chooser", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await compared(page);
  // Make every control appear: a removed article (Recently removed), a shared set (the set menu).
  await page.locator("#articles .remove").first().click();
  await page.locator("#notice button").waitFor();
  const expected = await page.evaluate(() =>
    [...document.querySelectorAll("a[href], button, input, select, textarea, summary")]
      .filter((n) => n.checkVisibility() && !n.closest("dialog, article-compare") && !n.disabled)
      .map((n, i) => (n.dataset.tabProbe = String(i))),
  );
  assert.ok(expected.length > 15, `${expected.length} controls`);
  await page.evaluate(() => document.activeElement?.blur());
  const reached = new Set();
  for (let i = 0; i < 200 && reached.size < expected.length; i++) {
    await page.keyboard.press("Tab");
    const probe = await page.evaluate(() => document.activeElement?.dataset?.tabProbe ?? null);
    if (probe !== null) reached.add(probe);
  }
  const missed = await page.evaluate(
    (seen) =>
      [...document.querySelectorAll("[data-tab-probe]")]
        .filter((n) => !seen.includes(n.dataset.tabProbe))
        .map((n) => n.id || n.getAttribute("aria-label") || n.textContent.trim()),
    [...reached],
  );
  assert.deepEqual(missed, [], "controls Tab never reaches");
  await page.bringToFront();
  const [chooser] = await Promise.all([page.waitForEvent("filechooser", { timeout: 10_000 }), page.locator("#open").press("Enter")]);
  assert.equal(chooser.isMultiple(), true);
  await page.context().close();
});

test("10. from the single file a share link says nobody else can open it and offers the set as a file; the page opens that file", async () => {
  const local = await open(env.browser, `file://${resolve("dist/article-compare.html")}`);
  await compared(local);
  await local.locator("#articles .card input").first().fill("From the single file");
  await local.waitForFunction(() => document.querySelector("article-compare").report?.articles[0].name === "From the single file");
  await local.click("#share");
  const message = local.locator("#message");
  assert.match(await message.textContent(), /a link to it opens only here: nobody else can open it/);
  assert.equal(await local.locator("#share-link").isVisible(), false);
  await local.screenshot({ path: `${SHOTS}/single-file-share.png` });
  const [download] = await Promise.all([
    local.waitForEvent("download"),
    message.getByRole("button", { name: "Save the set as a file" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^article-compare-set-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = await readFile(await download.path(), "utf8");
  const set = JSON.parse(saved);
  assert.equal(set.format, "article-compare-set");
  assert.equal(set.articles[0].name, "From the single file");
  await local.context().close();

  // Whoever gets the file opens it, beside their own articles (here: on the served page).
  const other = await open(env.browser, `${env.server.url}/`);
  await compared(other);
  await other.setInputFiles("#files", { name: download.suggestedFilename(), mimeType: "application/json", buffer: Buffer.from(saved) });
  await other.waitForFunction(() => document.querySelector("article-compare").report?.articles[0].name === "From the single file");
  assert.match(await other.locator("#notice").textContent(), /Opened the set file “article-compare-set-.*”: 5 articles/);
  await other.locator("#notice").getByRole("button", { name: "Back to your articles" }).click();
  await other.waitForFunction(() => document.querySelector("article-compare").report?.articles[0].name === "000");
  await other.context().close();
});
