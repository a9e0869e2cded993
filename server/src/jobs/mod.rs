//! Scheduled work that runs inside the server process: pruning of dead identity rows, and the
//! job runner (monthly fees, auto-payments, promised-payment reminders and restrictions,
//! expense alerts).
//!
//! A tick of the runner first *enqueues* what is due at `now` (idempotently, by dedupe key:
//! every instance may enqueue the same work; a period's fees in one statement), then *claims
//! and runs* due jobs: monthly fees a batch per transaction ([`fees::run_batches`]), the rest
//! one by one.
//! Each job writes its effect in the transaction that marks it done, under an effect key, so
//! a job run twice (a lost lease, two instances, a restart) never charges or notifies twice.

pub mod autopay;
pub mod expenses;
pub mod fees;
pub mod promised;
pub mod prune;
pub mod queue;

use std::time::Duration;

use chrono::{DateTime, Utc};
use shared::api::jobs::JobsReport;
use shared::notify::NotificationEvent;

use crate::state::AppState;
use crate::store::StoreError;
use crate::store::identity::CustomerId;
use crate::store::jobs::{JobEffect, NewJob};

/// A notice to send once the job's transaction has committed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub customer: CustomerId,
    pub event: NotificationEvent,
    pub title: String,
    pub body: String,
}

/// What a job does: its effect (written with the job's completion) and the notices after.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Work {
    pub effect: JobEffect,
    pub notices: Vec<Notice>,
}

impl Work {
    pub fn is_empty(&self) -> bool {
        self.effect == JobEffect::default() && self.notices.is_empty()
    }

    /// Only notices, sent once: the effect is just the key.
    pub fn notice_once(key: String, at: i64, notice: Notice) -> Work {
        let mut w = Work::default();
        w.effect.money.effect_keys.push(key);
        w.effect.money.effect_at = at;
        w.notices.push(notice);
        w
    }
}

/// A job of `kind` under `dedupe_key`, with a JSON payload.
pub fn job(kind: &str, dedupe_key: String, payload: &impl serde::Serialize, due_at: i64) -> NewJob {
    NewJob {
        kind: kind.to_owned(),
        dedupe_key,
        payload: serde_json::to_string(payload).unwrap_or_else(|_| "{}".to_owned()),
        due_at,
    }
}

/// Enqueues everything due at `now`; returns how many jobs were new.
pub async fn enqueue_due(state: &AppState, now: DateTime<Utc>) -> Result<u64, StoreError> {
    let fees = fees::enqueue(state, now).await?;
    let mut jobs = autopay::due(state, now).await?;
    jobs.extend(promised::due(state, now).await?);
    jobs.extend(expenses::due(state, now).await?);
    Ok(fees + state.store.enqueue_jobs(&jobs, now.timestamp()).await?)
}

/// One tick: enqueue, then run every due job.
pub async fn tick(state: &AppState, now: DateTime<Utc>) -> Result<JobsReport, StoreError> {
    let enqueued = enqueue_due(state, now).await?;
    let mut report = queue::run_due(state, now).await?;
    report.enqueued = enqueued;
    // Daily voluntary-block fees and the monthly fees of options, TV packages, channels and
    // Multiroom sets: each ledger entry has a unique key per item and day or period, so any
    // instance may run them at any time and a repeat appends nothing.
    let store = state.store.as_ref();
    let fees = crate::domain::services::accrue_blocking_fees(store, now).await?
        + crate::domain::services::charge_monthly_fees(store, now).await?;
    if fees > 0 {
        tracing::info!(entries = fees, "service fees accrued");
    }
    Ok(report)
}

/// Runs [`tick`] every `jobs_interval_secs` (not at all when 0) until the process ends.
pub fn spawn(state: AppState) {
    let every = state.settings.jobs_interval_secs;
    if every == 0 {
        return;
    }
    tokio::spawn(async move {
        let period = Duration::from_secs(every);
        let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + period, period);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            match tick(&state, state.clock.now()).await {
                Ok(r) if r.claimed > 0 || r.enqueued > 0 => tracing::info!(
                    enqueued = r.enqueued,
                    claimed = r.claimed,
                    done = r.done,
                    skipped = r.skipped,
                    failed = r.failed,
                    "job runner tick"
                ),
                Ok(_) => {}
                Err(err) => tracing::warn!(error = %err, "job runner tick failed; will retry"),
            }
        }
    });
}
