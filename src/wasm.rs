//! The wasm door: the only file that knows wasm-bindgen. Each export parses its arguments, calls
//! the core, converts offsets to UTF-16 and returns plain JSON-compatible objects.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::embedding::Model;
use crate::progress::Reporter;
use crate::{Article, Options, Progress, Texts};

thread_local! {
    // The sentence-embedding model given to `loadModel`; `compare` and `diff` use it while
    // `semantic` is on. Leaked once loaded: it lives as long as the module.
    static MODEL: core::cell::Cell<Option<&'static Model>> = const { core::cell::Cell::new(None) };
}

fn model() -> Option<&'static Model> {
    MODEL.with(|m| m.get())
}

/// Loads the sentence-embedding model (the bytes of `model/embed.bin`), so that `compare` and
/// `diff` compare meaning as well as words. Until it is loaded they compare words alone.
#[wasm_bindgen(js_name = loadModel)]
pub fn load_model(bytes: Vec<u8>) -> Result<(), JsError> {
    let model = Model::from_bytes(bytes).map_err(|e| JsError::new(&e.to_string()))?;
    MODEL.with(|m| m.set(Some(Box::leak(Box::new(model)))));
    Ok(())
}

/// Whether a model is loaded.
#[wasm_bindgen(js_name = hasModel)]
pub fn has_model() -> bool {
    model().is_some()
}

// The TypeScript types of the exports' arguments and results, generated from the Rust types
// (tests/schema.rs).
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("../schema/report.d.ts");

// The texts of a report's sentences and word changes, sliced from the strings JavaScript passed
// in: the core leaves them out ([`Texts::Left`]), so the result crosses the boundary as spans,
// a fraction of the JSON. A slice of a JS string copies nothing. `inputs` are what the export
// was given: strings or `{ name, text }`.
#[wasm_bindgen(inline_js = r#"
const textOf = (x) => (typeof x === "string" ? x : x.text);
const fill = (sentences, text) => {
  for (const s of sentences) s.text = text.slice(s.start, s.end);
};
export function withTexts(report, inputs) {
  const texts = inputs.map(textOf);
  if (report.ops) {
    const [a, b] = texts;
    fill(report.a.sentences, a);
    fill(report.b.sentences, b);
    for (const op of report.ops) {
      for (const w of op.words ?? []) w.text = w.a ? a.slice(w.a[0], w.a[1]) : b.slice(w.b[0], w.b[1]);
    }
  } else if (report.articles) {
    report.articles.forEach((article, i) => fill(article.sentences, texts[i]));
  } else {
    fill(report.sentences, texts[0]);
  }
  return report;
}
// A diff from its flat form (src/flat.rs has the layout): the objects the JSON of the whole
// report parsed to, keys in the same order, texts sliced as above. `ints` and `scores` are
// views of wasm memory, read before anything can grow it.
export function diffReport({ report, ops: opKinds, words: wordOps, furniture }, ints, scores, inputs) {
  const [a, b] = inputs.map(textOf);
  const nul = (x) => (x < 0 ? null : x);
  let k = 0;
  const sentences = (text) => {
    const out = new Array(ints[k++]);
    for (let i = 0; i < out.length; i++, k += 4) {
      const s = { start: ints[k], end: ints[k + 1], paragraph: ints[k + 2] };
      if (ints[k + 3] >= 0) s.furniture = furniture[ints[k + 3]];
      s.text = text.slice(s.start, s.end);
      out[i] = s;
    }
    return out;
  };
  report.a.sentences = sentences(a);
  report.b.sentences = sentences(b);
  const ops = new Array(ints[k++]);
  let w = k + 6 * ops.length;
  for (let i = 0; i < ops.length; i++, k += 6) {
    const op = { op: opKinds[ints[k]], a: nul(ints[k + 1]), b: nul(ints[k + 2]) };
    if (!Number.isNaN(scores[i])) op.score = scores[i];
    if (ints[k + 3] >= 0) op.to = ints[k + 3];
    if (ints[k + 4] >= 0) op.from = ints[k + 4];
    if (ints[k + 5] > 0) {
      op.words = new Array(ints[k + 5]);
      for (let j = 0; j < op.words.length; j++, w += 5) {
        const wa = ints[w + 1] < 0 ? null : [ints[w + 1], ints[w + 2]];
        const wb = ints[w + 3] < 0 ? null : [ints[w + 3], ints[w + 4]];
        op.words[j] = { op: wordOps[ints[w]], a: wa, b: wb, text: wa ? a.slice(wa[0], wa[1]) : b.slice(wb[0], wb[1]) };
      }
    }
    ops[i] = op;
  }
  report.ops = ops;
  return report;
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = withTexts)]
    fn with_texts(report: JsValue, inputs: js_sys::Array) -> JsValue;
    #[wasm_bindgen(js_name = diffReport)]
    fn diff_report(head: JsValue, ints: &[i32], scores: &[f64], inputs: js_sys::Array) -> JsValue;
}

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// An article from JavaScript: `{ name, text }`, or a bare string (named by its position).
#[derive(Deserialize)]
#[serde(untagged)]
enum JsArticle {
    Named { name: String, text: String },
    Text(String),
}

impl JsArticle {
    fn into_parts(self, fallback_name: String) -> (String, String) {
        match self {
            JsArticle::Named { name, text } => (name, text),
            JsArticle::Text(text) => (fallback_name, text),
        }
    }
}

fn error(what: &str, e: impl core::fmt::Display) -> JsError {
    JsError::new(&format!("{what}: {e}"))
}

fn options(value: JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    // Through JSON rather than serde-wasm-bindgen, which reads only the fields it knows and so
    // would let a misspelt option pass silently.
    let json: String = js_sys::JSON::stringify(&value)
        .map_err(|_| JsError::new("invalid options: not a plain object"))?
        .into();
    let options: Options = serde_json::from_str(&json).map_err(|e| error("invalid options", e))?;
    options
        .validate()
        .map_err(|e| JsError::new(&e.to_string()))?;
    Ok(options)
}

/// A result as a plain JS object: serialized to JSON here and parsed by the JS engine in one
/// call, several times faster than building the object property by property through
/// serde-wasm-bindgen (bench/RESULTS.md).
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let mut json = Json::default();
    serde_json::to_writer(&mut json, value).map_err(cannot_return)?;
    parse(json)
}

/// [`to_js`] for an n-way report, written into a buffer of its exact size, counted first: its
/// containment matrix makes it large beside its input, and a string grown by doubling held up
/// to twice that while the report was still alive. Counting is cheap, and writing into a sized
/// buffer is faster than growing one (bench/RESULTS.md).
fn to_js_sized<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let mut count = Json {
        counting: true,
        ..Json::default()
    };
    serde_json::to_writer(&mut count, value).map_err(cannot_return)?;
    let mut json = Json {
        bytes: Vec::with_capacity(count.len),
        ..Json::default()
    };
    serde_json::to_writer(&mut json, value).map_err(cannot_return)?;
    parse(json)
}

/// Where JSON is written, or only counted. One writer type for both, so that the serializer of
/// the reports is compiled once into the wasm rather than once per writer.
#[derive(Default)]
struct Json {
    counting: bool,
    len: usize,
    bytes: Vec<u8>,
}

impl std::io::Write for Json {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.len += bytes.len();
        if !self.counting {
            self.bytes.extend_from_slice(bytes);
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn cannot_return(e: impl core::fmt::Display) -> JsError {
    error("cannot return the result", e)
}

fn parse(json: Json) -> Result<JsValue, JsError> {
    let json = String::from_utf8(json.bytes).map_err(cannot_return)?;
    js_sys::JSON::parse(&json)
        .map_err(|_| JsError::new("cannot return the result: JSON.parse failed"))
}

fn article(value: &JsValue, fallback_name: &str) -> Result<(String, String), JsError> {
    // A string is taken as it is: through serde's untagged enum it was first tried as an object,
    // and the failed try formatted the whole article for an error message nobody saw.
    if let Some(text) = value.as_string() {
        return Ok((fallback_name.to_owned(), text));
    }
    let a: JsArticle = serde_wasm_bindgen::from_value(value.clone()).map_err(|e| {
        error(
            &format!("{fallback_name} must be a string or {{ name, text }}"),
            e,
        )
    })?;
    Ok(a.into_parts(fallback_name.to_owned()))
}

/// Splits a text into sentences with UTF-16 offsets.
#[wasm_bindgen(unchecked_return_type = "ArticleReport")]
pub fn segment(
    #[wasm_bindgen(unchecked_param_type = "string")] text_value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options_value: JsValue,
) -> Result<JsValue, JsError> {
    let options = options(options_value)?;
    let text = text_value
        .as_string()
        .ok_or_else(|| JsError::new("text must be a string"))?;
    let mut report = options
        .segment_with("text", &text, Texts::Left)
        .map_err(|e| JsError::new(&e.to_string()))?;
    report.to_utf16(&text);
    Ok(with_texts(to_js(&report)?, js_sys::Array::of1(&text_value)))
}

/// Compares two or more articles (`[{ name, text }]`): repeats, matches, clusters, containment.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn compare(
    #[wasm_bindgen(unchecked_param_type = "ArticleInput[]")] articles: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options_value: JsValue,
) -> Result<JsValue, JsError> {
    let inputs = js_sys::Array::from(&articles);
    Ok(with_texts(
        compare_spans(articles, options_value, None)?,
        inputs,
    ))
}

/// [`compare`] with sentences as spans only (no `text`): for a caller that keeps the texts and
/// slices each sentence from the string it sent (as the page does, through `compareTyped`). `onprogress`,
/// when given, is called with each [`Progress`] (`{ phase, done, total }`) as the comparison
/// goes; what it throws is ignored (the comparison goes on).
#[wasm_bindgen(js_name = compareSpans, unchecked_return_type = "Report")]
pub fn compare_spans(
    #[wasm_bindgen(unchecked_param_type = "ArticleInput[]")] articles: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options_value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "((progress: Progress) => void) | undefined")]
    onprogress: Option<js_sys::Function>,
) -> Result<JsValue, JsError> {
    to_js_sized(&compare_utf16(articles, options_value, onprogress)?)
}

/// [`compareSpans`](compare_spans) with the bulk of the report as typed arrays: `{ report,
/// matches: { at, score, wordScore, meaningScore, grade }, containment, similarity }`, where
/// `report` has empty `matches`, `containment` and `similarity`; per match `at` holds
/// `[a article, a sentence, b article, b sentence]`, `meaningScore` NaN for null and `grade`
/// the grade's place in identical, near_identical, rewritten, paraphrase; each matrix is n × n,
/// row by row. Hundreds of thousands of matches then cross as a few buffers rather than as JSON
/// text that the JS engine parses into objects (the page's worker).
#[wasm_bindgen(js_name = compareTyped, unchecked_return_type = "CompareTyped")]
pub fn compare_typed(
    #[wasm_bindgen(unchecked_param_type = "ArticleInput[]")] articles: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options_value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "((progress: Progress) => void) | undefined")]
    onprogress: Option<js_sys::Function>,
) -> Result<JsValue, JsError> {
    let mut report = compare_utf16(articles, options_value, onprogress)?;
    let matches = core::mem::take(&mut report.matches);
    let containment = matrix(&core::mem::take(&mut report.containment));
    let similarity = matrix(&core::mem::take(&mut report.similarity));
    let out = js_sys::Object::new();
    set(&out, "matches", &match_arrays(&matches)?.into())?;
    drop(matches);
    set(&out, "containment", &containment)?;
    set(&out, "similarity", &similarity)?;
    set(&out, "report", &to_js_sized(&report)?)?;
    Ok(out.into())
}

#[wasm_bindgen(typescript_custom_section)]
const COMPARE_TYPED: &str = r#"
/** What `compareTyped` returns. */
export interface CompareTyped {
  report: Report;
  matches: { at: Int32Array; score: Float32Array; wordScore: Float32Array; meaningScore: Float32Array; grade: Uint8Array };
  containment: Float32Array;
  similarity: Float32Array;
}
"#;

fn set(object: &js_sys::Object, key: &str, value: &JsValue) -> Result<(), JsError> {
    js_sys::Reflect::set(object, &JsValue::from_str(key), value)
        .map(|_| ())
        .map_err(|_| JsError::new("cannot return the result"))
}

/// An n × n matrix as one Float32Array, row by row.
fn matrix(rows: &[Vec<f32>]) -> js_sys::Float32Array {
    let n = rows.len();
    let out = js_sys::Float32Array::new_with_length((n * n) as u32);
    for (i, row) in rows.iter().enumerate() {
        out.subarray((i * n) as u32, ((i + 1) * n) as u32)
            .copy_from(row);
    }
    out
}

/// The matches as typed arrays (see [`compare_typed`]), filled a chunk at a time, so that wasm
/// memory never holds a flat copy of them all.
fn match_arrays(matches: &crate::report::Matches) -> Result<js_sys::Object, JsError> {
    const CHUNK: usize = 1 << 14;
    let n = matches.len() as u32;
    let at = js_sys::Int32Array::new_with_length(4 * n);
    let score = js_sys::Float32Array::new_with_length(n);
    let word_score = js_sys::Float32Array::new_with_length(n);
    let meaning_score = js_sys::Float32Array::new_with_length(n);
    let grade = js_sys::Uint8Array::new_with_length(n);
    let mut locs: Vec<i32> = Vec::with_capacity(4 * CHUNK);
    let (mut sc, mut ws, mut ms, mut gr) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut done = 0u32;
    let mut flush = |locs: &mut Vec<i32>,
                     sc: &mut Vec<f32>,
                     ws: &mut Vec<f32>,
                     ms: &mut Vec<f32>,
                     gr: &mut Vec<u8>| {
        let k = sc.len() as u32;
        at.subarray(4 * done, 4 * (done + k)).copy_from(locs);
        score.subarray(done, done + k).copy_from(sc);
        word_score.subarray(done, done + k).copy_from(ws);
        meaning_score.subarray(done, done + k).copy_from(ms);
        grade.subarray(done, done + k).copy_from(gr);
        done += k;
        locs.clear();
        sc.clear();
        ws.clear();
        ms.clear();
        gr.clear();
    };
    for m in matches {
        locs.extend([m.a[0], m.a[1], m.b[0], m.b[1]].map(|x| x as i32));
        sc.push(m.score);
        ws.push(m.word_score);
        ms.push(m.meaning_score.unwrap_or(f32::NAN));
        // The order of `Grade`'s variants, which the page's GRADES lists.
        gr.push(m.grade as u8);
        if sc.len() == CHUNK {
            flush(&mut locs, &mut sc, &mut ws, &mut ms, &mut gr);
        }
    }
    flush(&mut locs, &mut sc, &mut ws, &mut ms, &mut gr);
    let out = js_sys::Object::new();
    for (key, value) in [
        ("at", JsValue::from(at)),
        ("score", score.into()),
        ("wordScore", word_score.into()),
        ("meaningScore", meaning_score.into()),
        ("grade", grade.into()),
    ] {
        set(&out, key, &value)?;
    }
    Ok(out)
}

/// The comparison of `articles` with UTF-16 offsets, sentences as spans.
fn compare_utf16(
    articles: JsValue,
    options_value: JsValue,
    onprogress: Option<js_sys::Function>,
) -> Result<crate::Report, JsError> {
    let options = options(options_value)?;
    let list: Vec<JsArticle> = serde_wasm_bindgen::from_value(articles)
        .map_err(|e| error("articles must be an array of { name, text }", e))?;
    let parts: Vec<(String, String)> = list
        .into_iter()
        .enumerate()
        .map(|(i, a)| a.into_parts(format!("article {}", i + 1)))
        .collect();
    let articles: Vec<Article<'_>> = parts.iter().map(|(n, t)| Article::new(n, t)).collect();
    let mut call = |p: Progress| {
        if let Some(f) = &onprogress {
            let _ = f.call1(&JsValue::NULL, &progress_object(p));
        }
    };
    let hook: Option<&mut dyn FnMut(Progress)> = match onprogress {
        Some(_) => Some(&mut call),
        None => None,
    };
    let mut report = options
        .compare_with(&articles, Texts::Left, model(), Reporter::new(hook))
        .map_err(|e| JsError::new(&e.to_string()))?;
    let texts: Vec<&str> = parts.iter().map(|(_, t)| t.as_str()).collect();
    report.to_utf16(&texts);
    Ok(report)
}

/// `{ phase, done, total }`, built directly: a few hundred of them a comparison.
fn progress_object(p: Progress) -> JsValue {
    let o = js_sys::Object::new();
    let set = |k: &str, v: JsValue| js_sys::Reflect::set(&o, &JsValue::from_str(k), &v);
    let _ = set("phase", JsValue::from_str(p.phase.name()));
    let _ = set("done", JsValue::from_f64(p.done as f64));
    let _ = set("total", JsValue::from_f64(p.total as f64));
    o.into()
}

/// The pairwise diff of two articles (`{ name, text }` or strings).
#[wasm_bindgen(unchecked_return_type = "DiffReport")]
pub fn diff(
    #[wasm_bindgen(unchecked_param_type = "ArticleInput | string")] a: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ArticleInput | string")] b: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options_value: JsValue,
) -> Result<JsValue, JsError> {
    let options = options(options_value)?;
    let (an, at) = article(&a, "a")?;
    let (bn, bt) = article(&b, "b")?;
    let mut report = options
        .diff_with(
            &Article::new(&an, &at),
            &Article::new(&bn, &bt),
            Texts::Left,
            model(),
        )
        .map_err(|e| JsError::new(&e.to_string()))?;
    report.to_utf16(&at, &bt);
    let flat = crate::flat::Flat::new(report).map_err(cannot_return)?;
    let head = to_js(&flat.head)?;
    Ok(diff_report(
        head,
        &flat.ints,
        &flat.scores,
        js_sys::Array::of2(&a, &b),
    ))
}

/// The document-level MinHash signature of `text` (`crate::stories::signature`: 128 values,
/// each a `u32`), the same numbers the command line and the Python package give.
#[wasm_bindgen]
pub fn signatures(text: &str) -> Vec<u32> {
    crate::stories::signature(text).to_vec()
}

/// The benchmarks' floor: segments and hashes every word of `texts`, comparing nothing.
#[wasm_bindgen(js_name = tokenizeAndHash)]
pub fn tokenize_and_hash(texts: Vec<String>) -> f64 {
    texts
        .iter()
        .fold(0u64, |acc, t| acc.wrapping_add(crate::tokenize_and_hash(t))) as f64
}

/// The engine's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
