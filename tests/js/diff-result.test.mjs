// The diff export's result, which crosses the wasm boundary as numbers (src/flat.rs) and is
// rebuilt into objects in JavaScript: deep-equal to the report the native engine writes as JSON
// (`article-compare diff --json`, built by `make build`) with its offsets turned into UTF-16,
// on real pairs: the five articles two by two, and articles made from their sentences (which
// repeat and move them), with words alone and with the meaning model.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { articles, manyArticles, wasm } from "./fixtures.mjs";

const dir = mkdtempSync(join(tmpdir(), "diff-result-"));

/** The UTF-16 offset of every UTF-8 offset of `text` that starts a character. */
function utf16Of(text) {
  const at = new Map([[0, 0]]);
  let bytes = 0;
  let units = 0;
  for (const c of text) {
    const cp = c.codePointAt(0);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    units += c.length;
    at.set(bytes, units);
  }
  return (b) => {
    assert.ok(at.has(b), `offset ${b} starts a character`);
    return at.get(b);
  };
}

/** The native report of `a` and `b`, its offsets in UTF-16 as the wasm module gives them. */
function native(a, b, semantic) {
  const files = [a, b].map((x) => {
    const path = join(dir, x.name);
    writeFileSync(path, x.text);
    return path;
  });
  const args = ["diff", "--json", ...(semantic ? [] : ["--no-semantic"]), ...files];
  const report = JSON.parse(execFileSync("target/release/article-compare", args, { maxBuffer: 1 << 28 }).toString());
  const [ua, ub] = [utf16Of(a.text), utf16Of(b.text)];
  report.offsets = "utf16";
  for (const [side, u, text] of [
    [report.a, ua, a.text],
    [report.b, ub, b.text],
  ]) {
    side.length = text.length;
    for (const s of side.sentences) [s.start, s.end] = [u(s.start), u(s.end)];
  }
  for (const op of report.ops)
    for (const w of op.words ?? []) {
      if (w.a) w.a = w.a.map(ua);
      if (w.b) w.b = w.b.map(ub);
    }
  return report;
}

const pairs = [];
for (let i = 0; i < articles.length; i++) for (let j = 0; j < articles.length; j++) if (i !== j) pairs.push([articles[i], articles[j]]);
const many = manyArticles(6, 6000);
for (let i = 0; i + 1 < many.length; i++) pairs.push([many[i], { ...many[i + 1], name: `${many[i + 1].name} (b)` }]);

test("diff's result equals the native report, words alone", () => {
  let edited = 0;
  for (const [a, b] of pairs) {
    const got = wasm.diff(a, b);
    assert.deepStrictEqual(got, native(a, b, false), `${a.name} vs ${b.name}`);
    edited += got.stats.edited;
  }
  assert.ok(edited > 20, `edited pairs: ${edited}`);
});

test("diff's result equals the native report with the meaning model, and from bare strings", () => {
  wasm.loadModel(new Uint8Array(readFileSync("www/pkg/embed.bin")));
  for (const [a, b] of pairs.slice(0, 8)) assert.deepStrictEqual(wasm.diff(a, b), native(a, b, true), `${a.name} vs ${b.name}`);
  const [a, b] = articles;
  const bare = wasm.diff(a.text, b.text);
  assert.deepStrictEqual(bare, { ...wasm.diff({ name: "a", text: a.text }, { name: "b", text: b.text }) });
  assert.equal(bare.a.name, "a");
});
