// @ts-check
// Lookups over a report as typed arrays: built in the worker and transferred to the page without
// copying, so that indexing a large report costs the page's main thread nothing. Sentences are
// numbered across articles: id = base[article] + sentence. The matches and the two matrices
// travel the same way (as objects, hundreds of thousands of matches and two million numbers were
// most of what the page had to receive and keep on 1,000 articles: bench/RESULTS.md).

/** The compare report (schema/report.schema.json; the TypeScript types are in
 *  www/pkg/article_compare.d.ts after `make build`). Typed loosely here: this module reads a few
 *  fields and must not restate the shape.
 *  @typedef {Record<string, any>} Report */
/** `[article, sentence]`. @typedef {[number, number]} Loc */
/** Another place a sentence appears. `kind` is a match grade, "repeat" or "same cluster".
 *  @typedef {{ loc: Loc, score: number | null, kind: string }} Place */
/**
 * @typedef {object} Index
 * @property {Int32Array} base sentence ids: base[article] + sentence; base[n] is the total
 * @property {Int32Array} start matches of sentence x: matchAt[start[x] .. start[x + 1])
 * @property {Int32Array} matchAt
 * @property {Int32Array} repeatOf the repeat group of each sentence, or -1
 * @property {Int32Array} clusterOf the cluster of each sentence, or -1
 * @property {Int32Array} at per match: a article, a sentence, b article, b sentence
 * @property {Float32Array} score per match
 * @property {Float32Array} wordScore per match, its `word_score` (NaN if the report has none)
 * @property {Float32Array} meaningScore per match, its `meaning_score` (NaN for null)
 * @property {Uint8Array} grade per match, an index in GRADES
 * @property {Uint8Array} fields whether there is `similarity`, then the matches' keys (MATCH_KEYS)
 * @property {Float32Array} containment n × n, row by row
 * @property {Float32Array} similarity n × n, row by row; empty if the report has no `similarity`
 */
/** The matches as the engine's `compareTyped` gives them: per match `at` holds [a article,
 *  a sentence, b article, b sentence], `grade` an index in GRADES.
 *  @typedef {Pick<Index, "at" | "score" | "wordScore" | "meaningScore" | "grade">} MatchArrays */
// Scores and matrices are kept as the engine computes them, in 32 bits (Float32Array): a list
// made back from them gives each value the shortest decimal that reads back as it (`decimal`),
// which is how the engine's JSON writes it.

/** The grades in the order of the engine's `Grade`, as `compareTyped` codes them. */
const GRADES = ["identical", "near_identical", "rewritten", "paraphrase"];
/** The keys a match may have, coded in `fields` in the order the report's matches list them:
 *  reports of engines before issue #12 have no `word_score` nor `meaning_score`, and the lists
 *  made back from the index must equal the report's own, key for key and in order (a test
 *  compares them as JSON). */
const MATCH_KEYS = ["a", "b", "score", "word_score", "meaning_score", "grade"];
/** The keys of the engine's matches, in its order. */
const ENGINE_KEYS = ["a", "b", "score", "grade", "word_score", "meaning_score"];
/** `fields[0]`: whether the report has `similarity`; `fields[1..]`: the match keys, coded. */
const HAS_SIMILARITY = 1;

/** Readies a compare report to cross to the page: the matches and the article matrices go in
 *  the index (typed arrays, transferred); the page makes lists of them only if something reads
 *  them. Empty lists keep the keys' places. A report file's stand-in for the engine's worker
 *  (static-worker.js) sends reports this way; the worker itself has them as typed arrays
 *  already (`packTyped`).
 *  @param {Report} report
 *  @returns {{ index: Index, buffers: ArrayBuffer[] }} */
export function packReport(report) {
  const packed = buildIndex(report);
  report.matches = [];
  report.containment = [];
  if (Array.isArray(report.similarity)) report.similarity = [];
  return packed;
}

/** The index of what the engine's `compareTyped` returns: `report` (with empty matches and
 *  matrices), its matches as typed arrays and its two matrices, row by row.
 *  @param {{ report: Report, matches: MatchArrays, containment: Float32Array, similarity: Float32Array }} typed
 *  @returns {{ index: Index, buffers: ArrayBuffer[] }} */
export function packTyped({ report, matches, containment, similarity }) {
  const keys = ENGINE_KEYS.map((k) => MATCH_KEYS.indexOf(k));
  return indexWith(report, matches, Uint8Array.of(HAS_SIMILARITY, ...keys), containment, similarity);
}

/** The lookup arrays of `report`; `buffers` lists what postMessage can transfer. The matches are
 *  in `at` ([a article, a sentence, b article, b sentence] per match), `score` and `grade` (an
 *  index in GRADES); the containment matrix in `containment`, row by row.
 *  @param {Report} report
 *  @returns {{ index: Index, buffers: ArrayBuffer[] }} */
export function buildIndex(report) {
  const n = report.articles.length;
  const count = report.matches.length;
  const at = new Int32Array(4 * count);
  const score = new Float32Array(count);
  const wordScore = new Float32Array(count).fill(NaN);
  const meaningScore = new Float32Array(count).fill(NaN);
  const grade = new Uint8Array(count);
  const hasSimilarity = Array.isArray(report.similarity);
  const keys = report.matches.length ? Object.keys(report.matches[0]) : MATCH_KEYS.filter((k) => !k.endsWith("_score") || k === "score");
  report.matches.forEach((/** @type {any} */ m, /** @type {number} */ k) => {
    at.set([m.a[0], m.a[1], m.b[0], m.b[1]], 4 * k);
    score[k] = m.score;
    grade[k] = GRADES.indexOf(m.grade);
    wordScore[k] = m.word_score ?? NaN;
    meaningScore[k] = m.meaning_score ?? NaN;
  });
  const containment = new Float32Array(n * n);
  report.containment.forEach((/** @type {number[]} */ row, /** @type {number} */ i) => containment.set(row, i * n));
  const similarity = new Float32Array(hasSimilarity ? n * n : 0);
  if (hasSimilarity) report.similarity.forEach((/** @type {number[]} */ row, /** @type {number} */ i) => similarity.set(row, i * n));
  const fields = Uint8Array.of(hasSimilarity ? HAS_SIMILARITY : 0, ...keys.map((k) => MATCH_KEYS.indexOf(k)).filter((c) => c >= 0));
  return indexWith(report, { at, score, wordScore, meaningScore, grade }, fields, containment, similarity);
}

/** The index of `report` with its matches and matrices given as typed arrays.
 *  @param {Report} report
 *  @param {MatchArrays} matches
 *  @param {Uint8Array} fields
 *  @param {Float32Array} containment
 *  @param {Float32Array} similarity
 *  @returns {{ index: Index, buffers: ArrayBuffer[] }} */
function indexWith(report, { at, score, wordScore, meaningScore, grade }, fields, containment, similarity) {
  const n = report.articles.length;
  const base = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) base[i + 1] = base[i] + report.articles[i].sentences.length;
  const total = base[n];
  const count = score.length;
  // Matches as adjacency lists in one array (CSR): matchAt[start[x] .. start[x + 1]).
  const start = new Int32Array(total + 1);
  for (let k = 0; k < count; k++) {
    start[base[at[4 * k]] + at[4 * k + 1] + 1]++;
    start[base[at[4 * k + 2]] + at[4 * k + 3] + 1]++;
  }
  for (let x = 0; x < total; x++) start[x + 1] += start[x];
  const matchAt = new Int32Array(start[total]);
  const fill = start.slice(0, total);
  for (let k = 0; k < count; k++) {
    matchAt[fill[base[at[4 * k]] + at[4 * k + 1]]++] = k;
    matchAt[fill[base[at[4 * k + 2]] + at[4 * k + 3]]++] = k;
  }
  const repeatOf = new Int32Array(total).fill(-1);
  report.repeats.forEach((/** @type {any} */ g, /** @type {number} */ k) => {
    for (const s of g.sentences) repeatOf[base[g.article] + s] = k;
  });
  const clusterOf = new Int32Array(total).fill(-1);
  report.clusters.forEach((/** @type {any} */ c, /** @type {number} */ k) => {
    for (const m of c.members) clusterOf[base[m[0]] + m[1]] = k;
  });
  /** @type {Index} */
  const index = { base, start, matchAt, repeatOf, clusterOf, at, score, wordScore, meaningScore, grade, fields, containment, similarity };
  return { index, buffers: Object.values(index).map((a) => /** @type {ArrayBuffer} */ (a.buffer)) };
}

/** The shortest decimal that reads back as the 32-bit float `v`: the number the engine's JSON
 *  writes for it (zmij's digits, as serde_json writes them: the closest of the shortest, a tie
 *  to the even digit, where `toPrecision` rounds a tie away from zero).
 *  @param {number} v */
export function decimal(v) {
  if (!Number.isFinite(v) || Number.isInteger(v)) return v;
  for (let p = 1; p < 10; p++) {
    const d = Number(v.toPrecision(p));
    if (Math.fround(d) !== v) continue;
    const [mantissa, exponent] = Math.abs(v).toExponential(40).split("e");
    const digits = mantissa.replace(".", "");
    const tie = digits[p] === "5" && /^0*$/.test(digits.slice(p + 1));
    if (tie && Number(digits[p - 1]) % 2 === 0) {
      const down = Math.sign(v) * Number(`${digits[0]}.${digits.slice(1, p)}e${exponent}`);
      if (Math.fround(down) === v) return down;
    }
    return d;
  }
  return v;
}

/** @typedef {{ a: Loc, b: Loc, score: number, word_score?: number, meaning_score?: number | null, grade: string }} Match */

/** Match `k` of an index as the report lists it: its keys, in the report's order.
 *  @param {Pick<Index, "at" | "score" | "wordScore" | "meaningScore" | "grade" | "fields">} index
 *  @param {number} k
 *  @returns {Match} */
export function matchOf({ at, score, wordScore, meaningScore, grade, fields }, k) {
  /** @type {Record<string, unknown>} */
  const m = {};
  for (let f = 1; f < fields.length; f++) {
    const key = MATCH_KEYS[fields[f]];
    if (key === "a") m.a = [at[4 * k], at[4 * k + 1]];
    else if (key === "b") m.b = [at[4 * k + 2], at[4 * k + 3]];
    else if (key === "score") m.score = decimal(score[k]);
    else if (key === "word_score") m.word_score = decimal(wordScore[k]);
    else if (key === "meaning_score") m.meaning_score = Number.isNaN(meaningScore[k]) ? null : decimal(meaningScore[k]);
    else m.grade = GRADES[grade[k]];
  }
  return /** @type {Match} */ (m);
}

/** Gives `report`, which came without its matches, containment and similarity (empty lists in their place),
 *  lists made from `index` when they are first read, then kept: the page itself reads the index.
 *  @param {Report} report
 *  @param {Index} index */
export function lazyLists(report, index) {
  const n = index.base.length - 1;
  lazy(report, "matches", () => Array.from(index.score, (_, k) => matchOf(index, k)));
  /** @param {Float32Array} m */
  const rows = (m) => Array.from({ length: n }, (_, i) => Array.from(m.subarray(i * n, (i + 1) * n), decimal));
  lazy(report, "containment", () => rows(index.containment));
  if (index.fields[0] & HAS_SIMILARITY) lazy(report, "similarity", () => rows(index.similarity));
}

/** `object[key]` made by `make()` when first read, or whatever is first written to it.
 *  @param {object} object
 *  @param {string} key
 *  @param {() => unknown} make */
function lazy(object, key, make) {
  const settle = (/** @type {unknown} */ value) =>
    Object.defineProperty(object, key, { value, writable: true, configurable: true, enumerable: true });
  Object.defineProperty(object, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = make();
      settle(value);
      return value;
    },
    set: settle,
  });
}

/** What the views look up in a report: the typed arrays the worker built, or built here for a
 *  report that came without them (one set through a property, say). */
export class ReportIndex {
  /** @param {Report} report */
  constructor(report) {
    this.report = report;
    /** @type {Index} */
    const index = report.index ?? buildIndex(report).index;
    this.base = index.base;
    this.start = index.start;
    this.matchAt = index.matchAt;
    this.repeatOf = index.repeatOf;
    this.clusterOf = index.clusterOf;
    this.at = index.at;
    this.score = index.score;
    this.wordScore = index.wordScore;
    this.meaningScore = index.meaningScore;
    this.grade = index.grade;
    this.fields = index.fields;
    this.containment = index.containment;
    /** Shared content (issue #12), or null for a report without `similarity`. */
    this.similarity = index.fields[0] & HAS_SIMILARITY ? index.similarity : null;
    /** The repeat groups and the repeated passages of each article.
     *  @type {any[][]} */
    this.repeatsIn = report.articles.map(() => []);
    for (const g of report.repeats) this.repeatsIn[g.article].push(g);
    /** @type {any[][]} */
    this.passagesIn = report.articles.map(() => []);
    for (const p of report.passages) this.passagesIn[p.article].push(p);
    /** Per article: its sentences, how many another article shares, how many only it has, how
     *  many it repeats.
     *  @type {{ sentences: number, shared: number, unique: number, repeated: number }[]} */
    this.counts = report.articles.map((/** @type {any} */ a, /** @type {number} */ i) => {
      const unique = report.unique[i].length;
      let repeated = 0;
      for (let x = this.base[i]; x < this.base[i + 1]; x++) repeated += this.repeatOf[x] >= 0 ? 1 : 0;
      return { sentences: a.sentences.length, shared: a.sentences.length - unique, unique, repeated };
    });
  }

  /** The number of a sentence across articles. @param {Loc} loc */
  id([a, s]) {
    return this.base[a] + s;
  }

  /** The sentence at `loc`, or undefined. @param {Loc} loc */
  sentence([a, s]) {
    return this.report.articles[a]?.sentences[s];
  }

  /** @param {Loc} loc */
  isRepeated(loc) {
    return this.repeatOf[this.id(loc)] >= 0;
  }

  /** The matches between a sentence of article `i` and one of article `j`, as `{ a, b, k }`
   *  (`a` in i, `b` in j, `k` the match), by `a` then `b`.
   *  @param {number} i @param {number} j
   *  @returns {{ a: number, b: number, k: number }[]} */
  between(i, j) {
    const out = [];
    for (let x = this.base[i]; x < this.base[i + 1]; x++) {
      for (let t = this.start[x]; t < this.start[x + 1]; t++) {
        const k = this.matchAt[t];
        const at = this.at;
        if (at[4 * k] === i && at[4 * k + 2] === j) out.push({ a: at[4 * k + 1], b: at[4 * k + 3], k });
        else if (at[4 * k + 2] === i && at[4 * k] === j) out.push({ a: at[4 * k + 3], b: at[4 * k + 1], k });
      }
    }
    return out.sort((p, q) => p.a - q.a || p.b - q.b);
  }

  /** The grade of match `k` ("identical", …, "paraphrase"). @param {number} k */
  gradeOf(k) {
    return GRADES[this.grade[k]];
  }

  /** Every other place a sentence appears: repeats in its article, matches in others, and the
   *  rest of its cluster; the closest first.
   *  @param {Loc} loc
   *  @returns {Place[]} */
  places(loc) {
    const [a, s] = loc;
    const x = this.id(loc);
    /** @type {Place[]} */
    const out = [];
    const g = this.report.repeats[this.repeatOf[x]];
    if (g) for (const t of g.sentences) if (t !== s) out.push({ loc: [a, t], score: g.score, kind: "repeat" });
    for (let k = this.start[x]; k < this.start[x + 1]; k++) {
      const m = matchOf(this, this.matchAt[k]);
      const other = m.a[0] === a && m.a[1] === s ? m.b : m.a;
      out.push({ loc: other, score: m.score, kind: m.grade });
    }
    const c = this.clusterOf[x];
    if (c >= 0) {
      const seen = new Set(out.map((p) => this.id(p.loc)));
      for (const m of this.report.clusters[c].members) {
        const y = this.id(m);
        if (y !== x && !seen.has(y)) out.push({ loc: m, score: null, kind: "same cluster" });
      }
    }
    return out.sort((p, q) => (q.score ?? 0) - (p.score ?? 0));
  }
}
