//! `/api/autopay`: auto-payment rules of the signed-in customer's accounts and their attempts.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use shared::ApiError;
use shared::api::autopay::{AutopayAttemptView, AutopayRequest, AutopayView};

use crate::domain::money::autopay;
use crate::http::{ApiJson, CurrentCustomer, HttpError};
use crate::state::AppState;

/// The customer's auto-payment rules, oldest first.
#[utoipa::path(
    get, path = "/api/autopay", tag = "money",
    responses(
        (status = 200, description = "Rules", body = Vec<AutopayView>),
        (status = 401, description = "Not signed in", body = ApiError),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    who: CurrentCustomer,
) -> Result<Json<Vec<AutopayView>>, HttpError> {
    let mut out = Vec::new();
    for r in state.store.autopay_rules_of(who.id).await? {
        out.push(autopay::view(&state, r).await?);
    }
    Ok(Json(out))
}

/// Set up an auto-payment: top up `amount` from a saved card when the balance falls below a
/// threshold, or on a day of the month; never above the daily and monthly caps. At most 3 per
/// account.
#[utoipa::path(
    post, path = "/api/autopay", tag = "money",
    request_body = AutopayRequest,
    responses(
        (status = 201, description = "Created", body = AutopayView),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "No such account or saved card of this customer (field names which)", body = ApiError),
        (status = 409, description = "autopay_rules_full", body = ApiError),
        (status = 422, description = "A setting is invalid (amount, caps, day, threshold)", body = ApiError),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    who: CurrentCustomer,
    ApiJson(req): ApiJson<AutopayRequest>,
) -> Result<(StatusCode, Json<AutopayView>), HttpError> {
    let view = autopay::create(&state, who.id, &req).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// Change a rule's card and settings (its account stays).
#[utoipa::path(
    put, path = "/api/autopay/{id}", tag = "money",
    params(("id" = i64, Path, description = "rule id")),
    request_body = AutopayRequest,
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 200, description = "Changed", body = AutopayView),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "No such rule, account or card of this customer", body = ApiError),
        (status = 422, description = "A setting is invalid, or the account differs", body = ApiError),
    )
)]
pub async fn update(
    State(state): State<AppState>,
    who: CurrentCustomer,
    Path(id): Path<String>,
    ApiJson(req): ApiJson<AutopayRequest>,
) -> Result<Json<AutopayView>, HttpError> {
    Ok(Json(autopay::update(&state, who.id, &id, &req).await?))
}

/// Delete a rule (its attempts stay in the history of payments).
#[utoipa::path(
    delete, path = "/api/autopay/{id}", tag = "money",
    params(("id" = i64, Path, description = "rule id")),
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 204, description = "Deleted"),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "No such rule of this customer", body = ApiError),
    )
)]
pub async fn delete(
    State(state): State<AppState>,
    who: CurrentCustomer,
    Path(id): Path<String>,
) -> Result<StatusCode, HttpError> {
    autopay::set_state(&state, who.id, &id, true, true).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Pause a rule: the runner skips it until resumed.
#[utoipa::path(
    post, path = "/api/autopay/{id}/pause", tag = "money",
    params(("id" = i64, Path, description = "rule id")),
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 200, description = "Paused", body = AutopayView),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "No such rule of this customer", body = ApiError),
    )
)]
pub async fn pause(
    State(state): State<AppState>,
    who: CurrentCustomer,
    Path(id): Path<String>,
) -> Result<Json<AutopayView>, HttpError> {
    let view = autopay::set_state(&state, who.id, &id, true, false).await?;
    view.map(Json)
        .ok_or_else(|| HttpError::new(shared::ErrorCode::NotFound))
}

/// Resume a paused rule.
#[utoipa::path(
    post, path = "/api/autopay/{id}/resume", tag = "money",
    params(("id" = i64, Path, description = "rule id")),
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 200, description = "Active again", body = AutopayView),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "No such rule of this customer", body = ApiError),
    )
)]
pub async fn resume(
    State(state): State<AppState>,
    who: CurrentCustomer,
    Path(id): Path<String>,
) -> Result<Json<AutopayView>, HttpError> {
    let view = autopay::set_state(&state, who.id, &id, false, false).await?;
    view.map(Json)
        .ok_or_else(|| HttpError::new(shared::ErrorCode::NotFound))
}

/// Every attempt of a rule, newest first: one per trigger, with its outcome and payment.
#[utoipa::path(
    get, path = "/api/autopay/{id}/attempts", tag = "money",
    params(("id" = i64, Path, description = "rule id")),
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 200, description = "Attempts", body = Vec<AutopayAttemptView>),
        (status = 404, description = "No such rule of this customer", body = ApiError),
    )
)]
pub async fn attempts(
    State(state): State<AppState>,
    who: CurrentCustomer,
    Path(id): Path<String>,
) -> Result<Json<Vec<AutopayAttemptView>>, HttpError> {
    Ok(Json(autopay::attempts(&state, who.id, &id).await?))
}
