//! `/api/bonus`: the customer's bonus points (PRODUCT 5) — balance and history, the rewards
//! catalogue, and spending points on the monthly fee or a reward (each with an
//! `Idempotency-Key`). The rules are [`crate::bonus`].

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
    /// The reward id or the fee's account and month.
    pub detail: String,
}

/// `GET /api/bonus`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BonusView {
    pub balance: Points,
    /// Newest first (at most 100).
    pub history: Vec<BonusEntry>,
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
