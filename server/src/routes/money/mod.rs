//! Money endpoints (PRODUCT 2, 3): dashboard, top-ups (card, saved card, 3-D Secure, the
//! payment gateway), saved cards, receipts and the ledger history.

pub mod autopay;
pub mod bonus;
pub mod cards;
pub mod dashboard;
pub mod expenses;
pub mod gateway;
pub mod history;
pub mod payments;
pub mod promised;
pub mod public_balance;
pub mod three_ds;
pub mod usage;

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::domain::money::payments::{Answer, idempotency_key};
use crate::http::HttpError;

/// The `Idempotency-Key` header, or 400 `idempotency_key_required`.
pub(crate) fn key_of(headers: &HeaderMap) -> Result<String, HttpError> {
    idempotency_key(
        headers
            .get(shared::api::payments::IDEMPOTENCY_KEY_HEADER)
            .and_then(|v| v.to_str().ok()),
    )
}

impl IntoResponse for Answer {
    fn into_response(self) -> Response {
        let mut res = (
            self.status,
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )],
            self.body,
        )
            .into_response();
        if self.replayed {
            res.headers_mut()
                .insert("idempotent-replayed", HeaderValue::from_static("true"));
        }
        if self.status == StatusCode::ACCEPTED {
            res.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        }
        res
    }
}
