//! [`super::NotifyStore`] on PostgreSQL.

notify_store!(crate::store::PgStore);
