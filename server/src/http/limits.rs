//! Limits every route shares, enforced before its handler runs: a body larger than the route
//! accepts is refused with 413 by its declared length (also on routes that read no body), and
//! a request still running after `request_timeout_secs` is answered 503 (its transaction, if
//! any, rolls back with the dropped future). Dev-only routes have no deadline: a simulated
//! month of jobs may take longer.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{MatchedPath, Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use shared::ErrorCode;

use crate::http::HttpError;
use crate::routes::client_errors::{REPORT_BODY_LIMIT, REPORT_ROUTE};
use crate::routes::support::attachments::{UPLOAD_BODY_LIMIT, UPLOAD_ROUTE};

/// Routes whose bodies may be larger or must be smaller than the default.
const ROUTE_BODY_LIMITS: [(&str, usize); 2] = [
    (UPLOAD_ROUTE, UPLOAD_BODY_LIMIT),
    (REPORT_ROUTE, REPORT_BODY_LIMIT),
];

/// The body limit of a route template (`/api/support/threads/{id}/attachments`).
pub fn body_limit_of(route: &str, default: usize) -> usize {
    ROUTE_BODY_LIMITS
        .iter()
        .find(|(r, _)| *r == route)
        .map_or(default, |(_, limit)| *limit)
}

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub body_bytes: usize,
    pub timeout: Duration,
}

pub async fn enforce(State(limits): State<Arc<Limits>>, req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_default();
    let limit = u64::try_from(body_limit_of(&route, limits.body_bytes)).unwrap_or(u64::MAX);
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit) {
        return HttpError::new(ErrorCode::PayloadTooLarge).into_response();
    }
    if route.starts_with("/api/dev/") {
        return next.run(req).await;
    }
    match tokio::time::timeout(limits.timeout, next.run(req)).await {
        Ok(response) => response,
        Err(_) => {
            tracing::warn!(route, secs = limits.timeout.as_secs(), "request timed out");
            HttpError::new(ErrorCode::ServiceUnavailable).into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uploads_may_be_larger_and_reports_must_be_smaller() {
        assert_eq!(body_limit_of(UPLOAD_ROUTE, 1024), UPLOAD_BODY_LIMIT);
        assert_eq!(body_limit_of(REPORT_ROUTE, 1 << 20), REPORT_BODY_LIMIT);
        assert_eq!(body_limit_of("/api/auth/challenge", 1024), 1024);
        const { assert!(UPLOAD_BODY_LIMIT > 1 << 20 && REPORT_BODY_LIMIT < 1 << 20) };
    }
}
