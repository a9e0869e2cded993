//! The API describing itself: OpenAPI document, a readable docs page, Prometheus metrics.

use axum::extract::State;
use axum::http::header;
use axum::response::{Html, IntoResponse};

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

/// Request counts and latencies by route, in the Prometheus text format.
#[utoipa::path(
    get, path = "/metrics", tag = "meta",
    responses((status = 200, description = "Prometheus/OpenMetrics text", content_type = "application/openmetrics-text"))
)]
pub async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        state.metrics.encode(),
    )
}
