use shared::api::regions::Region;

use crate::both_backends;
use crate::helpers::{Backend, TestApp, spawn_app_with};

async fn demo_regions_are_listed_in_order(app: TestApp) {
    let res = app.get("/api/regions").await;
    assert_eq!(res.status(), 200);
    let regions: Vec<Region> = res.json().await.expect("regions");
    assert_eq!(regions.len(), server::demo::REGIONS.len());
    assert!(regions.len() >= 3);
    let codes: Vec<&str> = regions.iter().map(|r| r.code.as_str()).collect();
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    assert_eq!(codes, sorted);
    let moscow = regions.iter().find(|r| r.code == "moscow").expect("moscow");
    assert_eq!(moscow.name(shared::Lang::Ru), "Москва и Московская область");
    assert_eq!(moscow.timezone, "Europe/Moscow");
}

both_backends!(demo_regions_are_listed_in_order);

async fn production_database_starts_empty(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.dev = false).await;
    let regions: Vec<Region> = app.get("/api/regions").await.json().await.expect("regions");
    assert!(
        regions.is_empty(),
        "demo data must not load outside dev mode"
    );
}

#[tokio::test]
async fn production_database_starts_empty_sqlite() {
    production_database_starts_empty(Backend::Sqlite).await;
}

#[tokio::test]
async fn production_database_starts_empty_postgres() {
    production_database_starts_empty(Backend::Postgres).await;
}
