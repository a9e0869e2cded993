//! [`super::NotifyStore`] on SQLite.

notify_store!(crate::store::SqliteStore);
