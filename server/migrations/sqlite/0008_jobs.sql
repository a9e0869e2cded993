-- Scheduled work (issue 7): the job queue, every attempt of a job, the keys that make each
-- effect of a job happen once, auto-payment rules and their attempts, expense limits and
-- service restrictions. Times are Unix seconds, amounts kopecks.

-- One row per unit of work. `dedupe_key` (e.g. `fee:<account>:<period>`) makes enqueueing
-- idempotent; a runner claims a row by setting `locked_by` and a lease (`locked_until`); a
-- lease that ran out may be claimed again by another runner.
CREATE TABLE jobs (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    dedupe_key   TEXT NOT NULL UNIQUE,
    payload      TEXT NOT NULL,
    due_at       BIGINT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'running', 'done', 'failed')),
    attempts     BIGINT NOT NULL DEFAULT 0,
    last_error   TEXT,
    locked_by    TEXT,
    locked_until BIGINT,
    created_at   BIGINT NOT NULL,
    finished_at  BIGINT
);
CREATE INDEX jobs_due ON jobs (status, due_at);

-- Every attempt of a job and its outcome.
CREATE TABLE job_runs (
    id          INTEGER PRIMARY KEY,
    job_id      BIGINT NOT NULL REFERENCES jobs (id),
    runner      TEXT NOT NULL,
    attempt     BIGINT NOT NULL,
    started_at  BIGINT NOT NULL,
    finished_at BIGINT NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('done', 'skipped', 'retry', 'failed', 'lost')),
    detail      TEXT
);
CREATE INDEX job_runs_job ON job_runs (job_id);

-- An effect (a fee of a period, an auto-payment of a trigger, a reminder) is written under
-- its key in the transaction that writes it: a job run twice cannot charge twice.
CREATE TABLE effect_keys (
    effect_key TEXT PRIMARY KEY,
    created_at BIGINT NOT NULL
);

-- Auto-payment rules (shared::autopay): top up `amount` from a saved card when the balance
-- is below `threshold`, or on `day` of the month; within daily and monthly caps. `version`
-- grows with every attempt: a run that read an older version is retried, never doubled.
CREATE TABLE autopay_rules (
    id                 INTEGER PRIMARY KEY,
    customer_id        BIGINT NOT NULL REFERENCES customers (id),
    service_account_id BIGINT NOT NULL REFERENCES service_accounts (id),
    card_id            TEXT NOT NULL,
    trigger_kind       TEXT NOT NULL CHECK (trigger_kind IN ('balance_below', 'day_of_month')),
    threshold          BIGINT,
    day_of_month       BIGINT,
    amount             BIGINT NOT NULL CHECK (amount > 0),
    daily_cap          BIGINT NOT NULL,
    monthly_cap        BIGINT NOT NULL,
    paused             BOOLEAN NOT NULL DEFAULT FALSE,
    deleted            BOOLEAN NOT NULL DEFAULT FALSE,
    version            BIGINT NOT NULL DEFAULT 0,
    created_at         BIGINT NOT NULL
);
CREATE INDEX autopay_rules_account ON autopay_rules (service_account_id);

-- Every auto-payment attempt: one per (rule, trigger).
CREATE TABLE autopay_attempts (
    id          INTEGER PRIMARY KEY,
    rule_id     BIGINT NOT NULL REFERENCES autopay_rules (id),
    trigger_key TEXT NOT NULL,
    amount      BIGINT NOT NULL,
    outcome     TEXT NOT NULL,
    payment_id  TEXT,
    created_at  BIGINT NOT NULL,
    UNIQUE (rule_id, trigger_key)
);

-- Expense control: the monthly spending limit of an account.
CREATE TABLE expense_limits (
    service_account_id BIGINT PRIMARY KEY REFERENCES service_accounts (id),
    limit_amount       BIGINT NOT NULL CHECK (limit_amount > 0),
    updated_at         BIGINT NOT NULL
);

-- Service restricted (a promised payment expired unpaid); lifted when it is repaid.
CREATE TABLE account_restrictions (
    service_account_id BIGINT NOT NULL REFERENCES service_accounts (id),
    reason             TEXT NOT NULL,
    since              BIGINT NOT NULL,
    lifted_at          BIGINT
);
CREATE UNIQUE INDEX account_restrictions_active ON account_restrictions (service_account_id, reason)
    WHERE lifted_at IS NULL;

-- Bonus points (PRODUCT 5): append-only, per customer; the balance is the sum. An accrual
-- is written in the transaction of its payment, at most once per payment.
CREATE TABLE bonus_entries (
    id          INTEGER PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    kind        TEXT NOT NULL CHECK (kind IN ('accrual', 'fee', 'reward')),
    points      BIGINT NOT NULL CHECK (points <> 0),
    created_at  BIGINT NOT NULL,
    payment_id  TEXT,
    detail      TEXT NOT NULL
);
CREATE UNIQUE INDEX bonus_accrual_once ON bonus_entries (payment_id) WHERE kind = 'accrual';
CREATE INDEX bonus_customer ON bonus_entries (customer_id, created_at);
