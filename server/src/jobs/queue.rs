//! The claim loop: claim one due job, run it, finish it with its effect; repeat. Failures are
//! retried with backoff up to [`MAX_ATTEMPTS`]; every attempt is a row of `job_runs`.

use chrono::{DateTime, Utc};
use shared::api::jobs::JobsReport;

use super::Work;
use crate::domain::{notify, secrets};
use crate::state::AppState;
use crate::store::StoreError;
use crate::store::jobs::{ClaimedJob, Finish, JobEffect};

/// A claimed job is this runner's for this long; after it, another runner may take it over.
pub const LEASE_SECS: i64 = 5 * 60;
/// Attempts before a job is given up (`failed`).
pub const MAX_ATTEMPTS: i64 = 5;
/// Most jobs one run claims one by one, so a tick always ends (fee batches come on top: they
/// are finite, the period's accounts).
const MAX_PER_RUN: u64 = 10_000;

/// Why a job could not run now.
#[derive(Debug, thiserror::Error)]
pub enum JobError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("bad payload: {0}")]
    Payload(#[from] serde_json::Error),
    #[error("unknown job kind {0}")]
    UnknownKind(String),
    #[error("{0}")]
    Rule(String),
}

async fn dispatch(
    state: &AppState,
    job: &ClaimedJob,
    now: DateTime<Utc>,
) -> Result<Work, JobError> {
    match job.kind.as_str() {
        super::fees::KIND => super::fees::run(state, job, now).await,
        super::autopay::KIND => super::autopay::run(state, job, now).await,
        super::promised::REMIND => super::promised::remind(state, job, now).await,
        super::promised::RESTRICT => super::promised::restrict(state, job, now).await,
        super::expenses::KIND => super::expenses::run(state, job, now).await,
        other => Err(JobError::UnknownKind(other.to_owned())),
    }
}

/// Claims and runs due jobs until none is left; this call is one runner.
pub async fn run_due(state: &AppState, now: DateTime<Utc>) -> Result<JobsReport, StoreError> {
    let runner = format!("{}-{}", std::process::id(), &secrets::nonce()[..8]);
    let started = state.clock.unix();
    let store = state.store.as_ref();
    let mut report = JobsReport::default();
    // The month start's fees first, a batch per transaction; then everything else one by one
    // (a fee job retried after a failure or a lost lease among them).
    super::fees::run_batches(state, &runner, now, started, &mut report).await?;
    let batched = report.claimed;
    while report.claimed - batched < MAX_PER_RUN {
        // Each claim, run and finish at its own time: a lease counted from the tick's start
        // would already be running out for jobs claimed late in a long run.
        let at = claim_time(now.timestamp(), started, state.clock.unix());
        let Some(job) = store.claim_job(&runner, at, LEASE_SECS).await? else {
            break;
        };
        report.claimed += 1;
        let work = match dispatch(state, &job, now).await {
            Ok(work) => work,
            Err(err) => {
                fail(state, &job, at, &err.to_string()).await?;
                report.failed += 1;
                continue;
            }
        };
        let outcome = if work.is_empty() { "skipped" } else { "done" };
        let finished = claim_time(now.timestamp(), started, state.clock.unix());
        match store
            .finish_job(&job, at, finished, outcome, &work.effect)
            .await?
        {
            Finish::Done => {
                if work.is_empty() {
                    report.skipped += 1;
                } else {
                    report.done += 1;
                }
                deliver(state, &work).await;
            }
            Finish::Duplicate => {
                store
                    .finish_job(&job, at, finished, "skipped", &JobEffect::default())
                    .await?;
                report.skipped += 1;
            }
            Finish::Lost => report.failed += 1,
            Finish::Stale => {
                fail(state, &job, at, "the rule changed while running; retried").await?;
                report.failed += 1;
            }
        }
    }
    Ok(report)
}

/// The time of a claim made at `clock_now` in a run for `tick_now` that started at
/// `started` on the clock: the tick's time moved on by what has elapsed since (a simulated
/// `tick_now` in dev mode keeps its offset from the clock).
pub fn claim_time(tick_now: i64, started: i64, clock_now: i64) -> i64 {
    tick_now.saturating_add(clock_now.saturating_sub(started).max(0))
}

/// Records a failed attempt; due again after a backoff, or failed for good.
pub(super) async fn fail(
    state: &AppState,
    job: &ClaimedJob,
    at: i64,
    error: &str,
) -> Result<(), StoreError> {
    tracing::warn!(job = job.id, kind = %job.kind, attempt = job.attempts, error, "job failed");
    let retry_at = (job.attempts < MAX_ATTEMPTS).then(|| at + 30 * (1 << job.attempts.min(10)));
    state.store.fail_job(job, at, at, error, retry_at).await
}

/// Notices after commit: a notice that fails is logged, never retried (the effect is done).
async fn deliver(state: &AppState, work: &Work) {
    for n in &work.notices {
        if let Err(err) = notify::notify(state, n.customer, n.event, &n.title, &n.body).await {
            tracing::warn!(error = %err, event = n.event.as_str(), "job notice not stored");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_late_in_a_run_is_timed_when_it_is_made() {
        // A run for 10:00 that has been going for six minutes claims at 10:06: its lease
        // reaches 10:11, not 10:05 (already past).
        let ten = 36_000;
        assert_eq!(claim_time(ten, ten, ten + 360), ten + 360);
        assert!(claim_time(ten, ten, ten + 360) + LEASE_SECS > ten + 360);
        // A simulated run three days ahead keeps its offset.
        let ahead = ten + 3 * 86_400;
        assert_eq!(claim_time(ahead, ten, ten + 60), ahead + 60);
        // A clock that stepped back never moves the run back.
        assert_eq!(claim_time(ten, ten, ten - 5), ten);
    }
}
