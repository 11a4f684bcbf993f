// The side-by-side benchmark, the same code in Node and in Chromium: article-compare (wasm)
// against jsdiff's two-step sentence + word diff and diff-match-patch with semantic cleanup, on
// the same inputs (bench/data, written by `cargo bench --bench data`), in the same process.
// Every output is checked before it is timed: each diff must rebuild both of its inputs.

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs for a case of `bytes`: many for small inputs, one for the slow peers on large ones. */
export function runsFor(bytes) {
  if (bytes <= 20_000) return 21;
  if (bytes <= 200_000) return 9;
  if (bytes <= 2_000_000) return 5;
  return 3;
}

/**
 * Median milliseconds of `fn` over `runs` runs; fewer when one run takes longer than `slowMs`.
 * Warmed up first, every contender alike, for a second: JavaScript is compiled when it runs
 * hot, and so is wasm (V8 starts it on a baseline compiler and recompiles hot functions with the
 * optimizing one in the background: measured on the five articles, compare took 4-13 ms per call
 * over the first 30 calls and 2.6 ms after; a warm-up of 100 calls, 0.3 s, still left it at 4 ms
 * in a long run). A first run over a second is counted.
 */
function time(fn, runs, slowMs = 5_000) {
  const times = [];
  const start = performance.now();
  fn();
  const first = performance.now() - start;
  if (first > 1_000) times.push(first);
  else for (let n = 1; n < 2_000 && performance.now() - start < 1_000; n++) fn();
  while (times.length < runs && !(times[times.length - 1] > slowMs)) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

function assert(ok, what) {
  if (!ok) throw new Error(`benchmark check failed: ${what}`);
}

/** The text rebuilt from sentences (by index, in op order) and the whitespace between them. */
function rebuild(text, sentences, indexes) {
  let out = "";
  let pos = 0;
  for (const i of indexes) {
    const s = sentences[i];
    out += text.slice(pos, s.start) + text.slice(s.start, s.end);
    pos = s.end;
  }
  return out + text.slice(pos);
}

export function checkArticleCompare(d, a, b) {
  const old = d.ops.filter((o) => o.a !== null && o.a !== undefined).map((o) => o.a);
  const neu = d.ops.filter((o) => o.b !== null && o.b !== undefined).map((o) => o.b);
  assert(rebuild(a, d.a.sentences, old) === a, "article-compare's old side rebuilds A");
  assert(rebuild(b, d.b.sentences, neu) === b, "article-compare's new side rebuilds B");
  for (const op of d.ops) {
    if (!op.words) continue;
    const wa = op.words.filter((w) => w.a).map((w) => a.slice(w.a[0], w.a[1])).join("");
    const wb = op.words.filter((w) => w.b).map((w) => b.slice(w.b[0], w.b[1])).join("");
    if (op.a !== null && op.a !== undefined) assert(wa === d.a.sentences[op.a].text, "word changes rebuild the old sentence");
    assert(wb === d.b.sentences[op.b].text, "word changes rebuild the new sentence");
  }
}

/** jsdiff as a JS developer would use it: diffSentences, then diffWords on each replaced pair. */
export function jsdiffTwoStep(Diff, a, b) {
  const parts = Diff.diffSentences(a, b);
  const words = [];
  for (let i = 0; i + 1 < parts.length; i++) {
    if (parts[i].removed && parts[i + 1].added) words.push([parts[i].value, parts[i + 1].value, Diff.diffWords(parts[i].value, parts[i + 1].value)]);
  }
  return { parts, words };
}

export function checkJsdiff({ parts, words }, a, b) {
  assert(parts.filter((p) => !p.added).map((p) => p.value).join("") === a, "jsdiff rebuilds A");
  assert(parts.filter((p) => !p.removed).map((p) => p.value).join("") === b, "jsdiff rebuilds B");
  // diffWords treats whitespace as insignificant, and jsdiff 9 can even drop a space at a change
  // boundary (001 vs 004 rebuilds "agreement and" as "agreementand"): its word level is checked
  // with whitespace removed.
  const fold = (s) => s.replace(/\s+/g, "");
  for (const [old, neu, w] of words) {
    assert(fold(w.filter((p) => !p.added).map((p) => p.value).join("")) === fold(old), "jsdiff's word diff rebuilds the old sentence");
    assert(fold(w.filter((p) => !p.removed).map((p) => p.value).join("")) === fold(neu), "jsdiff's word diff rebuilds the new sentence");
  }
}

/** diff-match-patch: diff_main, then diff_cleanupSemantic, with no timeout. */
export function dmpDiff(DMP, a, b) {
  const dmp = new DMP();
  dmp.Diff_Timeout = 0;
  const diffs = dmp.diff_main(a, b);
  dmp.diff_cleanupSemantic(diffs);
  return diffs;
}

export function checkDmp(diffs, a, b) {
  assert(diffs.filter((d) => d[0] !== 1).map((d) => d[1]).join("") === a, "diff-match-patch rebuilds A");
  assert(diffs.filter((d) => d[0] !== -1).map((d) => d[1]).join("") === b, "diff-match-patch rebuilds B");
}

const bytesOf = (s) => (typeof TextEncoder === "undefined" ? s.length : new TextEncoder().encode(s).length);

/**
 * Runs every case: `ac` is the wasm module's exports (diff, compare, compareTyped, tokenizeAndHash,
 * loadModel; a compare is timed both as JSON with texts and as the page's worker has it, typed), `Diff`
 * jsdiff, `DMP` the diff-match-patch class. `skipPeersAbove` (bytes) leaves out the peers on
 * inputs where a single run takes minutes; the sets named in `meaningSets` are compared again with
 * the meaning model `model` loaded. Returns one row per case.
 */
export function run({ ac, Diff, DMP, pairs, sets, log = () => {}, skipPeersAbove = Infinity, model, meaningSets = [] }) {
  const rows = [];
  for (const { name, a, b } of pairs) {
    const bytes = bytesOf(a) + bytesOf(b);
    const runs = runsFor(bytes);
    const row = { kind: "diff", name, bytes };
    checkArticleCompare(ac.diff(a, b), a, b);
    row.ac = time(() => ac.diff(a, b), runs);
    row.floor = time(() => ac.tokenizeAndHash([a, b]), runs);
    if (bytes / 2 <= skipPeersAbove) {
      checkJsdiff(jsdiffTwoStep(Diff, a, b), a, b);
      row.jsdiff = time(() => jsdiffTwoStep(Diff, a, b), runs);
      checkDmp(dmpDiff(DMP, a, b), a, b);
      row.dmp = time(() => dmpDiff(DMP, a, b), runs);
    }
    log(row);
    rows.push(row);
  }
  for (const { name, articles } of sets) {
    const bytes = articles.reduce((n, x) => n + bytesOf(x.text), 0);
    const runs = runsFor(bytes);
    const report = ac.compare(articles);
    assert(report.articles.length === articles.length, "compare reports every article");
    const row = { kind: "compare", name, bytes, ac: time(() => ac.compare(articles), runs), floor: time(() => ac.tokenizeAndHash(articles.map((x) => x.text)), runs) };
    row.typed = time(() => ac.compareTyped(articles), runs);
    log(row);
    rows.push(row);
  }
  // Then with the meaning model loaded (`model`, the bytes of embed.bin): from here on every
  // compare of this module compares meaning too, so these rows come last.
  if (model && meaningSets.length) {
    ac.loadModel(model);
    for (const { name, articles } of sets.filter((s) => meaningSets.includes(s.name))) {
      const bytes = articles.reduce((n, x) => n + bytesOf(x.text), 0);
      assert(ac.compare(articles).articles.length === articles.length, "compare reports every article");
      const row = { kind: "compare", name: `${name}, with meaning`, bytes, ac: time(() => ac.compare(articles), runsFor(bytes)), floor: time(() => ac.tokenizeAndHash(articles.map((x) => x.text)), runsFor(bytes)) };
      row.typed = time(() => ac.compareTyped(articles), runsFor(bytes));
      log(row);
      rows.push(row);
    }
  }
  return rows;
}
