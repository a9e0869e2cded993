//! Security headers on every kind of answer — app pages, JSON, errors of each status, the
//! server-rendered HTML pages (API docs, 3-D Secure), files, CSV and PDF: `nosniff`, a strict
//! referrer policy, no framing, and a script policy without `unsafe-inline` on every HTML
//! page; HSTS exactly when the site is https.

use serde_json::json;

use crate::both_backends;
use crate::helpers::{Backend, TestApp, spawn_app_with};
use crate::money::{CARD_OK, card_body, json_of, pay, signed_in};

/// One answer of each kind: `(what, response)`.
async fn answers(app: &TestApp) -> Vec<(String, reqwest::Response)> {
    let b = signed_in(app, "ivanov").await;
    let d = json_of(b.get("/api/dashboard").await).await;
    let account = d["accounts"][0]["id"].as_i64().expect("account");
    let payment = json_of(pay(&b, &card_body(account, 10_000, CARD_OK)).await).await;
    let payment = payment["id"].as_str().expect("id").to_owned();
    let thread = json_of(
        b.post(
            "/api/support/threads",
            &json!({"subject": "Счёт", "text": "Прикладываю снимок."}),
        )
        .await,
    )
    .await["thread"]["id"]
        .as_i64()
        .expect("thread");
    let part = reqwest::multipart::Part::bytes(super::uploads::PNG.to_vec())
        .file_name("shot.png")
        .mime_str("image/png")
        .expect("mime");
    let res = b
        .client
        .post(b.url(&format!("/api/support/threads/{thread}/attachments")))
        .header("x-csrf-token", b.csrf())
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .expect("upload");
    let attachment = json_of(res).await["id"].as_str().expect("id").to_owned();
    let mut out = Vec::new();
    for path in [
        "/",
        "/dashboard",
        "/signin",
        "/favicon.svg",
        "/missing-0123456789abcdef.js",
        "/api/health",
        "/api/openapi.json",
        "/api/docs",
        "/metrics",
        "/api/no-such-endpoint",
        "/api/payments/3ds/no-such-payment",
    ] {
        out.push((format!("GET {path}"), app.get(path).await));
    }
    out.push((
        "GET /api/session (401)".to_owned(),
        app.get("/api/session").await,
    ));
    for path in [
        "/api/session".to_owned(),
        "/api/history.csv".to_owned(),
        format!("/api/payments/{payment}/receipt.pdf"),
        format!("/api/payments/3ds/{payment}"),
        format!("/api/support/attachments/{attachment}"),
    ] {
        out.push((format!("GET {path} (signed in)"), b.get(&path).await));
    }
    out.push((
        "DELETE /api/health (405)".to_owned(),
        app.client
            .delete(app.url("/api/health"))
            .send()
            .await
            .expect("405"),
    ));
    out.push((
        "POST sign-in text/plain (415)".to_owned(),
        app.client
            .post(app.url("/api/auth/sign-in"))
            .header("content-type", "text/plain")
            .body("x")
            .send()
            .await
            .expect("415"),
    ));
    out.push((
        "POST sign-in malformed (422)".to_owned(),
        app.post_json("/api/auth/sign-in", &json!({"login": "", "password": ""}))
            .await,
    ));
    out.push((
        "POST sign-in too large (413)".to_owned(),
        app.client
            .post(app.url("/api/auth/sign-in"))
            .header("content-type", "application/json")
            .body(format!("{{\"login\":\"{}\"}}", "x".repeat(2 * 1024 * 1024)))
            .send()
            .await
            .expect("413"),
    ));
    out.push((
        "POST logout without CSRF (403)".to_owned(),
        b.post_bare("/api/auth/logout", &json!({})).await,
    ));
    out
}

async fn every_answer_carries_the_security_headers(app: TestApp) {
    let answers = answers(&app).await;
    assert!(answers.len() >= 20);
    let statuses: std::collections::BTreeSet<u16> =
        answers.iter().map(|(_, r)| r.status().as_u16()).collect();
    for status in [200, 401, 403, 404, 405, 413, 415, 422] {
        assert!(statuses.contains(&status), "no {status} among {statuses:?}");
    }
    for (what, res) in answers {
        let h = res.headers();
        let get = |name: &str| {
            h.get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_else(|| panic!("{what}: no {name}"))
                .to_owned()
        };
        assert_eq!(get("x-content-type-options"), "nosniff", "{what}");
        assert_eq!(
            get("referrer-policy"),
            "strict-origin-when-cross-origin",
            "{what}"
        );
        assert_eq!(get("x-frame-options"), "DENY", "{what}");
        let csp = get("content-security-policy");
        assert!(csp.contains("frame-ancestors 'none'"), "{what}: {csp}");
        assert!(
            !h.contains_key("strict-transport-security"),
            "{what}: HSTS over http"
        );
        let html = h
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("text/html"));
        if html {
            // Scripts are restricted (script-src, or default-src as the fallback), never
            // inline or eval'd.
            let scripts = csp
                .split(';')
                .map(str::trim)
                .find(|d| d.starts_with("script-src "))
                .or_else(|| {
                    csp.split(';')
                        .map(str::trim)
                        .find(|d| d.starts_with("default-src "))
                })
                .unwrap_or_else(|| panic!("{what}: an HTML page without a script policy: {csp}"));
            assert!(!scripts.contains("'unsafe-inline'"), "{what}: {csp}");
            assert!(!scripts.contains("'unsafe-eval'"), "{what}: {csp}");
            assert!(
                csp.contains("object-src 'none'") || scripts.contains("'none'"),
                "{what}: {csp}"
            );
        }
    }
}

async fn https_sites_pin_https_on_every_answer(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.public_url = "https://my.example".to_owned()).await;
    for path in [
        "/",
        "/dashboard",
        "/api/health",
        "/api/docs",
        "/api/session",
        "/api/no-such-endpoint",
        "/api/payments/3ds/no-such-payment",
        "/missing-0123456789abcdef.js",
    ] {
        let res = app.get(path).await;
        assert_eq!(
            res.headers()
                .get("strict-transport-security")
                .and_then(|v| v.to_str().ok()),
            Some("max-age=31536000; includeSubDomains"),
            "{path} ({})",
            res.status()
        );
    }
}

#[tokio::test]
async fn https_sites_pin_https_on_every_answer_sqlite() {
    https_sites_pin_https_on_every_answer(Backend::Sqlite).await;
}

#[tokio::test]
async fn https_sites_pin_https_on_every_answer_postgres() {
    https_sites_pin_https_on_every_answer(Backend::Postgres).await;
}

both_backends!(every_answer_carries_the_security_headers);
