use serde_json::{Value, json};

use super::{buy, confirm, item, my_services, own_accounts, preview, quote, top_up};
use crate::both_backends;
use crate::helpers::{TestApp, error_code};
use crate::money::{all_entries, assert_ledger_consistent, balance, json_of, signed_in};

/// Tariffs of the account's region and service, other than `current`.
async fn other_tariffs(app: &TestApp, current: &str) -> Vec<Value> {
    let region = current.rsplit('-').next().expect("region");
    let res = app
        .get(&format!("/api/regions/{region}/tariffs?service=mobile"))
        .await;
    assert_eq!(res.status(), 200);
    let list: Vec<Value> = json_of(res).await.as_array().expect("list").clone();
    list.into_iter()
        .filter(|t| t["tariff"]["id"] != current)
        .collect()
}

async fn current_tariff(b: &crate::helpers::Browser, account: i64) -> Value {
    my_services(b, account).await["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["kind"] == "tariff")
        .cloned()
        .expect("a tariff is listed")
}

async fn a_tariff_change_is_priced_first_then_takes_effect_at_once(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (mobile, _) = own_accounts(&b).await;
    top_up(&b, mobile, 300_000).await;
    let current = current_tariff(&b, mobile).await;
    let old_id = current["item_id"].as_str().expect("id").to_owned();
    let target = other_tariffs(&app, &old_id).await[0].clone();
    let new_id = target["tariff"]["id"].as_str().expect("id").to_owned();
    let action = json!({"type": "change_tariff", "tariff_id": new_id});

    let q = quote(&b, mobile, action.clone()).await;
    let d = &q["detail"]["quote"];
    assert_eq!(q["detail"]["rule"], "tariff_change");
    assert_eq!(d["from_tariff"], old_id.as_str());
    assert_eq!(d["to_tariff"], new_id.as_str());
    let (refund, charge) = (
        d["refund"].as_i64().expect("refund"),
        d["charge"].as_i64().expect("charge"),
    );
    assert_eq!(q["charge_now"].as_i64(), Some(charge - refund));
    let lines: i64 = q["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|l| l["amount"].as_i64().expect("amount"))
        .sum();
    assert_eq!(lines, charge - refund, "the lines add up: {q}");
    assert_eq!(q["affordable"], true);
    let before = balance(&b, mobile).await;
    assert_eq!(q["balance"].as_i64(), Some(before));
    // Nothing changed by the preview.
    assert_eq!(current_tariff(&b, mobile).await["item_id"], old_id.as_str());

    let key = uuid::Uuid::new_v4().to_string();
    let token = q["quote_token"].as_str().expect("token");
    let res = confirm(&b, &key, mobile, &action, token).await;
    assert_eq!(res.status(), 201);
    let done = json_of(res).await;
    assert_eq!(done["quote"]["charge_now"], q["charge_now"]);
    assert_eq!(balance(&b, mobile).await, before - (charge - refund));
    let now_on = current_tariff(&b, mobile).await;
    assert_eq!(now_on["item_id"], new_id.as_str());
    assert_eq!(now_on["cost_so_far"].as_i64(), Some(charge));
    let d = crate::money::dashboard(&b, Some(mobile)).await;
    assert!(
        d.to_string().contains(&new_id),
        "the dashboard shows the new tariff: {d}"
    );

    // Explained entries: the refund of the old fee and the charge of the new one.
    let entries = all_entries(&b, mobile).await;
    let refund_entry = entries
        .iter()
        .find(|e| e["kind"] == "refund")
        .expect("refund entry");
    assert_eq!(refund_entry["amount"].as_i64(), Some(refund));
    assert!(
        refund_entry["text"]
            .as_str()
            .expect("text")
            .contains(" дн.: "),
        "{refund_entry}"
    );
    assert_eq!(refund_entry["explanation"]["rule"], "prorated_fee");
    let charge_entry = entries
        .iter()
        .find(|e| e["kind"] == "subscription_fee")
        .expect("fee");
    assert_eq!(charge_entry["amount"].as_i64(), Some(-charge));

    // A retry replays the answer and charges nothing.
    let res = confirm(&b, &key, mobile, &action, token).await;
    assert_eq!(res.status(), 201);
    assert_eq!(res.headers()["idempotent-replayed"], "true");
    assert_eq!(json_of(res).await, done);
    assert_eq!(balance(&b, mobile).await, before - (charge - refund));

    // The same tariff again is refused; back to the old one with the first token is stale.
    let res = preview(&b, mobile, action.clone()).await;
    assert_eq!(
        (res.status().as_u16(), error_code(res).await.as_str()),
        (409, "tariff_unchanged")
    );
    let back = json!({"type": "change_tariff", "tariff_id": old_id});
    let res = confirm(&b, &uuid::Uuid::new_v4().to_string(), mobile, &back, token).await;
    assert_eq!(
        (res.status().as_u16(), error_code(res).await.as_str()),
        (409, "quote_stale")
    );
    let log = json_of(
        b.get(&format!("/api/activation-log?account={mobile}"))
            .await,
    )
    .await;
    assert_eq!(log[0]["item_id"], new_id.as_str());
    assert_eq!(log[0]["action"], "connected");
    assert_eq!(log[0]["channel"], "web");
    assert_eq!(log[0]["actor"], "ivanov");
    assert_eq!(log[1]["item_id"], old_id.as_str());
    assert_eq!(log[1]["action"], "disconnected");
    assert_ledger_consistent(&app).await;
}

async fn tariff_changes_refuse_bad_input_with_stable_codes(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (mobile, home) = own_accounts(&b).await;
    let res = preview(
        &b,
        mobile,
        json!({"type": "change_tariff", "tariff_id": "nope"}),
    )
    .await;
    assert_eq!(res.status(), 422);
    let body = json_of(res).await;
    assert_eq!(
        (body["code"].as_str(), body["field"].as_str()),
        (Some("unknown_tariff"), Some("tariff_id"))
    );
    // A home tariff is not for a mobile number.
    let res = preview(
        &b,
        mobile,
        json!({"type": "change_tariff", "tariff_id": "home-100-moscow"}),
    )
    .await;
    assert_eq!(error_code(res).await, "unknown_tariff");
    let res = preview(&b, mobile, json!({"type": "warp_drive"})).await;
    assert_eq!(res.status(), 400);
    let res = b
        .post("/api/services/preview", &json!({"account_id": "x"}))
        .await;
    assert_eq!(res.status(), 400);
    // Someone else's account is not found.
    let ural = signed_in(&app, "uralsvyaz").await;
    let action = json!({"type": "change_tariff", "tariff_id": "mobile-smart-moscow"});
    let res = preview(&ural, mobile, action.clone()).await;
    assert_eq!(
        (res.status().as_u16(), error_code(res).await.as_str()),
        (404, "not_found")
    );
    let res = confirm(&ural, "k-foreign", mobile, &action, "t").await;
    assert_eq!(res.status(), 404);
    for path in [
        "my-services",
        "options",
        "activation-log",
        "blocking",
        "tv/mine",
        "internet",
    ] {
        for account in [mobile, home] {
            let res = ural.get(&format!("/api/{path}?account={account}")).await;
            assert_eq!(res.status(), 404, "{path} of someone else's account");
            assert_eq!(error_code(res).await, "not_found");
        }
    }
    // No key, no CSRF token, no session.
    let res = b
        .client
        .post(b.url("/api/services/confirm"))
        .header("x-csrf-token", b.csrf())
        .json(&json!({"account_id": mobile, "action": action, "quote_token": "t"}))
        .send()
        .await
        .expect("POST");
    assert_eq!(
        (res.status().as_u16(), error_code(res).await.as_str()),
        (400, "idempotency_key_required")
    );
    let res = b
        .post_bare(
            "/api/services/preview",
            &json!({"account_id": mobile, "action": action}),
        )
        .await;
    assert_eq!(
        (res.status().as_u16(), error_code(res).await.as_str()),
        (403, "csrf_invalid")
    );
    let res = app.get(&format!("/api/my-services?account={mobile}")).await;
    assert_eq!(res.status(), 401);
    let res = b.get("/api/my-services").await;
    assert_eq!(
        (res.status().as_u16(), error_code(res).await.as_str()),
        (422, "required")
    );
    // A made-up token is stale; the tariff cannot be cancelled, only changed.
    let res = confirm(&b, "k-made-up", mobile, &action, "deadbeef").await;
    assert_eq!(error_code(res).await, "quote_stale");
    let tariff = item(&b, mobile, "tariff", "mobile-smart-moscow").await;
    let any_tariff = match tariff {
        Some(t) => t,
        None => current_tariff(&b, mobile).await,
    };
    assert_eq!(any_tariff["cancellable"], false);
    let res = b
        .post(
            &format!("/api/my-services/{}/cancel", any_tariff["id"]),
            &json!({}),
        )
        .await;
    assert_eq!(
        (res.status().as_u16(), error_code(res).await.as_str()),
        (409, "not_cancellable")
    );
    let _ = buy;
}

/// Into a period whose fees have not run yet: the change refunds nothing (nothing was paid),
/// bills the old tariff's days used instead, and the period's fee run then bills no monthly
/// fee on top. The total is what it would have been had the fee been charged first.
async fn a_change_before_the_periods_fee_refunds_only_what_was_charged(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (mobile, _) = own_accounts(&b).await;
    top_up(&b, mobile, 300_000).await;
    // A month on: a new period, and jobs run only when a test asks (signed in again).
    app.clock.advance(chrono::Duration::days(32));
    let b = signed_in(&app, "ivanov").await;
    let current = current_tariff(&b, mobile).await;
    let old_id = current["item_id"].as_str().expect("id").to_owned();
    let target = other_tariffs(&app, &old_id).await[0].clone();
    let new_id = target["tariff"]["id"].as_str().expect("id").to_owned();
    let action = json!({"type": "change_tariff", "tariff_id": new_id});

    let q = quote(&b, mobile, action.clone()).await;
    let d = &q["detail"]["quote"];
    let (refund, used, charge) = (
        d["refund"].as_i64().expect("refund"),
        d["used"].as_i64().expect("used"),
        d["charge"].as_i64().expect("charge"),
    );
    assert_eq!(refund, 0, "the period's fee was never charged: {q}");
    let days_left = d["days_left"].as_i64().expect("days");
    let period_days = d["period"]["days"].as_i64().expect("period days");
    assert_eq!(used > 0, days_left < period_days, "{q}");
    assert_eq!(q["charge_now"].as_i64(), Some(charge + used));
    let lines: i64 = q["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|l| l["amount"].as_i64().expect("amount"))
        .sum();
    assert_eq!(lines, charge + used, "the lines add up: {q}");

    let before = balance(&b, mobile).await;
    let key = uuid::Uuid::new_v4().to_string();
    let token = q["quote_token"].as_str().expect("token");
    let res = confirm(&b, &key, mobile, &action, token).await;
    assert_eq!(res.status(), 201);
    assert_eq!(balance(&b, mobile).await, before - (charge + used));
    let monthly = |entries: &[Value]| {
        entries
            .iter()
            .filter(|e| e["explanation"]["rule"] == "monthly_fee")
            .count()
    };
    let fees_before = monthly(&all_entries(&b, mobile).await);
    // The fee run of this period: the change took the period's fee, so nothing more.
    let res = app
        .client
        .post(app.url("/api/dev/jobs/run"))
        .json(&json!({}))
        .send()
        .await
        .expect("jobs");
    assert_eq!(res.status(), 200);
    assert_eq!(monthly(&all_entries(&b, mobile).await), fees_before);
    assert_ledger_consistent(&app).await;
}

both_backends!(
    a_change_before_the_periods_fee_refunds_only_what_was_charged,
    a_tariff_change_is_priced_first_then_takes_effect_at_once,
    tariff_changes_refuse_bad_input_with_stable_codes,
);
