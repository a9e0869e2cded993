//! `GET/POST /api/promised`: the promised payment of an account (PRODUCT 6).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Money;
use crate::promised::{Ineligible, PromisedOffer, PromisedStatus};

/// `POST /api/promised`: take a promised payment.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct TakePromised {
    pub account_id: i64,
    pub amount: Money,
}

/// An unpaid promised payment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OpenPromised {
    pub amount: Money,
    pub fee: Money,
    /// Still to repay (amount + fee, less what payments repaid).
    pub outstanding: Money,
    pub taken_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub status: PromisedStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PromisedView {
    pub account_id: i64,
    /// What may be taken now, when eligible.
    pub offer: Option<PromisedOffer>,
    /// Why not, when not eligible.
    pub ineligible: Option<Ineligible>,
    pub open: Option<OpenPromised>,
}

/// `GET /api/restriction?account=ID`: whether the account's service is restricted (a
/// promised payment expired unpaid); lifted by the payment that repays it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RestrictionView {
    pub account_id: i64,
    pub restricted: bool,
    /// `promised_unpaid` when restricted.
    pub reason: Option<String>,
    pub since: Option<DateTime<Utc>>,
}
