// <article-compare>: compares the articles inside it (or set through `el.articles`) and shows
// what they share, rewrite, repeat and leave out. Everything is computed by the wasm engine in a
// Web Worker; article text is only ever rendered with textContent.
//
//   <script type="module" src=".../article-compare.js"></script>
//   <article-compare view="pair" pair="0,1">
//     <article data-source="Outlet A">…text…</article>
//     <article data-source="Outlet B">…text…</article>
//   </article-compare>
//
// Attributes: view (overview | pair | coverage | differences | repeats), pair ("i,j"),
// options (JSON).
// Properties: articles ([{ name, text }]), report (read-only), view, pair, options.
// Methods: compare(), cancel(), select(article, sentence).
// Events: article-compare:progress, article-compare:ready, article-compare:error,
//         article-compare:select, article-compare:view.
import { engine } from "./engine.js";
import { buildIndex, matchOf } from "./report-index.js";

export const VIEWS = ["overview", "pair", "coverage", "differences", "repeats"];
const VIEW_NAMES = { overview: "Overview", pair: "Pair", coverage: "Coverage", differences: "Differences", repeats: "Repeats" };
/** Rows of a long table shown at first, and added by each "show more" (layout of thousands of
 *  rows would block the page for longer than 100 ms). */
const PAGE = 100;
/** Articles beyond which the pair is chosen by number, not from two menus: 2,000 options took
 *  the page 80 ms of layout on 1,000 articles. */
const MENU_MAX = 200;

const CSS = `
:host {
  --ac-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --ac-fg: #1d232b; --ac-bg: #ffffff; --ac-muted: #5d6875; --ac-border: #d5dbe1;
  --ac-panel: #f5f7f9; --ac-accent: #1f6feb; --ac-focus: #1f6feb;
  --ac-ins-bg: #d6f5dd; --ac-ins-fg: #0b5a1e; --ac-del-bg: #fbd9d9; --ac-del-fg: #8a1111;
  --ac-moved: #8250df; --ac-repeat: #b35900; --ac-heat: 31, 111, 235;
  display: block; font: 15px/1.5 var(--ac-font); color: var(--ac-fg); background: var(--ac-bg);
}
@media (prefers-color-scheme: dark) {
  :host {
    --ac-fg: #e4e8ec; --ac-bg: #15191e; --ac-muted: #9aa5b1; --ac-border: #333b44;
    --ac-panel: #1d232a; --ac-accent: #58a6ff; --ac-focus: #58a6ff;
    --ac-ins-bg: #12361d; --ac-ins-fg: #8ee6a4; --ac-del-bg: #451a1a; --ac-del-fg: #ffb4b4;
    --ac-moved: #c297ff; --ac-repeat: #f0a35e; --ac-heat: 88, 166, 255;
  }
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
button, select { font: inherit; color: inherit; }
.tabs { display: flex; gap: .25rem; border-bottom: 1px solid var(--ac-border); margin-bottom: .75rem; flex-wrap: wrap; }
.tab { background: none; border: 0; border-bottom: 3px solid transparent; padding: .45rem .8rem; cursor: pointer; color: var(--ac-muted); }
.tab[aria-selected="true"] { color: var(--ac-fg); border-bottom-color: var(--ac-accent); font-weight: 600; }
:focus-visible { outline: 2px solid var(--ac-focus); outline-offset: 2px; }
.status { display: flex; align-items: center; gap: .6rem; min-height: 1.8rem; color: var(--ac-muted); font-size: .9em; }
.status[data-state="error"] { color: var(--ac-del-fg); }
.status progress { width: 8rem; }
.status button { padding: .1rem .6rem; border: 1px solid var(--ac-border); background: var(--ac-panel); border-radius: 4px; cursor: pointer; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; }
.layout.with-places { grid-template-columns: minmax(0, 1fr) minmax(14rem, 22rem); }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--ac-border); padding: .35rem .5rem; vertical-align: top; text-align: left; }
th { background: var(--ac-panel); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.heat td.cell { text-align: center; min-width: 3.2rem; background: rgba(var(--ac-heat), var(--v, 0)); font-variant-numeric: tabular-nums; }
.heat td.self { background: var(--ac-panel); color: var(--ac-muted); }
canvas.heat { width: 100%; max-width: 640px; image-rendering: pixelated; border: 1px solid var(--ac-border); }
.pair-controls { display: flex; gap: .6rem; align-items: center; flex-wrap: wrap; margin-bottom: .6rem; }
.pair-controls input[type="number"] { width: 6em; }
.pair-controls select, .pair-controls input { padding: .2rem .4rem; border: 1px solid var(--ac-border); border-radius: 4px; background: var(--ac-bg); }
.legend { display: flex; gap: .8rem; flex-wrap: wrap; font-size: .85em; color: var(--ac-muted); }
.pair td { width: 50%; }
.pair tr.equal td { color: var(--ac-muted); }
.pair tr.edited td { background: var(--ac-panel); }
.pair td.empty { background: repeating-linear-gradient(45deg, transparent 0 6px, var(--ac-panel) 6px 12px); }
.pair tr.deleted td.a { background: var(--ac-del-bg); }
.pair tr.inserted td.b { background: var(--ac-ins-bg); }
.pair tr.moved td:not(.empty) { box-shadow: inset 3px 0 0 var(--ac-moved); }
del.ac-del { background: var(--ac-del-bg); color: var(--ac-del-fg); text-decoration: line-through; border-radius: 2px; }
ins.ac-ins { background: var(--ac-ins-bg); color: var(--ac-ins-fg); text-decoration: none; border-radius: 2px; }
.sentence { cursor: pointer; border-radius: 3px; }
.sentence:hover { background: var(--ac-panel); }
.sentence.selected { outline: 2px solid var(--ac-accent); }
.badge { display: inline-block; font-size: .75em; padding: 0 .4em; margin-left: .35em; border-radius: 1em; border: 1px solid currentColor; white-space: nowrap; }
.badge.moved { color: var(--ac-moved); }
.badge.repeat { color: var(--ac-repeat); }
.badge.score { color: var(--ac-muted); }
a.jump, button.jump { color: var(--ac-moved); background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; font-size: .85em; margin-left: .35em; }
.coverage td.src { text-align: center; width: 2.4rem; }
.coverage td.src.on { background: rgba(var(--ac-heat), .35); }
.coverage td.k { white-space: nowrap; }
/* Many sources: fixed columns, laid out from the header alone (auto layout measured every row). */
.coverage.many { table-layout: fixed; }
.coverage.many th:nth-child(2) { width: 7em; }
.coverage.many th:nth-child(3) { width: 30%; }
.more { margin: .6rem 0; padding: .25rem .8rem; border: 1px solid var(--ac-border); background: var(--ac-panel); border-radius: 4px; cursor: pointer; }
details { margin: .3rem 0; }
summary { cursor: pointer; }
ol.sentences { margin: .3rem 0; padding-left: 2.2rem; }
ol.sentences li { margin: .15rem 0; }
.passage { border-left: 3px solid var(--ac-repeat); padding: .2rem .6rem; margin: .4rem 0; background: var(--ac-panel); }
.places { border: 1px solid var(--ac-border); border-radius: 6px; padding: .6rem .8rem; background: var(--ac-panel); align-self: start; position: sticky; top: .5rem; max-height: 90vh; overflow: auto; }
.places ul { list-style: none; margin: .4rem 0; padding: 0; }
.places li { margin: .45rem 0; }
.places .where { font-size: .85em; color: var(--ac-muted); }
.places .close { float: right; border: 0; background: none; cursor: pointer; font-size: 1.1em; }
.empty-note { color: var(--ac-muted); font-style: italic; }
.sentence.furniture, .furniture-list li { color: var(--ac-muted); font-style: italic; opacity: .75; }
mark.ac-mark { background: var(--ac-mark-bg, #fff1a8); color: inherit; border-radius: 2px; padding: 0 .1em; font-weight: 600; }
@media (prefers-color-scheme: dark) { mark.ac-mark { background: var(--ac-mark-bg, #5c4d00); } }
mark.ac-mark.odd { background: var(--ac-del-bg); color: var(--ac-del-fg); }
.finding { border: 1px solid var(--ac-border); border-radius: 6px; padding: .5rem .7rem; margin: .6rem 0; }
.finding > .what { font-weight: 600; margin-bottom: .35rem; }
.finding table td { width: auto; }
.finding .src-name { font-size: .85em; color: var(--ac-muted); white-space: nowrap; }
.finding .ref { font-size: .75em; color: var(--ac-muted); margin-left: .4em; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .5rem; }
.sides > div { background: var(--ac-panel); border-radius: 4px; padding: .4rem .55rem; }
.figures td.cell { font-variant-numeric: tabular-nums; }
.switch { display: inline-flex; gap: .4rem; align-items: center; margin: .3rem 0; }
.note { color: var(--ac-muted); font-size: .9em; }
`;

let sheet = null;
function styles(root) {
  // A constructed stylesheet is not inline style, so it works under style-src 'self'.
  if ("adoptedStyleSheets" in root && "replaceSync" in CSSStyleSheet.prototype) {
    sheet ??= new CSSStyleSheet();
    if (!sheet.cssRules.length) sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement("style");
    style.textContent = CSS;
    root.append(style);
  }
}

/** `el("td", { class: "num", part: "x" }, "text", child)`: an element; strings become text nodes. */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

const pct = (x) => `${Math.round(x * 100)}%`;
const gradeName = { identical: "identical", near_identical: "near-identical", rewritten: "rewritten" };

/** Plain text from HTML: block elements become line breaks; scripts and styles are dropped.
 *  The markup is parsed into an inert document and only its text is read. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  doc.querySelectorAll("script, style, noscript, template, iframe, object").forEach((n) => n.remove());
  return nodeText(doc.body ?? doc.documentElement);
}

const BLOCK = new Set(["P", "DIV", "SECTION", "ARTICLE", "HEADER", "FOOTER", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "BLOCKQUOTE", "PRE", "TR", "TABLE", "FIGCAPTION", "FIGURE", "ASIDE", "NAV", "MAIN", "DD", "DT", "DL", "HR"]);

/** The text of a DOM subtree with one line per block (paragraph, heading, list item). */
export function nodeText(root) {
  const lines = [];
  let line = "";
  const flush = () => {
    const t = line.replace(/[ \t\r\n\u00a0]+/g, " ").trim();
    if (t) lines.push(t);
    line = "";
  };
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += node.nodeValue;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (node.nodeName === "BR") return flush();
    const block = BLOCK.has(node.nodeName);
    if (block) flush();
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join("\n");
}

/** Lookups over a report: the typed arrays the worker built (see report-index.js), or built
 *  here for a report that came without them. */
class Index {
  constructor(report) {
    this.report = report;
    Object.assign(this, report.index ?? buildIndex(report).index);
    this.repeatsIn = report.articles.map(() => []);
    for (const g of report.repeats) this.repeatsIn[g.article].push(g);
    this.passagesIn = report.articles.map(() => []);
    for (const p of report.passages) this.passagesIn[p.article].push(p);
    this.counts = report.articles.map((a, i) => {
      const unique = report.unique[i].length;
      let repeated = 0;
      for (let x = this.base[i]; x < this.base[i + 1]; x++) repeated += this.repeatOf[x] >= 0 ? 1 : 0;
      return { sentences: a.sentences.length, shared: a.sentences.length - unique, unique, repeated };
    });
  }

  id([a, s]) {
    return this.base[a] + s;
  }

  sentence([a, s]) {
    return this.report.articles[a]?.sentences[s];
  }

  isRepeated(loc) {
    return this.repeatOf[this.id(loc)] >= 0;
  }

  /** Every other place a sentence appears: repeats in its article, matches in others, and the
   *  rest of its cluster. */
  places(loc) {
    const [a, s] = loc;
    const x = this.id(loc);
    const out = [];
    const g = this.report.repeats[this.repeatOf[x]];
    if (g) for (const t of g.sentences) if (t !== s) out.push({ loc: [a, t], score: g.score, kind: "repeat" });
    for (let k = this.start[x]; k < this.start[x + 1]; k++) {
      const m = matchOf(this, this.matchAt[k]);
      const other = m.a[0] === a && m.a[1] === s ? m.b : m.a;
      out.push({ loc: other, score: m.score, kind: m.grade });
    }
    const c = this.clusterOf[x];
    if (c >= 0) {
      const seen = new Set(out.map((p) => this.id(p.loc)));
      for (const m of this.report.clusters[c].members) {
        const y = this.id(m);
        if (y !== x && !seen.has(y)) out.push({ loc: m, score: null, kind: "same cluster" });
      }
    }
    return out.sort((p, q) => (q.score ?? 0) - (p.score ?? 0));
  }
}

export class ArticleCompareElement extends HTMLElement {
  static observedAttributes = ["view", "pair", "options"];

  /** Registers the element once; loading the script twice, or calling this twice, is harmless. */
  static define(tag = "article-compare", registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this);
    return registry.get(tag);
  }

  #articles = null;
  #compared = [];
  #report = null;
  #index = null;
  #diff = null;
  #diffKey = "";
  #abort = null;
  #timer = 0;
  #selected = null;
  #shown = { coverage: PAGE, counts: PAGE, repeats: PAGE, only: PAGE, differences: PAGE, figures: PAGE };
  #notes = [];
  #els = {};

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    styles(root);
    const tabs = el("div", { class: "tabs", role: "tablist", part: "tabs", "aria-label": "Views" });
    for (const v of VIEWS) {
      tabs.append(
        el("button", { class: "tab", role: "tab", part: "tab", id: `tab-${v}`, "data-view": v, "aria-controls": "view", onclick: () => (this.view = v) }, VIEW_NAMES[v]),
      );
    }
    tabs.addEventListener("keydown", (e) => this.#tabKeys(e));
    this.#els.tabs = tabs;
    this.#els.status = el("div", { class: "status", part: "status", role: "status", "aria-live": "polite" });
    this.#els.view = el("div", { class: "view", id: "view", part: "view", role: "tabpanel" });
    this.#els.places = el("aside", { class: "places", part: "places", hidden: true, "aria-label": "Where this sentence appears" });
    this.#els.layout = el("div", { class: "layout" }, this.#els.view, this.#els.places);
    root.append(tabs, this.#els.status, this.#els.layout);
    root.addEventListener("click", (e) => this.#onSentenceEvent(e));
    root.addEventListener("keydown", (e) => {
      if (e.key === "Escape") this.#closePlaces();
      else if ((e.key === "Enter" || e.key === " ") && e.target.classList?.contains("sentence")) {
        e.preventDefault();
        this.#onSentenceEvent(e);
      }
    });
  }

  connectedCallback() {
    if (this.#articles === null) {
      const children = [...this.querySelectorAll(":scope > article")];
      if (children.length) this.#articles = children.map((a, i) => ({ name: a.dataset.source || `Article ${i + 1}`, text: nodeText(a) }));
    }
    this.#renderTabs();
    if (this.#articles && !this.#report) this.#schedule(0);
  }

  disconnectedCallback() {
    this.cancel();
  }

  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    if (name === "view") {
      this.#renderTabs();
      this.#render();
      this.dispatchEvent(new CustomEvent("article-compare:view", { detail: { view: this.view }, bubbles: true, composed: true }));
    } else if (name === "pair") this.#render();
    else if (name === "options" && this.#articles) this.#schedule(0);
  }

  /** The articles compared: `[{ name, text }]`. Setting them starts a comparison. */
  get articles() {
    return this.#articles ?? [];
  }
  set articles(list) {
    if (!Array.isArray(list)) throw new TypeError("articles must be an array of { name, text }");
    this.#articles = list.map((a, i) => ({ name: String(a?.name ?? `Article ${i + 1}`), text: String(a?.text ?? "") }));
    this.#schedule(0);
  }

  /** The last report (see schema/report.schema.json; offsets in UTF-16), or null. */
  get report() {
    return this.#report;
  }

  get view() {
    const v = this.getAttribute("view");
    return VIEWS.includes(v) ? v : "overview";
  }
  set view(v) {
    this.setAttribute("view", v);
  }

  /** The two articles of the Pair view, as `[i, j]`. */
  get pair() {
    const n = this.#report?.articles.length ?? this.articles.length;
    const [i, j] = (this.getAttribute("pair") ?? "").split(",").map((x) => Number.parseInt(x, 10));
    const ok = (x) => Number.isInteger(x) && x >= 0 && x < n;
    if (ok(i) && ok(j) && i !== j) return [i, j];
    return [0, Math.min(1, Math.max(0, n - 1))];
  }
  set pair([i, j]) {
    this.setAttribute("pair", `${i},${j}`);
  }

  /** Engine options (see the README), from the `options` attribute (JSON) or set here. */
  get options() {
    try {
      return JSON.parse(this.getAttribute("options") || "{}");
    } catch {
      return {};
    }
  }
  set options(o) {
    this.setAttribute("options", JSON.stringify(o ?? {}));
  }

  /** Compares the current articles now; resolves to the report (or null if cancelled). */
  async compare() {
    clearTimeout(this.#timer);
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const all = this.articles;
    // A test, not trim(): trimming copies every article that ends in a space (5 MB of copies
    // for 1,000 articles, in the task that starts the comparison).
    const blank = (a) => !/\S/.test(a.text);
    const articles = all.filter((a) => !blank(a));
    this.#notes = all.filter(blank).map((a) => `"${a.name}" is empty and was skipped`);
    if (articles.length < 2) {
      this.#report = null;
      this.#index = null;
      this.#status("idle", articles.length ? "Add a second article to compare." : "Add two or more articles to compare.");
      this.#render();
      return null;
    }
    const started = performance.now();
    const tick = setInterval(() => this.#status("busy", `Comparing ${articles.length} articles… ${((performance.now() - started) / 1000).toFixed(1)} s`), 250);
    this.#status("busy", `Comparing ${articles.length} articles…`);
    this.#emit("progress", { phase: "comparing", articles: articles.length });
    try {
      const report = await engine().run("compare", [articles, this.options], {
        signal: abort.signal,
        onprogress: (p) => this.#emit("progress", p),
      });
      // Receiving, indexing and rendering a large report each get a task of their own, so
      // that none blocks the page for long (the e2e test holds every task under 100 ms).
      const yieldToPage = () => new Promise((ok) => setTimeout(ok, 0));
      await yieldToPage();
      if (this.#abort !== abort) return null;
      this.#report = report;
      this.#compared = articles;
      this.#index = new Index(report);
      this.#diff = null;
      this.#diffKey = "";
      this.#selected = null;
      this.#shown = { coverage: PAGE, counts: PAGE, repeats: PAGE, only: PAGE, differences: PAGE, figures: PAGE };
      await yieldToPage();
      const ms = performance.now() - started;
      const fallbacks = report.fallbacks.map((f) => `${f.stage}: ${f.detail}`);
      this.#status("done", [`Compared ${articles.length} articles in ${Math.round(ms)} ms.`, ...this.#notes, ...fallbacks].join(" "));
      this.#closePlaces();
      this.#render();
      this.#emit("ready", { report, ms });
      return report;
    } catch (e) {
      if (e.name === "AbortError") {
        this.#status("idle", "Cancelled.");
        return null;
      }
      this.#status("error", e.message);
      this.#emit("error", { message: e.message, fatal: !!e.fatal });
      return null;
    } finally {
      clearInterval(tick);
      if (this.#abort === abort) this.#abort = null;
    }
  }

  /** Stops a running comparison. */
  cancel() {
    this.#abort?.abort();
  }

  /** Selects a sentence: marks it and lists every other place it appears. */
  select(article, sentence) {
    if (!this.#index?.sentence([article, sentence])) return;
    this.#selected = [article, sentence];
    const places = this.#index.places(this.#selected);
    this.#renderPlaces(places);
    this.#markSelected();
    this.#emit("select", { article, sentence, text: this.#index.sentence(this.#selected).text, places });
  }

  #emit(name, detail) {
    this.dispatchEvent(new CustomEvent(`article-compare:${name}`, { detail, bubbles: true, composed: true }));
  }

  #schedule(delay) {
    clearTimeout(this.#timer);
    if (!this.isConnected) return;
    this.#timer = setTimeout(() => this.compare(), delay);
  }

  #status(state, text) {
    const s = this.#els.status;
    s.dataset.state = state;
    s.replaceChildren(text);
    if (state === "busy") {
      s.prepend(el("progress", { "aria-label": "Working" }));
      s.append(el("button", { part: "cancel", onclick: () => this.cancel() }, "Cancel"));
    } else if (state === "error" && this.#articles) {
      s.append(el("button", { part: "retry", onclick: () => this.compare() }, "Try again"));
    }
  }

  #renderTabs() {
    for (const t of this.#els.tabs.children) {
      const on = t.dataset.view === this.view;
      t.setAttribute("aria-selected", String(on));
      t.tabIndex = on ? 0 : -1;
    }
    this.#els.view.setAttribute("aria-labelledby", `tab-${this.view}`);
  }

  #tabKeys(e) {
    const i = VIEWS.indexOf(this.view);
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: VIEWS.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    this.view = VIEWS[(to + VIEWS.length) % VIEWS.length];
    this.#els.tabs.querySelector(`[data-view="${this.view}"]`)?.focus();
  }

  #render() {
    const view = this.#els.view;
    if (!this.#report) {
      view.replaceChildren();
      return;
    }
    const render = { overview: () => this.#overview(), pair: () => this.#pairView(), coverage: () => this.#coverage(), differences: () => this.#differences(), repeats: () => this.#repeats() }[this.view];
    // Views may leave a slot empty (no "show more" when all is shown): drop it, or
    // replaceChildren would print it as the word "null".
    view.replaceChildren(...[render()].flat().filter((n) => n !== null && n !== undefined));
    this.#markSelected();
  }

  /** A sentence, focusable and clickable, with its text as text; site furniture is greyed. */
  #sentence(loc, content, extra = "") {
    const s = this.#index.sentence(loc);
    const furniture = s?.furniture ? ` furniture` : "";
    const title = `${this.#report.articles[loc[0]].name}, sentence ${loc[1] + 1}${s?.furniture ? ` (site furniture: ${s.furniture})` : ""}`;
    return el(
      "span",
      { class: `sentence ${extra}${furniture}`.trim(), part: "sentence", tabindex: 0, dir: "auto", "data-loc": loc.join(":"), title },
      content ?? s?.text ?? "",
    );
  }

  /** A sentence with the spans `[[start, end], …]` (article offsets) marked. */
  #marked(loc, spans, cls = "ac-mark") {
    const s = this.#index.sentence(loc);
    if (!s) return this.#sentence(loc);
    const parts = [];
    let at = 0;
    for (const [start, end] of [...spans].sort((x, y) => x[0] - y[0])) {
      const [a, b] = [Math.max(at, start - s.start), Math.min(s.text.length, end - s.start)];
      if (b <= a) continue;
      parts.push(s.text.slice(at, a), el("mark", { class: cls, part: "mark" }, s.text.slice(a, b)));
      at = b;
    }
    parts.push(s.text.slice(at));
    return this.#sentence(loc, parts);
  }

  #onSentenceEvent(e) {
    const target = e.composedPath().find((n) => n.classList?.contains("sentence") || n.dataset?.jump);
    if (!target) return;
    if (target.dataset.jump) {
      const row = this.shadowRoot.getElementById(target.dataset.jump);
      row?.scrollIntoView({ block: "center" });
      row?.querySelector(".sentence")?.focus();
      return;
    }
    const [a, s] = target.dataset.loc.split(":").map(Number);
    this.select(a, s);
  }

  #markSelected() {
    const key = this.#selected?.join(":");
    for (const n of this.shadowRoot.querySelectorAll(".sentence.selected")) n.classList.remove("selected");
    if (key) for (const n of this.shadowRoot.querySelectorAll(`.sentence[data-loc="${key}"]`)) n.classList.add("selected");
  }

  #closePlaces() {
    this.#selected = null;
    this.#els.places.hidden = true;
    this.#els.layout.classList.remove("with-places");
    this.#markSelected();
  }

  #renderPlaces(places) {
    const r = this.#report;
    const [a, s] = this.#selected;
    const box = this.#els.places;
    const list = el("ul");
    for (const p of places) {
      const [pa, ps] = p.loc;
      const label = p.kind === "repeat" ? "repeated in the same article" : gradeName[p.kind] ?? p.kind;
      list.append(
        el(
          "li",
          {},
          el("div", { class: "where" }, `${r.articles[pa].name}, sentence ${ps + 1} · ${label}${p.score === null ? "" : ` · ${pct(p.score)}`}`),
          this.#sentence(p.loc),
        ),
      );
    }
    box.replaceChildren(
      el("button", { class: "close", "aria-label": "Close", onclick: () => this.#closePlaces() }, "×"),
      el("strong", {}, `${r.articles[a].name}, sentence ${s + 1}`),
      el("p", { dir: "auto" }, r.articles[a].sentences[s].text),
      places.length ? el("div", {}, `Appears in ${places.length} other place${places.length === 1 ? "" : "s"}:`) : el("p", { class: "empty-note" }, `Only in ${r.articles[a].name}.`),
      list,
    );
    box.hidden = false;
    this.#els.layout.classList.add("with-places");
  }

  #overview() {
    const r = this.#report;
    const n = r.articles.length;
    const out = [el("h3", {}, "How much of each article (row) another (column) also carries")];
    if (n <= 40) {
      const head = el("tr", {}, el("th", {}, ""), r.articles.map((a, j) => el("th", { scope: "col", title: a.name, dir: "auto" }, n > 8 ? `${j + 1}` : a.name)));
      const rows = r.containment.map((row, i) =>
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
      out.push(el("table", { class: "heat", part: "heatmap" }, el("thead", {}, head), el("tbody", {}, rows)));
    } else {
      out.push(this.#heatCanvas(this.#index.containment, n));
    }
    out.push(el("h3", {}, "Per article"));
    const rows = r.articles.slice(0, this.#shown.counts).map((a, i) => {
      const c = this.#index.counts[i];
      return el("tr", {}, el("th", { scope: "row", dir: "auto" }, a.name), el("td", { class: "num" }, c.sentences), el("td", { class: "num" }, c.shared), el("td", { class: "num" }, c.unique), el("td", { class: "num" }, c.repeated));
    });
    out.push(
      el(
        "table",
        { class: "counts", part: "counts" },
        el("thead", {}, el("tr", {}, el("th", {}, "Article"), el("th", { class: "num" }, "Sentences"), el("th", { class: "num" }, "Shared"), el("th", { class: "num" }, "Only here"), el("th", { class: "num" }, "Repeated inside"))),
        el("tbody", {}, rows),
      ),
      this.#more("counts", n),
    );
    return out;
  }

  /** A "show more" button for a paged table, or nothing when all `total` rows are shown. */
  #more(table, total) {
    const left = total - this.#shown[table];
    if (left <= 0) return null;
    return el("button", { class: "more", onclick: () => {
      this.#shown[table] += PAGE;
      this.#render();
    } }, `Show ${Math.min(PAGE, left)} more of ${left}`);
  }

  /** The containment matrix (`values`, n × n, row by row) as one pixel per pair. */
  #heatCanvas(values, n) {
    const canvas = el("canvas", { class: "heat", part: "heatmap", width: n, height: n, role: "img", "aria-label": `Containment of ${n} articles` });
    // A million pixels are drawn after the tables, a band of rows per task: one task for the
    // tables and the pixels took the page near its 100 ms budget on 1,000 articles, and one task
    // for the pixels alone was still 50-70 ms there (measured with the Long Tasks API).
    const ctx = canvas.getContext("2d");
    const img = ctx.createImageData(n, n);
    const [r, g, b] = getComputedStyle(this).getPropertyValue("--ac-heat").split(",").map(Number);
    const data = img.data;
    const BAND = Math.max(1, Math.floor(100_000 / n));
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
      ctx.putImageData(img, 0, 0, 0, from, n, to - from);
      if (to < n) setTimeout(() => draw(to), 0);
    };
    setTimeout(() => draw(0), 0);
    return canvas;
  }

  #pairView() {
    const r = this.#report;
    const [i, j] = this.pair;
    const n = r.articles.length;
    const choose = (side, k) => {
      const p = this.pair;
      p[side] = k;
      if (p[0] === p[1]) p[1 - side] = (k + 1) % n;
      this.pair = p;
      // The view was rebuilt: keep the keyboard where it was.
      this.#els.view.querySelectorAll('[part="pair-select"]')[side]?.focus();
    };
    const name = (side) => (side === 0 ? "Left article" : "Right article");
    const select = (value, side) =>
      n <= MENU_MAX
        ? el(
            "select",
            { "aria-label": name(side), part: "pair-select", onchange: (e) => choose(side, Number(e.target.value)) },
            r.articles.map((a, k) => el("option", { value: k, selected: k === value }, `${k + 1}. ${a.name}`)),
          )
        : el(
            "span",
            { class: "pick" },
            el("input", { type: "number", min: 1, max: n, value: value + 1, "aria-label": `${name(side)}, 1 to ${n}`, part: "pair-select", onchange: (e) => {
              const k = Math.round(Number(e.target.value)) - 1;
              if (k >= 0 && k < n) choose(side, k);
              else e.target.value = this.pair[side] + 1;
            } }),
            el("span", { dir: "auto" }, r.articles[value].name),
          );
    const controls = el(
      "div",
      { class: "pair-controls" },
      select(i, 0),
      el("span", {}, "vs"),
      select(j, 1),
      el("button", { class: "more", onclick: () => (this.pair = [j, i]) }, "Swap"),
      el("div", { class: "legend" }, el("span", {}, el("del", { class: "ac-del" }, "removed")), el("span", {}, el("ins", { class: "ac-ins" }, "added")), el("span", { class: "badge moved" }, "moved"), el("span", { class: "badge repeat" }, "repeated in article")),
    );
    const body = el("div", { class: "pair-body" });
    const key = `${i},${j}`;
    if (this.#diffKey === key && this.#diff) body.append(this.#pairTable(this.#diff, i, j));
    else {
      body.append(el("p", { class: "note" }, "Aligning…"));
      this.#loadDiff(i, j, key);
    }
    return [controls, body];
  }

  async #loadDiff(i, j, key) {
    const r = this.#report;
    const a = r.articles[i], b = r.articles[j];
    const texts = this.#texts();
    try {
      const diff = await engine().run("diff", [{ name: a.name, text: texts[i] }, { name: b.name, text: texts[j] }, this.options]);
      if (this.#report !== r) return;
      this.#diff = diff;
      this.#diffKey = key;
      // Only the table changes: rebuilding the whole view would rebuild both article menus too
      // (2,000 options on 1,000 articles, 75 ms).
      const body = this.#els.view.querySelector(".pair-body");
      if (this.view === "pair" && this.pair.join(",") === key && body) {
        body.replaceChildren(this.#pairTable(diff, i, j));
        this.#markSelected();
      }
    } catch (e) {
      if (e.name !== "AbortError") this.#status("error", e.message);
    }
  }

  /** The texts of the compared articles, in report order (empty ones were skipped). */
  #texts() {
    return this.#compared.map((a) => a.text);
  }

  #pairTable(d, i, j) {
    const texts = this.#texts();
    const [ta, tb] = [texts[i], texts[j]];
    const words = (op, side) => {
      if (!op.words?.length) return null;
      const text = side === "a" ? ta : tb;
      const parts = [];
      for (const w of op.words) {
        const span = w[side];
        if (!span) continue;
        const t = text.slice(span[0], span[1]);
        parts.push(w.op === "equal" ? t : el(side === "a" ? "del" : "ins", { class: side === "a" ? "ac-del" : "ac-ins", part: side === "a" ? "del" : "ins" }, t));
      }
      return parts;
    };
    const repeated = (article, s) => (this.#index.isRepeated([article, s]) ? el("span", { class: "badge repeat", title: "printed more than once in this article" }, "repeated") : null);
    const cell = (side, op) => {
      const idx = side === "a" ? op.a : op.b;
      if (idx === null || idx === undefined) return el("td", { class: `${side} empty` });
      const article = side === "a" ? i : j;
      const content = op.op === "edited" || (op.op === "moved" && side === "b") ? words(op, side) : null;
      const parts = [this.#sentence([article, idx], content), repeated(article, idx)];
      if (op.op === "edited" || (op.op === "moved" && op.score !== undefined && op.score < 1)) parts.push(el("span", { class: "badge score" }, pct(op.score ?? 1)));
      if (op.op === "moved") {
        const other = side === "a" ? `b-${op.to}` : `a-${op.from}`;
        const label = side === "a" ? `moved to #${op.to + 1} →` : `← moved from #${op.from + 1}`;
        parts.push(el("button", { class: "jump", "data-jump": `row-${other}`, part: "jump" }, label));
      }
      return el("td", { class: side }, parts);
    };
    // Rows are named by their old-side sentence, or new-side when there is none: a move's two
    // places are rows with one side each, which is what its jump buttons target.
    const rows = d.ops.map((op) => el("tr", { class: op.op, id: op.a != null ? `row-a-${op.a}` : `row-b-${op.b}`, "data-op": op.op }, cell("a", op), cell("b", op)));
    const s = d.stats;
    return el(
      "div",
      {},
      el("p", { class: "note" }, `${s.equal} equal, ${s.edited} rewritten in place, ${s.moved} moved, ${s.deleted} only in ${d.a.name}, ${s.inserted} only in ${d.b.name}.`),
      el("table", { class: "pair", part: "pair" }, el("thead", {}, el("tr", {}, el("th", { dir: "auto" }, d.a.name), el("th", { dir: "auto" }, d.b.name))), el("tbody", {}, rows)),
    );
  }

  #coverage() {
    const r = this.#report;
    const n = r.articles.length;
    const wide = n <= 12;
    const head = el("tr", {}, el("th", {}, "Statement"), el("th", { class: "num" }, "Sources"), wide ? r.articles.map((a, k) => el("th", { class: "src", title: a.name, dir: "auto" }, `${k + 1}`)) : el("th", {}, "Carried by"));
    const shown = r.clusters.slice(0, this.#shown.coverage);
    const rows = shown.map((c) => {
      const first = c.members[0];
      const on = new Set(c.sources);
      return el(
        "tr",
        {},
        el("td", {}, this.#sentence(first)),
        el("td", { class: "num k" }, `${c.sources.length} of ${n}`),
        wide
          ? r.articles.map((a, k) => {
              const m = c.members.find((x) => x[0] === k);
              return el("td", { class: `src${on.has(k) ? " on" : ""}`, title: on.has(k) ? `${a.name}, sentence ${m[1] + 1}` : `not in ${a.name}` }, on.has(k) ? "✓" : "");
            })
          : el("td", { dir: "auto" }, carriedBy(c.sources.map((k) => r.articles[k].name))),
      );
    });
    const out = [
      el("h3", {}, `Statements carried by two or more articles (${r.clusters.length})`),
      wide ? el("p", { class: "note" }, r.articles.map((a, k) => `${k + 1} = ${a.name}`).join(" · ")) : null,
      el("table", { class: wide ? "coverage" : "coverage many", part: "coverage" }, el("thead", {}, head), el("tbody", {}, rows)),
    ];
    out.push(this.#more("coverage", r.clusters.length));
    out.push(el("h3", {}, "Only in one article"));
    // A list is built when its article is opened: building all of them for 1,000 articles (25k
    // items inside closed elements) took the page up to 98 ms.
    for (let k = 0; k < Math.min(n, this.#shown.only); k++) {
      const list = r.unique[k];
      const details = el("details", { class: "only", "data-article": k }, el("summary", { dir: "auto" }, `Only in ${r.articles[k].name} (${list.length})`));
      const fill = () => {
        if (details.dataset.filled) return;
        details.dataset.filled = "1";
        details.append(el("ol", { class: "sentences" }, list.slice(0, 500).map((s) => el("li", { value: s + 1 }, this.#sentence([k, s])))));
        this.#markSelected();
      };
      details.addEventListener("toggle", () => details.open && fill());
      if (n <= 6 && list.length <= 40) {
        details.open = true;
        fill();
      }
      out.push(details);
    }
    out.push(this.#more("only", n));
    return out;
  }

  #differences() {
    const r = this.#report;
    const name = (a) => r.articles[a].name;
    const findings = r.findings ?? [];
    const of = (kind) => findings.filter((f) => f.kind === kind);
    const out = [];
    const side = (a, body, extra) => el("div", {}, el("div", { class: "src-name", dir: "auto" }, name(a), extra ?? null), body);

    const numbers = of("number");
    out.push(el("h3", {}, `Figures that differ (${numbers.length})`));
    if (!numbers.length) out.push(el("p", { class: "empty-note" }, "No two sources report the same thing with different figures."));
    for (const f of numbers) {
      const what = f.difference === "value" ? "Different figures" : "The same figure, qualified differently";
      out.push(
        el("div", { class: "finding", part: "finding", "data-kind": "number" },
          el("div", { class: "what" }, `${what}${f.counts ? ` · ${f.counts}` : ""}`),
          el("div", { class: "sides" }, f.figures.map((g) => side(g.article, this.#marked([g.article, g.sentence], [[g.start, g.end]]), ` · “${g.text}”`))),
        ),
      );
    }

    const names = of("name");
    out.push(el("h3", {}, `Names spelled differently (${names.length})`));
    if (!names.length) out.push(el("p", { class: "empty-note" }, "Every name is spelled the same way by every source."));
    for (const f of names) {
      const lead = f.likely_misspelling
        ? `“${f.spelling}” in ${f.sources.map(name).join(", ")}: likely a misspelling of “${f.usual}”, the spelling ${f.usual_sources.length} of ${r.articles.length} sources use`
        : `Spelled two ways: “${f.spelling}” (${f.sources.map(name).join(", ")}) and “${f.usual}” (${f.usual_sources.map(name).join(", ")})`;
      out.push(
        el("div", { class: "finding", part: "finding", "data-kind": "name" },
          el("div", { class: "what" }, lead),
          el("div", { class: "sides" },
            f.mentions.map((m) => side(m.article, this.#marked([m.article, m.sentence], [[m.start, m.end]], "ac-mark odd"))),
            f.usual_mentions.slice(0, 4).map((m) => side(m.article, this.#marked([m.article, m.sentence], [[m.start, m.end]])))),
        ),
      );
    }

    const quotes = of("quote");
    const shared = quotes.filter((q) => q.sources.length > 1);
    const single = quotes.filter((q) => q.sources.length === 1);
    out.push(el("h3", {}, `Quotes in more than one source (${shared.length})`));
    if (!shared.length) out.push(el("p", { class: "empty-note" }, "No quote appears in two sources."));
    for (const q of shared.slice(0, this.#shown.differences)) {
      const texts = this.#texts();
      const refWording = q.wordings.find((x) => x.reference) ?? q.wordings[0];
      const ref = texts[refWording.places[0].article];
      const wording = (w) => {
        if (!w.words.length) return w.text;
        // The wording itself, with the words it adds marked, and the reference's words it
        // leaves out struck through.
        const own = texts[w.places[0].article];
        return w.words.map((c) =>
          c.op === "equal" ? own.slice(c.b[0], c.b[1])
          : c.op === "insert" ? el("ins", { class: "ac-ins", part: "ins" }, own.slice(c.b[0], c.b[1]))
          : el("del", { class: "ac-del", part: "del" }, ref.slice(c.a[0], c.a[1])));
      };
      // Each place that prints a wording, linked to its sentence (the first few of many).
      const places = (w) => [
        ...w.places.slice(0, 6).map((p) => el("button", { class: "jump sentence", "data-loc": `${p.article}:${p.sentence}`, title: `${name(p.article)}, sentence ${p.sentence + 1}${p.speaker ? ` · ${p.speaker}` : ""}` }, name(p.article))),
        w.places.length > 6 ? el("span", { class: "note" }, ` and ${w.places.length - 6} more`) : null,
      ];
      const speakers = (w) => [...new Set(w.places.map((p) => p.speaker).filter(Boolean))].join(", ");
      const how = q.differs ? `${q.wordings.length} wordings` : "the same words";
      out.push(
        el("div", { class: "finding", part: "finding", "data-kind": "quote" },
          el("div", { class: "what" }, `${q.speaker ?? "Unattributed"} · in ${q.sources.length} sources, ${how}`),
          el("div", { class: "sides" }, q.wordings.map((w) =>
            el("div", { "data-wording": w.reference ? "reference" : "other" },
              el("div", { class: "src-name", dir: "auto" }, places(w), speakers(w) ? ` · ${speakers(w)}` : "", w.reference && q.differs ? " · reference" : ""),
              el("q", { dir: "auto" }, wording(w))))),
        ),
      );
    }
    out.push(this.#more("differences", shared.length));
    if (single.length) {
      const details = el("details", { class: "single-quotes" }, el("summary", {}, `Quotes in one source only (${single.length})`));
      details.addEventListener("toggle", () => {
        if (!details.open || details.dataset.filled) return;
        details.dataset.filled = "1";
        details.append(el("ul", {}, single.slice(0, 500).map((q) => {
          const p = q.wordings[0].places[0];
          return el("li", {}, el("span", { class: "src-name", dir: "auto" }, `${name(p.article)} · ${p.speaker ?? "unattributed"}: `), this.#marked([p.article, p.sentence], [[p.start, p.end]]));
        })));
        this.#markSelected();
      });
      out.push(details);
    }

    out.push(el("h3", {}, "Who reports which figure"));
    const rows = r.figures ?? [];
    if (!rows.length) out.push(el("p", { class: "empty-note" }, "No figures."));
    else {
      const n = r.articles.length;
      const wide = n <= 8;
      const label = (row) => `${row.kind === "year" || row.kind === "date" ? row.value : row.value.toLocaleString("en-US")}${row.kind === "date" ? ` (${row.counts})` : row.counts ? ` ${row.counts}` : ""}`;
      const cell = (row, a) => {
        const figs = row.figures.filter((g) => g.article === a);
        if (!figs.length) return el("td", { class: "cell" }, "");
        const printed = [...new Set(figs.map((g) => g.text))];
        const g = figs[0];
        return el("td", { class: "cell", title: figs.map((x) => this.#index.sentence([x.article, x.sentence])?.text ?? "").join("\n") }, el("button", { class: "jump sentence", "data-loc": `${g.article}:${g.sentence}` }, printed.join(" / ")));
      };
      const head = el("tr", {}, el("th", {}, "Figure"), el("th", { class: "num" }, "Sources"), wide ? r.articles.map((a) => el("th", { dir: "auto" }, a.name)) : el("th", {}, "Printed as"));
      const body = rows.slice(0, this.#shown.figures).map((row) =>
        el("tr", { "data-kind": row.kind }, el("th", { scope: "row" }, label(row)), el("td", { class: "num" }, `${row.sources.length} of ${n}`),
          wide ? r.articles.map((_, a) => cell(row, a)) : el("td", { dir: "auto" }, row.sources.map((a) => `${name(a)}: ${[...new Set(row.figures.filter((g) => g.article === a).map((g) => g.text))].join(" / ")}`).join("; "))));
      out.push(el("table", { class: "figures", part: "figures" }, el("thead", {}, head), el("tbody", {}, body)), this.#more("figures", rows.length));
    }

    const furniture = of("furniture");
    const include = !!this.options.includeFurniture;
    out.push(el("h3", {}, `Site furniture (${furniture.length})`));
    out.push(
      el("label", { class: "switch", part: "furniture-switch" },
        el("input", { type: "checkbox", checked: include, onchange: (e) => (this.options = { ...this.options, includeFurniture: e.target.checked }) }),
        "Include site furniture in the comparison"),
      el("p", { class: "note" }, include ? "Lines of the web page around the story are compared like story text." : "Lines of the web page around the story (navigation, related links, share and subscribe prompts) are left out of matches, coverage and “only in” lists."),
    );
    if (furniture.length) {
      out.push(el("ul", { class: "furniture-list" }, furniture.slice(0, 500).map((f) => el("li", {}, el("span", { class: "src-name", dir: "auto" }, `${name(f.article)} · ${f.label}: `), this.#sentence([f.article, f.sentence])))));
    }
    return out;
  }

  #repeats() {
    const r = this.#report;
    const out = [];
    const withRepeats = r.articles.map((_, k) => k).filter((k) => this.#index.repeatsIn[k].length);
    for (const k of withRepeats.slice(0, this.#shown.repeats)) {
      const passages = this.#index.passagesIn[k];
      const inPassage = new Set(passages.flatMap((p) => [p.first, p.second].flatMap((s) => range(s.sentences[0], s.sentences[1]))));
      const groups = this.#index.repeatsIn[k].filter((g) => !g.sentences.every((s) => inPassage.has(s)));
      const section = el("section", { class: "repeats", part: "repeats", "data-article": k }, el("h3", { dir: "auto" }, r.articles[k].name));
      for (const p of passages) {
        const [f0, f1] = p.first.sentences, [s0, s1] = p.second.sentences;
        const what = f0 === f1 ? `Sentence ${f0 + 1} is printed again as sentence ${s0 + 1}` : `Sentences ${f0 + 1}–${f1 + 1} are printed again as ${s0 + 1}–${s1 + 1}`;
        section.append(el("div", { class: "passage", part: "passage" }, el("div", { class: "note" }, `${what} (${pct(p.score)} alike)`), range(f0, f1).map((s) => el("div", {}, this.#sentence([k, s])))));
      }
      for (const g of groups) {
        section.append(el("div", { class: "passage" }, el("div", { class: "note" }, `Sentences ${g.sentences.map((s) => s + 1).join(", ")} repeat each other (${pct(g.score)} alike)`), this.#sentence([k, g.sentences[0]])));
      }
      out.push(section);
    }
    out.push(this.#more("repeats", withRepeats.length));
    return withRepeats.length ? out : [el("p", { class: "empty-note" }, "No article prints anything twice.")];
  }
}

/** The first names of a long list of sources, then how many more: laying out every name of a
 *  statement 400 of 1,000 articles carry, in 100 rows, held the page for 70 ms. */
function carriedBy(names, shown = 12) {
  return names.length <= shown ? names.join(", ") : `${names.slice(0, shown).join(", ")} and ${names.length - shown} more`;
}

function range(a, b) {
  return Array.from({ length: b - a + 1 }, (_, k) => a + k);
}

ArticleCompareElement.define();
