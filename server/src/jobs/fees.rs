//! Monthly fees: at the start of every billing period each account on a tariff is charged the
//! tariff's monthly fee, once: the job's dedupe key and the ledger write's effect key are both
//! `fee:<account>:<period start>`.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use shared::ledger::{EntryKind, Explanation};
use shared::tariff::BillingPeriod;

use super::queue::JobError;
use super::{Work, job};
use crate::domain::money::midnight;
use crate::state::AppState;
use crate::store::StoreError;
use crate::store::jobs::{ClaimedJob, NewJob};
use crate::store::money::NewEntry;

pub const KIND: &str = "monthly_fee";

/// The once-only key of the fee of `account` for the period starting `period_start`.
pub fn key(account: i64, period_start: NaiveDate) -> String {
    format!("fee:{account}:{period_start}")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Payload {
    account_id: i64,
    period_start: NaiveDate,
}

/// A fee job for every account on a tariff, for the period containing `now`.
pub async fn due(state: &AppState, now: DateTime<Utc>) -> Result<Vec<NewJob>, StoreError> {
    let period = BillingPeriod::containing(now.date_naive());
    let accounts = state.store.tariffed_accounts().await?;
    Ok(accounts
        .into_iter()
        .map(|a| {
            let payload = Payload {
                account_id: a.account_id,
                period_start: period.start,
            };
            job(
                KIND,
                key(a.account_id, period.start),
                &payload,
                midnight(period.start),
            )
        })
        .collect())
}

pub async fn run(state: &AppState, job: &ClaimedJob, now: DateTime<Utc>) -> Result<Work, JobError> {
    let p: Payload = serde_json::from_str(&job.payload)?;
    let accounts = state.store.tariffed_accounts().await?;
    let Some(account) = accounts.into_iter().find(|a| a.account_id == p.account_id) else {
        return Ok(Work::default());
    };
    let Some(card) = state.store.tariff(&account.tariff_id).await? else {
        return Err(JobError::Rule(format!(
            "unknown tariff {}",
            account.tariff_id
        )));
    };
    let fee = card.tariff.monthly_fee;
    let mut work = Work::default();
    work.effect
        .money
        .effect_keys
        .push(key(p.account_id, p.period_start));
    work.effect.money.effect_at = now.timestamp();
    if fee.is_positive() {
        let amount = fee
            .checked_neg()
            .map_err(|e| JobError::Rule(e.to_string()))?;
        let entry = NewEntry::new(
            p.account_id,
            EntryKind::SubscriptionFee,
            amount,
            now.timestamp(),
            Explanation::MonthlyFee {
                tariff: card.tariff.name.clone(),
                fee,
                period_start: p.period_start,
            },
            None,
        )
        .map_err(|e| JobError::Rule(e.to_string()))?;
        work.effect.money.entries.push(entry);
    }
    Ok(work)
}
