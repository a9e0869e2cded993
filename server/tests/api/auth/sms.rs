use chrono::Duration;
use serde_json::{Value, json};

use super::{DEMO_PASSWORD, IVANOV_PHONE, code_in, sign_in_body, word_after};
use crate::both_backends;
use crate::helpers::{TestApp, error_code};

async fn request_code(app: &TestApp, phone: &str) -> reqwest::Response {
    app.browser()
        .post_bare("/api/auth/sms/code", &json!({"phone": phone}))
        .await
}

async fn sign_in_with_an_sms_code(app: TestApp) {
    let res = request_code(&app, "8 (916) 123-45-67").await;
    assert_eq!(res.status(), 202);
    let sent: Value = res.json().await.expect("json");
    assert_eq!(
        (
            sent["resend_after_secs"].as_u64(),
            sent["expires_in_secs"].as_u64()
        ),
        (Some(60), Some(300))
    );
    let code = code_in(&app.last_message(IVANOV_PHONE).await);
    let b = app.browser();
    let res = b
        .post_bare(
            "/api/auth/sms/sign-in",
            &json!({"phone": IVANOV_PHONE, "code": code}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let info: Value = res.json().await.expect("json");
    assert_eq!(info["display_name"], "Иванов Иван Иванович");
    assert_eq!(b.get("/api/session").await.status(), 200);
    // Single use.
    let res = b
        .post_bare(
            "/api/auth/sms/sign-in",
            &json!({"phone": IVANOV_PHONE, "code": code}),
        )
        .await;
    assert_eq!(res.status(), 422);
    assert_eq!(error_code(res).await, "one_time_code_wrong");
}

async fn unknown_numbers_get_the_same_answer_and_no_sms(app: TestApp) {
    let known = request_code(&app, IVANOV_PHONE).await;
    let unknown = request_code(&app, "+79990001122").await;
    assert_eq!(
        (known.status().as_u16(), unknown.status().as_u16()),
        (202, 202)
    );
    assert_eq!(
        known.text().await.expect("body"),
        unknown.text().await.expect("body")
    );
    assert!(app.outbox("+79990001122").await.is_empty());
    let res = app
        .browser()
        .post_bare(
            "/api/auth/sms/sign-in",
            &json!({"phone": "+79990001122", "code": "123456"}),
        )
        .await;
    assert_eq!(error_code(res).await, "one_time_code_wrong");
    let res = request_code(&app, "+7 495 123-45-67").await;
    assert_eq!(res.status(), 422);
    assert_eq!(error_code(res).await, "phone_not_mobile");
    let res = app
        .browser()
        .post_bare(
            "/api/auth/sms/sign-in",
            &json!({"phone": IVANOV_PHONE, "code": "12a"}),
        )
        .await;
    assert_eq!(error_code(res).await, "invalid_one_time_code");
}

async fn resending_waits_for_the_cooldown(app: TestApp) {
    assert_eq!(request_code(&app, IVANOV_PHONE).await.status(), 202);
    let res = request_code(&app, IVANOV_PHONE).await;
    assert_eq!(res.status(), 429);
    let retry: i64 = res.headers()["retry-after"]
        .to_str()
        .expect("ascii")
        .parse()
        .expect("secs");
    assert!((1..=60).contains(&retry));
    app.clock.advance(Duration::seconds(61));
    assert_eq!(request_code(&app, IVANOV_PHONE).await.status(), 202);
    // The newest code replaces the previous one.
    let messages = app.outbox(IVANOV_PHONE).await;
    assert_eq!(messages.len(), 2);
    let old = code_in(messages[1]["body"].as_str().expect("body"));
    let new = code_in(messages[0]["body"].as_str().expect("body"));
    let b = app.browser();
    if old != new {
        let res = b
            .post_bare(
                "/api/auth/sms/sign-in",
                &json!({"phone": IVANOV_PHONE, "code": old}),
            )
            .await;
        assert_eq!(error_code(res).await, "one_time_code_wrong");
    }
    let res = b
        .post_bare(
            "/api/auth/sms/sign-in",
            &json!({"phone": IVANOV_PHONE, "code": new}),
        )
        .await;
    assert_eq!(res.status(), 200);
}

async fn codes_expire_after_five_minutes(app: TestApp) {
    request_code(&app, IVANOV_PHONE).await;
    let code = code_in(&app.last_message(IVANOV_PHONE).await);
    app.clock.advance(Duration::minutes(5));
    let res = app
        .browser()
        .post_bare(
            "/api/auth/sms/sign-in",
            &json!({"phone": IVANOV_PHONE, "code": code}),
        )
        .await;
    assert_eq!(res.status(), 422);
    assert_eq!(error_code(res).await, "one_time_code_expired");
}

async fn five_wrong_codes_use_up_the_code(app: TestApp) {
    request_code(&app, IVANOV_PHONE).await;
    let code = code_in(&app.last_message(IVANOV_PHONE).await);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let b = app.browser();
    for _ in 0..5 {
        let res = b
            .post_bare(
                "/api/auth/sms/sign-in",
                &json!({"phone": IVANOV_PHONE, "code": wrong}),
            )
            .await;
        assert_eq!(error_code(res).await, "one_time_code_wrong");
    }
    let res = b
        .post_bare(
            "/api/auth/sms/sign-in",
            &json!({"phone": IVANOV_PHONE, "code": code}),
        )
        .await;
    assert_eq!(res.status(), 429);
    assert!(res.headers().contains_key("retry-after"));
}

async fn sms_password_is_temporary_and_forces_a_change(app: TestApp) {
    let res = app
        .browser()
        .post_bare("/api/auth/sms/password", &json!({"phone": IVANOV_PHONE}))
        .await;
    assert_eq!(res.status(), 202);
    let temporary = word_after(&app.last_message(IVANOV_PHONE).await, "Мой МТС:");
    let b = app.browser();
    let info = b.sign_in(IVANOV_PHONE, &temporary).await;
    assert_eq!(info["must_change_password"], true);
    assert!(info["temporary_password_deadline"].is_string());
    // Nothing but the password change until then.
    let res = b.get("/api/sessions").await;
    assert_eq!(res.status(), 403);
    assert_eq!(error_code(res).await, "password_change_required");
    assert_eq!(b.get("/api/session").await.status(), 200);
    // A stranger asking for an SMS password cannot lock the holder out: the old one still works.
    let info = app.browser().sign_in("ivanov", DEMO_PASSWORD).await;
    assert_eq!(info["must_change_password"], false);
    let change =
        |current: &str, new: &str| json!({"current_password": current, "new_password": new});
    let res = b
        .post("/api/auth/password", &change(&temporary, "short"))
        .await;
    let err: Value = res.json().await.expect("json");
    assert_eq!(
        (err["code"].as_str(), err["field"].as_str()),
        (Some("password_too_short"), Some("new_password"))
    );
    let res = b
        .post(
            "/api/auth/password",
            &change("Not-the-one-1", "Brand-new-pass1"),
        )
        .await;
    let err: Value = res.json().await.expect("json");
    assert_eq!(
        (err["code"].as_str(), err["field"].as_str()),
        (Some("current_password_wrong"), Some("current_password"))
    );
    let res = b
        .post_bare("/api/auth/password", &change(&temporary, "Brand-new-pass1"))
        .await;
    assert_eq!(error_code(res).await, "csrf_invalid");
    let res = b
        .post("/api/auth/password", &change(&temporary, "Brand-new-pass1"))
        .await;
    assert_eq!(res.status(), 200);
    let info: Value = res.json().await.expect("json");
    assert_eq!(info["must_change_password"], false);
    assert_eq!(b.get("/api/sessions").await.status(), 200);
    // Both the old and the temporary password were replaced; the new one works.
    for old in [DEMO_PASSWORD, temporary.as_str()] {
        let res = app
            .browser()
            .post_bare("/api/auth/sign-in", &sign_in_body("ivanov", old))
            .await;
        assert_eq!(res.status(), 401);
    }
    let info = app.browser().sign_in("ivanov", "Brand-new-pass1").await;
    assert_eq!(info["must_change_password"], false);
}

async fn an_unchanged_sms_password_dies_after_48_hours(app: TestApp) {
    app.browser()
        .post_bare("/api/auth/sms/password", &json!({"phone": IVANOV_PHONE}))
        .await;
    let temporary = word_after(&app.last_message(IVANOV_PHONE).await, "Мой МТС:");
    app.clock
        .advance(Duration::hours(47) + Duration::minutes(59));
    app.browser().sign_in(IVANOV_PHONE, &temporary).await;
    app.clock.advance(Duration::minutes(1));
    let res = app
        .browser()
        .post_bare("/api/auth/sign-in", &sign_in_body(IVANOV_PHONE, &temporary))
        .await;
    assert_eq!(res.status(), 401);
    assert_eq!(error_code(res).await, "temporary_password_expired");
}

async fn interactive_satellite_signs_in_with_the_sim_and_an_sms_password(app: TestApp) {
    let sim = "8970100000000000039";
    let res = app
        .browser()
        .post_bare("/api/auth/sms/password", &json!({"iccid": sim}))
        .await;
    assert_eq!(res.status(), 202);
    let temporary = word_after(&app.last_message("+79131112233").await, "Мой МТС:");
    let b = app.browser();
    let res = b
        .post_bare(
            "/api/auth/sign-in/sim",
            &json!({"iccid": sim, "password": temporary}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let info: Value = res.json().await.expect("json");
    assert_eq!(info["display_name"], "Сидоров Пётр Алексеевич");
    assert_eq!(info["must_change_password"], true);
    let res = b
        .post_bare(
            "/api/auth/sign-in/sim",
            &json!({"iccid": "8970100000000000047", "password": temporary}),
        )
        .await;
    assert_eq!(error_code(res).await, "sign_in_failed");
    let res = app
        .browser()
        .post_bare("/api/auth/sms/password", &json!({}))
        .await;
    assert_eq!(error_code(res).await, "required");
}

async fn a_customer_without_a_web_account_sets_a_first_password(app: TestApp) {
    let petrova = "+79219876543";
    request_code(&app, petrova).await;
    let code = code_in(&app.last_message(petrova).await);
    let b = app.browser();
    let res = b
        .post_bare(
            "/api/auth/sms/sign-in",
            &json!({"phone": petrova, "code": code}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let info: Value = res.json().await.expect("json");
    assert_eq!(info["login"], Value::Null);
    let res = b
        .post(
            "/api/auth/password",
            &json!({"new_password": "First-pass-for-me1"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let info: Value = res.json().await.expect("json");
    let login = info["login"].as_str().expect("a login now").to_owned();
    app.browser().sign_in(&login, "First-pass-for-me1").await;
    app.browser().sign_in(petrova, "First-pass-for-me1").await;
    // From now on the current password is needed.
    let res = b
        .post(
            "/api/auth/password",
            &json!({"new_password": "Second-pass-for-me2"}),
        )
        .await;
    assert_eq!(error_code(res).await, "required");
}

both_backends!(
    a_customer_without_a_web_account_sets_a_first_password,
    sign_in_with_an_sms_code,
    unknown_numbers_get_the_same_answer_and_no_sms,
    resending_waits_for_the_cooldown,
    codes_expire_after_five_minutes,
    five_wrong_codes_use_up_the_code,
    sms_password_is_temporary_and_forces_a_change,
    an_unchanged_sms_password_dies_after_48_hours,
    interactive_satellite_signs_in_with_the_sim_and_an_sms_password,
);
