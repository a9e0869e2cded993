//! HTTP plumbing shared by every route: errors, JSON extraction, metrics, static files.

pub mod error;
pub mod metrics;
pub mod spa;

pub use error::{ApiJson, HttpError};
