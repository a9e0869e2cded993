use serde_json::json;

use super::{DEMO_PASSWORD, IVANOV_PHONE, sign_in_body};
use crate::both_backends;
use crate::helpers::{TestApp, error_code};

async fn password_sign_in_by_login_phone_contract_and_account(app: TestApp) {
    for login in [
        "ivanov",
        "IVANOV",
        IVANOV_PHONE,
        "8 916 123-45-67",
        "77-1000001",
        "77-1000002",
        "100000000016",
    ] {
        let b = app.browser();
        let res = b
            .post_bare("/api/auth/sign-in", &sign_in_body(login, DEMO_PASSWORD))
            .await;
        assert_eq!(res.status(), 200, "{login}");
        let cookies: Vec<String> = res
            .headers()
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().expect("ascii").to_owned())
            .collect();
        let session = cookies
            .iter()
            .find(|c| c.starts_with("mymts_session="))
            .expect("session cookie");
        assert!(
            session.contains("HttpOnly")
                && session.contains("SameSite=Lax")
                && !session.contains("Secure")
        );
        let csrf = cookies
            .iter()
            .find(|c| c.starts_with("mymts_csrf="))
            .expect("csrf cookie");
        assert!(!csrf.contains("HttpOnly"));
        let info: serde_json::Value = res.json().await.expect("json");
        assert_eq!(info["display_name"], "Иванов Иван Иванович");
        assert_eq!(info["login"], "ivanov");
        assert_eq!(info["must_change_password"], false);
        assert_eq!(info["csrf_token"].as_str(), Some(b.csrf().as_str()));
        let me: serde_json::Value = b.get("/api/session").await.json().await.expect("json");
        assert_eq!(me["customer_id"], info["customer_id"]);
    }
    let company = app.browser().sign_in("uralsvyaz", DEMO_PASSWORD).await;
    assert_eq!(company["legal_status"], "legal_entity");
    assert_eq!(company["display_name"], "ООО «Уралсвязь-Сервис»");
}

async fn unknown_login_and_wrong_password_get_the_same_answer(app: TestApp) {
    let b = app.browser();
    let wrong = b
        .post_bare(
            "/api/auth/sign-in",
            &sign_in_body("ivanov", "Wrong-passw0rd"),
        )
        .await;
    let unknown = b
        .post_bare(
            "/api/auth/sign-in",
            &sign_in_body("nobody.here", "Wrong-passw0rd"),
        )
        .await;
    let unregistered = b
        .post_bare(
            "/api/auth/sign-in",
            &sign_in_body("+79219876543", "Wrong-passw0rd"),
        )
        .await;
    assert_eq!(
        (
            wrong.status().as_u16(),
            unknown.status().as_u16(),
            unregistered.status().as_u16()
        ),
        (401, 401, 401)
    );
    let bodies = [
        wrong.text().await.expect("body"),
        unknown.text().await.expect("body"),
        unregistered.text().await.expect("body"),
    ];
    assert_eq!(bodies[0], bodies[1]);
    assert_eq!(bodies[1], bodies[2]);
    assert!(bodies[0].contains("sign_in_failed"));
    assert!(b.cookie("mymts_session").is_none());
}

async fn malformed_sign_in_fields_are_422_with_the_field(app: TestApp) {
    let b = app.browser();
    for (body, code, field) in [
        (sign_in_body("", "x"), "required", "login"),
        (sign_in_body("12", "x"), "invalid_login", "login"),
        (sign_in_body("ivanov", ""), "required", "password"),
        (
            sign_in_body("ivanov", &"x".repeat(500)),
            "too_long",
            "password",
        ),
    ] {
        let res = b.post_bare("/api/auth/sign-in", &body).await;
        assert_eq!(res.status(), 422);
        let err: serde_json::Value = res.json().await.expect("json");
        assert_eq!(
            (err["code"].as_str(), err["field"].as_str()),
            (Some(code), Some(field))
        );
    }
    let res = b
        .post_bare(
            "/api/auth/sign-in/sim",
            &json!({"iccid": "123", "password": "x"}),
        )
        .await;
    assert_eq!(error_code(res).await, "invalid_iccid");
    let res = b
        .client
        .post(b.url("/api/auth/sign-in"))
        .body("not json")
        .header("content-type", "application/json")
        .send()
        .await
        .expect("post");
    assert_eq!(res.status(), 400);
}

async fn five_failures_lock_the_identifier_progressively(app: TestApp) {
    let b = app.browser();
    for _ in 0..5 {
        let res = b
            .post_bare(
                "/api/auth/sign-in",
                &sign_in_body("ivanov", "Wrong-passw0rd"),
            )
            .await;
        assert_eq!(res.status(), 401);
    }
    // Locked now, even with the right password; the answer says when to come back.
    let res = b
        .post_bare("/api/auth/sign-in", &sign_in_body("ivanov", DEMO_PASSWORD))
        .await;
    assert_eq!(res.status(), 429);
    let retry: i64 = res.headers()["retry-after"]
        .to_str()
        .expect("ascii")
        .parse()
        .expect("secs");
    assert!((1..=60).contains(&retry), "{retry}");
    assert_eq!(error_code(res).await, "rate_limited");
    // Other identifiers are not affected.
    app.browser().sign_in("uralsvyaz", DEMO_PASSWORD).await;
    app.clock.advance(chrono::Duration::seconds(61));
    // One more failure after the lock locks for twice as long.
    let res = b
        .post_bare(
            "/api/auth/sign-in",
            &sign_in_body("ivanov", "Wrong-passw0rd"),
        )
        .await;
    assert_eq!(res.status(), 401);
    let res = b
        .post_bare("/api/auth/sign-in", &sign_in_body("ivanov", DEMO_PASSWORD))
        .await;
    assert_eq!(res.status(), 429);
    let retry: i64 = res.headers()["retry-after"]
        .to_str()
        .expect("ascii")
        .parse()
        .expect("secs");
    assert!((61..=120).contains(&retry), "{retry}");
    app.clock.advance(chrono::Duration::seconds(121));
    b.sign_in("ivanov", DEMO_PASSWORD).await;
}

async fn one_ip_spraying_many_logins_is_locked(app: TestApp) {
    let b = app.browser();
    for i in 0..30 {
        let res = b
            .post_bare(
                "/api/auth/sign-in",
                &sign_in_body(&format!("sprayed{i}"), "Wrong-passw0rd"),
            )
            .await;
        assert_eq!(res.status(), 401, "attempt {i}");
    }
    let res = b
        .post_bare("/api/auth/sign-in", &sign_in_body("ivanov", DEMO_PASSWORD))
        .await;
    assert_eq!(res.status(), 429);
    assert!(res.headers().contains_key("retry-after"));
}

both_backends!(
    password_sign_in_by_login_phone_contract_and_account,
    unknown_login_and_wrong_password_get_the_same_answer,
    malformed_sign_in_fields_are_422_with_the_field,
    five_failures_lock_the_identifier_progressively,
    one_ip_spraying_many_logins_is_locked,
);
