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
  /** The article numbers of `articles` in the file, or null when any is not one of them.
   *  @param {{ text: string }[]} articles */
  const numbers = (articles) => {
    const found = articles.map((a) => texts.indexOf(a.text));
    return found.includes(-1) ? null : found;
  };
  let sent = false;

  /** @param {any} call */
  const answer = (call) => {
    const { id, kind } = call;
    if (kind === "init") return { reply: { id, ok: true, result: { version: data.version } } };
    if (kind === "compare") {
      const asked = numbers(call.args[0]);
      if (!asked || asked.length !== texts.length || asked.some((n, i) => n !== i)) {
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
      // The client gives each sentence its text from the articles it sent; the first answer
      // may hand over the file's report itself, a later one (a re-render) needs a copy.
      const report = sent ? structuredClone(data.report) : data.report;
      sent = true;
      const { index } = packReport(report);
      return { reply: { id, ok: true, result: report, index } };
    }
    if (kind === "diff") {
      const pair = numbers([call.args[0], call.args[1]]);
      const found = pair && data.diffs.find((d) => d.a === pair[0] && d.b === pair[1]);
      if (found) return { reply: { id, ok: true, result: structuredClone(found.diff) } };
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
