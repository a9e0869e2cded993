use serde_json::{Value, json};

use super::{
    CARD_OK, accounts, assert_ledger_consistent, balance, card_body, gateway, json_of, pay,
    post_keyed, signed_in,
};
use crate::both_backends;
use crate::helpers::{TestApp, error_code};

async fn promised(b: &crate::helpers::Browser, account: i64) -> Value {
    let res = b.get(&format!("/api/promised?account={account}")).await;
    assert_eq!(res.status(), 200);
    json_of(res).await
}

async fn newest(b: &crate::helpers::Browser, account: i64, kind: &str) -> Value {
    let res = b
        .get(&format!(
            "/api/history?account={account}&kind={kind}&limit=1"
        ))
        .await;
    json_of(res).await["entries"][0].clone()
}

async fn a_promised_payment_is_credited_and_repaid_from_the_next_payments(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, before) = accounts(&b).await[0];
    let p = promised(&b, account).await;
    assert_eq!(p["open"], Value::Null);
    assert_eq!(p["ineligible"], Value::Null);
    assert_eq!(p["offer"]["min"], 5_000);
    assert_eq!(p["offer"]["term_days"], 3, "mobile: 3 days");
    assert!(p["offer"]["cap"].as_i64() >= Some(10_000), "{p}");

    let take = json!({"account_id": account, "amount": 10_000});
    let res = b.post("/api/promised", &take).await;
    assert_eq!(res.status(), 201);
    let p = json_of(res).await;
    assert_eq!(p["open"]["amount"], 10_000);
    assert_eq!(p["open"]["fee"], 1_000, "10 ₽ for 50–199 ₽");
    assert_eq!(p["open"]["outstanding"], 11_000);
    assert_eq!(p["open"]["status"], "active");
    assert_eq!(p["ineligible"]["reason"], "unpaid_promised");
    assert_eq!(balance(&b, account).await, before + 10_000);
    let credit = newest(&b, account, "promised_credit").await;
    assert_eq!(credit["amount"], 10_000);
    assert!(
        credit["text"]
            .as_str()
            .expect("text")
            .starts_with("Обещанный платёж")
    );

    let res = b.post("/api/promised", &take).await;
    assert_eq!(res.status(), 409);
    assert_eq!(error_code(res).await, "promised_unpaid");

    // 50 ₽ from a terminal: all of it repays the promised payment.
    let body = json!({
        "payment_id": "term-promised-1",
        "account_number": "100000000016",
        "amount": 5_000,
        "method": "terminal",
    });
    assert_eq!(gateway(&app, &body, None).await.status(), 201);
    assert_eq!(balance(&b, account).await, before + 10_000);
    let p = promised(&b, account).await;
    assert_eq!(p["open"]["outstanding"], 6_000);
    let repaid = newest(&b, account, "promised_repayment").await;
    assert_eq!(repaid["amount"], -5_000);
    assert_eq!(repaid["explanation"]["outstanding"], 6_000);
    // 500 ₽ by card: 60 ₽ repays the rest, 440 ₽ stays on the balance.
    assert_eq!(
        pay(&b, &card_body(account, 50_000, CARD_OK)).await.status(),
        201
    );
    assert_eq!(balance(&b, account).await, before + 10_000 + 44_000);
    let p = promised(&b, account).await;
    assert_eq!(p["open"], Value::Null);
    assert_eq!(p["ineligible"], Value::Null, "available again");
    assert_eq!(
        newest(&b, account, "promised_repayment").await["amount"],
        -6_000
    );
    assert_ledger_consistent(&app).await;
}

async fn promised_payment_refusals(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, before) = accounts(&b).await[0];
    let cap = promised(&b, account).await["offer"]["cap"]
        .as_i64()
        .expect("cap");
    for (amount, code) in [
        (cap + 100, "amount_above_maximum"),
        (4_900, "amount_below_minimum"),
        (0, "amount_not_positive"),
    ] {
        let res = b
            .post(
                "/api/promised",
                &json!({"account_id": account, "amount": amount}),
            )
            .await;
        assert_eq!(res.status(), 422, "{code}");
        let err = json_of(res).await;
        assert_eq!(
            (err["code"].as_str(), err["field"].as_str()),
            (Some(code), Some("amount"))
        );
    }
    assert_eq!(balance(&b, account).await, before);
    let res = b
        .post_bare(
            "/api/promised",
            &json!({"account_id": account, "amount": 10_000}),
        )
        .await;
    assert_eq!(error_code(res).await, "csrf_invalid");
    let ural = signed_in(&app, "uralsvyaz").await;
    let (theirs, _) = accounts(&ural).await[0];
    let res = b
        .post(
            "/api/promised",
            &json!({"account_id": theirs, "amount": 10_000}),
        )
        .await;
    assert_eq!(res.status(), 404);
    assert_eq!(
        b.get(&format!("/api/promised?account={theirs}"))
            .await
            .status(),
        404
    );
    assert_eq!(b.get("/api/promised").await.status(), 422);
    assert_ledger_consistent(&app).await;
}

async fn a_retry_with_the_same_key_takes_the_promised_payment_once(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, before) = accounts(&b).await[0];
    let take = json!({"account_id": account, "amount": 10_000});
    let key = "promised-retry-1";
    let first = post_keyed(&b, "/api/promised", Some(key), &take).await;
    assert_eq!(first.status(), 201);
    let first = json_of(first).await;
    assert_eq!(first["open"]["outstanding"], 11_000);
    assert_eq!(first["ineligible"]["reason"], "unpaid_promised");
    assert_eq!(
        first,
        promised(&b, account).await,
        "the answer is the view after"
    );
    let again = post_keyed(&b, "/api/promised", Some(key), &take).await;
    assert_eq!(
        again.status(),
        201,
        "a retry replays, though no offer is left"
    );
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(json_of(again).await, first);
    assert_eq!(balance(&b, account).await, before + 10_000, "credited once");
    let other = json!({"account_id": account, "amount": 12_000});
    let res = post_keyed(&b, "/api/promised", Some(key), &other).await;
    assert_eq!(res.status(), 422);
    assert_eq!(error_code(res).await, "idempotency_key_reused");
    let res = post_keyed(&b, "/api/promised", Some("promised-retry-2"), &take).await;
    assert_eq!(res.status(), 409, "a new key is a new attempt");
    assert_eq!(error_code(res).await, "promised_unpaid");
    let res = post_keyed(&b, "/api/promised", Some(""), &take).await;
    assert_eq!(error_code(res).await, "idempotency_key_required");
    assert_ledger_consistent(&app).await;
}

/// The restriction job read the promised payment as unpaid, then a payment repaid it before
/// the job wrote its effect: nothing is restricted (the job's write re-checks under the
/// promised payment's row lock and reports the rule stale).
async fn a_restriction_is_not_written_for_a_promised_payment_repaid_meanwhile(app: TestApp) {
    use server::store::jobs::{Finish, JobEffect, NewJob, NewRestriction};

    let b = signed_in(&app, "ivanov").await;
    let (account, _) = accounts(&b).await[0];
    let store = server::store::connect(&app.database_url, 2)
        .await
        .expect("store");
    let res = b
        .post(
            "/api/promised",
            &json!({"account_id": account, "amount": 10_000}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let open = store
        .promised_open(account)
        .await
        .expect("read")
        .expect("open");
    // What the job saw: unpaid. Then the payment repays it.
    let res = pay(&b, &card_body(account, 20_000, CARD_OK)).await;
    assert_eq!(res.status(), 201);
    assert!(store.promised_open(account).await.expect("read").is_none());

    let now = server::clock::Clock::unix(app.clock.as_ref());
    let job = NewJob {
        kind: "restrict_race".to_owned(),
        dedupe_key: format!("restrict-race:{}", open.id),
        payload: "{}".to_owned(),
        due_at: now,
    };
    assert_eq!(store.enqueue_jobs(&[job], now).await.expect("enqueue"), 1);
    let claimed = store
        .claim_job("race-runner", now, 300)
        .await
        .expect("claim")
        .expect("due");
    let mut effect = JobEffect {
        restrict: Some(NewRestriction {
            account_id: account,
            reason: "promised_unpaid".to_owned(),
            unpaid_promised: open.id,
        }),
        ..JobEffect::default()
    };
    effect
        .money
        .effect_keys
        .push(format!("promised-restrict:{}", open.id));
    effect.money.effect_at = now;
    let finish = store
        .finish_job(&claimed, now, now, "done", &effect)
        .await
        .expect("finish");
    assert_eq!(finish, Finish::Stale);
    let r = json_of(b.get(&format!("/api/restriction?account={account}")).await).await;
    assert_eq!(r["restricted"], false, "{r}");
}

both_backends!(
    a_restriction_is_not_written_for_a_promised_payment_repaid_meanwhile,
    a_retry_with_the_same_key_takes_the_promised_payment_once,
    a_promised_payment_is_credited_and_repaid_from_the_next_payments,
    promised_payment_refusals,
);
