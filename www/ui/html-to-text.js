// @ts-check
// Input: the plain text of pasted rich text, an opened .html file, or the <article> children of
// the element. Markup is parsed into an inert document and only its text is read.

// prettier-ignore
const BLOCK = new Set([
  "P", "DIV", "SECTION", "ARTICLE", "HEADER", "FOOTER", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL",
  "BLOCKQUOTE", "PRE", "TR", "TABLE", "FIGCAPTION", "FIGURE", "ASIDE", "NAV", "MAIN", "DD", "DT", "DL", "HR",
]);

/** Plain text from HTML: block elements become line breaks; scripts and styles are dropped.
 *  @param {string} html */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  doc.querySelectorAll("script, style, noscript, template, iframe, object").forEach((n) => n.remove());
  return nodeText(doc.body ?? doc.documentElement);
}

/** The text of a DOM subtree with one line per block (paragraph, heading, list item) and per
 *  `<br>`. With `article`, a `<br>` is a space: in a story Readability has cleaned (it makes
 *  paragraphs of `<br><br>`), one breaks a line of the page's layout, not a sentence.
 *  @param {Node} root @param {{ article?: boolean }} [how] */
export function nodeText(root, { article = false } = {}) {
  /** @type {string[]} */
  const lines = [];
  let line = "";
  const flush = () => {
    const t = line.replace(/[ \t\r\n\u00a0]+/g, " ").trim();
    if (t) lines.push(t);
    line = "";
  };
  /** @param {Node} node */
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += node.nodeValue;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (node.nodeName === "BR") {
      if (article) line += " ";
      else flush();
      return;
    }
    const block = BLOCK.has(node.nodeName);
    if (block) flush();
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join("\n");
}

/** Whether pasted HTML is a whole page (it starts with a doctype or has a title in its head),
 *  not a fragment copied out of one: a fragment is the part the person chose.
 *  @param {string} html */
export function isWholeDocument(html) {
  if (/^\s*(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html/i.test(html)) return true;
  const title = new DOMParser().parseFromString(html, "text/html").querySelector("head > title");
  return Boolean(title?.textContent?.trim());
}
