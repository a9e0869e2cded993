//! HTTP plumbing shared by every route: errors, JSON extraction, metrics, static files, and
//! the signed-in customer extractors.

pub mod auth;
pub mod csp;
pub mod error;
pub mod limits;
pub mod metrics;
pub mod refusal;
pub mod spa;

pub use auth::{CurrentCustomer, SignedIn};
pub use error::{ApiJson, ApiQuery, HttpError};
pub use refusal::Refusal;
