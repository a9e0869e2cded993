//! `POST /api/client-errors`: the app reports its own failures (a panic, a failed
//! render) so they show up in the server's logs.

use serde::{Deserialize, Serialize};

use crate::{ErrorCode, FieldError};

/// Longest accepted `message`, in characters.
pub const MAX_MESSAGE_CHARS: usize = 2000;
/// Longest accepted `route`, in characters.
pub const MAX_ROUTE_CHARS: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ClientErrorReport {
    /// What went wrong, as the app saw it (no personal data).
    pub message: String,
    /// The client route it happened on, e.g. `/payments`.
    pub route: String,
}

impl ClientErrorReport {
    /// Both fields must be non-blank and within their length limits.
    pub fn validate(&self) -> Result<(), FieldError> {
        check("message", &self.message, MAX_MESSAGE_CHARS)?;
        check("route", &self.route, MAX_ROUTE_CHARS)
    }
}

fn check(field: &'static str, value: &str, max: usize) -> Result<(), FieldError> {
    if value.trim().is_empty() {
        Err(FieldError::new(field, ErrorCode::Required))
    } else if value.chars().count() > max {
        Err(FieldError::new(field, ErrorCode::TooLong))
    } else {
        Ok(())
    }
}
