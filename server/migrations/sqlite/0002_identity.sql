-- Identity and access (issue 6). Times are Unix seconds (BIGINT), set by the server's clock.

-- Contract holders, as the back office (the demo seed) records them.
CREATE TABLE customers (
    id              INTEGER PRIMARY KEY,
    external_ref    TEXT NOT NULL UNIQUE,
    legal_status    TEXT NOT NULL,
    full_name       TEXT,
    company_name    TEXT,
    birth_date      TEXT,
    passport_series TEXT,
    passport_number TEXT,
    inn             TEXT,
    kpp             TEXT,
    ogrn            TEXT,
    ogrnip          TEXT,
    email           TEXT
);

-- Service accounts (лицевые счета): kind mobile | home | satellite | satellite_interactive.
CREATE TABLE service_accounts (
    id              INTEGER PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customers(id),
    account_number  TEXT NOT NULL UNIQUE,
    contract_number TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL,
    region_code     TEXT NOT NULL REFERENCES regions(code),
    phone           TEXT,
    iccid           TEXT UNIQUE,
    address         TEXT,
    smart_card      TEXT,
    chip_id         TEXT
);
CREATE INDEX service_accounts_customer ON service_accounts (customer_id);
CREATE INDEX service_accounts_phone ON service_accounts (phone);

-- The subscriber's own web account, at most one per customer.
CREATE TABLE web_accounts (
    customer_id         BIGINT PRIMARY KEY REFERENCES customers(id),
    login               TEXT NOT NULL UNIQUE,
    email               TEXT,
    password_hash       TEXT,
    -- a password sent by SMS: works next to the permanent one for 48 hours, forces a change
    temporary_hash      TEXT,
    temporary_issued_at BIGINT,
    created_at          BIGINT NOT NULL
);

CREATE TABLE sessions (
    id                   INTEGER PRIMARY KEY,
    token_hash           TEXT NOT NULL UNIQUE,
    csrf_hash            TEXT NOT NULL,
    customer_id          BIGINT NOT NULL REFERENCES customers(id),
    user_agent           TEXT NOT NULL,
    ip                   TEXT NOT NULL,
    created_at           BIGINT NOT NULL,
    last_seen_at         BIGINT NOT NULL,
    must_change_password BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX sessions_customer ON sessions (customer_id);

-- One live code per purpose and subject; hashed, attempt-counted.
CREATE TABLE one_time_codes (
    purpose     TEXT NOT NULL,
    subject     TEXT NOT NULL,
    customer_id BIGINT,
    code_hash   TEXT NOT NULL,
    sent_at     BIGINT NOT NULL,
    attempts    BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (purpose, subject)
);

-- Failure counters and lockouts per identifier and per IP, shared by every instance.
CREATE TABLE auth_throttle (
    key          TEXT PRIMARY KEY,
    failures     BIGINT NOT NULL,
    locked_until BIGINT NOT NULL DEFAULT 0,
    updated_at   BIGINT NOT NULL
);

-- Proof-of-work challenges already accepted (single use).
CREATE TABLE used_challenges (
    nonce      TEXT PRIMARY KEY,
    expires_at BIGINT NOT NULL
);

-- What the dev mailer and SMS gateway "sent".
CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,
    channel    TEXT NOT NULL,
    recipient  TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- Devices a customer has signed in from (browser and system summary), for the
-- "sign-in from a new device" notice.
CREATE TABLE known_devices (
    customer_id   BIGINT NOT NULL REFERENCES customers(id),
    device        TEXT NOT NULL,
    first_seen_at BIGINT NOT NULL,
    PRIMARY KEY (customer_id, device)
);
