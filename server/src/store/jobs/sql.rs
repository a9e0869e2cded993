//! The job queue SQL, once for both databases but the claim statement.

macro_rules! job_store {
    ($store:ty, $claim:expr) => {
        #[async_trait::async_trait]
        impl $crate::store::jobs::JobStore for $store {
            async fn enqueue_jobs(
                &self,
                jobs: &[$crate::store::jobs::NewJob],
                now: i64,
            ) -> Result<u64, $crate::store::StoreError> {
                let mut inserted = 0;
                for j in jobs {
                    inserted += sqlx::query(
                        "INSERT INTO jobs (kind, dedupe_key, payload, due_at, created_at) \
                         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (dedupe_key) DO NOTHING",
                    )
                    .bind(&j.kind)
                    .bind(&j.dedupe_key)
                    .bind(&j.payload)
                    .bind(j.due_at)
                    .bind(now)
                    .execute(&self.writer)
                    .await?
                    .rows_affected();
                }
                Ok(inserted)
            }

            async fn claim_job(
                &self,
                runner: &str,
                now: i64,
                lease: i64,
            ) -> Result<Option<$crate::store::jobs::ClaimedJob>, $crate::store::StoreError> {
                let row: Option<(i64, String, String, String, i64)> = sqlx::query_as($claim)
                    .bind(runner)
                    .bind(now)
                    .bind(now + lease)
                    .fetch_optional(&self.writer)
                    .await?;
                Ok(row.map(|r| $crate::store::jobs::ClaimedJob {
                    id: r.0,
                    kind: r.1,
                    dedupe_key: r.2,
                    payload: r.3,
                    attempts: r.4,
                    runner: runner.to_owned(),
                }))
            }

            async fn finish_job(
                &self,
                job: &$crate::store::jobs::ClaimedJob,
                started_at: i64,
                now: i64,
                outcome: &str,
                effect: &$crate::store::jobs::JobEffect,
            ) -> Result<$crate::store::jobs::Finish, $crate::store::StoreError> {
                use $crate::store::jobs::Finish;
                // First statement a write: the job row is this transaction's until it ends.
                let mut tx = self.writer.begin().await?;
                let owned = sqlx::query(
                    "UPDATE jobs SET status = 'done', finished_at = $3, locked_by = NULL, \
                     locked_until = NULL, last_error = NULL \
                     WHERE id = $1 AND locked_by = $2 AND status = 'running'",
                )
                .bind(job.id)
                .bind(&job.runner)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if owned != 1 {
                    tx.rollback().await?;
                    record_run!(&self.writer, job, started_at, now, "lost", None::<&str>);
                    return Ok(Finish::Lost);
                }
                if let Some((rule, version)) = effect.autopay_guard {
                    let fresh = sqlx::query(
                        "UPDATE autopay_rules SET version = version + 1 \
                         WHERE id = $1 AND version = $2",
                    )
                    .bind(rule)
                    .bind(version)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    if fresh != 1 {
                        tx.rollback().await?;
                        return Ok(Finish::Stale);
                    }
                }
                if write_money_tx!(tx, &effect.money) != $crate::store::money::TxOutcome::Written {
                    tx.rollback().await?;
                    return Ok(Finish::Duplicate);
                }
                if let Some(a) = &effect.autopay_attempt {
                    sqlx::query(
                        "INSERT INTO autopay_attempts (rule_id, trigger_key, amount, outcome, \
                         payment_id, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
                    )
                    .bind(a.rule_id)
                    .bind(&a.trigger_key)
                    .bind(a.amount)
                    .bind(&a.outcome)
                    .bind(a.payment_id.as_deref())
                    .bind(a.created_at)
                    .execute(&mut *tx)
                    .await?;
                }
                if let Some(r) = &effect.restrict {
                    // The promised payment's row is held from here to the commit: a payment
                    // repaying it waits, then lifts what this writes.
                    let unpaid = sqlx::query(
                        "UPDATE promised_payments SET outstanding = outstanding \
                         WHERE id = $1 AND outstanding > 0",
                    )
                    .bind(r.unpaid_promised)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    if unpaid != 1 {
                        tx.rollback().await?;
                        return Ok(Finish::Stale);
                    }
                    sqlx::query(
                        "INSERT INTO account_restrictions (service_account_id, reason, since) \
                         VALUES ($1, $2, $3) ON CONFLICT (service_account_id, reason) \
                         WHERE lifted_at IS NULL DO NOTHING",
                    )
                    .bind(r.account_id)
                    .bind(&r.reason)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                record_run!(&mut *tx, job, started_at, now, outcome, None::<&str>);
                tx.commit().await?;
                Ok(Finish::Done)
            }

            async fn fail_job(
                &self,
                job: &$crate::store::jobs::ClaimedJob,
                started_at: i64,
                now: i64,
                error: &str,
                retry_at: Option<i64>,
            ) -> Result<(), $crate::store::StoreError> {
                let mut tx = self.writer.begin().await?;
                let owned = sqlx::query(
                    "UPDATE jobs SET status = CASE WHEN $4 IS NULL THEN 'failed' ELSE 'pending' END, \
                     due_at = COALESCE($4, due_at), \
                     finished_at = CASE WHEN $4 IS NULL THEN $5 ELSE NULL END, \
                     last_error = $3, locked_by = NULL, locked_until = NULL \
                     WHERE id = $1 AND locked_by = $2 AND status = 'running'",
                )
                .bind(job.id)
                .bind(&job.runner)
                .bind(error)
                .bind(retry_at)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                let outcome = match (owned, retry_at) {
                    (0, _) => "lost",
                    (_, Some(_)) => "retry",
                    (_, None) => "failed",
                };
                record_run!(&mut *tx, job, started_at, now, outcome, Some(error));
                tx.commit().await?;
                Ok(())
            }

            async fn jobs_overview(
                &self,
                limit: i64,
            ) -> Result<Vec<$crate::store::jobs::JobRow>, $crate::store::StoreError> {
                let rows: Vec<(i64, String, String, String, i64, Option<String>, i64)> =
                    sqlx::query_as(
                        "SELECT id, kind, dedupe_key, status, attempts, last_error, due_at \
                         FROM jobs ORDER BY id DESC LIMIT $1",
                    )
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?;
                let mut out = Vec::with_capacity(rows.len());
                for r in rows {
                    let runs: Vec<(String, i64, String, Option<String>, i64, i64)> =
                        sqlx::query_as(
                            "SELECT runner, attempt, outcome, detail, started_at, finished_at \
                             FROM job_runs WHERE job_id = $1 ORDER BY id",
                        )
                        .bind(r.0)
                        .fetch_all(&self.pool)
                        .await?;
                    out.push($crate::store::jobs::JobRow {
                        id: r.0,
                        kind: r.1,
                        dedupe_key: r.2,
                        status: r.3,
                        attempts: r.4,
                        last_error: r.5,
                        due_at: r.6,
                        runs: runs
                            .into_iter()
                            .map(|u| $crate::store::jobs::JobRunRow {
                                runner: u.0,
                                attempt: u.1,
                                outcome: u.2,
                                detail: u.3,
                                started_at: u.4,
                                finished_at: u.5,
                            })
                            .collect(),
                    });
                }
                Ok(out)
            }
        }
    };
}

/// Appends one attempt of `$job` to `job_runs` on `$exec` (a pool or a transaction).
macro_rules! record_run {
    ($exec:expr, $job:expr, $started:expr, $now:expr, $outcome:expr, $detail:expr) => {{
        let job: &$crate::store::jobs::ClaimedJob = $job;
        sqlx::query(
            "INSERT INTO job_runs (job_id, runner, attempt, started_at, finished_at, outcome, \
             detail) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(job.id)
        .bind(&job.runner)
        .bind(job.attempts)
        .bind($started)
        .bind($now)
        .bind($outcome)
        .bind($detail)
        .execute($exec)
        .await?;
    }};
}
