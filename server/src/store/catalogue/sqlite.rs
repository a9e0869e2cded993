//! [`super::CatalogueStore`] on SQLite.

super::catalogue_store!(crate::store::SqliteStore);
