use serde_json::{Value, json};

use super::{DEMO_PASSWORD, IVANOV_PHONE, code_in, sign_in_body};
use crate::both_backends;
use crate::helpers::{Backend, TestApp, error_code, spawn_app_with};

async fn ask(app: &TestApp, login: &str, channel: &str) -> reqwest::Response {
    app.browser()
        .post_bare(
            "/api/auth/recovery/code",
            &json!({"login": login, "channel": channel}),
        )
        .await
}

async fn recovery_by_sms_sets_a_password_and_ends_other_sessions(app: TestApp) {
    let old_device = app.browser();
    old_device.sign_in("ivanov", DEMO_PASSWORD).await;
    let res = ask(&app, "ivanov", "sms").await;
    assert_eq!(res.status(), 202);
    let code = code_in(&app.last_message(IVANOV_PHONE).await);
    let b = app.browser();
    let res = b
        .post_bare(
            "/api/auth/recovery/password",
            &json!({"login": "ivanov", "code": code, "new_password": "short"}),
        )
        .await;
    let err: Value = res.json().await.expect("json");
    assert_eq!(
        (err["code"].as_str(), err["field"].as_str()),
        (Some("password_too_short"), Some("new_password"))
    );
    let res = b
        .post_bare(
            "/api/auth/recovery/password",
            &json!({"login": "ivanov", "code": code, "new_password": "Ivanov"}),
        )
        .await;
    assert_eq!(res.status(), 422);
    let res = b
        .post_bare(
            "/api/auth/recovery/password",
            &json!({"login": "ivanov", "code": code, "new_password": "Recovered-pass9"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(b.get("/api/session").await.status(), 200);
    assert_eq!(old_device.get("/api/session").await.status(), 401);
    let res = app
        .browser()
        .post_bare("/api/auth/sign-in", &sign_in_body("ivanov", DEMO_PASSWORD))
        .await;
    assert_eq!(res.status(), 401);
    app.browser().sign_in("ivanov", "Recovered-pass9").await;
    // The code was used up.
    let res = b
        .post_bare(
            "/api/auth/recovery/password",
            &json!({"login": "ivanov", "code": code, "new_password": "Another-pass10"}),
        )
        .await;
    assert_eq!(error_code(res).await, "one_time_code_wrong");
}

async fn recovery_by_account_number_and_email(app: TestApp) {
    let res = ask(&app, "100000000016", "email").await;
    assert_eq!(res.status(), 202);
    let code = code_in(&app.last_message("ivanov@example.ru").await);
    let res = app
        .browser()
        .post_bare(
            "/api/auth/recovery/password",
            &json!({"login": "1000 0000 0016", "code": code, "new_password": "By-mail-pass11"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    app.browser().sign_in("ivanov", "By-mail-pass11").await;
}

async fn recovery_by_phone_for_a_customer_without_a_web_account(app: TestApp) {
    assert_eq!(ask(&app, "+79219876543", "sms").await.status(), 202);
    let code = code_in(&app.last_message("+79219876543").await);
    let res = app
        .browser()
        .post_bare(
            "/api/auth/recovery/password",
            &json!({"login": "+79219876543", "code": code, "new_password": "Petrova-pass12"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let info = app
        .browser()
        .sign_in("+79219876543", "Petrova-pass12")
        .await;
    assert_eq!(info["display_name"], "Петрова Анна Сергеевна");
}

async fn recovery_does_not_tell_whether_an_account_exists(app: TestApp) {
    let known = ask(&app, "ivanov", "sms").await;
    let unknown = ask(&app, "nobody.here", "sms").await;
    let no_email = ask(&app, "+79131112233", "email").await;
    assert_eq!(
        (
            known.status().as_u16(),
            unknown.status().as_u16(),
            no_email.status().as_u16()
        ),
        (202, 202, 202)
    );
    let bodies = [
        known.text().await.expect("b"),
        unknown.text().await.expect("b"),
        no_email.text().await.expect("b"),
    ];
    assert!(bodies.iter().all(|b| b == &bodies[0]));
    let res = app
        .browser()
        .post_bare(
            "/api/auth/recovery/password",
            &json!({"login": "nobody.here", "code": "123456", "new_password": "Whatever-pass13"}),
        )
        .await;
    assert_eq!(res.status(), 422);
    assert_eq!(error_code(res).await, "one_time_code_wrong");
    let res = ask(&app, "", "sms").await;
    assert_eq!(error_code(res).await, "required");
    let res = ask(&app, "ivanov", "sms").await;
    assert_eq!(res.status(), 429, "cooldown");
}

async fn satellite_forgot_login_needs_both_numbers(app: TestApp) {
    let b = app.browser();
    let res = b
        .post_bare(
            "/api/auth/recovery/satellite-login",
            &json!({"chip_id": "1234567890", "smart_card": "1002 0030 0400"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let found: Value = res.json().await.expect("json");
    assert_eq!(found["account_number"], "100000000040");
    let res = b
        .post_bare(
            "/api/auth/recovery/satellite-login",
            &json!({"chip_id": "1234567890", "smart_card": "500600700800"}),
        )
        .await;
    assert_eq!(res.status(), 409);
    assert_eq!(error_code(res).await, "identity_mismatch");
    let res = b
        .post_bare(
            "/api/auth/recovery/satellite-login",
            &json!({"chip_id": "12", "smart_card": "500600700800"}),
        )
        .await;
    assert_eq!(error_code(res).await, "invalid_chip_id");
    for _ in 0..9 {
        b.post_bare(
            "/api/auth/recovery/satellite-login",
            &json!({"chip_id": "9999999999", "smart_card": "500600700800"}),
        )
        .await;
    }
    let res = b
        .post_bare(
            "/api/auth/recovery/satellite-login",
            &json!({"chip_id": "1234567890", "smart_card": "100200300400"}),
        )
        .await;
    assert_eq!(res.status(), 429);
}

async fn outbox_lists_messages_in_dev_mode(app: TestApp) {
    ask(&app, "ivanov", "sms").await;
    let all: Vec<Value> = app.get("/api/dev/outbox").await.json().await.expect("json");
    assert_eq!(all.len(), 1);
    assert_eq!(all[0]["channel"], "sms");
    assert_eq!(all[0]["recipient"], IVANOV_PHONE);
    assert!(app.outbox("someone@else.ru").await.is_empty());
}

both_backends!(
    recovery_by_sms_sets_a_password_and_ends_other_sessions,
    recovery_by_account_number_and_email,
    recovery_by_phone_for_a_customer_without_a_web_account,
    recovery_does_not_tell_whether_an_account_exists,
    satellite_forgot_login_needs_both_numbers,
    outbox_lists_messages_in_dev_mode,
);

async fn outbox_is_404_outside_dev_mode(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.dev = false).await;
    let res = app.get("/api/dev/outbox").await;
    assert_eq!(res.status(), 404);
    assert_eq!(error_code(res).await, "not_found");
}

#[tokio::test]
async fn outbox_is_404_outside_dev_mode_sqlite() {
    outbox_is_404_outside_dev_mode(Backend::Sqlite).await;
}

#[tokio::test]
async fn outbox_is_404_outside_dev_mode_postgres() {
    outbox_is_404_outside_dev_mode(Backend::Postgres).await;
}
