use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;
use shared::ApiError;
use shared::api::catalogue::Office;

use super::require_region;
use crate::http::{ApiQuery, HttpError};
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OfficeSearch {
    /// Text to find in the office's name, address or services (Russian or English).
    q: Option<String>,
}

/// A region's offices with address, hours and services, optionally searched. Public.
#[utoipa::path(
    get, path = "/api/regions/{code}/offices", tag = "catalogue",
    params(("code" = String, Path, description = "Region code, e.g. `moscow`"), OfficeSearch),
    responses(
        (status = 400, description = "malformed_query: a query parameter does not parse", body = ApiError),
        (status = 200, description = "Matching offices ordered by name", body = Vec<Office>),
        (status = 404, description = "No such region", body = ApiError),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    Path(code): Path<String>,
    ApiQuery(search): ApiQuery<OfficeSearch>,
) -> Result<Json<Vec<Office>>, HttpError> {
    require_region(&state, &code).await?;
    let q = search.q.unwrap_or_default();
    let offices = state
        .store
        .offices(&code)
        .await?
        .into_iter()
        .filter(|o| o.matches(&q))
        .collect();
    Ok(Json(offices))
}
