use std::time::Instant;

use serde_json::{Value, json};

use super::{
    CARD_DECLINED, CARD_NO_FUNDS, CARD_OK, accounts, all_entries, assert_ledger_consistent,
    balance, card_body, json_of, pay, post_keyed, signed_in,
};
use crate::both_backends;
use crate::helpers::{TestApp, error_code};

#[expect(
    clippy::print_stderr,
    reason = "the measured latency goes to the test log"
)]
async fn a_card_top_up_credits_the_balance_once(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, before) = accounts(&b).await[0];
    let started = Instant::now();
    let res = pay(&b, &card_body(account, 50_000, CARD_OK)).await;
    let latency = started.elapsed();
    eprintln!("card top-up latency on {}: {latency:?}", app.backend_name());
    assert_eq!(res.status(), 201);
    let p = json_of(res).await;
    assert_eq!(p["status"], "succeeded");
    assert_eq!(p["amount"], 50_000);
    assert_eq!(p["method"], "card");
    assert_eq!(p["card_last4"], "1111");
    assert_eq!(p["account_id"], account);
    let id = p["id"].as_str().expect("id");
    assert_eq!(
        p["receipt_url"],
        format!("/api/payments/{id}/receipt.pdf").as_str()
    );
    assert_eq!(balance(&b, account).await, before + 50_000);
    let entries = all_entries(&b, account).await;
    let newest = &entries[0];
    assert_eq!(newest["kind"], "payment");
    assert_eq!(newest["amount"], 50_000);
    assert_eq!(newest["payment_id"], id);
    assert_eq!(newest["explanation"]["rule"], "payment");
    let res = b.get(&format!("/api/payments/{id}")).await;
    assert_eq!(res.status(), 200);
    assert_eq!(json_of(res).await, p);
    assert_ledger_consistent(&app).await;
}

async fn bad_cards_and_amounts_are_refused_and_charge_nothing(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, before) = accounts(&b).await[0];
    let mut cases: Vec<(Value, u16, &str, Option<&str>)> = vec![
        (
            card_body(account, 50_000, "4111 1111 1111 1112"),
            422,
            "checksum_mismatch",
            Some("card_number"),
        ),
        (
            card_body(account, 50_000, "1234"),
            422,
            "invalid_card_number",
            Some("card_number"),
        ),
        (
            card_body(account, 999, CARD_OK),
            422,
            "amount_below_minimum",
            Some("amount"),
        ),
        (
            card_body(account, 1_500_001, CARD_OK),
            422,
            "amount_above_maximum",
            Some("amount"),
        ),
        (
            card_body(account, 0, CARD_OK),
            422,
            "amount_not_positive",
            Some("amount"),
        ),
        (
            card_body(account, 50_000, CARD_DECLINED),
            402,
            "card_declined",
            None,
        ),
        (
            card_body(account, 50_000, CARD_NO_FUNDS),
            402,
            "insufficient_funds",
            None,
        ),
    ];
    let mut expired = card_body(account, 50_000, CARD_OK);
    expired["expiry"] = json!("01/20");
    cases.push((expired, 422, "card_expired", Some("expiry")));
    let mut bad_expiry = card_body(account, 50_000, CARD_OK);
    bad_expiry["expiry"] = json!("13/30");
    cases.push((bad_expiry, 422, "invalid_card_expiry", Some("expiry")));
    let mut bad_cvc = card_body(account, 50_000, CARD_OK);
    bad_cvc["cvc"] = json!("12");
    cases.push((bad_cvc, 422, "invalid_cvc", Some("cvc")));
    for (body, status, code, field) in cases {
        let res = pay(&b, &body).await;
        assert_eq!(res.status(), status, "{code}");
        let err = json_of(res).await;
        assert_eq!(err["code"], code);
        assert_eq!(err["field"].as_str(), field, "{code}");
        assert!(!err["message"].as_str().unwrap_or_default().is_empty());
    }
    let res = pay(&b, &json!({"account_id": account, "amount": "five"})).await;
    assert_eq!(res.status(), 400);
    assert_eq!(error_code(res).await, "malformed_json");
    assert_eq!(balance(&b, account).await, before, "nothing was charged");
    assert_ledger_consistent(&app).await;
}

async fn top_ups_need_a_session_csrf_and_an_idempotency_key(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, before) = accounts(&b).await[0];
    let body = card_body(account, 50_000, CARD_OK);
    let res = post_keyed(&b, "/api/payments/card", None, &body).await;
    assert_eq!(res.status(), 400);
    assert_eq!(error_code(res).await, "idempotency_key_required");
    let res = post_keyed(&b, "/api/payments/card", Some(" "), &body).await;
    assert_eq!(error_code(res).await, "idempotency_key_required");
    let long = "k".repeat(101);
    let res = post_keyed(&b, "/api/payments/card", Some(&long), &body).await;
    assert_eq!(error_code(res).await, "idempotency_key_required");
    let res = b
        .client
        .post(b.url("/api/payments/card"))
        .header("idempotency-key", "no-csrf")
        .json(&body)
        .send()
        .await
        .expect("POST");
    assert_eq!(res.status(), 403);
    assert_eq!(error_code(res).await, "csrf_invalid");
    for path in ["/api/payments/saved-card", "/api/cards/x"] {
        let res = b
            .client
            .request(
                if path.starts_with("/api/cards") {
                    reqwest::Method::DELETE
                } else {
                    reqwest::Method::POST
                },
                b.url(path),
            )
            .header("idempotency-key", "no-csrf")
            .json(&json!({}))
            .send()
            .await
            .expect("request");
        assert_eq!(error_code(res).await, "csrf_invalid", "{path}");
    }
    let stranger = app.browser();
    let res = post_keyed(&stranger, "/api/payments/card", Some("k1"), &body).await;
    assert_eq!(res.status(), 401);
    assert_eq!(balance(&b, account).await, before);
}

async fn saved_cards_are_tokens_and_pay_again(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, before) = accounts(&b).await[0];
    let mut body = card_body(account, 30_000, CARD_OK);
    body["save_card"] = json!(true);
    let res = pay(&b, &body).await;
    assert_eq!(res.status(), 201);
    let card_id = json_of(res).await["saved_card_id"]
        .as_str()
        .expect("saved card")
        .to_owned();
    let cards = json_of(b.get("/api/cards").await).await;
    assert_eq!(cards.as_array().map(Vec::len), Some(1), "{cards}");
    assert_eq!(cards[0]["id"], card_id.as_str());
    assert_eq!(cards[0]["last4"], "1111");
    assert_eq!(cards[0]["expiry"], json!({"year": 2030, "month": 12}));
    assert!(!cards.to_string().contains("4111111111111111"));
    let saved = json!({"account_id": account, "card_id": card_id, "amount": 20_000});
    let res = post_keyed(&b, "/api/payments/saved-card", Some("saved-1"), &saved).await;
    assert_eq!(res.status(), 201);
    let p = json_of(res).await;
    assert_eq!(
        (p["method"].as_str(), p["card_last4"].as_str()),
        (Some("saved_card"), Some("1111"))
    );
    assert_eq!(balance(&b, account).await, before + 50_000);
    // Another customer can neither use nor delete it.
    let ural = signed_in(&app, "uralsvyaz").await;
    let (their_account, _) = accounts(&ural).await[0];
    let theirs = json!({"account_id": their_account, "card_id": card_id, "amount": 20_000});
    let res = post_keyed(&ural, "/api/payments/saved-card", Some("steal"), &theirs).await;
    assert_eq!(res.status(), 404);
    assert_eq!(
        ural.delete(&format!("/api/cards/{card_id}")).await.status(),
        404
    );
    assert_eq!(json_of(ural.get("/api/cards").await).await, json!([]));
    // Deleted, it is gone.
    assert_eq!(
        b.delete(&format!("/api/cards/{card_id}")).await.status(),
        204
    );
    assert_eq!(
        b.delete(&format!("/api/cards/{card_id}")).await.status(),
        404
    );
    let res = post_keyed(&b, "/api/payments/saved-card", Some("saved-2"), &saved).await;
    assert_eq!(res.status(), 404);
    assert_eq!(error_code(res).await, "not_found");
    // A declined card is not saved.
    let mut declined = card_body(account, 30_000, CARD_DECLINED);
    declined["save_card"] = json!(true);
    assert_eq!(pay(&b, &declined).await.status(), 402);
    assert_eq!(json_of(b.get("/api/cards").await).await, json!([]));
    assert_ledger_consistent(&app).await;
}

async fn another_customers_account_and_payments_are_not_found(app: TestApp) {
    let ivanov = signed_in(&app, "ivanov").await;
    let ural = signed_in(&app, "uralsvyaz").await;
    let (mine, _) = accounts(&ivanov).await[0];
    let (theirs, theirs_before) = accounts(&ural).await[0];
    let res = pay(&ivanov, &card_body(theirs, 50_000, CARD_OK)).await;
    assert_eq!(res.status(), 404);
    assert_eq!(json_of(res).await["field"], "account_id");
    assert_eq!(balance(&ural, theirs).await, theirs_before);
    let res = pay(&ivanov, &card_body(mine, 50_000, CARD_OK)).await;
    let id = json_of(res).await["id"].as_str().expect("id").to_owned();
    for path in [
        format!("/api/payments/{id}"),
        format!("/api/payments/{id}/receipt.pdf"),
    ] {
        let res = ural.get(&path).await;
        assert_eq!(res.status(), 404, "{path}");
        assert_eq!(error_code(res).await, "not_found");
    }
    let res = ural.get("/api/payments/nonexistent").await;
    assert_eq!(res.status(), 404);
}

both_backends!(
    a_card_top_up_credits_the_balance_once,
    bad_cards_and_amounts_are_refused_and_charge_nothing,
    top_ups_need_a_session_csrf_and_an_idempotency_key,
    saved_cards_are_tokens_and_pay_again,
    another_customers_account_and_payments_are_not_found,
);
