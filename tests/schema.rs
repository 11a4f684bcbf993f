//! Real reports checked against `schema/report.schema.json`, so that the schema other tools rely
//! on cannot drift from what the engine prints. The validator below covers exactly the keywords
//! the schema uses and fails on any other, so it cannot pass by ignoring one.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use article_compare::Options;
use serde_json::Value;

struct Validator<'a> {
    root: &'a Value,
}

impl Validator<'_> {
    fn check(&self, schema: &Value, v: &Value, path: &str) -> Result<(), String> {
        let Some(obj) = schema.as_object() else {
            return Err(format!("{path}: schema is not an object"));
        };
        for (k, rule) in obj {
            match k.as_str() {
                "$schema" | "$id" | "title" | "description" | "$defs" => {}
                "$ref" => {
                    let name = rule
                        .as_str()
                        .and_then(|r| r.strip_prefix("#/$defs/"))
                        .ok_or("bad $ref")?;
                    self.check(&self.root["$defs"][name], v, path)?;
                }
                "type" => {
                    let ok = match rule.as_str().unwrap_or("") {
                        "object" => v.is_object(),
                        "array" => v.is_array(),
                        "string" => v.is_string(),
                        "number" => v.is_number(),
                        "integer" => v.is_u64() || v.is_i64(),
                        "null" => v.is_null(),
                        other => return Err(format!("{path}: unsupported type {other}")),
                    };
                    if !ok {
                        return Err(format!("{path}: {v} is not {rule}"));
                    }
                }
                "enum" => {
                    if !rule.as_array().is_some_and(|e| e.contains(v)) {
                        return Err(format!("{path}: {v} not in {rule}"));
                    }
                }
                "oneOf" => {
                    let passing = rule
                        .as_array()
                        .ok_or("bad oneOf")?
                        .iter()
                        .filter(|s| self.check(s, v, path).is_ok())
                        .count();
                    if passing != 1 {
                        return Err(format!("{path}: {passing} of oneOf match"));
                    }
                }
                "required" => {
                    for key in rule.as_array().ok_or("bad required")? {
                        if v.get(key.as_str().unwrap_or("")).is_none() {
                            return Err(format!("{path}: missing {key}"));
                        }
                    }
                }
                "properties" => {
                    if let Some(o) = v.as_object() {
                        for (key, value) in o {
                            match rule.get(key) {
                                Some(s) => self.check(s, value, &format!("{path}.{key}"))?,
                                None if obj.get("additionalProperties")
                                    == Some(&Value::Bool(false)) =>
                                {
                                    return Err(format!("{path}: unexpected field {key}"));
                                }
                                None => {}
                            }
                        }
                    }
                }
                "additionalProperties" => {}
                "items" => {
                    for (i, item) in v.as_array().into_iter().flatten().enumerate() {
                        self.check(rule, item, &format!("{path}[{i}]"))?;
                    }
                }
                "prefixItems" => {
                    for (i, (s, item)) in rule
                        .as_array()
                        .ok_or("bad prefixItems")?
                        .iter()
                        .zip(v.as_array().into_iter().flatten())
                        .enumerate()
                    {
                        self.check(s, item, &format!("{path}[{i}]"))?;
                    }
                }
                "minItems" | "maxItems" => {
                    let (n, bound) = (
                        v.as_array().map_or(0, Vec::len) as u64,
                        rule.as_u64().unwrap_or(0),
                    );
                    if (k == "minItems" && n < bound) || (k == "maxItems" && n > bound) {
                        return Err(format!("{path}: {n} items breaks {k} {bound}"));
                    }
                }
                "minimum" | "maximum" => {
                    let (x, bound) = (v.as_f64().unwrap_or(0.0), rule.as_f64().unwrap_or(0.0));
                    if (k == "minimum" && x < bound) || (k == "maximum" && x > bound) {
                        return Err(format!("{path}: {x} breaks {k} {bound}"));
                    }
                }
                other => {
                    return Err(format!(
                        "{path}: the test's validator does not know {other}"
                    ));
                }
            }
        }
        Ok(())
    }

    fn check_def(&self, def: &str, v: &Value) -> Result<(), String> {
        self.check(&self.root["$defs"][def], v, def)
    }
}

fn schema() -> Value {
    serde_json::from_str(include_str!("../schema/report.schema.json")).expect("the schema is JSON")
}

#[test]
fn reports_on_the_fixtures_match_the_schema() {
    let root = schema();
    let v = Validator { root: &root };
    let articles = common::articles();
    let options = Options::new();

    let mut report = options.compare(&articles).expect("compare");
    v.check_def("Report", &serde_json::to_value(&report).expect("json"))
        .expect("compare report");
    report.to_utf16(&common::ARTICLES.map(|a| a.1));
    v.check(&root, &serde_json::to_value(&report).expect("json"), "root")
        .expect("utf16 report via oneOf");

    let d = options.diff(&articles[1], &articles[4]).expect("diff");
    v.check_def("DiffReport", &serde_json::to_value(&d).expect("json"))
        .expect("diff report");
    let moved = options.diff(&articles[3], &articles[0]).expect("diff");
    v.check_def("DiffReport", &serde_json::to_value(&moved).expect("json"))
        .expect("diff report");

    let s = options
        .segment("004", common::ARTICLES[4].1)
        .expect("segment");
    v.check_def("ArticleReport", &serde_json::to_value(&s).expect("json"))
        .expect("segment report");
}

#[test]
fn the_validator_rejects_what_the_schema_forbids() {
    let root = schema();
    let v = Validator { root: &root };
    let articles = common::articles();
    let good = serde_json::to_value(Options::new().compare(&articles[..2]).expect("compare"))
        .expect("json");
    let mut extra = good.clone();
    extra["surprise"] = Value::Bool(true);
    let mut missing = good.clone();
    missing.as_object_mut().expect("object").remove("clusters");
    let mut bad_grade = good.clone();
    bad_grade["offsets"] = Value::String("bytes".into());
    for bad in [extra, missing, bad_grade] {
        assert!(v.check_def("Report", &bad).is_err());
    }
    assert!(v.check_def("Report", &good).is_ok());
}
