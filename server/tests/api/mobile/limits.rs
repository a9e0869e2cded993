//! Refusals that need more data than the demo has: the store of the running server is filled
//! directly (the same database), then the refusal is checked over HTTP.

use std::sync::Arc;

use serde_json::json;
use server::store::identity::{Lookup, WebAccount};
use server::store::{Insert, Store};

use super::{PETROVA_PHONE, ivanov, json};
use crate::auth::DEMO_PASSWORD;
use crate::helpers::{Backend, DbGuard, TestApp, error_code, fresh_database, spawn_app_with};

/// A server on a fresh database, and a second handle on that database.
async fn app_and_store(backend: Backend) -> (TestApp, Arc<dyn Store>, DbGuard) {
    let (url, guard) = fresh_database(backend).await;
    let shared_url = url.clone();
    let app = spawn_app_with(backend, move |s| s.database_url = shared_url).await;
    let store = server::store::connect(&url, 2).await.expect("store");
    (app, store, guard)
}

async fn customer(store: &dyn Store, lookup: Lookup<'_>) -> i64 {
    store
        .find_customer(lookup)
        .await
        .expect("find")
        .expect("demo customer")
}

async fn eleventh_extra_number_is_refused(backend: Backend) {
    let (app, store, _guard) = app_and_store(backend).await;
    let id = customer(store.as_ref(), Lookup::Login("ivanov")).await;
    for i in 0..10 {
        let added = store
            .add_managed_number(
                id,
                &format!("+7999000000{i}"),
                0,
                shared::mobile::may_add_extra_number,
            )
            .await
            .expect("add");
        assert_eq!(added, Insert::Added(0));
    }
    let refused = store
        .add_managed_number(id, "+79990000010", 0, shared::mobile::may_add_extra_number)
        .await
        .expect("add");
    assert_eq!(
        refused,
        Insert::Refused(shared::ErrorCode::ExtraNumbersFull)
    );
    let b = ivanov(&app).await;
    assert_eq!(
        json(b.get("/api/numbers").await)
            .await
            .as_array()
            .map(Vec::len),
        Some(10)
    );
    let res = b
        .post("/api/numbers", &json!({"phone": PETROVA_PHONE}))
        .await;
    assert_eq!(res.status(), 409);
    assert_eq!(error_code(res).await, "extra_numbers_full");
    assert!(
        app.outbox(PETROVA_PHONE).await.is_empty(),
        "no code is sent"
    );
}

#[tokio::test]
async fn eleventh_extra_number_is_refused_sqlite() {
    eleventh_extra_number_is_refused(Backend::Sqlite).await;
}

#[tokio::test]
async fn eleventh_extra_number_is_refused_postgres() {
    eleventh_extra_number_is_refused(Backend::Postgres).await;
}

/// Kuznetsov has home and satellite contracts only; give him a web account.
async fn sign_in_without_a_mobile_number(backend: Backend) {
    let (app, store, _guard) = app_and_store(backend).await;
    let id = customer(store.as_ref(), Lookup::Contract("16-5000001")).await;
    let hash = server::domain::password::Hasher::new(1024, 1)
        .hash(DEMO_PASSWORD)
        .await
        .expect("hash");
    let account = WebAccount {
        customer_id: id,
        login: "kuznetsov".to_owned(),
        email: Some("kuznetsov@example.ru".to_owned()),
        password_hash: Some(hash),
        temporary_hash: None,
        temporary_issued_at: None,
    };
    assert!(store.create_web_account(&account, 0).await.expect("create"));
    let b = app.browser();
    b.sign_in("kuznetsov", DEMO_PASSWORD).await;
    let res = b
        .post("/api/sms", &json!({"to": PETROVA_PHONE, "text": "hi"}))
        .await;
    assert_eq!(res.status(), 409);
    assert_eq!(error_code(res).await, "no_mobile_account");
    assert_eq!(json(b.get("/api/sms").await).await, json!([]));
    assert_eq!(json(b.get("/api/numbers/managers").await).await, json!([]));
    let contacts = json(b.get("/api/profile/contacts").await).await;
    assert_eq!(
        contacts,
        json!({"email": "kuznetsov@example.ru", "phone": null})
    );
}

#[tokio::test]
async fn sign_in_without_a_mobile_number_sqlite() {
    sign_in_without_a_mobile_number(Backend::Sqlite).await;
}

#[tokio::test]
async fn sign_in_without_a_mobile_number_postgres() {
    sign_in_without_a_mobile_number(Backend::Postgres).await;
}
