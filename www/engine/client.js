// The engine client: one per page, however many elements or copies of this script there are.
// It runs the wasm engine in a Web Worker so the page never freezes, can cancel a running call
// (by ending the worker), and starts a fresh worker when one dies, saying why.

import { lazyLists } from "./report-index.js";

const KEY = Symbol.for("article-compare.engine");
/** Articles per message when a call sends many (copying 1,000 at once took 37 ms). */
const ARG_SLICE = 50;

/** The worker's URL; when the script comes from another origin, a same-origin trampoline. */
function workerUrl(base) {
  const url = new URL("./worker.js", base);
  if (url.origin === location.origin) return url;
  // A worker must be same-origin; a module worker from a blob may import a CORS-enabled script.
  const source = `import ${JSON.stringify(url.href)};`;
  return URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
}

/** Gives the sentences of a compare report's articles (`first` is the index of the first of
 *  them) their text back from the articles' texts: the worker sends spans only, and slicing
 *  here makes no copy where sending the text made 5 MB of them. */
function restoreTexts(articles, texts, first) {
  articles.forEach((a, i) => {
    for (const s of a.sentences) s.text = texts[first + i].slice(s.start, s.end);
  });
}

class Engine {
  #base;
  #makeWorker;
  #worker = null;
  #next = 1;
  #pending = new Map();
  #wasm = null;
  /** Called with (message) when the worker died and was replaced. */
  onrestart = null;

  constructor(base, makeWorker) {
    this.#base = base;
    this.#makeWorker = makeWorker ?? ((b) => new Worker(workerUrl(b), { type: "module" }));
  }

  /** Hands the wasm bytes to every worker this engine starts (the single-file page). */
  useWasmBytes(bytes) {
    this.#wasm = bytes;
  }

  #start() {
    const worker = this.#makeWorker(this.#base);
    worker.onmessage = (event) => {
      const msg = event.data;
      const call = this.#pending.get(msg.id);
      if (!call) return;
      if (msg.type === "progress") {
        call.onprogress?.(msg);
        return;
      }
      if (msg.type === "part") {
        // Each slice is put in place, and its sentences given their text, in its own task.
        const list = ((call.parts ??= {})[msg.key] ??= []);
        if (msg.key === "articles" && call.texts) restoreTexts(msg.items, call.texts, list.length);
        for (const item of msg.items) list.push(item);
        return;
      }
      this.#pending.delete(msg.id);
      const { kind } = call;
      if (msg.ok) {
        Object.assign(msg.result, call.parts);
        // The lookup index built beside a report travels with it, out of sight of JSON.
        if (msg.index) {
          Object.defineProperty(msg.result, "index", { value: msg.index, enumerable: false });
          lazyLists(msg.result, msg.index);
        }
        if (kind === "compare" && !call.parts?.articles) restoreTexts(msg.result.articles, call.texts, 0);
        call.resolve(msg.result);
      }
      else {
        if (msg.fatal) this.#restart(`the engine stopped (${msg.error}); it was restarted`);
        call.reject(Object.assign(new Error(msg.error), { fatal: !!msg.fatal }));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.#restart(`the engine's worker failed (${event.message || "it may have run out of memory"}); it was restarted`);
    };
    this.#worker = worker;
    this.ready = this.#call(worker, "init", [], {});
  }

  #restart(reason) {
    const old = this.#worker;
    this.#worker = null;
    old?.terminate();
    const error = Object.assign(new Error(reason), { fatal: true });
    for (const call of this.#pending.values()) call.reject(error);
    this.#pending.clear();
    this.onrestart?.(reason);
  }

  #call(worker, kind, args, { signal, onprogress }) {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new DOMException("cancelled", "AbortError"));
      const texts = kind === "compare" ? args[0].map((a) => a.text) : null;
      this.#pending.set(id, { resolve, reject, onprogress, texts, kind });
      signal?.addEventListener("abort", () => {
        if (!this.#pending.has(id)) return;
        this.#pending.delete(id);
        // A running wasm call cannot be interrupted: end the worker; the next call starts another.
        this.#restart("cancelled");
        reject(new DOMException("cancelled", "AbortError"));
      });
      // A long list of articles goes in slices, each copied (postMessage copies synchronously)
      // in a short task of its own.
      const [first, ...rest] = args;
      if (Array.isArray(first) && first.length > ARG_SLICE) {
        (async () => {
          for (let i = 0; i < first.length; i += ARG_SLICE) {
            if (!this.#pending.has(id)) return;
            worker.postMessage({ id, type: "part", items: first.slice(i, i + ARG_SLICE) });
            await new Promise((ok) => setTimeout(ok, 0));
          }
          if (this.#pending.has(id)) worker.postMessage({ id, kind, args: [null, ...rest], sliced: true });
        })();
      } else {
        worker.postMessage({ id, kind, args, wasm: kind === "init" ? this.#wasm : undefined });
      }
    });
  }

  /** Runs `kind` ("compare", "diff", "segment") with `args` in the worker. */
  async run(kind, args, options = {}) {
    if (!this.#worker) this.#start();
    await this.ready;
    return this.#call(this.#worker, kind, args, options);
  }
}

/** The page's one engine. `base` is where worker.js and pkg/ live (this script's folder). */
export function engine(base = import.meta.url) {
  globalThis[KEY] ??= new Engine(base);
  return globalThis[KEY];
}

export { Engine };
