//! A retry never pays twice: the same key and body replay the answer, the same key with
//! another body is refused, and concurrent twins make exactly one payment.

use serde_json::Value;

use super::{
    CARD_DECLINED, CARD_OK, accounts, all_entries, assert_ledger_consistent, balance, card_body,
    json_of, post_keyed, signed_in,
};
use crate::both_backends;
use crate::helpers::{TestApp, error_code};

async fn same_key_same_body_replays_the_answer(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, before) = accounts(&b).await[0];
    let body = card_body(account, 25_000, CARD_OK);
    let first = post_keyed(&b, "/api/payments/card", Some("retry-1"), &body).await;
    assert_eq!(first.status(), 201);
    assert!(first.headers().get("idempotent-replayed").is_none());
    let first = json_of(first).await;
    let again = post_keyed(&b, "/api/payments/card", Some("retry-1"), &body).await;
    assert_eq!(again.status(), 201);
    assert_eq!(
        again
            .headers()
            .get("idempotent-replayed")
            .map(|v| v.as_bytes()),
        Some(&b"true"[..])
    );
    assert_eq!(json_of(again).await, first);
    assert_eq!(balance(&b, account).await, before + 25_000, "paid once");
    // A refusal by the bank is an answer too: replayed, not retried.
    let declined = card_body(account, 25_000, CARD_DECLINED);
    let res = post_keyed(&b, "/api/payments/card", Some("retry-2"), &declined).await;
    assert_eq!(res.status(), 402);
    let res = post_keyed(&b, "/api/payments/card", Some("retry-2"), &declined).await;
    assert_eq!(res.status(), 402);
    assert_eq!(error_code(res).await, "card_declined");
    // A field error does not use the key up: the corrected request goes through.
    let mut typo = body.clone();
    typo["card_number"] = "4111 1111 1111 1112".into();
    let res = post_keyed(&b, "/api/payments/card", Some("retry-3"), &typo).await;
    assert_eq!(error_code(res).await, "checksum_mismatch");
    let res = post_keyed(&b, "/api/payments/card", Some("retry-3"), &body).await;
    assert_eq!(res.status(), 201);
    assert_eq!(balance(&b, account).await, before + 50_000);
    // Keys are per customer: another customer's identical key is their own payment.
    let ural = signed_in(&app, "uralsvyaz").await;
    let (theirs, theirs_before) = accounts(&ural).await[0];
    let res = post_keyed(
        &ural,
        "/api/payments/card",
        Some("retry-1"),
        &card_body(theirs, 25_000, CARD_OK),
    )
    .await;
    assert_eq!(res.status(), 201);
    assert_eq!(balance(&ural, theirs).await, theirs_before + 25_000);
    assert_ledger_consistent(&app).await;
}

async fn same_key_other_body_is_refused(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, before) = accounts(&b).await[0];
    let res = post_keyed(
        &b,
        "/api/payments/card",
        Some("k-1"),
        &card_body(account, 25_000, CARD_OK),
    )
    .await;
    assert_eq!(res.status(), 201);
    let res = post_keyed(
        &b,
        "/api/payments/card",
        Some("k-1"),
        &card_body(account, 26_000, CARD_OK),
    )
    .await;
    assert_eq!(res.status(), 422);
    assert_eq!(error_code(res).await, "idempotency_key_reused");
    assert_eq!(balance(&b, account).await, before + 25_000);
}

async fn concurrent_twins_make_one_payment(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, before) = accounts(&b).await[0];
    let entries_before = all_entries(&b, account).await.len();
    let body = card_body(account, 40_000, CARD_OK);
    let (r1, r2) = tokio::join!(
        post_keyed(&b, "/api/payments/card", Some("twin"), &body),
        post_keyed(&b, "/api/payments/card", Some("twin"), &body),
    );
    assert_eq!((r1.status().as_u16(), r2.status().as_u16()), (201, 201));
    let (p1, p2): (Value, Value) = (json_of(r1).await, json_of(r2).await);
    assert_eq!(p1["id"], p2["id"], "one payment, answered twice");
    // Five more at once under one other key.
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..5 {
        let client = b.client.clone();
        let url = b.url("/api/payments/card");
        let csrf = b.csrf();
        let body = body.clone();
        set.spawn(async move {
            let res = client
                .post(url)
                .header("x-csrf-token", csrf)
                .header("idempotency-key", "quintet")
                .json(&body)
                .send()
                .await
                .expect("POST");
            let status = res.status().as_u16();
            let json: Value = res.json().await.expect("json");
            (status, json["id"].as_str().unwrap_or_default().to_owned())
        });
    }
    let answers = set.join_all().await;
    assert!(answers.iter().all(|(s, _)| *s == 201), "{answers:?}");
    assert!(
        answers.iter().all(|(_, id)| *id == answers[0].1),
        "{answers:?}"
    );
    assert_eq!(
        balance(&b, account).await,
        before + 80_000,
        "two payments in all"
    );
    let entries = all_entries(&b, account).await;
    assert_eq!(entries.len(), entries_before + 2);
    assert_ledger_consistent(&app).await;
}

both_backends!(
    same_key_same_body_replays_the_answer,
    same_key_other_body_is_refused,
    concurrent_twins_make_one_payment,
);
