//! [`super::JobStore`] on PostgreSQL: the claim skips rows another runner has locked, so
//! several server instances share one queue without waiting on each other.

job_store!(
    crate::store::PgStore,
    "UPDATE jobs SET status = 'running', locked_by = $1, locked_until = $3, \
     attempts = attempts + 1 WHERE id = (SELECT id FROM jobs \
     WHERE (status = 'pending' AND due_at <= $2) OR (status = 'running' AND locked_until <= $2) \
     ORDER BY due_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) \
     RETURNING id, kind, dedupe_key, payload, attempts"
);
