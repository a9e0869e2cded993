//! `GET /api/dashboard`: everything the top of every page shows, in one round trip (PRODUCT 2).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Money;
use crate::api::promised::OpenPromised;
use crate::service::ServiceKind;
use crate::tariff::Package;

/// One service account of the customer, for the account switcher.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountSummary {
    /// The id other account endpoints take (`?account=`).
    pub id: i64,
    pub account_number: String,
    pub contract_number: String,
    pub service: ServiceKind,
    /// The phone number, address or contract number people recognise the account by.
    pub label: String,
    /// Negative means debt.
    pub balance: Money,
}

/// The tariff an account is on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TariffSummary {
    pub id: String,
    pub name: String,
    pub monthly_fee: Money,
}

/// The package of this billing period: what the tariff includes, what was used, what is left.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PackageUsage {
    pub period_start: NaiveDate,
    /// The first day after the period.
    pub period_end: NaiveDate,
    pub included: Package,
    pub used: Package,
    pub remaining: Package,
}

/// The next scheduled charge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NextCharge {
    pub date: NaiveDate,
    pub amount: Money,
}

/// The selected account in detail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountOverview {
    pub account: AccountSummary,
    /// The balance is below zero: shown plainly as a debt.
    pub in_debt: bool,
    pub tariff: Option<TariffSummary>,
    /// Absent when the tariff includes no minutes, SMS or data.
    pub package: Option<PackageUsage>,
    pub next_charge: Option<NextCharge>,
    /// The unpaid promised payment of the account, for the countdown.
    pub promised: Option<OpenPromised>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Dashboard {
    /// Every service account of the customer, in a stable order.
    pub accounts: Vec<AccountSummary>,
    /// The account asked for, or the first one.
    pub selected: AccountOverview,
}
