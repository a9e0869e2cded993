//! Start-up and shutdown: settings errors, idempotent demo data, missing front end.

use std::path::PathBuf;

use secrecy::SecretString;
use server::Application;
use server::config::Settings;
use shared::api::regions::Region;

use crate::helpers::{Backend, fresh_database, spawn_app_with};

fn settings(database_url: SecretString) -> Settings {
    Settings {
        bind: "127.0.0.1:0".parse().expect("addr"),
        database_url,
        db_max_connections: 2,
        ..Settings::default()
    }
}

#[tokio::test]
async fn unknown_database_scheme_is_a_clear_startup_error() {
    let err = Application::build(settings(SecretString::from("mysql://root@localhost/x")))
        .await
        .err()
        .expect("must fail");
    let text = err.to_string();
    assert!(text.contains("mysql"), "{text}");
    assert!(
        text.contains("sqlite://") && text.contains("postgres://"),
        "{text}"
    );
}

async fn demo_data_loads_once(backend: Backend) {
    let (url, _guard) = fresh_database(backend).await;
    for _ in 0..2 {
        let mut s = settings(url.clone());
        s.seed_demo = true;
        let app = Application::build(s).await.expect("starts");
        let addr = app.local_addr().expect("addr");
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(app.run_until(async {
            let _ = stopped.await;
        }));
        let regions: Vec<Region> = reqwest::get(format!("http://{addr}/api/regions"))
            .await
            .expect("request")
            .json()
            .await
            .expect("json");
        assert_eq!(regions.len(), server::demo::REGIONS.len());
        stop.send(()).expect("signal");
        server.await.expect("join").expect("clean shutdown");
    }
}

#[tokio::test]
async fn demo_data_loads_once_sqlite() {
    demo_data_loads_once(Backend::Sqlite).await;
}

#[tokio::test]
async fn demo_data_loads_once_postgres() {
    demo_data_loads_once(Backend::Postgres).await;
}

#[tokio::test]
async fn missing_front_end_is_a_plain_page_while_the_api_works() {
    let app = spawn_app_with(Backend::Sqlite, |s| {
        s.dist_dir = PathBuf::from("/nonexistent/dist");
    })
    .await;
    let res = app.get("/dashboard").await;
    assert_eq!(res.status(), 503);
    assert!(
        res.text()
            .await
            .expect("html")
            .contains("front end is not built")
    );
    assert_eq!(app.get("/api/health").await.status(), 200);
}

#[tokio::test]
async fn sqlite_file_and_its_directory_are_created() {
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("nested/deeper/mymts.db");
    let url = SecretString::from(format!("sqlite://{}", file.display()));
    let app = Application::build(settings(url)).await.expect("starts");
    drop(app);
    assert!(file.is_file());
    // WAL journal: the -wal file sits beside the database while it is open or after writes.
    let mode: String = {
        use sqlx::Connection;
        let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}", file.display()))
            .await
            .expect("open");
        sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(&mut conn)
            .await
            .expect("pragma")
    };
    assert_eq!(mode, "wal");
}
