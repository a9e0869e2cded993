use axum::Json;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use serde::Deserialize;
use shared::ApiError;
use shared::api::promised::{PromisedView, TakePromised};

use super::key_of;
use crate::domain::money::payments::Answer;
use crate::domain::money::{owned_account, promised};
use crate::http::{ApiJson, CurrentCustomer, HttpError};
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PromisedQuery {
    /// Service account id.
    pub account: i64,
}

/// The promised payment of an account: the offer (cap, minimum, term) or why there is none,
/// and the unpaid one with what is still owed.
#[utoipa::path(
    get, path = "/api/promised", tag = "money",
    params(PromisedQuery),
    responses(
        (status = 422, description = "required: no account given", body = ApiError),
        (status = 200, description = "Offer and state", body = PromisedView),
        (status = 400, description = "No account given", body = ApiError),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such account of this customer", body = ApiError),
    )
)]
pub async fn show(
    State(state): State<AppState>,
    who: CurrentCustomer,
    q: Result<Query<PromisedQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<PromisedView>, HttpError> {
    let Query(q) =
        q.map_err(|_| HttpError(ApiError::new(shared::ErrorCode::Required).with_field("account")))?;
    let account = owned_account(&state, who.id, q.account).await?;
    Ok(Json(promised::view(&state, &account).await?))
}

/// Take a promised payment: credited at once, repaid (with its fee) from the next payment.
/// With an `Idempotency-Key` a retry replays the first answer.
#[utoipa::path(
    post, path = "/api/promised", tag = "money",
    request_body = TakePromised,
    params(("Idempotency-Key" = Option<String>, Header, description = "unique per attempt; a retry with the same key replays the answer")),
    responses(
        (status = 201, description = "Taken", body = PromisedView),
        (status = 400, description = "idempotency_key_required (an empty or overlong key)", body = ApiError),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "No such account of this customer", body = ApiError),
        (status = 409, description = "Not eligible (promised_unpaid, promised_account_too_new, ...)", body = ApiError),
        (status = 422, description = "The amount is below the minimum or above the cap, or idempotency_key_reused", body = ApiError),
    )
)]
pub async fn take(
    State(state): State<AppState>,
    who: CurrentCustomer,
    headers: HeaderMap,
    body: Result<ApiJson<TakePromised>, HttpError>,
) -> Result<Answer, HttpError> {
    let key = if headers.contains_key(shared::api::payments::IDEMPOTENCY_KEY_HEADER) {
        Some(key_of(&headers)?)
    } else {
        None
    };
    let ApiJson(req) = body?;
    let account = owned_account(&state, who.id, req.account_id).await?;
    promised::take_now(&state, who.id, &account, req.amount, key.as_deref()).await
}
