// @ts-check
// An order of the articles in which those that share most sit side by side, so that groups show
// as blocks in the heatmap: the leaves of an average-linkage clustering of the matrix, found with
// the nearest-neighbour chain (O(n²) time, one n × n copy). Written here, not taken from a
// package: the page loads its modules as they are, without a bundler, and this is 60 lines.

/** Orders, by matrix (the same array is the same matrix: each report's are made once). */
const cache = new WeakMap();

/** The articles 0 … n-1 in clustered order, from `values` (n × n, row by row, 0–1, not
 *  necessarily symmetric: a pair's two values are averaged).
 *  @param {Float32Array} values
 *  @param {number} n
 *  @returns {number[]} */
export function clusterOrder(values, n) {
  const known = cache.get(values);
  if (known) return known;
  const order = n < 3 ? Array.from({ length: n }, (_, i) => i) : chainOrder(values, n);
  cache.set(values, order);
  return order;
}

/** @param {Float32Array} values @param {number} n */
function chainOrder(values, n) {
  // Distances between clusters, kept in the slot of one of their members.
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) d[i * n + j] = 1 - (values[i * n + j] + values[j * n + i]) / 2;
  const size = new Float64Array(n).fill(1);
  const active = new Uint8Array(n).fill(1);
  /** @type {number[][]} */
  const leaves = Array.from({ length: n }, (_, i) => [i]);
  /** @type {number[]} */
  const chain = [];
  let left = n;
  while (left > 1) {
    if (!chain.length) chain.push(active.indexOf(1));
    const a = chain[chain.length - 1];
    const prev = chain.length > 1 ? chain[chain.length - 2] : -1;
    // The nearest active cluster; on a tie, the one before in the chain (which ends the walk).
    let best = prev;
    let bestD = prev >= 0 ? d[a * n + prev] : Infinity;
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === a || k === prev) continue;
      if (d[a * n + k] < bestD) [best, bestD] = [k, d[a * n + k]];
    }
    if (best !== prev) {
      chain.push(best);
      continue;
    }
    // a and prev are each other's nearest: merge prev into a (average linkage).
    chain.length -= 2;
    const [sa, sp] = [size[a], size[prev]];
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === a || k === prev) continue;
      const v = (sa * d[a * n + k] + sp * d[prev * n + k]) / (sa + sp);
      d[a * n + k] = v;
      d[k * n + a] = v;
    }
    size[a] = sa + sp;
    active[prev] = 0;
    leaves[a] = joined(leaves[prev], leaves[a], values, n);
    left--;
  }
  return leaves[active.indexOf(1)];
}

/** Two runs of leaves end to end, turned so that the two most alike of their ends meet.
 *  @param {number[]} p @param {number[]} q @param {Float32Array} values @param {number} n */
function joined(p, q, values, n) {
  const s = (/** @type {number} */ i, /** @type {number} */ j) => values[i * n + j] + values[j * n + i];
  const [p0, p1, q0, q1] = [p[0], p[p.length - 1], q[0], q[q.length - 1]];
  const ways = [
    [s(p1, q0), () => [...p, ...q]],
    [s(p1, q1), () => [...p, ...[...q].reverse()]],
    [s(p0, q0), () => [...[...p].reverse(), ...q]],
    [s(p0, q1), () => [...q, ...p]],
  ];
  let best = ways[0];
  for (const w of ways) if (/** @type {number} */ (w[0]) > /** @type {number} */ (best[0])) best = w;
  return /** @type {() => number[]} */ (best[1])();
}
