//! The embedded SQLite store: one file, WAL journal, created and migrated on connect.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use shared::api::regions::Region;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

use super::{Backend, NewRegion, RegionRow, Store, StoreError, region_from_row};

pub struct SqliteStore {
    pub(super) pool: SqlitePool,
}

impl SqliteStore {
    pub async fn connect(url: &str, max_connections: u32) -> Result<Self, StoreError> {
        create_parent_dir(url)?;
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new()
            .max_connections(max_connections.max(1))
            .connect_with(options)
            .await?;
        sqlx::migrate!("migrations/sqlite").run(&pool).await?;
        Ok(SqliteStore { pool })
    }
}

/// `sqlite://data/mymts.db` needs `data/` to exist before SQLite can create the file.
fn create_parent_dir(url: &str) -> Result<(), StoreError> {
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() || path.starts_with(":memory:") {
        return Ok(());
    }
    match Path::new(path).parent() {
        Some(dir) if !dir.as_os_str().is_empty() => {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Directory {
                path: dir.display().to_string(),
                source,
            })
        }
        _ => Ok(()),
    }
}

#[async_trait]
impl Store for SqliteStore {
    fn backend(&self) -> Backend {
        Backend::Sqlite
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
                "INSERT INTO regions (code, name_ru, name_en, timezone) VALUES (?, ?, ?, ?) \
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
