//! [`super::JobStore`] on SQLite: a claim is one `UPDATE … RETURNING`, which SQLite runs
//! under its single write lock, so two runners never claim the same row; a period's fees are
//! enqueued by two statements in one transaction, which holds that lock from the first.

job_store!(
    crate::store::SqliteStore,
    crate::store::Backend::Sqlite,
    "UPDATE jobs SET status = 'running', locked_by = $1, locked_until = $3, \
     attempts = attempts + 1 WHERE id = (SELECT id FROM jobs \
     WHERE (status = 'pending' AND due_at <= $2) OR (status = 'running' AND locked_until <= $2) \
     ORDER BY due_at, id LIMIT 1) \
     RETURNING id, kind, dedupe_key, payload, attempts",
    "UPDATE jobs SET status = 'running', locked_by = $1, locked_until = $3, \
     attempts = attempts + 1 WHERE id IN (SELECT id FROM jobs \
     WHERE kind = $4 AND status = 'pending' AND due_at <= $2 \
     ORDER BY due_at, id LIMIT $5) \
     RETURNING id, kind, dedupe_key, payload, attempts",
    &[
        (
            "INSERT INTO jobs (kind, dedupe_key, payload, due_at, created_at) \
             SELECT $4, 'fee:' || service_account_id || ':' || $1, \
             '{\"account_id\":' || service_account_id || ',\"period_start\":\"' || $1 || '\"}', \
             $2, $3 FROM account_tariffs WHERE fees_enqueued < $1 \
             ON CONFLICT (dedupe_key) DO NOTHING",
            4
        ),
        (
            "UPDATE account_tariffs SET fees_enqueued = $1 WHERE fees_enqueued < $1",
            1
        ),
    ]
);
