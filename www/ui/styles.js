// @ts-check
// The element's styles: one constructed stylesheet, shared by every <article-compare> on the page.
// A constructed stylesheet is not inline style, so it works under `style-src 'self'`. Theme
// variables sit on :host (see the README's Theming); classes carry the `ac-` prefix where they
// mark words (ins, del, mark).

const CSS = `
:host {
  --ac-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --ac-fg: #1d232b; --ac-bg: #ffffff; --ac-muted: #5d6875; --ac-border: #d5dbe1;
  --ac-panel: #f5f7f9; --ac-accent: #1f6feb; --ac-focus: #1f6feb;
  --ac-ins-bg: #d6f5dd; --ac-ins-fg: #0b5a1e; --ac-del-bg: #fbd9d9; --ac-del-fg: #8a1111;
  --ac-moved: #8250df; --ac-repeat: #b35900; --ac-heat: 31, 111, 235; --ac-paraphrase: #0a7d6b;
  /* The element is the container its narrow layouts (a phone, a side column) ask about. */
  container-type: inline-size;
  display: block; font: 15px/1.5 var(--ac-font); color: var(--ac-fg); background: var(--ac-bg);
}
@media (prefers-color-scheme: dark) {
  :host {
    --ac-fg: #e4e8ec; --ac-bg: #15191e; --ac-muted: #9aa5b1; --ac-border: #333b44;
    --ac-panel: #1d232a; --ac-accent: #58a6ff; --ac-focus: #58a6ff;
    --ac-ins-bg: #12361d; --ac-ins-fg: #8ee6a4; --ac-del-bg: #451a1a; --ac-del-fg: #ffb4b4;
    --ac-moved: #c297ff; --ac-repeat: #f0a35e; --ac-heat: 88, 166, 255; --ac-paraphrase: #4fd1b5;
  }
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
button, select { font: inherit; color: inherit; }
.tabs { display: flex; gap: .25rem; border-bottom: 1px solid var(--ac-border); margin-bottom: .75rem; overflow-x: auto; scrollbar-width: thin; }
.tab { flex: none; white-space: nowrap; background: none; border: 0; border-bottom: 3px solid transparent; padding: .45rem .8rem; cursor: pointer; color: var(--ac-muted); }
.summary { border: 1px solid var(--ac-border); border-radius: 6px; padding: .45rem .8rem; margin: 0 0 .75rem; background: var(--ac-panel); }
.summary ul { margin: 0; padding-left: 1.1rem; }
.summary li { margin: .2rem 0; overflow-wrap: anywhere; }
.summary .src { display: inline-block; max-width: 14rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; vertical-align: bottom; }
.summary .k { color: var(--ac-muted); white-space: nowrap; font-variant-numeric: tabular-nums; }
button.link { font: inherit; background: none; border: 0; padding: 0; color: var(--ac-accent); text-decoration: underline; cursor: pointer; }
.tab[aria-selected="true"] { color: var(--ac-fg); border-bottom-color: var(--ac-accent); font-weight: 600; }
:focus-visible { outline: 2px solid var(--ac-focus); outline-offset: 2px; }
.status { display: flex; align-items: center; gap: .6rem; min-height: 1.8rem; color: var(--ac-muted); font-size: .9em; }
.status[data-state="error"] { color: var(--ac-del-fg); }
.status progress { width: 8rem; }
/* The phase continues the sentence before it ("Comparing 600 articles: matching sentences"). */
.status .phase { margin-inline-start: -.6rem; }
.status button { padding: .1rem .6rem; border: 1px solid var(--ac-border); background: var(--ac-panel); border-radius: 4px; cursor: pointer; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; }
.layout.with-places { grid-template-columns: minmax(0, 1fr) minmax(14rem, 22rem); }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--ac-border); padding: .35rem .5rem; vertical-align: top; text-align: left; }
td { overflow-wrap: anywhere; }
/* A row's name on one line, cut with an ellipsis (the whole name is the cell's title). */
th.name .clip { display: block; max-width: 14rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
/* Column headers: the source's name where there is room, its number when narrow. */
.col-num, .num-key { display: none; }
.col-name { display: inline-block; max-width: 10rem; }
th { background: var(--ac-panel); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.heat td.cell { text-align: center; min-width: 3.2rem; background: rgba(var(--ac-heat), var(--v, 0)); font-variant-numeric: tabular-nums; white-space: nowrap; overflow-wrap: normal; cursor: default; }
.heat td.self { background: var(--ac-panel); color: var(--ac-muted); }
.heat td.cell:hover, .heat td.cell:focus { outline: 2px solid var(--ac-fg); outline-offset: -2px; }
.heat-scroll { max-width: 100%; overflow-x: auto; }
.heat-box { position: relative; width: 100%; max-width: 640px; }
canvas.heat { display: block; width: 100%; image-rendering: pixelated; border: 1px solid var(--ac-border); cursor: crosshair; }
.heat-cursor { position: absolute; left: calc(var(--x) * 100%); top: calc(var(--y) * 100%); width: max(5px, calc(var(--s) * 100%)); height: max(5px, calc(var(--s) * 100%)); outline: 2px solid var(--ac-fg); pointer-events: none; }
.heat-readout { min-height: 1.5em; margin: .4rem 0 0; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.segmented { display: inline-flex; border: 1px solid var(--ac-border); border-radius: 6px; overflow: hidden; margin-bottom: .4rem; }
.seg { border: 0; background: none; padding: .25rem .7rem; cursor: pointer; }
.seg[aria-pressed="true"] { background: var(--ac-accent); color: var(--ac-bg); }
.pair-controls { display: flex; gap: .6rem; align-items: center; flex-wrap: wrap; margin-bottom: .6rem; }
.pair-controls input[type="number"] { width: 6em; }
.pair-controls select { flex: 1 1 10rem; min-width: 0; max-width: 100%; }
.pair-controls select, .pair-controls input { padding: .2rem .4rem; border: 1px solid var(--ac-border); border-radius: 4px; background: var(--ac-bg); }
.legend { display: flex; gap: .8rem; flex-wrap: wrap; font-size: .85em; color: var(--ac-muted); }
.pair td { width: 50%; }
.pair tr.equal td { color: var(--ac-muted); }
.pair tr.edited td { background: var(--ac-panel); }
.pair td.empty { background: repeating-linear-gradient(45deg, transparent 0 6px, var(--ac-panel) 6px 12px); }
.pair tr.deleted td.a { background: var(--ac-del-bg); }
.pair tr.inserted td.b { background: var(--ac-ins-bg); }
.pair tr.moved td:not(.empty) { box-shadow: inset 3px 0 0 var(--ac-moved); }
.pair tr.section th { font-weight: 600; }
.pair tr.ac-paraphrase td.a { box-shadow: inset 3px 0 0 var(--ac-paraphrase); }
.legend .name { font-weight: 600; }
[data-mode="outlets"] .legend del { text-decoration: none; }
del.ac-del { background: var(--ac-del-bg); color: var(--ac-del-fg); text-decoration: line-through; border-radius: 2px; }
ins.ac-ins { background: var(--ac-ins-bg); color: var(--ac-ins-fg); text-decoration: none; border-radius: 2px; }
.sentence { cursor: pointer; border-radius: 3px; }
.sentence:hover { background: var(--ac-panel); }
.sentence.selected { outline: 2px solid var(--ac-accent); }
.badge { display: inline-block; font-size: .75em; padding: 0 .4em; margin-left: .35em; border-radius: 1em; border: 1px solid currentColor; white-space: nowrap; }
.badge.moved { color: var(--ac-moved); }
.badge.repeat { color: var(--ac-repeat); }
.badge.score, .badge.grade { color: var(--ac-muted); }
.badge.paraphrase { color: var(--ac-paraphrase); }
a.jump, button.jump { color: var(--ac-moved); background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; font-size: .85em; margin-left: .35em; }
.coverage td.src { text-align: center; width: 2.4rem; }
.coverage td.src.on { background: rgba(var(--ac-heat), .35); }
.coverage td.k { white-space: nowrap; }
/* Many sources: fixed columns, laid out from the header alone (auto layout measured every row). */
.coverage.many { table-layout: fixed; }
.coverage.many th:nth-child(2) { width: 7em; }
.coverage.many th:nth-child(3) { width: 30%; }
.more { margin: .6rem 0; padding: .25rem .8rem; border: 1px solid var(--ac-border); background: var(--ac-panel); border-radius: 4px; cursor: pointer; }
details { margin: .3rem 0; }
summary { cursor: pointer; }
ol.sentences { margin: .3rem 0; padding-left: 2.2rem; }
ol.sentences li { margin: .15rem 0; }
.passage { border-left: 3px solid var(--ac-repeat); padding: .2rem .6rem; margin: .4rem 0; background: var(--ac-panel); }
.places { border: 1px solid var(--ac-border); border-radius: 6px; padding: .6rem .8rem; background: var(--ac-panel); align-self: start; position: sticky; top: .5rem; max-height: 90vh; overflow: auto; }
.places ul { list-style: none; margin: .4rem 0; padding: 0; }
.places li { margin: .45rem 0; }
.places .where { font-size: .85em; color: var(--ac-muted); }
.places ul.groups > li { border-top: 1px solid var(--ac-border); padding-top: .35rem; }
.places .group-name { font-weight: 600; font-size: .9em; overflow-wrap: anywhere; }
.places ul ul { margin: .2rem 0 0; }
.places .close { float: right; border: 0; background: none; cursor: pointer; font-size: 1.1em; }
.empty-note { color: var(--ac-muted); font-style: italic; }
.sentence.furniture, .furniture-list li { color: var(--ac-muted); font-style: italic; opacity: .75; }
mark.ac-mark { background: var(--ac-mark-bg, #fff1a8); color: inherit; border-radius: 2px; padding: 0 .1em; font-weight: 600; }
@media (prefers-color-scheme: dark) { mark.ac-mark { background: var(--ac-mark-bg, #5c4d00); } }
mark.ac-mark.odd { background: var(--ac-del-bg); color: var(--ac-del-fg); }
.finding { border: 1px solid var(--ac-border); border-radius: 6px; padding: .5rem .7rem; margin: .6rem 0; }
.finding > .what { font-weight: 600; margin-bottom: .35rem; overflow-wrap: anywhere; }
.finding table td { width: auto; }
/* A long source name ends in an ellipsis (the whole name is its title) inside its card. */
.finding .src-name { font-size: .85em; color: var(--ac-muted); overflow-wrap: anywhere; }
.finding .src-name .name, .finding .src-name button.jump { display: inline-block; max-width: 100%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; vertical-align: bottom; }
.sides > div { min-width: 0; }
.finding .ref { font-size: .75em; color: var(--ac-muted); margin-left: .4em; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr)); gap: .5rem; }
.sides > div { background: var(--ac-panel); border-radius: 4px; padding: .4rem .55rem; }
.figures td.cell { font-variant-numeric: tabular-nums; }
.switch { display: inline-flex; gap: .4rem; align-items: center; margin: .3rem 0; }
.note { color: var(--ac-muted); font-size: .9em; }
q .sentence { quotes: none; }
/* Narrow (a phone): nothing wider than the element. Numbered columns, a figures table stacked
   row by row, compact tabs, and the places panel above the view instead of over it. */
@container (max-width: 40rem) {
  .col-name { display: none; }
  .col-num { display: inline; }
  .num-key { display: block; }
  th, td { padding: .3rem .35rem; }
  th.name .clip { max-width: 5rem; }
  .counts th, .counts td { padding: .3rem .25rem; }
  .heat td.cell { min-width: 0; font-size: .85em; }
  .counts { font-size: .85em; }
  .coverage td.src { width: 1.6rem; }
  .tab { padding: .4rem .4rem; font-size: .9em; }
  table.figures thead { display: none; }
  table.figures, table.figures tbody, table.figures tr, table.figures th, table.figures td { display: block; width: auto; }
  table.figures tr { border: 1px solid var(--ac-border); border-radius: 4px; margin: .4rem 0; }
  table.figures th, table.figures td { border: 0; }
  table.figures td.empty { display: none; }
  table.figures td[data-label]::before { content: attr(data-label) ": "; color: var(--ac-muted); font-size: .85em; }
}
@container (max-width: 48rem) {
  .layout.with-places { grid-template-columns: minmax(0, 1fr); }
  .places { position: static; order: -1; max-height: 50vh; }
}
`;

/** @type {CSSStyleSheet | null} */
let sheet = null;

/** Gives `root` the element's styles. */
export function adoptStyles(/** @type {ShadowRoot} */ root) {
  if ("adoptedStyleSheets" in root && "replaceSync" in CSSStyleSheet.prototype) {
    sheet ??= new CSSStyleSheet();
    if (!sheet.cssRules.length) sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement("style");
    style.textContent = CSS;
    root.append(style);
  }
}
