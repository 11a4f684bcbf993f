// @ts-check
// Before the element loads: the page's one engine answers from the report file's data.
import { Engine, KEY } from "../engine/client.js";
import { staticWorker } from "../engine/static-worker.js";

/** @type {import("../engine/static-worker.js").ReportData} */
export const data = JSON.parse(/** @type {HTMLElement} */ (document.getElementById("article-compare-data")).textContent ?? "");
/** @type {any} */ (globalThis)[KEY] = new Engine(location.href, () => staticWorker(data));
