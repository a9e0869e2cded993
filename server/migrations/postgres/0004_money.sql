-- Money (issue 7): tariffs of accounts, the append-only ledger with a cached balance per
-- account, payments, saved cards, idempotency keys and usage. Amounts are kopecks (BIGINT,
-- signed in the ledger); times are Unix seconds.

-- Which tariff each service account is on.
CREATE TABLE account_tariffs (
    service_account_id BIGINT PRIMARY KEY REFERENCES service_accounts (id),
    tariff_id          TEXT NOT NULL REFERENCES tariffs (id),
    since              BIGINT NOT NULL
);

-- The balance cache: always updated in the transaction that appends an entry, so that
-- balance = SUM(ledger_entries.amount) of the account (checked by the invariant).
CREATE TABLE account_balances (
    service_account_id BIGINT PRIMARY KEY REFERENCES service_accounts (id),
    balance            BIGINT NOT NULL,
    entries            BIGINT NOT NULL
);

-- Card payments, gateway payments. `id` is random (it appears in URLs).
CREATE TABLE payments (
    id                 TEXT PRIMARY KEY,
    customer_id        BIGINT NOT NULL REFERENCES customers (id),
    service_account_id BIGINT NOT NULL REFERENCES service_accounts (id),
    amount             BIGINT NOT NULL CHECK (amount > 0),
    method             TEXT NOT NULL,
    status             TEXT NOT NULL,
    card_last4         TEXT,
    saved_card_id      TEXT,
    external_id        TEXT,
    attempts           BIGINT NOT NULL DEFAULT 0,
    created_at         BIGINT NOT NULL,
    completed_at       BIGINT
);
CREATE INDEX payments_customer ON payments (customer_id, created_at);

-- Append-only: the store has no UPDATE or DELETE of these rows.
CREATE TABLE ledger_entries (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_account_id BIGINT NOT NULL REFERENCES service_accounts (id),
    kind               TEXT NOT NULL CHECK (kind IN ('payment', 'refund', 'subscription_fee',
                           'usage_charge', 'service_fee', 'promised_credit',
                           'promised_repayment', 'bonus_redemption', 'adjustment')),
    amount             BIGINT NOT NULL CHECK (amount <> 0),
    created_at         BIGINT NOT NULL,
    -- the rule and its inputs (shared::ledger::Explanation as JSON)
    explanation        TEXT NOT NULL,
    payment_id         TEXT REFERENCES payments (id)
);
CREATE INDEX ledger_account_time ON ledger_entries (service_account_id, created_at, id);

-- Usage of the package (and beyond it) per account, rated when recorded.
CREATE TABLE usage_records (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_account_id BIGINT NOT NULL REFERENCES service_accounts (id),
    kind               TEXT NOT NULL CHECK (kind IN ('voice', 'sms', 'data')),
    quantity           BIGINT NOT NULL CHECK (quantity >= 0),
    from_package       BIGINT NOT NULL CHECK (from_package >= 0),
    billed             BIGINT NOT NULL CHECK (billed >= 0),
    created_at         BIGINT NOT NULL
);
CREATE INDEX usage_account_time ON usage_records (service_account_id, created_at);

-- Saved cards: a random token, the last 4 digits and the expiry. Never the number.
CREATE TABLE saved_cards (
    id           TEXT PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES customers (id),
    last4        TEXT NOT NULL,
    expiry_year  BIGINT NOT NULL,
    expiry_month BIGINT NOT NULL,
    created_at   BIGINT NOT NULL
);
CREATE INDEX saved_cards_customer ON saved_cards (customer_id);

-- One row per (scope, key): `customer:<id>` or `gateway`. Inserted in the transaction that
-- records the payment, so a key pays at most once; the response is replayed on a retry.
CREATE TABLE idempotency_keys (
    scope         TEXT NOT NULL,
    idem_key      TEXT NOT NULL,
    request_hash  TEXT NOT NULL,
    status        BIGINT NOT NULL,
    response      TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    PRIMARY KEY (scope, idem_key)
);

-- Promised payments (PRODUCT 6): at most one unpaid per account (the partial unique index
-- also stops two concurrent takes). `outstanding` (amount + fee) falls as payments repay it.
CREATE TABLE promised_payments (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_account_id BIGINT NOT NULL REFERENCES service_accounts (id),
    amount             BIGINT NOT NULL CHECK (amount > 0),
    fee                BIGINT NOT NULL CHECK (fee >= 0),
    outstanding        BIGINT NOT NULL CHECK (outstanding >= 0),
    taken_at           BIGINT NOT NULL,
    expires_at         BIGINT NOT NULL
);
CREATE UNIQUE INDEX promised_one_unpaid ON promised_payments (service_account_id)
    WHERE outstanding > 0;
