// @ts-check
// Repeats: what an article prints twice, as passages (runs of sentences printed again) and
// groups of single sentences that repeat each other.
import { el } from "../ui/dom.js";
import { more, pct, range, sentence } from "./common.js";

/** @param {import("./common.js").Report} r
 *  @param {import("./common.js").ViewContext} ctx */
export function repeats(r, ctx) {
  const withRepeats = r.articles
    .map((/** @type {any} */ _, /** @type {number} */ k) => k)
    .filter((/** @type {number} */ k) => ctx.index.repeatsIn[k].length);
  if (!withRepeats.length) return [el("p", { class: "empty-note" }, "No article prints anything twice.")];
  return [
    ...withRepeats.slice(0, ctx.shown.repeats).map((/** @type {number} */ k) => article(r, ctx, k)),
    more(ctx, "repeats", withRepeats.length),
  ];
}

/** The repeats of article `k`: its passages, then the groups not inside one.
 *  @param {import("./common.js").Report} r
 *  @param {import("./common.js").ViewContext} ctx
 *  @param {number} k */
function article(r, ctx, k) {
  const passages = ctx.index.passagesIn[k];
  const inPassage = new Set(passages.flatMap((p) => [p.first, p.second].flatMap((s) => range(s.sentences[0], s.sentences[1]))));
  const groups = ctx.index.repeatsIn[k].filter((g) => !g.sentences.every((/** @type {number} */ s) => inPassage.has(s)));
  const section = el("section", { class: "repeats", part: "repeats", "data-article": k }, el("h3", { dir: "auto" }, r.articles[k].name));
  for (const p of passages) {
    const [f0, f1] = p.first.sentences;
    const [s0, s1] = p.second.sentences;
    const what =
      f0 === f1
        ? `Sentence ${f0 + 1} is printed again as sentence ${s0 + 1}`
        : `Sentences ${f0 + 1}–${f1 + 1} are printed again as ${s0 + 1}–${s1 + 1}`;
    section.append(
      el(
        "div",
        { class: "passage", part: "passage" },
        el("div", { class: "note" }, `${what} (${pct(p.score)} alike)`),
        range(f0, f1).map((s) => el("div", {}, sentence(ctx, [k, s]))),
      ),
    );
  }
  for (const g of groups) {
    const what = `Sentences ${g.sentences.map((/** @type {number} */ s) => s + 1).join(", ")} repeat each other (${pct(g.score)} alike)`;
    section.append(el("div", { class: "passage" }, el("div", { class: "note" }, what), sentence(ctx, [k, g.sentences[0]])));
  }
  return section;
}
