use serde_json::{Value, json};

use super::{IVANOV_PHONE, ivanov, json, put, uralsvyaz};
use crate::auth::DEMO_PASSWORD;
use crate::both_backends;
use crate::helpers::{Browser, TestApp, error_code};

const FIREFOX: &str =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";

async fn centre(b: &Browser) -> Value {
    let res = b.get("/api/notifications").await;
    assert_eq!(res.status(), 200);
    json(res).await
}

fn pref(prefs: &Value, event: &str) -> (bool, bool) {
    let p = prefs["preferences"]
        .as_array()
        .expect("preferences")
        .iter()
        .find(|p| p["event"] == event)
        .unwrap_or_else(|| panic!("no {event}"));
    (
        p["sms"].as_bool().unwrap_or_default(),
        p["email"].as_bool().unwrap_or_default(),
    )
}

async fn a_new_device_lands_in_the_centre(app: TestApp) {
    let b = ivanov(&app).await;
    assert_eq!(centre(&b).await, json!({"items": [], "unread": 0}));
    app.phone_browser().sign_in("ivanov", DEMO_PASSWORD).await;
    let c = centre(&b).await;
    assert_eq!(c["unread"], 1);
    let n = &c["items"][0];
    assert_eq!(n["event"], "new_device_sign_in");
    assert_eq!(n["read"], false);
    assert!(
        n["body"]
            .as_str()
            .is_some_and(|t| t.contains("Chrome on Android")),
        "{n}"
    );
    assert_eq!(
        json(b.get("/api/notifications/unread").await).await["unread"],
        1
    );
    let id = n["id"].as_i64().expect("id");
    // Another customer cannot touch it.
    let other = uralsvyaz(&app).await;
    let path = format!("/api/notifications/{id}/read");
    assert_eq!(other.post(&path, &json!({})).await.status(), 404);
    assert_eq!(centre(&other).await["items"], json!([]));
    let res = b.post_bare(&path, &json!({})).await;
    assert_eq!(error_code(res).await, "csrf_invalid");
    assert_eq!(b.post(&path, &json!({})).await.status(), 204);
    assert_eq!(b.post(&path, &json!({})).await.status(), 204, "idempotent");
    assert_eq!(
        b.post("/api/notifications/999999/read", &json!({}))
            .await
            .status(),
        404
    );
    assert_eq!(
        b.post("/api/notifications/x/read", &json!({}))
            .await
            .status(),
        404
    );
    let c = centre(&b).await;
    assert_eq!(
        (c["unread"].as_u64(), c["items"][0]["read"].as_bool()),
        (Some(0), Some(true))
    );
    assert_eq!(app.get("/api/notifications").await.status(), 401);
}

async fn read_all_marks_every_unread(app: TestApp) {
    let b = ivanov(&app).await;
    app.phone_browser().sign_in("ivanov", DEMO_PASSWORD).await;
    Browser::new(&app.address, FIREFOX)
        .sign_in("ivanov", DEMO_PASSWORD)
        .await;
    assert_eq!(centre(&b).await["unread"], 2);
    let res = b.post("/api/notifications/read-all", &json!({})).await;
    assert_eq!(json(res).await["marked"], 2);
    assert_eq!(
        json(b.get("/api/notifications/unread").await).await["unread"],
        0
    );
    let res = b.post("/api/notifications/read-all", &json!({})).await;
    assert_eq!(json(res).await["marked"], 0);
}

async fn preferences_route_the_notices(app: TestApp) {
    let b = ivanov(&app).await;
    let prefs = json(b.get("/api/notifications/preferences").await).await;
    assert_eq!(prefs["preferences"].as_array().map(Vec::len), Some(6));
    assert_eq!(pref(&prefs, "new_device_sign_in"), (false, true));
    assert_eq!(pref(&prefs, "balance_low"), (true, true));
    let res = put(
        &b,
        "/api/notifications/preferences",
        &json!({"preferences": [{"event": "new_device_sign_in", "sms": true, "email": false}]}),
    )
    .await;
    assert_eq!(res.status(), 200);
    let prefs = json(res).await;
    assert_eq!(pref(&prefs, "new_device_sign_in"), (true, false));
    assert_eq!(
        pref(&prefs, "payment_received"),
        (false, true),
        "others unchanged"
    );
    app.phone_browser().sign_in("ivanov", DEMO_PASSWORD).await;
    let sms = app.last_message(IVANOV_PHONE).await;
    assert!(sms.contains("нового устройства"), "{sms}");
    assert!(
        app.outbox("ivanov@example.ru").await.is_empty(),
        "e-mail turned off"
    );
    assert_eq!(centre(&b).await["unread"], 1, "the centre always gets it");
    // Everything off: only the centre.
    let res = put(
        &b,
        "/api/notifications/preferences",
        &json!({"preferences": [{"event": "new_device_sign_in", "sms": false, "email": false}]}),
    )
    .await;
    assert_eq!(res.status(), 200);
    Browser::new(&app.address, FIREFOX)
        .sign_in("ivanov", DEMO_PASSWORD)
        .await;
    assert_eq!(app.outbox(IVANOV_PHONE).await.len(), 1);
    assert_eq!(centre(&b).await["unread"], 2);
}

async fn bad_preferences_are_refused(app: TestApp) {
    let b = ivanov(&app).await;
    let res = put(
        &b,
        "/api/notifications/preferences",
        &json!({"preferences": [{"event": "lottery_won", "sms": true, "email": true}]}),
    )
    .await;
    assert_eq!(res.status(), 400);
    assert_eq!(error_code(res).await, "malformed_json");
    let res = b
        .client
        .put(b.url("/api/notifications/preferences"))
        .json(&json!({"preferences": []}))
        .send()
        .await
        .expect("PUT");
    assert_eq!(res.status(), 403);
    assert_eq!(error_code(res).await, "csrf_invalid");
    let prefs = json(b.get("/api/notifications/preferences").await).await;
    assert_eq!(pref(&prefs, "new_device_sign_in"), (false, true));
}

both_backends!(
    a_new_device_lands_in_the_centre,
    read_all_marks_every_unread,
    preferences_route_the_notices,
    bad_preferences_are_refused,
);
