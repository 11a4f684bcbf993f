// @ts-check
// Building the DOM: elements with createElement, text with text nodes. Nothing here parses
// markup, so article text (which may hold "<script>") is only ever shown as text.

/** @typedef {Node | string | number | null | undefined | false} Child */
/** @typedef {Child | Child[]} Children */
/** Attributes; `class` sets the class, `on…` adds a listener, `true` an empty attribute, and
 *  `null`, `undefined` or `false` leave the attribute out.
 *  @typedef {Record<string, string | number | boolean | null | undefined | ((event: any) => void)>} Attrs */

/**
 * `el("td", { class: "num", part: "x" }, "text", child)`: an element; strings become text nodes.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Attrs} [attrs]
 * @param {...(Children | Children[])} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = String(v);
    else if (typeof v === "function") node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** Children without the empty slots views leave (no "show more" when all is shown), which
 *  replaceChildren would otherwise print as the word "null".
 *  @param {Children | Children[]} nodes
 *  @returns {(Node | string)[]} */
export function present(nodes) {
  return /** @type {(Node | string)[]} */ ([nodes].flat(2).filter((n) => n !== null && n !== undefined && n !== false));
}
