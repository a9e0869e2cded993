//! IDOR: customer A (ivanov) calls every id-bearing operation of the OpenAPI document with
//! customer B's (uralsvyaz's) ids — path parameters, the `account` query parameter and the
//! `account_id` body property. Every answer is 403 or 404, none carries B's data, and B's
//! resources are untouched afterwards.

use std::collections::BTreeMap;

use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};

use super::{Operation, body_has, fill, operations};
use crate::both_backends;
use crate::helpers::{Browser, TestApp};
use crate::money::{CARD_OK, accounts, card_body, json_of, pay, signed_in};

/// Path operations that carry no customer's resource, or that are not the customer's API.
const NOT_CUSTOMER_IDS: &[(&str, &str)] = &[
    (
        "/api/regions/{code}/offices",
        "public catalogue: a region code",
    ),
    (
        "/api/regions/{code}/tariffs",
        "public catalogue: a region code",
    ),
    ("/api/tariffs/{id}", "public catalogue: a tariff id"),
    (
        "/api/payments/3ds/{id}",
        "the sandbox bank's 3-D Secure page: reached by an unguessable payment id (a \
         capability URL the acquirer hands out), not by the customer's session",
    ),
];

/// Bodies for the operations that take one; `"B"` stands for B's account id.
fn body_for(key: &str, b_card: &str) -> Value {
    let account = json!("B");
    match key {
        "POST /api/payments/card" => {
            let mut body = card_body(0, 10_000, CARD_OK);
            body["account_id"] = account;
            body
        }
        "POST /api/payments/saved-card" => {
            json!({"account_id": account, "card_id": b_card, "amount": 10_000})
        }
        "POST /api/autopay" | "PUT /api/autopay/{id}" => json!({
            "account_id": account,
            "card_id": b_card,
            "trigger": {"trigger": "balance_below", "threshold": 10_000},
            "amount": 30_000,
            "daily_cap": 60_000,
            "monthly_cap": 150_000,
        }),
        "POST /api/promised" => json!({"account_id": account, "amount": 10_000}),
        "PUT /api/expenses/limit" => json!({"account_id": account, "limit": 100_000}),
        "POST /api/services/preview" => {
            json!({"account_id": account, "action": {"type": "add_multiroom_set"}})
        }
        "POST /api/services/confirm" => json!({
            "account_id": account,
            "action": {"type": "add_multiroom_set"},
            "quote_token": "t",
        }),
        "POST /api/support/threads/{id}/messages" => json!({"text": "A writes into B's thread"}),
        _ => json!({"account_id": account}),
    }
}

/// What B owns, and the strings that would show B's data in an answer.
struct Victim {
    ids: BTreeMap<&'static str, String>,
    home: i64,
    markers: Vec<String>,
}

async fn prepare_victim(app: &TestApp, b: &Browser) -> Victim {
    let mut ids = BTreeMap::new();
    let list = accounts(b).await;
    let d = json_of(b.get("/api/dashboard").await).await;
    let home = d["accounts"]
        .as_array()
        .expect("accounts")
        .iter()
        .find(|a| a["service"] == "home")
        .and_then(|a| a["id"].as_i64())
        .expect("home account");
    assert!(list.len() >= 2, "uralsvyaz has mobile and home accounts");
    let mut markers: Vec<String> = vec![
        "Уралсвязь".to_owned(),
        "uralsvyaz".to_owned(),
        "79501234567".to_owned(),
        "66-4000001".to_owned(),
    ];
    for a in d["accounts"].as_array().expect("accounts") {
        markers.push(a["account_number"].as_str().expect("number").to_owned());
    }
    // A payment with a saved card.
    let mut body = card_body(home, 10_000, CARD_OK);
    body["save_card"] = json!(true);
    let res = pay(b, &body).await;
    assert_eq!(res.status(), 201);
    let payment = json_of(res).await["id"].as_str().expect("id").to_owned();
    let cards = json_of(b.get("/api/cards").await).await;
    let card = cards[0]["id"].as_str().expect("card").to_owned();
    // An auto-payment rule.
    let res = b
        .post(
            "/api/autopay",
            &json!({
                "account_id": home, "card_id": card,
                "trigger": {"trigger": "balance_below", "threshold": 10_000},
                "amount": 30_000, "daily_cap": 60_000, "monthly_cap": 150_000,
            }),
        )
        .await;
    assert_eq!(res.status(), 201, "autopay rule");
    let rule = json_of(res).await["id"].as_i64().expect("rule id");
    // A support thread with an attachment.
    let res = b
        .post(
            "/api/support/threads",
            &json!({"subject": "Секрет Уралсвязи 7731", "text": "Только для нас."}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let thread = json_of(res).await["thread"]["id"].as_i64().expect("thread");
    let part = Part::bytes(b"%PDF-1.7\nB's contract".to_vec())
        .file_name("contract.pdf")
        .mime_str("application/pdf")
        .expect("mime");
    let res = b
        .client
        .post(b.url(&format!("/api/support/threads/{thread}/attachments")))
        .header("x-csrf-token", b.csrf())
        .multipart(Form::new().part("file", part))
        .send()
        .await
        .expect("upload");
    assert_eq!(res.status(), 201);
    let attachment = json_of(res).await["id"].as_str().expect("att").to_owned();
    // A blacklisted caller only B has.
    let res = b
        .post("/api/blacklist", &json!({"number": "+79990007731"}))
        .await;
    assert!(res.status().is_success(), "blacklist add: {}", res.status());
    // A connected service, a notification and B's session.
    let mut service = None;
    for (account, _) in &list {
        let services = json_of(b.get(&format!("/api/my-services?account={account}")).await).await;
        service = service.or(services["items"][0]["id"].as_i64());
    }
    let service = service.expect("a connected service of B");
    // A sign-in from a new device: B gets a notification.
    app.phone_browser()
        .sign_in("uralsvyaz", crate::auth::DEMO_PASSWORD)
        .await;
    let notes = json_of(b.get("/api/notifications").await).await;
    let note = notes["items"][0]["id"]
        .as_i64()
        .unwrap_or_else(|| panic!("a notification of B: {notes}"));
    let sessions = json_of(b.get("/api/sessions").await).await;
    let session = sessions[0]["id"].as_i64().expect("session");

    markers.extend([
        payment.clone(),
        card.clone(),
        attachment.clone(),
        "Секрет Уралсвязи".to_owned(),
        "79990007731".to_owned(),
    ]);
    ids.insert("/api/payments/{id}", payment.clone());
    ids.insert("/api/payments/{id}/receipt.pdf", payment);
    ids.insert("/api/cards/{id}", card.clone());
    ids.insert("card", card);
    for path in [
        "/api/autopay/{id}",
        "/api/autopay/{id}/attempts",
        "/api/autopay/{id}/pause",
        "/api/autopay/{id}/resume",
    ] {
        ids.insert(path, rule.to_string());
    }
    for path in [
        "/api/support/threads/{id}",
        "/api/support/threads/{id}/messages",
        "/api/support/threads/{id}/close",
        "/api/support/threads/{id}/attachments",
    ] {
        ids.insert(path, thread.to_string());
    }
    ids.insert("/api/support/attachments/{id}", attachment);
    ids.insert("/api/blacklist/{number}", "+79990007731".to_owned());
    ids.insert("/api/numbers/{phone}", "+79501234567".to_owned());
    ids.insert("/api/numbers/managers/{phone}", "+79501234567".to_owned());
    ids.insert("/api/my-services/{id}/cancel", service.to_string());
    ids.insert("/api/notifications/{id}/read", note.to_string());
    ids.insert("/api/sessions/{id}", session.to_string());
    Victim { ids, home, markers }
}

/// A's request for `op` with B's ids.
async fn attack(
    a: &Browser,
    op: &Operation,
    victim: &Victim,
    account_in_query: bool,
) -> (u16, String) {
    let key = op.key();
    let path = fill(&op.path, |_| {
        victim
            .ids
            .get(op.path.as_str())
            .cloned()
            .unwrap_or_else(|| panic!("{key}: no id of B known for this path; add it to the sweep"))
    });
    let mut req = a
        .client
        .request(op.method.clone(), a.url(&path))
        .header("x-csrf-token", a.csrf())
        .header("idempotency-key", uuid::Uuid::new_v4().to_string());
    if account_in_query {
        req = req.query(&[("account", victim.home)]);
    }
    if op.path.ends_with("/attachments") {
        let part = Part::bytes(b"%PDF-1.7\nA's file".to_vec())
            .file_name("a.pdf")
            .mime_str("application/pdf")
            .expect("mime");
        req = req.multipart(Form::new().part("file", part));
    } else if op.spec.get("requestBody").is_some() {
        let card = victim.ids.get("card").expect("card");
        let mut body = body_for(&key, card);
        if body.get("account_id").is_some() {
            body["account_id"] = json!(victim.home);
        }
        req = req.json(&body);
    }
    let res = req.send().await.expect("request");
    let status = res.status().as_u16();
    let bytes = res.bytes().await.expect("body");
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

#[expect(clippy::print_stderr, reason = "the count goes to the test log")]
async fn another_customers_ids_lead_nowhere(app: TestApp) {
    let (doc, ops) = operations(&app).await;
    let b = signed_in(&app, "uralsvyaz").await;
    let victim = prepare_victim(&app, &b).await;
    let a = signed_in(&app, "ivanov").await;
    let before = snapshot(&b, victim.home).await;
    let mut checked = Vec::new();
    for op in &ops {
        // Dev mode only (404 in production): the dev outbox, jobs and the operator's answers.
        if op.path.starts_with("/api/dev/") {
            continue;
        }
        let has_path_id = !op.params_in("path").is_empty();
        if has_path_id && NOT_CUSTOMER_IDS.iter().any(|(p, _)| *p == op.path) {
            continue;
        }
        let account_in_query = op.params_in("query").iter().any(|p| p == "account");
        let account_in_body = body_has(&doc, op, "account_id");
        if !(has_path_id || account_in_query || account_in_body) {
            continue;
        }
        let (status, body) = attack(&a, op, &victim, account_in_query).await;
        let key = op.key();
        assert!(
            status == 403 || status == 404,
            "{key} with B's ids answered {status}: {body}"
        );
        for marker in &victim.markers {
            assert!(
                !body.contains(marker.as_str()),
                "{key} leaked {marker}: {body}"
            );
        }
        checked.push(key);
    }
    eprintln!(
        "IDOR sweep on {}: {} id-bearing operations, all 403/404 without B's data",
        app.backend_name(),
        checked.len()
    );
    assert!(
        checked.len() >= 40,
        "only {} operations: {checked:?}",
        checked.len()
    );
    // Nothing of B's changed.
    assert_eq!(snapshot(&b, victim.home).await, before);
}

/// What B can see of B's resources (to prove A changed nothing).
async fn snapshot(b: &Browser, home: i64) -> Vec<Value> {
    let mut out = Vec::new();
    for path in [
        "/api/cards".to_owned(),
        "/api/autopay".to_owned(),
        "/api/support/threads".to_owned(),
        "/api/blacklist".to_owned(),
        format!("/api/my-services?account={home}"),
        format!("/api/expenses?account={home}"),
        format!("/api/promised?account={home}"),
        "/api/notifications/unread".to_owned(),
        "/api/dashboard".to_owned(),
    ] {
        let res = b.get(&path).await;
        assert_eq!(res.status(), 200, "{path}");
        out.push(json_of(res).await);
    }
    let sessions = json_of(b.get("/api/sessions").await).await;
    out.push(json!(sessions.as_array().map(Vec::len)));
    out
}

both_backends!(another_customers_ids_lead_nowhere);
