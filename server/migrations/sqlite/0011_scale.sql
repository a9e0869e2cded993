-- At scale (issue 20): due work found by index, not by walking every row.

-- The period (its first day, YYYY-MM-DD) whose monthly-fee job was last enqueued for the
-- account: a tick enqueues one statement's worth of jobs for the accounts behind the current
-- period and marks them, so the next tick finds nothing to do by this index.
ALTER TABLE account_tariffs ADD COLUMN fees_enqueued TEXT NOT NULL DEFAULT '';
CREATE INDEX account_tariffs_fees_enqueued ON account_tariffs (fees_enqueued);

-- Fee jobs are claimed a batch of one kind at a time, in order, from this index.
CREATE INDEX jobs_kind_due ON jobs (kind, status, due_at, id);

-- Fees that fall due with time resume where the last run stopped: the last day (blocks) or
-- period start (monthly items) charged, YYYY-MM-DD; NULL: none yet.
ALTER TABLE subscriptions ADD COLUMN charged_through TEXT;
