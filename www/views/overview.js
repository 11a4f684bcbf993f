// @ts-check
// Overview: how much two articles share (a table, or one pixel per pair past 40 articles), in an
// order that puts similar articles side by side, with a readout that names the two articles of
// the cell under the pointer or the keyboard; then per article its sentences, shared, unique and
// repeated.
import { el } from "../ui/dom.js";
import { colHead, more, pct } from "./common.js";
import { clusterOrder } from "./order.js";

/** @typedef {import("./common.js").Report} Report */
/** @typedef {import("./common.js").ViewContext} ViewContext */

/** Past this many articles the matrix is a canvas: a table of 1,600 cells is as far as it reads. */
const TABLE_MAX = 40;

/** @param {Report} r
 *  @param {ViewContext} ctx */
export function overview(r, ctx) {
  const n = r.articles.length;
  const matrix = ctx.heat;
  const values = matrix === "similarity" ? /** @type {Float32Array} */ (ctx.index.similarity) : ctx.index.containment;
  const title =
    matrix === "similarity"
      ? "How much content two articles share"
      : "How much of each article (row) another (column) also carries, word for word";
  /** @type {import("../ui/dom.js").Child[]} */
  const out = [el("h3", {}, title), switcher(ctx)];
  const readout = el("p", { class: "heat-readout", part: "heat-readout", "aria-live": "polite" }, "Point at or focus a cell to read it.");
  /** @param {number} i @param {number} j */
  const read = (i, j) => {
    readout.textContent = describe(r, matrix, values, i, j);
  };
  out.push(n <= TABLE_MAX ? heatTable(r, values, read) : heatCanvas(values, n, ctx, read));
  out.push(readout, el("p", { class: "note" }, "Articles are ordered so that those that share most sit side by side."));
  out.push(el("h3", {}, "Per article"));
  const rows = r.articles.slice(0, ctx.shown.counts).map((/** @type {any} */ a, /** @type {number} */ i) => {
    const c = ctx.index.counts[i];
    return el(
      "tr",
      {},
      el("th", { scope: "row", dir: "auto", class: "name", title: a.name }, el("span", { class: "clip" }, a.name)),
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

/** Shared content or copied wording, when the report has both.
 *  @param {ViewContext} ctx */
function switcher(ctx) {
  if (!ctx.index.similarity) return null;
  /** @param {"similarity" | "containment"} m @param {string} label */
  const button = (m, label) =>
    el(
      "button",
      { class: "seg", part: "heat-switch", "data-matrix": m, "aria-pressed": String(ctx.heat === m), onclick: () => ctx.setHeat(m) },
      label,
    );
  return el(
    "div",
    { class: "segmented", role: "group", "aria-label": "Show" },
    button("similarity", "Shared content"),
    button("containment", "Copied wording"),
  );
}

/** The readout of cell (i, j): the two articles, by name, and the value.
 *  @param {Report} r @param {string} matrix @param {Float32Array} values @param {number} i @param {number} j */
function describe(r, matrix, values, i, j) {
  const n = r.articles.length;
  const [a, b] = [r.articles[i].name, r.articles[j].name];
  if (i === j) return `${i + 1}. ${a} (the same article)`;
  const v = pct(values[i * n + j]);
  return matrix === "similarity"
    ? `${i + 1}. ${a} and ${j + 1}. ${b} share ${v} of their content`
    : `${v} of ${i + 1}. ${a} is also, word for word, in ${j + 1}. ${b}`;
}

/** The matrix as a table of percentages, shaded by value, in clustered order. One cell at a time
 *  is in the tab order; the arrow keys move between cells.
 *  @param {Report} r @param {Float32Array} values @param {(i: number, j: number) => void} read */
function heatTable(r, values, read) {
  const n = r.articles.length;
  const order = clusterOrder(values, n);
  const head = el(
    "tr",
    {},
    el("th", {}, ""),
    order.map((j) => colHead(j, r.articles[j].name, n > 8)),
  );
  const rows = order.map((i, y) =>
    el(
      "tr",
      {},
      el(
        "th",
        { scope: "row", dir: "auto", class: "name", title: r.articles[i].name },
        el("span", { class: "clip" }, n > 8 ? `${i + 1}. ` : el("span", { class: "col-num" }, `${i + 1}. `), r.articles[i].name),
      ),
      order.map((j, x) => {
        const attrs = { "data-i": i, "data-j": j, "data-x": x, "data-y": y, tabindex: x === 1 && y === 0 ? 0 : -1 };
        if (i === j) return el("td", { ...attrs, class: "cell self", title: r.articles[i].name }, "—");
        const v = values[i * n + j];
        const td = el("td", { ...attrs, class: "cell" }, pct(v));
        td.style.setProperty("--v", (0.08 + v * 0.8).toFixed(3));
        return td;
      }),
    ),
  );
  const table = el("table", { class: "heat", part: "heatmap" }, el("thead", {}, head), el("tbody", {}, rows));
  /** @param {Event} e */
  const cellOf = (e) => /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (e.target).closest?.("td.cell"));
  /** @param {HTMLElement} td */
  const show = (td) => read(Number(td.dataset.i), Number(td.dataset.j));
  table.addEventListener("mouseover", (e) => {
    const td = cellOf(e);
    if (td) show(td);
  });
  table.addEventListener("focusin", (e) => {
    const td = cellOf(e);
    if (!td) return;
    for (const c of table.querySelectorAll('td.cell[tabindex="0"]')) if (c !== td) c.setAttribute("tabindex", "-1");
    td.tabIndex = 0;
    show(td);
  });
  table.addEventListener("keydown", (e) => {
    const td = cellOf(e);
    const to = td && step(e.key, Number(td.dataset.x), Number(td.dataset.y), n);
    if (!to) return;
    e.preventDefault();
    /** @type {HTMLElement | null} */ (table.querySelector(`td[data-x="${to[0]}"][data-y="${to[1]}"]`))?.focus();
  });
  // Many columns scroll inside their own box, never the page.
  return el("div", { class: "heat-scroll" }, table);
}

/** Where the arrow keys, Home and End take the cursor at (x, y) in an n × n grid, or null.
 *  @param {string} key @param {number} x @param {number} y @param {number} n
 *  @returns {[number, number] | null} */
function step(key, x, y, n) {
  const clamp = (/** @type {number} */ v) => Math.max(0, Math.min(n - 1, v));
  const big = Math.max(1, Math.round(n / 10));
  /** @type {Record<string, [number, number]>} */
  const moves = {
    ArrowRight: [x + 1, y],
    ArrowLeft: [x - 1, y],
    ArrowDown: [x, y + 1],
    ArrowUp: [x, y - 1],
    PageDown: [x, y + big],
    PageUp: [x, y - big],
    Home: [0, y],
    End: [n - 1, y],
  };
  const m = moves[key];
  return m ? [clamp(m[0]), clamp(m[1])] : null;
}

/** The matrix (`values`, n × n, row by row) as one pixel per pair, in clustered order; the
 *  pointer or the arrow keys (on the focused canvas) pick a cell for the readout.
 *  @param {Float32Array} values
 *  @param {number} n
 *  @param {ViewContext} ctx
 *  @param {(i: number, j: number) => void} read */
function heatCanvas(values, n, ctx, read) {
  const canvas = el("canvas", {
    class: "heat",
    part: "heatmap",
    width: n,
    height: n,
    tabindex: 0,
    role: "img",
    "aria-label": `${n} × ${n} articles; use the arrow keys to read a cell`,
  });
  const cursor = el("div", { class: "heat-cursor", hidden: true });
  const box = el("div", { class: "heat-box" }, canvas, cursor);
  /** @type {number[]} */
  let order = [];
  let at = [1, 0];
  /** @param {number} x @param {number} y */
  const point = (x, y) => {
    at = [x, y];
    if (!order.length) return;
    cursor.hidden = false;
    cursor.style.setProperty("--x", String(x / n));
    cursor.style.setProperty("--y", String(y / n));
    cursor.style.setProperty("--s", String(1 / n));
    read(order[y], order[x]);
  };
  canvas.addEventListener("mousemove", (e) => {
    const rect = canvas.getBoundingClientRect();
    const x = Math.floor(((e.clientX - rect.left) / rect.width) * n);
    const y = Math.floor(((e.clientY - rect.top) / rect.height) * n);
    if (x >= 0 && x < n && y >= 0 && y < n) point(x, y);
  });
  canvas.addEventListener("focus", () => point(at[0], at[1]));
  canvas.addEventListener("blur", () => (cursor.hidden = true));
  canvas.addEventListener("keydown", (e) => {
    const to = step(e.key, at[0], at[1], n);
    if (!to) return;
    e.preventDefault();
    point(to[0], to[1]);
  });
  // The order, then a million pixels, are made after the tables, a band of rows per task: one
  // task for the tables and the pixels took the page near its 100 ms budget on 1,000 articles,
  // and one task for the pixels alone was still 50-70 ms there (measured with the Long Tasks API).
  const draw2d = /** @type {CanvasRenderingContext2D} */ (canvas.getContext("2d"));
  const img = draw2d.createImageData(n, n);
  const [r, g, b] = ctx.cssValue("--ac-heat").split(",").map(Number);
  const data = img.data;
  const BAND = Math.max(1, Math.floor(100_000 / n));
  /** @param {number} from */
  const draw = (from) => {
    const to = Math.min(n, from + BAND);
    for (let y = from; y < to; y++) {
      const row = order[y] * n;
      for (let x = 0, k = y * n * 4; x < n; x++, k += 4) {
        data[k] = r || 31;
        data[k + 1] = g || 111;
        data[k + 2] = b || 235;
        data[k + 3] = order[x] === order[y] ? 38 : Math.min(255, Math.round(255 * values[row + order[x]]));
      }
    }
    draw2d.putImageData(img, 0, 0, 0, from, n, to - from);
    if (to < n) setTimeout(() => draw(to), 0);
  };
  setTimeout(() => {
    order = clusterOrder(values, n);
    setTimeout(() => draw(0), 0);
  }, 0);
  return box;
}
