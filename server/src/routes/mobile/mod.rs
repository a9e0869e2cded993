//! Mobile controls (PRODUCT 7): extra numbers and trust management, SMS from the site, the
//! call blacklist. Every handler takes [`CurrentCustomer`](crate::http::CurrentCustomer) and
//! scopes every query by its id.

pub mod blacklist;
pub mod numbers;
pub mod sms;

use axum::http::StatusCode;

use crate::http::Refusal;

/// 404 for a path segment that cannot name anything of the customer's.
fn not_found<T>(_: T) -> Refusal {
    Refusal::from(shared::ErrorCode::NotFound)
}

/// The status of a successful removal.
const REMOVED: StatusCode = StatusCode::NO_CONTENT;
