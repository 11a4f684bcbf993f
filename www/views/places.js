// @ts-check
// Places: the panel beside a view that lists every other place the selected sentence appears,
// grouped by article (its own article first: what it repeats), each place with its grade.
import { el } from "../ui/dom.js";
import { gradeName, pct, sentence } from "./common.js";

/** @param {number} k @param {string} one @param {string} many */
const count = (k, one, many) => `${k} ${k === 1 ? one : many}`;

/** The panel's content for the sentence at `selected`, found in `places`.
 *  @param {import("./common.js").Report} r
 *  @param {import("./common.js").ViewContext} ctx
 *  @param {import("./common.js").Loc} selected
 *  @param {import("../engine/report-index.js").Place[]} places */
export function placesPanel(r, ctx, selected, places) {
  const [a, s] = selected;
  /** @type {Map<number, import("../engine/report-index.js").Place[]>} */
  const byArticle = new Map();
  for (const p of places) {
    if (!byArticle.has(p.loc[0])) byArticle.set(p.loc[0], []);
    /** @type {import("../engine/report-index.js").Place[]} */ (byArticle.get(p.loc[0])).push(p);
  }
  const here = byArticle.get(a) ?? [];
  byArticle.delete(a);
  const others = [...byArticle.keys()];
  /** @param {number} article @param {import("../engine/report-index.js").Place[]} list @param {string} title */
  const group = (article, list, title) =>
    el(
      "li",
      { class: "group", "data-article": article },
      el("div", { class: "group-name", dir: "auto" }, title),
      el(
        "ul",
        {},
        list
          .sort((p, q) => p.loc[1] - q.loc[1])
          .map((p) => {
            const label = p.kind === "repeat" ? "repeated" : (gradeName[p.kind] ?? p.kind);
            return el(
              "li",
              { "data-kind": p.kind },
              el("div", { class: "where" }, `sentence ${p.loc[1] + 1} · ${label}${p.score === null ? "" : ` · ${pct(p.score)}`}`),
              sentence(ctx, p.loc),
            );
          }),
      ),
    );
  const lead = [
    others.length ? `Appears in ${count(others.length, "other article", "other articles")}` : "",
    here.length ? `${others.length ? ", and r" : "R"}epeated ${count(here.length, "time", "times")} in this one` : "",
  ].join("");
  return [
    el("button", { class: "close", "aria-label": "Close", onclick: () => ctx.closePlaces() }, "×"),
    el("strong", { dir: "auto" }, `${r.articles[a].name}, sentence ${s + 1}`),
    el("p", { dir: "auto" }, r.articles[a].sentences[s].text),
    places.length ? el("div", { class: "lead" }, `${lead}:`) : el("p", { class: "empty-note" }, `Only in ${r.articles[a].name}.`),
    el(
      "ul",
      { class: "groups" },
      here.length ? group(a, here, `${r.articles[a].name} (this article) · ${count(here.length, "place", "places")}`) : null,
      others.map((k) =>
        group(
          k,
          /** @type {any[]} */ (byArticle.get(k)),
          `${r.articles[k].name} · ${count(byArticle.get(k)?.length ?? 0, "place", "places")}`,
        ),
      ),
    ),
  ];
}
