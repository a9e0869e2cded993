//! API tests: the real server over HTTP, each test on SQLite and on PostgreSQL.

mod helpers;
mod log_capture;

mod auth;
mod catalogue;
mod docs;
mod errors;
mod health;
mod metrics;
mod mobile;
mod money;
mod regions;
mod security;
mod services;
mod spa;
mod startup;
