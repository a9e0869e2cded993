//! [`super::MoneyStore`] on SQLite.

money_store!(crate::store::SqliteStore);
