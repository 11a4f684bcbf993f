// Lookups over a report as typed arrays: built in the worker and transferred to the page without
// copying, so that indexing a large report costs the page nothing (on 1,000 articles it took the
// main thread 91 ms). Sentences are numbered across articles: id = base[article] + sentence.
// The matches and the containment matrix travel the same way: 200,000 matches and a million
// numbers as objects were most of what the page had to receive and keep on 1,000 articles, and
// its garbage collector then held the main thread for 30-70 ms at a time.

const GRADES = ["identical", "near_identical", "rewritten"];

/** The lookup arrays of `report`; `buffers` lists what postMessage can transfer. The matches are
 *  in `at` ([a article, a sentence, b article, b sentence] per match), `score` and `grade` (an
 *  index in GRADES); the containment matrix in `containment`, row by row. */
export function buildIndex(report) {
  const n = report.articles.length;
  const base = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) base[i + 1] = base[i] + report.articles[i].sentences.length;
  const total = base[n];
  const count = report.matches.length;
  const at = new Int32Array(4 * count);
  const score = new Float64Array(count);
  const grade = new Uint8Array(count);
  report.matches.forEach((m, k) => {
    at.set([m.a[0], m.a[1], m.b[0], m.b[1]], 4 * k);
    score[k] = m.score;
    grade[k] = GRADES.indexOf(m.grade);
  });
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
  report.repeats.forEach((g, k) => {
    for (const s of g.sentences) repeatOf[base[g.article] + s] = k;
  });
  const clusterOf = new Int32Array(total).fill(-1);
  report.clusters.forEach((c, k) => {
    for (const m of c.members) clusterOf[base[m[0]] + m[1]] = k;
  });
  const containment = new Float64Array(n * n);
  report.containment.forEach((row, i) => containment.set(row, i * n));
  const index = { base, start, matchAt, repeatOf, clusterOf, at, score, grade, containment };
  return { index, buffers: Object.values(index).map((a) => a.buffer) };
}

/** Match `k` of an index as the report lists it. */
export function matchOf({ at, score, grade }, k) {
  return { a: [at[4 * k], at[4 * k + 1]], b: [at[4 * k + 2], at[4 * k + 3]], score: score[k], grade: GRADES[grade[k]] };
}

/** Gives `report`, which came without its matches and containment (empty lists in their place),
 *  lists made from `index` when they are first read, then kept: the page itself reads the index. */
export function lazyLists(report, index) {
  const n = index.base.length - 1;
  lazy(report, "matches", () => Array.from(index.score, (_, k) => matchOf(index, k)));
  lazy(report, "containment", () => Array.from({ length: n }, (_, i) => Array.from(index.containment.subarray(i * n, (i + 1) * n))));
}

/** `object[key]` made by `make()` when first read, or whatever is first written to it. */
function lazy(object, key, make) {
  const settle = (value) => Object.defineProperty(object, key, { value, writable: true, configurable: true, enumerable: true });
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
