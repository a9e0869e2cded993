//! `/api/bonus`: the customer's bonus points (PRODUCT 5) — balance and history, the rewards
//! catalogue, spending points on the monthly fee or a reward, and transferring them to
//! another number of the operator (each with an `Idempotency-Key`). The rules are
//! [`crate::bonus`].

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Money;
use crate::bonus::Points;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum BonusEntryKind {
    /// Earned by a payment: 1 point per full 10 ₽.
    Accrual,
    /// Spent on a monthly fee.
    Fee,
    /// Spent on a reward of the catalogue.
    Reward,
    /// Transferred to another number (`detail` is that number).
    TransferOut,
    /// Received from another number (`detail` is that number).
    TransferIn,
}

impl BonusEntryKind {
    /// The stored name, as serialised.
    pub const fn as_str(self) -> &'static str {
        match self {
            BonusEntryKind::Accrual => "accrual",
            BonusEntryKind::Fee => "fee",
            BonusEntryKind::Reward => "reward",
            BonusEntryKind::TransferOut => "transfer_out",
            BonusEntryKind::TransferIn => "transfer_in",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        [
            BonusEntryKind::Accrual,
            BonusEntryKind::Fee,
            BonusEntryKind::Reward,
            BonusEntryKind::TransferOut,
            BonusEntryKind::TransferIn,
        ]
        .into_iter()
        .find(|k| k.as_str() == name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BonusEntry {
    pub id: i64,
    pub kind: BonusEntryKind,
    /// Positive when earned, negative when spent.
    pub points: i64,
    pub at: DateTime<Utc>,
    pub payment_id: Option<String>,
    /// The reward id, the fee's account and month, or the other number of a transfer (E.164).
    pub detail: String,
}

/// `GET /api/bonus`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BonusView {
    pub balance: Points,
    /// Newest first (at most 100).
    pub history: Vec<BonusEntry>,
    /// The customer's own mobile numbers (E.164): a transfer to one of them is to self.
    pub numbers: Vec<String>,
    /// Points transferred today (UTC day) so far.
    pub sent_today: Points,
    /// The most that may be transferred per day ([`crate::bonus::TRANSFER_DAILY_LIMIT`]).
    pub transfer_daily_limit: Points,
    /// The smallest transfer ([`crate::bonus::TRANSFER_MIN`]).
    pub transfer_min: Points,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RewardItem {
    pub id: String,
    pub name_ru: String,
    pub name_en: String,
    pub price: Points,
}

/// `POST /api/bonus/fee`: pay this month's fee of an account with points (as many as fit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct RedeemFee {
    pub account_id: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeePaid {
    pub account_id: i64,
    pub points_spent: Points,
    /// Credited to the account (a bonus-redemption ledger entry).
    pub covered: Money,
    /// What of the fee the points did not cover.
    pub still_due: Money,
    pub balance: Points,
}

/// `POST /api/bonus/rewards`: buy a reward with points.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct RedeemReward {
    pub reward_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RewardBought {
    pub reward: RewardItem,
    pub balance: Points,
}

/// `POST /api/bonus/transfer`: give points to another mobile number of the operator.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct TransferPoints {
    /// The receiver's mobile number, in any form [`crate::ids::Phone`] accepts.
    pub to: String,
    pub points: u64,
}

/// The transfer made: the receiver's number (E.164) and the points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PointsTransferred {
    pub to: String,
    pub points: Points,
}
