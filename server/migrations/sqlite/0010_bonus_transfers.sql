-- Bonus transfers (PRODUCT 5, issue 7): points move to another number of the operator in one
-- transaction as two entries, `transfer_out` (negative, the sender's) and `transfer_in`
-- (positive, the receiver's), each with the other number in `detail`. SQLite cannot alter a
-- CHECK constraint, so the table is rebuilt with the new kinds, keeping every id and index.
CREATE TABLE bonus_entries_new (
    id          INTEGER PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    kind        TEXT NOT NULL
                CHECK (kind IN ('accrual', 'fee', 'reward', 'transfer_out', 'transfer_in')),
    points      BIGINT NOT NULL CHECK (points <> 0),
    created_at  BIGINT NOT NULL,
    payment_id  TEXT,
    detail      TEXT NOT NULL
);
INSERT INTO bonus_entries_new (id, customer_id, kind, points, created_at, payment_id, detail)
    SELECT id, customer_id, kind, points, created_at, payment_id, detail FROM bonus_entries;
DROP TABLE bonus_entries;
ALTER TABLE bonus_entries_new RENAME TO bonus_entries;
CREATE UNIQUE INDEX bonus_accrual_once ON bonus_entries (payment_id) WHERE kind = 'accrual';
CREATE INDEX bonus_customer ON bonus_entries (customer_id, created_at);
