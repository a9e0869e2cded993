//! [`super::ControlsStore`] on SQLite.

controls_store!(crate::store::SqliteStore);
