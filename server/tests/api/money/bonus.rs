//! Bonus points: accrued on payments, spent on the monthly fee or a reward, or transferred to
//! another number, under an idempotency key, never below zero; the public balance check.

use serde_json::{Value, json};

use super::{
    CARD_OK, accounts, all_entries, balance, card_body, json_of, pay, post_keyed, signed_in,
};
use crate::helpers::{Browser, TestApp, error_code};
use crate::{both_backends, both_backends_at_once};

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

/// ivanov's and uralsvyaz's mobile numbers.
const IVANOV: &str = "+79161234567";
const URALSVYAZ: &str = "+79501234567";

async fn view(b: &Browser) -> Value {
    let res = b.get("/api/bonus").await;
    assert_eq!(res.status(), 200);
    json_of(res).await
}

async fn send(b: &Browser, key: &str, to: &str, points: i64) -> reqwest::Response {
    post_keyed(
        b,
        "/api/bonus/transfer",
        Some(key),
        &json!({"to": to, "points": points}),
    )
    .await
}

/// Tops up the customer's first account so that they have at least `points` more points.
async fn earn(b: &Browser, points: i64) {
    let (account, _) = accounts(b).await[0];
    let res = pay(b, &card_body(account, points * 1_000, CARD_OK)).await;
    assert_eq!(res.status(), 201);
}

/// Buys rewards until the points are below 300 (the cheapest reward).
async fn spend_down(b: &Browser) -> i64 {
    for i in 0..100 {
        let res = post_keyed(
            b,
            "/api/bonus/rewards",
            Some(&format!("drain-{i}")),
            &json!({"reward_id": "extra-gb-5"}),
        )
        .await;
        if res.status() == 409 {
            assert_eq!(error_code(res).await, "insufficient_bonus");
            let left = points(b).await;
            assert!((0..300).contains(&left), "{left}");
            return left;
        }
        assert_eq!(res.status(), 201);
    }
    panic!("the points never ran out");
}

async fn assert_refused(res: reqwest::Response, status: u16, code: &str, field: Option<&str>) {
    assert_eq!(res.status(), status, "{code}");
    let err = json_of(res).await;
    assert_eq!(
        (err["code"].as_str(), err["field"].as_str()),
        (Some(code), field),
        "{err}"
    );
}

async fn points_transfer_to_another_number_and_both_sides_see_it(app: TestApp) {
    let sender = signed_in(&app, "ivanov").await;
    let receiver = signed_in(&app, "uralsvyaz").await;
    earn(&sender, 300).await;
    let before = view(&sender).await;
    assert_eq!(before["numbers"], json!([IVANOV]));
    assert_eq!(
        (
            before["sent_today"].as_i64(),
            before["transfer_daily_limit"].as_i64(),
            before["transfer_min"].as_i64()
        ),
        (Some(0), Some(500), Some(10))
    );
    let (from_before, to_before) = (
        before["balance"].as_i64().expect("balance"),
        points(&receiver).await,
    );

    // Any form of the number; the answer names it in E.164.
    let res = send(&sender, "t-1", "8 (950) 123-45-67", 100).await;
    assert_eq!(res.status(), 201);
    let done = json_of(res).await;
    assert_eq!(done, json!({"to": URALSVYAZ, "points": 100}));
    // A retry replays the answer and moves nothing again.
    let res = send(&sender, "t-1", "8 (950) 123-45-67", 100).await;
    assert_eq!(res.status(), 201);
    assert_eq!(json_of(res).await, done);
    // The same key with another body: refused.
    let res = send(&sender, "t-1", URALSVYAZ, 50).await;
    assert_refused(res, 422, "idempotency_key_reused", None).await;

    let after = view(&sender).await;
    assert_eq!(after["balance"].as_i64(), Some(from_before - 100));
    assert_eq!(after["sent_today"].as_i64(), Some(100));
    let out = &after["history"][0];
    assert_eq!(
        (
            out["kind"].as_str(),
            out["points"].as_i64(),
            out["detail"].as_str()
        ),
        (Some("transfer_out"), Some(-100), Some(URALSVYAZ))
    );
    let theirs = view(&receiver).await;
    assert_eq!(theirs["balance"].as_i64(), Some(to_before + 100));
    assert_eq!(
        theirs["sent_today"].as_i64(),
        Some(0),
        "receiving is not sending"
    );
    let incoming = &theirs["history"][0];
    assert_eq!(
        (
            incoming["kind"].as_str(),
            incoming["points"].as_i64(),
            incoming["detail"].as_str()
        ),
        (Some("transfer_in"), Some(100), Some(IVANOV))
    );

    // Refusals, each with its stable code; none moves a point.
    assert_refused(
        send(&sender, "t-2", URALSVYAZ, 9).await,
        422,
        "bonus_transfer_below_minimum",
        Some("points"),
    )
    .await;
    assert_refused(
        send(&sender, "t-3", "+7 916 123-45-67", 10).await,
        422,
        "bonus_transfer_to_self",
        Some("to"),
    )
    .await;
    assert_refused(
        send(&sender, "t-4", "123", 10).await,
        422,
        "invalid_phone",
        Some("to"),
    )
    .await;
    assert_refused(
        send(&sender, "t-5", "+7 495 123-45-67", 10).await,
        422,
        "phone_not_mobile",
        Some("to"),
    )
    .await;
    // A number nobody has: 404 that says nothing about any owner.
    let res = send(&sender, "t-6", "+79990000000", 10).await;
    assert_eq!(res.status(), 404);
    let err = json_of(res).await;
    assert_eq!(err["code"], "bonus_recipient_unknown");
    assert_eq!(err["field"], "to");
    let keys: Vec<&String> = err.as_object().expect("object").keys().collect();
    assert!(
        keys.iter()
            .all(|k| ["code", "message", "field"].contains(&k.as_str())),
        "{err}"
    );
    // 100 sent today; 401 more is over the limit of 500, 400 is not.
    assert_refused(
        send(&sender, "t-7", URALSVYAZ, 401).await,
        409,
        "bonus_transfer_daily_limit",
        Some("points"),
    )
    .await;
    let res = post_keyed(
        &sender,
        "/api/bonus/transfer",
        None,
        &json!({"to": URALSVYAZ, "points": 10}),
    )
    .await;
    assert_eq!(res.status(), 400);
    assert_eq!(error_code(res).await, "idempotency_key_required");
    let res = app
        .post_json(
            "/api/bonus/transfer",
            &json!({"to": URALSVYAZ, "points": 10}),
        )
        .await;
    assert_eq!(res.status(), 401);
    assert_eq!(points(&sender).await, from_before - 100);
    assert_eq!(points(&receiver).await, to_before + 100);

    // More than the receiver has (their daily limit untouched): not enough points.
    let left = spend_down(&receiver).await;
    assert_refused(
        send(&receiver, "back-1", IVANOV, (left + 1).max(10)).await,
        409,
        "insufficient_bonus",
        None,
    )
    .await;

    // Tomorrow the daily limit starts again (a new session: the old one has expired).
    app.clock.advance(chrono::Duration::days(1));
    let sender = signed_in(&app, "ivanov").await;
    assert_eq!(view(&sender).await["sent_today"].as_i64(), Some(0));
    assert_eq!(send(&sender, "t-8", URALSVYAZ, 10).await.status(), 201);
}

/// `n` transfers of `points` to `to` at once, each under its own key; `(status, code)` each.
async fn send_at_once(
    b: &Browser,
    prefix: &str,
    n: usize,
    to: &str,
    points: i64,
) -> Vec<(u16, String)> {
    let mut set = tokio::task::JoinSet::new();
    for i in 0..n {
        let client = b.client.clone();
        let url = b.url("/api/bonus/transfer");
        let csrf = b.csrf();
        let key = format!("{prefix}-{i}");
        let body = json!({"to": to, "points": points});
        set.spawn(async move {
            let res = client
                .post(url)
                .header("x-csrf-token", csrf)
                .header("idempotency-key", key)
                .json(&body)
                .send()
                .await
                .expect("POST");
            let status = res.status().as_u16();
            let json: Value = res.json().await.expect("json");
            (status, json["code"].as_str().unwrap_or_default().to_owned())
        });
    }
    set.join_all().await
}

async fn concurrent_transfers_never_overspend_or_pass_the_daily_limit(app: TestApp) {
    let sender = signed_in(&app, "ivanov").await;
    let receiver = signed_in(&app, "uralsvyaz").await;
    earn(&sender, 1_000).await;
    let (from_before, to_before) = (points(&sender).await, points(&receiver).await);
    assert!(from_before >= 800);
    // Eight transfers of 100 at once: the daily limit of 500 lets exactly five through.
    let answers = send_at_once(&sender, "limit", 8, URALSVYAZ, 100).await;
    let ok = answers.iter().filter(|(s, _)| *s == 201).count();
    assert!(
        answers
            .iter()
            .all(|a| a.0 == 201 || *a == (409, "bonus_transfer_daily_limit".to_owned())),
        "{answers:?}"
    );
    assert_eq!(ok, 5, "{answers:?}");
    let after = view(&sender).await;
    assert_eq!(after["sent_today"].as_i64(), Some(500));
    assert_eq!(after["balance"].as_i64(), Some(from_before - 500));
    assert_eq!(points(&receiver).await, to_before + 500);

    // Ten transfers of 100 at once from fewer than 500 points: never below zero.
    let left = spend_down(&receiver).await;
    earn(&receiver, 200).await;
    let have = points(&receiver).await;
    assert_eq!(have, left + 200);
    let answers = send_at_once(&receiver, "over", 10, IVANOV, 100).await;
    let ok = i64::try_from(answers.iter().filter(|(s, _)| *s == 201).count()).expect("count");
    assert!(
        answers
            .iter()
            .all(|a| a.0 == 201 || *a == (409, "insufficient_bonus".to_owned())),
        "{answers:?}"
    );
    assert_eq!(ok, have / 100, "{answers:?}");
    assert_eq!(points(&receiver).await, have - ok * 100);
}

async fn public_balance_check_shows_the_balance_only_and_is_limited(app: TestApp) {
    let owner = signed_in(&app, "ivanov").await;
    let dash = super::dashboard(&owner, None).await;
    let contract = "77-1000001";
    let account = dash["accounts"]
        .as_array()
        .expect("accounts")
        .iter()
        .find(|a| a["contract_number"] == contract)
        .map(|a| a["balance"].as_i64().expect("balance"))
        .expect("ivanov's mobile contract");
    // No sign-in, no CSRF token: any form of the number.
    let res = app
        .post_json(
            "/api/public/balance",
            &json!({"contract_number": "771000001"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let body = json_of(res).await;
    assert_eq!(
        body.as_object().map(|o| o.len()),
        Some(1),
        "balance only: {body}"
    );
    assert_eq!(body["balance"].as_i64(), Some(account));
    let res = app
        .post_json("/api/public/balance", &json!({"contract_number": "77-12"}))
        .await;
    assert_eq!(res.status(), 422);
    let err = json_of(res).await;
    assert_eq!(
        (err["code"].as_str(), err["field"].as_str()),
        (Some("invalid_contract_number"), Some("contract_number"))
    );
    let res = app
        .post_json("/api/public/balance", &json!({"contract_number": ""}))
        .await;
    assert_eq!(res.status(), 422);
    assert_eq!(error_code(res).await, "required");
    let res = app
        .post_json(
            "/api/public/balance",
            &json!({"contract_number": "99-9999999"}),
        )
        .await;
    assert_eq!(res.status(), 404);
    let err = json_of(res).await;
    assert_eq!(err["code"], "contract_not_found");
    // 20 checks an hour from one address (4 made above), then 429 with Retry-After.
    for _ in 4..20 {
        let res = app
            .post_json("/api/public/balance", &json!({"contract_number": contract}))
            .await;
        assert_eq!(res.status(), 200);
    }
    let res = app
        .post_json("/api/public/balance", &json!({"contract_number": contract}))
        .await;
    assert_eq!(res.status(), 429);
    let retry: i64 = res.headers()["retry-after"]
        .to_str()
        .expect("ascii")
        .parse()
        .expect("seconds");
    assert!((1..=60).contains(&retry), "{retry}");
    assert_eq!(error_code(res).await, "rate_limited");
    // After the wait it answers again.
    app.clock.advance(chrono::Duration::seconds(retry));
    let res = app
        .post_json("/api/public/balance", &json!({"contract_number": contract}))
        .await;
    assert_eq!(res.status(), 200);
}

/// Which numbers are the operator's is not to be found out by transferring points: ten unknown
/// recipients an hour, then even a real one waits.
async fn unknown_recipients_are_throttled(app: TestApp) {
    let sender = signed_in(&app, "ivanov").await;
    earn(&sender, 300).await;
    for n in 0..10 {
        let res = send(&sender, &format!("u-{n}"), &format!("+7999000000{n}"), 10).await;
        assert_eq!(res.status(), 404, "unknown recipient {n}");
    }
    let res = send(&sender, "u-10", "+79990000010", 10).await;
    assert_eq!(res.status(), 429);
    assert!(res.headers().contains_key("retry-after"));
    assert_eq!(error_code(res).await, "rate_limited");
    let res = send(&sender, "u-11", "8 (950) 123-45-67", 10).await;
    assert_eq!(res.status(), 429, "locked for every recipient");
}

both_backends!(
    points_accrue_on_payments_and_pay_for_rewards_once_per_key,
    points_pay_the_monthly_fee_once_a_month,
    points_transfer_to_another_number_and_both_sides_see_it,
    public_balance_check_shows_the_balance_only_and_is_limited,
    unknown_recipients_are_throttled,
);

both_backends_at_once!(concurrent_transfers_never_overspend_or_pass_the_daily_limit);
