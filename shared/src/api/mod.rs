//! The HTTP API contract: DTOs per resource and the one error type.

mod error;
pub mod health;

pub use error::{ApiError, ErrorCode};
