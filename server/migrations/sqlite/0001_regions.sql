-- Regions of the operator: tariffs, offices and prices depend on them.
CREATE TABLE regions (
    id        INTEGER PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    name_ru   TEXT NOT NULL,
    name_en   TEXT NOT NULL,
    timezone  TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
