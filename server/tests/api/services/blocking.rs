use chrono::{Days, Utc};
use serde_json::json;

use super::{buy, confirm, own_accounts, preview, quote};
use crate::both_backends;
use crate::helpers::{Browser, TestApp, error_code};
use crate::money::jobs::run_at;
use crate::money::{all_entries, assert_ledger_consistent, json_of, signed_in};

async fn blocking(b: &Browser, account: i64) -> serde_json::Value {
    let res = b.get(&format!("/api/blocking?account={account}")).await;
    assert_eq!(res.status(), 200);
    json_of(res).await
}

async fn a_temporary_block_is_free_for_fourteen_days_then_unblocked(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (mobile, home) = own_accounts(&b).await;
    let view = blocking(&b, mobile).await;
    assert_eq!(view["block"], serde_json::Value::Null);
    assert_eq!(
        (view["free_days"].as_u64(), view["daily_fee"].as_i64()),
        (Some(14), Some(100))
    );

    let action = json!({"type": "block", "kind": "temporary"});
    let q = quote(&b, mobile, action.clone()).await;
    let today = Utc::now().date_naive();
    let fee_start = (today + Days::new(14)).to_string();
    assert_eq!(q["charge_now"], 0);
    assert_eq!(q["detail"]["rule"], "block");
    assert_eq!(q["detail"]["fee_starts_on"], fee_start.as_str());
    let done = buy(&b, mobile, action.clone()).await;
    assert_eq!(done["quote"]["detail"]["fee_starts_on"], fee_start.as_str());
    let view = blocking(&b, mobile).await;
    assert_eq!(view["block"]["kind"], "temporary");
    assert_eq!(view["block"]["fee_starts_on"], fee_start.as_str());
    assert_eq!(view["block"]["lost_phone"], false);
    let res = preview(&b, mobile, action).await;
    assert_eq!(
        (res.status().as_u16(), error_code(res).await.as_str()),
        (409, "already_blocked")
    );
    let promised = json_of(b.get(&format!("/api/promised?account={mobile}")).await).await;
    assert_eq!(promised["ineligible"]["reason"], "blocked", "{promised}");
    let services = super::my_services(&b, mobile).await;
    assert!(services.to_string().contains("\"block\""), "{services}");

    let res = b
        .post("/api/blocking/unblock", &json!({"account_id": mobile}))
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(json_of(res).await["block"], serde_json::Value::Null);
    let res = b
        .post("/api/blocking/unblock", &json!({"account_id": mobile}))
        .await;
    assert_eq!(
        (res.status().as_u16(), error_code(res).await.as_str()),
        (409, "not_blocked")
    );
    let log = json_of(
        b.get(&format!("/api/activation-log?account={mobile}"))
            .await,
    )
    .await;
    assert_eq!(
        (log[0]["kind"].as_str(), log[0]["action"].as_str()),
        (Some("block"), Some("disconnected"))
    );

    // Home internet has no voluntary block; someone else's number is not found.
    let res = preview(&b, home, json!({"type": "block", "kind": "temporary"})).await;
    assert_eq!(error_code(res).await, "service_not_available");
    assert_eq!(
        b.get(&format!("/api/blocking?account={home}"))
            .await
            .status(),
        409
    );
    let ural = signed_in(&app, "uralsvyaz").await;
    assert_eq!(
        ural.get(&format!("/api/blocking?account={mobile}"))
            .await
            .status(),
        404
    );
    let res = ural
        .post("/api/blocking/unblock", &json!({"account_id": mobile}))
        .await;
    assert_eq!(res.status(), 404);
}

async fn a_permanent_block_needs_a_second_confirmation(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (mobile, _) = own_accounts(&b).await;
    let action = json!({"type": "block", "kind": "permanent"});
    let q = quote(&b, mobile, action.clone()).await;
    assert_eq!(q["detail"]["kind"], "permanent");
    assert_eq!(q["detail"]["fee_starts_on"], serde_json::Value::Null);
    let token = q["quote_token"].as_str().expect("token").to_owned();
    let res = confirm(&b, "k-perm-1", mobile, &action, &token).await;
    let body = json_of(res).await;
    assert_eq!(
        (body["code"].as_str(), body["field"].as_str()),
        (
            Some("block_confirmation_required"),
            Some("confirm_permanent")
        )
    );
    assert_eq!(blocking(&b, mobile).await["block"], serde_json::Value::Null);
    let confirmed = json!({"type": "block", "kind": "permanent", "confirm_permanent": true});
    let res = confirm(&b, "k-perm-2", mobile, &confirmed, &token).await;
    assert_eq!(res.status(), 201);
    assert_eq!(blocking(&b, mobile).await["block"]["kind"], "permanent");
    let res = b
        .post("/api/blocking/unblock", &json!({"account_id": mobile}))
        .await;
    assert_eq!(
        (res.status().as_u16(), error_code(res).await.as_str()),
        (409, "block_permanent")
    );
    let id = blocking(&b, mobile).await["block"]["id"].clone();
    let res = b
        .post(&format!("/api/my-services/{id}/cancel"), &json!({}))
        .await;
    assert_eq!(error_code(res).await, "block_permanent");
}

async fn a_lost_phone_is_blocked_at_once(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (mobile, _) = own_accounts(&b).await;
    let action = json!({"type": "block", "kind": "lost_phone"});
    let res = confirm(&b, "k-lost", mobile, &action, "").await;
    assert_eq!(res.status(), 201);
    let view = blocking(&b, mobile).await;
    assert_eq!(view["block"]["lost_phone"], true);
    assert_eq!(view["block"]["kind"], "temporary");
    // Replayed, not blocked twice.
    let res = confirm(&b, "k-lost", mobile, &action, "").await;
    assert_eq!(res.status(), 201);
    assert_eq!(res.headers()["idempotent-replayed"], "true");
    // Other blocks still need a preview.
    let res = b
        .post("/api/blocking/unblock", &json!({"account_id": mobile}))
        .await;
    assert_eq!(res.status(), 200);
    let temporary = json!({"type": "block", "kind": "temporary"});
    let res = confirm(&b, "k-no-preview", mobile, &temporary, "").await;
    let body = json_of(res).await;
    assert_eq!(
        (body["code"].as_str(), body["field"].as_str()),
        (Some("required"), Some("quote_token"))
    );
}

/// The job runner charges a temporary block's daily fee from the fifteenth day, once per
/// day however often it runs (other work of the runner, such as next month's fees, may add
/// entries of its own: only the block days are counted).
async fn the_job_runner_charges_block_days_once(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (mobile, _) = own_accounts(&b).await;
    buy(&b, mobile, json!({"type": "block", "kind": "temporary"})).await;
    let block_days = |entries: &[serde_json::Value]| -> Vec<serde_json::Value> {
        entries
            .iter()
            .filter(|e| e["explanation"]["rule"] == "block_day")
            .cloned()
            .collect()
    };
    // Free days: nothing.
    run_at(&app, Utc::now() + Days::new(10)).await;
    assert!(block_days(&all_entries(&b, mobile).await).is_empty());
    // The paid days up to the seventeenth, however often the runner runs.
    let later = Utc::now() + Days::new(16);
    run_at(&app, later).await;
    run_at(&app, later).await;
    let charged = block_days(&all_entries(&b, mobile).await);
    let fee = blocking(&b, mobile).await["daily_fee"]
        .as_i64()
        .expect("fee");
    assert!((2..=3).contains(&charged.len()), "{charged:?}");
    assert!(
        charged.iter().all(|e| e["amount"].as_i64() == Some(-fee)),
        "{charged:?}"
    );
    run_at(&app, later).await;
    assert_eq!(
        block_days(&all_entries(&b, mobile).await).len(),
        charged.len()
    );
    assert_ledger_consistent(&app).await;
}

both_backends!(
    the_job_runner_charges_block_days_once,
    a_temporary_block_is_free_for_fourteen_days_then_unblocked,
    a_permanent_block_needs_a_second_confirmation,
    a_lost_phone_is_blocked_at_once,
);
