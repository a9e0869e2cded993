//! Mobile controls, support, contacts and notifications (issue 8): every endpoint and every
//! refusal on both databases, including other customers' resources (IDOR → 404) and CSRF.

mod blacklist;
mod contacts;
mod limits;
mod notifications;
mod numbers;
mod sms;
mod support;

use serde_json::Value;

use crate::auth::DEMO_PASSWORD;
use crate::helpers::{Browser, TestApp};

pub const IVANOV_PHONE: &str = crate::auth::IVANOV_PHONE;
/// Uralsvyaz (legal entity) has a web account and a mobile number.
pub const URALSVYAZ_PHONE: &str = "+79501234567";
/// Petrova has a mobile number but no web account.
pub const PETROVA_PHONE: &str = "+79219876543";

/// Ivanov, signed in.
pub async fn ivanov(app: &TestApp) -> Browser {
    let b = app.browser();
    b.sign_in("ivanov", DEMO_PASSWORD).await;
    b
}

/// Uralsvyaz, signed in.
pub async fn uralsvyaz(app: &TestApp) -> Browser {
    let b = app.browser();
    b.sign_in("uralsvyaz", DEMO_PASSWORD).await;
    b
}

pub async fn json(res: reqwest::Response) -> Value {
    res.json().await.expect("json body")
}

/// PUT JSON with the CSRF header.
pub async fn put(b: &Browser, path: &str, body: &Value) -> reqwest::Response {
    b.client
        .put(b.url(path))
        .header("x-csrf-token", b.csrf())
        .json(body)
        .send()
        .await
        .expect("PUT")
}

/// DELETE without the CSRF header.
pub async fn delete_bare(b: &Browser, path: &str) -> reqwest::Response {
    b.client.delete(b.url(path)).send().await.expect("DELETE")
}

/// POSTs every body at once (with the CSRF header); the statuses, in no particular order.
pub async fn post_concurrently(b: &Browser, path: &str, bodies: Vec<Value>) -> Vec<u16> {
    let mut set = tokio::task::JoinSet::new();
    for body in bodies {
        let request = b
            .client
            .post(b.url(path))
            .header("x-csrf-token", b.csrf())
            .json(&body);
        set.spawn(async move { request.send().await.expect("POST").status().as_u16() });
    }
    set.join_all().await
}
