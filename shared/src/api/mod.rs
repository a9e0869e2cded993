//! The HTTP API contract: DTOs per resource and the one error type.

pub mod auth;
pub mod autopay;
pub mod balance;
pub mod bonus;
pub mod catalogue;
pub mod client_errors;
pub mod dashboard;
mod error;
pub mod expenses;
pub mod health;
pub mod history;
pub mod jobs;
pub mod mobile;
pub mod notifications;
pub mod payments;
pub mod promised;
pub mod regions;
pub mod services;
pub mod support;
pub mod usage;

pub use error::{ApiError, ErrorCode};
