//! The HTTP API contract: DTOs per resource and the one error type.

pub mod auth;
pub mod catalogue;
pub mod client_errors;
mod error;
pub mod health;
pub mod regions;

pub use error::{ApiError, ErrorCode};
