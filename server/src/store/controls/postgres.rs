//! [`super::ControlsStore`] on PostgreSQL.

controls_store!(crate::store::PgStore);
