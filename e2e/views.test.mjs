// The views of issue #15 (and the page side of #12) in Chromium: the summary says what the report
// says, the heatmap's readout names the articles (table and canvas, pointer and keyboard) in a
// clustered order, the pair view of two outlets, the places panel grouped by article, a 390 px
// phone with nothing wider than the screen, and every control inside the element reachable by
// keyboard. Screenshots of every view at both widths go to e2e/screenshots.
import { test } from "node:test";
import assert from "node:assert/strict";
import { open, compared, SHOTS, useBrowser, setView } from "./helpers.mjs";

const env = useBrowser({ servers: 1 });
const VIEWS = ["overview", "pair", "coverage", "differences", "repeats"];

/** Sets the element's articles and waits for their report. */
async function compare(page, articles) {
  await page.evaluate((list) => (document.querySelector("article-compare").articles = list), articles);
  await page.waitForFunction(
    (names) => JSON.stringify(document.querySelector("article-compare").report?.articles.map((a) => a.name)) === names,
    JSON.stringify(articles.map((a) => a.name)),
    { timeout: 30_000 },
  );
}

/** The five sample articles, as the element has them. */
const samples = (page) => page.evaluate(() => document.querySelector("article-compare").articles);

/** The element's focused element, inside its shadow root. */
const focused = (page) =>
  page.evaluate(() => {
    const a = document.querySelector("article-compare").shadowRoot.activeElement;
    return a ? { id: a.id, text: a.textContent, kb: a.dataset.kb ?? null, i: a.dataset.i ?? null, j: a.dataset.j ?? null } : null;
  });

test("the summary's counts are the report's, and each line opens its view", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await compared(page);
  const ac = page.locator("article-compare");
  const r = await page.evaluate(() => {
    const rep = document.querySelector("article-compare").report;
    return {
      names: rep.articles.map((a) => a.name),
      sentences: rep.articles.reduce((t, a) => t + a.sentences.length, 0),
      carried: rep.clusters.map((c) => c.sources.length),
      unique: rep.unique.map((u) => u.length),
      findings: rep.findings.map((f) => ({ kind: f.kind, sources: f.sources?.length ?? 0, differs: f.differs })),
      repeated: rep.articles.map((_, a) => rep.repeats.filter((g) => g.article === a).reduce((t, g) => t + g.sentences.length, 0)),
    };
  });
  const n = r.names.length;
  const line = (name) => ac.locator(`[part="summary"] li[data-line="${name}"]`);
  assert.match(await line("sources").textContent(), new RegExp(`^${n} sources, ${r.sentences} sentences`));
  // The three most widely carried statements, each with "k of N".
  const top = [...r.carried].sort((x, y) => y - x).slice(0, 3);
  assert.deepEqual(
    (await line("claims").locator(".k").allTextContents()).map((t) => t.trim()),
    top.map((k) => (k === n ? "all" : `${k} of ${n}`)),
  );
  assert.match(await line("claims").textContent(), /^Most report: U\.S\. Engages in Rare Direct Talks/);
  const only = await line("only").textContent();
  r.unique.forEach((k, a) => k && assert.ok(only.includes(`${r.names[a]}: ${k}`), `${r.names[a]}: ${k} in "${only}"`));
  const count = (kind, pred = () => true) => r.findings.filter((f) => f.kind === kind && pred(f)).length;
  const figures = count("number");
  const names = count("name");
  const quotes = count("quote", (f) => f.sources > 1 && f.differs);
  assert.deepEqual([figures, names, quotes], [2, 1, 3], "the five articles: 2 figures, 1 name, 3 quotes");
  assert.deepEqual(await line("differences").locator("button").allTextContents(), [
    `${figures} figures`,
    `${names} name spelled two ways`,
    `${quotes} quotes worded differently`,
  ]);
  const repeats = await line("repeats").textContent();
  r.repeated.forEach((k, a) => k && assert.ok(repeats.includes(`${r.names[a]}: ${k} repeated sentences`), repeats));
  assert.ok(repeats.includes("003: 10 repeated sentences") && repeats.includes("004: 4 repeated sentences"));

  // Each link opens its view, the keyboard on the section it names.
  await line("differences").getByRole("button", { name: "1 name spelled two ways" }).click();
  assert.equal(await ac.getAttribute("view"), "differences");
  assert.equal((await focused(page)).id, "sec-name");
  await line("only").getByRole("button").click();
  assert.equal(await ac.getAttribute("view"), "coverage");
  assert.equal((await focused(page)).id, "only");
  await line("repeats").getByRole("button").click();
  assert.equal(await ac.getAttribute("view"), "repeats");
  // A statement in the summary is a sentence: a click lists where it appears.
  await line("claims").locator(".sentence").first().click();
  assert.equal(await ac.locator("aside.places").isVisible(), true);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("heatmap: shared content by default, copied wording on request; the readout names both articles, by pointer and by keyboard", async () => {
  const page = await open(env.browser);
  await page.goto(`${env.server.url}/`);
  await compared(page);
  const ac = page.locator("article-compare");
  const names = await page.evaluate(() => document.querySelector("article-compare").report.articles.map((a) => a.name));
  assert.equal(await page.evaluate(() => document.querySelector("article-compare").report.similarity.length), 5);
  assert.match(await ac.locator("#view h3").first().textContent(), /content two articles share/);
  assert.equal(await ac.locator('[data-matrix="similarity"]').getAttribute("aria-pressed"), "true");
  const readout = ac.locator('[part="heat-readout"]');
  // Pointer: a cell names its row's and its column's article, and the value it shows.
  const cell = ac.locator("table.heat td.cell:not(.self)").first();
  await cell.hover();
  const [i, j, shown] = [Number(await cell.getAttribute("data-i")), Number(await cell.getAttribute("data-j")), await cell.textContent()];
  assert.equal(await readout.textContent(), `${i + 1}. ${names[i]} and ${j + 1}. ${names[j]} share ${shown} of their content`);
  // Keyboard: one cell in the tab order, the arrow keys move, the readout follows.
  await ac.locator('table.heat td.cell[tabindex="0"]').focus();
  await page.keyboard.press("ArrowDown");
  const at = await focused(page);
  assert.ok(at.i !== null && at.j !== null, "a cell has the keyboard");
  assert.ok((await readout.textContent()).includes(`${Number(at.i) + 1}. ${names[at.i]}`), await readout.textContent());
  assert.equal(await ac.locator('table.heat td.cell[tabindex="0"]').count(), 1, "one cell in the tab order");
  // The other matrix: copied wording (containment), read the same way.
  await ac.locator('[data-matrix="containment"]').click();
  assert.equal(await ac.locator('[data-matrix="containment"]').getAttribute("aria-pressed"), "true");
  assert.match(await ac.locator("#view h3").first().textContent(), /word for word/);
  await ac.locator("table.heat td.cell:not(.self)").first().hover();
  assert.match(await readout.textContent(), /^\d+% of \d+\. .+ is also, word for word, in \d+\. .+$/);
  await ac.screenshot({ path: `${SHOTS}/views-overview-similarity.png` });

  // Paraphrases in the pair view, the places panel and their legend.
  // The engine's own paraphrases (tests/paraphrase.rs): 000's "still holds 59 hostages" is
  // 004's "59 hostages remain in Hamas captivity".
  await setView(page, "pair", [0, 4]);
  const rows = ac.locator("table.pair tr.ac-paraphrase");
  await rows.first().waitFor();
  assert.ok((await rows.count()) >= 2, `${await rows.count()} paraphrase rows`);
  const row = rows.filter({ hasText: "still holds 59 hostages" });
  assert.equal(await row.count(), 1);
  assert.equal(await row.getAttribute("part"), "paraphrase");
  assert.match(await row.textContent(), /59 hostages remain in Hamas captivity/);
  assert.match(await ac.locator(".legend").textContent(), /paraphrase/);
  await row.locator("td.a .sentence").click();
  assert.match(await ac.locator('aside.places li.group[data-article="4"] .where').first().textContent(), /· paraphrase · \d+%/);
  await ac.screenshot({ path: `${SHOTS}/views-pair-paraphrase.png` });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("heatmap order: copies of one story sit side by side as a block; past 40 articles the canvas reads out the articles too", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await compared(page);
  const five = await samples(page);
  // Six versions of each of the five stories (each without one of its lines), interleaved.
  const versions = (count) =>
    Array.from({ length: count }, (_, k) => {
      const story = five[k % 5];
      const lines = story.text.split("\n");
      lines.splice(1 + (Math.floor(k / 5) % (lines.length - 1)), 1);
      return { name: `${story.name}/${Math.floor(k / 5) + 1}`, text: lines.join("\n") };
    });
  await compare(page, versions(30));
  const ac = page.locator("article-compare");
  const columns = await ac.locator("table.heat thead th.col").evaluateAll((ths) => ths.map((th) => th.title));
  assert.equal(columns.length, 30);
  const stories = columns.map((name) => name.split("/")[0]);
  const runs = stories.filter((s, k) => k === 0 || s !== stories[k - 1]).length;
  assert.equal(runs, 5, `the stories along the order: ${stories.join(" ")}`);
  await ac.locator("table.heat").screenshot({ path: `${SHOTS}/views-heatmap-30.png` });
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll <= client, `30 columns scroll in their box, not the page (${scroll} > ${client})`);

  await compare(page, versions(45));
  const canvas = ac.locator("canvas.heat");
  await canvas.waitFor();
  const readout = ac.locator('[part="heat-readout"]');
  const box = await canvas.boundingBox();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.7);
  const pointed = await readout.textContent();
  assert.match(
    pointed,
    /^(\d+\. \d{3}\/\d+ \(the same article\)|\d+\. \d{3}\/\d+ and \d+\. \d{3}\/\d+ share \d+% of their content|\d+% of \d+\. \d{3}\/\d+ is also, word for word, in \d+\. \d{3}\/\d+)$/,
    pointed,
  );
  await canvas.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowDown");
  const keyed = await readout.textContent();
  assert.match(
    keyed,
    /^\d+\. \d{3}\/\d+ and \d+\. \d{3}\/\d+ share|^\d+% of \d+\. \d{3}\/\d+ is also, word for word, in \d+\. \d{3}\/\d+$/,
    keyed,
  );
  assert.notEqual(keyed, pointed);
  assert.equal(await ac.locator(".heat-cursor").isVisible(), true);
  await ac.locator(".heat-box").screenshot({ path: `${SHOTS}/views-heatmap-45.png` });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("pair: two outlets show their shared claims side by side and what only each has; a revision keeps removed / added", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await compared(page);
  const ac = page.locator("article-compare");
  await setView(page, "pair", [1, 4]);
  const result = ac.locator(".pair-result");
  await result.waitFor();
  assert.equal(await result.getAttribute("data-mode"), "outlets");
  const legend = await ac.locator(".legend").textContent();
  assert.match(legend, /only in 001/);
  assert.match(legend, /only in 004/);
  assert.doesNotMatch(legend, /removed|added/);
  // Every match the n-way report makes between them is a row of the claims both carry.
  const between = await page.evaluate(() =>
    document
      .querySelector("article-compare")
      .report.matches.filter((m) => (m.a[0] === 1 && m.b[0] === 4) || (m.a[0] === 4 && m.b[0] === 1))
      .map((m) => (m.a[0] === 1 ? `row-a-${m.a[1]}-b-${m.b[1]}` : `row-a-${m.b[1]}-b-${m.a[1]}`)),
  );
  assert.ok(between.length >= 4, `${between.length} matches`);
  const rows = await ac.locator("tbody.aligned tr.claim").evaluateAll((trs) => trs.map((tr) => tr.id));
  for (const id of between) assert.ok(rows.includes(id), `${id} in ${rows}`);
  // What only one has, side by side under its name, not as removed / added rows.
  assert.match(await ac.locator("tbody.only tr.section").textContent(), /Only in 001 \(\d+\)Only in 004 \(\d+\)/);
  assert.equal(await ac.locator("table.pair tr.deleted, table.pair tr.inserted").count(), 0);
  await ac.screenshot({ path: `${SHOTS}/views-pair-outlets.png` });

  // A revision of 001 (two sentences reworded, one added) is still a diff: removed / added.
  const five = await samples(page);
  const revised = five[1].text
    .replace("Four other American hostages", "Four more American hostages")
    .replace("The official added", "The official also added")
    .concat("\nA sentence added in the revision.");
  await compare(page, [five[1], { name: "001 revised", text: revised }]);
  await setView(page, "pair", [0, 1]);
  await ac.locator('.pair-result[data-mode="versions"]').waitFor();
  assert.match(await ac.locator(".legend").textContent(), /removed.*added/);
  assert.ok((await ac.locator("table.pair tr.equal").count()) > 10);
  assert.equal(await ac.locator("table.pair tr.inserted").count(), 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("places: grouped by article, the repeats in the sentence's own article apart", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await compared(page);
  const ac = page.locator("article-compare");
  await setView(page, "coverage");
  // 003's headline is printed twice and carried by other articles.
  const detail = await page.evaluate(
    () =>
      new Promise((ok) => {
        const el = document.querySelector("article-compare");
        el.addEventListener("article-compare:select", (e) => ok(e.detail), { once: true });
        el.select(3, 2);
      }),
  );
  const others = [...new Set(detail.places.map((p) => p.loc[0]).filter((a) => a !== 3))];
  const here = detail.places.filter((p) => p.loc[0] === 3).length;
  assert.ok(others.length >= 2 && here >= 1, JSON.stringify(detail.places));
  const panel = ac.locator("aside.places");
  assert.equal(
    await panel.locator(".lead").textContent(),
    `Appears in ${others.length} other articles, and repeated ${here} time${here === 1 ? "" : "s"} in this one:`,
  );
  const groups = await panel.locator("li.group").evaluateAll((lis) => lis.map((li) => Number(li.dataset.article)));
  assert.deepEqual(groups, [3, ...others], "its own article first, then each other article once");
  assert.match(await panel.locator('li.group[data-article="3"] .group-name').textContent(), /this article/);
  for (const a of others) {
    const want = detail.places.filter((p) => p.loc[0] === a).length;
    assert.equal(await panel.locator(`li.group[data-article="${a}"] .where`).count(), want);
  }
  assert.match(await panel.locator('li.group[data-article="3"] .where').first().textContent(), /^sentence \d+ · repeated · \d+%$/);
  await ac.screenshot({ path: `${SHOTS}/views-places.png` });
  await page.context().close();
});

/** Elements of the element's shadow root that reach past its right edge (none should), outside
 *  the tab strip and a wide heatmap, which scroll in their own boxes. */
const overflowing = (page) =>
  page.evaluate(() => {
    const host = document.querySelector("article-compare");
    const right = host.getBoundingClientRect().right + 1;
    return [...host.shadowRoot.querySelectorAll("*")]
      .filter((n) => !n.closest(".tabs, .heat-scroll") && n.getClientRects().length && n.getBoundingClientRect().right > right)
      .map((n) => `${n.tagName.toLowerCase()}.${n.className} ${Math.round(n.getBoundingClientRect().right)} > ${Math.round(right)}`)
      .slice(0, 5);
  });

test("a 390 px phone: no view scrolls sideways, the tabs stay on one line, the places panel covers nothing, long names stay in their cards", async () => {
  const page = await open(env.browser, `${env.server.url}/`, { viewport: { width: 390, height: 844 } });
  await compared(page);
  const ac = page.locator("article-compare");
  for (const view of VIEWS) {
    await setView(page, view, [1, 4]);
    if (view === "pair") await ac.locator("table.pair").waitFor();
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client, `${view}: the page is ${scroll} px wide on a ${client} px screen`);
    assert.deepEqual(await overflowing(page), [], `${view}: nothing wider than the element`);
    const tops = await ac.locator("button.tab").evaluateAll((tabs) => tabs.map((t) => t.offsetTop));
    assert.equal(new Set(tops).size, 1, `${view}: tabs on one line`);
    await page.screenshot({ path: `${SHOTS}/views-${view}-phone.png`, fullPage: true });
  }
  // The figures table is read row by row on a phone, each figure labelled with its source.
  await setView(page, "differences");
  assert.equal(await ac.locator("table.figures thead").isVisible(), false);
  const labels = await ac
    .locator("table.figures tbody tr", { hasText: "59 hostages" })
    .locator("td.cell:not(.empty)")
    .evaluateAll((tds) => tds.map((td) => getComputedStyle(td, "::before").content));
  assert.deepEqual(labels, ['"000: "', '"002: "', '"004: "']);
  // The coverage table numbers its columns on a phone; the places panel opens above it.
  await setView(page, "coverage");
  assert.equal(await ac.locator("table.coverage th.col .col-num").first().isVisible(), true);
  assert.equal(await ac.locator("table.coverage th.col .col-name").first().isVisible(), false);
  await ac.locator("table.coverage .sentence").nth(2).click();
  const panel = await ac.locator("aside.places").boundingBox();
  const table = await ac.locator("table.coverage").boundingBox();
  assert.ok(panel.y + panel.height <= table.y, "the panel is above the table, not over it");
  assert.deepEqual(await overflowing(page), [], "nothing wider with the panel open");
  await page.screenshot({ path: `${SHOTS}/views-places-phone.png` });
  await page.keyboard.press("Escape");

  // Long source names: cut with an ellipsis inside the Differences cards (whole in the title).
  const five = await samples(page);
  const long = five.map((a, k) => ({ name: `The Extraordinarily Long-Named International Daily Chronicle Edition ${k}`, text: a.text }));
  await compare(page, long);
  for (const view of VIEWS) {
    await setView(page, view, [1, 4]);
    if (view === "pair") await ac.locator("table.pair").waitFor();
    assert.deepEqual(await overflowing(page), [], `${view}, long names: nothing wider than the element`);
  }
  await setView(page, "differences");
  const cut = await ac
    .locator(".finding .src-name .name")
    .evaluateAll((ns) => ns.map((n) => ({ cut: n.scrollWidth > n.clientWidth, title: n.title, text: n.textContent })));
  assert.ok(cut.length > 0 && cut.every((c) => c.cut && c.title === c.text), JSON.stringify(cut.slice(0, 2)));
  await ac
    .locator(".finding")
    .nth(2)
    .screenshot({ path: `${SHOTS}/views-differences-long-names-phone.png` });
  await page.context().close();
});

test("desktop: names in the coverage table's column headers; screenshots of every view", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await compared(page);
  const ac = page.locator("article-compare");
  await setView(page, "coverage");
  assert.deepEqual(await ac.locator("table.coverage th.col .col-name").allTextContents(), ["000", "001", "002", "003", "004"]);
  assert.equal(await ac.locator("table.coverage th.col .col-name").first().isVisible(), true);
  assert.equal(await ac.locator("table.coverage th.col .col-num").first().isVisible(), false);
  for (const view of VIEWS) {
    await setView(page, view, [1, 4]);
    if (view === "pair") await ac.locator("table.pair").waitFor();
    assert.deepEqual(await overflowing(page), [], view);
    await ac.screenshot({ path: `${SHOTS}/views-${view}-desktop.png` });
  }
  await page.context().close();
});

test("keyboard: Tab reaches every control of every view inside the element", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await compared(page);
  const ac = page.locator("article-compare");
  for (const view of VIEWS) {
    await setView(page, view, [1, 4]);
    if (view === "pair") await ac.locator("table.pair").waitFor();
    // Every visible control in the tab order, stamped so that the walk can name what it reached.
    const total = await page.evaluate(() => {
      const root = document.querySelector("article-compare").shadowRoot;
      const controls = [...root.querySelectorAll("button, select, input, summary, a[href], [tabindex]")].filter(
        (n) => n.tabIndex >= 0 && !n.disabled && n.getClientRects().length && !n.closest("[hidden]"),
      );
      controls.forEach((n, k) => (n.dataset.kb = String(k)));
      return controls.length;
    });
    assert.ok(total > 5, `${view}: ${total} controls`);
    await ac.locator('[data-kb="0"]').focus();
    const seen = new Set(["0"]);
    for (let k = 0; k < total + 5; k++) {
      await page.keyboard.press("Tab");
      const f = await focused(page);
      if (!f) break;
      if (f.kb !== null) seen.add(f.kb);
    }
    const missed = Array.from({ length: total }, (_, k) => String(k)).filter((k) => !seen.has(k));
    assert.deepEqual(missed, [], `${view}: controls Tab does not reach`);
  }
  // The other views' tabs: the arrow keys (tested in demo.test.mjs); the heatmap's cells: the
  // arrow keys (above).
  await page.context().close();
});
