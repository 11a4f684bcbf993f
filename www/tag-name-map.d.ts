// The element's tag and events for TypeScript: `document.querySelector("article-compare")` is an
// ArticleCompareElement, and its events carry typed details.
import type { ArticleCompareElement } from "./article-compare.js";

interface ArticleCompareEvents {
  "article-compare:progress": CustomEvent<{ phase: string; articles?: number }>;
  "article-compare:ready": CustomEvent<{ report: Record<string, any>; ms: number }>;
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
