//! Bad input gets JSON with a stable code and a 4xx status, never 5xx or a plain page.

use serde_json::{Value, json};

use crate::both_backends;
use crate::helpers::TestApp;

async fn assert_api_error(res: reqwest::Response, status: u16, code: &str) -> Value {
    assert_eq!(res.status(), status);
    let content_type = res.headers()["content-type"]
        .to_str()
        .expect("ascii")
        .to_owned();
    assert!(
        content_type.starts_with("application/json"),
        "{content_type}"
    );
    let body: Value = res.json().await.expect("json body");
    assert_eq!(body["code"], code, "{body}");
    assert!(
        body["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{body}"
    );
    body
}

async fn unknown_api_paths_are_json_404(app: TestApp) {
    for path in [
        "/api",
        "/api/",
        "/api/nope",
        "/api/health/extra",
        "/api/../api/x",
    ] {
        assert_api_error(app.get(path).await, 404, "not_found").await;
    }
    let res = app.post_json("/api/no/such/thing", &json!({})).await;
    assert_api_error(res, 404, "not_found").await;
}

async fn wrong_method_is_json_405(app: TestApp) {
    let res = app.post_json("/api/health", &json!({})).await;
    assert_api_error(res, 405, "method_not_allowed").await;
    let res = app
        .client
        .delete(app.url("/api/regions"))
        .send()
        .await
        .expect("request");
    assert_api_error(res, 405, "method_not_allowed").await;
}

async fn malformed_json_is_400(app: TestApp) {
    let res = app
        .client
        .post(app.url("/api/client-errors"))
        .header("content-type", "application/json")
        .body("{\"message\": ")
        .send()
        .await
        .expect("request");
    assert_api_error(res, 400, "malformed_json").await;

    // Valid JSON of the wrong shape is malformed too.
    let res = app
        .post_json("/api/client-errors", &json!({"message": 5, "route": "/"}))
        .await;
    assert_api_error(res, 400, "malformed_json").await;
    let res = app
        .post_json("/api/client-errors", &json!({"message": "x"}))
        .await;
    assert_api_error(res, 400, "malformed_json").await;
}

async fn non_json_body_is_415(app: TestApp) {
    let res = app
        .client
        .post(app.url("/api/client-errors"))
        .header("content-type", "text/plain")
        .body("hello")
        .send()
        .await
        .expect("request");
    assert_api_error(res, 415, "unsupported_media_type").await;
}

async fn oversized_body_is_json_413(app: TestApp) {
    let huge = "x".repeat(2 * 1024 * 1024);
    let res = app
        .post_json(
            "/api/client-errors",
            &json!({"message": huge, "route": "/"}),
        )
        .await;
    assert_api_error(res, 413, "payload_too_large").await;
}

/// Every route refuses a body larger than it accepts, also one that reads no body (the
/// proof-of-work challenge took 20 MB with 200), and a report of a client error is capped
/// far below the default.
async fn an_oversized_body_is_413_on_routes_that_read_none(app: TestApp) {
    let big = vec![b'x'; 2 * 1024 * 1024];
    for path in ["/api/auth/challenge", "/api/auth/logout", "/api/health"] {
        let res = app
            .client
            .post(app.url(path))
            .header("content-type", "application/json")
            .body(big.clone())
            .send()
            .await
            .expect("POST");
        assert_api_error(res, 413, "payload_too_large").await;
    }
    let report = json!({"message": "m".repeat(17 * 1024), "route": "/"});
    let res = app.post_json("/api/client-errors", &report).await;
    assert_api_error(res, 413, "payload_too_large").await;
}

/// Client error reports are counted per address: 60 an hour, then 429.
async fn client_error_reports_are_throttled(app: TestApp) {
    let report = json!({"message": "TypeError: x is undefined", "route": "/dashboard"});
    for n in 1..=60 {
        let res = app.post_json("/api/client-errors", &report).await;
        assert_eq!(res.status(), 202, "report {n}");
    }
    let res = app.post_json("/api/client-errors", &report).await;
    assert_api_error(res, 429, "rate_limited").await;
}

async fn invalid_field_is_422_naming_the_field(app: TestApp) {
    let res = app
        .post_json(
            "/api/client-errors",
            &json!({"message": "  ", "route": "/x"}),
        )
        .await;
    let body = assert_api_error(res, 422, "required").await;
    assert_eq!(body["field"], "message");
    let long_route = "/".repeat(201);
    let res = app
        .post_json(
            "/api/client-errors",
            &json!({"message": "m", "route": long_route}),
        )
        .await;
    let body = assert_api_error(res, 422, "too_long").await;
    assert_eq!(body["field"], "route");

    let ok = app
        .post_json(
            "/api/client-errors",
            &json!({"message": "boom", "route": "/x"}),
        )
        .await;
    assert_eq!(ok.status(), 202);
}

both_backends!(
    unknown_api_paths_are_json_404,
    wrong_method_is_json_405,
    malformed_json_is_400,
    non_json_body_is_415,
    oversized_body_is_json_413,
    an_oversized_body_is_413_on_routes_that_read_none,
    client_error_reports_are_throttled,
    invalid_field_is_422_naming_the_field,
);
