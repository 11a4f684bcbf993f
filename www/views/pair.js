// @ts-check
// Pair: two articles side by side, aligned sentence by sentence, rewritten words marked, moves
// linked to their other place. The element fetches the diff; `pairTable` draws it.
import { el } from "../ui/dom.js";
import { gradeName, pct, range, sentence } from "./common.js";

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
  );
  const body = el("div", { class: "pair-body" });
  const diff = ctx.diff(i, j);
  body.append(diff ? pairTable(diff, ctx, i, j) : el("p", { class: "note" }, "Aligning…"));
  return [controls, body];
}

/** Whether two articles are versions of one text (a revision, a copy edited) rather than two
 *  outlets' own reports: a third of the shorter one's sentences are printed unchanged in the
 *  other. Two outlets on one story share next to none word for word (0 of 19 for 001 and 004).
 *  @param {any} d a DiffReport */
export function areVersions(d) {
  const s = d.stats;
  const shorter = Math.min(s.equal + s.edited + s.moved + s.deleted, s.equal + s.edited + s.moved + s.inserted);
  return shorter > 0 && s.equal + s.moved >= shorter / 3;
}

/** The legend of the pair view: removed / added for versions, only in A / only in B otherwise.
 *  @param {boolean} versions @param {string} a @param {string} b */
function legend(versions, a, b) {
  return el(
    "div",
    { class: "legend" },
    versions
      ? [el("span", {}, el("del", { class: "ac-del" }, "removed")), el("span", {}, el("ins", { class: "ac-ins" }, "added"))]
      : [
          el("span", {}, el("del", { class: "ac-del" }, "only in "), el("span", { dir: "auto", class: "name" }, a)),
          el("span", {}, el("ins", { class: "ac-ins" }, "only in "), el("span", { dir: "auto", class: "name" }, b)),
        ],
    versions ? el("span", { class: "badge moved" }, "moved") : null,
    el("span", { class: "badge paraphrase" }, "paraphrase: the same claim in other words"),
    el("span", { class: "badge repeat" }, "repeated in article"),
  );
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

/** The body of the pair view for articles `i` (left) and `j` (right), from their diff `d`:
 *  the aligned sentences of two versions, or the aligned claims of two outlets and then what
 *  only each has.
 *  @param {any} d a DiffReport
 *  @param {import("./common.js").ViewContext} ctx
 *  @param {number} i
 *  @param {number} j */
export function pairTable(d, ctx, i, j) {
  const versions = areVersions(d);
  return el(
    "div",
    { class: "pair-result", "data-mode": versions ? "versions" : "outlets" },
    legend(versions, d.a.name, d.b.name),
    versions ? revisionTable(d, ctx, i, j) : outletsTable(d, ctx, i, j),
  );
}

/** What the two sides share: grade and score of each pair of sentences of i and j the n-way
 *  report matched, by "a:b".
 *  @param {import("./common.js").ViewContext} ctx @param {number} i @param {number} j */
function matchesOf(ctx, i, j) {
  /** @type {Map<string, { grade: string, score: number }>} */
  const map = new Map();
  for (const m of ctx.index.between(i, j)) map.set(`${m.a}:${m.b}`, { grade: ctx.index.gradeOf(m.k), score: ctx.index.score[m.k] });
  return map;
}

/** The words of a rewritten sentence, removed ones struck, added ones marked.
 *  @param {any} op @param {"a" | "b"} side @param {string} text */
function words(op, side, text) {
  if (!op.words?.length) return null;
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
}

/** A "repeated" badge if the sentence is printed more than once in its article.
 *  @param {import("./common.js").ViewContext} ctx @param {number} article @param {number} s */
function repeated(ctx, article, s) {
  return ctx.index.isRepeated([article, s])
    ? el("span", { class: "badge repeat", title: "printed more than once in this article" }, "repeated")
    : null;
}

/** A paraphrase badge. */
const paraphraseBadge = () => el("span", { class: "badge paraphrase", part: "paraphrase" }, "paraphrase");

/** Two outlets' articles: the claims both carry side by side (every match of the n-way report
 *  between them, paraphrases included, and the diff's own pairs), then beside each other the
 *  sentences only one has, without the red and green of a revision.
 *  @param {any} d a DiffReport
 *  @param {import("./common.js").ViewContext} ctx
 *  @param {number} i
 *  @param {number} j */
function outletsTable(d, ctx, i, j) {
  const [ta, tb] = [ctx.texts[i], ctx.texts[j]];
  const graded = matchesOf(ctx, i, j);
  /** The diff's pairs (with their word changes), then the report's, once each, by a then b.
   *  @type {Map<string, { a: number, b: number, op: any }>} */
  const pairs = new Map();
  for (const op of d.ops) {
    const b = op.op === "moved" ? op.to : op.b;
    if (op.a == null || b == null) continue;
    pairs.set(`${op.a}:${b}`, { a: op.a, b, op });
  }
  for (const key of graded.keys()) {
    const [a, b] = key.split(":").map(Number);
    if (!pairs.has(key)) pairs.set(key, { a, b, op: null });
  }
  const aligned = [...pairs.values()].sort((p, q) => p.a - q.a || p.b - q.b);
  const rows = aligned.map(({ a, b, op }) => {
    const m = graded.get(`${a}:${b}`);
    const grade = m?.grade ?? (op?.op === "equal" ? "identical" : "rewritten");
    const score = m?.score ?? op?.score ?? (op?.op === "equal" ? 1 : null);
    const edited = op?.op === "edited";
    const badge = [
      grade === "paraphrase" ? paraphraseBadge() : el("span", { class: "badge grade" }, gradeName[grade] ?? grade),
      score === null ? null : el("span", { class: "badge score" }, pct(score)),
    ];
    return el(
      "tr",
      {
        class: `claim ${edited ? "edited" : grade}${grade === "paraphrase" ? " ac-paraphrase" : ""}`,
        part: grade === "paraphrase" ? "paraphrase" : null,
        id: `row-a-${a}-b-${b}`,
        "data-op": "claim",
        "data-grade": grade,
      },
      el("td", { class: "a" }, sentence(ctx, [i, a], edited ? words(op, "a", ta) : null), repeated(ctx, i, a), badge),
      el("td", { class: "b" }, sentence(ctx, [j, b], edited ? words(op, "b", tb) : null), repeated(ctx, j, b)),
    );
  });
  const pairedA = new Set(aligned.map((p) => p.a));
  const pairedB = new Set(aligned.map((p) => p.b));
  const count = (/** @type {any} */ art) => art.sentences ?? null;
  const na = ctx.index.report.articles[i].sentences.length ?? count(d.a);
  const nb = ctx.index.report.articles[j].sentences.length ?? count(d.b);
  const onlyA = range(0, na - 1).filter((s) => !pairedA.has(s) && !ctx.index.sentence([i, s])?.furniture);
  const onlyB = range(0, nb - 1).filter((s) => !pairedB.has(s) && !ctx.index.sentence([j, s])?.furniture);
  const only = range(0, Math.max(onlyA.length, onlyB.length) - 1).map((k) =>
    el(
      "tr",
      { class: "only", "data-op": "only" },
      k < onlyA.length
        ? el("td", { class: "a only-a" }, sentence(ctx, [i, onlyA[k]]), repeated(ctx, i, onlyA[k]))
        : el("td", { class: "a empty" }),
      k < onlyB.length
        ? el("td", { class: "b only-b" }, sentence(ctx, [j, onlyB[k]]), repeated(ctx, j, onlyB[k]))
        : el("td", { class: "b empty" }),
    ),
  );
  const paraphrases = aligned.filter((p) => graded.get(`${p.a}:${p.b}`)?.grade === "paraphrase").length;
  const s = d.stats;
  const heads = () => el("tr", {}, el("th", { dir: "auto" }, d.a.name), el("th", { dir: "auto" }, d.b.name));
  return el(
    "div",
    {},
    el(
      "p",
      { class: "note" },
      `Two reports, not versions of one text (${s.equal} sentences the same word for word). ` +
        `${aligned.length} claims in both${paraphrases ? `, ${paraphrases} of them in other words` : ""}; ` +
        `${onlyA.length} only in ${d.a.name}, ${onlyB.length} only in ${d.b.name}.`,
    ),
    el(
      "table",
      { class: "pair outlets", part: "pair" },
      el("thead", {}, heads()),
      el("tbody", { class: "aligned" }, el("tr", { class: "section" }, el("th", { colspan: 2 }, `In both (${aligned.length})`)), rows),
      el(
        "tbody",
        { class: "only" },
        el(
          "tr",
          { class: "section" },
          el("th", { dir: "auto" }, `Only in ${d.a.name} (${onlyA.length})`),
          el("th", { dir: "auto" }, `Only in ${d.b.name} (${onlyB.length})`),
        ),
        only,
      ),
    ),
  );
}

/** The aligned sentences of two versions `i` (left) and `j` (right) from their diff `d`.
 *  @param {any} d a DiffReport
 *  @param {import("./common.js").ViewContext} ctx
 *  @param {number} i
 *  @param {number} j */
function revisionTable(d, ctx, i, j) {
  const [ta, tb] = [ctx.texts[i], ctx.texts[j]];
  const graded = matchesOf(ctx, i, j);
  /** @param {"a" | "b"} side @param {any} op */
  const cell = (side, op) => {
    const idx = side === "a" ? op.a : op.b;
    if (idx === null || idx === undefined) return el("td", { class: `${side} empty` });
    const article = side === "a" ? i : j;
    const content = op.op === "edited" || (op.op === "moved" && side === "b") ? words(op, side, side === "a" ? ta : tb) : null;
    const parts = [sentence(ctx, [article, idx], content), repeated(ctx, article, idx)];
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
  const rows = d.ops.map((/** @type {any} */ op) => {
    const paraphrase = op.a != null && op.b != null && graded.get(`${op.a}:${op.b}`)?.grade === "paraphrase";
    const tr = el(
      "tr",
      {
        class: `${op.op}${paraphrase ? " ac-paraphrase" : ""}`,
        part: paraphrase ? "paraphrase" : null,
        id: op.a != null ? `row-a-${op.a}` : `row-b-${op.b}`,
        "data-op": op.op,
      },
      cell("a", op),
      cell("b", op),
    );
    if (paraphrase) tr.firstElementChild?.append(paraphraseBadge());
    return tr;
  });
  const s = d.stats;
  return el(
    "div",
    {},
    el(
      "p",
      { class: "note" },
      `Two versions of one text. ${s.equal} equal, ${s.edited} rewritten in place, ${s.moved} moved, ${s.deleted} only in ${d.a.name}, ${s.inserted} only in ${d.b.name}.`,
    ),
    el(
      "table",
      { class: "pair", part: "pair" },
      el("thead", {}, el("tr", {}, el("th", { dir: "auto" }, d.a.name), el("th", { dir: "auto" }, d.b.name))),
      el("tbody", {}, rows),
    ),
  );
}
