// A property run of the wasm API (www/pkg, from `make build`) with arbitrary texts and option
// objects: no call traps (a trap would kill the page's worker), every failure is an Error with a
// message, and every report's spans lie inside its texts. Seeded: a failure prints its seed.
//   WASM_CASES=20000 node --test tests/js/wasm-properties.test.mjs   (make soak)
import { test } from "node:test";
import assert from "node:assert/strict";
import { articles as fixtures, wasm } from "./fixtures.mjs";

const CASES = Number(process.env.WASM_CASES ?? 300);
const SEED = Number(process.env.WASM_SEED ?? 20250514);

/** mulberry32: small, seeded, good enough to pick cases. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  " ",
  ".",
  "!",
  "?",
  "…",
  "\n",
  "\n\n",
  "\r\n",
  "\t",
  '"',
  "“",
  "”",
  "'",
  "«",
  "»",
  "(",
  ")",
  "Mr.",
  "U.S.",
  "e.g.",
  "3.5",
  "2,000",
  "59",
  "-",
  "—",
  "@",
  "=",
  "#",
  "https://example.com/a?b=c.",
  "Dr. Smith",
  "é",
  "中文。",
  "한국어.",
  "مرحبا.",
  "שלום.",
  "😀",
  "👩🏽‍⚕️",
  "\u0301",
  "\u200b",
  "\u00a0",
  "\ufeff",
  "\ud800",
  "\udc00",
  "\0",
  "\u2028",
  "A",
  "word",
];

/** An arbitrary text: pieces of real articles and of the table above, in any order. */
function text(rand) {
  const n = Math.floor(rand() ** 2 * 60);
  let out = "";
  for (let i = 0; i < n; i++) {
    if (rand() < 0.3) {
      const f = fixtures[Math.floor(rand() * fixtures.length)].text;
      const at = Math.floor(rand() * f.length);
      out += f.slice(at, at + Math.floor(rand() * 300));
    } else if (rand() < 0.05) {
      out += String.fromCharCode(Math.floor(rand() * 0x10000));
    } else out += PIECES[Math.floor(rand() * PIECES.length)];
  }
  return out;
}

const KEYS = [
  "matchThreshold",
  "nearIdentical",
  "repeatThreshold",
  "minWords",
  "maxCandidates",
  "maxPostings",
  "maxWordTokens",
  "maxMatches",
  "includeFurniture",
  "unknownOption",
  "match_threshold",
  "__proto__",
  "constructor",
];
const VALUES = [0, 1, 0.5, -1, 2, 1e9, -0, 0.85, 3, 64, NaN, Infinity, true, false, null, "0.5", "", [], {}, [1], 2 ** 53, 1e-9];

/** An arbitrary options value: usually an object of known and unknown keys, sometimes not one. */
function options(rand) {
  const r = rand();
  if (r < 0.15) return undefined;
  if (r < 0.2) return [null, 5, "x", [], true][Math.floor(rand() * 5)];
  if (r < 0.6) {
    // Valid: thresholds in [0, 1], budgets from 1 up.
    const o = {};
    if (rand() < 0.5) o.matchThreshold = rand();
    if (rand() < 0.3) o.repeatThreshold = rand();
    if (rand() < 0.3) o.minWords = Math.floor(rand() * 6);
    if (rand() < 0.3) o.maxCandidates = 1 + Math.floor(rand() * 100);
    if (rand() < 0.2) o.maxMatches = 1 + Math.floor(rand() * 50);
    if (rand() < 0.2) o.maxWordTokens = 1 + Math.floor(rand() * 50);
    if (rand() < 0.3) o.includeFurniture = rand() < 0.5;
    return o;
  }
  const o = {};
  const n = Math.floor(rand() * 4);
  for (let i = 0; i < n; i++) o[KEYS[Math.floor(rand() * KEYS.length)]] = VALUES[Math.floor(rand() * VALUES.length)];
  return o;
}

/** An arbitrary article list: mostly well formed, sometimes not. */
function articleList(rand) {
  const r = rand();
  if (r < 0.05) return [null, "x", 5, {}, [{ name: 1, text: 2 }]][Math.floor(rand() * 5)];
  const n = rand() < 0.1 ? Math.floor(rand() * 2) : 2 + Math.floor(rand() * 5);
  return Array.from({ length: n }, (_, i) => {
    const k = rand();
    if (k < 0.05) return { text: text(rand) };
    if (k < 0.08) return { name: `x${i}`, text: 42 };
    return { name: rand() < 0.1 ? text(rand) : `article ${i}`, text: text(rand) };
  });
}

/** Calls `f`; a result or an Error with a message pass, a trap or a non-Error throw fails. */
function call(what, f, seed) {
  try {
    return f();
  } catch (e) {
    assert.ok(!(e instanceof WebAssembly.RuntimeError), `${what} trapped (seed ${seed}): ${e}`);
    assert.ok(e instanceof Error, `${what} threw a non-Error (seed ${seed}): ${e}`);
    assert.ok(e.message.length > 0 && !/unreachable|panicked|RuntimeError/.test(e.message), `${what} (seed ${seed}): ${e.message}`);
    messages.set(
      e.message.replace(/\d+(\.\d+)?/g, "N").slice(0, 70),
      (messages.get(e.message.replace(/\d+(\.\d+)?/g, "N").slice(0, 70)) ?? 0) + 1,
    );
    return null;
  }
}
/** The errors seen, by message with numbers taken out (printed: a reader checks they are clear). */
const messages = new Map();

/** Every sentence span lies in its text, in order. */
function spansInside(article, text, seed) {
  let last = 0;
  for (const s of article.sentences) {
    assert.ok(s.start >= last && s.start <= s.end && s.end <= text.length, `span ${s.start}..${s.end} of ${text.length} (seed ${seed})`);
    last = s.end;
  }
}

test(`${CASES} arbitrary calls of segment, compare, compareSpans and diff: no trap, every failure a clear Error`, () => {
  let ok = 0;
  let failed = 0;
  for (let k = 0; k < CASES; k++) {
    const seed = SEED + k;
    const rand = random(seed);
    const opts = options(rand);
    const list = articleList(rand);
    const which = Math.floor(rand() * 4);
    if (which === 0) {
      const t = text(rand);
      const r = call("segment", () => wasm.segment(t, opts), seed);
      if (r) spansInside(r, t, seed);
      r ? ok++ : failed++;
    } else if (which === 1 || which === 2) {
      const f = which === 1 ? wasm.compare : wasm.compareSpans;
      const r = call(which === 1 ? "compare" : "compareSpans", () => f(list, opts), seed);
      if (r) r.articles.forEach((a, i) => spansInside(a, list[i].text, seed));
      r ? ok++ : failed++;
    } else {
      const a = rand() < 0.5 ? text(rand) : { name: "a", text: text(rand) };
      const b = rand() < 0.5 ? text(rand) : { name: "b", text: text(rand) };
      const r = call("diff", () => wasm.diff(a, b, opts), seed);
      r ? ok++ : failed++;
    }
  }
  // The engine still answers after the run (a trap would have left the instance unusable).
  assert.equal(wasm.compare(fixtures, {}).articles.length, 5);
  console.log(`# ${CASES} cases: ${ok} reports, ${failed} clear errors`);
  const common = [...messages].sort((a, b) => b[1] - a[1]).slice(0, 8);
  for (const [m, n] of common) console.log(`#   ${n} × ${m}`);
});
