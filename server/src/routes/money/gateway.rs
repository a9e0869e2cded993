use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use hmac::{Hmac, Mac};
use secrecy::ExposeSecret;
use sha2::Sha256;
use shared::api::payments::{GATEWAY_SIGNATURE_HEADER, GatewayPaymentRequest, PaymentView};
use shared::{ApiError, ErrorCode};

use crate::domain::money::payments::{self, Answer};
use crate::http::HttpError;
use crate::state::AppState;

fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

/// True when `signature` (hex) is the HMAC-SHA256 of `body` under `secret`, compared in
/// constant time. An empty secret (the gateway not configured) accepts nothing.
pub fn signed(secret: &[u8], body: &[u8], signature: &str) -> bool {
    if secret.is_empty() {
        return false;
    }
    let Some(given) = unhex(signature.trim()) else {
        return false;
    };
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret) else {
        return false;
    };
    mac.update(body);
    mac.verify_slice(&given).is_ok()
}

/// A payment received by another channel (bank transfer, terminal, post, e-wallet), posted
/// by the payment gateway. The body is signed: header `X-Gateway-Signature` = hex
/// HMAC-SHA256 of the raw body with the `gateway_secret` setting. The gateway's
/// `payment_id` is the idempotency key: posting it again replays the first answer.
#[utoipa::path(
    post, path = "/api/gateway/payments", tag = "gateway",
    request_body = GatewayPaymentRequest,
    params(("X-Gateway-Signature" = String, Header, description = "hex HMAC-SHA256 of the raw body")),
    responses(
        (status = 201, description = "Recorded (or replayed)", body = PaymentView),
        (status = 400, description = "malformed_json", body = ApiError),
        (status = 401, description = "gateway_signature_invalid", body = ApiError),
        (status = 404, description = "No such personal account", body = ApiError),
        (status = 422, description = "A field is invalid, or idempotency_key_reused", body = ApiError),
    )
)]
pub async fn post(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Answer, HttpError> {
    let signature = headers
        .get(GATEWAY_SIGNATURE_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let secret = state.settings.gateway_secret.expose_secret().as_bytes();
    if !signed(secret, &body, signature) {
        return Err(HttpError::new(ErrorCode::GatewaySignatureInvalid));
    }
    let req: GatewayPaymentRequest = serde_json::from_slice(&body).map_err(|e| {
        let mut err = ApiError::new(ErrorCode::MalformedJson);
        err.message = format!("{} ({e})", err.message);
        HttpError(err)
    })?;
    payments::from_gateway(&state, &req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_are_checked() {
        let mut mac = Hmac::<Sha256>::new_from_slice(b"k").expect("key");
        mac.update(b"{}");
        let good = crate::domain::secrets::hex(&mac.finalize().into_bytes());
        assert!(signed(b"k", b"{}", &good));
        assert!(signed(b"k", b"{}", &good.to_uppercase()));
        assert!(!signed(b"k", b"{} ", &good));
        assert!(!signed(b"other", b"{}", &good));
        assert!(!signed(b"", b"{}", &good));
        assert!(!signed(b"k", b"{}", "zz"));
        assert!(!signed(b"k", b"{}", ""));
    }
}
