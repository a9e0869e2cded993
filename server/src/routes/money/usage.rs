use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use secrecy::ExposeSecret;
use shared::api::usage::{NETWORK_SIGNATURE_HEADER, UsageBatch, UsageRated};
use shared::{ApiError, ErrorCode};

use super::gateway::signed;
use crate::domain::money::payments::Answer;
use crate::domain::money::usage;
use crate::http::HttpError;
use crate::state::AppState;

/// Call, SMS and data records from the network (internal). The body is signed: header
/// `X-Network-Signature` = hex HMAC-SHA256 of the raw body with the `network_secret`
/// setting. Records are rated package-first; what goes beyond the package is charged. The
/// `batch_id` is the idempotency key: posting it again replays the first answer.
#[utoipa::path(
    post, path = "/api/usage", tag = "network",
    request_body = UsageBatch,
    params(("X-Network-Signature" = String, Header, description = "hex HMAC-SHA256 of the raw body")),
    responses(
        (status = 201, description = "Rated and charged (or replayed)", body = UsageRated),
        (status = 400, description = "malformed_json", body = ApiError),
        (status = 401, description = "network_signature_invalid", body = ApiError),
        (status = 404, description = "No such personal account", body = ApiError),
        (status = 422, description = "A field is invalid, or idempotency_key_reused", body = ApiError),
    )
)]
pub async fn post(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Answer, HttpError> {
    let signature = headers
        .get(NETWORK_SIGNATURE_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let secret = state.settings.network_secret.expose_secret().as_bytes();
    if !signed(secret, &body, signature) {
        return Err(HttpError::new(ErrorCode::NetworkSignatureInvalid));
    }
    let batch: UsageBatch = serde_json::from_slice(&body).map_err(|e| {
        let mut err = ApiError::new(ErrorCode::MalformedJson);
        err.message = format!("{} ({e})", err.message);
        HttpError(err)
    })?;
    usage::record(&state, &batch).await
}
