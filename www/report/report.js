// @ts-check
// The script of a report file written by `article-compare report` (bundled by
// tools/report-viewer.mjs into src/bin/article-compare/report/viewer.js): the page's one engine
// answers from the data written into the file (engine/static-worker.js), then the element shows
// the articles. It runs from disk (file://) and loads nothing.
import { data } from "./engine.js";
import "../article-compare.js";

const element = /** @type {any} */ (document.querySelector("article-compare"));
if (data.options) element.options = /** @type {any} */ (data.options);
element.articles = data.articles;
