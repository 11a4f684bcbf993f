// @ts-check
// Coverage: each statement two or more articles carry and which carry it, then what only one
// article has.
import { el } from "../ui/dom.js";
import { carriedBy, colHead, more, sentence } from "./common.js";

/** @param {import("./common.js").Report} r
 *  @param {import("./common.js").ViewContext} ctx */
export function coverage(r, ctx) {
  const n = r.articles.length;
  return [
    ...statements(r, ctx),
    more(ctx, "coverage", r.clusters.length),
    el("h3", { id: "only", tabindex: -1 }, "Only in one article"),
    ...onlyIn(r, ctx),
    more(ctx, "only", n),
  ];
}

/** The clusters as a table: a column per source up to 12 of them, their names past that.
 *  @param {import("./common.js").Report} r
 *  @param {import("./common.js").ViewContext} ctx */
function statements(r, ctx) {
  const n = r.articles.length;
  const wide = n <= 12;
  const head = el(
    "tr",
    {},
    el("th", {}, "Statement"),
    el("th", { class: "num" }, "Sources"),
    wide ? r.articles.map((/** @type {any} */ a, /** @type {number} */ k) => colHead(k, a.name, n > 6, "src")) : el("th", {}, "Carried by"),
  );
  const rows = r.clusters.slice(0, ctx.shown.coverage).map((/** @type {any} */ c) => {
    const on = new Set(c.sources);
    /** @param {any} a @param {number} k */
    const source = (a, k) => {
      const m = c.members.find((/** @type {[number, number]} */ x) => x[0] === k);
      const title = on.has(k) ? `${a.name}, sentence ${m[1] + 1}` : `not in ${a.name}`;
      return el("td", { class: `src${on.has(k) ? " on" : ""}`, title }, on.has(k) ? "✓" : "");
    };
    return el(
      "tr",
      {},
      el("td", {}, sentence(ctx, c.members[0])),
      el("td", { class: "num k" }, `${c.sources.length} of ${n}`),
      wide ? r.articles.map(source) : el("td", { dir: "auto" }, carriedBy(c.sources.map((/** @type {number} */ k) => r.articles[k].name))),
    );
  });
  return [
    el("h3", {}, `Statements carried by two or more articles (${r.clusters.length})`),
    wide
      ? el(
          "p",
          { class: `note${n > 6 ? "" : " num-key"}` },
          r.articles.map((/** @type {any} */ a, /** @type {number} */ k) => `${k + 1} = ${a.name}`).join(" · "),
        )
      : null,
    el("table", { class: wide ? "coverage" : "coverage many", part: "coverage" }, el("thead", {}, head), el("tbody", {}, rows)),
  ];
}

/** A closed list per article of the sentences only it has (open when there are few).
 *  @param {import("./common.js").Report} r
 *  @param {import("./common.js").ViewContext} ctx */
function onlyIn(r, ctx) {
  const n = r.articles.length;
  const out = [];
  // A list is built when its article is opened: building all of them for 1,000 articles (25k
  // items inside closed elements) took the page up to 98 ms.
  for (let k = 0; k < Math.min(n, ctx.shown.only); k++) {
    /** @type {number[]} */
    const list = r.unique[k];
    const details = el(
      "details",
      { class: "only", "data-article": k },
      el("summary", { dir: "auto" }, `Only in ${r.articles[k].name} (${list.length})`),
    );
    const fill = () => {
      if (details.dataset.filled) return;
      details.dataset.filled = "1";
      details.append(
        el(
          "ol",
          { class: "sentences" },
          list.slice(0, 500).map((s) => el("li", { value: s + 1 }, sentence(ctx, [k, s]))),
        ),
      );
      ctx.markSelected();
    };
    details.addEventListener("toggle", () => details.open && fill());
    if (n <= 6 && list.length <= 40) {
      details.open = true;
      fill();
    }
    out.push(details);
  }
  return out;
}
