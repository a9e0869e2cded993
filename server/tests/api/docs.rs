//! The OpenAPI document describes every route, and every described route is served.

use std::path::Path;

use serde_json::Value;

use crate::both_backends;
use crate::helpers::TestApp;

/// Routes that are deliberately not operations: the JSON 404 catch-alls.
const UNDOCUMENTED: &[&str] = &["/api", "/api/", "/api/{*rest}"];

/// Every `.route("...")` / `path = "..."` literal in the server's sources.
fn route_literals_in_source() -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("read file");
                for marker in [
                    ".route(\"",
                    ".route_service(\"",
                    ".nest(\"",
                    ".nest_service(\"",
                ] {
                    for piece in text.split(marker).skip(1) {
                        if let Some(end) = piece.find('"') {
                            out.push(piece[..end].to_owned());
                        }
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

async fn openapi_document_lists_every_route(app: TestApp) {
    let res = app.get("/api/openapi.json").await;
    assert_eq!(res.status(), 200);
    let doc: Value = res.json().await.expect("json");
    assert!(
        doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.")),
        "{}",
        doc["openapi"]
    );
    assert_eq!(doc["info"]["version"], env!("CARGO_PKG_VERSION"));
    let paths = doc["paths"].as_object().expect("paths");
    for expected in [
        "/api/health",
        "/api/regions",
        "/api/client-errors",
        "/api/openapi.json",
        "/api/docs",
        "/metrics",
    ] {
        assert!(paths.contains_key(expected), "{expected} is not documented");
    }
    for literal in route_literals_in_source() {
        assert!(
            paths.contains_key(&literal) || UNDOCUMENTED.contains(&literal.as_str()),
            "route {literal} is mounted outside utoipa_axum::routes! and is not in the \
             OpenAPI document: declare it with #[utoipa::path] and mount it with routes!"
        );
    }
    let schemas = doc["components"]["schemas"].as_object().expect("schemas");
    assert!(schemas.contains_key("ApiError") && schemas.contains_key("ErrorCode"));
}

async fn every_documented_operation_is_served(app: TestApp) {
    let doc: Value = app
        .get("/api/openapi.json")
        .await
        .json()
        .await
        .expect("json");
    let mut operations = 0;
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for method in item.as_object().expect("item").keys() {
            let concrete = path.replace(['{', '}'], "");
            let method = reqwest::Method::from_bytes(method.to_ascii_uppercase().as_bytes())
                .expect("method");
            let res = app
                .client
                .request(method.clone(), app.url(&concrete))
                .header("content-type", "application/json")
                .body("{}")
                .send()
                .await
                .expect("request");
            let status = res.status().as_u16();
            let body = res.text().await.expect("body");
            assert!(
                status != 405 && !body.contains("Unknown API endpoint"),
                "{method} {path} is documented but not routed ({status}: {body})"
            );
            assert!(status < 500, "{method} {path} answered {status}: {body}");
            operations += 1;
        }
    }
    assert!(operations >= 6, "only {operations} operations");
}

async fn docs_page_renders_every_path(app: TestApp) {
    let res = app.get("/api/docs").await;
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .expect("ascii")
            .starts_with("text/html")
    );
    let html = res.text().await.expect("html");
    assert!(html.contains("My MTS API"));
    for path in [
        "/api/health",
        "/api/regions",
        "/api/client-errors",
        "/metrics",
    ] {
        assert!(html.contains(path), "{path} missing from the docs page");
    }
    assert!(
        !html.contains("<script"),
        "the docs page must not need scripts"
    );
}

both_backends!(
    openapi_document_lists_every_route,
    every_documented_operation_is_served,
    docs_page_renders_every_path,
);
