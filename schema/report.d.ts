// The types of article-compare's inputs and reports, generated from the Rust types by
// tests/schema.rs (UPDATE_SCHEMA=1 cargo test --test schema); do not edit.
// Offsets are UTF-16 code units in the browser: `text.slice(start, end)` is exact.

/**
 * An article to compare: a name (an outlet, a file name) and its text.
 */
export type ArticleInput = { 
/**
 * Shown in reports.
 */
name: string, 
/**
 * The text as pasted; offsets in reports point into it.
 */
text: string, };

/**
 * Thresholds and work budgets, with documented defaults; a builder in the manner of
 * `similar::TextDiff::configure()`.
 *
 * From JavaScript the same options are given as an object with these names in camelCase
 * (`{ matchThreshold: 0.6 }`); unknown names are an error.
 */
export type Options = { 
/**
 * Lowest similarity for a cross-article match or an edited pair. Default 0.5.
 */
matchThreshold?: number, 
/**
 * Lowest similarity graded `near_identical` rather than `rewritten`. Default 0.85.
 */
nearIdentical?: number, 
/**
 * Lowest similarity for two sentences of one article to count as a repeat. Default 0.8.
 */
repeatThreshold?: number, 
/**
 * Sentences with fewer content words (not counting words like "the") only match
 * identical ones. Default 3.
 */
minWords?: number, 
/**
 * At most this many near-duplicate candidates are scored per sentence (or per quote).
 * Default 64.
 */
maxCandidates?: number, 
/**
 * A word filed in the index under more sentences (or quotes) than this is passed over as
 * too common. Default 4096.
 */
maxPostings?: number, 
/**
 * An edited pair (or two wordings of a quote) with more word tokens than this (both sides)
 * is shown replaced whole. Default 4000.
 */
maxWordTokens?: number, 
/**
 * At most this many matches are listed in a report. Default 1000000 (the engine keeps them
 * per variant whatever their number; the limit bounds the JSON and the page's lists). At
 * most 100000000.
 */
maxMatches?: number, 
/**
 * Whether site furniture ("Scroll to Top", "Also Read: …", share and subscribe prompts)
 * takes part in matching, clusters and coverage. Default false: it is flagged and left out.
 */
includeFurniture?: boolean, 
/**
 * Lowest similarity of the quoted words of two quotes for them to be one quote in other
 * wordings. Default 0.5.
 */
quoteThreshold?: number, 
/**
 * Quotes with fewer content words only join identical ones. Default 2.
 */
quoteMinWords?: number, 
/**
 * Lowest similarity of two sentences that print the same figure, though not matched, for
 * their figures to be compared. Default 0.3: "Hamas has exchanged 33 Israeli hostages …
 * for approximately 2,000 Palestinian prisoners" and "Hamas release 33 hostages in exchange
 * for Israel freeing over 2,000 Palestinian prisoners" score 0.38.
 */
figureThreshold?: number, 
/**
 * How many other printings of the same figure each figure is checked against. Default 8:
 * the groups are joined transitively, so a few suffice.
 */
figurePeers?: number, 
/**
 * Whether sentences are compared by meaning (a sentence-embedding model) as well as by
 * words, so that the same claim in other words is matched (grade `paraphrase`). Default
 * true; it needs the model (bundled natively; loaded by the page's worker).
 */
semantic?: boolean, 
/**
 * Lowest centered cosine of two sentences' meaning vectors at which a pair that shares no
 * rare word is looked for by meaning. Default 0.5 (such a pair needs more to match: see
 * `meaningWeight`).
 */
meaningFloor?: number, 
/**
 * The weight of meaning in a pair's combined score,
 * `max(words, weight × meaning + (1 − weight) × words)`, where meaning is the cosine of the
 * two sentences' vectors centered on the set's mean. Default 0.75 (bench/RESULTS.md has how
 * the combined score ranks STS headline pairs).
 */
meaningWeight?: number, 
/**
 * Lowest combined score for a pair whose words alone score below `matchThreshold` (a
 * paraphrase) to match. Default 0.52: between 0.5 and 0.52 the pairs of the five sample
 * articles mostly share the topic, not a claim.
 */
paraphraseThreshold?: number, 
/**
 * Up to this many distinct sentences, pairs that share no rare word are searched by meaning
 * too (the search compares every pair); past it, only pairs found through the word index
 * are scored by meaning, and a fallback says so. Default 5000.
 */
meaningSearchLimit?: number, };

/**
 * The unit that `start`/`end` offsets count in.
 */
export type Offsets = "utf8" | "utf16";

/**
 * Offsets `start..end` into an article's text: UTF-8 bytes inside the engine, UTF-16 code
 * units once a report is converted for JavaScript (see `Offsets` in the report).
 *
 * Serialized as the two fields `start` and `end` of the object that holds it.
 */
export type Span = { 
/**
 * Offset of the first character.
 */
start: number, 
/**
 * Offset one past the last character.
 */
end: number, };

/**
 * Sentence `sentence` of article `article`: the address of a sentence in a comparison.
 *
 * Ordered by article, then sentence. Serialized as the array `[article, sentence]`.
 */
export type Loc = [number, number];

/**
 * A [`Span`] serialized as the array `[start, end]`: the compact form of word changes, of
 * which a diff has many. Dereferences to the span.
 */
export type SpanPair = [number, number];

/**
 * What kind of site furniture a line is, for the reader.
 */
export type Furniture = "navigation" | "related links" | "share prompt" | "subscribe prompt" | "advertising" | "comments" | "copyright" | "tweet embed" | "embed lead-in" | "reader prompt" | "video blurb" | "photo caption" | "placeholder";

/**
 * One sentence of an article.
 */
export type Sentence = { 
/**
 * The sentence as printed (never empty in a report from this crate's public API).
 */
text: string, 
/**
 * Its paragraph (0-based).
 */
paragraph: number, 
/**
 * What kind of site furniture the sentence is ("navigation", "related links", …), if it
 * belongs to the web page rather than the story; absent otherwise.
 */
furniture?: Furniture, 
/**
 * Offset of the first character.
 */
start: number, 
/**
 * Offset one past the last character.
 */
end: number, };

/**
 * One article as segmented.
 */
export type ArticleReport = { 
/**
 * The article's name (a file name or an outlet).
 */
name: string, 
/**
 * The article's length in the offset unit.
 */
length: number, 
/**
 * How many paragraphs it has.
 */
paragraphs: number, 
/**
 * Its sentences in order.
 */
sentences: Array<Sentence>, };

/**
 * How close two matched sentences are.
 */
export type Grade = "identical" | "near_identical" | "rewritten" | "paraphrase";

/**
 * A group of sentences repeated inside one article.
 */
export type Repeat = { 
/**
 * The article.
 */
article: number, 
/**
 * The sentences that repeat each other, in order.
 */
sentences: Array<number>, 
/**
 * The lowest similarity between two of them (1 when all are identical).
 */
score: number, };

/**
 * A run of consecutive sentences of one article.
 */
export type Stretch = { 
/**
 * First and last sentence of the run.
 */
sentences: [number, number], 
/**
 * Offset of the first character.
 */
start: number, 
/**
 * Offset one past the last character.
 */
end: number, };

/**
 * A passage (two or more sentences, or a whole paragraph) printed twice in one article.
 */
export type Passage = { 
/**
 * The article.
 */
article: number, 
/**
 * The first printing.
 */
first: Stretch, 
/**
 * The later printing.
 */
second: Stretch, 
/**
 * The lowest sentence similarity along the passage.
 */
score: number, };

/**
 * A sentence of one article matched with a sentence of another.
 *
 * `a` and `b` are [`Loc`]s, `[article, sentence]`; they are spelled as arrays here until the
 * command line reads them as `Loc`.
 */
export type Match = { 
/**
 * `[article, sentence]` on one side (the lower article index).
 */
a: Loc, 
/**
 * `[article, sentence]` on the other side.
 */
b: Loc, 
/**
 * Similarity from 0 to 1: words and meaning combined (words alone when meaning is off).
 */
score: number, 
/**
 * What the score means for a reader.
 */
grade: Grade, 
/**
 * The similarity of the two sentences' words, from 0 to 1.
 */
word_score: number, 
/**
 * The cosine of their meaning vectors, centered on the set compared (-1 to 1); null when
 * meaning was not compared.
 */
meaning_score: number | null, };

/**
 * Sentences that carry the same statement across articles: the statement's most widely
 * carried wording and every sentence that matches it directly.
 */
export type Cluster = { 
/**
 * `[article, sentence]` of every member, sorted.
 */
members: Array<Loc>, 
/**
 * The articles that carry it, sorted: this cluster's row of the coverage matrix.
 */
sources: Array<number>, };

/**
 * The stage that fell back.
 */
export type FallbackStage = "word_diff" | "candidates" | "matches" | "quote_candidates" | "quote_word_diff" | "meaning_candidates";

/**
 * Where the engine gave a coarser answer to stay within its work budget.
 */
export type Fallback = { 
/**
 * The stage that fell back.
 */
stage: FallbackStage, 
/**
 * How many times it did.
 */
count: number, 
/**
 * What the reader gets instead.
 */
detail: string, };

/**
 * A span of one article: a word or a phrase inside a sentence.
 */
export type Place = { 
/**
 * The article.
 */
article: number, 
/**
 * The sentence that holds it.
 */
sentence: number, 
/**
 * Offset of the first character.
 */
start: number, 
/**
 * Offset one past the last character.
 */
end: number, };

/**
 * What a figure is.
 */
export type FigureKind = "count" | "percent" | "money" | "year" | "date" | "age" | "time";

/**
 * How a figure is qualified.
 */
export type Bound = "exact" | "about" | "at_least" | "at_most";

/**
 * One figure printed in one article.
 */
export type Figure = { 
/**
 * The article.
 */
article: number, 
/**
 * The sentence.
 */
sentence: number, 
/**
 * The figure as printed, with its qualifier ("approximately 2,000", "five").
 */
text: string, 
/**
 * Its value ("five" is 5, "2 million" is 2000000).
 */
value: number, 
/**
 * What it is.
 */
kind: FigureKind, 
/**
 * The qualifier as printed in lower case ("approximately", "at least"), or null.
 */
qualifier: string | null, 
/**
 * What the qualifier means.
 */
bound: Bound, 
/**
 * What it counts: up to three words after it, in lower case ("palestinian prisoners");
 * empty when a verb follows ("35 have died").
 */
counts: string, 
/**
 * Offset of the first character.
 */
start: number, 
/**
 * Offset one past the last character.
 */
end: number, };

/**
 * One row of the figures table: a value and every article that prints it.
 */
export type FigureRow = { 
/**
 * The value.
 */
value: number, 
/**
 * What the figures of the row are.
 */
kind: FigureKind, 
/**
 * What it counts, as most of its figures say.
 */
counts: string, 
/**
 * The articles that print it, sorted.
 */
sources: Array<number>, 
/**
 * Each printing, in article order.
 */
figures: Array<Figure>, };

/**
 * How the figures of a number finding differ.
 */
export type NumberDifference = "value" | "qualifier";

/**
 * One place that prints a quote.
 */
export type Quoted = { 
/**
 * The article.
 */
article: number, 
/**
 * The sentence where the quote opens.
 */
sentence: number, 
/**
 * Who the article says spoke, as printed ("Ms. Leavitt", "the statement"), or null.
 */
speaker: string | null, 
/**
 * Offset of the first character.
 */
start: number, 
/**
 * Offset one past the last character.
 */
end: number, };

/**
 * One wording of a quote, and every place that prints it.
 */
export type Wording = { 
/**
 * The quoted words as the first of its places prints them.
 */
text: string, 
/**
 * Whether this is the wording the others are aligned with (the one most sources print).
 */
reference: boolean, 
/**
 * This wording against the reference, word by word (`a` spans are in the reference's first
 * place's article, `b` spans in this wording's first place's); empty for the reference.
 */
words: Array<WordChange>, 
/**
 * Where it is printed, in article order.
 */
places: Array<Quoted>, 
/**
 * Whether it quotes only part of the reference (the outlet quoted less: "quotes part of");
 * its `words` are then the reference's words it prints, all equal.
 */
extract: boolean, };

/**
 * A speaker the sources credit with a quote, and the sources that do.
 */
export type Credit = { 
/**
 * The speaker as first printed.
 */
speaker: string, 
/**
 * The articles that credit the quote to this speaker, sorted.
 */
sources: Array<number>, };

/**
 * Something a reader should look at where sources differ, or text left out of the comparison.
 */
export type Finding = { "kind": "number", 
/**
 * How the figures differ.
 */
difference: NumberDifference, 
/**
 * What the figures count, as most of them say.
 */
counts: string, 
/**
 * The articles, sorted.
 */
sources: Array<number>, 
/**
 * The corresponding figures, one or more per article.
 */
figures: Array<Figure>, } | { "kind": "name", 
/**
 * The rarer spelling.
 */
spelling: string, 
/**
 * The articles that print it.
 */
sources: Array<number>, 
/**
 * Where they print it.
 */
mentions: Array<Place>, 
/**
 * The spelling the other sources use.
 */
usual: string, 
/**
 * The articles that print the usual spelling.
 */
usual_sources: Array<number>, 
/**
 * Its first place in each of those articles.
 */
usual_mentions: Array<Place>, 
/**
 * True when more sources use `usual` than `spelling`.
 */
likely_misspelling: boolean, } | { "kind": "quote", 
/**
 * The speaker most sources name, or null.
 */
speaker: string | null, 
/**
 * The articles that print it.
 */
sources: Array<number>, 
/**
 * Whether the sources' wordings differ.
 */
differs: boolean, 
/**
 * Its distinct wordings, the reference among them, each with the places that print it.
 */
wordings: Array<Wording>, 
/**
 * An attribution conflict: when sources credit the quote to different speakers (by
 * surname, named speakers only), each speaker with the sources that credit it; empty
 * when they agree.
 */
conflict: Array<Credit>, } | { "kind": "furniture", 
/**
 * The article.
 */
article: number, 
/**
 * The sentence.
 */
sentence: number, 
/**
 * The line as printed.
 */
text: string, 
/**
 * What kind of furniture ("navigation", "related links", "share prompt", …).
 */
label: Furniture, 
/**
 * Offset of the first character.
 */
start: number, 
/**
 * Offset one past the last character.
 */
end: number, } | { "kind": "negation", 
/**
 * The negated sentence.
 */
negated: Place, 
/**
 * The negation word in it ("not", "never", "won't").
 */
cue: Place, 
/**
 * The sentence that affirms.
 */
affirmed: Place, };

/**
 * The n-way comparison of a set of articles.
 */
export type Report = { 
/**
 * The unit of every `start`/`end` in this report.
 */
offsets: Offsets, 
/**
 * The articles with their sentences.
 */
articles: Array<ArticleReport>, 
/**
 * Sentences repeated inside one article.
 */
repeats: Array<Repeat>, 
/**
 * Passages printed twice inside one article.
 */
passages: Array<Passage>, 
/**
 * Cross-article sentence pairs: for each sentence, its best match in each other article;
 * each pair once, lower location first, in the order of their locations.
 */
matches: Array<Match>, 
/**
 * Statements carried by two or more articles, most widely carried first.
 */
clusters: Array<Cluster>, 
/**
 * For each article, the sentences no other article carries.
 */
unique: Array<Array<number>>, 
/**
 * `containment[i][j]`: the share of article i's words in sentences that article j also
 * carries, weighted by match score.
 */
containment: Array<Array<number>>, 
/**
 * `similarity[i][j]`, symmetric, 0–1: how much content articles i and j share, in words or
 * in other words (each sentence's best match in the other article, by its combined score,
 * both ways averaged). Beside `containment`, which counts copied wording only.
 */
similarity: Array<Array<number>>, 
/**
 * Where sources differ on figures, names and quotes, and the site furniture left out.
 */
findings: Array<Finding>, 
/**
 * Every figure the articles print, one row per value, most widely reported first.
 */
figures: Array<FigureRow>, 
/**
 * Where the work budget made the answer coarser (empty when it did not).
 */
fallbacks: Array<Fallback>, };

/**
 * What a stretch of words does between the two sentences.
 */
export type WordOp = "equal" | "delete" | "insert";

/**
 * One stretch of a word-level diff, as reported: what it does, its text, and its spans.
 */
export type WordChange = { 
/**
 * `equal`, `delete` or `insert`.
 */
op: WordOp, 
/**
 * The text (the old side's for `equal` and `delete`).
 */
text: string, 
/**
 * `[start, end]` in the old article, or null for an insertion.
 */
a: SpanPair | null, 
/**
 * `[start, end]` in the new article, or null for a deletion.
 */
b: SpanPair | null, };

/**
 * What a sentence-level diff operation does.
 */
export type OpKind = "equal" | "edited" | "moved" | "inserted" | "deleted";

/**
 * One operation of a pairwise diff.
 */
export type Op = { 
/**
 * What the operation does.
 */
op: OpKind, 
/**
 * Sentence index in the old article, or null.
 */
a: number | null, 
/**
 * Sentence index in the new article, or null.
 */
b: number | null, 
/**
 * Similarity of the pair (1 for equal, absent for inserted and deleted).
 */
score?: number, 
/**
 * For a move at its old place: the sentence index it moved to in the new article.
 */
to?: number, 
/**
 * For a move at its new place: the sentence index it came from in the old article.
 */
from?: number, 
/**
 * Word-level changes, for `edited` and for a reworded move at its new place.
 */
words?: Array<WordChange>, };

/**
 * Counts of each operation kind (a move counts once).
 */
export type DiffStats = { 
/**
 * Sentences equal and in place.
 */
equal: number, 
/**
 * Sentences rewritten in place.
 */
edited: number, 
/**
 * Sentences moved.
 */
moved: number, 
/**
 * Sentences only in the new article.
 */
inserted: number, 
/**
 * Sentences only in the old article.
 */
deleted: number, };

/**
 * The pairwise diff of two articles.
 */
export type DiffReport = { 
/**
 * The unit of every `start`/`end` in this report.
 */
offsets: Offsets, 
/**
 * The old article.
 */
a: ArticleReport, 
/**
 * The new article.
 */
b: ArticleReport, 
/**
 * The operations: those with `a` set, in order, walk the old article's sentences; those
 * with `b` set walk the new article's.
 */
ops: Array<Op>, 
/**
 * Counts per kind.
 */
stats: DiffStats, 
/**
 * Where the work budget made the answer coarser.
 */
fallbacks: Array<Fallback>, };

/**
 * A phase of the n-way comparison, in the order they run. `Embedding` runs only when meaning
 * is compared (a model is loaded and `semantic` is on).
 */
export type Phase = "segmenting" | "embedding" | "indexing" | "matching" | "findings";

/**
 * One report of progress: `done` of `total` units of `phase` are done (`done <= total`; each
 * phase is reported at 0 when it starts and at `total` when it ends).
 */
export type Progress = { 
/**
 * The phase running.
 */
phase: Phase, 
/**
 * Units of the phase done.
 */
done: number, 
/**
 * Units of the phase in all.
 */
total: number, };
