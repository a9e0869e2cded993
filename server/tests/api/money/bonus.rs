//! Bonus points: accrued on payments, spent on the monthly fee or a reward under an
//! idempotency key, never below zero.

use serde_json::{Value, json};

use super::{
    CARD_OK, accounts, all_entries, balance, card_body, json_of, pay, post_keyed, signed_in,
};
use crate::both_backends;
use crate::helpers::{Browser, TestApp, error_code};

async fn points(b: &Browser) -> i64 {
    let res = b.get("/api/bonus").await;
    assert_eq!(res.status(), 200);
    json_of(res).await["balance"].as_i64().expect("balance")
}

async fn points_accrue_on_payments_and_pay_for_rewards_once_per_key(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, _) = accounts(&b).await[0];
    let view = json_of(b.get("/api/bonus").await).await;
    assert!(
        view["history"]
            .as_array()
            .is_some_and(|h| h.iter().any(|e| e["kind"] == "accrual"))
    );
    let before = points(&b).await;
    assert_eq!(
        pay(&b, &card_body(account, 100_050, CARD_OK))
            .await
            .status(),
        201
    );
    assert_eq!(points(&b).await, before + 100, "1 point per full 10 ₽");

    let rewards = json_of(b.get("/api/bonus/rewards").await).await;
    assert!(rewards.as_array().is_some_and(|r| r.len() >= 3));
    let buy = json!({"reward_id": "extra-gb-5"});
    let (r1, r2) = tokio::join!(
        post_keyed(&b, "/api/bonus/rewards", Some("reward-1"), &buy),
        post_keyed(&b, "/api/bonus/rewards", Some("reward-1"), &buy),
    );
    assert_eq!((r1.status().as_u16(), r2.status().as_u16()), (201, 201));
    assert_eq!(
        json_of(r1).await,
        json_of(r2).await,
        "the retry replays the answer"
    );
    assert_eq!(points(&b).await, before + 100 - 300, "one purchase");

    let res = post_keyed(
        &b,
        "/api/bonus/rewards",
        Some("reward-2"),
        &json!({"reward_id": "nope"}),
    )
    .await;
    assert_eq!(res.status(), 422);
    let err: Value = json_of(res).await;
    assert_eq!(
        (err["code"].as_str(), err["field"].as_str()),
        (Some("unknown_reward"), Some("reward_id"))
    );
    let res = post_keyed(&b, "/api/bonus/rewards", None, &buy).await;
    assert_eq!(res.status(), 400);
    assert_eq!(error_code(res).await, "idempotency_key_required");

    // Spending until the points run out: refused, never negative.
    let mut refused = false;
    for i in 0..40 {
        let res = post_keyed(
            &b,
            "/api/bonus/rewards",
            Some(&format!("big-{i}")),
            &json!({"reward_id": "router-discount"}),
        )
        .await;
        if res.status() == 409 {
            assert_eq!(error_code(res).await, "insufficient_bonus");
            refused = true;
            break;
        }
        assert_eq!(res.status(), 201);
    }
    assert!(refused);
    assert!(points(&b).await >= 0);
}

async fn points_pay_the_monthly_fee_once_a_month(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, _) = accounts(&b).await[0];
    let start = balance(&b, account).await;
    let before = points(&b).await;
    let body = json!({"account_id": account});
    let res = post_keyed(&b, "/api/bonus/fee", Some("fee-1"), &body).await;
    assert_eq!(res.status(), 201);
    let paid = json_of(res).await;
    let spent = paid["points_spent"].as_i64().expect("spent");
    assert!(spent > 0);
    assert_eq!(paid["covered"].as_i64(), Some(spent * 50));
    assert_eq!(points(&b).await, before - spent);
    assert_eq!(balance(&b, account).await, start + spent * 50);
    let entry = all_entries(&b, account)
        .await
        .into_iter()
        .find(|e| e["kind"] == "bonus_redemption")
        .expect("entry");
    assert_eq!(entry["explanation"]["rule"], "bonus_fee");
    // A new request for the same month: refused.
    let res = post_keyed(&b, "/api/bonus/fee", Some("fee-2"), &body).await;
    assert_eq!(res.status(), 409);
    assert_eq!(error_code(res).await, "bonus_fee_already_paid");
    // Someone else's account: not found.
    let other = signed_in(&app, "uralsvyaz").await;
    let res = post_keyed(&other, "/api/bonus/fee", Some("fee-3"), &body).await;
    assert_eq!(res.status(), 404);
}

both_backends!(
    points_accrue_on_payments_and_pay_for_rewards_once_per_key,
    points_pay_the_monthly_fee_once_a_month,
);
