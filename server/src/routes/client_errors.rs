use axum::extract::State;
use axum::http::StatusCode;
use shared::ApiError;
use shared::api::client_errors::ClientErrorReport;

use crate::domain::session::ClientMeta;
use crate::domain::throttle::{self, OnSuccess, Policy};
use crate::http::{ApiJson, Refusal};
use crate::routes::auth::ip_key;
use crate::state::AppState;

/// The route's template (its body limit is [`REPORT_BODY_LIMIT`]).
pub const REPORT_ROUTE: &str = "/api/client-errors";

/// A report is a route and a short message: 16 KiB is ample.
pub const REPORT_BODY_LIMIT: usize = 16 * 1024;

/// Reports from one address: a browser in a crash loop, or someone filling the logs.
const REPORTS: Policy = Policy {
    free: 60,
    base_secs: 600,
    max_secs: 3600,
    window_secs: 3600,
    on_success: OnSuccess::Uncount,
};

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
        (status = 429, description = "Too many reports from this address; see Retry-After", body = ApiError),
    )
)]
pub async fn report(
    State(state): State<AppState>,
    meta: ClientMeta,
    ApiJson(report): ApiJson<ClientErrorReport>,
) -> Result<StatusCode, Refusal> {
    report.validate().map_err(ApiError::from)?;
    let key = format!("reports-{}", ip_key(&meta));
    throttle::count(state.store.as_ref(), &[(&key, REPORTS)], state.clock.unix()).await?;
    tracing::warn!(route = %report.route, message = %report.message, "client error reported");
    Ok(StatusCode::ACCEPTED)
}
