// The report file's script (src/bin/article-compare/report/viewer.js) is bundled from www/ and
// included in the command line when it is built: it must be the bundle of today's www/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { bundleViewer, VIEWER } from "../../tools/report-viewer.mjs";

test("the report viewer the command line includes is the bundle of today's www/", async () => {
  const fresh = await bundleViewer();
  assert.ok(fresh.includes("article-compare-data"), "the bundle reads the file's data");
  assert.ok(
    readFileSync(VIEWER, "utf8") === fresh,
    "src/bin/article-compare/report/viewer.js is stale: run `node tools/report-viewer.mjs` and rebuild the command line",
  );
});
