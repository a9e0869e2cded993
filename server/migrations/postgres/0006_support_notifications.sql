-- Support threads, contacts and notifications (issue 8, PRODUCT 8). Times are Unix seconds.

-- Questions to the operator: status open | answered | closed.
CREATE TABLE support_threads (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    subject     TEXT NOT NULL,
    status      TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX support_threads_customer ON support_threads (customer_id, updated_at);

-- Messages of a thread: author customer | operator.
CREATE TABLE support_messages (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    thread_id  BIGINT NOT NULL REFERENCES support_threads(id),
    author     TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX support_messages_thread ON support_messages (thread_id);

-- Files attached to a thread, kept in the database; the id is random (256 bits).
CREATE TABLE support_attachments (
    id          TEXT PRIMARY KEY,
    thread_id   BIGINT NOT NULL REFERENCES support_threads(id),
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    file_name   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    size        BIGINT NOT NULL,
    content     BYTEA NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX support_attachments_thread ON support_attachments (thread_id);

-- The phone notifications go to (e-mail is web_accounts.email); NULL: the first mobile number.
ALTER TABLE web_accounts ADD COLUMN contact_phone TEXT;

-- Choices that differ from the defaults in shared::notify, per event and channel.
CREATE TABLE notification_prefs (
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    event       TEXT NOT NULL,
    channel     TEXT NOT NULL,
    enabled     BIGINT NOT NULL,
    PRIMARY KEY (customer_id, event, channel)
);

-- The in-app notification centre.
CREATE TABLE notifications (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    event       TEXT NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    read_at     BIGINT
);
CREATE INDEX notifications_customer ON notifications (customer_id, id);
