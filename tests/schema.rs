//! The report's JSON Schema (`schema/report.schema.json`) and TypeScript types
//! (`schema/report.d.ts`) are generated from the report types; this test fails when the
//! committed files drift from them, and checks real reports against the schema.
//!
//! Regenerate both with `UPDATE_SCHEMA=1 cargo test --test schema`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use article_compare::report::{
    ArticleReport, Bound, Cluster, Credit, DiffReport, DiffStats, Fallback, FallbackStage, Figure,
    FigureKind, FigureRow, Finding, Furniture, Grade, Loc, Match, NumberDifference, Offsets, Op,
    OpKind, Passage, Place, Quoted, Repeat, Report, SentenceReport, Span, SpanPair, Stretch,
    WordOp, WordReport, Wording,
};
use article_compare::{Article, Options, Phase, Progress};
use serde_json::{Value, json};
use ts_rs::TS;

const SCHEMA_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/report.schema.json");
const TYPES_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/report.d.ts");

/// The schema of the three reports, with every type they use under `$defs`.
fn schema() -> Value {
    let mut generator = schemars::generate::SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator();
    let roots = [
        generator.subschema_for::<Report>(),
        generator.subschema_for::<DiffReport>(),
        generator.subschema_for::<ArticleReport>(),
    ];
    let defs = generator.take_definitions(true);
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "article-compare/report.schema.json",
        "title": "article-compare reports",
        "description": "The results of article-compare: `compare` gives a Report, `diff` a DiffReport, `segment` an ArticleReport. The command line's --json prints offsets in UTF-8 bytes; the browser (wasm) returns UTF-16 code units, so that JavaScript's text.slice(start, end) is exact. The `offsets` field of each report says which. Generated from the Rust types (tests/schema.rs); do not edit.",
        "oneOf": roots,
        "$defs": defs,
    })
}

/// One TypeScript declaration, exported, with its doc comment.
fn declaration<T: TS>(cfg: &ts_rs::Config) -> String {
    let docs = T::docs().map_or(String::new(), |d| format!("{}\n", d.trim_end()));
    format!("{docs}export {}\n", T::decl(cfg))
}

/// The TypeScript types of the reports and of the engine's inputs.
fn typescript() -> String {
    let cfg = ts_rs::Config::default();
    let declarations = [
        declaration::<Article<'_>>(&cfg),
        declaration::<Options>(&cfg),
        declaration::<Offsets>(&cfg),
        declaration::<Span>(&cfg),
        declaration::<Loc>(&cfg),
        declaration::<SpanPair>(&cfg),
        declaration::<Furniture>(&cfg),
        declaration::<SentenceReport>(&cfg),
        declaration::<ArticleReport>(&cfg),
        declaration::<Grade>(&cfg),
        declaration::<Repeat>(&cfg),
        declaration::<Stretch>(&cfg),
        declaration::<Passage>(&cfg),
        declaration::<Match>(&cfg),
        declaration::<Cluster>(&cfg),
        declaration::<FallbackStage>(&cfg),
        declaration::<Fallback>(&cfg),
        declaration::<Place>(&cfg),
        declaration::<FigureKind>(&cfg),
        declaration::<Bound>(&cfg),
        declaration::<Figure>(&cfg),
        declaration::<FigureRow>(&cfg),
        declaration::<NumberDifference>(&cfg),
        declaration::<Quoted>(&cfg),
        declaration::<Wording>(&cfg),
        declaration::<Credit>(&cfg),
        declaration::<Finding>(&cfg),
        declaration::<Report>(&cfg),
        declaration::<WordOp>(&cfg),
        declaration::<WordReport>(&cfg),
        declaration::<OpKind>(&cfg),
        declaration::<Op>(&cfg),
        declaration::<DiffStats>(&cfg),
        declaration::<DiffReport>(&cfg),
        declaration::<Phase>(&cfg),
        declaration::<Progress>(&cfg),
    ];
    format!(
        "// The types of article-compare's inputs and reports, generated from the Rust types by\n\
         // tests/schema.rs (UPDATE_SCHEMA=1 cargo test --test schema); do not edit.\n\
         // Offsets are UTF-16 code units in the browser: `text.slice(start, end)` is exact.\n\n{}",
        declarations.join("\n")
    )
}

/// Compares a committed file with what the types generate, or rewrites it with UPDATE_SCHEMA.
fn check_committed(path: &str, generated: &str) {
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(path, generated).expect("write the generated file");
        return;
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == generated,
        "{path} is not what the report types generate; run UPDATE_SCHEMA=1 cargo test --test schema"
    );
}

#[test]
fn committed_schema_and_types_are_generated_from_the_report_types() {
    let mut json = serde_json::to_string_pretty(&schema()).expect("json");
    json.push('\n');
    check_committed(SCHEMA_PATH, &json);
    check_committed(TYPES_PATH, &typescript());
}

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&schema()).expect("the schema is valid")
}

fn check(validator: &jsonschema::Validator, what: &str, value: &impl serde::Serialize) {
    let value = serde_json::to_value(value).expect("json");
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .take(5)
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

#[test]
fn reports_on_the_fixtures_match_the_schema() {
    let v = validator();
    let articles = common::articles();
    let options = Options::new();

    let mut report = options.compare(&articles).expect("compare");
    check(&v, "compare report", &report);
    report.to_utf16(&common::ARTICLES.map(|a| a.1));
    check(&v, "utf16 compare report", &report);

    let d = options.diff(&articles[1], &articles[4]).expect("diff");
    check(&v, "diff report", &d);
    let moved = options.diff(&articles[3], &articles[0]).expect("diff");
    check(&v, "diff report with moves", &moved);

    let s = options
        .segment("004", common::ARTICLES[4].1)
        .expect("segment");
    check(&v, "segment report", &s);
}

#[test]
fn the_schema_rejects_what_it_forbids() {
    let v = validator();
    let articles = common::articles();
    let good = serde_json::to_value(Options::new().compare(&articles[..2]).expect("compare"))
        .expect("json");
    let mut extra = good.clone();
    extra["surprise"] = Value::Bool(true);
    let mut missing = good.clone();
    missing.as_object_mut().expect("object").remove("clusters");
    let mut bad_offsets = good.clone();
    bad_offsets["offsets"] = Value::String("bytes".into());
    let mut bad_loc = good.clone();
    bad_loc["clusters"][0]["members"][0] = json!([0]);
    for bad in [extra, missing, bad_offsets, bad_loc] {
        assert!(!v.is_valid(&bad), "accepted {bad:.200}");
    }
    assert!(v.is_valid(&good));
}
