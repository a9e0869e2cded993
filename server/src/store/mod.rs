//! Storage behind one trait, picked by the database URL scheme: `sqlite://` (embedded,
//! default) or `postgres://`. Both are migrated on connect and tested by the same API suite.

#[macro_use]
mod core;
pub(crate) mod batch;
pub mod catalogue;
pub mod identity;
pub mod mobile;
#[macro_use]
pub mod money;
pub mod controls;
pub mod jobs;
pub mod notify;
mod postgres;
pub mod services;
mod sqlite;
pub mod support;

use std::sync::Arc;

use async_trait::async_trait;
use secrecy::{ExposeSecret, SecretString};
use shared::api::regions::Region;

pub use controls::ControlsStore;
pub use identity::IdentityStore;
pub use jobs::JobStore;
pub use mobile::MobileStore;
pub use money::MoneyStore;
pub use notify::NotifyStore;
pub use postgres::PgStore;
pub use services::ServicesStore;
pub use sqlite::SqliteStore;
pub use support::SupportStore;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "unsupported database URL scheme `{0}`: use sqlite://PATH or postgres://USER@HOST:PORT/DB"
    )]
    UnsupportedScheme(String),
    #[error("cannot prepare the database directory {path}: {source}")]
    Directory {
        path: String,
        source: std::io::Error,
    },
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("demo data: {0}")]
    Seed(String),
    /// An entry a job built breaks a ledger rule (a bug, never input).
    #[error("ledger rule: {0}")]
    Ledger(#[from] shared::ledger::LedgerError),
}

/// How many rows a customer already has decides whether one more may be added: a rule of
/// `shared` (`shared::mobile::may_add_to_blacklist`, ...), called by the store inside the
/// transaction that inserts, so concurrent requests cannot pass a limit together.
pub type LimitRule = fn(usize) -> Result<(), shared::ErrorCode>;

/// The outcome of a limited insert.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Insert {
    /// Inserted; the new row's id where it has one (else 0).
    Added(i64),
    /// The row exists already.
    Duplicate,
    /// The limit rule said no.
    Refused(shared::ErrorCode),
}

/// A region of the operator: tariffs, offices and prices depend on it.
pub struct NewRegion<'a> {
    pub code: &'a str,
    pub name_ru: &'a str,
    pub name_en: &'a str,
    pub timezone: &'a str,
}

#[async_trait]
pub trait Store:
    IdentityStore
    + catalogue::CatalogueStore
    + MoneyStore
    + MobileStore
    + SupportStore
    + NotifyStore
    + ServicesStore
    + JobStore
    + ControlsStore
    + Send
    + Sync
    + 'static
{
    fn backend(&self) -> Backend;
    /// A trivial query: is the database answering?
    async fn ping(&self) -> Result<(), StoreError>;
    /// Every region, ordered by code.
    async fn regions(&self) -> Result<Vec<Region>, StoreError>;
    /// Inserts regions whose code is not there yet (idempotent); returns how many were new.
    async fn insert_regions(&self, regions: &[NewRegion<'_>]) -> Result<u64, StoreError>;
}

/// Connects to the database the URL names, creating and migrating it when needed.
pub async fn connect(
    url: &SecretString,
    max_connections: u32,
) -> Result<Arc<dyn Store>, StoreError> {
    let url = url.expose_secret();
    let scheme = url.split("://").next().unwrap_or_default();
    match scheme {
        "sqlite" => Ok(Arc::new(SqliteStore::connect(url, max_connections).await?)),
        "postgres" | "postgresql" => Ok(Arc::new(PgStore::connect(url, max_connections).await?)),
        other => Err(StoreError::UnsupportedScheme(other.to_owned())),
    }
}
