//! [`super::SupportStore`] on SQLite.

support_store!(crate::store::SqliteStore);
