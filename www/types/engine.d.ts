// The types of "article-compare/engine": the page's one engine, a Web Worker running the wasm.
import type { ArticleInput } from "./article-compare.js";
import type { ArticleReport, DiffReport, Options, Report } from "../pkg/article_compare.js";

/** A message of progress from the worker: `{ phase, done, total }` for the engine's phases. */
export interface EngineProgress {
  phase: string;
  done?: number;
  total?: number;
  message?: string;
}

export interface RunOptions {
  signal?: AbortSignal;
  onprogress?: (progress: EngineProgress) => void;
}

/** Where the page's one engine is kept (shared by every copy of the module). */
export declare const KEY: unique symbol;

export declare class Engine {
  constructor(base: string | URL, makeWorker?: (base: string | URL) => Worker);
  /** Called with a message when the worker died and was replaced. */
  onrestart: ((reason: string) => void) | null;
  /** Hands the wasm bytes to every worker this engine starts. */
  useWasmBytes(bytes: Uint8Array): void;
  /** Hands the meaning model's bytes (embed.bin) to every worker this engine starts. */
  useModelBytes(bytes: Uint8Array): void;
  run(kind: "compare", args: [ArticleInput[], Options?], options?: RunOptions): Promise<Report>;
  run(kind: "diff", args: [ArticleInput, ArticleInput, Options?], options?: RunOptions): Promise<DiffReport>;
  run(kind: "segment", args: [string, Options?], options?: RunOptions): Promise<ArticleReport>;
}

/** The page's one engine; `base` is where worker.js lives. */
export declare function engine(base?: string | URL): Engine;
