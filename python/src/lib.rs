//! The Python binding: each function parses its arguments, calls the core with the GIL released
//! and returns JSON text or plain numbers; `python/article_compare/__init__.py` turns the JSON
//! into Python objects and `article_compare/arrow.py` handles Arrow record batches.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use article_compare::stories::signature::PERMUTATIONS;
use article_compare::stories::{self, Signature};
use article_compare::{Article, Options, bundled_model};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

fn error(e: impl std::fmt::Display) -> PyErr {
    PyValueError::new_err(e.to_string())
}

/// The options as JSON with the JavaScript names (`{"matchThreshold": 0.6}`), checked.
fn options(json: Option<&str>) -> PyResult<Options> {
    let Some(json) = json else {
        return Ok(Options::default());
    };
    let options: Options =
        serde_json::from_str(json).map_err(|e| error(format!("invalid options: {e}")))?;
    options.validate().map_err(error)?;
    Ok(options)
}

fn json(value: &impl serde::Serialize) -> PyResult<String> {
    serde_json::to_string(value).map_err(error)
}

/// A signature from Python: exactly 128 values.
fn signature_of(values: &[u32]) -> PyResult<Signature> {
    values.try_into().map_err(|_| {
        error(format!(
            "a signature has {} values, not {}",
            PERMUTATIONS,
            values.len()
        ))
    })
}

/// The sentences of `text` (the report's article shape), as JSON; offsets are UTF-8 bytes.
#[pyfunction]
#[pyo3(signature = (text, name = "text".to_owned(), options_json = None))]
fn segment(
    py: Python<'_>,
    text: String,
    name: String,
    options_json: Option<&str>,
) -> PyResult<String> {
    let options = options(options_json)?;
    py.detach(|| {
        options
            .segment(&name, &text)
            .map_err(error)
            .and_then(|r| json(&r))
    })
}

/// The pairwise diff of two `(name, text)` articles, as JSON.
#[pyfunction]
#[pyo3(signature = (a, b, options_json = None))]
fn diff(
    py: Python<'_>,
    a: (String, String),
    b: (String, String),
    options_json: Option<&str>,
) -> PyResult<String> {
    let options = options(options_json)?;
    py.detach(|| {
        let report = options
            .diff(&Article::new(&a.0, &a.1), &Article::new(&b.0, &b.1))
            .map_err(error)?;
        json(&report)
    })
}

/// The n-way report of `(name, text)` articles, as JSON.
#[pyfunction]
#[pyo3(signature = (articles, options_json = None))]
fn compare(
    py: Python<'_>,
    articles: Vec<(String, String)>,
    options_json: Option<&str>,
) -> PyResult<String> {
    let options = options(options_json)?;
    py.detach(|| {
        let list: Vec<Article<'_>> = articles.iter().map(|(n, t)| Article::new(n, t)).collect();
        json(&options.compare(&list).map_err(error)?)
    })
}

/// The summary of story number `story` of `(name, text)` articles, as one JSON line (the
/// Spark job's and `article-compare stories`' per-story line).
#[pyfunction]
#[pyo3(signature = (story, articles, options_json = None))]
fn summarize_story(
    py: Python<'_>,
    story: usize,
    articles: Vec<(String, String)>,
    options_json: Option<&str>,
) -> PyResult<String> {
    let options = options(options_json)?;
    py.detach(|| {
        let list: Vec<Article<'_>> = articles.iter().map(|(n, t)| Article::new(n, t)).collect();
        json(&options.summarize_story(story, &list).map_err(error)?)
    })
}

/// The MinHash signature of each text: 128 `u32` values apiece.
#[pyfunction]
fn signatures(py: Python<'_>, texts: Vec<String>) -> Vec<Vec<u32>> {
    py.detach(|| {
        texts
            .iter()
            .map(|t| stories::signature(t).to_vec())
            .collect()
    })
}

/// The signatures, band keys and meaning vectors of `texts`, for a record batch: the signatures
/// as one buffer of little-endian `u32` (512 bytes a text), the band keys as one buffer of
/// little-endian `i64` with how many each text has (32, or 0 for a text without content
/// words), the vectors as one buffer of little-endian `f32` (1,024 bytes a text).
#[pyfunction]
fn sign_batch(py: Python<'_>, texts: Vec<String>) -> (Vec<u8>, Vec<u8>, Vec<u32>, Vec<u8>) {
    py.detach(|| {
        let mut sigs = Vec::with_capacity(texts.len() * PERMUTATIONS * 4);
        let mut keys = Vec::with_capacity(texts.len() * stories::group::BANDS * 8);
        let mut counts = Vec::with_capacity(texts.len());
        for t in &texts {
            let sig = stories::signature(t);
            sigs.extend(sig.iter().flat_map(|v| v.to_le_bytes()));
            let bands = stories::band_keys(&sig);
            counts.push(bands.len() as u32);
            keys.extend(bands.iter().flat_map(|k| (*k as i64).to_le_bytes()));
        }
        let vectors = stories::meaning::vectors(bundled_model(), texts.iter().map(String::as_str));
        let vecs = vectors
            .iter()
            .flatten()
            .flat_map(|x| x.to_le_bytes())
            .collect();
        (sigs, keys, counts, vecs)
    })
}

/// The cosine of each pair of meaning vectors from two buffers of equal length (little-endian
/// `f32`, `dim` values a vector, as [`sign_batch`] writes them).
#[pyfunction]
fn cosines(py: Python<'_>, a: Vec<u8>, b: Vec<u8>) -> PyResult<Vec<f32>> {
    let bytes = bundled_model().dim() * 4;
    if a.len() != b.len() || a.len() % bytes != 0 {
        return Err(error(format!(
            "vector buffers of {} and {} bytes; expected equal multiples of {bytes}",
            a.len(),
            b.len()
        )));
    }
    let read = |chunk: &[u8]| -> Vec<f32> {
        chunk
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect()
    };
    Ok(py.detach(|| {
        a.chunks_exact(bytes)
            .zip(b.chunks_exact(bytes))
            .map(|(x, y)| stories::cosine(&read(x), &read(y)))
            .collect()
    }))
}

/// The meaning vector of each text (`stories::meaning`).
#[pyfunction]
fn vectors(py: Python<'_>, texts: Vec<String>) -> Vec<Vec<f32>> {
    py.detach(|| stories::meaning::vectors(bundled_model(), texts.iter().map(String::as_str)))
}

/// The LSH band keys of a signature, as signed 64-bit integers (the same bits; Spark has no
/// unsigned type).
#[pyfunction]
fn band_keys(signature: Vec<u32>) -> PyResult<Vec<i64>> {
    let sig = signature_of(&signature)?;
    Ok(stories::band_keys(&sig)
        .into_iter()
        .map(|k| k as i64)
        .collect())
}

/// The share of agreeing values of two signatures (their estimated Jaccard similarity).
#[pyfunction]
fn similarity(a: Vec<u32>, b: Vec<u32>) -> PyResult<f32> {
    Ok(stories::similarity(&signature_of(&a)?, &signature_of(&b)?))
}

/// The connected components of `0..n` joined by `links`, in the order of their smallest member.
#[pyfunction]
fn components(py: Python<'_>, n: usize, links: Vec<(usize, usize)>) -> PyResult<Vec<Vec<usize>>> {
    if let Some(&(i, j)) = links.iter().find(|&&(i, j)| i >= n || j >= n) {
        return Err(error(format!(
            "link ({i}, {j}) is out of range for {n} documents"
        )));
    }
    Ok(py.detach(|| stories::components(n, &links)))
}

/// Each document's link to its nearest candidate, `(document, nearest)`, from scored
/// candidates `(i, j, cosine)` (`stories::nearest_links`).
#[pyfunction]
fn nearest_links(n: usize, scored: Vec<(usize, usize, f32)>) -> PyResult<Vec<(usize, usize)>> {
    if let Some(&(i, j, _)) = scored.iter().find(|&&(i, j, _)| i >= n || j >= n) {
        return Err(error(format!(
            "pair ({i}, {j}) is out of range for {n} documents"
        )));
    }
    Ok(stories::nearest_links(n, &scored))
}

/// Groups texts into stories on one machine: the story number of each text, as `article-compare
/// stories` and the Spark job assign them.
#[pyfunction]
fn group(py: Python<'_>, texts: Vec<String>) -> Vec<usize> {
    py.detach(|| {
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        stories::group_texts(bundled_model(), &texts).story_of
    })
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("PERMUTATIONS", stories::signature::PERMUTATIONS)?;
    m.add("SEED", stories::signature::SEED)?;
    m.add("BANDS", stories::group::BANDS)?;
    m.add("ROWS", stories::group::ROWS)?;
    m.add("NEAREST", stories::group::NEAREST)?;
    m.add("DIM", bundled_model().dim())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(segment, m)?)?;
    m.add_function(wrap_pyfunction!(diff, m)?)?;
    m.add_function(wrap_pyfunction!(compare, m)?)?;
    m.add_function(wrap_pyfunction!(summarize_story, m)?)?;
    m.add_function(wrap_pyfunction!(signatures, m)?)?;
    m.add_function(wrap_pyfunction!(sign_batch, m)?)?;
    m.add_function(wrap_pyfunction!(cosines, m)?)?;
    m.add_function(wrap_pyfunction!(vectors, m)?)?;
    m.add_function(wrap_pyfunction!(nearest_links, m)?)?;
    m.add_function(wrap_pyfunction!(band_keys, m)?)?;
    m.add_function(wrap_pyfunction!(similarity, m)?)?;
    m.add_function(wrap_pyfunction!(components, m)?)?;
    m.add_function(wrap_pyfunction!(group, m)?)?;
    Ok(())
}
