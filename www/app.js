// @ts-check
// The demo page: an editor for the articles (add, remove, rename, paste, drop files), kept in
// localStorage and shareable through a compressed URL fragment, driving one <article-compare>.
import "./article-compare.js";
import { engine } from "./engine/client.js";
import { htmlToText } from "./ui/html-to-text.js";
// @ts-ignore: made by `make build` (www/pkg), after `make lint`.
import defaults from "./pkg/default-articles.js";

const STORE = "article-compare:articles";
const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const list = $("articles");
const view = /** @type {import("./article-compare.js").ArticleCompareElement} */ ($("compare"));
let articles = [];

// --- state, persistence, sharing ---------------------------------------------------------

function save() {
  try {
    localStorage.setItem(STORE, JSON.stringify(articles));
  } catch {
    message("These articles are too large to keep in this browser; they will not survive a reload.");
  }
}

async function pack(value) {
  const bytes = new Blob([JSON.stringify(value)]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  const buf = new Uint8Array(await new Response(bytes).arrayBuffer());
  let bin = "";
  for (let i = 0; i < buf.length; i += 0x8000) bin += String.fromCharCode(...buf.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

async function unpack(text) {
  const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return JSON.parse(await new Response(stream).text());
}

function valid(list) {
  return Array.isArray(list) && list.every((a) => a && typeof a.name === "string" && typeof a.text === "string");
}

async function initialArticles() {
  const fragment = new URLSearchParams(location.hash.slice(1)).get("a");
  if (fragment) {
    try {
      const shared = await unpack(fragment);
      if (valid(shared)) return shared;
    } catch {
      message("The share link is damaged; showing your saved articles instead.");
    }
  }
  try {
    const stored = JSON.parse(localStorage.getItem(STORE) ?? "null");
    if (valid(stored) && stored.length) return stored;
  } catch {
    /* a damaged store falls back to the sample */
  }
  return structuredClone(defaults);
}

// --- messages ----------------------------------------------------------------------------

function message(text, kind = "error") {
  const box = $("message");
  box.hidden = !text;
  box.className = `message ${kind === "info" ? "info" : ""}`;
  box.textContent = text ?? "";
}

// --- the editor --------------------------------------------------------------------------

let timer = 0;
function changed({ now = false } = {}) {
  save();
  clearTimeout(timer);
  const run = () => {
    message("");
    view.articles = articles;
  };
  if (now) run();
  else timer = setTimeout(run, 500);
}

function counts(text) {
  const words = text.trim() ? text.trim().split(/\s+/).length : 0;
  return `${words.toLocaleString()} words · ${text.length.toLocaleString()} characters`;
}

function card(article, index) {
  const name = Object.assign(document.createElement("input"), { value: article.name, type: "text" });
  name.setAttribute("aria-label", `Name of article ${index + 1}`);
  name.addEventListener("input", () => {
    article.name = name.value;
    changed();
  });
  const text = Object.assign(document.createElement("textarea"), { value: article.text, spellcheck: false });
  text.dir = "auto";
  text.setAttribute("aria-label", `Text of article ${index + 1}`);
  text.placeholder = "Paste the article here";
  const meta = Object.assign(document.createElement("div"), { className: "meta", textContent: counts(article.text) });
  text.addEventListener("input", () => {
    article.text = text.value;
    meta.textContent = counts(article.text);
    changed();
  });
  text.addEventListener("paste", (e) => {
    // Rich text (a web page, a document) arrives as HTML: keep its paragraphs, drop the rest.
    const html = e.clipboardData?.getData("text/html");
    if (!html) return;
    e.preventDefault();
    text.setRangeText(htmlToText(html), text.selectionStart, text.selectionEnd, "end");
    text.dispatchEvent(new Event("input"));
  });
  const remove = Object.assign(document.createElement("button"), { type: "button", className: "remove", textContent: "Remove" });
  remove.setAttribute("aria-label", `Remove article ${index + 1}`);
  remove.addEventListener("click", () => {
    articles.splice(articles.indexOf(article), 1);
    render();
    changed({ now: true });
  });
  const head = Object.assign(document.createElement("div"), { className: "head" });
  head.append(name, remove);
  const box = Object.assign(document.createElement("div"), { className: "card" });
  box.append(head, text, meta);
  return box;
}

function render() {
  list.replaceChildren(...articles.map(card));
}

function add(name, text) {
  articles.push({ name, text });
}

/** @param {Iterable<File>} files */
async function addFiles(files) {
  let added = 0;
  for (const file of files) {
    if (!/\.(txt|html?)$/i.test(file.name) && !/^text\//.test(file.type)) {
      message(`"${file.name}" is not a .txt or .html file; it was skipped.`);
      continue;
    }
    const raw = await file.text();
    const text = /\.html?$/i.test(file.name) || file.type === "text/html" ? htmlToText(raw) : raw;
    add(file.name.replace(/\.(txt|html?)$/i, ""), text);
    added++;
  }
  if (added) {
    render();
    changed({ now: true });
  }
}

// --- exports -----------------------------------------------------------------------------

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const csvCell = (v) => (/[",\n\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/** The coverage table: one row per statement (clusters, then sentences only one article has),
 *  with the sentence numbers each article carries it as. */
export function coverageCsv(report) {
  const names = report.articles.map((a) => a.name);
  const rows = [["statement", "sources", ...names]];
  for (const c of report.clusters) {
    const [a, s] = c.members[0];
    const cells = names.map((_, k) =>
      c.members
        .filter((m) => m[0] === k)
        .map((m) => m[1] + 1)
        .join(" "),
    );
    rows.push([report.articles[a].sentences[s].text, c.sources.length, ...cells]);
  }
  report.unique.forEach((sentences, k) => {
    for (const s of sentences) rows.push([report.articles[k].sentences[s].text, 1, ...names.map((_, j) => (j === k ? String(s + 1) : ""))]);
  });
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

// --- wiring ------------------------------------------------------------------------------

$("add").addEventListener("click", () => {
  add(`Article ${articles.length + 1}`, "");
  render();
  list.lastElementChild?.querySelector("textarea")?.focus();
  save();
});
$("files").addEventListener("change", (e) => addFiles(/** @type {HTMLInputElement} */ (e.target).files ?? []));
$("sample").addEventListener("click", () => {
  articles = structuredClone(defaults);
  render();
  changed({ now: true });
});
$("clear").addEventListener("click", () => {
  articles = [];
  render();
  changed({ now: true });
});
const inputs = $("inputs");
inputs.addEventListener("dragover", (e) => {
  e.preventDefault();
  inputs.classList.add("dragging");
});
inputs.addEventListener("dragleave", () => inputs.classList.remove("dragging"));
inputs.addEventListener("drop", (e) => {
  e.preventDefault();
  inputs.classList.remove("dragging");
  addFiles(e.dataTransfer.files);
});
$("export-json").addEventListener("click", () => {
  if (view.report) download("article-compare-report.json", "application/json", JSON.stringify(view.report, null, 2));
  else message("There is no comparison to export yet.");
});
$("export-csv").addEventListener("click", () => {
  if (view.report) download("article-compare-coverage.csv", "text/csv", coverageCsv(view.report));
  else message("There is no comparison to export yet.");
});
$("share").addEventListener("click", async () => {
  const url = `${location.href.split("#")[0]}#a=${await pack(articles)}`;
  history.replaceState(null, "", url);
  const field = /** @type {HTMLInputElement} */ ($("share-link"));
  field.value = url;
  field.hidden = false;
  field.select();
  try {
    await navigator.clipboard.writeText(url);
    message(
      `Share link copied (${url.length.toLocaleString()} characters). It carries the articles themselves; no server is involved.`,
      "info",
    );
  } catch {
    message("Copy the share link below; it carries the articles themselves.", "info");
  }
});
const kept = (reason) => `${reason}. Your articles are kept; try again, or shorten them.`;
view.addEventListener("article-compare:error", (e) => message(e.detail.fatal ? kept(e.detail.message) : e.detail.message));
engine().onrestart = (reason) => {
  if (reason !== "cancelled") message(kept(reason));
};

articles = await initialArticles();
render();
changed({ now: true });
