use serde_json::json;

use super::{
    CARD_3DS, CARD_DECLINED, CARD_OK, accounts, assert_ledger_consistent, card_body, gateway,
    json_of, pay, post_keyed, signed_in,
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

async fn the_balance_stays_the_sum_of_entries_after_a_batch(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, _) = accounts(&b).await[0];
    for (i, card) in [CARD_OK, CARD_DECLINED, CARD_3DS, CARD_OK]
        .into_iter()
        .enumerate()
    {
        let key = format!("batch-{i}");
        let body = card_body(account, 10_000 + i as i64, card);
        post_keyed(&b, "/api/payments/card", Some(&key), &body).await;
        post_keyed(&b, "/api/payments/card", Some(&key), &body).await;
    }
    let p = json_of(pay(&b, &card_body(account, 20_000, CARD_3DS)).await).await;
    let url = p["challenge_url"].as_str().expect("challenge").to_owned();
    let res = reqwest::Client::new()
        .post(app.url(&url))
        .form(&[("code", "123456")])
        .send()
        .await
        .expect("POST");
    assert_eq!(res.status(), 200);
    for n in 0..3 {
        let body = json!({
            "payment_id": format!("g-{n}"),
            "account_number": "100000000024",
            "amount": 5_000,
            "method": "terminal",
        });
        assert_eq!(gateway(&app, &body, None).await.status(), 201);
        assert_eq!(gateway(&app, &body, None).await.status(), 201);
    }
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
