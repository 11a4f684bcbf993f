// @ts-check
// The demo page: the articles editor (page/editor.js), sets of articles kept in IndexedDB
// (page/store.js) with undo, share links and set files (page/share.js), exports (page/csv.js),
// all driving one <article-compare>. Nothing the person entered is lost: what Remove, Remove all
// and Load the sample take away is kept for undo, and a shared set opens beside their own.
import "./article-compare.js";
import { engine } from "./engine/client.js";
import { coverageCsv, exportName } from "./page/csv.js";
import { Editor } from "./page/editor.js";
import { MAX_ARTICLE_BYTES, isArticleList, megabytes } from "./page/limits.js";
import { LinkError, MAX_LINK_CHARS, isSetFile, linkPayload, pack, readSetFile, setFile, unpack } from "./page/share.js";
import { Store, isQuotaError } from "./page/store.js";
import { htmlToText } from "./ui/html-to-text.js";
// @ts-ignore: made by `make build` (www/pkg), after `make lint`.
import defaults from "./pkg/default-articles.js";

/** @typedef {import("./page/limits.js").Article} Article */
/** @typedef {import("./page/store.js").ArticleSet} ArticleSet */

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const view = /** @type {import("./article-compare.js").ArticleCompareElement} */ ($("compare"));
const editor = new Editor($("articles"), {
  changed: () => changed(),
  remove: (a) => removeArticle(a),
  notice: (text) => notice(text),
});
/** @type {Store | null} */
let store = null;
/** The set in the editor. @type {ArticleSet} */
let shown = { id: "current", kind: "current", label: "Your articles", articles: [], at: Date.now() };
const isSample = (/** @type {Article[]} */ list) =>
  list.length === defaults.length && list.every((a, i) => a.name === defaults[i].name && a.text === defaults[i].text);

// --- messages ----------------------------------------------------------------------------

/** @typedef {{ label: string, run: () => void }} Action */

/** Writes `text` (and buttons for `actions`) into the message box `id`; no text hides it.
 *  @param {string} id @param {string} text @param {{ kind?: "error" | "info", actions?: Action[] }} [how] */
function say(id, text, { kind = "error", actions = [] } = {}) {
  const box = $(id);
  box.hidden = !text;
  box.className = `message ${kind === "info" ? "info" : ""}`;
  box.replaceChildren(text ?? "");
  for (const { label, run } of actions) {
    const b = Object.assign(document.createElement("button"), { type: "button", textContent: label });
    b.addEventListener("click", run);
    box.append(" ", b);
  }
}
/** Messages about the comparison and the exports. @param {string} text @param {"error" | "info"} [kind] @param {Action[]} [actions] */
const message = (text, kind = "error", actions = []) => say("message", text, { kind, actions });
/** Messages about the articles (what was removed, opened, refused). @param {string} text @param {"error" | "info"} [kind] @param {Action[]} [actions] */
const notice = (text, kind = "info", actions = []) => say("notice", text, { kind, actions });

// --- keeping the set ---------------------------------------------------------------------

/** Tries left of the set shown after a refusal of space: Chromium frees the space of what was
 *  deleted some time after, longer on a busy machine, so the set is written again a few times
 *  on its own (each try later than the last) and the warning goes once one succeeds. */
let retriesLeft = 0;
let retryTimer = 0;
const RETRIES = 3;

let saveTimer = 0;
/** Writes the shown set soon (edits come a keystroke at a time), or now. */
function save({ now = false } = {}) {
  clearTimeout(saveTimer);
  retriesLeft = RETRIES;
  if (now) return write(shown);
  saveTimer = setTimeout(() => write(shown), 300);
}

/** @param {ArticleSet} set */
async function write(set) {
  if (!store) return;
  clearTimeout(retryTimer);
  try {
    await store.put({ ...set, at: Date.now() }).catch(async (e) => {
      // The sets in use come first: what was kept for undo makes room (undo still works while
      // the page is open), then the write is tried again. Chromium frees the space of what was
      // deleted, or of a write it refused, a moment later: a few tries, a short wait apart.
      if (!isQuotaError(e)) throw e;
      for (let attempt = 0; ; attempt++) {
        if (await store?.forgetRemoved()) renderRemoved();
        await new Promise((ok) => setTimeout(ok, 250 * attempt));
        try {
          return await store?.put({ ...set, at: Date.now() });
        } catch (again) {
          if (!isQuotaError(again) || attempt >= 3) throw again;
        }
      }
    });
    if (!$("store-warning").hidden) say("store-warning", "");
    if (set === shown) renderSets();
  } catch (e) {
    // Said until a save succeeds: the person has to act (remove articles, or save a file).
    const why = isQuotaError(e) ? "the browser refused the space they need" : `the browser could not store them (${e?.message ?? e})`;
    say(
      "store-warning",
      `These articles are not saved in this browser: ${why}. They will be lost on reload unless you save them as a file or remove some.`,
      {
        actions: [{ label: "Save the set as a file", run: saveSetFile }],
      },
    );
    if (isQuotaError(e) && set === shown && retriesLeft > 0) {
      retryTimer = setTimeout(() => write(shown), 1000 * 2 ** (RETRIES - retriesLeft));
      retriesLeft--;
    }
  }
}

// --- the editor and the comparison -------------------------------------------------------

/** Bumped by every change to the articles; `compared` is the one the report on screen is of. */
let version = 0;
let sent = -1;
let compared = -1;
let compareTimer = 0;

function changed({ now = false } = {}) {
  version++;
  save();
  clearTimeout(compareTimer);
  if (now) run();
  else compareTimer = setTimeout(run, 500);
}

async function run() {
  clearTimeout(compareTimer);
  message("");
  const at = (sent = version);
  view.articles = shown.articles;
  const report = await view.compare();
  // Cancelled, or failed: the report on screen (if any) is of other articles.
  if (report === null && at === version && at === sent && view.report && compared !== version) stale();
}

function stale() {
  view.classList.add("stale");
  const names = view.report?.articles.map((a) => a.name) ?? [];
  const list = names.slice(0, 6).join(", ") + (names.length > 6 ? `, and ${names.length - 6} more` : "");
  say("stale", `The comparison below was not updated: it is of an earlier set of articles (${list}), not of the articles above.`, {
    actions: [{ label: "Compare again", run: () => run() }],
  });
}

view.addEventListener("article-compare:ready", () => {
  compared = sent;
  view.classList.toggle("stale", compared !== version);
  if (compared === version) say("stale", "");
});

function render() {
  editor.show(shown.articles);
}

/** Puts `set` in the editor and compares it. @param {ArticleSet} set */
function show(set) {
  shown = set;
  render();
  renderSets();
  store?.setState("shown", set.id).catch(() => {});
  changed({ now: true });
}

// --- undo --------------------------------------------------------------------------------

/** Keeps what is taken away for undo, and says what happened (`done`) with an Undo button.
 *  @param {string} done @param {Article[]} articles @param {number | null} index */
function taken(done, articles, index) {
  const label = index === null ? `${articles.length} articles of “${shown.label}”` : `“${articles[0].name || "untitled"}”`;
  const from = shown.id;
  /** @type {ArticleSet} */
  const unsaved = { id: "", kind: "removed", label, articles, index, from, at: Date.now() };
  // Kept in the store for later; if the store refuses, undo still works while the page is open.
  const kept = (store?.remember({ label, articles, index, from }) ?? Promise.resolve(unsaved)).catch(() => unsaved);
  kept.then(renderRemoved);
  if (done) notice(done, "info", [{ label: "Undo", run: async () => restore(await kept) }]);
  return kept;
}

/** Puts a removed article back where it was, or a removed set back in the editor (what the
 *  editor held is itself kept for undo, unless it is empty or the sample).
 *  @param {ArticleSet} removed */
async function restore(removed) {
  if (removed.index != null && removed.from === shown.id) {
    shown.articles.splice(Math.min(removed.index, shown.articles.length), 0, ...removed.articles);
  } else if (removed.index != null) {
    shown.articles.push(...removed.articles);
  } else {
    if (shown.articles.length && !isSample(shown.articles)) await taken("", shown.articles, null);
    shown.articles = removed.articles;
  }
  if (removed.id) await store?.delete(removed.id).catch(() => {});
  notice(`Restored ${removed.label}.`);
  render();
  changed({ now: true });
  save({ now: true });
  renderRemoved();
}

/** @param {Article} a */
function removeArticle(a) {
  const index = shown.articles.indexOf(a);
  if (index < 0) return;
  shown.articles.splice(index, 1);
  render();
  changed({ now: true });
  taken(`Removed “${a.name || "untitled"}”.`, [a], index);
}

/** Replaces the editor's articles, keeping the old ones for undo. @param {Article[]} next @param {string} done */
function replaceAll(next, done) {
  const old = shown.articles;
  shown.articles = next;
  render();
  changed({ now: true });
  if (old.length) taken(done, old, null);
}

async function renderRemoved() {
  const box = /** @type {HTMLDetailsElement} */ ($("removed"));
  const removed = (await store?.removed()) ?? [];
  box.hidden = !removed.length;
  /** @type {HTMLElement} */ (box.querySelector("summary")).textContent = `Recently removed (${removed.length})`;
  const items = removed.map((r) => {
    const when = new Date(r.at).toLocaleString();
    const b = Object.assign(document.createElement("button"), { type: "button", textContent: "Restore" });
    b.setAttribute("aria-label", `Restore ${r.label}`);
    b.addEventListener("click", async () => {
      const set = await store?.get(r.id);
      if (set) restore(set);
    });
    const li = document.createElement("li");
    li.append(`${r.label} · ${r.count === 1 ? "1 article" : `${r.count} articles`} · ${when} `, b);
    return li;
  });
  /** @type {HTMLElement} */ (box.querySelector("ul")).replaceChildren(...items);
}

// --- sets: the person's own, and those opened from links and files ------------------------

async function renderSets() {
  const sets = ((await store?.all()) ?? []).filter((s) => s.kind !== "removed");
  const i = sets.findIndex((s) => s.id === shown.id);
  const here = { ...shown, count: shown.articles.length };
  if (i < 0) sets.push(here);
  else sets[i] = here;
  sets.sort((a, b) => (a.kind === "current" ? -1 : b.kind === "current" ? 1 : b.at - a.at));
  const select = /** @type {HTMLSelectElement} */ ($("sets"));
  select.replaceChildren(
    ...sets.map((s) =>
      Object.assign(document.createElement("option"), { value: s.id, textContent: `${s.label} (${s.count})`, selected: s.id === shown.id }),
    ),
  );
  $("sets-bar").hidden = sets.length < 2;
  $("forget").hidden = shown.kind === "current";
}

$("sets").addEventListener("change", async (e) => {
  const id = /** @type {HTMLSelectElement} */ (e.target).value;
  await write(shown);
  const set = await store?.get(id);
  if (set) {
    show(set);
    notice("");
  }
});

$("forget").addEventListener("click", async () => {
  const set = shown;
  if (set.kind === "current") return;
  await store?.delete(set.id).catch(() => {});
  show((await store?.get("current")) ?? { id: "current", kind: "current", label: "Your articles", articles: [], at: Date.now() });
  const removed = await store
    ?.remember({ label: `the set “${set.label}”`, articles: set.articles, index: null, from: set.id })
    .catch(() => null);
  notice(`Put away “${set.label}”; your articles are shown.`, "info", removed ? [{ label: "Undo", run: () => reopen(removed, set) }] : []);
  renderRemoved();
});

/** @param {ArticleSet} removed @param {ArticleSet} set */
async function reopen(removed, set) {
  await store?.delete(removed.id).catch(() => {});
  await write(set);
  show(set);
  notice("");
  renderRemoved();
}

/** Opens `articles` as a set beside the person's own (which is kept as it is).
 *  @param {Article[]} articles @param {string} id @param {string} label @param {string} from */
async function openBeside(articles, id, label, from) {
  await write(shown);
  const existing = await store?.get(id);
  const set = existing ?? { id, kind: /** @type {const} */ ("shared"), label, articles, at: Date.now() };
  if (!existing) await write(set);
  show(set);
  const names =
    articles
      .slice(0, 4)
      .map((a) => `“${a.name}”`)
      .join(", ") + (articles.length > 4 ? ", …" : "");
  notice(`Opened ${from}: ${articles.length} articles (${names}), kept beside your own articles, which are unchanged.`, "info", [
    { label: "Back to your articles", run: async () => show((await store?.get("current")) ?? shown) },
  ]);
}

/** A short, stable name for a link's contents. @param {string} text */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Opens the share link in the address, once: the fragment is removed first, so that a reload
 *  shows the set as edited, not the link again. */
async function openLink() {
  const payload = linkPayload(location.hash);
  if (!payload) return;
  history.replaceState(null, "", location.href.split("#")[0]);
  notice("Opening the share link…");
  try {
    const articles = await unpack(payload);
    const when = new Date().toLocaleString();
    await openBeside(articles, `shared:${hash(payload)}`, `Shared link, opened ${when}`, "a shared link");
  } catch (e) {
    notice(e instanceof LinkError ? e.message : `The share link could not be opened (${e?.message ?? e}); nothing was changed.`, "error");
  }
}
window.addEventListener("hashchange", openLink);

// --- files -------------------------------------------------------------------------------

/** Asks whether files opened while the sample is shown replace it. */
function askReplaceSample() {
  const dialog = /** @type {HTMLDialogElement} */ ($("ask"));
  return new Promise((ok) => {
    dialog.addEventListener("close", () => ok(dialog.returnValue !== "keep"), { once: true });
    dialog.showModal();
  });
}

/** The article of a web page, Readability loaded on first use (it stays out of the page's start).
 *  @param {string} html */
const pageText = async (html) => (await import("./ui/article-text.js")).articleText(html);

/** @param {Iterable<File>} files */
async function addFiles(files) {
  /** @type {Article[]} */
  const added = [];
  const skipped = [];
  const whole = [];
  for (const file of files) {
    if (isSetFile(file)) {
      try {
        const articles = await readSetFile(file);
        await openBeside(
          articles,
          `shared:file:${file.name}:${file.size}:${file.lastModified}`,
          `File “${file.name}”`,
          `the set file “${file.name}”`,
        );
      } catch (e) {
        notice(e instanceof LinkError ? e.message : String(e), "error");
      }
      continue;
    }
    if (!/\.(txt|html?)$/i.test(file.name) && !/^text\//.test(file.type)) {
      skipped.push(`“${file.name}” is not a .txt, .html or .json file`);
      continue;
    }
    // Counted before it is read: the engine would refuse it anyway.
    if (file.size > MAX_ARTICLE_BYTES) {
      skipped.push(`“${file.name}” is ${megabytes(file.size)}; the limit is ${megabytes(MAX_ARTICLE_BYTES)}`);
      continue;
    }
    const raw = await file.text();
    // A web page is read as its article; one without an article, as its whole text.
    // Readability not loaded (offline, a failed import): the page's whole text.
    const page =
      /\.html?$/i.test(file.name) || file.type === "text/html"
        ? await pageText(raw).catch(() => ({ text: htmlToText(raw), article: false }))
        : null;
    if (page && !page.article) whole.push(`“${file.name}”`);
    added.push({ name: file.name.replace(/\.(txt|html?)$/i, ""), text: page ? page.text : raw });
  }
  if (skipped.length) notice(`${skipped.join("; ")}: skipped.`, "error");
  else if (whole.length) notice(`No article found in ${whole.join(", ")}: the whole text of the page was kept.`);
  if (!added.length) return;
  if (isSample(shown.articles) && (await askReplaceSample())) {
    replaceAll(added, "Replaced the sample with your files.");
    return;
  }
  shown.articles.push(...added);
  render();
  changed({ now: true });
}

// --- exports and sharing -----------------------------------------------------------------

/** @param {string} name @param {string} type @param {BlobPart} content */
function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The report, if it is of the articles in the editor; otherwise says why not and gives null. */
function currentReport() {
  if (!view.report) {
    message("There is no comparison to export yet.");
    return null;
  }
  if (compared !== version) {
    const names = view.report.articles.map((a) => a.name);
    const busy = sent === version && !view.classList.contains("stale");
    message(
      busy
        ? "The comparison is being updated for the articles above; export it when it is done."
        : `Not exported: the comparison shown is of an earlier set of articles (${names.slice(0, 6).join(", ")}${names.length > 6 ? ", …" : ""}). Compare again, then export.`,
      "error",
      busy ? [] : [{ label: "Compare again", run: () => run() }],
    );
    return null;
  }
  return view.report;
}

function saveSetFile() {
  download(exportName("set", "json"), "application/json", setFile(shown.articles));
}

$("export-json").addEventListener("click", () => {
  const report = currentReport();
  if (report) download(exportName("report", "json"), "application/json", JSON.stringify(report, null, 2));
});
$("export-csv").addEventListener("click", () => {
  const report = currentReport();
  if (report) download(exportName("coverage", "csv"), "text/csv;charset=utf-8", coverageCsv(report));
});
$("save-set").addEventListener("click", saveSetFile);
$("share").addEventListener("click", async () => {
  const field = /** @type {HTMLInputElement} */ ($("share-link"));
  if (location.protocol === "file:") {
    field.hidden = true;
    message(
      "This page is a file on this computer, so a link to it opens only here: nobody else can open it. Save the set as a file instead; whoever gets it opens it with “Open files…”.",
      "info",
      [{ label: "Save the set as a file", run: saveSetFile }],
    );
    return;
  }
  const url = `${location.href.split("#")[0]}#a=${await pack(shown.articles)}`;
  if (url.length > MAX_LINK_CHARS) {
    field.hidden = true;
    message(
      `These articles make a link too long for a browser (${url.length.toLocaleString("en")} characters). Save the set as a file instead.`,
      "info",
      [{ label: "Save the set as a file", run: saveSetFile }],
    );
    return;
  }
  // Not put in the address: edits made after this would be lost on reload to the link.
  field.value = url;
  field.hidden = false;
  field.select();
  try {
    await navigator.clipboard.writeText(url);
    message(
      `Share link copied (${url.length.toLocaleString("en")} characters). It carries the articles themselves; no server is involved.`,
      "info",
    );
  } catch {
    message("Copy the share link below; it carries the articles themselves.", "info");
  }
});

// --- wiring ------------------------------------------------------------------------------

$("add").addEventListener("click", () => {
  shown.articles.push({ name: `Article ${shown.articles.length + 1}`, text: "" });
  render();
  editor.focusLast();
  save();
});
$("open").addEventListener("click", () => $("files").click());
$("files").addEventListener("change", (e) => {
  const input = /** @type {HTMLInputElement} */ (e.target);
  addFiles([...(input.files ?? [])]).finally(() => (input.value = ""));
});
$("sample").addEventListener("click", () => {
  if (isSample(shown.articles)) return;
  replaceAll(structuredClone(defaults), "Loaded the sample; your articles were put aside.");
});
$("clear").addEventListener("click", () => {
  if (shown.articles.length) replaceAll([], `Removed all ${shown.articles.length} articles.`);
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
  addFiles([...(e.dataTransfer?.files ?? [])]);
});
const kept = (/** @type {string} */ reason) => `${reason}. Your articles are kept; try again, or shorten them.`;
view.addEventListener("article-compare:error", (e) => message(e.detail.fatal ? kept(e.detail.message) : e.detail.message));
engine().onrestart = (reason) => {
  if (reason !== "cancelled") message(kept(reason));
};

/** The set to show first: the one shown last, else the person's own, else the sample. */
async function start() {
  try {
    store = await Store.open();
    await store.migrate(isArticleList);
  } catch (e) {
    store = null;
    say(
      "store-warning",
      `This browser does not let the page keep articles (${e?.message ?? e}); they will be lost on reload. Save them as a file to keep them.`,
    );
  }
  const saved = await store?.get("current").catch(() => undefined);
  const current = saved ?? {
    id: "current",
    kind: /** @type {const} */ ("current"),
    label: "Your articles",
    articles: structuredClone(defaults),
    at: Date.now(),
  };
  const last = await store?.state("shown").catch(() => undefined);
  const set = last && last !== "current" ? ((await store?.get(last).catch(() => undefined)) ?? current) : current;
  show(set);
  if (!saved) write(current);
  renderRemoved();
  await openLink();
}
await start();
