// @ts-check
// The engine's worker: loads the wasm module once and answers calls (see transport.js) with a
// reply. A trap (a panic or out of memory in wasm) is reported as fatal: the page then throws
// this worker away and starts a fresh one.
// @ts-ignore: the wasm module's glue is built by `make build` (www/pkg), after `make lint`.
import init, { compareTyped, diff, hasModel, loadModel, segment, version } from "../pkg/article_compare.js";
import { packTyped } from "./report-index.js";
import { Assembler, split, weight } from "./transport.js";

/** @type {Record<string, (...args: any[]) => any>} */
// The page has the articles' texts: a compare report's sentences come as spans only, and the
// page slices their text from the strings it sent (client.js), which copies nothing. Its
// matches and matrices come as typed arrays, which go to the page as they are (transferred).
const calls = { diff, segment };
/** @type {Promise<unknown> | null} */
let ready = null;
/** The sentence-embedding model's load: started once the module is ready, awaited by the first
 *  call that compares meaning. A model that cannot be had leaves wording alone, said in `modelError`.
 *  @type {Promise<void> | null} */
let modelLoad = null;
/** @type {string | null} */
let modelError = null;

/** Loads the model from `bytes` (the single-file page hands them over) or from embed.bin beside
 *  the wasm module (cached by the browser like the module itself).
 *  @param {Uint8Array | undefined} bytes */
function startModelLoad(bytes) {
  modelLoad ??= (async () => {
    try {
      const data = bytes ?? new Uint8Array(await (await fetchOk(new URL("../pkg/embed.bin", import.meta.url))).arrayBuffer());
      loadModel(data);
    } catch (e) {
      modelError = `the meaning model could not be loaded (${String(/** @type {any} */ (e)?.message ?? e)}); sentences are compared by their words alone`;
    }
  })();
  return modelLoad;
}

/** @param {URL} url */
async function fetchOk(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response;
}

// About how many values (objects, array items, fields) go in one message. The page reads each
// message in a task of its own, so slices keep every main-thread task short however large the
// report is.
const SLICE_WEIGHT = 50_000;

/** The worker's global scope, typed by what is used of it (the page's DOM types are in scope). */
const scope =
  /** @type {{ postMessage(message: unknown, transfer?: Transferable[]): void, onmessage: ((event: MessageEvent) => void) | null }} */ (
    /** @type {unknown} */ (self)
  );

/** Posts the large lists of `result` in parts and returns what is left for the reply.
 *  @param {number} id
 *  @param {unknown} result */
function sendInSlices(id, result) {
  if (!result || typeof result !== "object") return result;
  const { parts, rest } = split(result, SLICE_WEIGHT, weight);
  for (const { key, items } of parts) scope.postMessage({ id, type: "part", key, items });
  return rest;
}

/** Between a phase's start and its end, the engine's progress goes to the page at most this
 *  often: the page reads each message in a task of its own. */
const PROGRESS_MS = 50;

/** The engine's progress of call `id` (`{ phase, done, total }`), posted to the page: each
 *  phase's start and end, and between them one report every PROGRESS_MS at most.
 *  @param {number} id */
function forward(id) {
  let phase = "";
  let last = 0;
  return (/** @type {{ phase: string, done: number, total: number }} */ p) => {
    const now = performance.now();
    if (p.phase === phase && p.done < p.total && now - last < PROGRESS_MS) return;
    phase = p.phase;
    last = now;
    scope.postMessage({ id, type: "progress", phase: p.phase, done: p.done, total: p.total });
  };
}

/** The slices of each call's arguments, until the call itself arrives. */
const incoming = new Assembler();

scope.onmessage = async (event) => {
  if (event.data.type === "part") {
    incoming.add(event.data);
    return;
  }
  /** @type {import("./transport.js").Call} */
  const { id, kind, wasm, model } = event.data;
  const args = incoming.take(id, event.data.args);
  try {
    if (kind === "init") {
      // The first message; the single-file page hands over the wasm bytes itself (there is no
      // URL to fetch from file://), otherwise the module is fetched beside this script.
      ready ??= init(wasm ? { module_or_path: wasm } : undefined);
      await ready;
      startModelLoad(model);
      scope.postMessage({ id, ok: true, result: { version: version() } });
      return;
    }
    await ready;
    const options = kind === "segment" ? undefined : args[kind === "diff" ? 2 : 1];
    if (kind !== "segment" && options?.semantic !== false && !hasModel()) {
      scope.postMessage({ id, type: "progress", phase: "loading the meaning model" });
      await startModelLoad(undefined);
      if (modelError) scope.postMessage({ id, type: "progress", phase: "warning", message: modelError });
    }
    scope.postMessage({ id, type: "progress", phase: kind === "diff" ? "diffing" : "comparing" });
    const started = performance.now();
    if (kind === "compare") {
      const typed = compareTyped(args[0], args[1], forward(id));
      const ms = performance.now() - started;
      const { index, buffers } = packTyped(typed);
      scope.postMessage({ id, ok: true, result: sendInSlices(id, typed.report), index, ms }, buffers);
    } else {
      const result = calls[kind](...args);
      const ms = performance.now() - started;
      scope.postMessage({ id, ok: true, result: sendInSlices(id, result), ms });
    }
  } catch (e) {
    const fatal = e instanceof WebAssembly.RuntimeError || e instanceof RangeError;
    scope.postMessage({ id, ok: false, error: String(e?.message ?? e), fatal });
  }
};
