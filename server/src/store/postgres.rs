//! The PostgreSQL store: for operators who run several server instances on one database.

use std::time::Duration;

use async_trait::async_trait;
use shared::api::regions::Region;
use sqlx::migrate::MigrateDatabase;
use sqlx::postgres::{PgPool, PgPoolOptions};

use super::{Backend, NewRegion, RegionRow, Store, StoreError, region_from_row};

pub struct PgStore {
    pub(super) pool: PgPool,
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
        Ok(PgStore { pool })
    }
}

#[async_trait]
impl Store for PgStore {
    fn backend(&self) -> Backend {
        Backend::Postgres
    }

    async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    async fn regions(&self) -> Result<Vec<Region>, StoreError> {
        let rows: Vec<RegionRow> =
            sqlx::query_as("SELECT code, name_ru, name_en, timezone FROM regions ORDER BY code")
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.into_iter().map(region_from_row).collect())
    }

    async fn insert_regions(&self, regions: &[NewRegion<'_>]) -> Result<u64, StoreError> {
        let mut tx = self.pool.begin().await?;
        let mut inserted = 0;
        for r in regions {
            inserted += sqlx::query(
                "INSERT INTO regions (code, name_ru, name_en, timezone) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (code) DO NOTHING",
            )
            .bind(r.code)
            .bind(r.name_ru)
            .bind(r.name_en)
            .bind(r.timezone)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        }
        tx.commit().await?;
        Ok(inserted)
    }
}
