use serde_json::{Value, json};

use super::DEMO_PASSWORD;
use crate::both_backends;
use crate::helpers::{Backend, TestApp, error_code, spawn_app_with};

async fn endpoints_need_a_session(app: TestApp) {
    let b = app.browser();
    for path in ["/api/session", "/api/sessions"] {
        let res = b.get(path).await;
        assert_eq!(res.status(), 401, "{path}");
        assert_eq!(error_code(res).await, "unauthorized");
    }
    let res = b.post("/api/auth/logout", &json!({})).await;
    assert_eq!(res.status(), 401);
    // A forged session cookie is a dead session.
    let res = b
        .client
        .get(b.url("/api/session"))
        .header("cookie", "mymts_session=forged")
        .send()
        .await
        .expect("GET");
    assert_eq!(error_code(res).await, "session_expired");
}

async fn unsafe_methods_need_the_csrf_token(app: TestApp) {
    let b = app.browser();
    b.sign_in("ivanov", DEMO_PASSWORD).await;
    let res = b.post_bare("/api/auth/logout", &json!({})).await;
    assert_eq!(res.status(), 403);
    assert_eq!(error_code(res).await, "csrf_invalid");
    let res = b
        .client
        .post(b.url("/api/auth/logout"))
        .header("x-csrf-token", "forged")
        .send()
        .await
        .expect("POST");
    assert_eq!(error_code(res).await, "csrf_invalid");
    // Another session's token is not this session's token.
    let other = app.browser();
    other.sign_in("ivanov", DEMO_PASSWORD).await;
    let res = b
        .client
        .post(b.url("/api/sessions/end-others"))
        .header("x-csrf-token", other.csrf())
        .send()
        .await
        .expect("POST");
    assert_eq!(error_code(res).await, "csrf_invalid");
    // Reads do not need it.
    assert_eq!(b.get("/api/session").await.status(), 200);
    let res = b.post("/api/auth/logout", &json!({})).await;
    assert_eq!(res.status(), 204);
    assert_eq!(b.get("/api/session").await.status(), 401);
    assert_eq!(other.get("/api/session").await.status(), 200);
}

async fn sessions_are_listed_and_ended_one_or_all_others(app: TestApp) {
    let desktop = app.browser();
    let phone = app.phone_browser();
    let third = app.browser();
    desktop.sign_in("ivanov", DEMO_PASSWORD).await;
    phone.sign_in("+79161234567", DEMO_PASSWORD).await;
    third.sign_in("77-1000001", DEMO_PASSWORD).await;
    app.browser().sign_in("uralsvyaz", DEMO_PASSWORD).await;
    let list: Vec<Value> = desktop
        .get("/api/sessions")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(list.len(), 3, "only this customer's sessions: {list:?}");
    assert_eq!(list.iter().filter(|s| s["current"] == true).count(), 1);
    let current = list.iter().find(|s| s["current"] == true).expect("current");
    assert_eq!(current["device"], "Chrome on Linux");
    assert_eq!(current["ip"], "127.0.0.1");
    let on_phone = list
        .iter()
        .find(|s| s["device"] == "Chrome on Android")
        .expect("phone");
    let res = desktop
        .delete(&format!("/api/sessions/{}", on_phone["id"]))
        .await;
    assert_eq!(res.status(), 204);
    assert_eq!(
        error_code(phone.get("/api/session").await).await,
        "session_expired"
    );
    let res = desktop
        .delete(&format!("/api/sessions/{}", on_phone["id"]))
        .await;
    assert_eq!(res.status(), 404);
    assert_eq!(
        desktop.delete("/api/sessions/not-a-number").await.status(),
        404
    );
    let ended: Value = desktop
        .post("/api/sessions/end-others", &json!({}))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(ended["ended"], 1);
    assert_eq!(third.get("/api/session").await.status(), 401);
    assert_eq!(desktop.get("/api/session").await.status(), 200);
    let list: Vec<Value> = desktop
        .get("/api/sessions")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(list.len(), 1);
}

async fn another_customers_session_cannot_be_ended(app: TestApp) {
    let ivanov = app.browser();
    let company = app.browser();
    ivanov.sign_in("ivanov", DEMO_PASSWORD).await;
    company.sign_in("uralsvyaz", DEMO_PASSWORD).await;
    let theirs: Vec<Value> = company
        .get("/api/sessions")
        .await
        .json()
        .await
        .expect("json");
    let res = ivanov
        .delete(&format!("/api/sessions/{}", theirs[0]["id"]))
        .await;
    assert_eq!(res.status(), 404);
    assert_eq!(company.get("/api/session").await.status(), 200);
}

async fn sessions_expire_when_idle_and_after_the_absolute_limit(app: TestApp) {
    let b = app.browser();
    b.sign_in("ivanov", DEMO_PASSWORD).await;
    app.clock.advance(chrono::Duration::minutes(29));
    assert_eq!(b.get("/api/session").await.status(), 200);
    app.clock.advance(chrono::Duration::minutes(31));
    assert_eq!(
        error_code(b.get("/api/session").await).await,
        "session_expired"
    );
    b.sign_in("ivanov", DEMO_PASSWORD).await;
    for _ in 0..28 {
        app.clock.advance(chrono::Duration::minutes(25));
        assert_eq!(b.get("/api/session").await.status(), 200);
    }
    app.clock.advance(chrono::Duration::minutes(25));
    assert_eq!(
        error_code(b.get("/api/session").await).await,
        "session_expired"
    );
}

both_backends!(
    endpoints_need_a_session,
    unsafe_methods_need_the_csrf_token,
    sessions_are_listed_and_ended_one_or_all_others,
    another_customers_session_cannot_be_ended,
    sessions_expire_when_idle_and_after_the_absolute_limit,
    a_new_device_is_announced,
);

async fn cookies_are_secure_behind_https(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.public_url = "https://my.example".to_owned()).await;
    let res = app
        .browser()
        .post_bare(
            "/api/auth/sign-in",
            &super::sign_in_body("ivanov", DEMO_PASSWORD),
        )
        .await;
    assert_eq!(res.status(), 200);
    let secure = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .all(|c| c.to_str().expect("ascii").contains("; Secure"));
    assert!(secure);
}

#[tokio::test]
async fn cookies_are_secure_behind_https_sqlite() {
    cookies_are_secure_behind_https(Backend::Sqlite).await;
}

#[tokio::test]
async fn cookies_are_secure_behind_https_postgres() {
    cookies_are_secure_behind_https(Backend::Postgres).await;
}

async fn a_new_device_is_announced(app: TestApp) {
    app.browser().sign_in("ivanov", DEMO_PASSWORD).await;
    assert!(
        app.outbox("ivanov@example.ru").await.is_empty(),
        "the first device is not news"
    );
    app.phone_browser().sign_in("ivanov", DEMO_PASSWORD).await;
    let notice = app.last_message("ivanov@example.ru").await;
    assert!(
        notice.contains("нового устройства") && notice.contains("Chrome on Android"),
        "{notice}"
    );
    app.browser().sign_in("ivanov", DEMO_PASSWORD).await;
    app.phone_browser().sign_in("ivanov", DEMO_PASSWORD).await;
    assert_eq!(
        app.outbox("ivanov@example.ru").await.len(),
        1,
        "known devices are not announced"
    );
}

async fn client_ip_comes_from_the_proxy_only_when_trusted(backend: Backend) {
    for (trusted, expected) in [(false, "127.0.0.1"), (true, "203.0.113.7")] {
        let app = spawn_app_with(backend, |s| s.trust_forwarded_for = trusted).await;
        let b = app.browser();
        let res = b
            .client
            .post(b.url("/api/auth/sign-in"))
            .header("x-forwarded-for", "198.51.100.1, 203.0.113.7")
            .json(&super::sign_in_body("ivanov", DEMO_PASSWORD))
            .send()
            .await
            .expect("POST");
        assert_eq!(res.status(), 200);
        let list: Vec<Value> = b.get("/api/sessions").await.json().await.expect("json");
        assert_eq!(list[0]["ip"], expected, "trusted: {trusted}");
    }
}

#[tokio::test]
async fn client_ip_comes_from_the_proxy_only_when_trusted_sqlite() {
    client_ip_comes_from_the_proxy_only_when_trusted(Backend::Sqlite).await;
}

#[tokio::test]
async fn client_ip_comes_from_the_proxy_only_when_trusted_postgres() {
    client_ip_comes_from_the_proxy_only_when_trusted(Backend::Postgres).await;
}
