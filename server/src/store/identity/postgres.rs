//! Identity storage on PostgreSQL (the shared SQL of [`super::sql`]).

identity_store_impl!(crate::store::PgStore);
