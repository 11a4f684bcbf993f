// @ts-check
// Places: the panel beside a view that lists every other place the selected sentence appears.
import { el } from "../ui/dom.js";
import { gradeName, pct, sentence } from "./common.js";

/** The panel's content for the sentence at `selected`, found in `places`.
 *  @param {import("./common.js").Report} r
 *  @param {import("./common.js").ViewContext} ctx
 *  @param {import("./common.js").Loc} selected
 *  @param {import("../engine/report-index.js").Place[]} places */
export function placesPanel(r, ctx, selected, places) {
  const [a, s] = selected;
  const list = el("ul");
  for (const p of places) {
    const [pa, ps] = p.loc;
    const label = p.kind === "repeat" ? "repeated in the same article" : (gradeName[p.kind] ?? p.kind);
    list.append(
      el(
        "li",
        {},
        el(
          "div",
          { class: "where" },
          `${r.articles[pa].name}, sentence ${ps + 1} · ${label}${p.score === null ? "" : ` · ${pct(p.score)}`}`,
        ),
        sentence(ctx, p.loc),
      ),
    );
  }
  return [
    el("button", { class: "close", "aria-label": "Close", onclick: () => ctx.closePlaces() }, "×"),
    el("strong", {}, `${r.articles[a].name}, sentence ${s + 1}`),
    el("p", { dir: "auto" }, r.articles[a].sentences[s].text),
    places.length
      ? el("div", {}, `Appears in ${places.length} other place${places.length === 1 ? "" : "s"}:`)
      : el("p", { class: "empty-note" }, `Only in ${r.articles[a].name}.`),
    list,
  ];
}
