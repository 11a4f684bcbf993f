// @ts-check
// <article-compare>: compares the articles inside it (or set through `el.articles`) and shows
// what they share, rewrite, repeat and leave out. Everything is computed by the wasm engine in a
// Web Worker (engine/); the views (views/) build the DOM with createElement and textContent only.
// This module is the element: its state, attributes, properties, methods and events. It is one
// file over 400 lines because all of it reads or writes the element's private state.
//
//   <script type="module" src=".../article-compare.js"></script>
//   <article-compare view="pair" pair="0,1">
//     <article data-source="Outlet A">…text…</article>
//     <article data-source="Outlet B">…text…</article>
//   </article-compare>
//
// Attributes: view (overview | pair | coverage | differences | repeats), pair ("i,j"),
// options (JSON); changes made together are applied in one update.
// Properties: articles ([{ name, text }]), report (read-only), view, pair, options.
// Methods: compare(), cancel(), select(article, sentence).
// Events: article-compare:progress, article-compare:ready, article-compare:error,
//         article-compare:select, article-compare:view (see tag-name-map.d.ts). Progress:
//         { phase: "comparing", articles } first, then the engine's { phase, done, total }.
import { define } from "./article-compare-define.js";
import { engine } from "./engine/client.js";
import { ReportIndex } from "./engine/report-index.js";
import { el, present } from "./ui/dom.js";
import { nodeText } from "./ui/html-to-text.js";
import { adoptStyles } from "./ui/styles.js";
import { PAGE } from "./views/common.js";
import { coverage } from "./views/coverage.js";
import { differences } from "./views/differences.js";
import { overview } from "./views/overview.js";
import { pair, pairTable } from "./views/pair.js";
import { placesPanel } from "./views/places.js";
import { repeats } from "./views/repeats.js";
import { summary } from "./views/summary.js";

export { htmlToText, nodeText } from "./ui/html-to-text.js";

/** @typedef {import("./engine/report-index.js").Report} Report */
/** @typedef {import("./engine/report-index.js").Loc} Loc */
/** @typedef {{ name: string, text: string }} ArticleInput */

export const VIEWS = /** @type {const} */ (["overview", "pair", "coverage", "differences", "repeats"]);
/** @typedef {typeof VIEWS[number]} View */
/** @type {Record<View, string>} */
const VIEW_NAMES = { overview: "Overview", pair: "Pair", coverage: "Coverage", differences: "Differences", repeats: "Repeats" };
/** @type {Record<View, (report: Report, ctx: import("./views/common.js").ViewContext) => import("./ui/dom.js").Children | import("./ui/dom.js").Children[]>} */
const RENDER = { overview, pair, coverage, differences, repeats };

/** The engine's phases (`article-compare:progress` events' `phase`) as the status names them. */
const PHASE_NAMES = /** @type {Record<string, string>} */ ({
  segmenting: "reading the articles",
  embedding: "reading the meaning of sentences",
  indexing: "indexing sentences",
  matching: "matching sentences",
  findings: "finding where sources differ",
});

const firstPages = () => ({ coverage: PAGE, counts: PAGE, repeats: PAGE, only: PAGE, differences: PAGE, figures: PAGE });

export class ArticleCompareElement extends HTMLElement {
  static observedAttributes = ["view", "pair", "options"];

  /** Registers the element once; loading the script twice, or calling this twice, is harmless.
   *  @param {string} [tag]
   *  @param {CustomElementRegistry} [registry] */
  static define(tag = "article-compare", registry = customElements) {
    return define(this, tag, registry);
  }

  /** @type {ArticleInput[] | null} */
  #articles = null;
  /** The articles of the last report (empty ones were skipped). @type {ArticleInput[]} */
  #compared = [];
  /** @type {Report | null} */
  #report = null;
  /** @type {ReportIndex | null} */
  #index = null;
  /** The Pair view's diff, and the pair it is of ("i,j"). */
  #diff = null;
  #diffKey = "";
  /** @type {AbortController | null} */
  #abort = null;
  /** Reports received so far (the summary is built once per report). */
  #reports = 0;
  #timer = 0;
  /** The running comparison's status, updated in place (a Cancel button rebuilt under the
   *  pointer would lose its click): the bar, the phase's words, the seconds.
   *  @type {{ bar: HTMLProgressElement, phase: HTMLElement, seconds: HTMLElement } | null} */
  #busy = null;
  /** @type {Loc | null} */
  #selected = null;
  /** @type {Record<string, number>} */
  #shown = firstPages();
  /** @type {string[]} */
  #notes = [];
  /** The overview heatmap's matrix: shared content when the report has it, or copied wording.
   *  @type {"similarity" | "containment"} */
  #heat = "similarity";
  /** Attributes changed since the last update, and the update that will apply them.
   *  @type {Set<string>} */
  #changed = new Set();
  /** @type {Promise<void> | null} */
  #updating = null;
  #els;
  /** @type {import("./views/common.js").ViewContext} */
  #ctx;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    adoptStyles(root);
    const tabs = el("div", { class: "tabs", role: "tablist", part: "tabs", "aria-label": "Views" });
    for (const v of VIEWS) {
      const attrs = { class: "tab", role: "tab", part: "tab", id: `tab-${v}`, "data-view": v, "aria-controls": "view" };
      tabs.append(el("button", { ...attrs, onclick: () => (this.view = v) }, VIEW_NAMES[v]));
    }
    tabs.addEventListener("keydown", (e) => this.#tabKeys(e));
    const view = el("div", { class: "view", id: "view", part: "view", role: "tabpanel" });
    const places = el("aside", { class: "places", part: "places", hidden: true, "aria-label": "Where this sentence appears" });
    this.#els = {
      tabs,
      status: el("div", { class: "status", part: "status", role: "status", "aria-live": "polite" }),
      summary: el("div", { class: "summary-box" }),
      view,
      places,
      layout: el("div", { class: "layout" }, view, places),
    };
    // The summary comes first: the answer to "what do they say" before any table.
    root.append(this.#els.status, this.#els.summary, tabs, this.#els.layout);
    root.addEventListener("click", (e) => this.#onSentenceEvent(e));
    root.addEventListener("keydown", (/** @type {KeyboardEvent} */ e) => {
      if (e.key === "Escape") this.#closePlaces(true);
      else if ((e.key === "Enter" || e.key === " ") && /** @type {Element} */ (e.target).classList?.contains("sentence")) {
        e.preventDefault();
        this.#onSentenceEvent(e);
      }
    });
    this.#ctx = this.#context();
  }

  connectedCallback() {
    if (this.#articles === null) {
      const children = [...this.querySelectorAll(":scope > article")];
      if (children.length) {
        this.#articles = children.map((a, i) => ({
          name: /** @type {HTMLElement} */ (a).dataset.source || `Article ${i + 1}`,
          text: nodeText(a),
        }));
      }
    }
    this.#renderTabs();
    if (this.#articles && !this.#report) this.#schedule(0);
  }

  disconnectedCallback() {
    this.cancel();
  }

  /** @param {string} name @param {string | null} old @param {string | null} value */
  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    this.#changed.add(name);
    // Attributes set one after another (pair, then view) are applied together, once.
    this.#updating ??= Promise.resolve().then(() => {
      this.#updating = null;
      this.#update();
    });
  }

  #update() {
    const changed = this.#changed;
    this.#changed = new Set();
    if (changed.has("view")) this.#renderTabs();
    if (changed.has("view") || changed.has("pair")) this.#render();
    if (changed.has("view")) this.#emit("view", { view: this.view });
    if (changed.has("options") && this.#articles) this.#schedule(0);
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

  /** @returns {View} */
  get view() {
    const v = /** @type {View} */ (this.getAttribute("view"));
    return VIEWS.includes(v) ? v : "overview";
  }
  set view(v) {
    this.setAttribute("view", v);
  }

  /** The two articles of the Pair view, as `[i, j]`.
   *  @returns {[number, number]} */
  get pair() {
    const n = this.#report?.articles.length ?? this.articles.length;
    const [i, j] = (this.getAttribute("pair") ?? "").split(",").map((x) => Number.parseInt(x, 10));
    const ok = (/** @type {number} */ x) => Number.isInteger(x) && x >= 0 && x < n;
    if (ok(i) && ok(j) && i !== j) return [i, j];
    return [0, Math.min(1, Math.max(0, n - 1))];
  }
  set pair([i, j]) {
    this.setAttribute("pair", `${i},${j}`);
  }

  /** Engine options (see the README), from the `options` attribute (JSON) or set here.
   *  @returns {Record<string, any>} */
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

  /** Compares the current articles now; resolves to the report (or null if cancelled).
   *  @returns {Promise<Report | null>} */
  async compare() {
    clearTimeout(this.#timer);
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const all = this.articles;
    // A test, not trim(): trimming copies every article that ends in a space (5 MB of copies
    // for 1,000 articles, in the task that starts the comparison).
    const blank = (/** @type {ArticleInput} */ a) => !/\S/.test(a.text);
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
    const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
    const tick = setInterval(() => this.#progress({ seconds: seconds() }), 250);
    this.#status("busy", `Comparing ${articles.length} articles`);
    this.#emit("progress", { phase: "comparing", articles: articles.length });
    try {
      const report = await engine().run("compare", [articles, this.options], {
        signal: abort.signal,
        onprogress: ({ phase, done, total, message }) => {
          if (this.#abort !== abort) return;
          if (total !== undefined) this.#progress({ phase, done, total, seconds: seconds() });
          this.#emit("progress", total === undefined ? { phase, message } : { phase, done, total });
        },
      });
      // Receiving, indexing and rendering a large report each get a task of their own, so
      // that none blocks the page for long (the e2e test holds every task under 100 ms).
      const yieldToPage = () => new Promise((ok) => setTimeout(ok, 0));
      await yieldToPage();
      if (this.#abort !== abort) return null;
      this.#report = report;
      this.#compared = articles;
      this.#index = new ReportIndex(report);
      this.#reports++;
      this.#diff = null;
      this.#diffKey = "";
      this.#selected = null;
      this.#shown = firstPages();
      await yieldToPage();
      const ms = performance.now() - started;
      const fallbacks = report.fallbacks.map((/** @type {any} */ f) => `${f.stage}: ${f.detail}`);
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

  /** Selects a sentence: marks it and lists every other place it appears.
   *  @param {number} article @param {number} sentence */
  select(article, sentence) {
    if (!this.#index?.sentence([article, sentence])) return;
    const selected = (this.#selected = /** @type {Loc} */ ([article, sentence]));
    const places = this.#index.places(selected);
    this.#renderPlaces(places);
    this.#markSelected();
    this.#emit("select", { article, sentence, text: this.#index.sentence(selected).text, places });
  }

  /** @param {string} name @param {unknown} detail */
  #emit(name, detail) {
    this.dispatchEvent(new CustomEvent(`article-compare:${name}`, { detail, bubbles: true, composed: true }));
  }

  /** @param {number} delay */
  #schedule(delay) {
    clearTimeout(this.#timer);
    if (!this.isConnected) return;
    this.#timer = setTimeout(() => this.compare(), delay);
  }

  /** @param {"idle" | "busy" | "done" | "error"} state @param {string} text */
  #status(state, text) {
    const s = this.#els.status;
    s.dataset.state = state;
    this.#busy = null;
    s.replaceChildren(text);
    if (state === "busy") {
      // Until the engine reports a phase the bar is indeterminate (loading, sending the articles).
      const bar = /** @type {HTMLProgressElement} */ (el("progress", { part: "progress", "aria-label": "Working" }));
      const phase = el("span", { class: "phase" });
      // The seconds change four times a second: kept out of what the live region announces.
      const seconds = el("span", { class: "seconds", "aria-hidden": "true" });
      s.prepend(bar);
      s.append(phase, seconds, el("button", { part: "cancel", onclick: () => this.cancel() }, "Cancel"));
      this.#busy = { bar, phase, seconds };
    } else if (state === "error" && this.#articles) {
      s.append(el("button", { part: "retry", onclick: () => this.compare() }, "Try again"));
    }
  }

  /** Shows how far the running comparison has got: the phase (`done` of `total`) on a
   *  determinate bar, named beside it, and the seconds so far.
   *  @param {{ phase?: string, done?: number, total?: number, seconds: string }} p */
  #progress({ phase, done = 0, total, seconds }) {
    const busy = this.#busy;
    if (!busy) return;
    busy.seconds.textContent = ` ${seconds}`;
    if (phase === undefined || total === undefined) return;
    const name = PHASE_NAMES[phase] ?? phase;
    busy.bar.max = Math.max(total, 1);
    busy.bar.value = total ? done : 1;
    busy.bar.dataset.phase = phase;
    busy.bar.setAttribute("aria-label", name);
    // The live region announces the phase when it changes, not each step of it.
    if (busy.phase.textContent !== `: ${name}`) busy.phase.textContent = `: ${name}`;
  }

  #renderTabs() {
    for (const t of /** @type {HTMLCollectionOf<HTMLElement>} */ (this.#els.tabs.children)) {
      const on = t.dataset.view === this.view;
      t.setAttribute("aria-selected", String(on));
      t.tabIndex = on ? 0 : -1;
    }
    this.#els.view.setAttribute("aria-labelledby", `tab-${this.view}`);
  }

  /** @param {KeyboardEvent} e */
  #tabKeys(e) {
    const i = VIEWS.indexOf(this.view);
    /** @type {number | undefined} */
    const to = /** @type {Record<string, number>} */ ({ ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: VIEWS.length - 1 })[e.key];
    if (to === undefined) return;
    e.preventDefault();
    this.view = VIEWS[(to + VIEWS.length) % VIEWS.length];
    /** @type {HTMLElement | null} */ (this.#els.tabs.querySelector(`[data-view="${this.view}"]`))?.focus();
  }

  #render() {
    const view = this.#els.view;
    if (!this.#report) {
      view.replaceChildren();
      this.#els.summary.replaceChildren();
      return;
    }
    if (this.#els.summary.dataset.of !== this.#reportKey()) {
      this.#els.summary.replaceChildren(summary(this.#report, this.#ctx));
      this.#els.summary.dataset.of = this.#reportKey();
    }
    view.replaceChildren(...present(RENDER[this.view](this.#report, this.#ctx)));
    this.#markSelected();
  }

  /** What the views read and ask for (see views/common.js); read when they run, not copied.
   *  @returns {import("./views/common.js").ViewContext} */
  #context() {
    const host = this;
    return {
      get index() {
        return /** @type {ReportIndex} */ (host.#index);
      },
      get texts() {
        return host.#compared.map((a) => a.text);
      },
      get shown() {
        return host.#shown;
      },
      showMore: (table) => {
        this.#shown[table] += PAGE;
        this.#render();
      },
      markSelected: () => this.#markSelected(),
      get options() {
        return host.options;
      },
      setOptions: (options) => (this.options = options),
      get pair() {
        return host.pair;
      },
      setPair: (p, focus) => {
        this.pair = p;
        if (focus === undefined) return;
        // After the update that rebuilds the view (now, if the pair did not change).
        const picker = () =>
          /** @type {HTMLElement | undefined} */ (this.#els.view.querySelectorAll('[part="pair-select"]')[focus])?.focus();
        if (this.#updating) this.#updating.then(picker);
        else picker();
      },
      diff: (i, j) => {
        const key = `${i},${j}`;
        if (this.#diffKey === key && this.#diff) return this.#diff;
        this.#loadDiff(i, j, key);
        return null;
      },
      cssValue: (name) => getComputedStyle(this).getPropertyValue(name),
      closePlaces: () => this.#closePlaces(true),
      go: (view, anchor) => {
        const land = () => {
          const root = /** @type {ShadowRoot} */ (this.shadowRoot);
          const target = (anchor && root.getElementById(anchor)) || root.getElementById(`tab-${this.view}`);
          /** @type {HTMLElement | null} */ (target)?.focus();
          if (anchor) target?.scrollIntoView({ block: "start" });
        };
        this.view = /** @type {View} */ (view);
        if (this.#updating) this.#updating.then(land);
        else land();
      },
      get heat() {
        return host.#index?.similarity ? host.#heat : "containment";
      },
      setHeat: (matrix) => {
        this.#heat = matrix;
        this.#render();
        /** @type {HTMLElement | null | undefined} */ (this.#els.view.querySelector(`[data-matrix="${matrix}"]`))?.focus();
      },
    };
  }

  /** Which report the summary shows: it is rebuilt for a new report only, not for each view. */
  #reportKey() {
    return this.#index ? String(this.#reports) : "";
  }

  /** @param {number} i @param {number} j @param {string} key */
  async #loadDiff(i, j, key) {
    const r = /** @type {Report} */ (this.#report);
    const a = r.articles[i];
    const b = r.articles[j];
    const texts = this.#ctx.texts;
    try {
      const diff = await engine().run("diff", [{ name: a.name, text: texts[i] }, { name: b.name, text: texts[j] }, this.options]);
      if (this.#report !== r) return;
      this.#diff = diff;
      this.#diffKey = key;
      // Only the table changes: rebuilding the whole view would rebuild both article menus too
      // (2,000 options on 1,000 articles, 75 ms).
      const body = this.#els.view.querySelector(".pair-body");
      if (this.view === "pair" && this.pair.join(",") === key && body) {
        body.replaceChildren(pairTable(diff, this.#ctx, i, j));
        this.#markSelected();
      }
    } catch (e) {
      if (e.name !== "AbortError") this.#status("error", e.message);
    }
  }

  /** @param {Event} e */
  #onSentenceEvent(e) {
    const target = /** @type {HTMLElement | undefined} */ (
      e
        .composedPath()
        .find((n) => /** @type {HTMLElement} */ (n).classList?.contains("sentence") || /** @type {HTMLElement} */ (n).dataset?.jump)
    );
    if (!target) return;
    if (target.dataset.jump) {
      const row = /** @type {ShadowRoot} */ (this.shadowRoot).getElementById(target.dataset.jump);
      row?.scrollIntoView({ block: "center" });
      /** @type {HTMLElement | null | undefined} */ (row?.querySelector(".sentence"))?.focus();
      return;
    }
    const [a, s] = /** @type {string} */ (target.dataset.loc).split(":").map(Number);
    this.select(a, s);
  }

  #markSelected() {
    const root = /** @type {ShadowRoot} */ (this.shadowRoot);
    const key = this.#selected?.join(":");
    for (const n of root.querySelectorAll(".sentence.selected")) n.classList.remove("selected");
    if (key) for (const n of root.querySelectorAll(`.sentence[data-loc="${key}"]`)) n.classList.add("selected");
  }

  /** @param {boolean} [back] put the keyboard back on the sentence that was selected */
  #closePlaces(back = false) {
    const was = back && !this.#els.places.hidden ? /** @type {ShadowRoot} */ (this.shadowRoot).querySelector(".sentence.selected") : null;
    /** @type {HTMLElement | null} */ (was)?.focus();
    this.#selected = null;
    this.#els.places.hidden = true;
    this.#els.layout.classList.remove("with-places");
    this.#markSelected();
  }

  /** @param {import("./engine/report-index.js").Place[]} places */
  #renderPlaces(places) {
    const box = this.#els.places;
    box.replaceChildren(
      ...present(placesPanel(/** @type {Report} */ (this.#report), this.#ctx, /** @type {Loc} */ (this.#selected), places)),
    );
    box.hidden = false;
    this.#els.layout.classList.add("with-places");
    // Narrow, the panel sits above the view (not over it): bring it into sight.
    if (getComputedStyle(box).position === "static") box.scrollIntoView({ block: "nearest" });
  }
}

ArticleCompareElement.define();
