//! CSRF on every unsafe method of the OpenAPI document: signed in, without the token, every
//! session endpoint answers 403 `csrf_invalid`; every endpoint that needs no session refuses a
//! body a cross-site HTML form could send (only JSON is accepted, and a cross-site JSON
//! request needs a CORS preflight the server never grants).

use reqwest::Method;

use super::{fill, operations};
use crate::both_backends;
use crate::helpers::{TestApp, error_code};
use crate::money::signed_in;

/// Unsafe operations designed for other channels with their own authentication, or that
/// change nothing.
const OTHER_CHANNELS: &[(&str, &str)] = &[
    (
        "POST /api/gateway/payments",
        "the payment gateway, server to server: HMAC signature of the body, no cookies",
    ),
    (
        "POST /api/usage",
        "the network's usage feed, server to server: HMAC signature of the body, no cookies",
    ),
    (
        "POST /api/payments/3ds/{id}",
        "the sandbox bank's 3-D Secure page: an HTML form posted to the bank under an \
         unguessable payment id, no customer session",
    ),
    (
        "POST /api/auth/challenge",
        "hands out a signed proof-of-work challenge: no body, no session, no stored state",
    ),
    (
        "POST /api/help/application.pdf",
        "renders the posted HTML form into a PDF for download: no session, no stored state",
    ),
];

#[expect(clippy::print_stderr, reason = "the count goes to the test log")]
async fn every_unsafe_method_needs_the_csrf_token(app: TestApp) {
    let (_, ops) = operations(&app).await;
    let b = signed_in(&app, "ivanov").await;
    let mut with_session = 0;
    let mut without_session = 0;
    let mut exempt = 0;
    for op in ops.iter().filter(|op| {
        [Method::POST, Method::PUT, Method::PATCH, Method::DELETE].contains(&op.method)
    }) {
        let key = op.key();
        if OTHER_CHANNELS.iter().any(|(k, _)| *k == key) {
            exempt += 1;
            continue;
        }
        let path = fill(&op.path, |_| "1".to_owned());
        let session_endpoint = op.spec["responses"]["403"]["description"]
            .as_str()
            .is_some_and(|d| d.contains("csrf_invalid"));
        if session_endpoint {
            // A session endpoint: signed in, no X-CSRF-Token header → 403 csrf_invalid.
            let res = b
                .client
                .request(op.method.clone(), b.url(&path))
                .header("content-type", "application/json")
                .header("idempotency-key", uuid::Uuid::new_v4().to_string())
                .body("{}")
                .send()
                .await
                .expect("request");
            assert_eq!(res.status(), 403, "{key} without the CSRF token");
            assert_eq!(error_code(res).await, "csrf_invalid", "{key}");
            with_session += 1;
        } else {
            // No session: a cross-site form (text/plain or urlencoded) is not JSON → 415.
            for content_type in ["text/plain", "application/x-www-form-urlencoded"] {
                let res = b
                    .client
                    .request(op.method.clone(), b.url(&path))
                    .header("content-type", content_type)
                    .body("{\"login\":\"ivanov\"}")
                    .send()
                    .await
                    .expect("request");
                assert_eq!(
                    res.status(),
                    415,
                    "{key} accepted a {content_type} body a cross-site form can send"
                );
            }
            without_session += 1;
        }
    }
    eprintln!(
        "CSRF sweep on {}: {with_session} session endpoints refused without the token, \
         {without_session} endpoints without a session refuse form bodies, {exempt} other channels",
        app.backend_name()
    );
    assert!(
        with_session >= 40,
        "only {with_session} session endpoints swept"
    );
    assert!(
        without_session >= 10,
        "only {without_session} anonymous endpoints swept"
    );
    assert_eq!(
        exempt,
        OTHER_CHANNELS.len(),
        "an exception names no operation"
    );
    // The token of this session still works (nothing above ended it).
    assert_eq!(b.get("/api/session").await.status(), 200);
}

both_backends!(every_unsafe_method_needs_the_csrf_token);
