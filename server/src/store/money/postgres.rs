//! [`super::MoneyStore`] on PostgreSQL.

money_store!(crate::store::PgStore);
