use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use shared::api::catalogue::{
    Genre, PERSONAL_TV_MAX_PICKED, PackageKind, PersonalTvRequest, TvChannel, TvPackage,
    matches_query,
};
use shared::tv::{PersonalTvPrice, personal_tv_price};
use shared::{ApiError, ErrorCode};

use crate::http::{ApiJson, ApiQuery, HttpError};
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ChannelFilter {
    /// Only this genre (`news`, `sport`, `kids`, `films`, ...).
    genre: Option<String>,
    /// Only channels whose name contains this text (any case).
    q: Option<String>,
    /// Only channels of this package (`start`, `sport-extra`, ...).
    package: Option<String>,
}

/// The TV channel catalogue with single-channel prices, filtered. Public.
#[utoipa::path(
    get, path = "/api/tv/channels", tag = "catalogue",
    params(ChannelFilter),
    responses(
        (status = 400, description = "malformed_query: a query parameter does not parse", body = ApiError),
        (status = 200, description = "Matching channels ordered by id", body = Vec<TvChannel>),
        (status = 422, description = "Unknown genre or package", body = ApiError),
    )
)]
pub async fn channels(
    State(state): State<AppState>,
    ApiQuery(filter): ApiQuery<ChannelFilter>,
) -> Result<Json<Vec<TvChannel>>, HttpError> {
    let genre =
        match filter.genre.as_deref().filter(|g| !g.is_empty()) {
            None => None,
            Some(name) => Some(Genre::from_name(name).ok_or_else(|| {
                HttpError(ApiError::new(ErrorCode::Validation).with_field("genre"))
            })?),
        };
    let members = match filter.package.as_deref().filter(|p| !p.is_empty()) {
        None => None,
        Some(id) => {
            let packages = state.store.tv_packages().await?;
            let found = packages.into_iter().find(|p| p.package.id == id);
            Some(
                found
                    .ok_or_else(|| {
                        HttpError(ApiError::new(ErrorCode::UnknownTvPackage).with_field("package"))
                    })?
                    .package
                    .channels,
            )
        }
    };
    let q = filter.q.unwrap_or_default();
    let channels = state
        .store
        .tv_channels()
        .await?
        .into_iter()
        .filter(|c| genre.is_none_or(|g| c.genre == g))
        .filter(|c| members.as_ref().is_none_or(|m| m.contains(&c.channel.id)))
        .filter(|c| matches_query(&c.channel.name, &q))
        .collect();
    Ok(Json(channels))
}

/// Base packages (smallest first), then themed add-ons, each with its channel ids. Public.
#[utoipa::path(
    get, path = "/api/tv/packages", tag = "catalogue",
    responses((status = 200, description = "All packages", body = Vec<TvPackage>))
)]
pub async fn packages(State(state): State<AppState>) -> Result<Json<Vec<TvPackage>>, HttpError> {
    Ok(Json(state.store.tv_packages().await?))
}

/// The Personal TV price of a base package plus picked channels, line by line, computed by
/// the same `shared::tv` rule the app runs live. Public; nothing is connected.
#[utoipa::path(
    post, path = "/api/tv/personal-price", tag = "catalogue",
    request_body = PersonalTvRequest,
    responses(
        (status = 200, description = "The price breakdown", body = PersonalTvPrice),
        (status = 400, description = "Not JSON", body = ApiError),
        (status = 422, description = "`unknown_tv_package`, `unknown_tv_channel` or `too_long`", body = ApiError),
    )
)]
pub async fn personal_price(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<PersonalTvRequest>,
) -> Result<Json<PersonalTvPrice>, HttpError> {
    if request.channels.len() > PERSONAL_TV_MAX_PICKED {
        return Err(ApiError::new(ErrorCode::TooLong)
            .with_field("channels")
            .into());
    }
    let base = state
        .store
        .tv_packages()
        .await?
        .into_iter()
        .find(|p| p.package.id == request.base && p.kind == PackageKind::Base)
        .ok_or_else(|| HttpError(ApiError::new(ErrorCode::UnknownTvPackage).with_field("base")))?;
    let catalogue = state.store.tv_channels().await?;
    let mut picked = Vec::with_capacity(request.channels.len());
    for id in &request.channels {
        let channel = catalogue
            .iter()
            .find(|c| c.channel.id == *id)
            .ok_or_else(|| {
                let mut err = ApiError::new(ErrorCode::UnknownTvChannel).with_field("channels");
                err.message = format!("{} (id {})", err.message, id.0);
                HttpError(err)
            })?;
        picked.push(channel.channel.clone());
    }
    let price = personal_tv_price(&base.package, &picked).map_err(ApiError::from)?;
    Ok(Json(price))
}
