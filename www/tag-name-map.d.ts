// The element's tag and events for TypeScript: `document.querySelector("article-compare")` is an
// ArticleCompareElement, and its events carry typed details.
import type { ArticleCompareElement } from "./types/article-compare.js";
import type { Report } from "./pkg/article_compare.js";

/** The detail of an `article-compare:progress` event. */
export type ArticleCompareProgress =
  | { phase: "comparing"; articles: number }
  | { phase: "segmenting" | "embedding" | "indexing" | "matching" | "findings"; done: number; total: number }
  | { phase: string; message?: string };

interface ArticleCompareEvents {
  /** First `{ phase: "comparing", articles }`; then the engine's phases (`segmenting`,
   *  `embedding`, `indexing`, `matching`, `findings`), each from `done: 0` to `done: total`;
   *  `{ phase: "loading the meaning model" }` or `{ phase: "warning", message }` between. */
  "article-compare:progress": CustomEvent<ArticleCompareProgress>;
  "article-compare:ready": CustomEvent<{ report: Report; ms: number }>;
  "article-compare:error": CustomEvent<{ message: string; fatal: boolean }>;
  "article-compare:select": CustomEvent<{
    article: number;
    sentence: number;
    text: string;
    places: { loc: [number, number]; score: number | null; kind: string }[];
  }>;
  "article-compare:view": CustomEvent<{ view: string }>;
}

declare global {
  interface HTMLElementTagNameMap {
    "article-compare": ArticleCompareElement;
  }
  interface HTMLElementEventMap extends ArticleCompareEvents {}
}
