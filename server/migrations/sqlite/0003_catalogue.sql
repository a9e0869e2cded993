-- The public catalogue: regional tariffs, TV channels and packages, offices.
CREATE TABLE tariffs (
    id          TEXT PRIMARY KEY,
    region_code TEXT NOT NULL REFERENCES regions (code),
    service     TEXT NOT NULL CHECK (service IN ('mobile', 'home', 'satellite')),
    name        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    monthly_fee INTEGER NOT NULL CHECK (monthly_fee >= 0),
    minutes     INTEGER NOT NULL CHECK (minutes >= 0),
    sms         INTEGER NOT NULL CHECK (sms >= 0),
    data_mb     INTEGER NOT NULL CHECK (data_mb >= 0),
    per_minute  INTEGER NOT NULL CHECK (per_minute >= 0),
    per_sms     INTEGER NOT NULL CHECK (per_sms >= 0),
    per_mb      INTEGER NOT NULL CHECK (per_mb >= 0),
    speed_mbps  INTEGER,
    tv_package  TEXT
);
CREATE INDEX tariffs_region ON tariffs (region_code, service, position);

CREATE TABLE tv_channels (
    id       INTEGER PRIMARY KEY CHECK (id >= 0),
    name     TEXT NOT NULL UNIQUE,
    genre    TEXT NOT NULL,
    price    INTEGER NOT NULL CHECK (price >= 0)
);

CREATE TABLE tv_packages (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('base', 'addon')),
    position    INTEGER NOT NULL,
    monthly_fee INTEGER NOT NULL CHECK (monthly_fee >= 0)
);

CREATE TABLE tv_package_channels (
    package_id TEXT NOT NULL REFERENCES tv_packages (id),
    channel_id INTEGER NOT NULL REFERENCES tv_channels (id),
    PRIMARY KEY (package_id, channel_id)
);

CREATE TABLE offices (
    id          INTEGER PRIMARY KEY,
    region_code TEXT NOT NULL REFERENCES regions (code),
    name        TEXT NOT NULL,
    address     TEXT NOT NULL,
    hours       TEXT NOT NULL,
    services    TEXT NOT NULL,
    latitude    REAL,
    longitude   REAL,
    UNIQUE (region_code, name)
);
