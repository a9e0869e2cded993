//! What auth handlers return on failure: an `ApiError`, or 429 with `Retry-After`.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use shared::{ApiError, ErrorCode, FieldError};

use super::HttpError;
use crate::domain::challenge::ChallengeError;
use crate::domain::throttle::{Locked, ThrottleError};
use crate::store::StoreError;

#[derive(Debug)]
pub enum Refusal {
    Error(HttpError),
    /// Too many attempts: 429 `rate_limited` with `Retry-After` seconds.
    Locked(Locked),
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        match self {
            Refusal::Error(err) => err.into_response(),
            Refusal::Locked(Locked { retry_after_secs }) => {
                let secs = retry_after_secs.max(1);
                let mut err = ApiError::new(ErrorCode::RateLimited);
                let minutes = (secs + 59) / 60;
                err.message = format!("Too many attempts. Please try again in {minutes} min.");
                let mut res = HttpError(err).into_response();
                if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
                    res.headers_mut().insert(header::RETRY_AFTER, v);
                }
                res
            }
        }
    }
}

impl From<HttpError> for Refusal {
    fn from(err: HttpError) -> Self {
        Refusal::Error(err)
    }
}

impl From<ApiError> for Refusal {
    fn from(err: ApiError) -> Self {
        Refusal::Error(HttpError(err))
    }
}

impl From<ErrorCode> for Refusal {
    fn from(code: ErrorCode) -> Self {
        Refusal::Error(HttpError::new(code))
    }
}

impl From<FieldError> for Refusal {
    fn from(err: FieldError) -> Self {
        Refusal::Error(HttpError(err.into()))
    }
}

impl From<StoreError> for Refusal {
    fn from(err: StoreError) -> Self {
        Refusal::Error(err.into())
    }
}

impl From<ThrottleError> for Refusal {
    fn from(err: ThrottleError) -> Self {
        match err {
            ThrottleError::Locked(l) => Refusal::Locked(l),
            ThrottleError::Store(e) => e.into(),
        }
    }
}

impl From<ChallengeError> for Refusal {
    fn from(err: ChallengeError) -> Self {
        match err {
            ChallengeError::Refused(code) => code.into(),
            ChallengeError::Store(e) => e.into(),
        }
    }
}

impl From<crate::delivery::DeliveryError> for Refusal {
    fn from(err: crate::delivery::DeliveryError) -> Self {
        tracing::error!(error = %err, "delivery failure");
        ErrorCode::ServiceUnavailable.into()
    }
}

impl From<crate::domain::password::HashError> for Refusal {
    fn from(err: crate::domain::password::HashError) -> Self {
        tracing::error!(error = %err, "password hashing failure");
        ErrorCode::Internal.into()
    }
}
