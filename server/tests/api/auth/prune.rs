use server::clock::{Clock, ManualClock};
use server::config::Settings;
use server::domain::password::Hasher;
use server::store::identity::{Lookup, NewSession};

use crate::helpers::{Backend, fresh_database};

/// Dead sessions, codes, challenges and counters are deleted; live ones stay.
async fn pruning_keeps_only_live_rows(backend: Backend) {
    let (url, _guard) = fresh_database(backend).await;
    let store = server::store::connect(&url, 2).await.expect("connect");
    server::demo::seed(store.as_ref(), &Hasher::new(1024, 1), 0)
        .await
        .expect("seed");
    let customer = store
        .find_customer(Lookup::Login("ivanov"))
        .await
        .expect("lookup")
        .expect("demo");
    let clock = ManualClock::new();
    let settings = Settings::default();
    let session = |token: &'static str, now: i64| NewSession {
        token_hash: token,
        csrf_hash: "c",
        customer_id: customer,
        user_agent: "",
        ip: "127.0.0.1",
        now,
        must_change_password: false,
    };
    let now = clock.unix();
    store
        .insert_session(&session("old", now - 3600))
        .await
        .expect("insert");
    store
        .insert_session(&session("live", now))
        .await
        .expect("insert");
    store
        .put_code("sign_in", "a", None, "h", now - 600)
        .await
        .expect("code");
    store
        .put_code("sign_in", "b", None, "h", now)
        .await
        .expect("code");
    assert!(
        store
            .use_challenge("spent", now - 1)
            .await
            .expect("challenge")
    );
    assert!(
        store
            .use_challenge("fresh", now + 600)
            .await
            .expect("challenge")
    );
    store
        .count_failure("ip:old", now - 2 * 86400, 0)
        .await
        .expect("count");
    store.count_failure("ip:new", now, 0).await.expect("count");

    let deleted = server::jobs::prune::run_once(store.as_ref(), &clock, &settings)
        .await
        .expect("prune");
    assert_eq!(deleted, 4);
    assert!(store.session_by_token("old").await.expect("read").is_none());
    assert!(
        store
            .session_by_token("live")
            .await
            .expect("read")
            .is_some()
    );
    assert!(store.code("sign_in", "a").await.expect("read").is_none());
    assert!(store.code("sign_in", "b").await.expect("read").is_some());
    assert!(
        store.use_challenge("spent", now - 1).await.expect("again"),
        "pruned, so new again"
    );
    assert!(
        !store
            .use_challenge("fresh", now + 600)
            .await
            .expect("again")
    );
    assert!(store.throttle("ip:old").await.expect("read").is_none());
    assert!(store.throttle("ip:new").await.expect("read").is_some());
}

#[tokio::test]
async fn pruning_keeps_only_live_rows_sqlite() {
    pruning_keeps_only_live_rows(Backend::Sqlite).await;
}

#[tokio::test]
async fn pruning_keeps_only_live_rows_postgres() {
    pruning_keeps_only_live_rows(Backend::Postgres).await;
}
