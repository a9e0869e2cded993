use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;
use shared::api::catalogue::{TariffCard, check_same_region, parse_compare_ids};
use shared::service::ServiceKind;
use shared::{ApiError, ErrorCode};

use super::require_region;
use crate::http::{ApiQuery, HttpError};
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TariffFilter {
    /// `mobile`, `home` or `satellite`; all service types when absent.
    service: Option<String>,
}

fn parse_service(raw: Option<&str>) -> Result<Option<ServiceKind>, HttpError> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some("mobile") => Ok(Some(ServiceKind::Mobile)),
        Some("home") => Ok(Some(ServiceKind::Home)),
        Some("satellite") => Ok(Some(ServiceKind::Satellite)),
        Some(_) => Err(ApiError::new(ErrorCode::Validation)
            .with_field("service")
            .into()),
    }
}

/// A region's tariff catalogue, optionally of one service type. Public.
#[utoipa::path(
    get, path = "/api/regions/{code}/tariffs", tag = "catalogue",
    params(("code" = String, Path, description = "Region code, e.g. `moscow`"), TariffFilter),
    responses(
        (status = 400, description = "malformed_query: a query parameter does not parse", body = ApiError),
        (status = 200, description = "Tariffs in catalogue order", body = Vec<TariffCard>),
        (status = 404, description = "No such region", body = ApiError),
        (status = 422, description = "Unknown service type", body = ApiError),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    Path(code): Path<String>,
    ApiQuery(filter): ApiQuery<TariffFilter>,
) -> Result<Json<Vec<TariffCard>>, HttpError> {
    let service = parse_service(filter.service.as_deref())?;
    require_region(&state, &code).await?;
    Ok(Json(state.store.tariffs(&code, service).await?))
}

/// One tariff: monthly fee, package, prices beyond it. Public.
#[utoipa::path(
    get, path = "/api/tariffs/{id}", tag = "catalogue",
    params(("id" = String, Path, description = "Tariff id, e.g. `mobile-smart-moscow`")),
    responses(
        (status = 200, description = "The tariff", body = TariffCard),
        (status = 404, description = "No such tariff", body = ApiError),
    )
)]
pub async fn detail(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<TariffCard>, HttpError> {
    state
        .store
        .tariff(&id)
        .await?
        .map(Json)
        .ok_or_else(|| HttpError::new(ErrorCode::NotFound))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CompareQuery {
    /// Two or three tariff ids of one region, comma-separated.
    ids: Option<String>,
}

/// Two or three tariffs of one region side by side, in the order asked. Public.
#[utoipa::path(
    get, path = "/api/tariffs/compare", tag = "catalogue",
    params(CompareQuery),
    responses(
        (status = 400, description = "malformed_query: a query parameter does not parse", body = ApiError),
        (status = 200, description = "The tariffs in the order asked", body = Vec<TariffCard>),
        (status = 404, description = "One of the tariffs does not exist", body = ApiError),
        (status = 422, description = "`compare_count` (not 2–3 ids) or `compare_mixed_regions`", body = ApiError),
    )
)]
pub async fn compare(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<CompareQuery>,
) -> Result<Json<Vec<TariffCard>>, HttpError> {
    let ids = parse_compare_ids(query.ids.as_deref().unwrap_or_default())?;
    let mut cards = Vec::with_capacity(ids.len());
    for id in &ids {
        let card = state
            .store
            .tariff(id)
            .await?
            .ok_or_else(|| HttpError(ApiError::new(ErrorCode::NotFound).with_field("ids")))?;
        cards.push(card);
    }
    check_same_region(&cards)?;
    Ok(Json(cards))
}
