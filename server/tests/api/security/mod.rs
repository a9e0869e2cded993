//! Security sweep (issue 10): IDOR, CSRF, session fixation, brute force on every secret,
//! security headers, log scrubbing and uploads, on both databases. The IDOR and CSRF sweeps
//! take their list of operations from the OpenAPI document at run time, so an endpoint added
//! later is swept too (or the test says what it needs to know about it).

mod brute_force;
mod csrf;
mod fixation;
mod fuzz_findings;
mod headers;
mod idor;
mod logs;
mod uploads;

use serde_json::Value;

use crate::helpers::TestApp;

/// One operation of the OpenAPI document.
pub struct Operation {
    pub method: reqwest::Method,
    pub path: String,
    pub spec: Value,
}

impl Operation {
    /// `METHOD /path`, as the tables of exceptions name it.
    pub fn key(&self) -> String {
        format!("{} {}", self.method, self.path)
    }

    /// The parameters of this operation that are `in` (path, query, header).
    pub fn params_in(&self, place: &str) -> Vec<String> {
        self.spec["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["in"] == place)
            .filter_map(|p| p["name"].as_str().map(str::to_owned))
            .collect()
    }

    /// Whether the document lists `status` among the answers.
    pub fn documents(&self, status: u16) -> bool {
        self.spec["responses"].get(status.to_string()).is_some()
    }
}

/// Every operation the running server documents.
pub async fn operations(app: &TestApp) -> (Value, Vec<Operation>) {
    let doc: Value = app
        .get("/api/openapi.json")
        .await
        .json()
        .await
        .expect("openapi json");
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, spec) in item.as_object().expect("path item") {
            let Ok(method) = reqwest::Method::from_bytes(method.to_ascii_uppercase().as_bytes())
            else {
                continue;
            };
            out.push(Operation {
                method,
                path: path.clone(),
                spec: spec.clone(),
            });
        }
    }
    (doc, out)
}

/// Whether `schema` (following `$ref`s into `doc`) has a property named `name` at any depth.
pub fn schema_has_property(doc: &Value, schema: &Value, name: &str, depth: usize) -> bool {
    if depth > 6 {
        return false;
    }
    if let Some(reference) = schema["$ref"].as_str() {
        let target = reference
            .trim_start_matches("#/")
            .split('/')
            .fold(doc, |v, part| &v[part]);
        return schema_has_property(doc, target, name, depth + 1);
    }
    if schema["properties"].get(name).is_some() {
        return true;
    }
    let nested = ["allOf", "oneOf", "anyOf"]
        .iter()
        .filter_map(|k| schema[*k].as_array())
        .flatten()
        .chain(
            schema["properties"]
                .as_object()
                .into_iter()
                .flat_map(|p| p.values()),
        )
        .chain(schema.get("items"));
    nested
        .into_iter()
        .any(|s| schema_has_property(doc, s, name, depth + 1))
}

/// Whether the JSON request body of `op` carries a property `name`.
pub fn body_has(doc: &Value, op: &Operation, name: &str) -> bool {
    op.spec["requestBody"]["content"]
        .as_object()
        .into_iter()
        .flat_map(|c| c.values())
        .any(|media| schema_has_property(doc, &media["schema"], name, 0))
}

/// `path` with every `{param}` replaced by `value(param)`.
pub fn fill(path: &str, value: impl Fn(&str) -> String) -> String {
    let mut out = String::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let end = rest[start..].find('}').expect("closing brace") + start;
        out.push_str(&rest[..start]);
        out.push_str(&value(&rest[start + 1..end]));
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}
