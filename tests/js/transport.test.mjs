// The message transport (www/engine/transport.js) and the engine client and worker that use it:
// values cut into parts and put back equal what was sent, through a structured clone as
// postMessage makes; and a comparison through the real worker module, over a MessageChannel,
// equals the wasm module's own report.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MessageChannel } from "node:worker_threads";
import { readFileSync } from "node:fs";
import { articles, manyArticles, wasm, wasmBytes } from "./fixtures.mjs";
import { Assembler, split, weight } from "../../www/engine/transport.js";
import { buildIndex, lazyLists } from "../../www/engine/report-index.js";

const report = wasm.compare(articles, {});

/** Sends `value` in parts through a structured clone, and puts it back. */
function roundTrip(value, budget, weigh) {
  const { parts, rest } = split(value, budget, weigh);
  const assembler = new Assembler();
  for (const { key, items } of parts) assembler.add(structuredClone({ id: 7, type: "part", key, items }));
  return { parts, value: assembler.take(7, structuredClone(rest)) };
}

test("a report cut by weight is put back whole, its parts in order and about the budget", () => {
  const budget = 200;
  const { parts, value } = roundTrip(report, budget, weight);
  assert.deepEqual(value, report);
  assert.deepEqual(Object.keys(value), Object.keys(report));
  assert.ok(parts.length > 5, `${parts.length} parts`);
  for (const key of new Set(parts.map((p) => p.key))) {
    const weights = parts.filter((p) => p.key === key).map((p) => weight(p.items) - 1);
    // Every part but the last reaches the budget, by less than its last item.
    weights.slice(0, -1).forEach((w) => assert.ok(w >= budget && w < budget + Math.max(...report[key].map(weight)), `${key}: ${w}`));
  }
  const light = Object.entries(report).filter(([, v]) => !Array.isArray(v) || weight(v) - 1 <= budget);
  for (const [key] of light) assert.ok(!parts.some((p) => p.key === key), `${key} is light and travels whole`);
});

test("a call's long list of articles goes 50 to a message; the options travel whole", () => {
  const args = [manyArticles(120), { matchThreshold: 0.6 }];
  const { parts, value } = roundTrip(args, 50);
  assert.deepEqual(
    parts.map((p) => [p.key, p.items.length]),
    [
      ["0", 50],
      ["0", 50],
      ["0", 20],
    ],
  );
  assert.deepEqual(value, args);
  assert.deepEqual(split(articles, 50).parts, [], "five articles go in the call itself");
});

test("an index's typed arrays survive the transfer; the lazy lists made from them equal the report's", () => {
  const { index, buffers } = buildIndex(report);
  const light = { ...report, matches: [], containment: [] };
  const { port1, port2 } = new MessageChannel();
  const received = new Promise((ok) => port2.once("message", ok));
  port1.postMessage({ result: light, index }, buffers);
  return received.then(({ result, index: arrived }) => {
    port1.close();
    assert.equal(index.at.byteLength, 0, "transferred, not copied");
    assert.ok(arrived.at instanceof Int32Array && arrived.score instanceof Float32Array);
    lazyLists(result, arrived);
    assert.deepEqual(result.matches, report.matches);
    assert.deepEqual(result.containment, report.containment);
  });
});

test("a comparison through the worker (sliced both ways, texts restored) equals the wasm module's own report", async () => {
  const { port1, port2 } = new MessageChannel();
  let parts = 0;
  // The worker module answers on `self`: here one end of a channel.
  globalThis.self = port2;
  await import("../../www/engine/worker.js");
  const { Engine } = await import("../../www/engine/client.js");
  const worker = {
    postMessage: (message, transfer) => port1.postMessage(message, transfer),
    terminate: () => port1.close(),
    set onmessage(handler) {
      port1.onmessage = (event) => {
        if (event.data.type === "part") parts++;
        handler(event);
      };
    },
    onerror: null,
  };
  const engine = new Engine("file:///", () => worker);
  engine.useWasmBytes(wasmBytes);
  // The meaning model as the single file hands it over (Node's fetch reads no file: URL).
  engine.useModelBytes(new Uint8Array(readFileSync(new URL("../../www/pkg/embed.bin", import.meta.url))));
  // Enough sentences that the articles of the report weigh more than one message carries.
  const many = manyArticles(300, 6000);
  const progress = [];
  try {
    const viaWorker = await engine.run("compare", [many, {}], { onprogress: (p) => progress.push(p) });
    const direct = wasm.compare(many, {});
    assert.deepEqual(Object.keys(viaWorker), Object.keys(direct));
    const differing = Object.keys(direct).filter((k) => JSON.stringify(viaWorker[k]) !== JSON.stringify(direct[k]));
    assert.deepEqual(differing, []);
    assert.ok(parts > 0, "the report came in parts");
    // The model may still be loading when the call arrives; it never fails to load here. Then
    // the engine's phases, each from 0 to its total, forwarded by the worker.
    const phases = progress.map((p) => p.phase).filter((p, i, all) => p !== "loading the meaning model" && p !== all[i - 1]);
    assert.deepEqual(phases, ["comparing", "segmenting", "embedding", "indexing", "matching", "findings"]);
    const engineProgress = progress.filter((p) => p.total !== undefined);
    for (const phase of phases.slice(1)) {
      const of = engineProgress.filter((p) => p.phase === phase);
      assert.equal(of[0].done, 0, phase);
      assert.ok(
        of.every((p, i) => p.done <= p.total && (i === 0 || p.done >= of[i - 1].done)),
        phase,
      );
      assert.equal(of.at(-1).done, of.at(-1).total, `${phase} ends at its total`);
    }
    assert.equal(engineProgress.find((p) => p.phase === "segmenting").total, many.length);
    // The worker passes on no more than the engine reports (it throttles between phases' ends).
    let reported = 0;
    wasm.compareSpans(many, {}, () => reported++);
    assert.ok(engineProgress.length <= reported && reported > 0, `${engineProgress.length} of ${reported}`);
    assert.ok(
      viaWorker.matches.some((m) => m.meaning_score !== null),
      "meaning was compared",
    );
    const first = viaWorker.articles[0].sentences[0];
    assert.equal(first.text, many[0].text.slice(first.start, first.end));
    const pair = await engine.run("diff", [many[0], many[1], {}]);
    assert.deepEqual(pair, wasm.diff(many[0], many[1], {}));
    await assert.rejects(engine.run("compare", [[{ name: "a", text: "" }, many[1]], {}]), /empty/);
  } finally {
    port1.close();
    delete globalThis.self;
  }
});
