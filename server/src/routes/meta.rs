//! The API describing itself: OpenAPI document, a readable docs page, Prometheus metrics.

use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::{Html, IntoResponse};
use secrecy::ExposeSecret;
use shared::{ApiError, ErrorCode};

use crate::domain::secrets;
use crate::http::HttpError;
use crate::state::AppState;

/// This document.
#[utoipa::path(
    get, path = "/api/openapi.json", tag = "meta",
    responses((status = 200, description = "OpenAPI 3.1 document", content_type = "application/json"))
)]
pub async fn openapi(State(state): State<AppState>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/json")],
        state.openapi_json.as_str().to_owned(),
    )
}

/// The OpenAPI document rendered as a self-contained HTML page (no external scripts).
#[utoipa::path(
    get, path = "/api/docs", tag = "meta",
    responses((status = 200, description = "HTML page", content_type = "text/html"))
)]
pub async fn docs(State(state): State<AppState>) -> Html<String> {
    Html(state.docs_html.as_str().to_owned())
}

/// Request counts and latencies by route, in the Prometheus text format. Served only when
/// `metrics_token` is set, to a scraper that sends it as `Authorization: Bearer <token>`.
#[utoipa::path(
    get, path = "/metrics", tag = "meta",
    responses(
        (status = 200, description = "Prometheus/OpenMetrics text", content_type = "application/openmetrics-text"),
        (status = 401, description = "unauthorized: the bearer token is missing or wrong", body = ApiError),
        (status = 404, description = "not_found: no metrics token is configured", body = ApiError),
    )
)]
pub async fn metrics(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<impl IntoResponse, HttpError> {
    let token = state.settings.metrics_token.expose_secret();
    if token.is_empty() {
        return Err(HttpError::new(ErrorCode::NotFound));
    }
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    if !secrets::same(given, token) {
        return Err(HttpError::new(ErrorCode::Unauthorized));
    }
    Ok((
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        state.metrics.encode(),
    ))
}
