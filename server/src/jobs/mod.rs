//! Scheduled work that runs inside the server process.

pub mod prune;
