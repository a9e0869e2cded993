//! Tariffs and services (issue 8): preview → confirm with quote tokens and idempotency keys,
//! options, "My services", the activation log, TV, blocking with its daily fee accrual, and
//! the internet connection, on both databases.

mod accrual;
mod blocking;
mod options;
mod tariff;
mod tv;

use serde_json::{Value, json};

use crate::helpers::Browser;
use crate::money::{CARD_OK, card_body, json_of, pay, post_keyed};

/// `(mobile, home)` account ids of a demo customer with both.
pub async fn own_accounts(b: &Browser) -> (i64, i64) {
    let d = crate::money::dashboard(b, None).await;
    let list = d["accounts"].as_array().expect("accounts");
    let of = |service: &str| {
        list.iter()
            .find(|a| a["service"] == service)
            .and_then(|a| a["id"].as_i64())
            .unwrap_or_else(|| panic!("no {service} account in {d}"))
    };
    (of("mobile"), of("home"))
}

pub async fn preview(b: &Browser, account: i64, action: Value) -> reqwest::Response {
    b.post(
        "/api/services/preview",
        &json!({"account_id": account, "action": action}),
    )
    .await
}

/// A preview that must succeed.
pub async fn quote(b: &Browser, account: i64, action: Value) -> Value {
    let res = preview(b, account, action.clone()).await;
    let status = res.status();
    let body = json_of(res).await;
    assert_eq!(status, 200, "preview {action}: {body}");
    body
}

pub async fn confirm(
    b: &Browser,
    key: &str,
    account: i64,
    action: &Value,
    token: &str,
) -> reqwest::Response {
    post_keyed(
        b,
        "/api/services/confirm",
        Some(key),
        &json!({"account_id": account, "action": action, "quote_token": token}),
    )
    .await
}

/// Preview, then confirm under a fresh key; panics unless both succeed.
pub async fn buy(b: &Browser, account: i64, action: Value) -> Value {
    let q = quote(b, account, action.clone()).await;
    let key = uuid::Uuid::new_v4().to_string();
    let token = q["quote_token"].as_str().expect("token").to_owned();
    let res = confirm(b, &key, account, &action, &token).await;
    let status = res.status();
    let body = json_of(res).await;
    assert_eq!(status, 201, "confirm {action}: {body}");
    body
}

pub async fn top_up(b: &Browser, account: i64, kopecks: i64) {
    let res = pay(b, &card_body(account, kopecks, CARD_OK)).await;
    assert_eq!(res.status(), 201);
}

pub async fn my_services(b: &Browser, account: i64) -> Value {
    let res = b.get(&format!("/api/my-services?account={account}")).await;
    assert_eq!(res.status(), 200);
    json_of(res).await
}

/// The connected item of `kind` and `item_id`, if listed.
pub async fn item(b: &Browser, account: i64, kind: &str, item_id: &str) -> Option<Value> {
    my_services(b, account).await["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["kind"] == kind && i["item_id"] == item_id)
        .cloned()
}
