use serde_json::Value;

use crate::both_backends;
use crate::helpers::TestApp;

async fn health_reports_version_and_database(app: TestApp) {
    let res = app.get("/api/health").await;
    assert_eq!(res.status(), 200);
    let body: Value = res.json().await.expect("json");
    assert_eq!(body["status"], "ok");
    assert_eq!(body["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(body["database"], app.backend_name());
    assert_eq!(body["database_reachable"], true);
}

async fn every_response_carries_a_request_id(app: TestApp) {
    let res = app.get("/api/health").await;
    let id = res
        .headers()
        .get("x-request-id")
        .expect("x-request-id")
        .to_str()
        .expect("ascii");
    assert_eq!(id.len(), 36, "a UUID: {id}");

    let res = app
        .client
        .get(app.url("/api/health"))
        .header("x-request-id", "caller-chosen-id")
        .send()
        .await
        .expect("request");
    assert_eq!(res.headers()["x-request-id"], "caller-chosen-id");
}

async fn responses_are_hardened_and_compressed(app: TestApp) {
    let res = app
        .client
        .get(app.url("/api/openapi.json"))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .expect("request");
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-encoding"], "gzip");
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    assert_eq!(res.headers()["x-frame-options"], "DENY");
    assert!(res.headers().contains_key("referrer-policy"));
}

both_backends!(
    health_reports_version_and_database,
    every_response_carries_a_request_id,
    responses_are_hardened_and_compressed,
);
