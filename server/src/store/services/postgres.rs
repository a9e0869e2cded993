//! [`super::ServicesStore`] on PostgreSQL.

services_store!(crate::store::PgStore);
