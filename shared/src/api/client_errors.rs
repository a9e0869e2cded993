//! `POST /api/client-errors`: the app reports its own failures (a panic, a failed
//! render) so they show up in the server's logs.

use serde::{Deserialize, Serialize};

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
    /// The first field that is empty or too long, if any.
    pub fn invalid_field(&self) -> Option<&'static str> {
        let bad = |s: &str, max: usize| s.trim().is_empty() || s.chars().count() > max;
        if bad(&self.message, MAX_MESSAGE_CHARS) {
            Some("message")
        } else if bad(&self.route, MAX_ROUTE_CHARS) {
            Some("route")
        } else {
            None
        }
    }
}
