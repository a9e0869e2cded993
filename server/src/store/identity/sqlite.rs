//! Identity storage on SQLite (the shared SQL of [`super::sql`]).

identity_store_impl!(crate::store::SqliteStore);
