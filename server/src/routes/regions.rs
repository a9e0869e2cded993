use axum::Json;
use axum::extract::State;
use shared::ApiError;
use shared::api::regions::Region;

use crate::http::HttpError;
use crate::state::AppState;

/// The operator's regions; tariffs and offices depend on the region. Public.
#[utoipa::path(
    get, path = "/api/regions", tag = "catalogue",
    responses(
        (status = 200, description = "All regions, ordered by code", body = Vec<Region>),
        (status = 503, description = "Database unavailable", body = ApiError),
    )
)]
pub async fn list(State(state): State<AppState>) -> Result<Json<Vec<Region>>, HttpError> {
    Ok(Json(state.store.regions().await?))
}
