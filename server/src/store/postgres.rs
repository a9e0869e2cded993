//! The PostgreSQL store: for operators who run several server instances on one database.

use std::time::Duration;

use sqlx::migrate::MigrateDatabase;
use sqlx::postgres::{PgPool, PgPoolOptions};

use super::{Backend, StoreError};

pub struct PgStore {
    pub(in crate::store) pool: PgPool,
    /// Tariff cards read so far (they never change).
    pub(in crate::store) tariffs: super::catalogue::TariffCache,
    /// The same pool: PostgreSQL takes concurrent writers (SQLite's store queues them).
    pub(in crate::store) writer: PgPool,
}

impl PgStore {
    pub async fn connect(url: &str, max_connections: u32) -> Result<Self, StoreError> {
        if !sqlx::Postgres::database_exists(url).await? {
            sqlx::Postgres::create_database(url).await?;
        }
        let pool = PgPoolOptions::new()
            .max_connections(max_connections.max(1))
            .acquire_timeout(Duration::from_secs(5))
            .connect(url)
            .await?;
        sqlx::migrate!("migrations/postgres").run(&pool).await?;
        Ok(PgStore {
            writer: pool.clone(),
            pool,
            tariffs: Default::default(),
        })
    }
}

core_store!(PgStore, Backend::Postgres);
