use serde_json::json;
use server::demo::money::DEBT_ACCOUNT;
use shared::api::payments::{PaymentStatus, PaymentView};
use shared::ledger::PaymentMethod;
use shared::{ApiError, ErrorCode, Money};

use super::{
    CARD_3DS, CARD_DECLINED, CARD_OK, accounts, assert_ledger_consistent, balance, card_body,
    gateway, pay, post_keyed, signed_in,
};
use crate::both_backends;
use crate::helpers::{Backend, TestApp, spawn_app_with};

async fn the_demo_ledger_is_consistent_with_one_debt(app: TestApp) {
    let check = assert_ledger_consistent(&app).await;
    assert!(check["accounts"].as_u64() >= Some(9), "{check}");
    assert!(check["entries"].as_u64() > Some(100), "{check}");
    let ivanov = signed_in(&app, "ivanov").await;
    let balances = accounts(&ivanov).await;
    assert!(balances[0].1 > 0, "the mobile account is in credit");
    assert!(balances[1].1 < 0, "the home account is in debt");
}

/// The payment a top-up answered with `status`, read as the API's type.
async fn payment_of(res: reqwest::Response, status: u16, what: &str) -> PaymentView {
    assert_eq!(res.status(), status, "{what}");
    res.json().await.expect("a PaymentView")
}

/// True when the answer is a replay of an earlier one under the same key.
fn replayed(res: &reqwest::Response) -> bool {
    res.headers()
        .get("idempotent-replayed")
        .is_some_and(|v| v.as_bytes() == b"true")
}

async fn the_balance_stays_the_sum_of_entries_after_a_batch(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, before) = accounts(&b).await[0];
    // Each top-up is posted twice under one key: the retry replays the first answer.
    let mut credited = 0;
    for (i, card) in [CARD_OK, CARD_DECLINED, CARD_3DS, CARD_OK]
        .into_iter()
        .enumerate()
    {
        let key = format!("batch-{i}");
        let amount = 10_000 + i as i64;
        let body = card_body(account, amount, card);
        let first = post_keyed(&b, "/api/payments/card", Some(&key), &body).await;
        assert!(!replayed(&first), "{key}: the first answer is not a replay");
        let again = post_keyed(&b, "/api/payments/card", Some(&key), &body).await;
        assert!(replayed(&again), "{key}: the retry is a replay");
        if card == CARD_DECLINED {
            for res in [first, again] {
                assert_eq!(res.status(), 402, "{key}");
                let err: ApiError = res.json().await.expect("an ApiError");
                assert_eq!(err.code, ErrorCode::CardDeclined, "{key}");
                assert_eq!(err.field, None, "{key}");
            }
            continue;
        }
        let (status, expected) = if card == CARD_3DS {
            (202, PaymentStatus::RequiresConfirmation)
        } else {
            (201, PaymentStatus::Succeeded)
        };
        let p = payment_of(first, status, &key).await;
        assert_eq!(p.status, expected, "{key}");
        assert_eq!(p.account_id, account, "{key}");
        assert_eq!(p.amount, Money::from_kopecks(amount), "{key}");
        assert_eq!(p.method, PaymentMethod::Card, "{key}");
        assert_eq!(
            p.card_last4.as_deref(),
            Some(&card[card.len() - 4..]),
            "{key}"
        );
        if expected == PaymentStatus::Succeeded {
            credited += amount;
            assert_eq!(p.challenge_url, None, "{key}");
            let receipt = format!("/api/payments/{}/receipt.pdf", p.id);
            assert_eq!(p.receipt_url, Some(receipt), "{key}");
        } else {
            assert_eq!(p.receipt_url, None, "{key}");
            let challenge = format!("/api/payments/3ds/{}", p.id);
            assert_eq!(p.challenge_url, Some(challenge), "{key}");
        }
        assert_eq!(
            payment_of(again, status, &key).await,
            p,
            "{key}: the same payment"
        );
    }
    assert_eq!(
        balance(&b, account).await,
        before + credited,
        "only the approved cards are credited, once each"
    );
    let p = payment_of(
        pay(&b, &card_body(account, 20_000, CARD_3DS)).await,
        202,
        "3-D Secure",
    )
    .await;
    assert_eq!(p.status, PaymentStatus::RequiresConfirmation);
    assert_eq!(p.amount, Money::from_kopecks(20_000));
    let url = p.challenge_url.clone().expect("challenge");
    let res = reqwest::Client::new()
        .post(app.url(&url))
        .form(&[("code", "123456")])
        .send()
        .await
        .expect("POST");
    assert_eq!(res.status(), 200);
    let confirmed = payment_of(
        b.get(&format!("/api/payments/{}", p.id)).await,
        200,
        "confirmed",
    )
    .await;
    assert_eq!(confirmed.status, PaymentStatus::Succeeded);
    credited += 20_000;
    assert_eq!(balance(&b, account).await, before + credited);
    // The gateway pays the home account (in debt) three times, each posted twice.
    let (home, home_before) = accounts(&b).await[1];
    for n in 0..3 {
        let key = format!("g-{n}");
        let body = json!({
            "payment_id": key,
            "account_number": DEBT_ACCOUNT,
            "amount": 5_000,
            "method": "terminal",
        });
        let first = gateway(&app, &body, None).await;
        assert!(!replayed(&first), "{key}: the first answer is not a replay");
        let p = payment_of(first, 201, &key).await;
        assert_eq!(p.status, PaymentStatus::Succeeded, "{key}");
        assert_eq!(p.account_id, home, "{key}");
        assert_eq!(p.account_number, DEBT_ACCOUNT, "{key}");
        assert_eq!(p.amount, Money::from_kopecks(5_000), "{key}");
        assert_eq!(p.method, PaymentMethod::Terminal, "{key}");
        assert_eq!(p.card_last4, None, "{key}");
        let again = gateway(&app, &body, None).await;
        assert!(replayed(&again), "{key}: the retry is a replay");
        assert_eq!(
            payment_of(again, 201, &key).await,
            p,
            "{key}: the same payment"
        );
    }
    assert_eq!(
        balance(&b, home).await,
        home_before + 15_000,
        "each paid once"
    );
    assert_eq!(balance(&b, account).await, before + credited);
    assert_ledger_consistent(&app).await;
}

async fn the_ledger_check_is_dev_only(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.dev = false).await;
    assert_eq!(app.get("/api/dev/ledger-check").await.status(), 404);
}

both_backends!(
    the_demo_ledger_is_consistent_with_one_debt,
    the_balance_stays_the_sum_of_entries_after_a_batch,
);

#[tokio::test]
async fn the_ledger_check_is_dev_only_sqlite() {
    the_ledger_check_is_dev_only(Backend::Sqlite).await;
}

#[tokio::test]
async fn the_ledger_check_is_dev_only_postgres() {
    the_ledger_check_is_dev_only(Backend::Postgres).await;
}
