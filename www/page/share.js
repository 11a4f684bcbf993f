// @ts-check
// Share links and set files. A link carries the articles themselves: their JSON, deflated, in
// base64url after `#a=`. A link is input from anyone, so it is inflated in a stream that counts
// what comes out and stops at the engine's limits (a few KB of link can inflate to gigabytes),
// in short tasks, before anything is parsed or reaches the editor.
import { MAX_ARTICLE_BYTES, MAX_ARTICLES, MAX_TOTAL_BYTES, isArticleList, megabytes, overLimits } from "./limits.js";

/** What a set file says it is (the page opens these beside the person's own set). */
export const SET_FORMAT = "article-compare-set";
/** Chromium refuses longer addresses. */
export const MAX_LINK_CHARS = 2_000_000;
/** Compressed bytes handed to the inflater at a time: deflate inflates at most ~1,032 to 1, so
 *  no single step makes more than about 1 MB, whatever the link holds. */
const STEP = 1024;
/** Inflated bytes between two yields to the page. */
const YIELD_EVERY = 1 << 18;

/** An error whose message is meant for the person. */
export class LinkError extends Error {}

/** @param {unknown} value */
export async function pack(value) {
  const bytes = new Blob([JSON.stringify(value)]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  const buf = new Uint8Array(await new Response(bytes).arrayBuffer());
  let bin = "";
  for (let i = 0; i < buf.length; i += 0x8000) bin += String.fromCharCode(...buf.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The `a=` value of an address fragment ("#a=…"), or null. @param {string} hash */
export function linkPayload(hash) {
  return new URLSearchParams(hash.replace(/^#/, "")).get("a");
}

/** Lets the page run (scheduler.yield where there is one: setTimeout waits 4 ms once nested). */
const tick = () => /** @type {any} */ (globalThis).scheduler?.yield?.() ?? new Promise((ok) => setTimeout(ok, 0));

/** Follows the JSON of a share link (`[{"name":…,"text":…},…]`) byte by byte as it inflates:
 *  counts articles and the UTF-8 bytes each text decodes to, and says when a limit is passed.
 *  Not a parser (JSON.parse checks the rest); a guard that needs no whole text in memory. */
class Guard {
  depth = 0;
  inString = false;
  escape = 0; // 1 after a backslash, 2..5 inside \uXXXX
  key = ""; // the last key read inside an article
  isKey = false;
  bytes = 0; // of the string being read
  articles = 0;
  total = 0;
  started = false;

  /** @param {Uint8Array} chunk @returns {string | null} why the link is refused */
  feed(chunk) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (this.inString) {
        if (this.escape === 1) {
          this.escape = b === 0x75 ? 2 : 0; // \u: four hex digits follow
          this.bytes += b === 0x75 ? 3 : 1; // a \u escape is at most 3 bytes of UTF-8
        } else if (this.escape > 1) {
          this.escape = this.escape === 5 ? 0 : this.escape + 1;
        } else if (b === 0x5c) {
          this.escape = 1;
        } else if (b === 0x22) {
          this.inString = false;
          if (this.depth === 2 && !this.isKey && this.key === "text") this.total += this.bytes;
          if (this.total > MAX_TOTAL_BYTES) return `its articles are over ${megabytes(MAX_TOTAL_BYTES)} together, the limit`;
        } else {
          this.bytes++;
          if (this.isKey) this.key = this.key.length < 8 ? this.key + String.fromCharCode(b) : "";
        }
        if (this.bytes > MAX_ARTICLE_BYTES)
          return `article ${this.articles} in it is over ${megabytes(MAX_ARTICLE_BYTES)}, the limit for one article`;
        continue;
      }
      if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) continue;
      if (!this.started) {
        if (b !== 0x5b) return "it does not hold a list of articles";
        this.started = true;
      }
      if (b === 0x22) {
        this.inString = true;
        this.bytes = 0;
        if (this.isKey) this.key = "";
      } else if (b === 0x5b || b === 0x7b) {
        this.depth++;
        if (this.depth > 2) return "it does not hold a list of articles";
        if (this.depth === 2) {
          this.isKey = true;
          if (++this.articles > MAX_ARTICLES) return `it holds over ${MAX_ARTICLES.toLocaleString("en")} articles, the limit`;
        }
      } else if (b === 0x5d || b === 0x7d) {
        this.depth--;
      } else if (b === 0x3a) {
        this.isKey = false;
      } else if (b === 0x2c) {
        this.isKey = this.depth === 2;
      }
    }
    return null;
  }
}

/** The bytes of a base64url string, decoded in a loop (Uint8Array.from with a callback is 10×
 *  slower). @param {string} text */
function base64url(text) {
  let bin;
  try {
    bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    throw new LinkError("The share link is damaged (it is not base64); nothing was changed.");
  }
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** The articles of a share link's `a=` value; a LinkError says why a link is refused.
 *  @param {string} payload
 *  @returns {Promise<import("./limits.js").Article[]>} */
export async function unpack(payload) {
  if (payload.length > MAX_LINK_CHARS) throw new LinkError("The share link is too long to be one this page made.");
  const compressed = base64url(payload);
  let at = 0;
  // pull() runs only when the inflater wants more: the input goes in STEP bytes at a time.
  const source = new ReadableStream(
    {
      pull(c) {
        if (at >= compressed.length) return c.close();
        c.enqueue(compressed.subarray(at, (at += STEP)));
      },
    },
    { highWaterMark: 0 },
  );
  const reader = source.pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  const guard = new Guard();
  /** @type {BlobPart[]} */
  const chunks = [];
  let since = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const refused = guard.feed(value);
      if (refused) throw new LinkError(`The share link was not opened: ${refused}. Nothing was changed.`);
      chunks.push(/** @type {Uint8Array<ArrayBuffer>} */ (value));
      since += value.length;
      if (since > YIELD_EVERY) {
        since = 0;
        await tick();
      }
    }
  } catch (e) {
    reader.cancel().catch(() => {});
    if (e instanceof LinkError) throw e;
    throw new LinkError("The share link is damaged (it does not inflate); nothing was changed.");
  }
  let list;
  try {
    list = JSON.parse(await new Blob(chunks).text());
  } catch {
    throw new LinkError("The share link is damaged (it is cut short or not JSON); nothing was changed.");
  }
  return checked(list, "share link");
}

/** `list` if it is a set of articles within the engine's limits; a LinkError otherwise.
 *  @param {unknown} list @param {string} what */
function checked(list, what) {
  if (!isArticleList(list)) throw new LinkError(`The ${what} does not hold a list of articles; nothing was changed.`);
  const over = overLimits(list);
  if (over) throw new LinkError(`The ${what} was not opened: ${over}. Nothing was changed.`);
  return list;
}

/** A set file's contents. @param {import("./limits.js").Article[]} articles */
export function setFile(articles) {
  return JSON.stringify({ format: SET_FORMAT, version: 1, articles });
}

/** True when `name` looks like a set file. @param {File} file */
export const isSetFile = (file) => /\.json$/i.test(file.name) || file.type === "application/json";

/** The articles of a set file (as saved by `setFile`, or a bare list); a LinkError says why not.
 *  @param {File} file */
export async function readSetFile(file) {
  // No compression: the size on disk bounds the text (escapes only make JSON longer).
  if (file.size > MAX_TOTAL_BYTES * 1.25)
    throw new LinkError(`"${file.name}" is ${megabytes(file.size)}, more than a set the engine takes.`);
  let value;
  try {
    value = JSON.parse(await file.text());
  } catch {
    throw new LinkError(`"${file.name}" is not a set of articles (it is not JSON).`);
  }
  return checked(value?.format === SET_FORMAT ? value.articles : value, `file "${file.name}"`);
}
