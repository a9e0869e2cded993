use axum::http::StatusCode;
use shared::ApiError;
use shared::api::client_errors::ClientErrorReport;

use crate::http::{ApiJson, HttpError};

/// Records a failure the app saw in the browser. Answers 202 with no body.
#[utoipa::path(
    post, path = "/api/client-errors", tag = "meta",
    request_body = ClientErrorReport,
    responses(
        (status = 202, description = "Recorded"),
        (status = 400, description = "Not JSON", body = ApiError),
        (status = 413, description = "Body too large", body = ApiError),
        (status = 415, description = "Not application/json", body = ApiError),
        (status = 422, description = "A field is empty or too long", body = ApiError),
    )
)]
pub async fn report(ApiJson(report): ApiJson<ClientErrorReport>) -> Result<StatusCode, HttpError> {
    report.validate().map_err(ApiError::from)?;
    tracing::warn!(route = %report.route, message = %report.message, "client error reported");
    Ok(StatusCode::ACCEPTED)
}
