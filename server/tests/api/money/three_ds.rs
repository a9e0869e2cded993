use super::{
    CARD_3DS, accounts, assert_ledger_consistent, balance, card_body, json_of, pay, signed_in,
};
use crate::both_backends;
use crate::helpers::{TestApp, error_code};

async fn confirm(app: &TestApp, url: &str, code: &str) -> reqwest::Response {
    // The bank's page is reached without the shop's cookies.
    reqwest::Client::new()
        .post(app.url(url))
        .form(&[("code", code)])
        .send()
        .await
        .expect("POST")
}

async fn a_3ds_payment_completes_after_the_code(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, before) = accounts(&b).await[0];
    let res = pay(&b, &card_body(account, 70_000, CARD_3DS)).await;
    assert_eq!(res.status(), 202);
    let p = json_of(res).await;
    assert_eq!(p["status"], "requires_confirmation");
    let id = p["id"].as_str().expect("id").to_owned();
    let url = p["challenge_url"].as_str().expect("challenge").to_owned();
    assert_eq!(url, format!("/api/payments/3ds/{id}"));
    assert_eq!(balance(&b, account).await, before, "not yet");
    let res = b.get(&format!("/api/payments/{id}/receipt.pdf")).await;
    assert_eq!(res.status(), 409);
    assert_eq!(error_code(res).await, "payment_not_completed");

    let page = reqwest::get(app.url(&url)).await.expect("GET");
    assert_eq!(page.status(), 200);
    assert!(
        page.headers()["content-type"]
            .to_str()
            .expect("ascii")
            .starts_with("text/html")
    );
    let html = page.text().await.expect("html");
    assert!(html.contains("<form method=\"post\"") && html.contains("name=\"code\""));
    assert!(html.contains("700,00") && !html.contains("<script"));

    let res = confirm(&app, &url, "000000").await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.expect("html").contains("Неверный код"));
    assert_eq!(balance(&b, account).await, before);

    let res = confirm(&app, &url, "123456").await;
    assert_eq!(res.status(), 200);
    assert!(
        res.text()
            .await
            .expect("html")
            .contains("Платёж подтверждён")
    );
    assert_eq!(balance(&b, account).await, before + 70_000);
    let p = json_of(b.get(&format!("/api/payments/{id}")).await).await;
    assert_eq!(p["status"], "succeeded");
    // Confirming again changes nothing.
    let res = confirm(&app, &url, "123456").await;
    assert_eq!(res.status(), 200);
    assert_eq!(balance(&b, account).await, before + 70_000);
    assert_eq!(
        b.get(&format!("/api/payments/{id}/receipt.pdf"))
            .await
            .status(),
        200
    );
    assert_ledger_consistent(&app).await;
}

async fn three_wrong_codes_fail_the_payment(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, before) = accounts(&b).await[0];
    let p = json_of(pay(&b, &card_body(account, 70_000, CARD_3DS)).await).await;
    let url = p["challenge_url"].as_str().expect("challenge").to_owned();
    assert_eq!(confirm(&app, &url, "111111").await.status(), 422);
    assert_eq!(confirm(&app, &url, "222222").await.status(), 422);
    assert_eq!(confirm(&app, &url, "333333").await.status(), 402);
    assert_eq!(
        confirm(&app, &url, "123456").await.status(),
        402,
        "too late"
    );
    let id = p["id"].as_str().expect("id");
    let p = json_of(b.get(&format!("/api/payments/{id}")).await).await;
    assert_eq!(p["status"], "failed");
    assert_eq!(balance(&b, account).await, before);
    let res = reqwest::get(app.url("/api/payments/3ds/nonexistent"))
        .await
        .expect("GET");
    assert_eq!(res.status(), 404);
    assert_eq!(
        confirm(&app, "/api/payments/3ds/nonexistent", "123456")
            .await
            .status(),
        404
    );
    assert_ledger_consistent(&app).await;
}

both_backends!(
    a_3ds_payment_completes_after_the_code,
    three_wrong_codes_fail_the_payment,
);
