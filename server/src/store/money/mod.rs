//! Money storage: the tariff of each account, the append-only ledger with its cached balance,
//! payments, saved cards, usage and idempotency keys. The SQL is written once in [`sql`]
//! (`$N` placeholders work on both databases) and instantiated per backend.
//!
//! Append-only: this API has no way to change or remove a ledger entry. Every entry is
//! written by [`MoneyStore::write_money`] or [`MoneyStore::confirm_payment`], each of which
//! updates the account's cached balance in the same transaction.

#[macro_use]
mod tx;
#[macro_use]
mod sql;
mod postgres;
mod sqlite;

use async_trait::async_trait;
use shared::Money;
use shared::ledger::{EntryKind, Explanation, LedgerError};
use shared::tariff::UsageKind;

use super::StoreError;
use super::identity::CustomerId;

/// A service account with its money state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountRecord {
    pub id: i64,
    pub customer_id: CustomerId,
    pub account_number: String,
    pub contract_number: String,
    /// `mobile`, `home`, `satellite` or `satellite_interactive`.
    pub kind: String,
    pub region_code: String,
    pub phone: Option<String>,
    pub address: Option<String>,
    pub balance: Money,
    pub tariff_id: Option<String>,
    /// When the account went on its tariff (Unix seconds): its age for the promised payment.
    pub tariff_since: Option<i64>,
}

/// An unpaid promised payment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PromisedRecord {
    pub id: i64,
    pub amount: Money,
    pub fee: Money,
    pub outstanding: Money,
    pub taken_at: i64,
    pub expires_at: i64,
}

/// A ledger entry to append. Only [`NewEntry::new`] makes one, so its sign matches its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEntry {
    pub(in crate::store) account_id: i64,
    pub(in crate::store) kind: EntryKind,
    pub(in crate::store) amount: Money,
    pub(in crate::store) created_at: i64,
    pub(in crate::store) explanation: Explanation,
    pub(in crate::store) payment_id: Option<String>,
}

impl NewEntry {
    /// An entry of signed `amount`; refused when the sign does not fit the kind.
    pub fn new(
        account_id: i64,
        kind: EntryKind,
        amount: Money,
        created_at: i64,
        explanation: Explanation,
        payment_id: Option<String>,
    ) -> Result<Self, LedgerError> {
        Ok(NewEntry {
            account_id,
            kind,
            amount: kind.check(amount)?,
            created_at,
            explanation,
            payment_id,
        })
    }

    pub fn amount(&self) -> Money {
        self.amount
    }

    pub fn created_at(&self) -> i64 {
        self.created_at
    }

    pub fn account_id(&self) -> i64 {
        self.account_id
    }

    pub fn kind(&self) -> EntryKind {
        self.kind
    }

    pub fn explanation(&self) -> &Explanation {
        &self.explanation
    }
}

/// A ledger entry as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryRecord {
    pub id: i64,
    pub account_id: i64,
    pub kind: EntryKind,
    pub amount: Money,
    pub created_at: i64,
    pub explanation: Explanation,
    pub payment_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPayment {
    pub id: String,
    pub customer_id: CustomerId,
    pub account_id: i64,
    pub amount: Money,
    /// `shared::ledger::PaymentMethod` name.
    pub method: String,
    /// `shared::api::payments::PaymentStatus` name.
    pub status: String,
    pub card_last4: Option<String>,
    pub saved_card_id: Option<String>,
    pub external_id: Option<String>,
    pub created_at: i64,
    pub completed_at: Option<i64>,
}

/// A payment as stored.
pub type PaymentRecord = NewPayment;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSavedCard {
    pub id: String,
    pub customer_id: CustomerId,
    pub last4: String,
    pub expiry_year: i32,
    pub expiry_month: u32,
    pub created_at: i64,
}

pub type SavedCardRecord = NewSavedCard;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUsage {
    pub account_id: i64,
    pub kind: UsageKind,
    pub quantity: u64,
    pub from_package: u64,
    pub billed: u64,
    pub created_at: i64,
}

/// Everything one money operation writes, in one transaction.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MoneyWrite {
    pub payments: Vec<NewPayment>,
    pub saved_cards: Vec<NewSavedCard>,
    pub usage: Vec<NewUsage>,
    pub entries: Vec<NewEntry>,
    /// Keys of effects that must happen once (`fee:<account>:<period>`, ...): when one is
    /// already stored, nothing of this write is.
    pub effect_keys: Vec<String>,
    /// When the effect keys are written (Unix seconds).
    pub effect_at: i64,
    /// Bonus points to spend: nothing is written unless the customer has them.
    pub bonus_spend: Option<BonusSpend>,
    /// Usage rated against this much of the package used: nothing is written unless it is
    /// still what the account has used (checked under the account's row lock).
    pub package_guard: Option<PackageGuard>,
}

/// What a usage write was rated against: the package used by `account_id` in `[from, to)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PackageGuard {
    pub account_id: i64,
    pub from: i64,
    pub to: i64,
    pub used: shared::tariff::Package,
}

/// Points a write spends (a fee, a reward or a transfer), checked against the balance in its
/// transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BonusSpend {
    pub customer_id: CustomerId,
    /// `fee`, `reward` or `transfer_out`.
    pub kind: &'static str,
    pub points: shared::bonus::Points,
    pub detail: String,
    pub at: i64,
    /// For a transfer: the receiver, credited in the same transaction.
    pub transfer: Option<TransferLeg>,
}

/// The receiving side of a bonus transfer. Inside the transaction, with the sender's row
/// held, the whole `shared::bonus::transfer` rule is checked again against the balance and
/// what the sender has transferred since `day_start`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransferLeg {
    pub to_customer: CustomerId,
    /// The sender's number (the receiver's number itself when the receiver is the sender).
    pub from: shared::ids::Phone,
    pub to: shared::ids::Phone,
    /// Midnight starting the sender's day (Unix seconds).
    pub day_start: i64,
}

/// How a write inside a transaction ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TxOutcome {
    Written,
    /// An effect key existed.
    Duplicate,
    /// The bonus rules refused the spend (not enough points, the daily transfer limit, ...).
    BonusRefused(shared::bonus::BonusError),
    /// The package used changed since the usage was rated: rate again.
    PackageChanged,
}

/// The idempotency key a write is claimed under, and the response to replay on a retry.
#[derive(Debug, Clone, Copy)]
pub struct IdempotentWrite<'a> {
    /// `customer:<id>` or `gateway`.
    pub scope: &'a str,
    pub key: &'a str,
    pub request_hash: &'a str,
    pub status: u16,
    pub response: &'a str,
    pub now: i64,
}

/// A response stored under an idempotency key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredResponse {
    pub request_hash: String,
    pub status: u16,
    pub response: String,
}

/// What [`MoneyStore::write_money`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    /// Written now.
    Fresh,
    /// The key was used before: nothing was written; this is what was stored then.
    Replay(StoredResponse),
    /// One of the write's effect keys was used before: nothing was written.
    Duplicate,
    /// The bonus rules refused the spend (not enough points, the daily transfer limit, ...):
    /// nothing was written.
    BonusRefused(shared::bonus::BonusError),
    /// Another batch used the package since this one was rated: nothing was written.
    PackageChanged,
}

/// Filters of a history page; times are Unix seconds, `to` exclusive.
#[derive(Debug, Clone, Default)]
pub struct HistoryFilter {
    pub from: Option<i64>,
    pub to: Option<i64>,
    pub kind: Option<EntryKind>,
    /// Entries strictly older than this `(created_at, id)`.
    pub before: Option<(i64, i64)>,
    pub limit: i64,
}

/// A history page, newest first: `$2 <= created_at` and `(created_at, id) < ($3, $4)`
/// written as plain comparisons, so both databases answer from the
/// `(service_account_id, created_at, id)` index by a range scan that starts at the cursor.
/// (With `$n IS NULL OR ...` around the cursor, SQLite walked the index from the newest entry
/// down to the cursor: a page deep in a ledger of 1 M rows took ~50 ms instead of ~0.1 ms.)
pub(crate) const HISTORY_SQL: &str = "SELECT id, service_account_id, kind, amount, created_at, \
     explanation, payment_id FROM ledger_entries WHERE service_account_id = $1 \
     AND created_at >= $2 AND created_at <= $3 AND (created_at < $3 OR id < $4) \
     AND ($5 IS NULL OR kind = $5) ORDER BY created_at DESC, id DESC LIMIT $6";

impl HistoryFilter {
    /// The lower bound of `created_at` and the exclusive upper bound of `(created_at, id)`
    /// that `from`, `to` and the cursor together allow.
    pub fn bounds(&self) -> (i64, (i64, i64)) {
        let lower = self.from.unwrap_or(i64::MIN);
        // `created_at < to` is `(created_at, id) < (to, i64::MIN)`.
        let by_to = self.to.map_or((i64::MAX, i64::MAX), |to| (to, i64::MIN));
        let upper = self.before.map_or(by_to, |cursor| cursor.min(by_to));
        (lower, upper)
    }
}

/// The balance invariant over every account.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LedgerTotals {
    pub accounts: u64,
    pub entries: u64,
    /// `(account id, cached balance, sum of entries)` where they differ.
    pub mismatches: Vec<(i64, Money, Money)>,
}

#[async_trait]
pub trait MoneyStore: Send + Sync {
    /// The customer's service accounts with balance and tariff, ordered by id.
    async fn accounts_of(&self, customer: CustomerId) -> Result<Vec<AccountRecord>, StoreError>;
    /// The service account with this personal account number.
    async fn account_by_number(&self, number: &str) -> Result<Option<AccountRecord>, StoreError>;
    /// The service account of this contract number (`77-1000001`).
    async fn account_by_contract(
        &self,
        contract: &str,
    ) -> Result<Option<AccountRecord>, StoreError>;
    /// Puts an account on a tariff unless it has one; true when set now.
    async fn assign_tariff(
        &self,
        account: i64,
        tariff_id: &str,
        since: i64,
    ) -> Result<bool, StoreError>;
    /// Writes payments, saved cards, usage and entries (with their balances) in one
    /// transaction; with `idem`, only if the key is new (else nothing is written).
    async fn write_money(
        &self,
        idem: Option<IdempotentWrite<'_>>,
        write: &MoneyWrite,
    ) -> Result<Claim, StoreError>;
    async fn payment(&self, id: &str) -> Result<Option<PaymentRecord>, StoreError>;
    /// Completes a payment waiting for confirmation with its ledger entry, in one
    /// transaction; false (and nothing written) when it was not waiting.
    async fn confirm_payment(
        &self,
        id: &str,
        entry: &NewEntry,
        now: i64,
    ) -> Result<bool, StoreError>;
    /// Whether a once-only effect (a period's fee, say) has been written.
    async fn effect_written(&self, key: &str) -> Result<bool, StoreError>;
    /// Reserves one try of the confirmation code before it is compared: counts it while the
    /// payment waits for confirmation and fewer than `max` tries were made. Returns the count
    /// including this try, or `None` (not waiting, or no try left).
    async fn reserve_confirmation(&self, id: &str, max: i64) -> Result<Option<i64>, StoreError>;
    /// A wrong code on the last try: the payment fails (when it still waits). Returns whether
    /// this call failed it.
    async fn fail_confirmation(&self, id: &str, max: i64) -> Result<bool, StoreError>;
    async fn saved_cards(&self, customer: CustomerId) -> Result<Vec<SavedCardRecord>, StoreError>;
    /// Forgets a saved card of this customer; false when there is no such card of theirs.
    async fn delete_saved_card(&self, customer: CustomerId, id: &str) -> Result<bool, StoreError>;
    /// Units taken from the package by an account in `[from, to)`.
    async fn package_used(
        &self,
        account: i64,
        from: i64,
        to: i64,
    ) -> Result<shared::tariff::Package, StoreError>;
    /// An account's entries, newest first (`created_at`, then `id`, descending).
    async fn history(
        &self,
        account: i64,
        filter: &HistoryFilter,
    ) -> Result<Vec<EntryRecord>, StoreError>;
    /// The account's unpaid promised payment, if any.
    async fn promised_open(&self, account: i64) -> Result<Option<PromisedRecord>, StoreError>;
    /// Records a promised payment (outstanding = amount + fee) with its credit entry, in one
    /// transaction; with `idem`, only if the key is new. `Duplicate` (nothing written) when
    /// the account already has an unpaid one; `Replay` when the key was used before.
    async fn take_promised(
        &self,
        idem: Option<IdempotentWrite<'_>>,
        promised: &PromisedRecord,
        credit: &NewEntry,
    ) -> Result<Claim, StoreError>;
    /// Charges minus refunds of an account in each `[from, to)` range.
    async fn spend(&self, account: i64, ranges: [(i64, i64); 3]) -> Result<[Money; 3], StoreError>;
    /// Cached balance against the sum of entries, for every account.
    async fn ledger_totals(&self) -> Result<LedgerTotals, StoreError>;
}

pub(in crate::store) fn entry_kind(name: &str) -> EntryKind {
    EntryKind::from_name(name).unwrap_or(EntryKind::Adjustment)
}

pub(in crate::store) fn usage_kind_name(kind: UsageKind) -> &'static str {
    match kind {
        UsageKind::Voice => "voice",
        UsageKind::Sms => "sms",
        UsageKind::Data => "data",
    }
}

pub(in crate::store) fn i64_of(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

pub(in crate::store) fn u64_of(v: i64) -> u64 {
    u64::try_from(v).unwrap_or_default()
}

pub(in crate::store) fn explanation_json(e: &Explanation) -> String {
    serde_json::to_string(e).unwrap_or_else(|_| "{}".to_owned())
}

pub(in crate::store) fn explanation_from(json: &str) -> Explanation {
    serde_json::from_str(json).unwrap_or(Explanation::Adjustment {
        reason: json.to_owned(),
    })
}

type AccountRow = (
    i64,
    i64,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<i64>,
    Option<String>,
    Option<i64>,
);

const ACCOUNT_SELECT: &str = "SELECT a.id, a.customer_id, a.account_number, a.contract_number, \
     a.kind, a.region_code, a.phone, a.address, b.balance, t.tariff_id, t.since \
     FROM service_accounts a \
     LEFT JOIN account_balances b ON b.service_account_id = a.id \
     LEFT JOIN account_tariffs t ON t.service_account_id = a.id";

fn account_from_row(r: AccountRow) -> AccountRecord {
    AccountRecord {
        id: r.0,
        customer_id: r.1,
        account_number: r.2,
        contract_number: r.3,
        kind: r.4,
        region_code: r.5,
        phone: r.6,
        address: r.7,
        balance: Money::from_kopecks(r.8.unwrap_or_default()),
        tariff_id: r.9,
        tariff_since: r.10,
    }
}

type PaymentRow = (
    String,
    i64,
    i64,
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    i64,
    Option<i64>,
);

const PAYMENT_COLUMNS: &str = "id, customer_id, service_account_id, amount, method, status, \
     card_last4, saved_card_id, external_id, created_at, completed_at";

fn payment_from_row(r: PaymentRow) -> PaymentRecord {
    PaymentRecord {
        id: r.0,
        customer_id: r.1,
        account_id: r.2,
        amount: Money::from_kopecks(r.3),
        method: r.4,
        status: r.5,
        card_last4: r.6,
        saved_card_id: r.7,
        external_id: r.8,
        created_at: r.9,
        completed_at: r.10,
    }
}

type EntryRow = (i64, i64, String, i64, i64, String, Option<String>);

fn entry_from_row(r: EntryRow) -> EntryRecord {
    EntryRecord {
        id: r.0,
        account_id: r.1,
        kind: entry_kind(&r.2),
        amount: Money::from_kopecks(r.3),
        created_at: r.4,
        explanation: explanation_from(&r.5),
        payment_id: r.6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(from: Option<i64>, to: Option<i64>, before: Option<(i64, i64)>) -> HistoryFilter {
        HistoryFilter {
            from,
            to,
            kind: None,
            before,
            limit: 21,
        }
    }

    #[test]
    fn history_bounds_combine_the_period_and_the_cursor() {
        let none = (i64::MAX, i64::MAX);
        assert_eq!(filter(None, None, None).bounds(), (i64::MIN, none));
        assert_eq!(filter(Some(5), None, None).bounds(), (5, none));
        assert_eq!(
            filter(None, Some(100), None).bounds(),
            (i64::MIN, (100, i64::MIN))
        );
        assert_eq!(
            filter(None, None, Some((50, 7))).bounds(),
            (i64::MIN, (50, 7))
        );
        // The tighter of the two wins; at the same second the end of the period excludes all.
        assert_eq!(filter(None, Some(100), Some((50, 7))).bounds().1, (50, 7));
        assert_eq!(
            filter(None, Some(40), Some((50, 7))).bounds().1,
            (40, i64::MIN)
        );
        assert_eq!(
            filter(None, Some(50), Some((50, 7))).bounds().1,
            (50, i64::MIN)
        );
    }

    /// A page deep in a long ledger must start at the cursor, not walk down to it: the query
    /// is a range scan of the account's time index on SQLite (PostgreSQL plans it alike).
    #[tokio::test]
    async fn the_history_query_is_an_index_range_scan() {
        let store = crate::store::SqliteStore::connect("sqlite::memory:", 1)
            .await
            .expect("store");
        let plan: Vec<(i64, i64, i64, String)> =
            sqlx::query_as(&format!("EXPLAIN QUERY PLAN {HISTORY_SQL}"))
                .bind(1_i64)
                .bind(i64::MIN)
                .bind(1_000_i64)
                .bind(7_i64)
                .bind(None::<String>)
                .bind(21_i64)
                .fetch_all(&store.pool)
                .await
                .expect("plan");
        let detail: Vec<&str> = plan.iter().map(|r| r.3.as_str()).collect();
        assert!(
            detail.iter().any(|d| d.contains(
                "ledger_account_time (service_account_id=? AND created_at>? AND created_at<?)"
            )),
            "{detail:?}"
        );
        assert!(
            !detail.iter().any(|d| d.contains("TEMP B-TREE")),
            "no sort: {detail:?}"
        );
    }
}
