// The heatmap's order (www/views/order.js): articles that share most end up side by side, so
// that groups show as blocks; every article once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { clusterOrder } from "../../www/views/order.js";

/** An n × n matrix where articles of the same group (group[i]) share `inside`, others `outside`. */
function grouped(group, inside = 0.6, outside = 0.05) {
  const n = group.length;
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) m[i * n + j] = i === j ? 1 : group[i] === group[j] ? inside : outside;
  return m;
}

test("groups of similar articles come out as contiguous blocks, every article once", () => {
  // Four groups, interleaved in the input, with some noise on the values.
  const group = Array.from({ length: 37 }, (_, i) => (i * 7) % 4);
  const m = grouped(group);
  let seed = 1;
  for (let k = 0; k < m.length; k++) m[k] = Math.min(1, m[k] + ((seed = (seed * 48271) % 2147483647) / 2147483647) * 0.04);
  const order = clusterOrder(m, group.length);
  assert.deepEqual(
    [...order].sort((a, b) => a - b),
    group.map((_, i) => i),
  );
  const runs = order.filter((x, k) => k === 0 || group[x] !== group[order[k - 1]]).length;
  assert.equal(runs, 4, `groups along the order: ${order.map((x) => group[x]).join("")}`);
  assert.equal(clusterOrder(m, group.length), order, "made once per matrix");
});

test("an asymmetric matrix (containment) is ordered by the mean of each pair; tiny sets keep their order", () => {
  const n = 6;
  const m = new Float64Array(n * n);
  // 0, 2 and 4 carry much of each other one way only; 1, 3 and 5 share little.
  for (const [i, j] of [
    [0, 2],
    [2, 4],
    [4, 0],
  ])
    m[i * n + j] = 0.9;
  const order = clusterOrder(m, n);
  const at = (x) => order.indexOf(x);
  const block = [at(0), at(2), at(4)].sort((a, b) => a - b);
  assert.equal(block[2] - block[0], 2, `0, 2, 4 side by side in ${order}`);
  assert.deepEqual(clusterOrder(new Float64Array(4), 2), [0, 1]);
});
