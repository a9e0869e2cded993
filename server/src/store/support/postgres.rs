//! [`super::SupportStore`] on PostgreSQL.

support_store!(crate::store::PgStore);
