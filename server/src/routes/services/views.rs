use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use shared::ApiError;
use shared::api::services::{
    ActivationEntry, BlockingView, InternetView, MyServices, MyTv, OptionCard,
};

use super::{AccountQuery, account_of};
use crate::domain::services::listing;
use crate::http::{CurrentCustomer, HttpError};
use crate::state::AppState;

/// The options (add-ons) of the account's service type, with what connecting costs today.
#[utoipa::path(
    get, path = "/api/options", tag = "services",
    params(AccountQuery),
    responses(
        (status = 200, description = "The catalogue", body = Vec<OptionCard>),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such account of this customer", body = ApiError),
        (status = 422, description = "required (account)", body = ApiError),
    )
)]
pub async fn options(
    State(state): State<AppState>,
    who: CurrentCustomer,
    q: Result<Query<AccountQuery>, QueryRejection>,
) -> Result<Json<Vec<OptionCard>>, HttpError> {
    let account = account_of(&state, &who, q).await?;
    Ok(Json(listing::options(&state, &account).await?))
}

/// Everything paid that is connected to the account: since when, its monthly fee, what it has
/// cost so far (the sum of its ledger entries) and whether it can be cancelled.
#[utoipa::path(
    get, path = "/api/my-services", tag = "services",
    params(AccountQuery),
    responses(
        (status = 200, description = "Connected items", body = MyServices),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such account of this customer", body = ApiError),
        (status = 422, description = "required (account)", body = ApiError),
    )
)]
pub async fn my_services(
    State(state): State<AppState>,
    who: CurrentCustomer,
    q: Result<Query<AccountQuery>, QueryRejection>,
) -> Result<Json<MyServices>, HttpError> {
    let account = account_of(&state, &who, q).await?;
    Ok(Json(listing::my_services(&state, &account).await?))
}

/// Who connected or disconnected what, when and through which channel (web, SMS, operator).
#[utoipa::path(
    get, path = "/api/activation-log", tag = "services",
    params(AccountQuery),
    responses(
        (status = 200, description = "Newest first", body = Vec<ActivationEntry>),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such account of this customer", body = ApiError),
        (status = 422, description = "required (account)", body = ApiError),
    )
)]
pub async fn activation_log(
    State(state): State<AppState>,
    who: CurrentCustomer,
    q: Result<Query<AccountQuery>, QueryRejection>,
) -> Result<Json<Vec<ActivationEntry>>, HttpError> {
    let account = account_of(&state, &who, q).await?;
    Ok(Json(listing::activation_log(&state, &account).await?))
}

/// The voluntary block of a mobile number, if any, with the date its daily fee starts.
#[utoipa::path(
    get, path = "/api/blocking", tag = "services",
    params(AccountQuery),
    responses(
        (status = 200, description = "Block state and terms", body = BlockingView),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such account of this customer", body = ApiError),
        (status = 409, description = "service_not_available (not a mobile number)", body = ApiError),
        (status = 422, description = "required (account)", body = ApiError),
    )
)]
pub async fn blocking(
    State(state): State<AppState>,
    who: CurrentCustomer,
    q: Result<Query<AccountQuery>, QueryRejection>,
) -> Result<Json<BlockingView>, HttpError> {
    let account = account_of(&state, &who, q).await?;
    Ok(Json(listing::blocking(&state, &account).await?))
}

/// The account's TV: base package, picked channels with the Personal TV price, Multiroom.
#[utoipa::path(
    get, path = "/api/tv/mine", tag = "services",
    params(AccountQuery),
    responses(
        (status = 200, description = "The TV line-up", body = MyTv),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such account of this customer", body = ApiError),
        (status = 409, description = "service_not_available (no TV on this account)", body = ApiError),
        (status = 422, description = "required (account)", body = ApiError),
    )
)]
pub async fn my_tv(
    State(state): State<AppState>,
    who: CurrentCustomer,
    q: Result<Query<AccountQuery>, QueryRejection>,
) -> Result<Json<MyTv>, HttpError> {
    let account = account_of(&state, &who, q).await?;
    Ok(Json(listing::my_tv(&state, &account).await?))
}

/// The home internet connection: address, speed, IP, equipment, tariff, traffic this month.
#[utoipa::path(
    get, path = "/api/internet", tag = "services",
    params(AccountQuery),
    responses(
        (status = 200, description = "The connection", body = InternetView),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such account of this customer", body = ApiError),
        (status = 409, description = "service_not_available (not a home account)", body = ApiError),
        (status = 422, description = "required (account)", body = ApiError),
    )
)]
pub async fn internet(
    State(state): State<AppState>,
    who: CurrentCustomer,
    q: Result<Query<AccountQuery>, QueryRejection>,
) -> Result<Json<InternetView>, HttpError> {
    let account = account_of(&state, &who, q).await?;
    Ok(Json(listing::internet(&state, &account).await?))
}
