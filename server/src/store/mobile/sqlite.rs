//! [`super::MobileStore`] on SQLite.

mobile_store!(crate::store::SqliteStore);
