//! Fees that fall due with time: the daily fee of temporary voluntary blocks after their
//! free days ([`accrue_blocking_fees`]) and the monthly fees of connected options, TV
//! packages, channels and Multiroom sets after their pro-rated first month
//! ([`charge_monthly_fees`]). Both run from the job runner's every tick.
//!
//! Each charge is one ledger entry under a unique key (`block-fee:<account>:<day>`,
//! `monthly:<item>:<period start>`), so running again, late, twice at once or on two server
//! instances never charges twice, and a day missed while the server was down is charged on
//! the next run. Each item keeps where its charging stopped (`charged_through`, moved in the
//! entry's transaction), so a run starts there and reads only items with something due: an
//! open block of a year is one new day, not 365 tries (a day is due once it has begun; the
//! day of unblocking is not charged).

use chrono::{DateTime, NaiveDate, Utc};
use shared::blocking::{BLOCK_DAILY_FEE, BlockKind, VoluntaryBlock};
use shared::ledger::{EntryKind, Explanation};
use shared::tariff::{BillingPeriod, periods_after};

use crate::clock::from_unix;
use crate::domain::money::midnight;
use crate::store::money::NewEntry;
use crate::store::{Store, StoreError};

/// How far back an ended block is still looked at for days not yet charged.
const LOOKBACK_SECS: i64 = 40 * 86_400;

/// Where an item's charging stopped, if anywhere yet.
fn charged_through(mark: Option<&str>) -> Option<NaiveDate> {
    mark.and_then(|d| d.parse().ok())
}

/// Charges the due daily fees of temporary blocks up to `now`; returns how many entries
/// were appended (0 when everything due was charged before).
pub async fn accrue_blocking_fees(
    store: &dyn Store,
    now: DateTime<Utc>,
) -> Result<u64, StoreError> {
    let mut appended = 0;
    let today = now.date_naive();
    let tomorrow = today.succ_opt().unwrap_or(today);
    let since = now.timestamp() - LOOKBACK_SECS;
    for block in store.accruing_blocks(since, &today.to_string()).await? {
        let rule = VoluntaryBlock {
            kind: BlockKind::Temporary,
            started_on: from_unix(block.started_at).date_naive(),
        };
        let until = block
            .ended_at
            .map_or(tomorrow, |end| from_unix(end).date_naive().min(tomorrow));
        let from = charged_through(block.charged_through.as_deref())
            .and_then(|d| d.succ_opt())
            .unwrap_or(rule.started_on);
        for day in rule.paid_days(from, until) {
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
            if store
                .accrue_fee(&entry, block.id, &key, &day.to_string())
                .await?
            {
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
/// ended is not charged. Tariff fees are not charged here (see `jobs::fees`).
pub async fn charge_monthly_fees(store: &dyn Store, now: DateTime<Utc>) -> Result<u64, StoreError> {
    let mut appended = 0;
    let today = now.date_naive();
    let current = BillingPeriod::containing(today).start;
    let since = now.timestamp() - LOOKBACK_SECS;
    let items = store
        .accruing_monthly(since, midnight(current), &current.to_string())
        .await?;
    for item in items {
        let until = item.ended_at.map_or(today, |end| {
            let last = from_unix(end).date_naive().pred_opt().unwrap_or(today);
            last.min(today)
        });
        let after = charged_through(item.charged_through.as_deref())
            .unwrap_or_else(|| from_unix(item.started_at).date_naive());
        for period in periods_after(after, until) {
            let fee = shared::Money::from_kopecks(item.monthly_fee);
            let amount = EntryKind::ServiceFee.entry(fee)?;
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
            if store
                .accrue_fee(&entry, item.id, &key, &period.start.to_string())
                .await?
            {
                appended += 1;
            }
        }
    }
    if appended > 0 {
        tracing::info!(appended, "monthly fees charged");
    }
    Ok(appended)
}
