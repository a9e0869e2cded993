//! `/api/expenses`: expense control of an account (PRODUCT 7) — the monthly limit with its
//! status and forecast ([`crate::expense`]), spending by category per month for charts, and
//! the statistics of services provided per month.

use serde::{Deserialize, Serialize};

use crate::Money;
use crate::expense::ExpenseStatus;
use crate::ledger::EntryKind;
use crate::tariff::UsageKind;

/// `PUT /api/expenses/limit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetExpenseLimit {
    pub account_id: i64,
    /// Above zero ([`crate::expense::ExpenseLimit`]).
    pub limit: Money,
}

/// `GET /api/expenses?account=ID`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExpenseView {
    pub account_id: i64,
    /// `YYYY-MM` of the current month.
    pub month: String,
    /// Charges less refunds this month so far.
    pub spent: Money,
    /// Month-end forecast from the spend so far.
    pub forecast: Money,
    /// With a limit set: percent, alert level, forecast against the limit.
    pub status: Option<ExpenseStatus>,
}

/// Spending of one category (ledger kind) in a month; positive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CategorySpend {
    pub kind: EntryKind,
    pub amount: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonthSpend {
    /// `YYYY-MM`.
    pub month: String,
    pub total: Money,
    pub categories: Vec<CategorySpend>,
}

/// Usage of one kind in a month, in billing units (minutes, messages, megabytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceUsage {
    pub kind: UsageKind,
    pub quantity: u64,
    pub from_package: u64,
    pub billed: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonthServices {
    /// `YYYY-MM`.
    pub month: String,
    pub usage: Vec<ServiceUsage>,
    /// Monthly fees and service fees charged that month.
    pub fees: Money,
}
