// @ts-check
// Not shipped: `make lint` (tsc -p www) checks that the element and the engine client still have
// what the package's hand-written types (types/*.d.ts) say they have.
import { ArticleCompareElement, htmlToText, nodeText, VIEWS } from "../article-compare.js";
import { define } from "../article-compare-define.js";
import { engine } from "../engine/client.js";

// The element types its report loosely (report-index.js); the package declares the generated Report, in `report` and `compare()`.
/** @type {Omit<import("./article-compare.js").ArticleCompareElement, "report" | "compare">} */
export const element = /** @type {ArticleCompareElement} */ (/** @type {unknown} */ (null));
/** @type {typeof import("./article-compare.js").ArticleCompareElement.define} */
export const defineElement = ArticleCompareElement.define;
/** @type {typeof import("./article-compare.js").htmlToText} */
export const html = htmlToText;
/** @type {typeof import("./article-compare.js").nodeText} */
export const node = nodeText;
/** @type {typeof import("./article-compare.js").VIEWS} */
export const views = VIEWS;
/** @type {typeof import("./define.js").define} */
export const defineFn = define;
/** @type {Pick<import("./engine.js").Engine, "useWasmBytes" | "useModelBytes" | "onrestart">} */
export const client = /** @type {import("../engine/client.js").Engine} */ (/** @type {unknown} */ (null));
/** @type {(base?: string | URL) => Pick<import("./engine.js").Engine, "onrestart">} */
export const one = engine;
