//! `GET /api/history` (and `.csv`): the ledger of one account, newest first, with the reason
//! for every entry.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Money;
use crate::ledger::{EntryKind, Explanation};

/// Largest page of `GET /api/history`.
pub const HISTORY_MAX_LIMIT: u32 = 100;
/// Page size when `limit` is not given.
pub const HISTORY_DEFAULT_LIMIT: u32 = 20;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LedgerEntryView {
    pub id: i64,
    pub account_id: i64,
    pub kind: EntryKind,
    /// Signed: credits positive, charges negative.
    pub amount: Money,
    pub created_at: DateTime<Utc>,
    /// The payment this entry records, for payments (its receipt is
    /// `/api/payments/{payment_id}/receipt.pdf`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_id: Option<String>,
    /// Why: the rule and its inputs.
    pub explanation: Explanation,
    /// [`Explanation::text`] in the language asked for.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HistoryPage {
    pub entries: Vec<LedgerEntryView>,
    /// Pass as `cursor` for the next (older) page; absent on the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

/// One account whose cached balance differs from the sum of its entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BalanceMismatch {
    pub account_id: i64,
    pub cached: Money,
    pub sum: Money,
}

/// `GET /api/dev/ledger-check`: the balance invariant over every account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LedgerCheck {
    pub accounts: u64,
    pub entries: u64,
    /// Empty when every cached balance equals the sum of its entries.
    pub mismatches: Vec<BalanceMismatch>,
}
