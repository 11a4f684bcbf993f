// Writes Mozilla's Readability (npm @mozilla/readability, pinned in package.json) into www/pkg as
// an ES module the page imports without a bundler (pkg/readability.js), with its types
// (pkg/readability.d.ts). The package is CommonJS; esbuild wraps it, and the licence notice the
// bundle would drop is kept as its banner.
//
//   node tools/readability.mjs [www/pkg]
import { build } from "esbuild";
import { copyFileSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const out = process.argv[2] ?? "www/pkg";
const require = createRequire(import.meta.url);
const dir = dirname(require.resolve("@mozilla/readability/package.json"));
const { version, license } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));

await build({
  stdin: {
    contents: `export { Readability, isProbablyReaderable } from "@mozilla/readability";`,
    resolveDir: dir,
  },
  bundle: true,
  format: "esm",
  target: "es2022",
  charset: "utf8",
  logLevel: "warning",
  outfile: join(out, "readability.js"),
  banner: {
    js: `// @mozilla/readability ${version}, Copyright (c) 2010 Arc90 Inc and Mozilla; licensed under the\n// ${license} licence (http://www.apache.org/licenses/LICENSE-2.0). Written by tools/readability.mjs.`,
  },
});
copyFileSync(join(dir, "index.d.ts"), join(out, "readability.d.ts"));
