// @ts-check
// The coverage table as CSV, written as the command line writes it (--format csv; see
// src/bin/article-compare/render/table.rs): UTF-8 with a byte-order mark (spreadsheets read curly
// quotes and CJK right), CRLF line ends, quotes only where needed, and every cell a spreadsheet
// would run as a formula (starting with =, +, -, @, a tab or a carriage return) prefixed with
// ', as OWASP's "CSV Injection" page recommends, header cells included.

const BOM = "\uFEFF";

/** A cell no spreadsheet runs as a formula. @param {string} cell */
export const guard = (cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** A guarded cell, quoted when it holds a comma, a quote or a line end. @param {unknown} value */
export function csvCell(value) {
  const cell = guard(String(value));
  return /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** @param {unknown[][]} rows */
export const csv = (rows) => BOM + rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";

/** The coverage table: one row per statement (clusters, then sentences only one article has),
 *  with the sentence numbers each article carries it as.
 *  @param {import("../engine/report-index.js").Report} report */
export function coverageCsv(report) {
  const names = report.articles.map((a) => a.name);
  /** @type {unknown[][]} */
  const rows = [["statement", "sources", ...names]];
  for (const c of report.clusters) {
    const [a, s] = c.members[0];
    const cells = names.map((_, k) =>
      c.members
        .filter((m) => m[0] === k)
        .map((m) => m[1] + 1)
        .join(" "),
    );
    rows.push([report.articles[a].sentences[s].text, c.sources.length, ...cells]);
  }
  report.unique.forEach((sentences, k) => {
    for (const s of sentences) rows.push([report.articles[k].sentences[s].text, 1, ...names.map((_, j) => (j === k ? String(s + 1) : ""))]);
  });
  return csv(rows);
}

/** "article-compare-coverage-2025-05-14.csv": the kind of export and the local date.
 *  @param {string} kind @param {string} ext @param {Date} [date] */
export function exportName(kind, ext, date = new Date()) {
  const pad = (/** @type {number} */ n) => String(n).padStart(2, "0");
  return `article-compare-${kind}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${ext}`;
}
