// @ts-check
// The articles editor: a card per article (name, text, counts, Remove) for a handful of them; past
// COMPACT_ABOVE a compact list (name, size, words, Edit, Remove) that keeps the comparison in
// view. A text above PREVIEW_ABOVE characters is shown as a read-only preview with its size and an
// Edit button: a textarea holding megabytes (above all one long line) froze the page for seconds
// on every layout. Word counts of large texts are made in short tasks.
import { htmlToText, isWholeDocument } from "../ui/html-to-text.js";
import { megabytes } from "./limits.js";

/** Cards up to this many articles; a compact list past it. */
export const COMPACT_ABOVE = 8;
/** Characters above which a text is previewed, not put in a textarea. */
export const PREVIEW_ABOVE = 200_000;
/** Characters of a large text the preview shows. */
const PREVIEW_CHARS = 3_000;
/** Rows of the compact list drawn at first (each more click draws as many again). */
const ROWS = 200;
/** Characters counted per task. */
const COUNT_STEP = 1 << 20;

/** @typedef {import("./limits.js").Article} Article */

/** @param {number} c a UTF-16 code unit: what /\s/ matches */
const space = (c) =>
  c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff;

/** Words (runs of non-space) and UTF-8 bytes in text[from, to), and whether the last unit was
 *  a space. One pass in JS: encoding 16 MB to count its bytes (a Blob) took 100 ms in one task.
 *  @param {string} text @param {number} from @param {number} to @param {boolean} afterSpace */
function countWords(text, from, to, afterSpace) {
  let words = 0;
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is 4 bytes, 2 for each half; a lone surrogate becomes U+FFFD (3 bytes).
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xe000 ? 2 : 3;
    const s = space(c);
    if (!s && afterSpace) words++;
    afterSpace = s;
  }
  return { words, bytes, afterSpace };
}

/** "6.1 KB", "16.0 MB". @param {number} bytes */
export const size = (bytes) => (bytes < 1e3 ? `${bytes} B` : bytes < 1e6 ? `${(bytes / 1e3).toFixed(1)} KB` : megabytes(bytes));

/** @param {string} tag @param {Record<string, any>} [props] @param {(Node | string)[]} children */
function h(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export class Editor {
  /** @type {Article[]} */
  #articles = [];
  /** Counts of each article's text: { text, bytes, words } (words null while counting). */
  #counts = new WeakMap();
  /** Articles whose large text the person chose to edit, and rows opened in the compact list. */
  #editing = new WeakSet();
  #open = new WeakSet();
  #rows = ROWS;

  /** @param {HTMLElement} list
   *  @param {{ changed: () => void, remove: (article: Article) => void, notice?: (text: string) => void }} on */
  constructor(list, on) {
    this.list = list;
    this.on = on;
  }

  get compact() {
    return this.#articles.length > COMPACT_ABOVE;
  }

  /** Shows `articles` (the editor changes them in place). @param {Article[]} articles */
  show(articles) {
    this.#articles = articles;
    this.#rows = ROWS;
    this.render();
  }

  render() {
    this.list.classList.toggle("compact", this.compact);
    if (!this.compact) {
      this.list.replaceChildren(...this.#articles.map((a, i) => this.#card(a, i)));
      return;
    }
    const shown = this.#articles.slice(0, this.#rows);
    const head = h("tr", {}, ...["Name", "Size", "Words", ""].map((t) => h("th", { scope: "col" }, t)));
    const body = h("tbody");
    shown.forEach((a, i) => body.append(...this.#row(a, i)));
    const table = h("table", { className: "compact-list" }, h("thead", {}, head), body);
    const rest = this.#articles.length - shown.length;
    const more = rest
      ? h(
          "button",
          { type: "button", className: "more", onclick: () => ((this.#rows += ROWS), this.render()) },
          `Show ${Math.min(rest, ROWS)} more of ${rest.toLocaleString("en")}`,
        )
      : "";
    this.list.replaceChildren(h("div", { className: "compact-scroll" }, table), more);
  }

  /** Puts the keyboard in the last article's text. */
  focusLast() {
    const last = this.#articles.at(-1);
    if (this.compact && last) {
      this.#open.add(last);
      this.#rows = Math.max(this.#rows, this.#articles.length);
      this.render();
    }
    /** @type {HTMLElement | undefined} */ ([...this.list.querySelectorAll("textarea")].at(-1))?.focus();
  }

  /** The counts of an article ("1,234 words · 6.1 KB", or the words or size alone); filled in later
   *  for large texts. @param {Article} a @param {"both" | "words" | "size"} [show] */
  #meta(a, show = "both") {
    const meta = h("span", { className: "meta" });
    const write = () => {
      const c = this.#countsOf(a, write);
      const words = c.words === null ? "counting" : c.words.toLocaleString("en");
      const bytes = c.words === null ? "counting" : size(c.bytes);
      meta.textContent =
        show === "words" ? words : show === "size" ? bytes : c.words === null ? "counting words…" : `${words} words · ${bytes}`;
    };
    write();
    return { node: meta, refresh: write };
  }

  /** @param {Article} a @param {() => void} [then] called when a count made later is ready */
  #countsOf(a, then) {
    const c = this.#counts.get(a);
    if (c && c.text === a.text) {
      if (c.words === null && then) c.waiting.push(then);
      return c;
    }
    /** @type {{ text: string, bytes: number, words: number | null, waiting: (() => void)[] }} */
    const entry = { text: a.text, bytes: 0, words: null, waiting: then ? [then] : [] };
    this.#counts.set(a, entry);
    const text = a.text;
    if (text.length <= COUNT_STEP) Object.assign(entry, countWords(text, 0, text.length, true));
    else {
      (async () => {
        let words = 0;
        let bytes = 0;
        let afterSpace = true;
        for (let at = 0; at < text.length; at += COUNT_STEP) {
          await new Promise((ok) => setTimeout(ok, 0));
          if (this.#counts.get(a) !== entry) return;
          const r = countWords(text, at, Math.min(text.length, at + COUNT_STEP), afterSpace);
          words += r.words;
          bytes += r.bytes;
          afterSpace = r.afterSpace;
        }
        Object.assign(entry, { words, bytes });
        for (const f of entry.waiting) f();
      })();
    }
    return entry;
  }

  /** The text of an article: a textarea, or a preview for a large one. @param {Article} a @param {number} index @param {{ refresh: () => void }} meta */
  #text(a, index, meta) {
    if (a.text.length > PREVIEW_ABOVE && !this.#editing.has(a)) {
      const edit = h("button", { type: "button", className: "edit" }, "Edit");
      edit.setAttribute("aria-label", `Edit the text of article ${index + 1}`);
      edit.addEventListener("click", () => {
        this.#editing.add(a);
        box.replaceWith(this.#text(a, index, meta));
        /** @type {HTMLElement | null} */ (this.list.querySelector(`textarea[data-index="${index}"]`))?.focus();
      });
      const excerpt = h("pre", { className: "excerpt", dir: "auto" }, `${a.text.slice(0, PREVIEW_CHARS)}…`);
      const sized = h("span");
      const write = () => {
        const c = this.#countsOf(a, write);
        sized.textContent = c.words === null ? `${(a.text.length / 1e6).toFixed(1)} million characters` : size(c.bytes);
      };
      write();
      const note = h(
        "p",
        { className: "preview-note" },
        "A large text (",
        sized,
        "), shown as a preview so that the page stays responsive; it is compared whole. ",
        edit,
      );
      const box = h("div", { className: "preview" }, excerpt, note);
      box.dataset.index = String(index);
      return box;
    }
    const text = /** @type {HTMLTextAreaElement} */ (
      h("textarea", { value: a.text, spellcheck: false, dir: "auto", placeholder: "Paste the article here" })
    );
    text.dataset.index = String(index);
    text.setAttribute("aria-label", `Text of article ${index + 1}`);
    text.addEventListener("input", () => {
      a.text = text.value;
      meta.refresh();
      this.on.changed();
    });
    text.addEventListener("paste", (e) => {
      // Rich text (a web page, a document) arrives as HTML: keep its paragraphs, drop the rest. A
      // whole page pasted (its source) is read as its article; a fragment is what was chosen.
      const html = e.clipboardData?.getData("text/html");
      const plain = e.clipboardData?.getData("text/plain") ?? "";
      if (html && isWholeDocument(html)) {
        e.preventDefault();
        const [start, end] = [text.selectionStart, text.selectionEnd];
        // Readability not loaded (offline, a failed import): the page's whole text, not nothing.
        this.#pageText(html)
          .catch(() => htmlToText(html))
          .then((pasted) => this.#insert(a, index, meta, text, pasted, start, end));
        return;
      }
      const pasted = html ? htmlToText(html) : plain;
      if (!html && !this.#large(a, text, pasted)) return;
      e.preventDefault();
      this.#insert(a, index, meta, text, pasted, text.selectionStart, text.selectionEnd);
    });
    return text;
  }

  /** Whether `a` with `pasted` in place of the selection is shown as a preview.
   *  @param {Article} a @param {HTMLTextAreaElement} text @param {string} pasted */
  #large(a, text, pasted) {
    return a.text.length - (text.selectionEnd - text.selectionStart) + pasted.length > PREVIEW_ABOVE;
  }

  /** Puts `pasted` in place of `start`..`end` of the text of `a`: into the box, or, past the
   *  preview size, into the string, and the text becomes a preview.
   *  @param {Article} a @param {number} index @param {{ refresh: () => void }} meta @param {HTMLTextAreaElement} text
   *  @param {string} pasted @param {number} start @param {number} end */
  #insert(a, index, meta, text, pasted, start, end) {
    if (!this.#large(a, text, pasted)) {
      text.setRangeText(pasted, start, end, "end");
      text.dispatchEvent(new Event("input"));
      return;
    }
    a.text = a.text.slice(0, start) + pasted + a.text.slice(end);
    this.#editing.delete(a);
    text.replaceWith(this.#text(a, index, meta));
    meta.refresh();
    this.on.changed();
  }

  /** The article of a pasted page, Readability loaded on first use (most people never paste a
   *  page: it stays out of the page's start). @param {string} html */
  async #pageText(html) {
    const { articleText } = await import("../ui/article-text.js");
    const page = articleText(html);
    if (!page.article) this.on.notice?.("No article found in the pasted page: its whole text was kept.");
    return page.text;
  }

  /** @param {Article} a @param {number} index */
  #name(a, index) {
    const name = h("input", { value: a.name, type: "text", className: "name" });
    name.setAttribute("aria-label", `Name of article ${index + 1}`);
    name.addEventListener("input", () => {
      a.name = name.value;
      this.on.changed();
    });
    return name;
  }

  /** @param {Article} a @param {number} index */
  #removeButton(a, index) {
    const remove = h("button", { type: "button", className: "remove" }, "Remove");
    remove.setAttribute("aria-label", `Remove article ${index + 1}`);
    remove.addEventListener("click", () => this.on.remove(a));
    return remove;
  }

  /** @param {Article} a @param {number} index */
  #card(a, index) {
    const meta = this.#meta(a);
    const head = h("div", { className: "head" }, this.#name(a, index), this.#removeButton(a, index));
    const holder = h("div", { className: "meta-line" }, meta.node);
    const text = this.#text(a, index, meta);
    return h("div", { className: "card" }, head, text, holder);
  }

  /** A row of the compact list, and the row of its text when opened. @param {Article} a @param {number} index */
  #row(a, index) {
    const meta = this.#meta(a, "words");
    const sized = this.#meta(a, "size");
    const open = this.#open.has(a);
    const toggle = h("button", { type: "button", className: "edit" }, open ? "Hide text" : "Text");
    toggle.setAttribute("aria-expanded", String(open));
    toggle.setAttribute("aria-label", `${open ? "Hide" : "Show"} the text of article ${index + 1}`);
    toggle.addEventListener("click", () => {
      if (open) this.#open.delete(a);
      else this.#open.add(a);
      this.render();
      /** @type {HTMLElement | null} */ (this.list.querySelectorAll("tbody tr:not(.open-text) button.edit")[index])?.focus();
    });
    const words = h("td", { className: "num" }, meta.node);
    const row = h(
      "tr",
      {},
      h("td", {}, this.#name(a, index)),
      h("td", { className: "num" }, sized.node),
      words,
      h("td", { className: "row-actions" }, toggle, this.#removeButton(a, index)),
    );
    if (!open) return [row];
    const cell = h("td", { colSpan: 4 });
    cell.append(this.#text(a, index, { refresh: () => (meta.refresh(), sized.refresh()) }));
    return [row, h("tr", { className: "open-text" }, cell)];
  }
}
