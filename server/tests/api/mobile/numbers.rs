use chrono::Duration;
use serde_json::{Value, json};

use super::{IVANOV_PHONE, PETROVA_PHONE, URALSVYAZ_PHONE, delete_bare, ivanov, json, uralsvyaz};
use crate::auth::code_in;
use crate::both_backends;
use crate::helpers::{Browser, TestApp, error_code};

async fn request(b: &Browser, phone: &str) -> reqwest::Response {
    b.post("/api/numbers", &json!({"phone": phone})).await
}

async fn confirm(b: &Browser, phone: &str, code: &str) -> reqwest::Response {
    b.post(
        "/api/numbers/confirm",
        &json!({"phone": phone, "code": code}),
    )
    .await
}

/// Ivanov adds `phone` with the code its owner received.
async fn add(app: &TestApp, b: &Browser, phone: &str) {
    assert_eq!(request(b, phone).await.status(), 202);
    let code = code_in(&app.last_message(phone).await);
    let res = confirm(b, phone, &code).await;
    assert_eq!(res.status(), 201);
}

async fn a_number_is_added_with_its_owners_code(app: TestApp) {
    let b = ivanov(&app).await;
    assert_eq!(json(b.get("/api/numbers").await).await, json!([]));
    let res = request(&b, "8 (921) 987-65-43").await;
    assert_eq!(res.status(), 202);
    let sent = json(res).await;
    assert_eq!(sent["expires_in_secs"], 300);
    let sms = app.last_message(PETROVA_PHONE).await;
    assert!(sms.contains("доверяете"), "{sms}");
    let res = confirm(&b, PETROVA_PHONE, &code_in(&sms)).await;
    assert_eq!(res.status(), 201);
    let list = json(res).await;
    assert_eq!(list[0]["phone"], PETROVA_PHONE);
    let list = json(b.get("/api/numbers").await).await;
    assert_eq!(list.as_array().map(Vec::len), Some(1));
    // Single use, and now a duplicate.
    let res = confirm(&b, PETROVA_PHONE, &code_in(&sms)).await;
    assert_eq!(error_code(res).await, "one_time_code_wrong");
    let res = request(&b, PETROVA_PHONE).await;
    assert_eq!(res.status(), 409);
    assert_eq!(error_code(res).await, "extra_number_already_added");
}

async fn the_owner_sees_who_manages_their_number(app: TestApp) {
    let iv = ivanov(&app).await;
    add(&app, &iv, URALSVYAZ_PHONE).await;
    let ur = uralsvyaz(&app).await;
    let managers = json(ur.get("/api/numbers/managers").await).await;
    assert_eq!(managers.as_array().map(Vec::len), Some(1), "{managers}");
    assert_eq!(managers[0]["phone"], URALSVYAZ_PHONE);
    assert_eq!(managers[0]["manager"], "Иванов Иван Иванович");
    assert_eq!(json(iv.get("/api/numbers/managers").await).await, json!([]));
    // Only the manager can remove it; for anyone else it does not exist.
    let path = format!("/api/numbers/{URALSVYAZ_PHONE}");
    assert_eq!(ur.delete(&path).await.status(), 404);
    assert_eq!(delete_bare(&iv, &path).await.status(), 403);
    assert_eq!(iv.delete(&path).await.status(), 204);
    assert_eq!(iv.delete(&path).await.status(), 404);
    assert_eq!(iv.delete("/api/numbers/not-a-number").await.status(), 404);
    assert_eq!(json(ur.get("/api/numbers/managers").await).await, json!([]));
}

async fn unknown_numbers_get_the_same_answer_and_no_sms(app: TestApp) {
    let b = ivanov(&app).await;
    let known = request(&b, PETROVA_PHONE).await;
    let unknown = request(&b, "+79990001122").await;
    assert_eq!(
        (known.status().as_u16(), unknown.status().as_u16()),
        (202, 202)
    );
    assert_eq!(
        known.text().await.expect("body"),
        unknown.text().await.expect("body")
    );
    assert!(app.outbox("+79990001122").await.is_empty());
    for code in ["000000", "123456"] {
        let res = confirm(&b, "+79990001122", code).await;
        assert_eq!(error_code(res).await, "one_time_code_wrong");
    }
    assert_eq!(json(b.get("/api/numbers").await).await, json!([]));
}

async fn refusals_have_stable_codes(app: TestApp) {
    let b = ivanov(&app).await;
    let res = request(&b, IVANOV_PHONE).await;
    assert_eq!(res.status(), 409);
    assert_eq!(error_code(res).await, "extra_number_is_own");
    let res = request(&b, "12345").await;
    assert_eq!(res.status(), 422);
    let body: Value = json(res).await;
    assert_eq!(
        (body["code"].as_str(), body["field"].as_str()),
        (Some("invalid_phone"), Some("phone"))
    );
    assert_eq!(
        error_code(request(&b, "+7 495 123-45-67").await).await,
        "phone_not_mobile"
    );
    let res = confirm(&b, PETROVA_PHONE, "12a").await;
    assert_eq!(error_code(res).await, "invalid_one_time_code");
    let res = b
        .post_bare("/api/numbers", &json!({"phone": PETROVA_PHONE}))
        .await;
    assert_eq!(res.status(), 403);
    assert_eq!(error_code(res).await, "csrf_invalid");
    let res = app
        .browser()
        .post_bare("/api/numbers", &json!({"phone": PETROVA_PHONE}))
        .await;
    assert_eq!(res.status(), 401);
    assert_eq!(app.get("/api/numbers").await.status(), 401);
    assert_eq!(app.get("/api/numbers/managers").await.status(), 401);
    // Resend cooldown: a second code at once is refused with Retry-After.
    assert_eq!(request(&b, PETROVA_PHONE).await.status(), 202);
    let res = request(&b, PETROVA_PHONE).await;
    assert_eq!(res.status(), 429);
    assert!(res.headers().contains_key("retry-after"));
}

async fn code_attempts_are_limited(app: TestApp) {
    let b = ivanov(&app).await;
    assert_eq!(request(&b, PETROVA_PHONE).await.status(), 202);
    let code = code_in(&app.last_message(PETROVA_PHONE).await);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for _ in 0..5 {
        let res = confirm(&b, PETROVA_PHONE, wrong).await;
        assert_eq!(res.status(), 422);
        assert_eq!(error_code(res).await, "one_time_code_wrong");
    }
    let res = confirm(&b, PETROVA_PHONE, &code).await;
    assert_eq!(res.status(), 429, "attempts exhausted");
    assert_eq!(error_code(res).await, "rate_limited");
    assert_eq!(json(b.get("/api/numbers").await).await, json!([]));
}

async fn codes_expire_and_belong_to_who_asked(app: TestApp) {
    let iv = ivanov(&app).await;
    let ur = uralsvyaz(&app).await;
    assert_eq!(request(&iv, PETROVA_PHONE).await.status(), 202);
    let code = code_in(&app.last_message(PETROVA_PHONE).await);
    // Another customer cannot use Ivanov's code.
    let res = confirm(&ur, PETROVA_PHONE, &code).await;
    assert_eq!(error_code(res).await, "one_time_code_wrong");
    assert_eq!(json(ur.get("/api/numbers").await).await, json!([]));
    app.clock.advance(Duration::minutes(6));
    let res = confirm(&iv, PETROVA_PHONE, &code).await;
    assert_eq!(res.status(), 422);
    assert_eq!(error_code(res).await, "one_time_code_expired");
}

async fn the_owner_withdraws_trust(app: TestApp) {
    let iv = ivanov(&app).await;
    add(&app, &iv, URALSVYAZ_PHONE).await;
    let ur = uralsvyaz(&app).await;
    let path = format!("/api/numbers/managers/{URALSVYAZ_PHONE}");
    // Only the owner can: for the manager it is not their number.
    assert_eq!(iv.delete(&path).await.status(), 404);
    assert_eq!(delete_bare(&ur, &path).await.status(), 403);
    assert_eq!(ur.delete(&path).await.status(), 204);
    assert_eq!(json(iv.get("/api/numbers").await).await, json!([]));
    assert_eq!(json(ur.get("/api/numbers/managers").await).await, json!([]));
    assert_eq!(
        ur.delete(&path).await.status(),
        404,
        "nobody left to revoke"
    );
    assert_eq!(ur.delete("/api/numbers/managers/junk").await.status(), 404);
}

both_backends!(
    the_owner_withdraws_trust,
    a_number_is_added_with_its_owners_code,
    the_owner_sees_who_manages_their_number,
    unknown_numbers_get_the_same_answer_and_no_sms,
    refusals_have_stable_codes,
    code_attempts_are_limited,
    codes_expire_and_belong_to_who_asked,
);
