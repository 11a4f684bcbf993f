// A small static server for the demo and the end-to-end tests: `node tools/serve.mjs [--port N]
// [--root DIR] [--quiet]`. It serves files only (no directory listing), with the right type for
// .wasm; pages named strict*.html get the strict Content-Security-Policy the element must work
// under; every response allows cross-origin use (what a host serving article-compare.js to other
// sites needs: see the README).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ts": "text/plain; charset=utf-8",
};

/** Starts a server on `port` (0 picks a free one) serving `root`; resolves to the server. With
 *  `strict`, every page gets the strict policy (a built app's index.html, in the tests). */
export function serve({ root, port = 8000, host = "127.0.0.1", quiet = true, strict = false }) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://x");
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error("not a file");
      const body = await readFile(file);
      const headers = {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Cache-Control": "no-cache",
        "Access-Control-Allow-Origin": "*",
        "Cross-Origin-Resource-Policy": "cross-origin",
      };
      if (/\/strict[^/]*\.html$/.test(file) || (strict && extname(file) === ".html")) headers["Content-Security-Policy"] = STRICT_CSP;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    }
    if (!quiet) console.log(`${req.method} ${path}`);
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg("--port", "8000"));
  const root = arg("--root", "www");
  const server = await serve({ root, port, host: arg("--host", "127.0.0.1"), quiet: process.argv.includes("--quiet") });
  console.log(`article-compare demo: http://localhost:${server.address().port}/  (Ctrl-C to stop)`);
}
