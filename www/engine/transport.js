// @ts-check
// The messages between the page and the engine's worker, and how a large value crosses in
// slices. postMessage copies synchronously, and the receiving side reads each message in a task
// of its own: a value sent whole (1,000 articles one way, the report of them the other) was one
// long task on the page. Both directions split the same way, here.
//
//   page → worker   { id, kind, args, wasm? }            a call ("init" first)
//   worker → page   { id, type: "progress", phase, done?, total? }   (done of total: the engine's phases)
//   both ways       { id, type: "part", key, items }     a slice of list `key`, before its call/reply
//   worker → page   { id, ok: true, result, index?, ms } | { id, ok: false, error, fatal }

/** @typedef {{ id: number, type: "part", key: string, items: unknown[] }} Part */
/** @typedef {{ id: number, kind: string, args: unknown[], wasm?: Uint8Array, model?: Uint8Array }} Call */
/** @typedef {{ id: number, type: "progress", phase: string, done?: number, total?: number, message?: string }} Progress */
/** @typedef {{ id: number, ok: true, result: any, index?: import("./report-index.js").Index, ms?: number }
 *    | { id: number, ok: false, error: string, fatal: boolean }} Reply */

/** The fields of `value` (an object, or an array by position) whose lists weigh more than
 *  `budget`, cut into consecutive slices of about `budget` each, and `value` with those lists
 *  left empty: send the parts first, then the rest, and `Assembler` puts them back.
 *  @template {object} T
 *  @param {T} value
 *  @param {number} budget
 *  @param {(item: unknown) => number} [weigh] what an item costs to read (1 each by default)
 *  @returns {{ parts: { key: string, items: unknown[] }[], rest: T }} */
export function split(value, budget, weigh = () => 1) {
  /** @type {{ key: string, items: unknown[] }[]} */
  const parts = [];
  const rest = /** @type {T} */ (Array.isArray(value) ? [...value] : { .../** @type {any} */ (value) });
  for (const [key, list] of Object.entries(value)) {
    if (!Array.isArray(list)) continue;
    const weights = list.map(weigh);
    if (weights.reduce((a, b) => a + b, 0) <= budget) continue;
    let from = 0;
    let w = 0;
    for (let i = 0; i < list.length; i++) {
      w += weights[i];
      if (w >= budget || i === list.length - 1) {
        parts.push({ key, items: list.slice(from, i + 1) });
        from = i + 1;
        w = 0;
      }
    }
    /** @type {any} */ (rest)[key] = [];
  }
  return { parts, rest };
}

/** How many values `value` holds, all the way down: what reading it costs the page. Counted in
 *  the worker, where the time costs the page nothing (a count by list length alone weighed a
 *  finding with hundreds of mentions as one, and 2.6 MB of findings arrived in one 54 ms task).
 *  @param {unknown} value
 *  @returns {number} */
export function weight(value) {
  let w = 1;
  if (Array.isArray(value)) for (const item of value) w += weight(item);
  else if (value !== null && typeof value === "object") for (const k in value) w += weight(/** @type {any} */ (value)[k]);
  return w;
}

/** Collects the parts of values in flight, by call id, until the message they belong to comes. */
export class Assembler {
  /** @type {Map<number, Record<string, unknown[]>>} */
  #lists = new Map();

  /** Keeps a part; returns where its items start in their list (for work done slice by slice).
   *  @param {Part} part */
  add({ id, key, items }) {
    let lists = this.#lists.get(id);
    if (!lists) this.#lists.set(id, (lists = {}));
    const list = (lists[key] ??= []);
    const offset = list.length;
    for (const item of items) list.push(item);
    return offset;
  }

  /** Whether any part of call `id` came. @param {number} id */
  has(id) {
    return this.#lists.has(id);
  }

  /** `rest` with the lists of call `id` put back in place; forgets them.
   *  @template {object} T
   *  @param {number} id
   *  @param {T} rest
   *  @returns {T} */
  take(id, rest) {
    const lists = this.#lists.get(id);
    this.#lists.delete(id);
    return lists ? Object.assign(rest, lists) : rest;
  }

  /** Forgets the parts of call `id` (it was cancelled). @param {number} id */
  drop(id) {
    this.#lists.delete(id);
  }
}
