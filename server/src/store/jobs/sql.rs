//! The job queue SQL, once for both databases but the claim statements and the enqueueing of
//! a period's fees.

/// `$claim` claims one job, `$claim_batch` up to `$5` jobs of kind `$4`; `$enqueue_fees` are
/// the statements of [`JobStore::enqueue_period_fees`](super::JobStore::enqueue_period_fees)
/// in order, each `(sql, how many of the parameters period, due_at, now, kind it takes)`; the
/// first one's row count is the number of new jobs.
macro_rules! job_store {
    ($store:ty, $backend:expr, $claim:expr, $claim_batch:expr, $enqueue_fees:expr) => {
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
                let row: Option<$crate::store::jobs::ClaimRow> = sqlx::query_as($claim)
                    .bind(runner)
                    .bind(now)
                    .bind(now + lease)
                    .fetch_optional(&self.writer)
                    .await?;
                Ok(row.map(|r| r.claimed_by(runner)))
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

            async fn enqueue_period_fees(
                &self,
                kind: &str,
                period: &str,
                due_at: i64,
                now: i64,
            ) -> Result<u64, $crate::store::StoreError> {
                let statements: &[(&str, usize)] = $enqueue_fees;
                let mut tx = self.writer.begin().await?;
                let mut new = None;
                for (sql, params) in statements {
                    let mut q = sqlx::query(sql).bind(period);
                    if *params > 1 {
                        q = q.bind(due_at).bind(now).bind(kind);
                    }
                    let n = q.execute(&mut *tx).await?.rows_affected();
                    new.get_or_insert(n);
                }
                tx.commit().await?;
                Ok(new.unwrap_or_default())
            }

            async fn claim_jobs(
                &self,
                runner: &str,
                kind: &str,
                now: i64,
                lease: i64,
                limit: i64,
            ) -> Result<Vec<$crate::store::jobs::ClaimedJob>, $crate::store::StoreError> {
                let rows: Vec<$crate::store::jobs::ClaimRow> = sqlx::query_as($claim_batch)
                    .bind(runner)
                    .bind(now)
                    .bind(now + lease)
                    .bind(kind)
                    .bind(limit)
                    .fetch_all(&self.writer)
                    .await?;
                let mut jobs: Vec<_> = rows.into_iter().map(|r| r.claimed_by(runner)).collect();
                jobs.sort_by_key(|j| j.id);
                Ok(jobs)
            }

            async fn tariffs_of(
                &self,
                accounts: &[i64],
            ) -> Result<Vec<(i64, String)>, $crate::store::StoreError> {
                use $crate::store::batch::{Column, rows};
                let ids: Vec<serde_json::Value> =
                    accounts.iter().map(|a| serde_json::json!({ "a": a })).collect();
                let sql = format!(
                    "SELECT service_account_id, tariff_id FROM account_tariffs \
                     WHERE service_account_id IN (SELECT a FROM {})",
                    rows($backend, 1, &[Column::Int("a")])
                );
                Ok(sqlx::query_as(&sql)
                    .bind(serde_json::Value::from(ids).to_string())
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn finish_fee_batch(
                &self,
                runner: &str,
                started_at: i64,
                now: i64,
                charges: &[$crate::store::jobs::FeeCharge],
            ) -> Result<$crate::store::jobs::FeeBatch, $crate::store::StoreError> {
                use std::collections::HashSet;

                use serde_json::{Value, json};

                use $crate::store::batch::{Column, rows};
                let backend = $backend;
                let array = |v: Vec<Value>| Value::from(v).to_string();
                let mut tx = self.writer.begin().await?;
                // First statement a write: the jobs still this runner's are this
                // transaction's until it ends.
                let ids = array(charges.iter().map(|c| json!({ "id": c.job.id })).collect());
                let owned: Vec<(i64,)> = sqlx::query_as(&format!(
                    "UPDATE jobs SET status = 'done', finished_at = $3, locked_by = NULL, \
                     locked_until = NULL, last_error = NULL WHERE locked_by = $2 \
                     AND status = 'running' AND id IN (SELECT id FROM {}) RETURNING id",
                    rows(backend, 1, &[Column::Int("id")])
                ))
                .bind(ids)
                .bind(runner)
                .bind(now)
                .fetch_all(&mut *tx)
                .await?;
                let owned: HashSet<i64> = owned.into_iter().map(|(id,)| id).collect();
                let mine = || charges.iter().filter(|c| owned.contains(&c.job.id));
                let keys: Vec<Value> = mine()
                    .filter_map(|c| c.effect_key.as_deref())
                    .map(|k| json!({ "k": k }))
                    .collect();
                let new_keys: HashSet<String> = if keys.is_empty() {
                    HashSet::new()
                } else {
                    let new: Vec<(String,)> = sqlx::query_as(&format!(
                        "INSERT INTO effect_keys (effect_key, created_at) SELECT k, $2 \
                         FROM {} WHERE true ON CONFLICT (effect_key) DO NOTHING \
                         RETURNING effect_key",
                        rows(backend, 1, &[Column::Text("k")])
                    ))
                    .bind(array(keys))
                    .bind(now)
                    .fetch_all(&mut *tx)
                    .await?;
                    new.into_iter().map(|(k,)| k).collect()
                };
                let charged = |c: &&$crate::store::jobs::FeeCharge| {
                    c.effect_key.as_ref().is_some_and(|k| new_keys.contains(k))
                };
                let entries: Vec<Value> = mine()
                    .filter(charged)
                    .filter_map(|c| c.entry.as_ref())
                    .map(|e| {
                        json!({
                            "a": e.account_id,
                            "k": e.kind.as_str(),
                            "amt": e.amount.kopecks(),
                            "at": e.created_at,
                            "ex": $crate::store::money::explanation_json(&e.explanation),
                        })
                    })
                    .collect();
                if !entries.is_empty() {
                    let table = rows(
                        backend,
                        1,
                        &[
                            Column::Int("a"),
                            Column::Text("k"),
                            Column::Int("amt"),
                            Column::Int("at"),
                            Column::Text("ex"),
                        ],
                    );
                    let entries = array(entries);
                    sqlx::query(&format!(
                        "INSERT INTO ledger_entries (service_account_id, kind, amount, \
                         created_at, explanation) SELECT a, k, amt, at, ex FROM {table} \
                         WHERE true ORDER BY a"
                    ))
                    .bind(&entries)
                    .execute(&mut *tx)
                    .await?;
                    // The balance cache moves with the entries, in the same transaction.
                    sqlx::query(&format!(
                        "INSERT INTO account_balances (service_account_id, balance, entries) \
                         SELECT a, SUM(amt), COUNT(*) FROM {table} WHERE true GROUP BY a \
                         ORDER BY a ON CONFLICT (service_account_id) DO UPDATE SET \
                         balance = account_balances.balance + excluded.balance, \
                         entries = account_balances.entries + excluded.entries"
                    ))
                    .bind(&entries)
                    .execute(&mut *tx)
                    .await?;
                }
                let mut batch = $crate::store::jobs::FeeBatch::default();
                let runs: Vec<Value> = charges
                    .iter()
                    .map(|c| {
                        let outcome = if !owned.contains(&c.job.id) {
                            batch.lost += 1;
                            "lost"
                        } else if charged(&c) {
                            batch.done += 1;
                            "done"
                        } else {
                            batch.skipped += 1;
                            "skipped"
                        };
                        json!({ "id": c.job.id, "att": c.job.attempts, "o": outcome })
                    })
                    .collect();
                sqlx::query(&format!(
                    "INSERT INTO job_runs (job_id, runner, attempt, started_at, finished_at, \
                     outcome) SELECT id, $2, att, $3, $4, o FROM {} WHERE true",
                    rows(
                        backend,
                        1,
                        &[Column::Int("id"), Column::Int("att"), Column::Text("o")]
                    )
                ))
                .bind(array(runs))
                .bind(runner)
                .bind(started_at)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(batch)
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
