use chrono::Duration;
use serde_json::{Value, json};

use super::{IVANOV_PHONE, URALSVYAZ_PHONE, ivanov, json, post_concurrently, uralsvyaz};
use crate::both_backends;
use crate::helpers::{Browser, TestApp, error_code};

async fn send(b: &Browser, to: &str, text: &str) -> reqwest::Response {
    b.post("/api/sms", &json!({"to": to, "text": text})).await
}

async fn folder(b: &Browser, name: &str) -> Vec<Value> {
    let res = b.get(&format!("/api/sms?folder={name}")).await;
    assert_eq!(res.status(), 200);
    res.json().await.expect("json")
}

async fn an_sms_goes_through_the_gateway_to_the_recipient(app: TestApp) {
    let iv = ivanov(&app).await;
    let res = send(&iv, "8 950 123-45-67", "Привет! Встречаемся в 7.").await;
    assert_eq!(res.status(), 201);
    let sent = json(res).await;
    assert_eq!(sent["message"]["folder"], "sent");
    assert_eq!(sent["message"]["own_number"], IVANOV_PHONE);
    assert_eq!(sent["message"]["peer"], URALSVYAZ_PHONE);
    assert_eq!(sent["message"]["parts"], 1);
    assert_eq!(sent["left_today"], 19);
    assert_eq!(
        app.last_message(URALSVYAZ_PHONE).await,
        "Привет! Встречаемся в 7."
    );
    let mine = folder(&iv, "sent").await;
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0]["text"], "Привет! Встречаемся в 7.");
    // The recipient is a subscriber of ours: it is in their inbox, from Ivanov's number.
    let inbox = folder(&uralsvyaz(&app).await, "inbox").await;
    assert_eq!(inbox[0]["peer"], IVANOV_PHONE);
    assert_eq!(inbox[0]["text"], "Привет! Встречаемся в 7.");
}

async fn segments_follow_the_shared_rules(app: TestApp) {
    let iv = ivanov(&app).await;
    for (text, parts) in [
        ("a".repeat(160), 1),
        ("a".repeat(161), 2),
        ("я".repeat(70), 1),
        ("я".repeat(71), 2),
        ("я".repeat(6 * 67), 6),
    ] {
        let res = send(&iv, URALSVYAZ_PHONE, &text).await;
        assert_eq!(res.status(), 201);
        assert_eq!(json(res).await["message"]["parts"], parts);
    }
    let res = send(&iv, URALSVYAZ_PHONE, &"я".repeat(6 * 67 + 1)).await;
    assert_eq!(res.status(), 422);
    let body = json(res).await;
    assert_eq!(
        (body["code"].as_str(), body["field"].as_str()),
        (Some("sms_too_long"), Some("text"))
    );
}

async fn seeded_folders_and_unknown_folder(app: TestApp) {
    let iv = ivanov(&app).await;
    let inbox: Vec<Value> = json(iv.get("/api/sms").await)
        .await
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(inbox.len(), 3);
    assert!(
        inbox
            .iter()
            .all(|m| m["folder"] == "inbox" && m["own_number"] == IVANOV_PHONE)
    );
    assert!(
        inbox[0]["at"].as_str() > inbox[1]["at"].as_str(),
        "newest first"
    );
    assert_eq!(folder(&iv, "blocked").await.len(), 2);
    assert!(folder(&iv, "sent").await.is_empty());
    let res = iv.get("/api/sms?folder=spam").await;
    assert_eq!(res.status(), 422);
    assert_eq!(error_code(res).await, "validation");
    assert_eq!(app.get("/api/sms").await.status(), 401);
}

async fn bad_sends_are_refused(app: TestApp) {
    let iv = ivanov(&app).await;
    let res = send(&iv, "12345", "hi").await;
    let body = json(res).await;
    assert_eq!(
        (body["code"].as_str(), body["field"].as_str()),
        (Some("invalid_phone"), Some("to"))
    );
    let res = send(&iv, "+7 495 123-45-67", "hi").await;
    assert_eq!(error_code(res).await, "phone_not_mobile");
    let res = send(&iv, URALSVYAZ_PHONE, "   ").await;
    assert_eq!(error_code(res).await, "required");
    let res = iv
        .post_bare("/api/sms", &json!({"to": URALSVYAZ_PHONE, "text": "hi"}))
        .await;
    assert_eq!(res.status(), 403);
    assert_eq!(error_code(res).await, "csrf_invalid");
    assert!(folder(&iv, "sent").await.is_empty(), "nothing was sent");
}

async fn twenty_a_day(app: TestApp) {
    let iv = ivanov(&app).await;
    for i in 0..20 {
        let res = send(&iv, URALSVYAZ_PHONE, &format!("message {i}")).await;
        assert_eq!(res.status(), 201, "message {i}");
    }
    let res = send(&iv, URALSVYAZ_PHONE, "one too many").await;
    assert_eq!(res.status(), 429);
    assert_eq!(error_code(res).await, "sms_daily_limit");
    app.clock.advance(Duration::days(1));
    let iv = ivanov(&app).await;
    assert_eq!(send(&iv, URALSVYAZ_PHONE, "a new day").await.status(), 201);
}

async fn concurrent_sends_never_pass_the_daily_limit(app: TestApp) {
    let iv = ivanov(&app).await;
    for i in 0..17 {
        assert_eq!(
            send(&iv, URALSVYAZ_PHONE, &format!("m{i}")).await.status(),
            201
        );
    }
    let bodies = (0..6)
        .map(|i| json!({"to": URALSVYAZ_PHONE, "text": format!("at once {i}")}))
        .collect();
    let statuses = post_concurrently(&iv, "/api/sms", bodies).await;
    assert_eq!(
        statuses.iter().filter(|s| **s == 201).count(),
        3,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 429).count(),
        3,
        "{statuses:?}"
    );
    assert_eq!(folder(&iv, "sent").await.len(), 20);
    assert_eq!(
        app.outbox(URALSVYAZ_PHONE).await.len(),
        20,
        "only recorded ones were sent"
    );
}

async fn a_blacklisted_sender_lands_in_blocked(app: TestApp) {
    let ur = uralsvyaz(&app).await;
    let res = ur
        .post("/api/blacklist", &json!({"number": IVANOV_PHONE}))
        .await;
    assert_eq!(res.status(), 201);
    let iv = ivanov(&app).await;
    assert_eq!(
        send(&iv, URALSVYAZ_PHONE, "Можно позвонить?")
            .await
            .status(),
        201
    );
    let blocked = folder(&ur, "blocked").await;
    assert_eq!(blocked[0]["peer"], IVANOV_PHONE);
    assert_eq!(blocked[0]["text"], "Можно позвонить?");
    assert!(
        folder(&ur, "inbox")
            .await
            .iter()
            .all(|m| m["peer"] != IVANOV_PHONE),
        "not in the inbox"
    );
}

both_backends!(
    a_blacklisted_sender_lands_in_blocked,
    concurrent_sends_never_pass_the_daily_limit,
    an_sms_goes_through_the_gateway_to_the_recipient,
    segments_follow_the_shared_rules,
    seeded_folders_and_unknown_folder,
    bad_sends_are_refused,
    twenty_a_day,
);
