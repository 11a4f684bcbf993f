// @ts-check
// Registration only, kept apart from the element as in github/relative-time-element: loading the
// element's script twice, or defining it twice, must not throw, and a page may register it under
// another name or in a scoped registry.

/**
 * Registers `element` as `tag` in `registry` unless the tag is taken; returns the class the tag
 * stands for (the first one registered, when the script was loaded twice).
 * @template {CustomElementConstructor} T
 * @param {T} element
 * @param {string} [tag]
 * @param {CustomElementRegistry} [registry]
 * @returns {CustomElementConstructor}
 */
export function define(element, tag = "article-compare", registry = customElements) {
  if (!registry.get(tag)) registry.define(tag, element);
  return /** @type {CustomElementConstructor} */ (registry.get(tag));
}
