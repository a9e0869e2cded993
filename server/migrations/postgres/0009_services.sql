-- Tariffs and services (issue 8, PRODUCT 4 and 7): the options catalogue, everything paid
-- that is connected to an account (tariff, options, TV, Multiroom sets, blocks), the
-- activation log and home internet connections. Ledger entries gain the connected item they
-- pay for and an optional unique key that makes an accrual (a block's daily fee) happen at
-- most once. Times are Unix seconds, amounts kopecks.

CREATE TABLE service_options (
    id         TEXT PRIMARY KEY,
    service    TEXT NOT NULL CHECK (service IN ('mobile', 'home', 'satellite')),
    name       TEXT NOT NULL,
    effect     TEXT NOT NULL,
    price_kind TEXT NOT NULL CHECK (price_kind IN ('monthly', 'daily', 'one_off', 'free')),
    price      BIGINT NOT NULL CHECK (price >= 0),
    position   BIGINT NOT NULL
);

-- One row per connection; ended_at is set when it is cancelled or replaced (never deleted).
CREATE TABLE subscriptions (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_account_id BIGINT NOT NULL REFERENCES service_accounts (id),
    kind               TEXT NOT NULL CHECK (kind IN ('tariff', 'option', 'tv_base', 'tv_addon', 'tv_channel',
                           'multiroom', 'block')),
    item_id            TEXT NOT NULL,
    name               TEXT NOT NULL,
    monthly_fee        BIGINT NOT NULL CHECK (monthly_fee >= 0),
    -- blocks: temporary | permanent | lost_phone
    variant            TEXT,
    started_at         BIGINT NOT NULL,
    ended_at           BIGINT
);
CREATE UNIQUE INDEX subscriptions_one_active ON subscriptions (service_account_id, kind, item_id)
    WHERE ended_at IS NULL;
CREATE INDEX subscriptions_account ON subscriptions (service_account_id, started_at);

CREATE TABLE activation_log (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_account_id BIGINT NOT NULL REFERENCES service_accounts (id),
    at                 BIGINT NOT NULL,
    action             TEXT NOT NULL CHECK (action IN ('connected', 'disconnected')),
    kind               TEXT NOT NULL,
    item_id            TEXT NOT NULL,
    name               TEXT NOT NULL,
    channel            TEXT NOT NULL CHECK (channel IN ('web', 'sms', 'operator')),
    actor              TEXT NOT NULL
);
CREATE INDEX activation_log_account ON activation_log (service_account_id, at);

CREATE TABLE internet_connections (
    service_account_id BIGINT PRIMARY KEY REFERENCES service_accounts (id),
    address            TEXT NOT NULL,
    ip                 TEXT NOT NULL,
    -- one piece of equipment per line
    equipment          TEXT NOT NULL,
    traffic_used_mb    BIGINT NOT NULL CHECK (traffic_used_mb >= 0)
);

ALTER TABLE ledger_entries ADD COLUMN subscription_id BIGINT REFERENCES subscriptions (id);
ALTER TABLE ledger_entries ADD COLUMN dedup_key TEXT;
CREATE UNIQUE INDEX ledger_dedup_key ON ledger_entries (dedup_key);
CREATE INDEX ledger_subscription ON ledger_entries (subscription_id);
