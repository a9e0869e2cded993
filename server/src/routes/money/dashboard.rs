use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use shared::ApiError;
use shared::api::dashboard::Dashboard;

use crate::domain::money::dashboard;
use crate::http::{ApiQuery, CurrentCustomer, HttpError};
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DashboardQuery {
    /// Service account id; the customer's first account when absent.
    pub account: Option<i64>,
}

/// Balance, tariff, package left and next charge of one account, and every account of the
/// customer for the switcher: one round trip.
#[utoipa::path(
    get, path = "/api/dashboard", tag = "money",
    params(DashboardQuery),
    responses(
        (status = 400, description = "malformed_query: a query parameter does not parse", body = ApiError),
        (status = 200, description = "The dashboard", body = Dashboard),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such account of this customer", body = ApiError),
    )
)]
pub async fn show(
    State(state): State<AppState>,
    who: CurrentCustomer,
    ApiQuery(q): ApiQuery<DashboardQuery>,
) -> Result<Json<Dashboard>, HttpError> {
    Ok(Json(dashboard::build(&state, who.id, q.account).await?))
}
