// @ts-check
// Overview: how much of each article another carries (a table, or one pixel per pair past 40
// articles), and per article its sentences, shared, unique and repeated.
import { el } from "../ui/dom.js";
import { more, pct } from "./common.js";

/** @param {import("./common.js").Report} r
 *  @param {import("./common.js").ViewContext} ctx */
export function overview(r, ctx) {
  const n = r.articles.length;
  /** @type {import("../ui/dom.js").Child[]} */
  const out = [el("h3", {}, "How much of each article (row) another (column) also carries")];
  out.push(n <= 40 ? heatTable(r) : heatCanvas(ctx.index.containment, n, ctx));
  out.push(el("h3", {}, "Per article"));
  const rows = r.articles.slice(0, ctx.shown.counts).map((/** @type {any} */ a, /** @type {number} */ i) => {
    const c = ctx.index.counts[i];
    return el(
      "tr",
      {},
      el("th", { scope: "row", dir: "auto" }, a.name),
      el("td", { class: "num" }, c.sentences),
      el("td", { class: "num" }, c.shared),
      el("td", { class: "num" }, c.unique),
      el("td", { class: "num" }, c.repeated),
    );
  });
  const head = el(
    "tr",
    {},
    el("th", {}, "Article"),
    el("th", { class: "num" }, "Sentences"),
    el("th", { class: "num" }, "Shared"),
    el("th", { class: "num" }, "Only here"),
    el("th", { class: "num" }, "Repeated inside"),
  );
  return [...out, el("table", { class: "counts", part: "counts" }, el("thead", {}, head), el("tbody", {}, rows)), more(ctx, "counts", n)];
}

/** The containment matrix as a table of percentages, shaded by value.
 *  @param {import("./common.js").Report} r */
function heatTable(r) {
  const n = r.articles.length;
  const head = el(
    "tr",
    {},
    el("th", {}, ""),
    r.articles.map((/** @type {any} */ a, /** @type {number} */ j) =>
      el("th", { scope: "col", title: a.name, dir: "auto" }, n > 8 ? `${j + 1}` : a.name),
    ),
  );
  const rows = r.containment.map((/** @type {number[]} */ row, /** @type {number} */ i) =>
    el(
      "tr",
      {},
      el("th", { scope: "row", dir: "auto" }, n > 8 ? `${i + 1}. ${r.articles[i].name}` : r.articles[i].name),
      row.map((v, j) => {
        if (i === j) return el("td", { class: "cell self" }, "—");
        const td = el("td", { class: "cell", title: `${pct(v)} of ${r.articles[i].name} is also in ${r.articles[j].name}` }, pct(v));
        td.style.setProperty("--v", (0.08 + v * 0.8).toFixed(3));
        return td;
      }),
    ),
  );
  return el("table", { class: "heat", part: "heatmap" }, el("thead", {}, head), el("tbody", {}, rows));
}

/** The containment matrix (`values`, n × n, row by row) as one pixel per pair.
 *  @param {Float64Array} values
 *  @param {number} n
 *  @param {import("./common.js").ViewContext} ctx */
function heatCanvas(values, n, ctx) {
  const canvas = el("canvas", {
    class: "heat",
    part: "heatmap",
    width: n,
    height: n,
    role: "img",
    "aria-label": `Containment of ${n} articles`,
  });
  // A million pixels are drawn after the tables, a band of rows per task: one task for the
  // tables and the pixels took the page near its 100 ms budget on 1,000 articles, and one task
  // for the pixels alone was still 50-70 ms there (measured with the Long Tasks API).
  const draw2d = /** @type {CanvasRenderingContext2D} */ (canvas.getContext("2d"));
  const img = draw2d.createImageData(n, n);
  const [r, g, b] = ctx.cssValue("--ac-heat").split(",").map(Number);
  const data = img.data;
  const BAND = Math.max(1, Math.floor(100_000 / n));
  /** @param {number} from */
  const draw = (from) => {
    const to = Math.min(n, from + BAND);
    for (let i = from; i < to; i++) {
      for (let j = 0, k = i * n * 4; j < n; j++, k += 4) {
        data[k] = r || 31;
        data[k + 1] = g || 111;
        data[k + 2] = b || 235;
        data[k + 3] = i === j ? 38 : Math.min(255, Math.round(255 * values[i * n + j]));
      }
    }
    draw2d.putImageData(img, 0, 0, 0, from, n, to - from);
    if (to < n) setTimeout(() => draw(to), 0);
  };
  setTimeout(() => draw(0), 0);
  return canvas;
}
