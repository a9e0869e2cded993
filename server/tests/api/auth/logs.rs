//! No password, one-time code or session token ever reaches the logs.

use serde_json::json;

use super::{DEMO_PASSWORD, IVANOV_PHONE, code_in, word_after};
use crate::helpers::{Backend, spawn_app};
use crate::log_capture::capture;

async fn secrets_never_reach_the_logs(backend: Backend) {
    let (captured, _guard) = capture();
    let app = spawn_app(backend).await;
    let mut secrets: Vec<String> = vec![DEMO_PASSWORD.to_owned()];

    // Password sign-in (and a wrong one).
    let b = app.browser();
    b.sign_in("ivanov", DEMO_PASSWORD).await;
    b.post_bare(
        "/api/auth/sign-in",
        &json!({"login": "ivanov", "password": "Wrong-secret-77"}),
    )
    .await;
    secrets.push("Wrong-secret-77".to_owned());
    secrets.push(b.cookie("mymts_session").expect("session"));
    secrets.push(b.csrf());

    // SMS code sign-in.
    app.browser()
        .post_bare("/api/auth/sms/code", &json!({"phone": IVANOV_PHONE}))
        .await;
    let code = code_in(&app.last_message(IVANOV_PHONE).await);
    let phone_browser = app.browser();
    let res = phone_browser
        .post_bare(
            "/api/auth/sms/sign-in",
            &json!({"phone": IVANOV_PHONE, "code": code}),
        )
        .await;
    assert_eq!(res.status(), 200);
    secrets.push(code);
    secrets.push(phone_browser.cookie("mymts_session").expect("session"));

    // Registration with an e-mailed password.
    let c: serde_json::Value = app
        .browser()
        .post_bare("/api/auth/challenge", &json!({}))
        .await
        .json()
        .await
        .expect("json");
    let challenge = c["challenge"].as_str().expect("challenge").to_owned();
    let solution = server::domain::challenge::solve(&challenge, 8);
    let res = app
        .browser()
        .post_bare(
            "/api/auth/register",
            &json!({
                "service": "home",
                "identity": {"legal_status": "sole_proprietor", "full_name": "Кузнецов Алексей Петрович", "inn": "165500012389", "ogrnip": "319169000123450"},
                "contract_number": "16-5000001",
                "email": "ip@example.ru",
                "challenge": challenge,
                "solution": solution,
            }),
        )
        .await;
    assert_eq!(res.status(), 201);
    let mail = app.last_message("ip@example.ru").await;
    secrets.push(word_after(&mail, "Пароль:"));

    // Recovery.
    app.clock.advance(chrono::Duration::seconds(61));
    app.browser()
        .post_bare(
            "/api/auth/recovery/code",
            &json!({"login": "ivanov", "channel": "sms"}),
        )
        .await;
    let code = code_in(&app.last_message(IVANOV_PHONE).await);
    let res = app
        .browser()
        .post_bare(
            "/api/auth/recovery/password",
            &json!({"login": "ivanov", "code": code, "new_password": "Fresh-secret-88"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    secrets.push(code);
    secrets.push("Fresh-secret-88".to_owned());

    let logs = captured.text();
    assert!(
        logs.contains("signed in") && logs.contains("password recovered"),
        "logs were captured"
    );
    for secret in &secrets {
        assert!(!secret.is_empty());
        assert!(
            !logs.contains(secret.as_str()),
            "a secret reached the logs: {secret}"
        );
    }
}

#[tokio::test]
async fn secrets_never_reach_the_logs_sqlite() {
    secrets_never_reach_the_logs(Backend::Sqlite).await;
}

#[tokio::test]
async fn secrets_never_reach_the_logs_postgres() {
    secrets_never_reach_the_logs(Backend::Postgres).await;
}
