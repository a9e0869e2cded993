//! Top-ups (PRODUCT 3): by card (with 3-D Secure), by saved card, and payments posted by the
//! payment gateway. Every top-up request carries an `Idempotency-Key` header.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Money;
use crate::card::CardExpiry;
use crate::ledger::PaymentMethod;

/// The header every top-up must carry: a retry with the same key never pays twice.
pub const IDEMPOTENCY_KEY_HEADER: &str = "idempotency-key";
/// Longest accepted idempotency key.
pub const IDEMPOTENCY_KEY_MAX_LEN: usize = 100;
/// The payment gateway signs the raw body with HMAC-SHA256 and sends it here, hex encoded.
pub const GATEWAY_SIGNATURE_HEADER: &str = "x-gateway-signature";

/// `POST /api/payments/card`: pay by a card typed in the form.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct CardPaymentRequest {
    pub account_id: i64,
    /// Kopecks.
    pub amount: Money,
    pub card_number: String,
    /// `MM/YY`.
    pub expiry: String,
    pub cvc: String,
    /// Keep a token of the card for next time (only the last 4 digits and expiry are stored).
    pub save_card: bool,
}

/// `POST /api/payments/saved-card`: pay by a saved card.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct SavedCardPaymentRequest {
    pub account_id: i64,
    pub card_id: String,
    pub amount: Money,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PaymentStatus {
    /// Money is on the balance.
    Succeeded,
    /// Waiting for the 3-D Secure confirmation at `challenge_url`.
    RequiresConfirmation,
    /// Refused by the bank; nothing was charged.
    Declined,
    /// 3-D Secure was not passed; nothing was charged.
    Failed,
}

impl PaymentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            PaymentStatus::Succeeded => "succeeded",
            PaymentStatus::RequiresConfirmation => "requires_confirmation",
            PaymentStatus::Declined => "declined",
            PaymentStatus::Failed => "failed",
        }
    }

    pub fn from_name(name: &str) -> Option<PaymentStatus> {
        [
            PaymentStatus::Succeeded,
            PaymentStatus::RequiresConfirmation,
            PaymentStatus::Declined,
            PaymentStatus::Failed,
        ]
        .into_iter()
        .find(|s| s.as_str() == name)
    }
}

/// A payment as the customer (or the gateway) sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PaymentView {
    pub id: String,
    pub account_id: i64,
    pub account_number: String,
    pub amount: Money,
    pub method: PaymentMethod,
    pub status: PaymentStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_last4: Option<String>,
    pub created_at: DateTime<Utc>,
    /// Where to send the browser for 3-D Secure, while `requires_confirmation`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenge_url: Option<String>,
    /// The PDF receipt, once `succeeded`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receipt_url: Option<String>,
    /// The card saved by this payment (`save_card`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved_card_id: Option<String>,
}

/// A saved card: a token, the last 4 digits and the expiry. Never the number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SavedCard {
    pub id: String,
    pub last4: String,
    pub expiry: CardExpiry,
    pub created_at: DateTime<Utc>,
}

/// `POST /api/gateway/payments`: a payment received by another channel.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct GatewayPaymentRequest {
    /// The gateway's own payment id: the idempotency key of this payment.
    pub payment_id: String,
    /// The personal account number (12 digits) the payer named.
    pub account_number: String,
    pub amount: Money,
    /// `bank_transfer`, `terminal`, `post` or `e_wallet`.
    pub method: String,
}
