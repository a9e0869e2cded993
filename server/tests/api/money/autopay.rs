//! Auto-payment: rules of the signed-in customer, run by the job runner through the saved
//! card; one attempt per (rule, trigger) however often the runner runs; caps hold; a card
//! the bank refuses is recorded and notified.

use chrono::Utc;
use serde_json::{Value, json};

use super::jobs::run_at;
use super::{
    CARD_3DS, CARD_OK, accounts, assert_ledger_consistent, balance, card_body, json_of, pay,
    signed_in,
};
use crate::both_backends;
use crate::helpers::{Browser, TestApp, error_code};

/// Saves `card` by paying 100 ₽ with it; returns the saved card id.
async fn save_card(b: &Browser, account: i64, card: &str) -> String {
    let mut body = card_body(account, 10_000, card);
    body["save_card"] = json!(true);
    let status = pay(b, &body).await.status().as_u16();
    assert!(status == 201 || status == 202, "{status}");
    let cards = json_of(b.get("/api/cards").await).await;
    let last4 = &card.replace(' ', "")[12..];
    cards
        .as_array()
        .expect("cards")
        .iter()
        .find(|c| c["last4"] == *last4)
        .and_then(|c| c["id"].as_str())
        .expect("saved card")
        .to_owned()
}

fn below(account: i64, card: &str, threshold: i64) -> Value {
    json!({
        "account_id": account,
        "card_id": card,
        "trigger": {"trigger": "balance_below", "threshold": threshold},
        "amount": 30_000,
        "daily_cap": 60_000,
        "monthly_cap": 150_000,
    })
}

async fn attempts(b: &Browser, rule: i64) -> Vec<Value> {
    let res = b.get(&format!("/api/autopay/{rule}/attempts")).await;
    assert_eq!(res.status(), 200);
    json_of(res).await.as_array().expect("attempts").clone()
}

async fn notices(b: &Browser, event: &str) -> usize {
    let list = json_of(b.get("/api/notifications").await).await;
    let items = list
        .get("items")
        .and_then(Value::as_array)
        .or_else(|| list.as_array())
        .cloned()
        .unwrap_or_default();
    items.iter().filter(|n| n["event"] == event).count()
}

async fn a_threshold_rule_tops_up_once_per_trigger_within_its_caps(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, _) = accounts(&b).await[0];
    let card = save_card(&b, account, CARD_OK).await;
    let start = balance(&b, account).await;
    // The threshold stays above the balance: every run fires, until the daily cap.
    let res = b
        .post("/api/autopay", &below(account, &card, start + 1_000_000))
        .await;
    assert_eq!(res.status(), 201);
    let rule = json_of(res).await;
    assert_eq!(rule["state"], "active");
    let id = rule["id"].as_i64().expect("id");

    let now = Utc::now();
    run_at(&app, now).await;
    assert_eq!(balance(&b, account).await, start + 30_000);
    run_at(&app, now).await;
    assert_eq!(
        balance(&b, account).await,
        start + 60_000,
        "daily cap reached"
    );
    run_at(&app, now).await;
    run_at(&app, now).await;
    assert_eq!(
        balance(&b, account).await,
        start + 60_000,
        "never above the cap"
    );
    let list = attempts(&b, id).await;
    let outcomes: Vec<&str> = list
        .iter()
        .map(|a| a["outcome"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(outcomes, ["over_cap", "succeeded", "succeeded"], "{list:?}");
    assert!(list[1]["payment_id"].is_string());
    let rules = json_of(b.get("/api/autopay").await).await;
    assert_eq!(rules[0]["paid_today"], 60_000);
    assert_eq!(
        notices(&b, "balance_low").await,
        1,
        "the skipped run is told once"
    );
    assert_ledger_consistent(&app).await;

    // Paused: nothing runs; resumed and deleted: gone.
    let paused = json_of(
        b.post(&format!("/api/autopay/{id}/pause"), &json!({}))
            .await,
    )
    .await;
    assert_eq!(paused["state"], "paused");
    let resumed = json_of(
        b.post(&format!("/api/autopay/{id}/resume"), &json!({}))
            .await,
    )
    .await;
    assert_eq!(resumed["state"], "active");
    assert_eq!(b.delete(&format!("/api/autopay/{id}")).await.status(), 204);
    assert_eq!(
        b.get(&format!("/api/autopay/{id}/attempts")).await.status(),
        404
    );
    assert_eq!(json_of(b.get("/api/autopay").await).await, json!([]));
}

async fn a_card_the_bank_refuses_is_recorded_and_notified(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, _) = accounts(&b).await[0];
    // A card that needs 3-D Secure cannot pay unattended.
    let card = save_card(&b, account, CARD_3DS).await;
    let start = balance(&b, account).await;
    let body = json!({
        "account_id": account,
        "card_id": card,
        "trigger": {"trigger": "day_of_month", "day": Utc::now().format("%d").to_string().parse::<u32>().expect("day")},
        "amount": 50_000,
        "daily_cap": 50_000,
        "monthly_cap": 50_000,
    });
    let res = b.post("/api/autopay", &body).await;
    assert_eq!(res.status(), 201);
    let id = json_of(res).await["id"].as_i64().expect("id");
    let now = Utc::now();
    run_at(&app, now).await;
    run_at(&app, now).await;
    let list = attempts(&b, id).await;
    assert_eq!(list.len(), 1, "one attempt per day: {list:?}");
    assert_eq!(list[0]["outcome"], "confirmation_required");
    assert_eq!(balance(&b, account).await, start);
    assert_eq!(notices(&b, "balance_low").await, 1);
}

async fn rules_are_checked_and_scoped_to_the_customer(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, _) = accounts(&b).await[0];
    let card = save_card(&b, account, CARD_OK).await;
    let mut bad = below(account, &card, 10_000);
    bad["amount"] = json!(0);
    let res = b.post("/api/autopay", &bad).await;
    assert_eq!(res.status(), 422);
    let err = json_of(res).await;
    assert_eq!(
        (err["code"].as_str(), err["field"].as_str()),
        (Some("amount_not_positive"), Some("amount"))
    );
    let mut bad = below(account, &card, 10_000);
    bad["trigger"] = json!({"trigger": "day_of_month", "day": 32});
    let res = b.post("/api/autopay", &bad).await;
    assert_eq!(res.status(), 422);
    assert_eq!(json_of(res).await["field"], "day");
    let res = b
        .post("/api/autopay", &below(account, "no-such-card", 10_000))
        .await;
    assert_eq!(res.status(), 404);
    assert_eq!(json_of(res).await["field"], "card_id");
    let res = b
        .post("/api/autopay", &json!({"account_id": account}))
        .await;
    assert_eq!(res.status(), 400);
    // Without CSRF: refused.
    assert_eq!(
        b.post_bare("/api/autopay", &below(account, &card, 1))
            .await
            .status(),
        403
    );

    let mut ids = Vec::new();
    for _ in 0..3 {
        let res = b.post("/api/autopay", &below(account, &card, 10_000)).await;
        assert_eq!(res.status(), 201);
        ids.push(json_of(res).await["id"].as_i64().expect("id"));
    }
    let res = b.post("/api/autopay", &below(account, &card, 10_000)).await;
    assert_eq!(res.status(), 409);
    assert_eq!(error_code(res).await, "autopay_rules_full");

    // Someone else's account, rule or card: not found, whatever it is.
    let other = signed_in(&app, "uralsvyaz").await;
    let (their_account, _) = accounts(&other).await[0];
    let res = b
        .post("/api/autopay", &below(their_account, &card, 10_000))
        .await;
    assert_eq!(res.status(), 404);
    assert_eq!(json_of(res).await["field"], "account_id");
    let rule = ids[0];
    assert_eq!(
        other
            .get(&format!("/api/autopay/{rule}/attempts"))
            .await
            .status(),
        404
    );
    assert_eq!(
        other
            .post(&format!("/api/autopay/{rule}/pause"), &json!({}))
            .await
            .status(),
        404
    );
    assert_eq!(
        other.delete(&format!("/api/autopay/{rule}")).await.status(),
        404
    );
    assert_eq!(json_of(other.get("/api/autopay").await).await, json!([]));
    let res = other
        .client
        .put(other.url(&format!("/api/autopay/{rule}")))
        .header("x-csrf-token", other.csrf())
        .json(&below(their_account, &card, 10_000))
        .send()
        .await
        .expect("PUT");
    assert_eq!(res.status(), 404);
    // The owner may change it.
    let mut changed = below(account, &card, 20_000);
    changed["amount"] = json!(40_000);
    let res = b
        .client
        .put(b.url(&format!("/api/autopay/{rule}")))
        .header("x-csrf-token", b.csrf())
        .json(&changed)
        .send()
        .await
        .expect("PUT");
    assert_eq!(res.status(), 200);
    assert_eq!(json_of(res).await["amount"], 40_000);
    assert_eq!(b.get("/api/autopay/abc/attempts").await.status(), 404);
}

both_backends!(
    a_threshold_rule_tops_up_once_per_trigger_within_its_caps,
    a_card_the_bank_refuses_is_recorded_and_notified,
    rules_are_checked_and_scoped_to_the_customer,
);
