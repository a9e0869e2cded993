//! [`super::MobileStore`] on PostgreSQL.

mobile_store!(crate::store::PgStore);
