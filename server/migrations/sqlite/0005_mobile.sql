-- Mobile controls (issue 8, PRODUCT 7). Times are Unix seconds.

-- Numbers a web account manages besides its own, each confirmed by a code sent to it.
CREATE TABLE managed_numbers (
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    phone       TEXT NOT NULL,
    added_at    BIGINT NOT NULL,
    PRIMARY KEY (customer_id, phone)
);
CREATE INDEX managed_numbers_phone ON managed_numbers (phone);

-- SMS of a customer's mobile numbers: folder inbox | sent | blocked; peer is the other side.
CREATE TABLE sms_messages (
    id          INTEGER PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    own_number  TEXT NOT NULL,
    folder      TEXT NOT NULL,
    peer        TEXT NOT NULL,
    body        TEXT NOT NULL,
    parts       BIGINT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX sms_messages_customer ON sms_messages (customer_id, folder, created_at);

-- Numbers whose calls are blocked, per customer (all of its mobile numbers).
CREATE TABLE call_blacklist (
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    number      TEXT NOT NULL,
    added_at    BIGINT NOT NULL,
    PRIMARY KEY (customer_id, number)
);

-- Calls the network refused because of the blacklist.
CREATE TABLE blocked_calls (
    id          INTEGER PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    own_number  TEXT NOT NULL,
    caller      TEXT NOT NULL,
    called_at   BIGINT NOT NULL
);
CREATE INDEX blocked_calls_customer ON blocked_calls (customer_id, called_at);
