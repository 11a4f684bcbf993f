// What of the page has no DOM: its copy of the engine's limits, the CSV guard, export names.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as limits from "../../www/page/limits.js";
import { coverageCsv, csvCell, exportName, guard } from "../../www/page/csv.js";
import { articles, wasm } from "./fixtures.mjs";

test("the page's limits are the engine's (MAX_* in src/lib.rs)", () => {
  const lib = readFileSync("src/lib.rs", "utf8");
  for (const name of ["MAX_ARTICLE_BYTES", "MAX_TOTAL_BYTES", "MAX_ARTICLES"]) {
    const value = Number(lib.match(new RegExp(`pub const ${name}: usize = ([\\d_]+);`))[1].replace(/_/g, ""));
    assert.equal(limits[name], value, name);
  }
});

test("cells a spreadsheet would run start with a quote (the command line's cases)", () => {
  for (const [cell, want] of [
    ["=1+2", "'=1+2"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", '"\'\rx"'],
    ["a=b", "a=b"],
    ["", ""],
    ["'quoted", "'quoted"],
    ['say "hi", then', '"say ""hi"", then"'],
  ])
    assert.equal(csvCell(cell), want, JSON.stringify(cell));
  assert.equal(guard("\rx"), "'\rx");
});

test("the coverage CSV starts with a BOM and its header; the export name carries the date", () => {
  const csv = coverageCsv(wasm.compare(articles, {}));
  assert.ok(csv.startsWith("\uFEFFstatement,sources,000,001,002,003,004\r\n"));
  assert.equal(exportName("coverage", "csv", new Date(2025, 4, 9)), "article-compare-coverage-2025-05-09.csv");
});
