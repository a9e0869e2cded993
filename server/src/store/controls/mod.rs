//! Storage of the money controls run by the job runner (issue 7): auto-payment rules and
//! their attempts, expense limits, service restrictions, the monthly statistics behind the
//! expense charts, and what the scheduler scans. Every customer query is scoped by customer.

#[macro_use]
mod sql;
mod postgres;
mod sqlite;

use async_trait::async_trait;
use shared::Money;
use shared::autopay::{AutopaySettings, AutopayTrigger};

use super::identity::CustomerId;
use super::money::PromisedRecord;
use super::{LimitRule, StoreError};

/// A saved auto-payment rule (not deleted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AutopayRuleRow {
    pub id: i64,
    pub customer_id: CustomerId,
    pub account_id: i64,
    pub card_id: String,
    pub settings: AutopaySettings,
    pub paused: bool,
    pub version: i64,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AutopayAttemptRow {
    pub id: i64,
    pub rule_id: i64,
    pub trigger_key: String,
    pub amount: Money,
    pub outcome: String,
    pub payment_id: Option<String>,
    pub created_at: i64,
}

/// What a rule has paid since two moments, and when its day trigger last ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AutopayPaid {
    pub since_day: Money,
    pub since_month: Money,
    pub last_day_run: Option<i64>,
}

/// An unpaid promised payment with its account, as the scheduler sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenPromisedRow {
    pub account_id: i64,
    pub customer_id: CustomerId,
    pub promised: PromisedRecord,
}

/// A bonus ledger row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BonusRow {
    pub id: i64,
    /// `accrual`, `fee`, `reward`, `transfer_out` or `transfer_in`.
    pub kind: String,
    pub points: i64,
    pub created_at: i64,
    pub payment_id: Option<String>,
    pub detail: String,
}

/// Usage of one kind in a range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageTotal {
    pub kind: String,
    pub quantity: i64,
    pub from_package: i64,
    pub billed: i64,
}

fn trigger_columns(t: AutopayTrigger) -> (&'static str, Option<i64>, Option<i64>) {
    match t {
        AutopayTrigger::BalanceBelow { threshold } => {
            ("balance_below", Some(threshold.kopecks()), None)
        }
        AutopayTrigger::DayOfMonth { day } => ("day_of_month", None, Some(i64::from(day))),
    }
}

type RuleRow = (
    i64,
    i64,
    i64,
    String,
    String,
    Option<i64>,
    Option<i64>,
    i64,
    i64,
    i64,
    bool,
    i64,
    i64,
);

const RULE_COLUMNS: &str = "id, customer_id, service_account_id, card_id, trigger_kind, \
     threshold, day_of_month, amount, daily_cap, monthly_cap, paused, version, created_at";

fn rule_from_row(r: RuleRow) -> AutopayRuleRow {
    let trigger = if r.4 == "day_of_month" {
        AutopayTrigger::DayOfMonth {
            day: u32::try_from(r.6.unwrap_or(1)).unwrap_or(1),
        }
    } else {
        AutopayTrigger::BalanceBelow {
            threshold: Money::from_kopecks(r.5.unwrap_or_default()),
        }
    };
    AutopayRuleRow {
        id: r.0,
        customer_id: r.1,
        account_id: r.2,
        card_id: r.3,
        settings: AutopaySettings {
            trigger,
            amount: Money::from_kopecks(r.7),
            daily_cap: Money::from_kopecks(r.8),
            monthly_cap: Money::from_kopecks(r.9),
        },
        paused: r.10,
        version: r.11,
        created_at: r.12,
    }
}

#[async_trait]
pub trait ControlsStore: Send + Sync {
    /// Adds a rule to an account when `limit` allows one more (counted in the transaction).
    async fn insert_autopay_rule(
        &self,
        customer: CustomerId,
        account: i64,
        card_id: &str,
        settings: &AutopaySettings,
        now: i64,
        limit: LimitRule,
    ) -> Result<super::Insert, StoreError>;
    /// Replaces a rule's card and settings; false when it is not this customer's.
    async fn update_autopay_rule(
        &self,
        customer: CustomerId,
        id: i64,
        card_id: &str,
        settings: &AutopaySettings,
    ) -> Result<bool, StoreError>;
    /// Pauses, resumes or deletes a rule; false when it is not this customer's.
    async fn set_autopay_rule_state(
        &self,
        customer: CustomerId,
        id: i64,
        paused: bool,
        deleted: bool,
    ) -> Result<bool, StoreError>;
    /// The customer's rules, oldest first.
    async fn autopay_rules_of(
        &self,
        customer: CustomerId,
    ) -> Result<Vec<AutopayRuleRow>, StoreError>;
    /// A rule that is not deleted.
    async fn autopay_rule(&self, id: i64) -> Result<Option<AutopayRuleRow>, StoreError>;
    /// Every rule that is neither paused nor deleted.
    async fn active_autopay_rules(&self) -> Result<Vec<AutopayRuleRow>, StoreError>;
    /// A rule's attempts, newest first.
    async fn autopay_attempts(
        &self,
        rule: i64,
        limit: i64,
    ) -> Result<Vec<AutopayAttemptRow>, StoreError>;
    async fn autopay_paid(
        &self,
        rule: i64,
        day_start: i64,
        month_start: i64,
    ) -> Result<AutopayPaid, StoreError>;

    async fn set_expense_limit(
        &self,
        account: i64,
        limit: Option<Money>,
        now: i64,
    ) -> Result<(), StoreError>;
    async fn expense_limit(&self, account: i64) -> Result<Option<Money>, StoreError>;
    /// `(account, customer, limit)` of every account with a limit.
    async fn expense_limits(&self) -> Result<Vec<(i64, CustomerId, Money)>, StoreError>;
    /// Charges less refunds per ledger kind in `[from, to)` (positive = spent).
    async fn spend_by_kind(
        &self,
        account: i64,
        from: i64,
        to: i64,
    ) -> Result<Vec<(String, Money)>, StoreError>;
    async fn usage_totals(
        &self,
        account: i64,
        from: i64,
        to: i64,
    ) -> Result<Vec<UsageTotal>, StoreError>;

    /// The customer's points (the sum of the bonus ledger).
    async fn bonus_balance(&self, customer: CustomerId) -> Result<i64, StoreError>;
    /// Points the customer has transferred to others since `since` (Unix seconds).
    async fn bonus_sent_since(&self, customer: CustomerId, since: i64) -> Result<i64, StoreError>;
    /// The customer's bonus ledger, newest first.
    async fn bonus_history(
        &self,
        customer: CustomerId,
        limit: i64,
    ) -> Result<Vec<BonusRow>, StoreError>;

    /// `(reason, since)` of the account's active restriction, if any.
    async fn restriction(&self, account: i64) -> Result<Option<(String, i64)>, StoreError>;
    async fn open_promised_all(&self) -> Result<Vec<OpenPromisedRow>, StoreError>;
}
