//! [`super::JobStore`] on SQLite: the claim is one `UPDATE … RETURNING`, which SQLite runs
//! under its single write lock, so two runners never claim the same row.

job_store!(
    crate::store::SqliteStore,
    "UPDATE jobs SET status = 'running', locked_by = $1, locked_until = $3, \
     attempts = attempts + 1 WHERE id = (SELECT id FROM jobs \
     WHERE (status = 'pending' AND due_at <= $2) OR (status = 'running' AND locked_until <= $2) \
     ORDER BY due_at, id LIMIT 1) \
     RETURNING id, kind, dedupe_key, payload, attempts"
);
