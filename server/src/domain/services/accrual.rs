//! Fees that fall due with time: the daily fee of temporary voluntary blocks after their
//! free days ([`accrue_blocking_fees`]) and the monthly fees of connected options, TV
//! packages, channels and Multiroom sets after their pro-rated first month
//! ([`charge_monthly_fees`]).
//!
//! [`accrue_blocking_fees`] is meant to run from the job runner (e.g. hourly; any schedule
//! works): it charges every due day of every temporary block, one ledger entry per
//! (account, day) under the unique key `block-fee:<account>:<day>`, so running it again, late,
//! twice at once or on two server instances never charges a day twice, and a day missed
//! while the server was down is charged on the next run. A day is due once it has begun; the
//! day of unblocking is not charged. **Wiring into `server/src/jobs/` is left to the merge
//! with the job runner** (migration 0008); until then it runs only where it is called.

use chrono::{DateTime, Utc};
use shared::blocking::{BLOCK_DAILY_FEE, BlockKind, VoluntaryBlock};
use shared::ledger::{EntryKind, Explanation};
use shared::tariff::periods_after;

use crate::clock::from_unix;
use crate::domain::money::midnight;
use crate::store::money::NewEntry;
use crate::store::{Store, StoreError};

/// How far back an ended block is still looked at for days not yet charged.
const LOOKBACK_SECS: i64 = 40 * 86_400;

/// Charges the due daily fees of temporary blocks up to `now`; returns how many entries
/// were appended (0 when everything due was charged before).
pub async fn accrue_blocking_fees(
    store: &dyn Store,
    now: DateTime<Utc>,
) -> Result<u64, StoreError> {
    let mut appended = 0;
    let tomorrow = now.date_naive().succ_opt().unwrap_or(now.date_naive());
    for block in store.blocks(now.timestamp() - LOOKBACK_SECS).await? {
        if block.variant.as_deref() == Some("permanent") {
            continue;
        }
        let rule = VoluntaryBlock {
            kind: BlockKind::Temporary,
            started_on: from_unix(block.started_at).date_naive(),
        };
        let until = block
            .ended_at
            .map_or(tomorrow, |end| from_unix(end).date_naive().min(tomorrow));
        for day in rule.paid_days(rule.started_on, until) {
            let amount = EntryKind::ServiceFee.entry(BLOCK_DAILY_FEE)?;
            let entry = NewEntry::new(
                block.account_id,
                EntryKind::ServiceFee,
                amount,
                midnight(day).max(block.started_at),
                Explanation::BlockDay { day },
                None,
            )?;
            let key = format!("block-fee:{}:{day}", block.account_id);
            if store.accrue_fee(&entry, block.id, &key).await? {
                appended += 1;
            }
        }
    }
    if appended > 0 {
        tracing::info!(appended, "blocking fees accrued");
    }
    Ok(appended)
}

/// Charges the full monthly fee of every connected item (option, TV base or add-on package,
/// Personal TV channel, Multiroom set) for each billing period begun since the one it was
/// connected in (that one was charged pro-rated on connection), once per item and period
/// under the unique key `monthly:<item>:<period start>`. A period that begins after the item
/// ended is not charged. Idempotent like [`accrue_blocking_fees`]; **to be wired into the job
/// runner at merge time** (e.g. hourly), together with it. Tariff fees are not charged here.
pub async fn charge_monthly_fees(store: &dyn Store, now: DateTime<Utc>) -> Result<u64, StoreError> {
    let mut appended = 0;
    let today = now.date_naive();
    for item in store.recurring(now.timestamp() - LOOKBACK_SECS).await? {
        let until = item.ended_at.map_or(today, |end| {
            let last = from_unix(end).date_naive().pred_opt().unwrap_or(today);
            last.min(today)
        });
        for period in periods_after(from_unix(item.started_at).date_naive(), until) {
            let amount = EntryKind::ServiceFee.entry(item.monthly_fee)?;
            let entry = NewEntry::new(
                item.account_id,
                EntryKind::ServiceFee,
                amount,
                midnight(period.start),
                Explanation::ServiceFee {
                    service: item.name.clone(),
                },
                None,
            )?;
            let key = format!("monthly:{}:{}", item.id, period.start);
            if store.accrue_fee(&entry, item.id, &key).await? {
                appended += 1;
            }
        }
    }
    if appended > 0 {
        tracing::info!(appended, "monthly fees charged");
    }
    Ok(appended)
}
