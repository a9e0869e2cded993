//! Every failure leaves the server as `shared::ApiError` JSON with a 4xx/5xx status.

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use shared::{ApiError, ErrorCode};

use crate::store::StoreError;

/// `shared::ApiError` as an axum response.
#[derive(Debug)]
pub struct HttpError(pub ApiError);

impl HttpError {
    pub fn new(code: ErrorCode) -> Self {
        HttpError(ApiError::new(code))
    }
}

impl From<ErrorCode> for HttpError {
    fn from(code: ErrorCode) -> Self {
        HttpError::new(code)
    }
}

impl From<ApiError> for HttpError {
    fn from(err: ApiError) -> Self {
        HttpError(err)
    }
}

impl IntoResponse for HttpError {
    fn into_response(self) -> Response {
        let status =
            StatusCode::from_u16(self.0.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        (status, axum::Json(self.0)).into_response()
    }
}

impl From<shared::FieldError> for HttpError {
    fn from(err: shared::FieldError) -> Self {
        HttpError(err.into())
    }
}

impl From<StoreError> for HttpError {
    fn from(err: StoreError) -> Self {
        let code = match &err {
            StoreError::Db(sqlx::Error::PoolTimedOut | sqlx::Error::Io(_)) => {
                ErrorCode::ServiceUnavailable
            }
            _ => ErrorCode::Internal,
        };
        tracing::error!(error = %err, "store failure");
        HttpError::new(code)
    }
}

impl From<JsonRejection> for HttpError {
    fn from(rejection: JsonRejection) -> Self {
        let code = match &rejection {
            JsonRejection::MissingJsonContentType(_) => ErrorCode::UnsupportedMediaType,
            JsonRejection::BytesRejection(_)
                if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE =>
            {
                ErrorCode::PayloadTooLarge
            }
            _ => ErrorCode::MalformedJson,
        };
        let mut err = ApiError::new(code);
        if code == ErrorCode::MalformedJson {
            // serde's message names the line/column or the missing field; it is safe to echo.
            err.message = format!("{} ({})", err.message, rejection.body_text());
        }
        HttpError(err)
    }
}

impl From<QueryRejection> for HttpError {
    fn from(rejection: QueryRejection) -> Self {
        let mut err = ApiError::new(ErrorCode::MalformedQuery);
        // serde's message names the parameter and what is wrong with it; safe to echo.
        err.message = format!("{} ({})", err.message, rejection.body_text());
        HttpError(err)
    }
}

/// `axum::extract::Query` whose rejection is a 400 `malformed_query` `ApiError` instead of
/// plain text (the API fuzzing sent `?account=9223372036854775808`).
#[derive(Debug, FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(HttpError))]
pub struct ApiQuery<T>(pub T);

/// `axum::Json` whose rejections are `ApiError` JSON instead of plain text.
#[derive(Debug, FromRequest)]
#[from_request(via(axum::Json), rejection(HttpError))]
pub struct ApiJson<T>(pub T);

/// JSON 404 for any `/api/*` path that no route serves.
pub async fn api_not_found(method: axum::http::Method, uri: axum::http::Uri) -> HttpError {
    let mut err = ApiError::new(ErrorCode::NotFound);
    err.message = format!("Unknown API endpoint: {method} {}", uri.path());
    HttpError(err)
}

/// JSON 405 for a known path with a method it does not serve.
pub async fn method_not_allowed() -> HttpError {
    HttpError::new(ErrorCode::MethodNotAllowed)
}
