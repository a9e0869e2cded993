use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use shared::api::payments::{
    CardPaymentRequest, PaymentStatus, PaymentView, SavedCardPaymentRequest,
};
use shared::{ApiError, ErrorCode};

use super::key_of;
use crate::domain::money::payments::{self, Answer, owned_payment};
use crate::domain::money::receipt;
use crate::http::{ApiJson, CurrentCustomer, HttpError};
use crate::state::AppState;

/// Top up an account by a bank card. Test cards: 4111 1111 1111 1111 (approved),
/// 4000 0000 0000 0002 (declined), 4000 0000 0000 9995 (insufficient funds),
/// 4000 0000 0000 3220 (3-D Secure: confirm at `challenge_url` with code 123456).
#[utoipa::path(
    post, path = "/api/payments/card", tag = "money",
    request_body = CardPaymentRequest,
    params(("Idempotency-Key" = String, Header, description = "unique per payment attempt; a retry with the same key replays the answer")),
    responses(
        (status = 201, description = "Paid", body = PaymentView),
        (status = 202, description = "3-D Secure confirmation needed at challenge_url", body = PaymentView),
        (status = 400, description = "idempotency_key_required", body = ApiError),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 402, description = "card_declined or insufficient_funds", body = ApiError),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "No such account of this customer", body = ApiError),
        (status = 422, description = "A field is invalid, or idempotency_key_reused", body = ApiError),
    )
)]
pub async fn card(
    State(state): State<AppState>,
    who: CurrentCustomer,
    headers: HeaderMap,
    body: Result<ApiJson<CardPaymentRequest>, HttpError>,
) -> Result<Answer, HttpError> {
    let key = key_of(&headers)?;
    let ApiJson(req) = body?;
    payments::by_card(&state, who.id, &key, &req).await
}

/// Top up an account by a saved card.
#[utoipa::path(
    post, path = "/api/payments/saved-card", tag = "money",
    request_body = SavedCardPaymentRequest,
    params(("Idempotency-Key" = String, Header, description = "unique per payment attempt")),
    responses(
        (status = 201, description = "Paid", body = PaymentView),
        (status = 202, description = "3-D Secure confirmation needed", body = PaymentView),
        (status = 400, description = "idempotency_key_required", body = ApiError),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 402, description = "card_declined or insufficient_funds", body = ApiError),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "No such account or card of this customer", body = ApiError),
        (status = 422, description = "A field is invalid, or idempotency_key_reused", body = ApiError),
    )
)]
pub async fn saved_card(
    State(state): State<AppState>,
    who: CurrentCustomer,
    headers: HeaderMap,
    body: Result<ApiJson<SavedCardPaymentRequest>, HttpError>,
) -> Result<Answer, HttpError> {
    let key = key_of(&headers)?;
    let ApiJson(req) = body?;
    payments::by_saved_card(&state, who.id, &key, &req).await
}

/// One payment of the customer (e.g. after 3-D Secure).
#[utoipa::path(
    get, path = "/api/payments/{id}", tag = "money",
    params(("id" = String, Path, description = "payment id")),
    responses(
        (status = 200, description = "The payment", body = PaymentView),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such payment of this customer", body = ApiError),
    )
)]
pub async fn get(
    State(state): State<AppState>,
    who: CurrentCustomer,
    Path(id): Path<String>,
) -> Result<Json<PaymentView>, HttpError> {
    let (p, account) = owned_payment(&state, who.id, &id).await?;
    Ok(Json(payments::view(&p, &account.account_number)))
}

/// The electronic receipt of a completed payment (PDF).
#[utoipa::path(
    get, path = "/api/payments/{id}/receipt.pdf", tag = "money",
    params(("id" = String, Path, description = "payment id")),
    responses(
        (status = 200, description = "The receipt", content_type = "application/pdf", body = Vec<u8>),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such payment of this customer", body = ApiError),
        (status = 409, description = "payment_not_completed", body = ApiError),
    )
)]
pub async fn receipt(
    State(state): State<AppState>,
    who: CurrentCustomer,
    Path(id): Path<String>,
) -> Result<Response, HttpError> {
    let (p, account) = owned_payment(&state, who.id, &id).await?;
    if p.status != PaymentStatus::Succeeded.as_str() {
        return Err(HttpError::new(ErrorCode::PaymentNotCompleted));
    }
    let pdf = receipt::render(&p, &account).map_err(|e| {
        tracing::error!(error = %e, "receipt rendering failed");
        HttpError::new(ErrorCode::Internal)
    })?;
    let disposition = format!("inline; filename=\"receipt-{}.pdf\"", p.id);
    let mut res = ([(header::CONTENT_TYPE, "application/pdf")], pdf).into_response();
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    Ok(res)
}
