// @ts-check
// What every view uses: the context the element hands it, a sentence as a clickable span, marked
// spans inside a sentence, a "show more" button for paged tables, and small formatters.
import { el } from "../ui/dom.js";

/** @typedef {import("../engine/report-index.js").Report} Report */
/** @typedef {import("../engine/report-index.js").Loc} Loc */
/** @typedef {import("../ui/dom.js").Children} Children */
/**
 * What a view reads of the element and asks it to do; the element owns the state.
 * @typedef {object} ViewContext
 * @property {import("../engine/report-index.js").ReportIndex} index lookups over the report
 * @property {string[]} texts the compared articles' texts, in report order
 * @property {Readonly<Record<string, number>>} shown how many rows of each paged table are shown
 * @property {(table: string) => void} showMore shows a page more of `table`
 * @property {() => void} markSelected marks the selected sentence again (after a lazy fill)
 * @property {Record<string, any>} options the engine options
 * @property {(options: Record<string, any>) => void} setOptions compares again with these
 * @property {[number, number]} pair the Pair view's two articles
 * @property {(pair: [number, number], focus?: number) => void} setPair shows another pair, then
 *   puts the keyboard on that side's picker
 * @property {(i: number, j: number) => any} diff the diff of articles i and j if there is one;
 *   otherwise null, and the element aligns them and fills the pair view's body
 * @property {(name: string) => string} cssValue a custom property of the element
 * @property {() => void} closePlaces closes the places panel
 * @property {(view: string, anchor?: string) => void} go shows `view`, scrolled to the heading
 *   whose id is `anchor`, and puts the keyboard there
 * @property {"similarity" | "containment"} heat the matrix the overview's heatmap shows
 * @property {(matrix: "similarity" | "containment") => void} setHeat shows the other matrix
 */

/** Rows of a long table shown at first, and added by each "show more" (layout of thousands of
 *  rows would block the page for longer than 100 ms). */
export const PAGE = 100;

/** @param {number} x */
export const pct = (x) => `${Math.round(x * 100)}%`;

/** @type {Record<string, string>} */
export const gradeName = { identical: "identical", near_identical: "near-identical", rewritten: "rewritten", paraphrase: "paraphrase" };

/** `a`, `a + 1`, …, `b`. @param {number} a @param {number} b */
export function range(a, b) {
  return Array.from({ length: b - a + 1 }, (_, k) => a + k);
}

/** The first names of a long list of sources, then how many more: laying out every name of a
 *  statement 400 of 1,000 articles carry, in 100 rows, held the page for 70 ms.
 *  @param {string[]} names */
export function carriedBy(names, shown = 12) {
  return names.length <= shown ? names.join(", ") : `${names.slice(0, shown).join(", ")} and ${names.length - shown} more`;
}

/** A sentence, focusable and clickable, with its text as text; site furniture is greyed.
 *  @param {ViewContext} ctx
 *  @param {Loc} loc
 *  @param {Children} [content] what to show instead of its text (its words, marked)
 *  @param {string} [extra] more classes */
export function sentence(ctx, loc, content, extra = "") {
  const s = ctx.index.sentence(loc);
  const furniture = s?.furniture ? ` furniture` : "";
  const title = `${ctx.index.report.articles[loc[0]].name}, sentence ${loc[1] + 1}${s?.furniture ? ` (site furniture: ${s.furniture})` : ""}`;
  return el(
    "span",
    { class: `sentence ${extra}${furniture}`.trim(), part: "sentence", tabindex: 0, dir: "auto", "data-loc": loc.join(":"), title },
    content ?? s?.text ?? "",
  );
}

/** A sentence with the spans `[[start, end], …]` (article offsets) marked.
 *  @param {ViewContext} ctx
 *  @param {Loc} loc
 *  @param {[number, number][]} spans */
export function marked(ctx, loc, spans, cls = "ac-mark") {
  const s = ctx.index.sentence(loc);
  if (!s) return sentence(ctx, loc);
  /** @type {Children[]} */
  const parts = [];
  let at = 0;
  for (const [start, end] of [...spans].sort((x, y) => x[0] - y[0])) {
    const [a, b] = [Math.max(at, start - s.start), Math.min(s.text.length, end - s.start)];
    if (b <= a) continue;
    parts.push(s.text.slice(at, a), el("mark", { class: cls, part: "mark" }, s.text.slice(a, b)));
    at = b;
  }
  parts.push(s.text.slice(at));
  return sentence(ctx, loc, /** @type {Children} */ (parts));
}

/** A column's header for source `k`: its name where there is room, its number when the element
 *  is narrow (the styles choose), or the number alone when `numbered` (many columns).
 *  @param {number} k @param {string} name @param {boolean} [numbered] @param {string} [cls] */
export function colHead(k, name, numbered = false, cls = "") {
  return el(
    "th",
    { scope: "col", title: name, class: `col ${cls}`.trim(), "data-col": k },
    numbered ? `${k + 1}` : [el("span", { class: "col-name", dir: "auto" }, name), el("span", { class: "col-num" }, `${k + 1}`)],
  );
}

/** A "show more" button for a paged table, or nothing when all `total` rows are shown.
 *  @param {ViewContext} ctx
 *  @param {string} table
 *  @param {number} total */
export function more(ctx, table, total) {
  const left = total - ctx.shown[table];
  if (left <= 0) return null;
  return el("button", { class: "more", onclick: () => ctx.showMore(table) }, `Show ${Math.min(PAGE, left)} more of ${left}`);
}
