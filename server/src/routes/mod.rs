//! One module per resource. Every route is declared with `#[utoipa::path]` and mounted
//! through `utoipa_axum::routes!`, so it is in the OpenAPI document by construction.

pub mod auth;
pub mod catalogue;
pub mod client_errors;
pub mod dev;
pub mod health;
pub mod help;
pub mod meta;
pub mod mobile;
pub mod money;
pub mod profile;
pub mod regions;
pub mod services;
pub mod support;
