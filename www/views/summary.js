// @ts-check
// Summary: the story at a glance, above the views. How many sources; what all or most of them
// report; what only one says; where they disagree; what each repeats. Each line links to the
// view (and the section of it) that shows the detail.
import { el } from "../ui/dom.js";
import { sentence } from "./common.js";

/** Statements quoted, and sources named on a line before "and N more". */
const TOP_CLAIMS = 3;
const NAMES = 5;

/** A statement cut to a line or two (the whole of it is one click away, in the places panel).
 *  @param {string} text */
const clip = (text) => (text.length > 110 ? `${text.slice(0, 100).replace(/\s+\S*$/, "")}…` : text);

/** What the summary counts, from the report alone (the e2e test recounts it from the report).
 *  @param {import("./common.js").Report} r */
export function summaryCounts(r) {
  /** @type {any[]} */
  const findings = r.findings ?? [];
  const of = (/** @type {string} */ kind) => findings.filter((f) => f.kind === kind);
  return {
    sources: r.articles.length,
    figures: of("number").length,
    names: of("name").length,
    quotes: of("quote").filter((q) => q.sources.length > 1 && q.differs).length,
    attribution: of("attribution").length,
  };
}

/** @param {import("./common.js").Report} r
 *  @param {import("./common.js").ViewContext} ctx */
export function summary(r, ctx) {
  const n = r.articles.length;
  /** @param {number} a */
  const name = (a) => r.articles[a].name;
  /** A link to `view` (at the heading `anchor` inside it). @param {string} text @param {string} view @param {string} [anchor] */
  const link = (text, view, anchor) =>
    el(
      "button",
      { class: "link", part: "summary-link", "data-view": view, "data-anchor": anchor, onclick: () => ctx.go(view, anchor) },
      text,
    );
  const counts = summaryCounts(r);
  const sentences = r.articles.reduce((/** @type {number} */ t, /** @type {any} */ a) => t + a.sentences.length, 0);
  /** @type {import("../ui/dom.js").Child[]} */
  const lines = [
    el("li", { "data-line": "sources" }, el("strong", {}, `${n} sources`), `, ${sentences} sentences. `, link("Overview", "overview")),
  ];

  /** @type {any[]} */
  const top = [...r.clusters].sort((x, y) => y.sources.length - x.sources.length).slice(0, TOP_CLAIMS);
  if (top.length) {
    const most = top[0].sources.length * 2 > n;
    const claims = top.flatMap((c, k) => [
      k ? "; " : "",
      el("q", {}, sentence(ctx, c.members[0], clip(ctx.index.sentence(c.members[0])?.text ?? ""))),
      el("span", { class: "k" }, ` ${c.sources.length === n ? "all" : `${c.sources.length} of ${n}`}`),
    ]);
    lines.push(
      el(
        "li",
        { "data-line": "claims" },
        el("strong", {}, most ? "Most report: " : "Several report: "),
        claims,
        ". ",
        link(`All ${r.clusters.length} shared`, "coverage"),
      ),
    );
  } else {
    lines.push(el("li", { "data-line": "claims" }, "No statement is carried by two or more sources. ", link("Coverage", "coverage")));
  }

  const only = r.unique.map((/** @type {number[]} */ u, /** @type {number} */ a) => ({ a, count: u.length })).filter((x) => x.count);
  if (only.length) {
    // Past a few sources, the ones with the most of their own first.
    const shown = only.length > NAMES ? [...only].sort((x, y) => y.count - x.count).slice(0, NAMES) : only;
    const rest = only.length - shown.length;
    lines.push(
      el(
        "li",
        { "data-line": "only" },
        el("strong", {}, "Only one says: "),
        shown.flatMap((x, k) => [k ? ", " : "", el("span", { dir: "auto", class: "src", title: name(x.a) }, name(x.a)), `: ${x.count}`]),
        rest ? ` and ${rest} more sources` : "",
        ". ",
        link("Only in one", "coverage", "only"),
      ),
    );
  }

  /** @type {[number, string, string, string][]} */
  const disagree = [
    [counts.figures, "figure", "figures", "sec-number"],
    [counts.names, "name spelled two ways", "names spelled two ways", "sec-name"],
    [counts.quotes, "quote worded differently", "quotes worded differently", "sec-quote"],
    [counts.attribution, "attribution", "attributions", "sec-attribution"],
  ];
  const found = disagree.filter(([count]) => count > 0);
  lines.push(
    el(
      "li",
      { "data-line": "differences" },
      el("strong", {}, "Where they disagree: "),
      found.length
        ? found.flatMap(([count, one, many, anchor], k) => [
            k ? ", " : "",
            link(`${count} ${count === 1 ? one : many}`, "differences", anchor),
          ])
        : ["no figures, names or quotes differ. ", link("Differences", "differences")],
    ),
  );

  const repeating = ctx.index.counts.map((c, a) => ({ a, count: c.repeated })).filter((x) => x.count);
  const shownRepeats = repeating.slice(0, NAMES);
  lines.push(
    el(
      "li",
      { "data-line": "repeats" },
      el("strong", {}, "Repeats: "),
      repeating.length
        ? [
            ...shownRepeats.flatMap((x, k) => [
              k ? ", " : "",
              el("span", { dir: "auto", class: "src", title: name(x.a) }, name(x.a)),
              `: ${x.count} repeated sentences`,
            ]),
            repeating.length > NAMES ? ` and ${repeating.length - NAMES} more sources` : "",
            ". ",
            link("Repeats", "repeats"),
          ]
        : "no article prints anything twice.",
    ),
  );
  return el("section", { class: "summary", part: "summary", "aria-label": "Summary" }, el("ul", {}, lines));
}
