//! [`super::CatalogueStore`] on PostgreSQL.

super::catalogue_store!(crate::store::PgStore);
