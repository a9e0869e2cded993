use serde_json::{Value, json};

use super::{delete_bare, ivanov, json, post_concurrently, uralsvyaz};
use crate::both_backends;
use crate::helpers::{Browser, TestApp, error_code};

async fn add(b: &Browser, number: &str) -> reqwest::Response {
    b.post("/api/blacklist", &json!({"number": number})).await
}

async fn numbers(b: &Browser) -> Vec<String> {
    let list = json(b.get("/api/blacklist").await).await;
    list["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["number"].as_str().unwrap_or_default().to_owned())
        .collect()
}

async fn numbers_are_added_and_removed(app: TestApp) {
    let b = ivanov(&app).await;
    let list = json(b.get("/api/blacklist").await).await;
    assert_eq!(list["limit"], 100);
    assert_eq!(numbers(&b).await.len(), 2, "seeded");
    let res = add(&b, "8 (495) 123-45-67").await;
    assert_eq!(res.status(), 201);
    assert_eq!(json(res).await["number"], "+74951234567");
    assert_eq!(numbers(&b).await[0], "+74951234567", "newest first");
    // The same number typed differently is a duplicate.
    let res = add(&b, "+7 495 123 45 67").await;
    assert_eq!(res.status(), 409);
    assert_eq!(error_code(res).await, "blacklist_duplicate");
    assert_eq!(add(&b, "+44 20 7123 4567").await.status(), 201);
    let res = add(&b, "call me").await;
    assert_eq!(res.status(), 422);
    assert_eq!(error_code(res).await, "invalid_caller_number");
    assert_eq!(b.delete("/api/blacklist/+74951234567").await.status(), 204);
    assert_eq!(b.delete("/api/blacklist/+74951234567").await.status(), 404);
    assert_eq!(b.delete("/api/blacklist/junk").await.status(), 404);
    assert_eq!(numbers(&b).await.len(), 3);
}

async fn blocked_calls_are_listed(app: TestApp) {
    let b = ivanov(&app).await;
    let calls: Vec<Value> = json(b.get("/api/blacklist/blocked-calls").await)
        .await
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(calls.len(), 3);
    assert_eq!(calls[0]["caller"], "+74951112233");
    assert_eq!(calls[0]["own_number"], super::IVANOV_PHONE);
    assert!(calls[0]["at"].as_str() > calls[1]["at"].as_str());
    assert_eq!(app.get("/api/blacklist/blocked-calls").await.status(), 401);
}

async fn a_full_blacklist_refuses_more(app: TestApp) {
    let b = ivanov(&app).await;
    let seeded = numbers(&b).await.len();
    for i in seeded..100 {
        let res = add(&b, &format!("+7 812 000-{:02}-{:02}", i / 100, i % 100)).await;
        assert_eq!(res.status(), 201, "entry {i}");
    }
    let res = add(&b, "+7 812 999-99-99").await;
    assert_eq!(res.status(), 409);
    assert_eq!(error_code(res).await, "blacklist_full");
    assert_eq!(numbers(&b).await.len(), 100);
    // Removing one makes room again.
    assert_eq!(b.delete("/api/blacklist/+78120000099").await.status(), 204);
    assert_eq!(add(&b, "+7 812 999-99-99").await.status(), 201);
}

async fn other_customers_and_csrf(app: TestApp) {
    let iv = ivanov(&app).await;
    let ur = uralsvyaz(&app).await;
    assert_eq!(add(&iv, "+7 383 222-33-44").await.status(), 201);
    assert_eq!(ur.delete("/api/blacklist/+73832223344").await.status(), 404);
    assert!(!numbers(&ur).await.contains(&"+73832223344".to_owned()));
    assert!(numbers(&iv).await.contains(&"+73832223344".to_owned()));
    let res = iv
        .post_bare("/api/blacklist", &json!({"number": "+7 383 222-33-45"}))
        .await;
    assert_eq!(res.status(), 403);
    assert_eq!(error_code(res).await, "csrf_invalid");
    let res = delete_bare(&iv, "/api/blacklist/+73832223344").await;
    assert_eq!(res.status(), 403);
    assert_eq!(app.get("/api/blacklist").await.status(), 401);
}

async fn concurrent_adds_never_pass_the_limit(app: TestApp) {
    let b = ivanov(&app).await;
    let seeded = numbers(&b).await.len();
    for i in seeded..95 {
        assert_eq!(
            add(&b, &format!("+7 812 000-00-{i:02}")).await.status(),
            201
        );
    }
    let bodies = (0..10)
        .map(|i| json!({"number": format!("+7 812 111-11-{i:02}")}))
        .collect();
    let statuses = post_concurrently(&b, "/api/blacklist", bodies).await;
    assert_eq!(
        statuses.iter().filter(|s| **s == 201).count(),
        5,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 409).count(),
        5,
        "{statuses:?}"
    );
    assert_eq!(numbers(&b).await.len(), 100);
    // The same number at once is added once.
    assert_eq!(b.delete("/api/blacklist/+78120000010").await.status(), 204);
    let bodies = (0..4)
        .map(|_| json!({"number": "+7 812 222-22-22"}))
        .collect();
    let statuses = post_concurrently(&b, "/api/blacklist", bodies).await;
    assert_eq!(
        statuses.iter().filter(|s| **s == 201).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(numbers(&b).await.len(), 100);
}

both_backends!(
    concurrent_adds_never_pass_the_limit,
    numbers_are_added_and_removed,
    blocked_calls_are_listed,
    a_full_blacklist_refuses_more,
    other_customers_and_csrf,
);
