// The types of the npm package's main entry ("article-compare"): the element, its inputs and its
// report. Hand-written beside the JSDoc of article-compare.js; `make lint` (tsc -p www) fails when
// the element no longer matches them (types/check.js). The events and the tag are declared in
// tag-name-map.d.ts, which this file brings in.
import "../tag-name-map.js";
import type { Options, Report } from "../pkg/article_compare.js";

export type { ArticleCompareProgress } from "../tag-name-map.js";
export type { Options, Phase, Progress, Report, DiffReport, ArticleReport } from "../pkg/article_compare.js";

/** An article to compare. */
export interface ArticleInput {
  name: string;
  text: string;
}

/** The element's views. */
export type View = "overview" | "pair" | "coverage" | "differences" | "repeats";
export declare const VIEWS: readonly View[];

/** `<article-compare>`: compares the articles inside it (`<article data-source="…">`) or set as
 *  `articles`, in a Web Worker, and shows what they share, rewrite, repeat and leave out. */
export declare class ArticleCompareElement extends HTMLElement {
  static observedAttributes: string[];
  /** Registers the element as `tag` (default `article-compare`) in `registry`, unless taken. */
  static define(tag?: string, registry?: CustomElementRegistry): CustomElementConstructor;
  /** The articles compared; setting them starts a comparison. */
  get articles(): ArticleInput[];
  set articles(list: ArticleInput[]);
  /** The last report (UTF-16 offsets), or null. */
  get report(): Report | null;
  get view(): View;
  set view(v: View);
  /** The two articles of the Pair view. */
  get pair(): [number, number];
  set pair(p: [number, number]);
  /** Engine options (the `options` attribute, JSON). */
  get options(): Options;
  set options(o: Options);
  /** Compares now; resolves to the report, or null when cancelled or failed. */
  compare(): Promise<Report | null>;
  /** Stops a running comparison at once. */
  cancel(): void;
  /** Selects a sentence and lists every other place it appears. */
  select(article: number, sentence: number): void;
}

/** The text of an HTML document or fragment, paragraphs kept as blank lines. */
export declare function htmlToText(html: string): string;
/** The text of a DOM node, paragraphs kept as blank lines. */
export declare function nodeText(root: Node): string;
