use serde_json::json;

use super::{IVANOV_PHONE, PETROVA_PHONE, ivanov, json, uralsvyaz};
use crate::auth::{DEMO_PASSWORD, code_in};
use crate::both_backends;
use crate::helpers::{TestApp, error_code};

async fn the_email_changes_with_a_code_sent_to_the_new_address(app: TestApp) {
    let b = ivanov(&app).await;
    let contacts = json(b.get("/api/profile/contacts").await).await;
    assert_eq!(
        contacts,
        json!({"email": "ivanov@example.ru", "phone": IVANOV_PHONE})
    );
    let res = b
        .post(
            "/api/profile/contacts/email",
            &json!({"email": "Ivan.New@Example.RU"}),
        )
        .await;
    assert_eq!(res.status(), 202);
    assert!(
        app.outbox("ivanov@example.ru").await.is_empty(),
        "the old address gets nothing"
    );
    let code = code_in(&app.last_message("Ivan.New@example.ru").await);
    let res = b
        .post(
            "/api/profile/contacts/email/confirm",
            &json!({"email": "Ivan.New@example.ru", "code": code}),
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(json(res).await["email"], "Ivan.New@example.ru");
    // Notices now go to the new address.
    app.phone_browser().sign_in("ivanov", DEMO_PASSWORD).await;
    let notice = app.last_message("Ivan.New@example.ru").await;
    assert!(notice.contains("нового устройства"), "{notice}");
}

async fn the_phone_changes_with_a_code_sent_to_the_new_number(app: TestApp) {
    let b = ivanov(&app).await;
    let res = b
        .post(
            "/api/profile/contacts/phone",
            &json!({"phone": "8 921 987 65 43"}),
        )
        .await;
    assert_eq!(res.status(), 202);
    let code = code_in(&app.last_message(PETROVA_PHONE).await);
    // The code is Ivanov's: another customer cannot use it.
    let other = uralsvyaz(&app).await;
    let res = other
        .post(
            "/api/profile/contacts/phone/confirm",
            &json!({"phone": PETROVA_PHONE, "code": code}),
        )
        .await;
    assert_eq!(error_code(res).await, "one_time_code_wrong");
    let res = b
        .post(
            "/api/profile/contacts/phone/confirm",
            &json!({"phone": PETROVA_PHONE, "code": code}),
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(json(res).await["phone"], PETROVA_PHONE);
    let theirs = json(other.get("/api/profile/contacts").await).await;
    assert_eq!(theirs["phone"], super::URALSVYAZ_PHONE);
}

async fn contact_refusals(app: TestApp) {
    let b = ivanov(&app).await;
    let res = b
        .post(
            "/api/profile/contacts/email",
            &json!({"email": "ivanov@example.ru"}),
        )
        .await;
    assert_eq!(res.status(), 409);
    assert_eq!(error_code(res).await, "contact_unchanged");
    let res = b
        .post(
            "/api/profile/contacts/phone",
            &json!({"phone": IVANOV_PHONE}),
        )
        .await;
    assert_eq!(error_code(res).await, "contact_unchanged");
    let res = b
        .post("/api/profile/contacts/email", &json!({"email": "nope"}))
        .await;
    assert_eq!(res.status(), 422);
    assert_eq!(error_code(res).await, "invalid_email");
    let res = b
        .post(
            "/api/profile/contacts/email/confirm",
            &json!({"email": "new@example.ru", "code": "123456"}),
        )
        .await;
    assert_eq!(error_code(res).await, "one_time_code_wrong");
    let res = b
        .post_bare(
            "/api/profile/contacts/email",
            &json!({"email": "new@example.ru"}),
        )
        .await;
    assert_eq!(res.status(), 403);
    assert_eq!(error_code(res).await, "csrf_invalid");
    assert_eq!(app.get("/api/profile/contacts").await.status(), 401);
    let contacts = json(b.get("/api/profile/contacts").await).await;
    assert_eq!(contacts["email"], "ivanov@example.ru");
}

both_backends!(
    the_email_changes_with_a_code_sent_to_the_new_address,
    the_phone_changes_with_a_code_sent_to_the_new_number,
    contact_refusals,
);
