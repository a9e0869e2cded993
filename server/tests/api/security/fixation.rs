//! Session fixation: a session id the browser holds before signing in is never the one after,
//! whatever way it signs in; signing out ends the session on the server, not only in the
//! browser.

use serde_json::{Value, json};

use crate::auth::{DEMO_PASSWORD, IVANOV_PHONE, code_in};
use crate::both_backends;
use crate::helpers::{TestApp, error_code};

/// The value `name` is set to by the answer's `Set-Cookie` headers.
fn set_cookie(res: &reqwest::Response, name: &str) -> Option<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next()?.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// A request with exactly these cookies (no cookie jar).
async fn with_cookies(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    session: &str,
    csrf: &str,
    body: Option<&Value>,
) -> reqwest::Response {
    let client = reqwest::Client::new();
    let mut req = client
        .request(method, app.url(path))
        .header(
            "cookie",
            format!("mymts_session={session}; mymts_csrf={csrf}"),
        )
        .header("x-csrf-token", csrf);
    if let Some(body) = body {
        req = req.json(body);
    }
    req.send().await.expect("request")
}

async fn a_session_id_set_before_sign_in_is_not_the_one_after(app: TestApp) {
    // An id the attacker chose and planted in the victim's browser.
    let planted = "a".repeat(43);
    let res = with_cookies(
        &app,
        reqwest::Method::POST,
        "/api/auth/sign-in",
        &planted,
        "planted-csrf",
        Some(&json!({"login": "ivanov", "password": DEMO_PASSWORD})),
    )
    .await;
    assert_eq!(res.status(), 200);
    let fresh = set_cookie(&res, "mymts_session").expect("a new session cookie");
    let fresh_csrf = set_cookie(&res, "mymts_csrf").expect("a new CSRF cookie");
    assert_ne!(fresh, planted);
    assert_ne!(fresh_csrf, "planted-csrf");
    let res = with_cookies(
        &app,
        reqwest::Method::GET,
        "/api/session",
        &planted,
        "",
        None,
    )
    .await;
    assert_eq!(res.status(), 401, "the planted id is no session");
    let res = with_cookies(&app, reqwest::Method::GET, "/api/session", &fresh, "", None).await;
    assert_eq!(res.status(), 200);

    // The attacker's own live session planted in the victim's browser: signing in as the
    // victim starts another session; the planted one stays the attacker's.
    let attacker = app.browser();
    attacker.sign_in("uralsvyaz", DEMO_PASSWORD).await;
    let attacker_session = attacker.cookie("mymts_session").expect("session");
    let before: Value = attacker
        .get("/api/session")
        .await
        .json()
        .await
        .expect("json");
    let res = with_cookies(
        &app,
        reqwest::Method::POST,
        "/api/auth/sign-in",
        &attacker_session,
        &attacker.csrf(),
        Some(&json!({"login": "ivanov", "password": DEMO_PASSWORD})),
    )
    .await;
    assert_eq!(res.status(), 200);
    let victims = set_cookie(&res, "mymts_session").expect("session");
    assert_ne!(victims, attacker_session);
    let after: Value = attacker
        .get("/api/session")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(
        after, before,
        "the planted session did not become the victim's"
    );

    // SMS code sign-in rotates too.
    app.browser()
        .post_bare("/api/auth/sms/code", &json!({"phone": IVANOV_PHONE}))
        .await;
    let code = code_in(&app.last_message(IVANOV_PHONE).await);
    let res = with_cookies(
        &app,
        reqwest::Method::POST,
        "/api/auth/sms/sign-in",
        &planted,
        "planted-csrf",
        Some(&json!({"phone": IVANOV_PHONE, "code": code})),
    )
    .await;
    assert_eq!(res.status(), 200);
    let by_sms = set_cookie(&res, "mymts_session").expect("session");
    assert_ne!(by_sms, planted);
    assert_ne!(by_sms, fresh);
}

async fn signing_out_ends_the_session_on_the_server(app: TestApp) {
    let b = app.browser();
    b.sign_in("ivanov", DEMO_PASSWORD).await;
    let session = b.cookie("mymts_session").expect("session");
    let csrf = b.csrf();
    let res = b.post("/api/auth/logout", &json!({})).await;
    assert_eq!(res.status(), 204);
    assert_eq!(set_cookie(&res, "mymts_session").as_deref(), Some(""));
    // A copy of the old cookies (a stolen one, a second tab) is dead.
    for (method, path, body) in [
        (reqwest::Method::GET, "/api/session", None),
        (reqwest::Method::GET, "/api/dashboard", None),
        (
            reqwest::Method::POST,
            "/api/sessions/end-others",
            Some(json!({})),
        ),
        (reqwest::Method::POST, "/api/auth/logout", Some(json!({}))),
    ] {
        let res = with_cookies(&app, method, path, &session, &csrf, body.as_ref()).await;
        assert_eq!(res.status(), 401, "{path} after sign-out");
        assert_eq!(error_code(res).await, "session_expired", "{path}");
    }
}

both_backends!(
    a_session_id_set_before_sign_in_is_not_the_one_after,
    signing_out_ends_the_session_on_the_server,
);
