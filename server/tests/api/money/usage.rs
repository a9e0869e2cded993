use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::Sha256;

use super::{accounts, assert_ledger_consistent, balance, dashboard, json_of, signed_in};
use crate::helpers::{NETWORK_SECRET, TestApp, error_code, join_all};
use crate::{both_backends, both_backends_at_once};

async fn post_usage(app: &TestApp, body: &Value, secret: &str) -> reqwest::Response {
    let raw = serde_json::to_vec(body).expect("json");
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("key");
    mac.update(&raw);
    let sig: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    app.client
        .post(app.url("/api/usage"))
        .header("content-type", "application/json")
        .header("x-network-signature", sig)
        .body(raw)
        .send()
        .await
        .expect("POST")
}

async fn usage_is_rated_package_first_and_charged_beyond(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, before) = accounts(&b).await[0];
    let d = dashboard(&b, Some(account)).await;
    let left = d["selected"]["package"]["remaining"]["minutes"]
        .as_u64()
        .expect("left");
    let sms_left = d["selected"]["package"]["remaining"]["sms"]
        .as_u64()
        .expect("sms");
    let per_minute = 250; // «Смарт Мини» beyond the package, kopecks
    let body = json!({
        "batch_id": "net-0001",
        "account_number": "100000000016",
        "records": [
            {"kind": "voice", "quantity": left + 12},
            {"kind": "sms", "quantity": 1},
        ],
    });
    let res = post_usage(&app, &body, NETWORK_SECRET).await;
    assert_eq!(res.status(), 201);
    let rated = json_of(res).await;
    assert_eq!(rated["rated"][0]["from_package"], left);
    assert_eq!(rated["rated"][0]["billed"], 12);
    assert_eq!(rated["rated"][0]["charge"], 12 * per_minute);
    assert_eq!(
        rated["rated"][1]["charge"],
        if sms_left > 0 { 0 } else { 200 }
    );
    let charged = rated["charged"].as_i64().expect("charged");
    assert_eq!(rated["remaining"]["minutes"], 0);
    assert_eq!(balance(&b, account).await, before - charged);
    let d = dashboard(&b, Some(account)).await;
    assert_eq!(d["selected"]["package"]["remaining"]["minutes"], 0);
    let res = b
        .get(&format!(
            "/api/history?account={account}&kind=usage_charge&limit=1"
        ))
        .await;
    let newest = &json_of(res).await["entries"][0];
    assert_eq!(newest["amount"], -12 * per_minute);
    let text = newest["text"]
        .as_str()
        .expect("text")
        .replace('\u{a0}', " ");
    assert!(
        text.starts_with("12 мин сверх пакета × 2,50 ₽ = 30,00 ₽"),
        "{text}"
    );
    // The network retries the batch: nothing is charged twice.
    let res = post_usage(&app, &body, NETWORK_SECRET).await;
    assert_eq!(res.status(), 201);
    assert_eq!(json_of(res).await, rated);
    assert_eq!(balance(&b, account).await, before - charged);
    assert_ledger_consistent(&app).await;
}

async fn usage_needs_the_network_signature(app: TestApp) {
    let body = json!({
        "batch_id": "net-0002",
        "account_number": "100000000016",
        "records": [{"kind": "voice", "quantity": 10_000}],
    });
    let res = post_usage(&app, &body, "wrong-secret").await;
    assert_eq!(res.status(), 401);
    assert_eq!(error_code(res).await, "network_signature_invalid");
    let mut bad = body.clone();
    bad["records"] = json!([]);
    let res = post_usage(&app, &bad, NETWORK_SECRET).await;
    assert_eq!(res.status(), 422);
    assert_eq!(json_of(res).await["field"], "records");
    bad["records"] = json!([{"kind": "data", "quantity": u64::MAX}]);
    let res = post_usage(&app, &bad, NETWORK_SECRET).await;
    assert_eq!(res.status(), 422);
    assert_eq!(error_code(res).await, "amount_out_of_range");
    bad = body.clone();
    bad["account_number"] = json!("100000000008");
    let res = post_usage(&app, &bad, NETWORK_SECRET).await;
    assert_eq!(res.status(), 404);
}

/// Batches of one account sent at once share its package: together they take from it no more
/// than was left, and every unit beyond is charged.
async fn batches_sent_at_once_take_the_package_once(app: TestApp) {
    const BATCHES: u64 = 12;
    let b = signed_in(&app, "ivanov").await;
    let (account, before) = accounts(&b).await[0];
    let d = dashboard(&b, Some(account)).await;
    let left = d["selected"]["package"]["remaining"]["minutes"]
        .as_u64()
        .expect("left");
    // Each batch alone fits in what is left; all of them together are three times as much.
    let each = (left * 3).div_ceil(BATCHES).max(1);
    let bodies: Vec<Value> = (0..BATCHES)
        .map(|i| {
            json!({
                "batch_id": format!("net-race-{i}"),
                "account_number": "100000000016",
                "records": [{"kind": "voice", "quantity": each}],
            })
        })
        .collect();
    let answers = join_all(
        bodies
            .iter()
            .map(|body| post_usage(&app, body, NETWORK_SECRET))
            .collect(),
    )
    .await;
    let (mut from_package, mut billed, mut charged) = (0, 0, 0);
    for res in answers {
        assert_eq!(res.status(), 201);
        let rated = json_of(res).await;
        from_package += rated["rated"][0]["from_package"].as_u64().expect("from");
        billed += rated["rated"][0]["billed"].as_u64().expect("billed");
        charged += rated["charged"].as_i64().expect("charged");
    }
    assert_eq!(from_package, left, "the package is given once");
    assert_eq!(from_package + billed, each * BATCHES);
    assert_eq!(charged, i64::try_from(billed).expect("billed") * 250);
    assert_eq!(balance(&b, account).await, before - charged);
    let d = dashboard(&b, Some(account)).await;
    assert_eq!(d["selected"]["package"]["remaining"]["minutes"], 0);
    assert_ledger_consistent(&app).await;
}

both_backends_at_once!(batches_sent_at_once_take_the_package_once);

both_backends!(
    usage_is_rated_package_first_and_charged_beyond,
    usage_needs_the_network_signature,
);
