//! The wasm door in a real browser (headless Chromium through wasm-bindgen-test): UTF-16
//! offsets, errors as exceptions, option parsing. `make test-wasm` runs it.
#![cfg(target_arch = "wasm32")]

mod common;

use article_compare::wasm;
use js_sys::{JSON, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js(json: &str) -> JsValue {
    JSON::parse(json).unwrap_or_else(|_| panic!("test JSON parses: {json}"))
}

fn get(v: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(v.clone(), |v, k| {
        let key = match k.parse::<u32>() {
            Ok(i) => JsValue::from(i),
            Err(_) => JsValue::from_str(k),
        };
        Reflect::get(&v, &key).unwrap_or(JsValue::UNDEFINED)
    })
}

fn num(v: &JsValue, path: &[&str]) -> u32 {
    get(v, path)
        .as_f64()
        .unwrap_or_else(|| panic!("{path:?} is a number")) as u32
}

/// The message of the exception a call raised.
fn message(e: wasm_bindgen::JsError) -> String {
    let v: JsValue = e.into();
    let err: js_sys::Error = v.dyn_into().unwrap_or_else(|_| panic!("a JS Error"));
    err.message().into()
}

fn articles(pairs: &[(&str, &str)]) -> JsValue {
    let list = js_sys::Array::new();
    for (name, text) in pairs {
        let o = js_sys::Object::new();
        Reflect::set(&o, &"name".into(), &(*name).into()).unwrap_or_default();
        Reflect::set(&o, &"text".into(), &(*text).into()).unwrap_or_default();
        list.push(&o);
    }
    list.into()
}

#[wasm_bindgen_test]
fn utf16_offsets_slice_exactly() {
    let text = "Café owners 😀 met Boehler. Naïve “quotes” — 中文也可以。Done 👍🏽 here.";
    let report =
        wasm::segment(text.into(), JsValue::UNDEFINED).unwrap_or_else(|e| panic!("{}", message(e)));
    let js_text = js_sys::JsString::from(text);
    let sentences = get(&report, &["sentences"]);
    let n = js_sys::Array::from(&sentences).length();
    assert_eq!(n, 3);
    // The texts are sliced in JS at the converted offsets: they must be the core's own texts.
    let native = article_compare::Options::default()
        .segment("text", text)
        .unwrap_or_else(|e| panic!("{e}"));
    let native: Vec<&str> = native.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(native.len(), 3);
    for i in 0..n {
        let i = i.to_string();
        let (start, end) = (
            num(&report, &["sentences", &i, "start"]),
            num(&report, &["sentences", &i, "end"]),
        );
        let sliced: String = js_text.slice(start, end).into();
        let want = get(&report, &["sentences", &i, "text"])
            .as_string()
            .unwrap_or_default();
        assert_eq!(sliced, want, "sentence {i}");
        assert_eq!(
            want,
            native[i.parse::<usize>().unwrap_or_default()],
            "sentence {i}"
        );
    }
    assert_eq!(num(&report, &["length"]), js_text.length());
}

#[wasm_bindgen_test]
fn compare_fixtures_in_the_browser() {
    let report = wasm::compare(articles(&common::ARTICLES), JsValue::UNDEFINED)
        .unwrap_or_else(|e| panic!("{}", message(e)));
    assert_eq!(
        get(&report, &["offsets"]).as_string().as_deref(),
        Some("utf16")
    );
    assert_eq!(
        js_sys::Array::from(&get(&report, &["containment"])).length(),
        5
    );
    // Offsets of every sentence slice the article's JS string exactly (the fixtures have curly
    // quotes), at the text the core itself reports for that sentence.
    let native = article_compare::compare(&common::articles()).unwrap_or_else(|e| panic!("{e}"));
    for (a, (_, text)) in common::ARTICLES.iter().enumerate() {
        let js_text = js_sys::JsString::from(*text);
        let sentences =
            js_sys::Array::from(&get(&report, &["articles", &a.to_string(), "sentences"]));
        assert_eq!(
            sentences.length() as usize,
            native.articles[a].sentences.len()
        );
        for (s, want) in sentences.iter().zip(&native.articles[a].sentences) {
            let sliced: String = js_text.slice(num(&s, &["start"]), num(&s, &["end"])).into();
            assert_eq!(Some(&sliced), get(&s, &["text"]).as_string().as_ref());
            assert_eq!(sliced, want.text);
        }
    }
    let passages = js_sys::Array::from(&get(&report, &["passages"]));
    assert!(passages.iter().any(|p| num(&p, &["article"]) == 3));
}

#[wasm_bindgen_test]
fn findings_offsets_are_utf16() {
    let report = wasm::compare(articles(&common::ARTICLES), JsValue::UNDEFINED)
        .unwrap_or_else(|e| panic!("{}", message(e)));
    let texts: Vec<js_sys::JsString> = common::ARTICLES
        .iter()
        .map(|(_, t)| js_sys::JsString::from(*t))
        .collect();
    let slice = |v: &JsValue| -> String {
        texts[num(v, &["article"]) as usize]
            .slice(num(v, &["start"]), num(v, &["end"]))
            .into()
    };
    let findings = js_sys::Array::from(&get(&report, &["findings"]));
    let kinds: Vec<String> = findings
        .iter()
        .map(|f| get(&f, &["kind"]).as_string().unwrap_or_default())
        .collect();
    for kind in ["number", "name", "quote", "furniture"] {
        assert!(kinds.iter().any(|k| k == kind), "no {kind} finding");
    }
    for f in findings.iter() {
        match get(&f, &["kind"]).as_string().as_deref() {
            Some("number") => {
                for g in js_sys::Array::from(&get(&f, &["figures"])).iter() {
                    assert_eq!(Some(slice(&g)), get(&g, &["text"]).as_string());
                }
            }
            Some("name") => {
                let m = get(&f, &["mentions", "0"]);
                assert_eq!(Some(slice(&m)), get(&f, &["spelling"]).as_string());
                assert_eq!(slice(&m), "Bohler");
            }
            Some("quote") => {
                for w in js_sys::Array::from(&get(&f, &["wordings"])).iter() {
                    // 003 and 004 quote inside curly marks: offsets after them are shifted in
                    // UTF-8 and must not be in UTF-16.
                    let first = get(&w, &["places", "0"]);
                    assert_eq!(Some(slice(&first)), get(&w, &["text"]).as_string());
                }
            }
            _ => assert_eq!(Some(slice(&f)), get(&f, &["text"]).as_string()),
        }
    }
}

#[wasm_bindgen_test]
fn diff_word_offsets_are_utf16() {
    let (a, b) = (
        "Leavitt called it a “good faith” effort 😀 today.",
        "Leavitt called it a “sincere” effort 😀 today.",
    );
    let report = wasm::diff(a.into(), b.into(), JsValue::UNDEFINED)
        .unwrap_or_else(|e| panic!("{}", message(e)));
    assert_eq!(
        get(&report, &["ops", "0", "op"]).as_string().as_deref(),
        Some("edited")
    );
    let words = js_sys::Array::from(&get(&report, &["ops", "0", "words"]));
    // The core's own word texts, which the JS-side slices must equal.
    let native = article_compare::diff(
        &article_compare::Article::new("a", a),
        &article_compare::Article::new("b", b),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let native: Vec<&str> = native.ops[0]
        .words
        .iter()
        .map(|w| w.text.as_str())
        .collect();
    assert_eq!(words.length() as usize, native.len());
    let (ja, jb) = (js_sys::JsString::from(a), js_sys::JsString::from(b));
    for (w, want) in words.iter().zip(native) {
        let text = get(&w, &["text"]).as_string().unwrap_or_default();
        let side = if get(&w, &["a"]).is_null() {
            (&jb, "b")
        } else {
            (&ja, "a")
        };
        let sliced: String = side
            .0
            .slice(num(&w, &[side.1, "0"]), num(&w, &[side.1, "1"]))
            .into();
        assert_eq!(sliced, text);
        assert_eq!(text, want);
    }
}

#[wasm_bindgen_test]
fn errors_are_exceptions_with_clear_messages() {
    let cases: Vec<(Result<JsValue, wasm_bindgen::JsError>, &str)> = vec![
        (
            wasm::compare(articles(&[("only", "One article.")]), JsValue::UNDEFINED),
            "1 article(s) given; at least 2 are needed",
        ),
        (
            wasm::compare(articles(&[("a", "Text."), ("b", "  ")]), JsValue::UNDEFINED),
            "article \"b\" is empty",
        ),
        (
            wasm::compare(js("42"), JsValue::UNDEFINED),
            "articles must be an array",
        ),
        (
            wasm::diff(js("{\"name\": 1}"), "x".into(), JsValue::UNDEFINED),
            "a must be a string or { name, text }",
        ),
        (
            wasm::segment("x".into(), js("{\"matchThreshold\": 2}")),
            "option matchThreshold is 2",
        ),
        (
            wasm::segment("x".into(), js("{\"bogus\": 1}")),
            "unknown field `bogus`",
        ),
        (
            wasm::segment("x".into(), js("{\"matchThreshold\": \"high\"}")),
            "invalid options",
        ),
    ];
    for (result, want) in cases {
        match result {
            Ok(_) => panic!("expected an error containing {want:?}"),
            Err(e) => {
                let m = message(e);
                assert!(m.contains(want), "{m:?} should contain {want:?}");
            }
        }
    }
}

#[wasm_bindgen_test]
fn options_are_applied() {
    let pair = articles(&[common::ARTICLES[1], common::ARTICLES[4]]);
    let strict = wasm::compare(
        pair.clone(),
        js("{\"matchThreshold\": 0.9, \"nearIdentical\": 0.95}"),
    )
    .unwrap_or_else(|e| panic!("{}", message(e)));
    let loose = wasm::compare(pair, js("{\"matchThreshold\": 0.5}"))
        .unwrap_or_else(|e| panic!("{}", message(e)));
    let count = |r: &JsValue| js_sys::Array::from(&get(r, &["matches"])).length();
    assert!(
        count(&loose) > count(&strict),
        "{} vs {}",
        count(&loose),
        count(&strict)
    );
    assert_eq!(wasm::version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn signatures_are_the_frozen_ones() {
    // The file the native and the Python tests read too: the three agree on a real article.
    let frozen: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/signatures/000.json"))
            .unwrap_or_else(|e| panic!("{e}"));
    let text = include_str!("fixtures/articles/000.txt");
    let want: Vec<u32> = frozen["signature"]
        .as_array()
        .unwrap_or_else(|| panic!("a list"))
        .iter()
        .map(|v| v.as_u64().unwrap_or_else(|| panic!("a number")) as u32)
        .collect();
    assert_eq!(wasm::signatures(text), want);
}

/// The five fixture articles.
const FIVE: [&str; 5] = [
    include_str!("fixtures/articles/000.txt"),
    include_str!("fixtures/articles/001.txt"),
    include_str!("fixtures/articles/002.txt"),
    include_str!("fixtures/articles/003.txt"),
    include_str!("fixtures/articles/004.txt"),
];

#[wasm_bindgen_test]
fn the_floors_word_hashes_are_foldhashs_in_wasm() {
    // The floor hashes words with `util::hash::word`, which computes foldhash's wasm32 values
    // itself: they must be the values foldhash gives here, as natively (`util::hash` tests).
    use core::hash::BuildHasher;
    let hash = foldhash::fast::FixedState::with_seed(0x05ee_da17_c1e5);
    let extra =
        "Café ﬁnance: Zürich’s “Ｆｕｌｌ” deal, a counterintelligence-related word of 2,000.5 km.";
    // Plain text, folded from 16-byte SIMD128 windows: words of 15 to 17 and over 32 bytes,
    // capitals, joiners, and words within 16 bytes of a sentence's end.
    let plain = "The U.S. envoy’s 2,000.5 km trip: ABCDEFGHIJKLMNO abcdefghijklmnop \
        ABCDEFGHIJKLMNOPq ThirtyThreeBytesLongWordOfLettersX said “no” — 3.5 x. I. Ok";
    for text in FIVE.into_iter().chain([extra, plain]) {
        let mut want = 0u64;
        let mut key = String::new();
        for s in article_compare::segment::sentences(text) {
            article_compare::normalize::key(s.text(text), &mut key);
            for w in article_compare::normalize::words(&key) {
                want = want.wrapping_add(hash.hash_one(w));
            }
        }
        assert_eq!(
            article_compare::tokenize_and_hash(text),
            want,
            "{:.60}",
            text
        );
    }
}

#[wasm_bindgen_test]
fn segments_as_natively() {
    // The wasm build scans for sentence ends with SIMD128, the native one byte by byte: both
    // give the sentences of the native snapshot of the five articles.
    let snap = include_str!("snapshots/articles__five_articles_report.snap");
    let json = &snap[snap.find("\n{").unwrap_or_else(|| panic!("a JSON body"))..];
    let report: serde_json::Value = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}"));
    for (i, text) in FIVE.iter().enumerate() {
        let want: Vec<(u64, u64, u64)> = report["articles"][i]["sentences"]
            .as_array()
            .unwrap_or_else(|| panic!("sentences"))
            .iter()
            .map(|s| {
                let n = |k: &str| s[k].as_u64().unwrap_or_else(|| panic!("{k}"));
                (n("start"), n("end"), n("paragraph"))
            })
            .collect();
        let got: Vec<(u64, u64, u64)> = article_compare::segment::sentences(text)
            .map(|s| (s.start as u64, s.end as u64, s.paragraph as u64))
            .collect();
        assert!(want.len() > 10);
        assert_eq!(got, want, "article {i}");
    }
}

/// The wasm build folds plain text through SIMD128 windows: the keys and words of a tail that
/// ends, straddles and fills 16-byte windows, after every prefix of up to 34 spaces or letters,
/// are those the native build gives (written out here).
#[wasm_bindgen_test]
fn simd_windows_fold_as_native() {
    use article_compare::normalize::{for_each_word, key_of};
    let tail = "U.S.’s 3.5 2,000 ABCDEFGHIJKLMNOP don’t x ABCDEFGHIJKLMNOPQ";
    let key = "us s 3.5 2000 abcdefghijklmnop dont x abcdefghijklmnopq";
    let words = [
        "us",
        "s",
        "3.5",
        "2000",
        "abcdefghijklmnop",
        "dont",
        "x",
        "abcdefghijklmnopq",
    ];
    let mut scratch = String::new();
    for k in 0..=34 {
        let letters: String = "aB".chars().cycle().take(k).collect();
        let lower = letters.to_lowercase();
        for (text, want) in [
            (" ".repeat(k) + tail, key.to_string()),
            (
                letters.clone() + " " + tail,
                format!("{lower} {key}").trim_start().to_string(),
            ),
        ] {
            assert_eq!(key_of(&text), want, "{text:?}");
            let mut got = Vec::new();
            for_each_word(&text, &mut scratch, |w| got.push(w.to_string()));
            let want: Vec<&str> = (k > 0 && !text.starts_with(' '))
                .then_some(lower.as_str())
                .into_iter()
                .chain(words)
                .collect();
            assert_eq!(got, want, "{text:?}");
        }
    }
}
