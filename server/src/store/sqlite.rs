//! The embedded SQLite store: one file, WAL journal, created and migrated on connect.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

use super::{Backend, StoreError};

pub struct SqliteStore {
    pub(in crate::store) pool: SqlitePool,
    /// Tariff cards read so far (they never change).
    pub(in crate::store) tariffs: super::catalogue::TariffCache,
    /// Every write goes through this one connection. SQLite lets one writer in at a time and
    /// the others would sleep in its busy handler (1, 2, 5 … 100 ms steps), so writers queue
    /// here in order instead, and readers keep `pool`.
    pub(in crate::store) writer: SqlitePool,
}

impl SqliteStore {
    pub async fn connect(url: &str, max_connections: u32) -> Result<Self, StoreError> {
        create_parent_dir(url)?;
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5))
            .pragma("wal_autocheckpoint", AUTOCHECKPOINT_PAGES);
        // An embedded connection cannot go stale: no ping (a round trip to its worker thread)
        // before each use.
        let pool = SqlitePoolOptions::new()
            .max_connections(max_connections.max(1))
            .test_before_acquire(false)
            .connect_with(options.clone())
            .await?;
        sqlx::migrate!("migrations/sqlite").run(&pool).await?;
        // An in-memory database is one per connection: there the readers' pool writes too
        // and has no WAL to checkpoint.
        let writer = if in_memory(url) {
            pool.clone()
        } else {
            tokio::spawn(checkpoints(pool.clone()));
            SqlitePoolOptions::new()
                .max_connections(1)
                .test_before_acquire(false)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(options)
                .await?
        };
        Ok(SqliteStore {
            pool,
            writer,
            tariffs: Default::default(),
        })
    }
}

/// The WAL is copied back into the database by [`checkpoints`], off the writer's path; the
/// writer checkpoints itself only if the WAL outgrows this many pages (40 MiB).
const AUTOCHECKPOINT_PAGES: &str = "10000";

/// Checkpoints the WAL every [`CHECKPOINT_EVERY`] from a reader's connection (`PASSIVE`:
/// never waits for the writer), so a commit does not pay for copying and syncing the pages
/// of its predecessors. Ends when the store closes.
async fn checkpoints(pool: SqlitePool) {
    let mut tick = tokio::time::interval(CHECKPOINT_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        if pool.is_closed() {
            return;
        }
        if let Err(e) = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
            .execute(&pool)
            .await
        {
            tracing::warn!(error = %e, "WAL checkpoint failed");
        }
    }
}

const CHECKPOINT_EVERY: Duration = Duration::from_millis(500);

fn in_memory(url: &str) -> bool {
    let path = database_path(url);
    path.is_empty() || path.starts_with(":memory:") || url.contains("mode=memory")
}

fn database_path(url: &str) -> &str {
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    path.split('?').next().unwrap_or_default()
}

/// `sqlite://data/mymts.db` needs `data/` to exist before SQLite can create the file.
fn create_parent_dir(url: &str) -> Result<(), StoreError> {
    if in_memory(url) {
        return Ok(());
    }
    let path = database_path(url);
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

core_store!(SqliteStore, Backend::Sqlite);
