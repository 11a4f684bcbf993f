// @ts-check
// The engine's limits (MAX_* in src/lib.rs; tests/js/page.test.mjs fails when they drift), and
// the checks the page makes with them before a set reaches the editor.

/** Bytes of UTF-8 one article may have. */
export const MAX_ARTICLE_BYTES = 16_000_000;
/** Bytes of UTF-8 all articles together may have. */
export const MAX_TOTAL_BYTES = 64_000_000;
/** Articles one comparison may have. */
export const MAX_ARTICLES = 10_000;

/** "16.0 MB", as the engine's messages write sizes. @param {number} bytes */
export const megabytes = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

/** UTF-8 length of `text`, encoded natively (a loop in JS took 40 ms on 16 MB).
 *  @param {string} text */
export const utf8Length = (text) => new Blob([text]).size;

/** @typedef {{ name: string, text: string }} Article */

/** True when `list` is an array of `{ name, text }` strings. @param {unknown} list
 *  @returns {list is Article[]} */
export function isArticleList(list) {
  return Array.isArray(list) && list.every((a) => a && typeof a.name === "string" && typeof a.text === "string");
}

/** Why the engine would refuse `articles` for their size or number, or null.
 *  @param {Article[]} articles */
export function overLimits(articles) {
  if (articles.length > MAX_ARTICLES)
    return `${articles.length.toLocaleString("en")} articles; the limit is ${MAX_ARTICLES.toLocaleString("en")}`;
  let total = 0;
  for (const a of articles) {
    const bytes = utf8Length(a.text);
    if (bytes > MAX_ARTICLE_BYTES) return `article "${a.name}" is ${megabytes(bytes)}; the limit is ${megabytes(MAX_ARTICLE_BYTES)}`;
    total += bytes;
  }
  if (total > MAX_TOTAL_BYTES) return `the articles are ${megabytes(total)} together; the limit is ${megabytes(MAX_TOTAL_BYTES)}`;
  return null;
}
