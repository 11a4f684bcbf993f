// @ts-check
// The engine client: one per page, however many elements or copies of this script there are.
// It runs the wasm engine in a Web Worker (worker.js) so the page never freezes, can cancel a
// running call (by ending the worker), and starts a fresh worker when one dies, saying why.
import { lazyLists } from "./report-index.js";
import { Assembler, split } from "./transport.js";

/** Where the page's one engine is kept: shared by every copy of this module (a page may load the
 *  element's script twice, or from two URLs). */
export const KEY = Symbol.for("article-compare.engine");
/** Articles per message when a call sends many (copying 1,000 at once took 37 ms). */
const ARG_SLICE = 50;

/** @typedef {{ postMessage(message: unknown, transfer?: Transferable[]): void, terminate(): void,
 *    onmessage: ((event: MessageEvent) => void) | null, onerror: ((event: any) => void) | null }} WorkerLike */
/** @typedef {{ signal?: AbortSignal, onprogress?: (progress: import("./transport.js").Progress) => void }} RunOptions */
/** @typedef {{ resolve: (value: any) => void, reject: (error: unknown) => void, onprogress?: RunOptions["onprogress"],
 *    texts: string[] | null, kind: string, restored?: boolean }} Pending */

/** The engine's worker, worker.js beside `base`. Beside this module and on the page's origin, it
 *  is started with the literal `new Worker(new URL("./worker.js", import.meta.url))`, the one
 *  form bundlers (Vite, webpack, Rollup, esbuild) recognize and bundle with the wasm and the
 *  model it loads. From another origin, through a same-origin trampoline: a worker must be
 *  same-origin, and a module worker from a blob may import a CORS-enabled script.
 *  @param {string | URL} base */
function startWorker(base) {
  const url = new URL("./worker.js", base);
  if (url.origin === location.origin && String(base) === import.meta.url) {
    return new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  }
  if (url.origin === location.origin) return new Worker(url, { type: "module" });
  const source = `import ${JSON.stringify(url.href)};`;
  return new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })), { type: "module" });
}

/** Gives the sentences of a compare report's articles (`first` is the index of the first of
 *  them) their text from the articles' texts: the worker's compare fills none (compareTyped),
 *  and slicing here makes no copy where sending the text made 5 MB of them.
 *  @param {any[]} articles
 *  @param {string[]} texts
 *  @param {number} first */
function restoreTexts(articles, texts, first) {
  articles.forEach((a, i) => {
    for (const s of a.sentences) s.text = texts[first + i].slice(s.start, s.end);
  });
}

export class Engine {
  #base;
  #makeWorker;
  /** @type {WorkerLike | null} */
  #worker = null;
  #next = 1;
  /** @type {Map<number, Pending>} */
  #pending = new Map();
  /** The slices of replies in flight. */
  #incoming = new Assembler();
  /** @type {Uint8Array | null} */
  #wasm = null;
  /** @type {Uint8Array | null} */
  #model = null;
  /** Called with (message) when the worker died and was replaced.
   *  @type {((reason: string) => void) | null} */
  onrestart = null;
  /** @type {Promise<unknown> | undefined} */
  ready;

  /** @param {string | URL} base where worker.js is
   *  @param {(base: string | URL) => WorkerLike} [makeWorker] */
  constructor(base, makeWorker) {
    this.#base = base;
    this.#makeWorker = makeWorker ?? startWorker;
  }

  /** Hands the wasm bytes to every worker this engine starts (the single-file page).
   *  @param {Uint8Array} bytes */
  useWasmBytes(bytes) {
    this.#wasm = bytes;
  }

  /** Hands the meaning model's bytes (embed.bin) to every worker this engine starts (the
   *  single-file page); otherwise each worker fetches it beside the wasm module.
   *  @param {Uint8Array} bytes */
  useModelBytes(bytes) {
    this.#model = bytes;
  }

  #start() {
    const worker = this.#makeWorker(this.#base);
    worker.onmessage = (event) => this.#receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.#restart(`the engine's worker failed (${event.message || "it may have run out of memory"}); it was restarted`);
    };
    this.#worker = worker;
    this.ready = this.#call(worker, "init", [], {});
  }

  /** @param {import("./transport.js").Part | import("./transport.js").Progress | import("./transport.js").Reply} msg */
  #receive(msg) {
    const call = this.#pending.get(msg.id);
    if (!call) return;
    if ("type" in msg && msg.type === "progress") {
      call.onprogress?.(msg);
      return;
    }
    if ("type" in msg && msg.type === "part") {
      // Each slice is put in place, and its sentences given their text, in its own task.
      const first = this.#incoming.add(msg);
      if (msg.key === "articles" && call.texts) {
        restoreTexts(msg.items, call.texts, first);
        call.restored = true;
      }
      return;
    }
    const reply = /** @type {import("./transport.js").Reply} */ (msg);
    this.#pending.delete(reply.id);
    if (reply.ok) {
      const result = this.#incoming.take(reply.id, reply.result);
      // The lookup index built beside a report travels with it, out of sight of JSON.
      if (reply.index) {
        Object.defineProperty(result, "index", { value: reply.index, enumerable: false });
        lazyLists(result, reply.index);
      }
      if (call.kind === "compare" && call.texts && !call.restored) restoreTexts(result.articles, call.texts, 0);
      call.resolve(result);
    } else if (reply.ok === false) {
      this.#incoming.drop(reply.id);
      if (reply.fatal) this.#restart(`the engine stopped (${reply.error}); it was restarted`);
      call.reject(Object.assign(new Error(reply.error), { fatal: !!reply.fatal }));
    }
  }

  /** @param {string} reason */
  #restart(reason) {
    const old = this.#worker;
    this.#worker = null;
    old?.terminate();
    const error = Object.assign(new Error(reason), { fatal: true });
    for (const [id, call] of this.#pending) {
      this.#incoming.drop(id);
      call.reject(error);
    }
    this.#pending.clear();
    this.onrestart?.(reason);
  }

  /** @param {WorkerLike} worker
   *  @param {string} kind
   *  @param {unknown[]} args
   *  @param {RunOptions} options */
  #call(worker, kind, args, { signal, onprogress }) {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new DOMException("cancelled", "AbortError"));
      const texts = kind === "compare" ? /** @type {{ text: string }[]} */ (args[0]).map((a) => a.text) : null;
      this.#pending.set(id, { resolve, reject, onprogress, texts, kind });
      signal?.addEventListener("abort", () => {
        if (!this.#pending.has(id)) return;
        this.#pending.delete(id);
        this.#incoming.drop(id);
        // A running wasm call cannot be interrupted: end the worker; the next call starts another.
        this.#restart("cancelled");
        reject(new DOMException("cancelled", "AbortError"));
      });
      const { parts, rest } = split(args, ARG_SLICE);
      if (!parts.length) {
        worker.postMessage({
          id,
          kind,
          args,
          wasm: kind === "init" ? this.#wasm : undefined,
          model: kind === "init" ? this.#model : undefined,
        });
        return;
      }
      // A long list of articles goes in slices, each copied (postMessage copies synchronously)
      // in a short task of its own.
      (async () => {
        for (const { key, items } of parts) {
          if (!this.#pending.has(id)) return;
          worker.postMessage({ id, type: "part", key, items });
          await new Promise((ok) => setTimeout(ok, 0));
        }
        if (this.#pending.has(id)) worker.postMessage({ id, kind, args: rest });
      })();
    });
  }

  /** Runs `kind` ("compare", "diff", "segment") with `args` in the worker.
   *  @param {string} kind
   *  @param {unknown[]} args
   *  @param {RunOptions} [options] */
  async run(kind, args, options = {}) {
    if (!this.#worker) this.#start();
    await this.ready;
    return this.#call(/** @type {WorkerLike} */ (this.#worker), kind, args, options);
  }
}

/** The page's one engine. `base` is where worker.js lives (this script's folder).
 *  @param {string | URL} [base]
 *  @returns {Engine} */
export function engine(base = import.meta.url) {
  const global = /** @type {any} */ (globalThis);
  global[KEY] ??= new Engine(base);
  return global[KEY];
}
