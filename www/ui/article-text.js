// @ts-check
// Input: the article of a web page (an opened or dropped .html file, a whole page pasted), not
// the page. Mozilla's Readability (the engine of Firefox Reader View, bundled into pkg/ by
// `make build`) finds the story; its menus, related links, footers and notices are left out.
// The markup is parsed by DOMParser into an inert document: no script runs, nothing loads.
import { Readability, isProbablyReaderable } from "../pkg/readability.js";
import { htmlToText, nodeText } from "./html-to-text.js";

/** How many of the story's first paragraphs may repeat its headline or byline. */
const TOP = 3;

/** @typedef {{ text: string, article: boolean }} PageText
 *  `article` is false when Readability found no article and `text` is the whole page's. */

/** The text to compare of a web page: its headline, its byline, then its paragraphs, each
 *  separated by a blank line (the engine's paragraph break). Without an article, the whole text.
 *  @param {string} html
 *  @returns {PageText} */
export function articleText(html) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const found = isProbablyReaderable(doc) ? new Readability(doc).parse() : null;
  const body = found?.content ? new DOMParser().parseFromString(found.content, "text/html").body : null;
  const paragraphs = body ? nodeText(body, { article: true }).split("\n") : [];
  if (!found || !paragraphs.some((line) => line.trim())) return { text: htmlToText(html), article: false };
  // The headline and byline go first, once: Readability takes them out of the story, or finds
  // them in the page's metadata while the story still prints them near its top.
  const head = [...new Set([found.title, found.byline].map((line) => line?.replace(/\s+/g, " ").trim() ?? ""))].filter(Boolean);
  const top = paragraphs.slice(0, TOP).filter((line) => !head.includes(line));
  return { text: [...head, ...top, ...paragraphs.slice(TOP)].join("\n\n"), article: true };
}
