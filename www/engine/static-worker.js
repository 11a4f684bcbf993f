// @ts-check
// The engine's worker for a report file written by `article-compare report`: the comparison and
// the pair alignments were computed by the command line and written into the file, so there is
// no wasm here; this stand-in answers the element's calls (transport.js) from them. A call for
// texts the file does not hold is answered with an error that says so.
import { packReport } from "./report-index.js";
import { Assembler } from "./transport.js";

/** What a report file holds. `report` is the compare report, its sentences as UTF-16 spans of
 *  `articles`' texts; `diffs` the pair alignments written, by the pair's article numbers.
 *  @typedef {{ version: string, articles: { name: string, text: string }[], options?: unknown,
 *    report: import("./report-index.js").Report, diffs: { a: number, b: number, diff: any }[],
 *    pairs: number }} ReportData */

/** A WorkerLike (client.js) answering from `data`.
 *  @param {ReportData} data
 *  @returns {import("./client.js").WorkerLike} */
export function staticWorker(data) {
  const incoming = new Assembler();
  const texts = data.articles.map((a) => a.text);
  /** Whether `articles` are the file's articles, in order (two may be one text: wire copy).
   *  @param {{ text: string }[]} articles */
  const same = (articles) => articles.length === texts.length && articles.every((a, i) => a.text === texts[i]);

  /** @param {any} call */
  const answer = (call) => {
    const { id, kind } = call;
    if (kind === "init") return { reply: { id, ok: true, result: { version: data.version } } };
    if (kind === "compare") {
      if (!same(call.args[0])) {
        return {
          reply: fail(id, "this report file holds one comparison: open the articles in the article-compare page to compare others"),
        };
      }
      if (JSON.stringify(call.args[1] ?? {}) !== JSON.stringify(data.options ?? {})) {
        return {
          reply: fail(
            id,
            "this report file was written with other options: run `article-compare report` with those options (see --help) to see this",
          ),
        };
      }
      // A copy: packing empties its lists, and the client writes texts into it.
      const report = structuredClone(data.report);
      const { index } = packReport(report);
      return { reply: { id, ok: true, result: report, index } };
    }
    if (kind === "diff") {
      // By text: articles printed twice word for word have one alignment, whichever is asked.
      const [a, b] = [call.args[0].text, call.args[1].text];
      const found = data.diffs.find((d) => texts[d.a] === a && texts[d.b] === b);
      if (found) {
        const result = structuredClone(found.diff);
        [result.a.name, result.b.name] = [call.args[0].name, call.args[1].name];
        return { reply: { id, ok: true, result } };
      }
      return {
        reply: fail(
          id,
          `the alignment of these two articles is not in this report file (it holds ${data.diffs.length / 2} of ${data.pairs} pairs); ` +
            "`article-compare diff A B` shows it, and `article-compare report --max-pairs` writes more",
        ),
      };
    }
    return { reply: fail(id, `a report file cannot ${kind}`) };
  };

  /** @type {import("./client.js").WorkerLike} */
  const worker = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      const msg = /** @type {any} */ (message);
      if (msg.type === "part") {
        incoming.add(msg);
        return;
      }
      const call = { ...msg, args: incoming.take(msg.id, msg.args) };
      const { reply } = answer(call);
      // Asynchronous, as a worker's answer is: the caller has registered the call by then.
      setTimeout(() => worker.onmessage?.(/** @type {MessageEvent} */ ({ data: reply })), 0);
    },
    terminate() {},
  };
  return worker;
}

/** @param {number} id @param {string} error */
function fail(id, error) {
  return { id, ok: false, error, fatal: false };
}
