// The wasm builds named on a command line, for the scripts that run several side by side in
// one Node process (ab.mjs, floor-varied.mjs).
import { readFileSync } from "node:fs";

/**
 * Each DIR (a www/pkg from `make build`) imported and initialised, in order; a query string
 * keeps each build's module apart.
 * @param {string[]} dirs
 */
export async function loadBuilds(dirs) {
  const builds = [];
  for (const dir of dirs) {
    const m = await import(`${dir}/article_compare.js?${builds.length}`);
    m.initSync({ module: readFileSync(`${dir}/article_compare_bg.wasm`) });
    builds.push(m);
  }
  return builds;
}
