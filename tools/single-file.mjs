// Writes one self-contained HTML file (dist/article-compare.html) that works opened straight from
// disk (file://), with no server: the page's modules bundled (esbuild) into one inline module,
// the worker bundled into a classic script started from a Blob, and the wasm inlined as base64
// and handed to the worker.
//
//   node tools/single-file.mjs [www] [dist/article-compare.html]
import { build } from "esbuild";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const www = resolve(process.argv[2] ?? "www");
const out = process.argv[3] ?? "dist/article-compare.html";
const read = (/** @type {string} */ p) => readFileSync(join(www, p), "utf8");

/** @param {import("esbuild").BuildOptions} options */
async function bundle(options) {
  const result = await build({ bundle: true, write: false, charset: "utf8", logLevel: "warning", target: "es2022", ...options });
  return result.outputFiles[0].text;
}

// A classic worker: Chromium will not start a module worker from a blob on a file:// page. The
// glue's `import.meta.url` (its default wasm URL, unused here: the bytes are handed over) is the
// only module-only syntax in it.
const worker = await bundle({
  entryPoints: [join(www, "engine/worker.js")],
  format: "iife",
  define: { "import.meta.url": "self.location.href" },
});

// The single file has no URLs to load from: before anything else runs, the page's one engine is
// made with a worker from a Blob and the wasm from this page.
const engineSetup = `import { Engine, KEY } from "./engine/client.js";
const url = URL.createObjectURL(new Blob([${JSON.stringify(worker)}], { type: "text/javascript" }));
const bytes = Uint8Array.from(atob(document.getElementById("wasm").textContent.trim()), (c) => c.charCodeAt(0));
const single = new Engine(location.href, () => new Worker(url));
single.useWasmBytes(bytes);
single.useModelBytes(Uint8Array.from(atob(document.getElementById("model").textContent.trim()), (c) => c.charCodeAt(0)));
globalThis[KEY] = single;
`;
const main = await bundle({
  stdin: { contents: `import "single-file:engine";\nimport "./app.js";\n`, resolveDir: www, sourcefile: "single-file.js" },
  format: "esm",
  plugins: [
    {
      name: "single-file-engine",
      setup(b) {
        b.onResolve({ filter: /^single-file:engine$/ }, () => ({ path: "engine", namespace: "single-file" }));
        b.onLoad({ filter: /.*/, namespace: "single-file" }, () => ({ contents: engineSetup, resolveDir: www }));
      },
    },
  ],
});

const wasm = readFileSync(join(www, "pkg/article_compare_bg.wasm")).toString("base64");
const model = readFileSync(join(www, "pkg/embed.bin")).toString("base64");
const css = read("app.css");
const html = read("index.html")
  .replace(/\s*<link rel="icon"[^>]*>/, "")
  .replace(/<link rel="stylesheet" href="app.css">/, () => `<style>\n${css}</style>`)
  .replace(
    /<script type="module" src="app.js"><\/script>/,
    () =>
      `<script type="application/octet-stream" id="wasm">${wasm}</script>\n<script type="application/octet-stream" id="model">${model}</script>\n<script type="module">\n${main.replace(/<\/script/g, "<\\/script")}\n</script>`,
  )
  .replace(/<a href="embed.html">embed it in your site<\/a>/, "a single file that works offline");
if (!html.includes('id="wasm"')) throw new Error("single-file: index.html has no <script src=app.js> to replace");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`wrote ${out} (${(html.length / 1e6).toFixed(2)} MB)`);
