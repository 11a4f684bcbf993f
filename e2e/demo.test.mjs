// The demo page in Chromium, as a person would use it: the five articles preloaded and
// compared, every view, a pasted article, selection, keyboard, persistence, share link, exports.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { open, compared, SHOTS, useBrowser, setView } from "./helpers.mjs";

const env = useBrowser({ servers: 1 });

function sameOrigin(page, origin) {
  const away = page.requests.filter((u) => !u.startsWith(origin) && !u.startsWith("blob:") && !u.startsWith("data:"));
  assert.deepEqual(away, [], "no request leaves the page's origin");
}

test("the demo opens with the five articles compared; every view renders; nothing leaves the origin", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await compared(page);
  const names = await page.$$eval("#articles input", (inputs) => inputs.map((i) => i.value));
  assert.deepEqual(names, ["000", "001", "002", "003", "004"]);
  const ac = page.locator("article-compare");
  assert.match(await ac.locator(".status").textContent(), /Compared 5 articles/);
  // Overview: a 5 × 5 heatmap and per-article counts; 003 repeats 10 sentences, 004 repeats 4.
  assert.equal(await ac.locator("table.heat tbody tr").count(), 5);
  const repeated = await ac.locator("table.counts tbody tr").evaluateAll((rows) => rows.map((r) => r.lastElementChild.textContent));
  assert.deepEqual(repeated, ["0", "0", "0", "10", "4"]);
  await page.screenshot({ path: `${SHOTS}/demo-overview.png`, fullPage: true });

  await setView(page, "repeats");
  const passages = await ac.locator('section.repeats[data-article="3"] .passage').allTextContents();
  assert.equal(passages.length, 2);
  assert.match(passages[1], /Sentences 9–12 are printed again as 13–16/);
  assert.match(passages[1], /Leavitt emphasized/);
  assert.match(await ac.locator('section.repeats[data-article="4"]').textContent(), /Sentences 2–3 are printed again as 6–7/);
  await ac.screenshot({ path: `${SHOTS}/demo-repeats.png` });

  await setView(page, "coverage");
  const first = ac.locator("table.coverage tbody tr").first();
  assert.match(await first.textContent(), /4 of 5/);
  assert.match(await ac.locator('details.only[data-article="1"] summary').textContent(), /Only in 001 \(12\)/);
  await ac.screenshot({ path: `${SHOTS}/demo-coverage.png` });
  // No stray text in any view (a `null` child once rendered as the word "null").
  for (const view of ["overview", "pair", "coverage", "differences", "repeats"]) {
    await setView(page, view, [1, 4]);
    if (view === "pair") await ac.locator("table.pair").waitFor();
    const stray = await ac
      .locator("#view")
      .evaluate((v) => [...v.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.nodeValue));
    assert.deepEqual(stray, [], `${view} view`);
  }
  sameOrigin(page, env.server.url);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("pair 001/004 shows the rewritten ceasefire sentence with word highlights", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await compared(page);
  await setView(page, "pair", [1, 4]);
  const ac = page.locator("article-compare");
  await ac.locator("table.pair").waitFor();
  const row = ac.locator("table.pair tr.edited", { hasText: "Under a new ceasefire proposal" });
  assert.equal(await row.count(), 1);
  const deleted = await row.locator("del.ac-del").allTextContents();
  const inserted = await row.locator("ins.ac-ins").allTextContents();
  assert.ok(
    deleted.some((t) => t.includes("hostages")),
    deleted.join(" | "),
  );
  assert.ok(
    inserted.some((t) => t.includes("captives")),
    inserted.join(" | "),
  );
  assert.match(await row.locator(".badge.score").first().textContent(), /\d+%/);
  assert.ok((await ac.locator("table.pair .badge.repeat").count()) >= 4, "004's repeated lead is marked");
  await ac.screenshot({ path: `${SHOTS}/demo-pair.png` });

  // Clicking a sentence lists every other place it appears, with scores.
  const selected = page.evaluate(
    () => new Promise((ok) => document.addEventListener("article-compare:select", (e) => ok(e.detail), { once: true })),
  );
  await row.locator("td.a .sentence").click();
  const detail = await selected;
  assert.equal(detail.article, 1);
  assert.ok(detail.places.some((p) => p.loc[0] === 4 && p.kind === "rewritten"));
  const places = ac.locator("aside.places");
  assert.equal(await places.isVisible(), true);
  // Grouped by article (issue #15): 004's places under its name, each with grade and score.
  assert.match(await places.locator('li.group[data-article="4"] .group-name').textContent(), /^004 · \d+ places?$/);
  assert.match(await places.locator('li.group[data-article="4"] .where').first().textContent(), /sentence \d+ · rewritten · \d+%/);
  await page.screenshot({ path: `${SHOTS}/demo-pair-selected.png` });
  await page.keyboard.press("Escape");
  assert.equal(await places.isVisible(), false);
  await page.context().close();
});

test("differences: figures, the misspelled envoy, the Leavitt quote and the site furniture, side by side", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await compared(page);
  await setView(page, "differences");
  const ac = page.locator("article-compare");
  // Numbers: "approximately 2,000" (001) vs "over 2,000" (004), marked inside their sentences.
  const prisoners = ac.locator('.finding[data-kind="number"]', { hasText: "palestinian prisoners" });
  assert.equal(await prisoners.count(), 1);
  assert.deepEqual(await prisoners.locator("mark.ac-mark").allTextContents(), ["approximately 2,000", "over 2,000"]);
  const dead = ac.locator('.finding[data-kind="number"]', { hasText: "at least 35 have died" });
  assert.match(await dead.textContent(), /35 of them already deceased/);
  // Names: 001's "Bohler", with the spelling the four others use.
  const name = ac.locator('.finding[data-kind="name"]');
  assert.equal(await name.count(), 1);
  assert.match(
    await name.locator(".what").textContent(),
    /“Bohler” in 001: likely a misspelling of “Boehler”, the spelling 4 of 5 sources use/,
  );
  assert.equal(await name.locator("mark.ac-mark").first().textContent(), "Bohler");
  // Quotes: the Leavitt quote in four sources, 001's wording aligned word by word with 004's.
  const quote = ac.locator('.finding[data-kind="quote"]').first();
  assert.match(await quote.locator(".what").textContent(), /Leavitt · in 4 sources, 4 wordings/);
  assert.ok((await quote.locator("ins.ac-ins").allTextContents()).includes("having conversations"));
  assert.ok((await quote.locator("del.ac-del").allTextContents()).includes("dialogue"));
  // "American lives are at stake": one wording printed by 001 and 004, another by 002.
  const stake = ac.locator('.finding[data-kind="quote"]', { hasText: "American lives are at stake" });
  assert.deepEqual(await stake.locator(".src-name").first().locator("button").allTextContents(), ["001", "004"]);
  // The figures table: 59 hostages in 000, 002 and 004.
  const row = ac.locator("table.figures tbody tr", { hasText: "59 hostages" });
  assert.match(await row.textContent(), /3 of 5/);
  // Furniture, greyed and listed; the switch puts it back into the comparison.
  assert.deepEqual(await ac.locator(".furniture-list li .sentence").allTextContents(), [
    "Scroll to Top",
    "Table of Contents",
    "Also Read: Afghan Refugees Seek Help Amidst Rising Abuse in Pakistan and Iran",
  ]);
  assert.equal(
    await ac
      .locator(".furniture-list .sentence")
      .first()
      .evaluate((n) => getComputedStyle(n).fontStyle),
    "italic",
  );
  await ac.screenshot({ path: `${SHOTS}/demo-differences.png` });
  // A click on a marked sentence opens the places panel for it.
  await prisoners.locator(".sentence").first().click();
  assert.equal(await ac.locator("aside.places").isVisible(), true);
  const unique0 = () => page.evaluate(() => document.querySelector("article-compare").report.unique[0].length);
  const before = await unique0();
  await ac.locator('[part="furniture-switch"] input').check();
  await page.waitForFunction((n) => document.querySelector("article-compare").report?.unique[0].length === n + 1, before);
  assert.equal(await page.evaluate(() => document.querySelector("article-compare").options.includeFurniture), true);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("keyboard: arrow keys move between views, Enter selects a focused sentence", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await compared(page);
  const ac = page.locator("article-compare");
  await ac.locator('button.tab[data-view="overview"]').focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await ac.getAttribute("view"), "pair");
  await page.keyboard.press("ArrowRight");
  assert.equal(await ac.getAttribute("view"), "coverage");
  await ac.locator("table.coverage .sentence").first().focus();
  await page.keyboard.press("Enter");
  assert.equal(await ac.locator("aside.places").isVisible(), true);
  await page.context().close();
});

test("paste rich text as a new article; it is compared, kept over a reload, and shared by link", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await compared(page);
  await page.click("#add");
  const area = page.locator("#articles textarea").last();
  await area.focus();
  // Rich clipboard content: paragraphs become lines; script and markup never reach the text.
  await area.evaluate((el) => {
    const data = new DataTransfer();
    data.setData(
      "text/html",
      "<h1>Hamas holds 59 hostages</h1><p>Israeli officials have stated that approximately 24 living hostages, including U.S. citizen Edan Alexander, and the remains of at least 35 others are believed to still be held in Gaza.</p><script>window.pwned = 1</script><p>A <b>new</b> sentence only here.</p>",
    );
    data.setData("text/plain", "plain fallback");
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  const text = await area.inputValue();
  assert.equal(text.split("\n")[0], "Hamas holds 59 hostages");
  assert.ok(!text.includes("pwned") && !text.includes("<"), text);
  await page.waitForFunction(() => document.querySelector("article-compare").report?.articles.length === 6, null, { timeout: 30_000 });
  const report = await page.evaluate(() => document.querySelector("article-compare").report);
  assert.ok(
    report.matches.some((m) => m.a[0] === 1 && m.b[0] === 5 && m.grade === "identical"),
    "the pasted 001 sentence matches",
  );

  await page.reload();
  await page.waitForFunction(() => document.querySelector("article-compare").report?.articles.length === 6, null, { timeout: 30_000 });

  await page.click("#share");
  await page.locator("#share-link").waitFor();
  const link = await page.locator("#share-link").inputValue();
  assert.match(link, /#a=[A-Za-z0-9_-]+$/);
  const fresh = await open(env.browser, link);
  await fresh.waitForFunction(() => document.querySelector("article-compare").report?.articles.length === 6, null, { timeout: 30_000 });
  assert.equal(await fresh.locator("#articles textarea").last().inputValue(), text);
  await fresh.context().close();
  await page.context().close();
});

test("export the report as JSON and the coverage as CSV", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await compared(page);
  const [json] = await Promise.all([page.waitForEvent("download"), page.click("#export-json")]);
  const report = JSON.parse(await readFile(await json.path(), "utf8"));
  assert.equal(report.offsets, "utf16");
  assert.equal(report.articles.length, 5);
  const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#export-csv")]);
  const lines = (await readFile(await csv.path(), "utf8")).trim().split("\r\n");
  assert.equal(lines[0], "statement,sources,000,001,002,003,004");
  const total = report.clusters.length + report.unique.flat().length;
  assert.equal(lines.length - 1, total);
  await page.context().close();
});

test("dark mode is readable", async () => {
  const page = await open(env.browser, `${env.server.url}/`, { colorScheme: "dark" });
  await compared(page);
  const [bg, fg] = await page.locator("article-compare").evaluate((el) => {
    const s = getComputedStyle(el);
    return [s.backgroundColor, s.color];
  });
  assert.equal(bg, "rgb(21, 25, 30)");
  assert.equal(fg, "rgb(228, 232, 236)");
  await setView(page, "pair", [1, 4]);
  await page.locator("article-compare table.pair").waitFor();
  await page.screenshot({ path: `${SHOTS}/demo-pair-dark.png` });
  await page.context().close();
});

test("right-to-left text is shown right to left", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await compared(page);
  await page.evaluate(() => {
    const el = document.querySelector("article-compare");
    el.view = "coverage";
    el.articles = [
      { name: "أ", text: "قالت الحكومة إن المحادثات مستمرة في الدوحة. وأضافت أن الرهائن ما زالوا محتجزين." },
      { name: "ب", text: "قالت الحكومة إن المحادثات مستمرة في الدوحة. وأكدت مصادر أخرى ذلك." },
    ];
  });
  await page.waitForFunction(() => document.querySelector("article-compare").report?.articles[0].name === "أ");
  const dir = await page
    .locator("article-compare .sentence")
    .first()
    .evaluate((el) => getComputedStyle(el).direction);
  assert.equal(dir, "rtl");
  await page.context().close();
});
