// The engine's worker: loads the wasm module once and answers { id, kind, args } messages with
// { id, ok, result } or { id, ok: false, error, fatal }. A trap (a panic or out of memory in
// wasm) is reported as fatal: the page then throws this worker away and starts a fresh one.
import init, { compare, diff, segment, version } from "./pkg/article_compare.js";
import { buildIndex } from "./report-index.js";

const calls = { compare, diff, segment };
let ready = null;

// About how many values (objects, array items, fields) go in one message. The page reads each
// message in a task of its own, so slices keep every main-thread task short however large the
// report is.
const SLICE_WEIGHT = 50_000;

/** How many values `value` holds, all the way down: what reading it costs the page. Counted here
 *  in the worker, where the time costs the page nothing (a count by list length alone weighed a
 *  finding with hundreds of mentions as one, and 2.6 MB of findings arrived in one 54 ms task). */
function weight(value) {
  let w = 1;
  if (Array.isArray(value)) for (const item of value) w += weight(item);
  else if (value !== null && typeof value === "object") for (const k in value) w += weight(value[k]);
  return w;
}

/** Posts every large array of `result` in slices ({ id, type: "part", key, items }) and returns
 *  what is left, which the final message carries; the page puts the slices back in order. */
function sendInSlices(id, result) {
  if (!result || typeof result !== "object") return result;
  const rest = { ...result };
  for (const [key, list] of Object.entries(result)) {
    if (!Array.isArray(list)) continue;
    const weights = list.map(weight);
    if (weights.reduce((a, b) => a + b, 0) <= SLICE_WEIGHT) continue;
    let from = 0;
    let w = 0;
    for (let i = 0; i < list.length; i++) {
      w += weights[i];
      if (w >= SLICE_WEIGHT || i === list.length - 1) {
        self.postMessage({ id, type: "part", key, items: list.slice(from, i + 1) });
        from = i + 1;
        w = 0;
      }
    }
    rest[key] = [];
  }
  return rest;
}

/** Slices of a call's first argument, by call id, until the call itself arrives. */
const incoming = new Map();

self.onmessage = async (event) => {
  const { id, kind, wasm, type, items, sliced } = event.data;
  let { args } = event.data;
  if (type === "part") {
    if (!incoming.has(id)) incoming.set(id, []);
    incoming.get(id).push(items);
    return;
  }
  if (sliced) {
    args = [(incoming.get(id) ?? []).flat(), ...args.slice(1)];
    incoming.delete(id);
  }
  try {
    if (kind === "init") {
      // The first message; the single-file page hands over the wasm bytes itself (there is no
      // URL to fetch from file://), otherwise the module is fetched beside this script.
      ready ??= init(wasm ? { module_or_path: wasm } : undefined);
      await ready;
      self.postMessage({ id, ok: true, result: { version: version() } });
      return;
    }
    await ready;
    self.postMessage({ id, type: "progress", phase: kind === "diff" ? "diffing" : "comparing" });
    const started = performance.now();
    const result = calls[kind](...args);
    const ms = performance.now() - started;
    if (kind === "compare") {
      const { index, buffers } = buildIndex(result);
      // The matches and the containment matrix travel in the index (typed arrays); the page
      // makes lists of them only if something reads them. Empty lists keep the keys' places.
      result.matches = [];
      result.containment = [];
      // The page has the texts already: sentences travel as spans, and it slices their text back.
      for (const a of result.articles) a.sentences = a.sentences.map(({ start, end, paragraph, furniture }) => (furniture ? { start, end, paragraph, furniture } : { start, end, paragraph }));
      self.postMessage({ id, ok: true, result: sendInSlices(id, result), index, ms }, buffers);
    } else {
      self.postMessage({ id, ok: true, result: sendInSlices(id, result), ms });
    }
  } catch (e) {
    const fatal = e instanceof WebAssembly.RuntimeError || e instanceof RangeError;
    self.postMessage({ id, ok: false, error: String(e?.message ?? e), fatal });
  }
};
