// The types of "article-compare/define": registration only.
/** Registers `element` as `tag` in `registry` unless the tag is taken; returns the class the tag
 *  stands for. */
export declare function define<T extends CustomElementConstructor>(
  element: T,
  tag?: string,
  registry?: CustomElementRegistry,
): CustomElementConstructor;
