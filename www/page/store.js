// @ts-check
// Where the page keeps sets of articles: IndexedDB (localStorage holds about 5 MB, as UTF-16,
// and refused one 6 MB article). The raw API, promised: four calls do not need a wrapper.
//
// A set is { id, kind, label, articles, at }: kind "current" (the person's own, id "current"),
// "shared" (opened from a link or a set file, kept beside the person's own, never over it) or
// "removed" (what Remove, Remove all and Load the sample took away, for undo; `index` is where
// one removed article was, null for a whole set). The id of the set shown is kept too. A set's
// articles are kept apart from what describes it, so that listing sets reads no text.

const DB = "article-compare";
const SETS = "sets";
const TEXTS = "articles";
const STATE = "state";
/** Texts longer than this are kept as Blobs: the database copies a string on the page's thread
 *  when it is written and read (107 ms and 74 ms for 16 MB), a Blob's bytes are copied elsewhere. */
const BLOB_ABOVE = 1 << 16;
/** Characters encoded per task when a Blob is made. */
const BLOB_STEP = 1 << 20;
/** The Blob made of each large text, while the text is unchanged: a save after an edit elsewhere
 *  encodes nothing again. @type {WeakMap<Article, { text: string, blob: Blob }>} */
const blobs = new WeakMap();

/** An article as stored: a large text as a Blob, made a slice per task (a Blob of 16 MB made at
 *  once took 100 ms; one made of the last and a slice refers to the last, it does not copy it).
 *  @param {Article} a */
async function stored(a) {
  if (a.text.length <= BLOB_ABOVE) return a;
  const cached = blobs.get(a);
  if (cached?.text === a.text) return { name: a.name, text: cached.blob };
  const text = a.text;
  let blob = new Blob([]);
  for (let at = 0; at < text.length; at += BLOB_STEP) {
    blob = new Blob([blob, text.slice(at, at + BLOB_STEP)]);
    await new Promise((ok) => setTimeout(ok, 0));
  }
  blobs.set(a, { text, blob });
  return { name: a.name, text: blob };
}

/** What older versions kept in localStorage: the current set, as JSON. */
export const LEGACY_KEY = "article-compare:articles";
/** Removed sets kept for undo; older ones are deleted. */
export const KEEP_REMOVED = 10;

/** @typedef {import("./limits.js").Article} Article */
/** @typedef {{ id: string, kind: "current" | "shared" | "removed", label: string, articles: Article[],
 *    at: number, index?: number | null, from?: string }} ArticleSet */
/** @typedef {Omit<ArticleSet, "articles"> & { count: number }} SetInfo */

/** @template T @param {IDBRequest<T>} request @returns {Promise<T>} */
const done = (request) =>
  new Promise((ok, fail) => {
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });

/** @param {IDBTransaction} tx @returns {Promise<void>} */
const committed = (tx) =>
  new Promise((ok, fail) => {
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error);
    tx.onabort = () => fail(tx.error ?? new DOMException("the browser refused to store the articles", "AbortError"));
  });

/** True for the errors a browser gives when it refuses space. @param {unknown} e */
export const isQuotaError = (e) => e instanceof DOMException && (e.name === "QuotaExceededError" || /quota|space|disk/i.test(e.message));

export class Store {
  /** @param {IDBDatabase} db */
  constructor(db) {
    this.db = db;
  }

  /** Opens (or makes) the database. */
  static async open() {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(SETS, { keyPath: "id" });
      request.result.createObjectStore(TEXTS);
      request.result.createObjectStore(STATE);
    };
    return new Store(await done(request));
  }

  /** @param {string} id @returns {Promise<ArticleSet | undefined>} */
  async get(id) {
    const tx = this.db.transaction([SETS, TEXTS]);
    const [info, articles] = await Promise.all([done(tx.objectStore(SETS).get(id)), done(tx.objectStore(TEXTS).get(id))]);
    if (!info || !Array.isArray(articles)) return undefined;
    const { count: _, ...set } = info;
    for (const a of articles) {
      if (!(a.text instanceof Blob)) continue;
      const blob = a.text;
      a.text = await blob.text();
      blobs.set(a, { text: a.text, blob });
    }
    return { ...set, articles };
  }

  /** What describes every set (no texts are read). @returns {Promise<SetInfo[]>} */
  all() {
    return done(this.db.transaction(SETS).objectStore(SETS).getAll());
  }

  /** Writes `set`; rejects with the browser's error (a quota error when it refuses space).
   *  @param {ArticleSet} set */
  async put(set) {
    const { articles, ...info } = set;
    const kept = [];
    for (const a of articles) kept.push(await stored(a));
    const tx = this.db.transaction([SETS, TEXTS], "readwrite");
    tx.objectStore(SETS).put({ ...info, count: articles.length });
    tx.objectStore(TEXTS).put(kept, set.id);
    return committed(tx);
  }

  /** @param {string} id */
  delete(id) {
    const tx = this.db.transaction([SETS, TEXTS], "readwrite");
    tx.objectStore(SETS).delete(id);
    tx.objectStore(TEXTS).delete(id);
    return committed(tx);
  }

  /** Keeps `set` as removed (for undo) and drops the oldest removed sets past KEEP_REMOVED.
   *  @param {Omit<ArticleSet, "id" | "kind" | "at">} set @returns {Promise<ArticleSet>} */
  async remember(set) {
    const at = Date.now();
    /** @type {ArticleSet} */
    const removed = { ...set, id: `removed:${at}:${Math.random().toString(36).slice(2, 8)}`, kind: "removed", at };
    await this.put(removed);
    const old = (await this.removed()).slice(KEEP_REMOVED);
    for (const r of old) await this.delete(r.id);
    return removed;
  }

  /** Deletes every removed set (space for the sets in use); says whether there were any. */
  async forgetRemoved() {
    const removed = await this.removed();
    for (const r of removed) await this.delete(r.id);
    return removed.length > 0;
  }

  /** Removed sets, newest first. @returns {Promise<SetInfo[]>} */
  async removed() {
    return (await this.all()).filter((s) => s.kind === "removed").sort((a, b) => b.at - a.at);
  }

  /** @param {string} key @returns {Promise<any>} */
  state(key) {
    return done(this.db.transaction(STATE).objectStore(STATE).get(key));
  }

  /** @param {string} key @param {unknown} value */
  setState(key, value) {
    const tx = this.db.transaction(STATE, "readwrite");
    tx.objectStore(STATE).put(value, key);
    return committed(tx);
  }

  /** Moves what an older version kept in localStorage into the store, then removes it there.
   *  It becomes the current set, or a set beside it if there is one already.
   *  @param {(list: unknown) => boolean} valid */
  async migrate(valid) {
    let legacy;
    try {
      legacy = JSON.parse(localStorage.getItem(LEGACY_KEY) ?? "null");
    } catch {
      legacy = null;
    }
    if (legacy === null) return;
    if (valid(legacy) && legacy.length) {
      const current = await this.get("current");
      const at = Date.now();
      await this.put(
        current
          ? { id: `shared:legacy:${at}`, kind: "shared", label: "Kept by an earlier version", articles: legacy, at }
          : { id: "current", kind: "current", label: "Your articles", articles: legacy, at },
      );
    }
    localStorage.removeItem(LEGACY_KEY);
  }
}
