//! `/api/bonus`: bonus points of the signed-in customer.

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use shared::api::bonus::{
    BonusView, FeePaid, PointsTransferred, RedeemFee, RedeemReward, RewardBought, RewardItem,
    TransferPoints,
};

use shared::{ApiError, ErrorCode};

use super::key_of;
use crate::domain::money::bonus;
use crate::domain::money::payments::Answer;
use crate::domain::throttle::{self, OnSuccess, Policy};
use crate::http::{ApiJson, CurrentCustomer, HttpError, Refusal};
use crate::state::AppState;

/// Numbers that are not the operator's, tried by one customer: finding out which numbers are
/// is throttled like sending codes to numbers (a few an hour).
const UNKNOWN_RECIPIENTS: Policy = Policy {
    free: 10,
    base_secs: 600,
    max_secs: 3600,
    window_secs: 3600,
    on_success: OnSuccess::Uncount,
};

/// The customer's points and their history (1 point per full 10 ₽ of every payment).
#[utoipa::path(
    get, path = "/api/bonus", tag = "money",
    responses(
        (status = 200, description = "Balance and history, newest first", body = BonusView),
        (status = 401, description = "Not signed in", body = ApiError),
    )
)]
pub async fn show(
    State(state): State<AppState>,
    who: CurrentCustomer,
) -> Result<Json<BonusView>, HttpError> {
    Ok(Json(bonus::view(&state, who.id).await?))
}

/// The rewards catalogue: what points buy.
#[utoipa::path(
    get, path = "/api/bonus/rewards", tag = "money",
    responses((status = 200, description = "Rewards", body = Vec<RewardItem>))
)]
pub async fn rewards() -> Json<Vec<RewardItem>> {
    Json(bonus::catalogue())
}

/// Pay this month's fee of an account with points (0,50 ₽ a point, as many as fit; once per
/// account and month).
#[utoipa::path(
    post, path = "/api/bonus/fee", tag = "money",
    request_body = RedeemFee,
    params(("Idempotency-Key" = String, Header, description = "unique per attempt; a retry replays the answer")),
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 201, description = "Paid", body = FeePaid),
        (status = 400, description = "idempotency_key_required", body = ApiError),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "No such account of this customer", body = ApiError),
        (status = 409, description = "insufficient_bonus or bonus_fee_already_paid", body = ApiError),
        (status = 422, description = "idempotency_key_reused, or an account without a tariff", body = ApiError),
    )
)]
pub async fn pay_fee(
    State(state): State<AppState>,
    who: CurrentCustomer,
    headers: HeaderMap,
    body: Result<ApiJson<RedeemFee>, HttpError>,
) -> Result<Answer, HttpError> {
    let key = key_of(&headers)?;
    let ApiJson(req) = body?;
    bonus::pay_fee(&state, who.id, &key, &req).await
}

/// Buy a reward of the catalogue with points.
#[utoipa::path(
    post, path = "/api/bonus/rewards", tag = "money",
    request_body = RedeemReward,
    params(("Idempotency-Key" = String, Header, description = "unique per attempt; a retry replays the answer")),
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 201, description = "Bought", body = RewardBought),
        (status = 400, description = "idempotency_key_required", body = ApiError),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 409, description = "insufficient_bonus", body = ApiError),
        (status = 422, description = "unknown_reward, or idempotency_key_reused", body = ApiError),
    )
)]
pub async fn buy(
    State(state): State<AppState>,
    who: CurrentCustomer,
    headers: HeaderMap,
    body: Result<ApiJson<RedeemReward>, HttpError>,
) -> Result<Answer, HttpError> {
    let key = key_of(&headers)?;
    let ApiJson(req) = body?;
    bonus::buy(&state, who.id, &key, &req).await
}

/// Transfer points to another mobile number of the operator (at least 10, at most 500 a day,
/// not to one's own number). Both sides see it in their history.
#[utoipa::path(
    post, path = "/api/bonus/transfer", tag = "money",
    request_body = TransferPoints,
    params(("Idempotency-Key" = String, Header, description = "unique per attempt; a retry replays the answer")),
    responses(
        (status = 201, description = "Transferred", body = PointsTransferred),
        (status = 400, description = "idempotency_key_required", body = ApiError),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "bonus_recipient_unknown: not a mobile number of the operator", body = ApiError),
        (status = 409, description = "insufficient_bonus, bonus_transfer_daily_limit or no_mobile_account", body = ApiError),
        (status = 422, description = "invalid_phone, phone_not_mobile, bonus_transfer_below_minimum, bonus_transfer_to_self or idempotency_key_reused", body = ApiError),
        (status = 429, description = "Too many unknown recipients; see Retry-After", body = ApiError),
    )
)]
pub async fn transfer(
    State(state): State<AppState>,
    who: CurrentCustomer,
    headers: HeaderMap,
    body: Result<ApiJson<TransferPoints>, HttpError>,
) -> Result<Answer, Refusal> {
    let key = key_of(&headers)?;
    let ApiJson(req) = body?;
    let store = state.store.as_ref();
    let misses = format!("bonus-recipient:{}", who.id);
    let attempt =
        throttle::reserve(store, &[(&misses, UNKNOWN_RECIPIENTS)], state.clock.unix()).await?;
    let answer = bonus::transfer(&state, who.id, &key, &req).await;
    match &answer {
        Err(e) if e.0.code == ErrorCode::BonusRecipientUnknown => attempt.failed(store).await?,
        _ => attempt.succeeded(store).await?,
    }
    Ok(answer?)
}
