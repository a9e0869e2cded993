-- Devices a customer has signed in from (browser and system summary), for the
-- "sign-in from a new device" notice.
CREATE TABLE known_devices (
    customer_id   BIGINT NOT NULL REFERENCES customers(id),
    device        TEXT NOT NULL,
    first_seen_at BIGINT NOT NULL,
    PRIMARY KEY (customer_id, device)
);
