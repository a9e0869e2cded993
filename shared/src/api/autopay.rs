//! `/api/autopay`: auto-payment rules of the signed-in customer's accounts and every attempt
//! the job runner made (PRODUCT 3). The rule itself is [`crate::autopay`].

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Money;
use crate::autopay::AutopaySettings;

/// `POST /api/autopay` (and `PUT /api/autopay/{id}`): a rule for one account, paid from one
/// saved card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AutopayRequest {
    pub account_id: i64,
    /// A saved card of the customer (`GET /api/cards`).
    pub card_id: String,
    #[serde(flatten)]
    pub settings: AutopaySettings,
}

/// `PATCH`-like state change: `POST /api/autopay/{id}/pause` and `/resume`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AutopayState {
    Active,
    Paused,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AutopayView {
    pub id: i64,
    pub account_id: i64,
    pub card_id: String,
    #[serde(flatten)]
    pub settings: AutopaySettings,
    pub state: AutopayState,
    /// Paid by this rule today and this calendar month (succeeded attempts).
    pub paid_today: Money,
    pub paid_this_month: Money,
    pub created_at: DateTime<Utc>,
}

/// What an attempt came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AutopayOutcome {
    Succeeded,
    Declined,
    InsufficientFunds,
    /// The card's bank wants 3-D Secure, which an unattended payment cannot pass.
    ConfirmationRequired,
    /// The daily or monthly cap left no room for the amount: skipped.
    OverCap,
    /// The saved card is gone or has expired.
    CardUnavailable,
}

impl AutopayOutcome {
    pub const ALL: [AutopayOutcome; 6] = [
        Self::Succeeded,
        Self::Declined,
        Self::InsufficientFunds,
        Self::ConfirmationRequired,
        Self::OverCap,
        Self::CardUnavailable,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Succeeded => "succeeded",
            Self::Declined => "declined",
            Self::InsufficientFunds => "insufficient_funds",
            Self::ConfirmationRequired => "confirmation_required",
            Self::OverCap => "over_cap",
            Self::CardUnavailable => "card_unavailable",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.as_str() == name)
    }
}

/// One attempt of a rule: one per (rule, trigger), however often the runner ran.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AutopayAttemptView {
    pub id: i64,
    pub rule_id: i64,
    /// `below:<n>` (the balance fell below the threshold, state n of the ledger) or
    /// `day:<YYYY-MM-DD>`.
    pub trigger: String,
    pub amount: Money,
    pub outcome: AutopayOutcome,
    pub payment_id: Option<String>,
    pub created_at: DateTime<Utc>,
}
