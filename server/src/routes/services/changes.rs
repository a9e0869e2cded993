use axum::Json;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use shared::ApiError;
use shared::api::services::{
    BlockingView, CancelDone, ConfirmRequest, PreviewRequest, ServiceChangeDone, ServiceQuote,
    UnblockRequest,
};

use crate::domain::money::owned_account;
use crate::domain::money::payments::Answer;
use crate::domain::services::{self, listing};
use crate::http::{ApiJson, CurrentCustomer, HttpError};
use crate::routes::money::key_of;
use crate::state::AppState;

/// Price a change before it is made: a tariff change (pro-rated refund and charge), an
/// option, a base TV package, Personal TV channels, a Multiroom set or a voluntary block.
/// Nothing is changed; confirm with the returned `quote_token`.
#[utoipa::path(
    post, path = "/api/services/preview", tag = "services",
    request_body = PreviewRequest,
    responses(
        (status = 200, description = "The price breakdown and the quote token", body = ServiceQuote),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "No such account of this customer", body = ApiError),
        (status = 409, description = "already_connected, already_blocked, tariff_unchanged, service_not_available", body = ApiError),
        (status = 422, description = "unknown_tariff, unknown_option, unknown_tv_package, unknown_tv_channel, multiroom_limit, required", body = ApiError),
    )
)]
pub async fn preview(
    State(state): State<AppState>,
    who: CurrentCustomer,
    ApiJson(req): ApiJson<PreviewRequest>,
) -> Result<Json<ServiceQuote>, HttpError> {
    Ok(Json(services::preview(&state, who.id, &req).await?))
}

/// Make a previewed change: the price is computed again and must match the preview's
/// `quote_token`. A retry with the same `Idempotency-Key` replays the first answer and never
/// charges twice. A lost-phone block may be confirmed without a preview.
#[utoipa::path(
    post, path = "/api/services/confirm", tag = "services",
    request_body = ConfirmRequest,
    params(("Idempotency-Key" = String, Header, description = "unique per change; a retry with the same key replays the answer")),
    responses(
        (status = 201, description = "Done; the confirmed quote", body = ServiceChangeDone),
        (status = 400, description = "idempotency_key_required", body = ApiError),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "No such account of this customer", body = ApiError),
        (status = 409, description = "quote_stale, insufficient_balance, already_connected, already_blocked, tariff_unchanged", body = ApiError),
        (status = 422, description = "multiroom_limit, block_confirmation_required, idempotency_key_reused, an unknown item", body = ApiError),
    )
)]
pub async fn confirm(
    State(state): State<AppState>,
    who: CurrentCustomer,
    headers: HeaderMap,
    body: Result<ApiJson<ConfirmRequest>, HttpError>,
) -> Result<Answer, HttpError> {
    let key = key_of(&headers)?;
    let ApiJson(req) = body?;
    services::confirm(&state, who.id, &key, &req).await
}

/// Cancel a connected item (option, TV package or channel, Multiroom set, temporary block).
/// Fees stop from now; cancelling again answers the same.
#[utoipa::path(
    post, path = "/api/my-services/{id}/cancel", tag = "services",
    params(("id" = i64, Path, description = "item id from `GET /api/my-services`")),
    responses(
        (status = 200, description = "Ended", body = CancelDone),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "No such item of this customer", body = ApiError),
        (status = 409, description = "not_cancellable (the tariff) or block_permanent", body = ApiError),
    )
)]
pub async fn cancel(
    State(state): State<AppState>,
    who: CurrentCustomer,
    id: Result<Path<i64>, axum::extract::rejection::PathRejection>,
) -> Result<Json<CancelDone>, HttpError> {
    let Path(id) = id.map_err(|_| HttpError::new(shared::ErrorCode::NotFound))?;
    Ok(Json(listing::cancel(&state, who.id, id).await?))
}

/// Lift the voluntary block of a number (a permanent one only at an office).
#[utoipa::path(
    post, path = "/api/blocking/unblock", tag = "services",
    request_body = UnblockRequest,
    responses(
        (status = 200, description = "Unblocked", body = BlockingView),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "No such account of this customer", body = ApiError),
        (status = 409, description = "not_blocked, block_permanent, service_not_available", body = ApiError),
    )
)]
pub async fn unblock(
    State(state): State<AppState>,
    who: CurrentCustomer,
    ApiJson(req): ApiJson<UnblockRequest>,
) -> Result<Json<BlockingView>, HttpError> {
    let account = owned_account(&state, who.id, req.account_id).await?;
    Ok(Json(listing::unblock(&state, who.id, &account).await?))
}
