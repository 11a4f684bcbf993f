// What a CMS developer writes: install the package, import it, use the element. Typed through the
// package's declarations (tsc checks this file in e2e/package.test.mjs).
import "article-compare";
import type { ArticleCompareProgress, Report } from "article-compare";

const el = document.querySelector("article-compare");
if (!el) throw new Error("no <article-compare> on the page");
const phases: string[] = [];
el.addEventListener("article-compare:progress", (event) => {
  const progress: ArticleCompareProgress = event.detail;
  phases.push(progress.phase);
});
el.addEventListener("article-compare:ready", (event) => {
  const report: Report = event.detail.report;
  document.body.dataset.compared = String(report.articles.length);
  document.body.dataset.phases = phases.join(",");
});
el.articles = [
  {
    name: "Wire",
    text: "Hamas still holds 59 hostages, Israeli officials said. At least 35 of them have died. The talks took place in Doha.",
  },
  {
    name: "Rewrite",
    text: "The talks took place in Doha. Israeli officials said Hamas holds 59 hostages, of whom at least 35 have died.",
  },
];
el.view = "pair";
