// Writes one self-contained HTML file (dist/article-compare.html) that works opened straight from
// disk (file://), with no server: the page's modules concatenated into one inline module, the
// worker built from a Blob, and the wasm inlined as base64 and handed to the worker.
//
//   node tools/single-file.mjs [www] [dist/article-compare.html]
//
// The page's own modules are written so that this stays a text transformation: imports at the
// top, `export` only as a prefix, no cycles.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const www = process.argv[2] ?? "www";
const out = process.argv[3] ?? "dist/article-compare.html";
const read = (p) => readFileSync(join(www, p), "utf8");

/** A module's code with its import lines removed and `export` prefixes dropped. */
function unmodule(code) {
  return code
    .split("\n")
    .filter((line) => !/^import\s/.test(line) && !/^export\s*\{[^}]*\};?\s*$/.test(line))
    .join("\n")
    .replace(/^export default /m, "const __default = ")
    .replace(/^export (async function|function|class|const|let)/gm, "$1");
}

/** The glue imports each wasm-bindgen snippet (`inline_js` in src/wasm.rs) as a namespace,
 *  `import * as importN from "./snippets/…"`: inlined as an object of the snippet's exports. */
function inlineSnippets(code) {
  return code.replace(/^import \* as (\w+) from "\.\/(snippets\/[^"]+)";?$/gm, (_, name, path) => {
    const snippet = read(join("pkg", path));
    const names = [...snippet.matchAll(/^export (?:async function|function|class|const|let) (\w+)/gm)].map((m) => m[1]);
    return `const ${name} = (() => {\n${unmodule(snippet)}\nreturn { ${names.join(", ")} };\n})();`;
  });
}

const glue = unmodule(inlineSnippets(read("pkg/article_compare.js")));
if (/^import\s/m.test(glue) || !/return \{ withTexts \}/.test(glue)) throw new Error("single-file: the glue's snippet import was not inlined");
// A classic worker: Chromium will not start a module worker from a blob on a file:// page. The
// glue's one `import.meta.url` (its default wasm URL, unused here: the bytes are handed over)
// is the only module-only syntax left.
const workerCode = `${glue.replace(/import\.meta\.url/g, "self.location.href")}\nconst init = __wbg_init;\n${unmodule(read("report-index.js"))}\n${unmodule(read("worker.js"))}`;
const wasm = readFileSync(join(www, "pkg/article_compare_bg.wasm")).toString("base64");
const defaults = unmodule(read("pkg/default-articles.js")).replace("const __default = ", "const defaults = ");

const main = [
  unmodule(read("engine.js")),
  unmodule(read("report-index.js")),
  `// The single file has no URLs to load from: the worker comes from a Blob, the wasm from this page.
{
  const source = ${JSON.stringify(workerCode)};
  const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  const bytes = Uint8Array.from(atob(document.getElementById("wasm").textContent.trim()), (c) => c.charCodeAt(0));
  const single = new Engine(location.href, () => new Worker(url));
  single.useWasmBytes(bytes);
  globalThis[KEY] = single;
}`,
  unmodule(read("article-compare.js")),
  defaults,
  unmodule(read("app.js")),
].join("\n;\n");

let html = read("index.html");
const css = read("app.css");
html = html
  .replace(/\s*<link rel="icon"[^>]*>/, "")
  .replace(/<link rel="stylesheet" href="app.css">/, () => `<style>\n${css}</style>`)
  .replace(/<script type="module" src="app.js"><\/script>/, () => `<script type="application/octet-stream" id="wasm">${wasm}</script>\n<script type="module">\n${main.replace(/<\/script/g, "<\\/script")}\n</script>`)
  .replace(/<a href="embed.html">embed it in your site<\/a>/, "a single file that works offline");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`wrote ${out} (${(html.length / 1e6).toFixed(2)} MB)`);
