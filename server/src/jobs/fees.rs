//! Monthly fees: at the start of every billing period each account on a tariff is charged the
//! tariff's monthly fee, once: the job's dedupe key and the ledger write's effect key are both
//! `fee:<account>:<period start>`.
//!
//! The work is set-based, so a month start of a million accounts is minutes, not hours:
//! [`enqueue`] is one statement that inserts the period's job of every account not yet
//! enqueued for it (and marks the account, so later ticks find nothing by index), and
//! [`run_batches`] claims [`BATCH`] fee jobs at a time and writes their entries, balances,
//! keys and runs in one transaction. A fee job that failed or lost its lease is retried one
//! by one through [`run`], which charges by the same rule ([`charge`]).

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use shared::api::catalogue::TariffCard;
use shared::api::jobs::JobsReport;
use shared::ledger::{EntryKind, Explanation};
use shared::tariff::BillingPeriod;

use super::Work;
use super::queue::{JobError, LEASE_SECS, claim_time};
use crate::domain::money::midnight;
use crate::state::AppState;
use crate::store::StoreError;
use crate::store::jobs::{ClaimedJob, FeeCharge};
use crate::store::money::NewEntry;

pub const KIND: &str = "monthly_fee";
/// Fee jobs claimed and written per transaction.
pub const BATCH: i64 = 1_000;

/// The once-only key of the fee of `account` for the period starting `period_start`.
pub fn key(account: i64, period_start: NaiveDate) -> String {
    format!("fee:{account}:{period_start}")
}

/// What a fee job carries: its account and period (written by the enqueueing statement).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Payload {
    account_id: i64,
    period_start: NaiveDate,
}

/// Enqueues the fee job of the period containing `now` for every account on a tariff that
/// does not have it yet; returns how many were new.
pub async fn enqueue(state: &AppState, now: DateTime<Utc>) -> Result<u64, StoreError> {
    let period = BillingPeriod::containing(now.date_naive());
    state
        .store
        .enqueue_period_fees(
            KIND,
            &period.start.to_string(),
            midnight(period.start),
            now.timestamp(),
        )
        .await
}

/// The fee of `account` on `card` for the period starting `period_start`, charged at `at`:
/// the effect key and the entry (none for a tariff without a fee: the key alone marks the period).
fn charge(
    account: i64,
    period_start: NaiveDate,
    card: &TariffCard,
    at: i64,
) -> Result<(String, Option<NewEntry>), JobError> {
    let fee = card.tariff.monthly_fee;
    let entry = if fee.is_positive() {
        let amount = fee
            .checked_neg()
            .map_err(|e| JobError::Rule(e.to_string()))?;
        let entry = NewEntry::new(
            account,
            EntryKind::SubscriptionFee,
            amount,
            at,
            Explanation::MonthlyFee {
                tariff: card.tariff.name.clone(),
                fee,
                period_start,
            },
            None,
        )
        .map_err(|e| JobError::Rule(e.to_string()))?;
        Some(entry)
    } else {
        None
    };
    Ok((key(account, period_start), entry))
}

/// Tariff cards by id, read once per run.
#[derive(Default)]
struct Cards(HashMap<String, Option<TariffCard>>);

impl Cards {
    async fn get(&mut self, state: &AppState, id: &str) -> Result<Option<&TariffCard>, StoreError> {
        if !self.0.contains_key(id) {
            let card = state.store.tariff(id).await?;
            self.0.insert(id.to_owned(), card);
        }
        Ok(self.0.get(id).and_then(Option::as_ref))
    }
}

/// One fee job, retried alone (a failed attempt, or a lease that ran out).
pub async fn run(state: &AppState, job: &ClaimedJob, now: DateTime<Utc>) -> Result<Work, JobError> {
    let p: Payload = serde_json::from_str(&job.payload)?;
    let Some((_, tariff)) = state.store.tariffs_of(&[p.account_id]).await?.pop() else {
        return Ok(Work::default());
    };
    let Some(card) = state.store.tariff(&tariff).await? else {
        return Err(JobError::Rule(format!("unknown tariff {tariff}")));
    };
    let (key, entry) = charge(p.account_id, p.period_start, &card, now.timestamp())?;
    let mut work = Work::default();
    work.effect.money.effect_keys.push(key);
    work.effect.money.effect_at = now.timestamp();
    work.effect.money.entries.extend(entry);
    Ok(work)
}

/// Claims and writes due fee jobs a batch at a time until none is left, counting into
/// `report`; a job whose payload or tariff is wrong fails alone and is retried.
pub async fn run_batches(
    state: &AppState,
    runner: &str,
    now: DateTime<Utc>,
    started: i64,
    report: &mut JobsReport,
) -> Result<(), StoreError> {
    let store = state.store.as_ref();
    let mut cards = Cards::default();
    loop {
        let at = claim_time(now.timestamp(), started, state.clock.unix());
        let jobs = store
            .claim_jobs(runner, KIND, at, LEASE_SECS, BATCH)
            .await?;
        if jobs.is_empty() {
            return Ok(());
        }
        report.claimed += jobs.len() as u64;
        let payloads: Vec<Result<Payload, serde_json::Error>> = jobs
            .iter()
            .map(|j| serde_json::from_str(&j.payload))
            .collect();
        let accounts: Vec<i64> = payloads
            .iter()
            .filter_map(|p| p.as_ref().ok().map(|p| p.account_id))
            .collect();
        let tariffs: HashMap<i64, String> =
            store.tariffs_of(&accounts).await?.into_iter().collect();
        let mut charges = Vec::with_capacity(jobs.len());
        for (job, payload) in jobs.into_iter().zip(payloads) {
            let priced = match payload {
                Err(e) => Err(JobError::from(e)),
                Ok(p) => match tariffs.get(&p.account_id) {
                    None => Ok((None, None)),
                    Some(id) => match cards.get(state, id).await? {
                        None => Err(JobError::Rule(format!("unknown tariff {id}"))),
                        Some(card) => charge(p.account_id, p.period_start, card, now.timestamp())
                            .map(|(k, e)| (Some(k), e)),
                    },
                },
            };
            match priced {
                Ok((effect_key, entry)) => charges.push(FeeCharge {
                    job,
                    effect_key,
                    entry,
                }),
                Err(err) => {
                    super::queue::fail(state, &job, at, &err.to_string()).await?;
                    report.failed += 1;
                }
            }
        }
        let finished = claim_time(now.timestamp(), started, state.clock.unix());
        let batch = store
            .finish_fee_batch(runner, at, finished, &charges)
            .await?;
        report.done += batch.done;
        report.skipped += batch.skipped;
        report.failed += batch.lost;
        tracing::debug!(
            done = batch.done,
            skipped = batch.skipped,
            lost = batch.lost,
            "fee batch written"
        );
    }
}
