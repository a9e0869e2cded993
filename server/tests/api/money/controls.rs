//! Promised-payment reminders and restriction, and expense control, driven by the job runner.

use chrono::{Duration, Utc};
use serde_json::{Value, json};

use super::jobs::run_at;
use super::{CARD_OK, accounts, card_body, json_of, pay, signed_in};
use crate::both_backends;
use crate::helpers::{Browser, TestApp};

async fn notices(b: &Browser, event: &str) -> usize {
    let list = json_of(b.get("/api/notifications").await).await;
    list["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|n| n["event"] == event)
        .count()
}

async fn restriction(b: &Browser, account: i64) -> Value {
    let res = b.get(&format!("/api/restriction?account={account}")).await;
    assert_eq!(res.status(), 200);
    json_of(res).await
}

async fn an_unpaid_promised_payment_is_reminded_once_then_restricts_until_repaid(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, _) = accounts(&b).await[0];
    let res = b
        .post(
            "/api/promised",
            &json!({"account_id": account, "amount": 10_000}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let now = Utc::now();
    run_at(&app, now).await;
    assert_eq!(
        notices(&b, "promised_payment_expiring").await,
        0,
        "3 days left"
    );
    // Mobile: 3 days. A day before expiry the subscriber hears once.
    let soon = now + Duration::hours(60);
    run_at(&app, soon).await;
    run_at(&app, soon + Duration::hours(1)).await;
    assert_eq!(notices(&b, "promised_payment_expiring").await, 1);
    assert_eq!(restriction(&b, account).await["restricted"], false);
    // Expired unpaid: restricted, told once.
    let late = now + Duration::days(4);
    run_at(&app, late).await;
    run_at(&app, late).await;
    let r = restriction(&b, account).await;
    assert_eq!(
        (r["restricted"].as_bool(), r["reason"].as_str()),
        (Some(true), Some("promised_unpaid"))
    );
    assert_eq!(
        notices(&b, "promised_payment_expiring").await,
        2,
        "the reminder, then the restriction"
    );
    // The payment that repays it lifts the restriction.
    assert_eq!(
        pay(&b, &card_body(account, 50_000, CARD_OK)).await.status(),
        201
    );
    assert_eq!(restriction(&b, account).await["restricted"], false);
    // Someone else's account: not found.
    let other = signed_in(&app, "uralsvyaz").await;
    assert_eq!(
        other
            .get(&format!("/api/restriction?account={account}"))
            .await
            .status(),
        404
    );
}

async fn put_limit(b: &Browser, body: &Value) -> reqwest::Response {
    b.client
        .put(b.url("/api/expenses/limit"))
        .header("x-csrf-token", b.csrf())
        .json(body)
        .send()
        .await
        .expect("PUT")
}

async fn expense_alerts_come_once_per_threshold_per_month(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, _) = accounts(&b).await[0];
    let view = json_of(b.get(&format!("/api/expenses?account={account}")).await).await;
    assert_eq!(view["status"], Value::Null, "no limit yet");
    let spent = view["spent"].as_i64().expect("spent");
    assert!(spent > 0, "the demo month has a fee: {view}");
    assert!(view["forecast"].as_i64() >= Some(spent));

    // A limit the month has already passed: all three thresholds, each once.
    let res = put_limit(&b, &json!({"account_id": account, "limit": 100})).await;
    assert_eq!(res.status(), 200);
    let view = json_of(res).await;
    assert_eq!(view["status"]["alert"], "limit_reached");
    assert!(view["status"]["percent"].as_u64() >= Some(100));
    let now = Utc::now();
    run_at(&app, now).await;
    run_at(&app, now).await;
    assert_eq!(notices(&b, "balance_low").await, 3);

    // Bad input: 422 with the field; someone else's account: 404.
    let res = put_limit(&b, &json!({"account_id": account, "limit": 0})).await;
    assert_eq!(res.status(), 422);
    assert_eq!(json_of(res).await["field"], "limit");
    let other = signed_in(&app, "uralsvyaz").await;
    let res = put_limit(&other, &json!({"account_id": account, "limit": 100})).await;
    assert_eq!(res.status(), 404);
    assert_eq!(
        other
            .get(&format!("/api/expenses?account={account}"))
            .await
            .status(),
        404
    );
    assert_eq!(b.get("/api/expenses").await.status(), 422);

    let res = b
        .delete(&format!("/api/expenses/limit?account={account}"))
        .await;
    assert_eq!(res.status(), 204);
    let view = json_of(b.get(&format!("/api/expenses?account={account}")).await).await;
    assert_eq!(view["status"], Value::Null);
}

async fn spending_by_category_and_services_by_month(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, _) = accounts(&b).await[0];
    let res = b
        .get(&format!(
            "/api/expenses/by-category?account={account}&months=3"
        ))
        .await;
    assert_eq!(res.status(), 200);
    let months = json_of(res).await;
    let months = months.as_array().expect("months");
    assert_eq!(months.len(), 3);
    assert_eq!(months[2]["month"], Utc::now().format("%Y-%m").to_string());
    for m in months {
        let sum: i64 = m["categories"]
            .as_array()
            .expect("categories")
            .iter()
            .map(|c| c["amount"].as_i64().expect("amount"))
            .sum();
        assert_eq!(m["total"].as_i64(), Some(sum), "{m}");
    }
    assert!(
        months[1]["categories"]
            .as_array()
            .expect("categories")
            .iter()
            .any(|c| c["kind"] == "subscription_fee")
    );

    let res = b
        .get(&format!(
            "/api/expenses/services?account={account}&months=2"
        ))
        .await;
    assert_eq!(res.status(), 200);
    let stats = json_of(res).await;
    assert_eq!(stats.as_array().map(Vec::len), Some(2));
    let usage = stats[0]["usage"].as_array().expect("usage");
    assert!(
        usage
            .iter()
            .any(|u| u["kind"] == "voice" && u["quantity"].as_u64() > Some(0)),
        "{stats}"
    );
    assert!(stats[0]["fees"].as_i64() > Some(0));

    for bad in ["months=0", "months=25", "months=x"] {
        let res = b
            .get(&format!(
                "/api/expenses/by-category?account={account}&{bad}"
            ))
            .await;
        assert_eq!(res.status().as_u16() / 100, 4, "{bad}");
    }
    let other = signed_in(&app, "uralsvyaz").await;
    let res = other
        .get(&format!("/api/expenses/services?account={account}"))
        .await;
    assert_eq!(res.status(), 404);
}

async fn the_usage_simulator_posts_batches_the_server_rates(app: TestApp) {
    let mut rng = rand::thread_rng();
    for (i, account) in server::simulate::DEMO_MOBILE_ACCOUNTS.iter().enumerate() {
        let batch = server::simulate::batch(account, format!("sim-test-{i}"), &mut rng);
        let body = serde_json::to_vec(&batch).expect("json");
        let sig = server::simulate::sign(crate::helpers::NETWORK_SECRET.as_bytes(), &body);
        let res = app
            .client
            .post(app.url("/api/usage"))
            .header("content-type", "application/json")
            .header("x-network-signature", sig)
            .body(body)
            .send()
            .await
            .expect("POST usage");
        assert_eq!(res.status(), 201, "{account}");
        let rated = json_of(res).await;
        assert!(
            rated["rated"].as_array().is_some_and(|r| !r.is_empty()),
            "{rated}"
        );
    }
}

both_backends!(
    the_usage_simulator_posts_batches_the_server_rates,
    an_unpaid_promised_payment_is_reminded_once_then_restricts_until_repaid,
    expense_alerts_come_once_per_threshold_per_month,
    spending_by_category_and_services_by_month,
);
