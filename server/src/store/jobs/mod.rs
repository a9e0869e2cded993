//! The job queue (issue 7): enqueue by dedupe key, claim under a lease, finish a job in the
//! same transaction as its effect (ledger entries, auto-payment attempt, restriction), and
//! record every attempt in `job_runs`.
//!
//! Claiming is one statement: on PostgreSQL `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP
//! LOCKED)`, on SQLite `UPDATE … RETURNING` (SQLite runs it under its one write lock).
//! Finishing checks the claim is still this runner's, so a runner whose lease ran out and was
//! re-claimed by another cannot also finish it; effect keys make the effect itself once-only.

#[macro_use]
mod sql;
mod postgres;
mod sqlite;

use async_trait::async_trait;

use super::StoreError;
use super::money::{MoneyWrite, NewEntry};

/// A job to enqueue; a second job with the same `dedupe_key` is ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewJob {
    pub kind: String,
    pub dedupe_key: String,
    /// JSON.
    pub payload: String,
    pub due_at: i64,
}

/// A job this runner holds the lease of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimedJob {
    pub id: i64,
    pub kind: String,
    pub dedupe_key: String,
    pub payload: String,
    /// Including this one.
    pub attempts: i64,
    pub runner: String,
}

/// A row a claim statement returns (`RETURNING id, kind, dedupe_key, payload, attempts`).
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct ClaimRow {
    id: i64,
    kind: String,
    dedupe_key: String,
    payload: String,
    attempts: i64,
}

impl ClaimRow {
    pub(crate) fn claimed_by(self, runner: &str) -> ClaimedJob {
        ClaimedJob {
            id: self.id,
            kind: self.kind,
            dedupe_key: self.dedupe_key,
            payload: self.payload,
            attempts: self.attempts,
            runner: runner.to_owned(),
        }
    }
}

/// An auto-payment attempt to record with its job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAutopayAttempt {
    pub rule_id: i64,
    pub trigger_key: String,
    pub amount: i64,
    pub outcome: String,
    pub payment_id: Option<String>,
    pub created_at: i64,
}

/// Everything a job writes, in the transaction that marks it done.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JobEffect {
    /// Payments and ledger entries, under the write's effect keys.
    pub money: MoneyWrite,
    /// `(rule id, version read)`: the rule must not have changed since (else `Stale`).
    pub autopay_guard: Option<(i64, i64)>,
    pub autopay_attempt: Option<NewAutopayAttempt>,
    /// A restriction to place, if its cause still holds when it is written.
    pub restrict: Option<NewRestriction>,
}

/// An account restricted for an unpaid promised payment: written only while that promised
/// payment is still unpaid, under its row lock, so a payment that repays it either comes
/// first (no restriction, `Stale`) or lifts it after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRestriction {
    pub account_id: i64,
    pub reason: String,
    pub unpaid_promised: i64,
}

/// The monthly fee of one claimed job, written with the job in [`JobStore::finish_fee_batch`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeeCharge {
    pub job: ClaimedJob,
    /// `None`: nothing to charge (the account left its tariff); the job ends `skipped`.
    pub effect_key: Option<String>,
    /// `None` for a tariff without a fee: the key alone marks the period as charged.
    pub entry: Option<NewEntry>,
}

/// What [`JobStore::finish_fee_batch`] did with a batch.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FeeBatch {
    /// Charged (or a zero fee marked) under a new effect key.
    pub done: u64,
    /// The key existed (charged before) or there was nothing to charge.
    pub skipped: u64,
    /// No longer this runner's (its lease ran out): nothing written.
    pub lost: u64,
}

/// What [`JobStore::finish_job`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finish {
    /// Written and marked done.
    Done,
    /// An effect key existed: nothing written, the job is still this runner's.
    Duplicate,
    /// The claim is no longer this runner's (its lease ran out): nothing written.
    Lost,
    /// The guarded rule changed since it was read: nothing written, the job is still held.
    Stale,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobRunRow {
    pub runner: String,
    pub attempt: i64,
    pub outcome: String,
    pub detail: Option<String>,
    pub started_at: i64,
    pub finished_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobRow {
    pub id: i64,
    pub kind: String,
    pub dedupe_key: String,
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub due_at: i64,
    pub runs: Vec<JobRunRow>,
}

#[async_trait]
pub trait JobStore: Send + Sync {
    /// Inserts the jobs whose dedupe key is new; returns how many were.
    async fn enqueue_jobs(&self, jobs: &[NewJob], now: i64) -> Result<u64, StoreError>;
    /// Claims one due job (pending and due, or running with its lease run out) for `runner`
    /// until `now + lease`.
    async fn claim_job(
        &self,
        runner: &str,
        now: i64,
        lease: i64,
    ) -> Result<Option<ClaimedJob>, StoreError>;
    /// Writes the effect and marks the job done with a run of `outcome`, in one transaction.
    async fn finish_job(
        &self,
        job: &ClaimedJob,
        started_at: i64,
        now: i64,
        outcome: &str,
        effect: &JobEffect,
    ) -> Result<Finish, StoreError>;
    /// Records a failed attempt: the job is due again at `retry_at`, or failed for good.
    async fn fail_job(
        &self,
        job: &ClaimedJob,
        started_at: i64,
        now: i64,
        error: &str,
        retry_at: Option<i64>,
    ) -> Result<(), StoreError>;
    /// Enqueues a `kind` job (`fee:<account>:<period>`) for every account on a tariff whose
    /// fees were last enqueued for an earlier period than `period` (YYYY-MM-DD), and marks
    /// them: one statement's worth of work however many accounts there are. Returns how
    /// many jobs were new.
    async fn enqueue_period_fees(
        &self,
        kind: &str,
        period: &str,
        due_at: i64,
        now: i64,
    ) -> Result<u64, StoreError>;
    /// Claims up to `limit` due pending jobs of `kind` for `runner` until `now + lease`.
    async fn claim_jobs(
        &self,
        runner: &str,
        kind: &str,
        now: i64,
        lease: i64,
        limit: i64,
    ) -> Result<Vec<ClaimedJob>, StoreError>;
    /// The tariff of each of `accounts` that is on one: `(account, tariff id)`.
    async fn tariffs_of(&self, accounts: &[i64]) -> Result<Vec<(i64, String)>, StoreError>;
    /// Finishes a batch of fee jobs in one transaction: marks the jobs still this runner's
    /// done, writes each effect key that is new with its entry and the account's balance,
    /// and records a run of every job.
    async fn finish_fee_batch(
        &self,
        runner: &str,
        started_at: i64,
        now: i64,
        charges: &[FeeCharge],
    ) -> Result<FeeBatch, StoreError>;
    /// The newest jobs with their runs.
    async fn jobs_overview(&self, limit: i64) -> Result<Vec<JobRow>, StoreError>;
}
