//! Storage of tariffs and services: the options catalogue, what is connected to each account
//! (subscriptions, never deleted: ended instead), the activation log, home internet
//! connections, and the two writes that charge: [`ServicesStore::apply_change`] (a confirmed
//! preview, under its idempotency key, with its guards checked inside the transaction) and
//! [`ServicesStore::accrue_fee`] (at most once per unique key).

#[macro_use]
mod sql;
mod postgres;
mod sqlite;

use async_trait::async_trait;
use shared::api::services::{ActivationAction, ActivationChannel, ConnectedKind};
use shared::service::ServiceKind;
use shared::tariff::OptionPrice;
use shared::{ErrorCode, Money};

use super::StoreError;
use super::identity::CustomerId;
use super::money::{IdempotentWrite, NewEntry, StoredResponse};

/// An option of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionRecord {
    pub id: String,
    pub service: ServiceKind,
    pub name: String,
    pub effect: String,
    pub price: OptionPrice,
}

/// Something connected to an account, now or before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubscriptionRecord {
    pub id: i64,
    pub account_id: i64,
    pub kind: ConnectedKind,
    pub item_id: String,
    pub name: String,
    pub monthly_fee: Money,
    pub variant: Option<String>,
    pub started_at: i64,
    pub ended_at: Option<i64>,
    /// What it has cost: minus the sum of its entries (for a tariff also the monthly fees
    /// charged while it was on).
    pub cost: Money,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSubscription {
    pub kind: ConnectedKind,
    pub item_id: String,
    pub name: String,
    pub monthly_fee: Money,
    pub variant: Option<String>,
    pub started_at: i64,
}

/// Which connected item an entry pays for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubRef {
    None,
    /// The n-th of [`ServiceChange::open`].
    Opened(usize),
    /// The item of this kind that the change ends (see [`ServiceChange::close_kind`]).
    Closed,
    Existing(i64),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewActivation {
    pub account_id: i64,
    pub at: i64,
    pub action: ActivationAction,
    pub kind: ConnectedKind,
    pub item_id: String,
    pub name: String,
    pub channel: ActivationChannel,
    pub actor: String,
}

pub type ActivationRecord = NewActivation;

/// Everything a confirmed change writes, and what must still hold when it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceChange {
    pub customer_id: CustomerId,
    pub account_id: i64,
    /// When it happens (Unix seconds): items opened and ended at this time.
    pub at: i64,
    /// Taken from the balance now: refused with `insufficient_balance` unless covered
    /// (`shared::charge::balance_after`).
    pub charge: Money,
    /// The account must still be on this tariff (else `quote_stale`).
    pub expect_tariff: Option<String>,
    /// The period's fee as the quote saw it (else `quote_stale`): charged (its effect key
    /// exists), or not yet, and then this change takes the key, so the fee run skips it.
    pub period_fee: Option<PeriodFeeGuard>,
    /// Puts the account on this tariff.
    pub set_tariff: Option<String>,
    /// Ends the active item of this kind (the tariff, the chosen TV base).
    pub close_kind: Option<ConnectedKind>,
    /// When `close_kind` finds nothing active: the item to record as having run until now
    /// (a tariff from before items were recorded), so [`SubRef::Closed`] has a row.
    pub close_fallback: Option<NewSubscription>,
    /// Refused with the code when an item of the kind is active.
    pub refuse_if_active: Option<(ConnectedKind, ErrorCode)>,
    /// Refused with the code when the active items of the kind plus those opened would
    /// exceed the number.
    pub limit: Option<(ConnectedKind, usize, ErrorCode)>,
    /// New items; one already active (same kind and item) refuses with `already_connected`.
    pub open: Vec<NewSubscription>,
    pub entries: Vec<(NewEntry, SubRef)>,
    pub log: Vec<NewActivation>,
}

/// The effect key of a period's fee (`fee:<account>:<period start>`) and whether the quote
/// found it charged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodFeeGuard {
    pub key: String,
    pub charged: bool,
}

/// What [`ServicesStore::apply_change`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    Done,
    /// The idempotency key was used before; nothing was written.
    Replay(StoredResponse),
    /// A guard failed; nothing was written.
    Refused(ErrorCode),
}

/// A home internet connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InternetRecord {
    pub account_id: i64,
    pub address: String,
    pub ip: String,
    pub equipment: Vec<String>,
    pub traffic_used_mb: u64,
}

#[async_trait]
pub trait ServicesStore: Send + Sync {
    /// Inserts options whose id is new; returns how many.
    async fn insert_options(&self, options: &[OptionRecord]) -> Result<u64, StoreError>;
    /// The catalogue for one service type, in catalogue order.
    async fn options(&self, service: ServiceKind) -> Result<Vec<OptionRecord>, StoreError>;
    /// An account's items, oldest first; `active_only` leaves out ended ones.
    async fn subscriptions(
        &self,
        account: i64,
        active_only: bool,
    ) -> Result<Vec<SubscriptionRecord>, StoreError>;
    /// Temporary and lost-phone blocks active or ended at or after `ended_since` whose daily
    /// fees are not charged through `through` (a day, YYYY-MM-DD).
    async fn accruing_blocks(
        &self,
        ended_since: i64,
        through: &str,
    ) -> Result<Vec<AccruingItem>, StoreError>;
    /// Items with a monthly fee (not tariffs or blocks) active or ended at or after
    /// `ended_since`, started before `started_before`, whose monthly fees are not charged
    /// through the period starting `through` (YYYY-MM-DD).
    async fn accruing_monthly(
        &self,
        ended_since: i64,
        started_before: i64,
        through: &str,
    ) -> Result<Vec<AccruingItem>, StoreError>;
    /// Writes a confirmed change in one transaction that holds the customer's row; with
    /// `idem`, only if the key is new.
    async fn apply_change(
        &self,
        idem: Option<IdempotentWrite<'_>>,
        change: &ServiceChange,
    ) -> Result<Applied, StoreError>;
    /// The response stored under an idempotency key, if the key was used.
    async fn idempotent_response(
        &self,
        scope: &str,
        key: &str,
    ) -> Result<Option<StoredResponse>, StoreError>;
    /// Ends an active item of the account with its log line; false when it was not active.
    async fn end_subscription(
        &self,
        account: i64,
        id: i64,
        at: i64,
        log: &NewActivation,
    ) -> Result<bool, StoreError>;
    /// Appends `entry` for `subscription` unless an entry with `dedup_key` exists, and moves
    /// the item's charged-through mark to `through` (never back), in one transaction; true
    /// when appended now.
    async fn accrue_fee(
        &self,
        entry: &NewEntry,
        subscription: i64,
        dedup_key: &str,
        through: &str,
    ) -> Result<bool, StoreError>;
    /// The account's activation log, newest first.
    async fn activation_log(
        &self,
        account: i64,
        limit: i64,
    ) -> Result<Vec<ActivationRecord>, StoreError>;
    async fn internet(&self, account: i64) -> Result<Option<InternetRecord>, StoreError>;
    /// Inserts the connection unless the account has one; true when inserted.
    async fn insert_internet(&self, record: &InternetRecord) -> Result<bool, StoreError>;
}

fn price_parts(price: OptionPrice) -> (&'static str, i64) {
    match price {
        OptionPrice::Monthly(m) => ("monthly", m.kopecks()),
        OptionPrice::Daily(m) => ("daily", m.kopecks()),
        OptionPrice::OneOff(m) => ("one_off", m.kopecks()),
        OptionPrice::Free => ("free", 0),
    }
}

fn price_of(kind: &str, amount: i64) -> OptionPrice {
    let m = Money::from_kopecks(amount);
    match kind {
        "monthly" => OptionPrice::Monthly(m),
        "daily" => OptionPrice::Daily(m),
        "one_off" => OptionPrice::OneOff(m),
        _ => OptionPrice::Free,
    }
}

type OptionRow = (String, String, String, String, String, i64);

fn option_from_row(r: OptionRow) -> OptionRecord {
    OptionRecord {
        service: ServiceKind::from_name(&r.1).unwrap_or(ServiceKind::Mobile),
        id: r.0,
        name: r.2,
        effect: r.3,
        price: price_of(&r.4, r.5),
    }
}

/// A connected item whose fees fall due with time, with where its charging stopped.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AccruingItem {
    pub id: i64,
    pub account_id: i64,
    pub name: String,
    pub monthly_fee: i64,
    pub started_at: i64,
    pub ended_at: Option<i64>,
    /// The last day (blocks) or period start (monthly items) charged, YYYY-MM-DD.
    pub charged_through: Option<String>,
}

/// The columns of [`AccruingItem`].
const ACCRUING_SELECT: &str = "SELECT id, service_account_id AS account_id, name, monthly_fee, \
     started_at, ended_at, charged_through FROM subscriptions";

type SubRow = (
    i64,
    i64,
    String,
    String,
    String,
    i64,
    Option<String>,
    i64,
    Option<i64>,
    Option<i64>,
);

/// Columns of [`SubRow`]: the cost is minus the sum of linked entries, plus for a tariff the
/// monthly fees not linked to any item that fell while it was on.
const SUB_SELECT: &str = "SELECT s.id, s.service_account_id, s.kind, s.item_id, s.name, \
     s.monthly_fee, s.variant, s.started_at, s.ended_at, \
     CAST(-(SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entries e \
       WHERE e.subscription_id = s.id \
       OR (s.kind = 'tariff' AND e.subscription_id IS NULL \
           AND e.service_account_id = s.service_account_id AND e.kind = 'subscription_fee' \
           AND e.created_at >= s.started_at \
           AND (s.ended_at IS NULL OR e.created_at < s.ended_at))) AS BIGINT) \
     FROM subscriptions s";

fn sub_from_row(r: SubRow) -> SubscriptionRecord {
    SubscriptionRecord {
        id: r.0,
        account_id: r.1,
        kind: ConnectedKind::from_name(&r.2).unwrap_or(ConnectedKind::Option),
        item_id: r.3,
        name: r.4,
        monthly_fee: Money::from_kopecks(r.5),
        variant: r.6,
        started_at: r.7,
        ended_at: r.8,
        cost: Money::from_kopecks(r.9.unwrap_or_default()),
    }
}

type LogRow = (i64, i64, String, String, String, String, String, String);

fn log_from_row(r: LogRow) -> ActivationRecord {
    ActivationRecord {
        account_id: r.0,
        at: r.1,
        action: if r.2 == "disconnected" {
            ActivationAction::Disconnected
        } else {
            ActivationAction::Connected
        },
        kind: ConnectedKind::from_name(&r.3).unwrap_or(ConnectedKind::Option),
        item_id: r.4,
        name: r.5,
        channel: ActivationChannel::from_name(&r.6).unwrap_or(ActivationChannel::Operator),
        actor: r.7,
    }
}

fn action_name(a: ActivationAction) -> &'static str {
    match a {
        ActivationAction::Connected => "connected",
        ActivationAction::Disconnected => "disconnected",
    }
}
