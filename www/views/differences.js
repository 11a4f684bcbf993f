// @ts-check
// Differences: where sources differ. Figures that differ, names spelled differently, quotes
// worded differently, who reports which figure, and the site furniture left out.
import { el } from "../ui/dom.js";
import { colHead, marked, more, sentence } from "./common.js";

/** @typedef {import("./common.js").Report} Report */
/** @typedef {import("./common.js").ViewContext} ViewContext */

/** @param {Report} r
 *  @param {ViewContext} ctx */
export function differences(r, ctx) {
  /** @type {any[]} */
  const findings = r.findings ?? [];
  /** @param {string} kind */
  const of = (kind) => findings.filter((f) => f.kind === kind);
  return [
    ...numbers(r, ctx, of("number")),
    ...names(r, ctx, of("name")),
    ...quotes(r, ctx, of("quote")),
    ...figures(r, ctx),
    ...furniture(r, ctx, of("furniture")),
  ];
}

/** One source's side of a finding: its name, then `body`.
 *  @param {Report} r @param {number} a @param {Node} body @param {string} [extra] */
function side(r, a, body, extra) {
  const name = r.articles[a].name;
  return el(
    "div",
    {},
    el("div", { class: "src-name" }, el("span", { class: "name", dir: "auto", title: name }, name), extra ?? null),
    body,
  );
}

/** @param {Report} r @param {ViewContext} ctx @param {any[]} found */
function numbers(r, ctx, found) {
  /** @type {import("../ui/dom.js").Child[]} */
  const out = [el("h3", { id: "sec-number", tabindex: -1 }, `Figures that differ (${found.length})`)];
  if (!found.length) out.push(el("p", { class: "empty-note" }, "No two sources report the same thing with different figures."));
  for (const f of found) {
    const what = f.difference === "value" ? "Different figures" : "The same figure, qualified differently";
    const sides = f.figures.map((/** @type {any} */ g) =>
      side(r, g.article, marked(ctx, [g.article, g.sentence], [[g.start, g.end]]), ` · “${g.text}”`),
    );
    out.push(
      el(
        "div",
        { class: "finding", part: "finding", "data-kind": "number" },
        el("div", { class: "what" }, `${what}${f.counts ? ` · ${f.counts}` : ""}`),
        el("div", { class: "sides" }, sides),
      ),
    );
  }
  return out;
}

/** @param {Report} r @param {ViewContext} ctx @param {any[]} found */
function names(r, ctx, found) {
  /** @param {number} a */
  const name = (a) => r.articles[a].name;
  /** @type {import("../ui/dom.js").Child[]} */
  const out = [el("h3", { id: "sec-name", tabindex: -1 }, `Names spelled differently (${found.length})`)];
  if (!found.length) out.push(el("p", { class: "empty-note" }, "Every name is spelled the same way by every source."));
  for (const f of found) {
    const lead = f.likely_misspelling
      ? `“${f.spelling}” in ${f.sources.map(name).join(", ")}: likely a misspelling of “${f.usual}”, the spelling ${f.usual_sources.length} of ${r.articles.length} sources use`
      : `Spelled two ways: “${f.spelling}” (${f.sources.map(name).join(", ")}) and “${f.usual}” (${f.usual_sources.map(name).join(", ")})`;
    /** @param {any} m @param {string} [cls] */
    const mention = (m, cls) => side(r, m.article, marked(ctx, [m.article, m.sentence], [[m.start, m.end]], cls));
    out.push(
      el(
        "div",
        { class: "finding", part: "finding", "data-kind": "name" },
        el("div", { class: "what" }, lead),
        el(
          "div",
          { class: "sides" },
          f.mentions.map((/** @type {any} */ m) => mention(m, "ac-mark odd")),
          f.usual_mentions.slice(0, 4).map((/** @type {any} */ m) => mention(m)),
        ),
      ),
    );
  }
  return out;
}

/** Quotes in two or more sources with their wordings side by side, then (closed) the quotes
 *  only one source prints.
 *  @param {Report} r @param {ViewContext} ctx @param {any[]} found */
function quotes(r, ctx, found) {
  const shared = found.filter((q) => q.sources.length > 1);
  const single = found.filter((q) => q.sources.length === 1);
  /** @type {import("../ui/dom.js").Child[]} */
  const out = [el("h3", { id: "sec-quote", tabindex: -1 }, `Quotes in more than one source (${shared.length})`)];
  if (!shared.length) out.push(el("p", { class: "empty-note" }, "No quote appears in two sources."));
  for (const q of shared.slice(0, ctx.shown.differences)) out.push(sharedQuote(r, ctx, q));
  out.push(more(ctx, "differences", shared.length));
  if (single.length) out.push(singleQuotes(r, ctx, single));
  return out;
}

/** @param {Report} r @param {ViewContext} ctx @param {any} q */
function sharedQuote(r, ctx, q) {
  /** @param {number} a */
  const name = (a) => r.articles[a].name;
  const texts = ctx.texts;
  const refWording = q.wordings.find((/** @type {any} */ x) => x.reference) ?? q.wordings[0];
  const ref = texts[refWording.places[0].article];
  /** @param {any} w */
  const wording = (w) => {
    if (!w.words.length) return w.text;
    // The wording itself, with the words it adds marked, and the reference's words it
    // leaves out struck through.
    const own = texts[w.places[0].article];
    return w.words.map((/** @type {any} */ c) =>
      c.op === "equal"
        ? own.slice(c.b[0], c.b[1])
        : c.op === "insert"
          ? el("ins", { class: "ac-ins", part: "ins" }, own.slice(c.b[0], c.b[1]))
          : el("del", { class: "ac-del", part: "del" }, ref.slice(c.a[0], c.a[1])),
    );
  };
  // Each place that prints a wording, linked to its sentence (the first few of many).
  /** @param {any} w */
  const places = (w) => [
    ...w.places.slice(0, 6).map((/** @type {any} */ p) =>
      el(
        "button",
        {
          class: "jump sentence",
          "data-loc": `${p.article}:${p.sentence}`,
          title: `${name(p.article)}, sentence ${p.sentence + 1}${p.speaker ? ` · ${p.speaker}` : ""}`,
        },
        name(p.article),
      ),
    ),
    w.places.length > 6 ? el("span", { class: "note" }, ` and ${w.places.length - 6} more`) : null,
  ];
  /** @param {any} w */
  const speakers = (w) => [...new Set(w.places.map((/** @type {any} */ p) => p.speaker).filter(Boolean))].join(", ");
  const how = q.differs ? `${q.wordings.length} wordings` : "the same words";
  return el(
    "div",
    { class: "finding", part: "finding", "data-kind": "quote" },
    el("div", { class: "what" }, `${q.speaker ?? "Unattributed"} · in ${q.sources.length} sources, ${how}`),
    el(
      "div",
      { class: "sides" },
      q.wordings.map((/** @type {any} */ w) =>
        el(
          "div",
          { "data-wording": w.reference ? "reference" : "other" },
          el(
            "div",
            { class: "src-name", dir: "auto" },
            places(w),
            speakers(w) ? ` · ${speakers(w)}` : "",
            w.reference && q.differs ? " · reference" : "",
          ),
          el("q", { dir: "auto" }, wording(w)),
        ),
      ),
    ),
  );
}

/** @param {Report} r @param {ViewContext} ctx @param {any[]} single */
function singleQuotes(r, ctx, single) {
  const details = el("details", { class: "single-quotes" }, el("summary", {}, `Quotes in one source only (${single.length})`));
  details.addEventListener("toggle", () => {
    if (!details.open || details.dataset.filled) return;
    details.dataset.filled = "1";
    const items = single.slice(0, 500).map((q) => {
      const p = q.wordings[0].places[0];
      return el(
        "li",
        {},
        el("span", { class: "src-name", dir: "auto" }, `${r.articles[p.article].name} · ${p.speaker ?? "unattributed"}: `),
        marked(ctx, [p.article, p.sentence], [[p.start, p.end]]),
      );
    });
    details.append(el("ul", {}, items));
    ctx.markSelected();
  });
  return details;
}

/** Who reports which figure: a column per source up to 8 of them, the printed forms past that.
 *  @param {Report} r @param {ViewContext} ctx */
function figures(r, ctx) {
  /** @type {import("../ui/dom.js").Child[]} */
  const out = [el("h3", {}, "Who reports which figure")];
  /** @type {any[]} */
  const rows = r.figures ?? [];
  if (!rows.length) return [...out, el("p", { class: "empty-note" }, "No figures.")];
  /** @param {number} a */
  const name = (a) => r.articles[a].name;
  const n = r.articles.length;
  const wide = n <= 8;
  /** @param {any} row */
  const label = (row) =>
    `${row.kind === "year" || row.kind === "date" ? row.value : row.value.toLocaleString("en-US")}${row.kind === "date" ? ` (${row.counts})` : row.counts ? ` ${row.counts}` : ""}`;
  /** @param {any} row @param {number} a */
  const printed = (row, a) => [
    ...new Set(row.figures.filter((/** @type {any} */ g) => g.article === a).map((/** @type {any} */ g) => g.text)),
  ];
  /** @param {any} row @param {number} a */
  const cell = (row, a) => {
    const figs = row.figures.filter((/** @type {any} */ g) => g.article === a);
    if (!figs.length) return el("td", { class: "cell empty", "data-label": name(a) }, "");
    const g = figs[0];
    const title = figs.map((/** @type {any} */ x) => ctx.index.sentence([x.article, x.sentence])?.text ?? "").join("\n");
    return el(
      "td",
      { class: "cell", title, "data-label": name(a) },
      el("button", { class: "jump sentence", "data-loc": `${g.article}:${g.sentence}` }, printed(row, a).join(" / ")),
    );
  };
  const head = el(
    "tr",
    {},
    el("th", {}, "Figure"),
    el("th", { class: "num" }, "Sources"),
    wide ? r.articles.map((/** @type {any} */ a, /** @type {number} */ k) => colHead(k, a.name)) : el("th", {}, "Printed as"),
  );
  const body = rows
    .slice(0, ctx.shown.figures)
    .map((row) =>
      el(
        "tr",
        { "data-kind": row.kind },
        el("th", { scope: "row" }, label(row)),
        el("td", { class: "num", "data-label": "Sources" }, `${row.sources.length} of ${n}`),
        wide
          ? r.articles.map((/** @type {any} */ _, /** @type {number} */ a) => cell(row, a))
          : el(
              "td",
              { dir: "auto" },
              row.sources.map((/** @type {number} */ a) => `${name(a)}: ${printed(row, a).join(" / ")}`).join("; "),
            ),
      ),
    );
  return [
    ...out,
    el("table", { class: "figures", part: "figures" }, el("thead", {}, head), el("tbody", {}, body)),
    more(ctx, "figures", rows.length),
  ];
}

/** The lines of the web page around the story, and the switch that compares them too.
 *  @param {Report} r @param {ViewContext} ctx @param {any[]} found */
function furniture(r, ctx, found) {
  const include = !!ctx.options.includeFurniture;
  /** @param {Event & { target: HTMLInputElement }} e */
  const toggle = (e) => ctx.setOptions({ ...ctx.options, includeFurniture: e.target.checked });
  /** @type {import("../ui/dom.js").Child[]} */
  const out = [
    el("h3", {}, `Site furniture (${found.length})`),
    el(
      "label",
      { class: "switch", part: "furniture-switch" },
      el("input", { type: "checkbox", checked: include, onchange: toggle }),
      "Include site furniture in the comparison",
    ),
    el(
      "p",
      { class: "note" },
      include
        ? "Lines of the web page around the story are compared like story text."
        : "Lines of the web page around the story (navigation, related links, share and subscribe prompts) are left out of matches, coverage and “only in” lists.",
    ),
  ];
  if (found.length) {
    const items = found
      .slice(0, 500)
      .map((f) =>
        el(
          "li",
          {},
          el("span", { class: "src-name", dir: "auto" }, `${r.articles[f.article].name} · ${f.label}: `),
          sentence(ctx, [f.article, f.sentence]),
        ),
      );
    out.push(el("ul", { class: "furniture-list" }, items));
  }
  return out;
}
