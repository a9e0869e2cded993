//! [`super::ServicesStore`] on SQLite.

services_store!(crate::store::SqliteStore);
