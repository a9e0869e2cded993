//! Money (issue 7): dashboard, top-ups, idempotency, 3-D Secure, the gateway, receipts,
//! history and the ledger invariant, on both databases.

mod autopay;
mod bonus;
mod controls;
mod dashboard;
mod gateway;
mod history;
mod idempotency;
pub mod jobs;
mod leases;
mod ledger;
mod payments;
mod promised;
mod receipt;
mod three_ds;
mod usage;

use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::Sha256;

use crate::helpers::{Browser, GATEWAY_SECRET, TestApp};

pub const DEMO_PASSWORD: &str = server::demo::DEMO_PASSWORD;
pub const CARD_OK: &str = "4111 1111 1111 1111";
pub const CARD_DECLINED: &str = "4000 0000 0000 0002";
pub const CARD_NO_FUNDS: &str = "4000 0000 0000 9995";
pub const CARD_3DS: &str = "4000 0000 0000 3220";

/// A browser signed in as a demo customer (`ivanov` or `uralsvyaz`).
pub async fn signed_in(app: &TestApp, login: &str) -> Browser {
    let b = app.browser();
    b.sign_in(login, DEMO_PASSWORD).await;
    b
}

pub async fn json_of(res: reqwest::Response) -> Value {
    res.json().await.expect("json")
}

/// The dashboard of `account` (or the default one); panics unless 200.
pub async fn dashboard(b: &Browser, account: Option<i64>) -> Value {
    let path = match account {
        Some(id) => format!("/api/dashboard?account={id}"),
        None => "/api/dashboard".to_owned(),
    };
    let res = b.get(&path).await;
    assert_eq!(res.status(), 200, "dashboard");
    json_of(res).await
}

/// `(id, balance)` of every account in the switcher.
pub async fn accounts(b: &Browser) -> Vec<(i64, i64)> {
    let d = dashboard(b, None).await;
    d["accounts"]
        .as_array()
        .expect("accounts")
        .iter()
        .map(|a| {
            (
                a["id"].as_i64().expect("id"),
                a["balance"].as_i64().expect("balance"),
            )
        })
        .collect()
}

pub async fn balance(b: &Browser, account: i64) -> i64 {
    accounts(b)
        .await
        .into_iter()
        .find(|(id, _)| *id == account)
        .map(|(_, bal)| bal)
        .expect("own account")
}

pub fn card_body(account: i64, amount: i64, card: &str) -> Value {
    json!({
        "account_id": account,
        "amount": amount,
        "card_number": card,
        "expiry": "12/30",
        "cvc": "123",
        "save_card": false,
    })
}

/// POST with the CSRF header and an `Idempotency-Key` (when given).
pub async fn post_keyed(
    b: &Browser,
    path: &str,
    key: Option<&str>,
    body: &Value,
) -> reqwest::Response {
    let mut req = b
        .client
        .post(b.url(path))
        .header("x-csrf-token", b.csrf())
        .json(body);
    if let Some(k) = key {
        req = req.header("idempotency-key", k);
    }
    req.send().await.expect("POST")
}

/// A card top-up under a fresh idempotency key.
pub async fn pay(b: &Browser, body: &Value) -> reqwest::Response {
    let key = uuid::Uuid::new_v4().to_string();
    post_keyed(b, "/api/payments/card", Some(&key), body).await
}

pub fn sign(body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(GATEWAY_SECRET.as_bytes()).expect("key");
    mac.update(body);
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// POST a gateway payment signed with `signature` (or the right one).
pub async fn gateway(app: &TestApp, body: &Value, signature: Option<&str>) -> reqwest::Response {
    let raw = serde_json::to_vec(body).expect("json");
    let sig = signature.map_or_else(|| sign(&raw), str::to_owned);
    app.client
        .post(app.url("/api/gateway/payments"))
        .header("content-type", "application/json")
        .header("x-gateway-signature", sig)
        .body(raw)
        .send()
        .await
        .expect("POST")
}

/// Every entry of an account's history (all pages).
pub async fn all_entries(b: &Browser, account: i64) -> Vec<Value> {
    let mut out = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let mut path = format!("/api/history?account={account}&limit=100");
        if let Some(c) = &cursor {
            path.push_str(&format!("&cursor={c}"));
        }
        let res = b.get(&path).await;
        assert_eq!(res.status(), 200);
        let page = json_of(res).await;
        out.extend(page["entries"].as_array().expect("entries").iter().cloned());
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => return out,
        }
    }
}

/// The ledger invariant holds for every account (dev endpoint).
pub async fn assert_ledger_consistent(app: &TestApp) -> Value {
    let res = app.get("/api/dev/ledger-check").await;
    assert_eq!(res.status(), 200);
    let check = json_of(res).await;
    assert_eq!(check["mismatches"], json!([]), "{check}");
    check
}
