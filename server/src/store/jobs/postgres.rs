//! [`super::JobStore`] on PostgreSQL: the claims skip rows another runner has locked, so
//! several server instances share one queue without waiting on each other; a period's fees
//! are enqueued by one statement that marks the accounts and inserts their jobs together.

job_store!(
    crate::store::PgStore,
    crate::store::Backend::Postgres,
    "UPDATE jobs SET status = 'running', locked_by = $1, locked_until = $3, \
     attempts = attempts + 1 WHERE id = (SELECT id FROM jobs \
     WHERE (status = 'pending' AND due_at <= $2) OR (status = 'running' AND locked_until <= $2) \
     ORDER BY due_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) \
     RETURNING id, kind, dedupe_key, payload, attempts",
    "UPDATE jobs SET status = 'running', locked_by = $1, locked_until = $3, \
     attempts = attempts + 1 WHERE id IN (SELECT id FROM jobs \
     WHERE kind = $4 AND status = 'pending' AND due_at <= $2 \
     ORDER BY due_at, id LIMIT $5 FOR UPDATE SKIP LOCKED) \
     RETURNING id, kind, dedupe_key, payload, attempts",
    &[(
        "WITH marked AS (UPDATE account_tariffs SET fees_enqueued = $1 \
         WHERE fees_enqueued < $1 RETURNING service_account_id) \
         INSERT INTO jobs (kind, dedupe_key, payload, due_at, created_at) \
         SELECT $4, 'fee:' || service_account_id || ':' || $1, \
         '{\"account_id\":' || service_account_id || ',\"period_start\":\"' || $1 || '\"}', \
         $2, $3 FROM marked ON CONFLICT (dedupe_key) DO NOTHING",
        4
    )]
);
