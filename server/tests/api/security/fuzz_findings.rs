//! What the API fuzzing (`tools/fuzz/schemathesis.sh`) and the sweep found, each kept as a
//! regression test: an answer the server gives must be one the OpenAPI document describes.

use serde_json::{Value, json};

use super::{fill, operations};
use crate::both_backends;
use crate::helpers::TestApp;
use crate::money::{CARD_3DS, card_body, json_of, pay, signed_in};

/// Panics unless the document lists `status` for `method path`.
async fn assert_documented(app: &TestApp, method: &str, path: &str, status: u16) {
    let (_, ops) = operations(app).await;
    let op = ops
        .iter()
        .find(|op| op.method.as_str() == method && op.path == path)
        .unwrap_or_else(|| panic!("{method} {path} is not in the document"));
    assert!(
        op.documents(status),
        "{method} {path} answers {status}, which the document does not list: {}",
        op.spec["responses"]
    );
}

/// The bank page of a payment that failed answers 402 (as its form post does).
async fn the_bank_page_of_a_failed_payment_is_a_documented_402(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let d: Value = json_of(b.get("/api/dashboard").await).await;
    let account = d["accounts"][0]["id"].as_i64().expect("account");
    let res = pay(&b, &card_body(account, 10_000, CARD_3DS)).await;
    assert_eq!(res.status(), 202);
    let id = json_of(res).await["id"].as_str().expect("id").to_owned();
    let url = app.url(&format!("/api/payments/3ds/{id}"));
    for _ in 0..3 {
        app.client
            .post(&url)
            .form(&[("code", "000000")])
            .send()
            .await
            .expect("3ds");
    }
    let res = app.get(&format!("/api/payments/3ds/{id}")).await;
    assert_eq!(res.status(), 402);
    assert_documented(&app, "GET", "/api/payments/3ds/{id}", 402).await;
}

/// Every JSON operation answers broken JSON with 400 `malformed_json` and a body that is not
/// JSON with 415, and documents both (the first fuzzing run got an undocumented 415 from 37
/// operations and an undocumented 400 from 6).
#[expect(clippy::print_stderr, reason = "the count goes to the test log")]
async fn json_refusals_are_documented_on_every_json_operation(app: TestApp) {
    let (_, ops) = operations(&app).await;
    let b = signed_in(&app, "ivanov").await;
    let mut reached = 0;
    for op in ops.iter().filter(|op| {
        op.spec["requestBody"]["content"]
            .get("application/json")
            .is_some()
    }) {
        let key = op.key();
        for status in [400, 413, 415] {
            assert!(op.documents(status), "{key} does not document {status}");
        }
        let path = super::fill(&op.path, |_| "1".to_owned());
        for (content_type, body, expected) in [
            ("application/json", "{\"broken\": ", 400),
            ("text/plain", "{}", 415),
        ] {
            let res = b
                .client
                .request(op.method.clone(), b.url(&path))
                .header("content-type", content_type)
                .header("x-csrf-token", b.csrf())
                .header("idempotency-key", uuid::Uuid::new_v4().to_string())
                .body(body)
                .send()
                .await
                .expect("request");
            let status = res.status().as_u16();
            assert!(
                op.documents(status),
                "{key} answered an undocumented {status}"
            );
            if status == expected {
                reached += 1;
            }
        }
    }
    eprintln!("JSON refusals: {reached} answers from the extractor, all documented");
    assert!(
        reached >= 50,
        "only {reached} requests reached the JSON extractor"
    );
}

/// Every GET without parameters answers with a status and a media type its operation
/// documents (`/metrics` said `text/plain` and sent `application/openmetrics-text`).
async fn plain_reads_send_the_documented_media_type(app: TestApp) {
    let (_, ops) = operations(&app).await;
    let b = signed_in(&app, "ivanov").await;
    let mut checked = 0;
    for op in ops
        .iter()
        .filter(|op| op.method == reqwest::Method::GET && !op.path.contains('{'))
    {
        // Redirects (the OpenID Connect start) are followed by the client: not a read.
        if (300..400).any(|status| op.documents(status)) {
            continue;
        }
        let res = b.get(&op.path).await;
        let status = res.status().as_u16();
        let key = op.key();
        assert!(
            op.documents(status),
            "{key} answered an undocumented {status}"
        );
        let media = res
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_owned();
        let documented = &op.spec["responses"][status.to_string()]["content"];
        if let Some(types) = documented.as_object() {
            assert!(
                types.contains_key(&media),
                "{key} sent {media}, documented {:?}",
                types.keys().collect::<Vec<_>>()
            );
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} reads checked");
}

/// A parameter the document puts `in: path` is a `{placeholder}` of the path, and the other
/// way round (`GET /api/sms` documented its `folder` query parameter as a path parameter).
async fn path_parameters_are_the_path_placeholders(app: TestApp) {
    let (_, ops) = operations(&app).await;
    for op in &ops {
        let mut placeholders: Vec<String> = op
            .path
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
            .collect();
        let mut documented = op.params_in("path");
        placeholders.sort();
        documented.sort();
        assert_eq!(documented, placeholders, "{}", op.key());
    }
}

/// An upload without its `file` field is a documented 422 (the fuzzing sent an empty
/// multipart body).
async fn an_upload_without_a_file_is_a_documented_422(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let res = b
        .post(
            "/api/support/threads",
            &serde_json::json!({"subject": "Пусто", "text": "Без файла."}),
        )
        .await;
    let id = json_of(res).await["thread"]["id"].as_i64().expect("id");
    let res = b
        .client
        .post(b.url(&format!("/api/support/threads/{id}/attachments")))
        .header("x-csrf-token", b.csrf())
        .multipart(reqwest::multipart::Form::new().text("note", "no file"))
        .send()
        .await
        .expect("upload");
    assert_eq!(res.status(), 422);
    assert_documented(&app, "POST", "/api/support/threads/{id}/attachments", 422).await;
    // A multipart body that does not parse is a documented 400 (found with seed 3).
    assert_documented(&app, "POST", "/api/support/threads/{id}/attachments", 400).await;
}

/// Every operation that answers a visitor without a session 401 documents it (a fuzzing run
/// after the bonus transfer landed found its 401 undocumented).
#[expect(clippy::print_stderr, reason = "the count goes to the test log")]
async fn every_401_to_a_visitor_is_documented(app: TestApp) {
    let (_, ops) = operations(&app).await;
    let mut refused = 0;
    for op in &ops {
        let url = app.url(&fill(&op.path, |_| "1".to_owned()));
        let res = app
            .client
            .request(op.method.clone(), &url)
            .header("content-type", "application/json")
            .header("idempotency-key", "fuzz-finding-401")
            .body("{}")
            .send()
            .await
            .expect("request");
        if res.status() == 401 {
            refused += 1;
            assert!(
                op.documents(401),
                "{} answers 401 to a visitor, which the document does not list: {}",
                op.key(),
                op.spec["responses"]
            );
        }
    }
    eprintln!("{refused} operations refuse a visitor with a documented 401");
    assert!(refused >= 40, "{refused}");
}

/// A development job run far from the server's clock is refused with a documented 422 naming
/// `now` (the fuzzing's run at year 9534 kept the server accruing past the 30 s timeout).
async fn a_job_run_centuries_away_is_a_documented_422(app: TestApp) {
    for now in ["9534-04-17T14:48:05Z", "0001-01-01T00:00:00Z"] {
        let res = app
            .post_json("/api/dev/jobs/run", &json!({ "now": now }))
            .await;
        assert_eq!(res.status(), 422, "{now}");
        let body: Value = json_of(res).await;
        assert_eq!(body["code"], "simulated_time_out_of_range", "{now}");
        assert_eq!(body["field"], "now", "{now}");
    }
    assert_documented(&app, "POST", "/api/dev/jobs/run", 422).await;
    let res = app.post_json("/api/dev/jobs/run", &json!({})).await;
    assert_eq!(res.status(), 200);
}

both_backends!(
    a_job_run_centuries_away_is_a_documented_422,
    every_401_to_a_visitor_is_documented,
    path_parameters_are_the_path_placeholders,
    an_upload_without_a_file_is_a_documented_422,
    plain_reads_send_the_documented_media_type,
    the_bank_page_of_a_failed_payment_is_a_documented_402,
    json_refusals_are_documented_on_every_json_operation,
);
