-- Sign-in with an OpenID Connect provider (issue 6 item 3).

-- A provider account (issuer + subject) linked to a customer, from the signed-in profile only.
CREATE TABLE oidc_links (
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    issuer      TEXT NOT NULL,
    subject     TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (issuer, subject)
);
CREATE INDEX oidc_links_customer ON oidc_links (customer_id);

-- Authorisation requests in flight: single use, 10 minutes. The browser holds the state in an
-- HttpOnly cookie; the row (by its hash) holds the nonce and the PKCE verifier. customer_id
-- is set when a signed-in customer is linking an account.
CREATE TABLE oidc_states (
    state_hash    TEXT PRIMARY KEY,
    nonce         TEXT NOT NULL,
    pkce_verifier TEXT NOT NULL,
    customer_id   BIGINT,
    created_at    BIGINT NOT NULL
);
