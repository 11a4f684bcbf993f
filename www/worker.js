// The engine's worker: loads the wasm module once and answers { id, kind, args } messages with
// { id, ok, result } or { id, ok: false, error, fatal }. A trap (a panic or out of memory in
// wasm) is reported as fatal: the page then throws this worker away and starts a fresh one.
import init, { compare, diff, segment, version } from "./pkg/article_compare.js";
import { buildIndex } from "./report-index.js";

const calls = { compare, diff, segment };
let ready = null;

// About how many values (sentences, members, numbers) go in one message. The page reads each
// message in a task of its own, so slices keep every main-thread task short however large the
// report is.
const SLICE_WEIGHT = 12_000;
const SLICED = ["articles", "matches", "clusters", "repeats", "passages", "unique", "containment", "ops", "findings", "figures"];
// An article weighs its sentences, a cluster its members, a row its numbers, a finding or a
// figures row its figures or wordings; a match (an object and two arrays) or a word change
// weighs 3.
const weight = (item) => item?.sentences?.length ?? item?.members?.length ?? item?.figures?.length ?? item?.wordings?.length ?? item?.length ?? 3;

/** Posts the large arrays of `result` in slices ({ id, type: "part", key, items }) and returns
 *  what is left, which the final message carries; the page puts the slices back in order. */
function sendInSlices(id, result) {
  if (!result || typeof result !== "object") return result;
  const rest = { ...result };
  for (const key of SLICED) {
    const list = result[key];
    if (!Array.isArray(list) || list.reduce((w, item) => w + weight(item), 0) <= SLICE_WEIGHT) continue;
    let from = 0;
    let w = 0;
    for (let i = 0; i < list.length; i++) {
      w += weight(list[i]);
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
