// @ts-check
// Pair: two articles side by side, aligned sentence by sentence, rewritten words marked, moves
// linked to their other place. The element fetches the diff; `pairTable` draws it.
import { el } from "../ui/dom.js";
import { pct, sentence } from "./common.js";

/** Articles beyond which the pair is chosen by number, not from two menus: 2,000 options took
 *  the page 80 ms of layout on 1,000 articles. */
const MENU_MAX = 200;

/** The pickers of the two articles and the body: the aligned table if the diff is there,
 *  otherwise a note while the element aligns them.
 *  @param {import("./common.js").Report} r
 *  @param {import("./common.js").ViewContext} ctx */
export function pair(r, ctx) {
  const [i, j] = ctx.pair;
  const controls = el(
    "div",
    { class: "pair-controls" },
    picker(r, ctx, i, 0),
    el("span", {}, "vs"),
    picker(r, ctx, j, 1),
    el("button", { class: "more", onclick: () => ctx.setPair([j, i]) }, "Swap"),
    el(
      "div",
      { class: "legend" },
      el("span", {}, el("del", { class: "ac-del" }, "removed")),
      el("span", {}, el("ins", { class: "ac-ins" }, "added")),
      el("span", { class: "badge moved" }, "moved"),
      el("span", { class: "badge repeat" }, "repeated in article"),
    ),
  );
  const body = el("div", { class: "pair-body" });
  const diff = ctx.diff(i, j);
  body.append(diff ? pairTable(diff, ctx, i, j) : el("p", { class: "note" }, "Aligning…"));
  return [controls, body];
}

/** A menu of the articles, or past MENU_MAX a number field, for `side` (0 left, 1 right).
 *  @param {import("./common.js").Report} r
 *  @param {import("./common.js").ViewContext} ctx
 *  @param {number} value
 *  @param {0 | 1} side */
function picker(r, ctx, value, side) {
  const n = r.articles.length;
  /** @param {number} k */
  const choose = (k) => {
    const p = ctx.pair;
    p[side] = k;
    if (p[0] === p[1]) p[1 - side] = (k + 1) % n;
    // The view is rebuilt: the element keeps the keyboard on this side's picker.
    ctx.setPair(p, side);
  };
  const name = side === 0 ? "Left article" : "Right article";
  if (n <= MENU_MAX) {
    return el(
      "select",
      { "aria-label": name, part: "pair-select", onchange: (e) => choose(Number(e.target.value)) },
      r.articles.map((/** @type {any} */ a, /** @type {number} */ k) =>
        el("option", { value: k, selected: k === value }, `${k + 1}. ${a.name}`),
      ),
    );
  }
  /** @param {Event & { target: HTMLInputElement }} e */
  const typed = (e) => {
    const k = Math.round(Number(e.target.value)) - 1;
    if (k >= 0 && k < n) choose(k);
    else e.target.value = String(ctx.pair[side] + 1);
  };
  return el(
    "span",
    { class: "pick" },
    el("input", {
      type: "number",
      min: 1,
      max: n,
      value: value + 1,
      "aria-label": `${name}, 1 to ${n}`,
      part: "pair-select",
      onchange: typed,
    }),
    el("span", { dir: "auto" }, r.articles[value].name),
  );
}

/** The aligned sentences of articles `i` (left) and `j` (right) from their diff `d`.
 *  @param {any} d a DiffReport
 *  @param {import("./common.js").ViewContext} ctx
 *  @param {number} i
 *  @param {number} j */
export function pairTable(d, ctx, i, j) {
  const [ta, tb] = [ctx.texts[i], ctx.texts[j]];
  /** The words of a rewritten sentence, removed ones struck, added ones marked.
   *  @param {any} op @param {"a" | "b"} side */
  const words = (op, side) => {
    if (!op.words?.length) return null;
    const text = side === "a" ? ta : tb;
    const parts = [];
    for (const w of op.words) {
      const span = w[side];
      if (!span) continue;
      const t = text.slice(span[0], span[1]);
      parts.push(
        w.op === "equal"
          ? t
          : el(side === "a" ? "del" : "ins", { class: side === "a" ? "ac-del" : "ac-ins", part: side === "a" ? "del" : "ins" }, t),
      );
    }
    return parts;
  };
  /** @param {number} article @param {number} s */
  const repeated = (article, s) =>
    ctx.index.isRepeated([article, s])
      ? el("span", { class: "badge repeat", title: "printed more than once in this article" }, "repeated")
      : null;
  /** @param {"a" | "b"} side @param {any} op */
  const cell = (side, op) => {
    const idx = side === "a" ? op.a : op.b;
    if (idx === null || idx === undefined) return el("td", { class: `${side} empty` });
    const article = side === "a" ? i : j;
    const content = op.op === "edited" || (op.op === "moved" && side === "b") ? words(op, side) : null;
    const parts = [sentence(ctx, [article, idx], content), repeated(article, idx)];
    if (op.op === "edited" || (op.op === "moved" && op.score !== undefined && op.score < 1)) {
      parts.push(el("span", { class: "badge score" }, pct(op.score ?? 1)));
    }
    if (op.op === "moved") {
      const other = side === "a" ? `b-${op.to}` : `a-${op.from}`;
      const label = side === "a" ? `moved to #${op.to + 1} →` : `← moved from #${op.from + 1}`;
      parts.push(el("button", { class: "jump", "data-jump": `row-${other}`, part: "jump" }, label));
    }
    return el("td", { class: side }, parts);
  };
  // Rows are named by their old-side sentence, or new-side when there is none: a move's two
  // places are rows with one side each, which is what its jump buttons target.
  const rows = d.ops.map((/** @type {any} */ op) =>
    el("tr", { class: op.op, id: op.a != null ? `row-a-${op.a}` : `row-b-${op.b}`, "data-op": op.op }, cell("a", op), cell("b", op)),
  );
  const s = d.stats;
  return el(
    "div",
    {},
    el(
      "p",
      { class: "note" },
      `${s.equal} equal, ${s.edited} rewritten in place, ${s.moved} moved, ${s.deleted} only in ${d.a.name}, ${s.inserted} only in ${d.b.name}.`,
    ),
    el(
      "table",
      { class: "pair", part: "pair" },
      el("thead", {}, el("tr", {}, el("th", { dir: "auto" }, d.a.name), el("th", { dir: "auto" }, d.b.name))),
      el("tbody", {}, rows),
    ),
  );
}
