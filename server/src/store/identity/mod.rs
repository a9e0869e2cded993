//! Identity storage: customers and their service accounts, web accounts, sessions, one-time
//! codes, throttling counters, used challenges and the dev outbox. The SQL is written once
//! (`$N` placeholders work on both databases) in [`sql`] and instantiated per backend.

#[macro_use]
mod sql_codes;
#[macro_use]
mod sql_customers;
#[macro_use]
mod sql_oidc;
#[macro_use]
mod sql_sessions;
#[macro_use]
mod sql;
mod postgres;
mod sqlite;

use async_trait::async_trait;

use super::StoreError;

pub type CustomerId = i64;

/// A contract holder as the back office records it (canonical `shared` forms).
#[derive(Debug, Clone, Default)]
pub struct NewCustomer<'a> {
    pub external_ref: &'a str,
    /// `individual`, `legal_entity` or `sole_proprietor`.
    pub legal_status: &'a str,
    pub full_name: Option<&'a str>,
    pub company_name: Option<&'a str>,
    /// `YYYY-MM-DD`.
    pub birth_date: Option<&'a str>,
    pub passport_series: Option<&'a str>,
    pub passport_number: Option<&'a str>,
    pub inn: Option<&'a str>,
    pub kpp: Option<&'a str>,
    pub ogrn: Option<&'a str>,
    pub ogrnip: Option<&'a str>,
    pub email: Option<&'a str>,
}

/// A service account; `kind` is `mobile`, `home`, `satellite` or `satellite_interactive`.
#[derive(Debug, Clone, Default)]
pub struct NewServiceAccount<'a> {
    pub account_number: &'a str,
    pub contract_number: &'a str,
    pub kind: &'a str,
    pub region_code: &'a str,
    pub phone: Option<&'a str>,
    pub iccid: Option<&'a str>,
    pub address: Option<&'a str>,
    pub smart_card: Option<&'a str>,
    pub chip_id: Option<&'a str>,
}

/// A customer's identity as stored, for matching registration data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerRecord {
    pub id: CustomerId,
    pub legal_status: String,
    pub full_name: Option<String>,
    pub company_name: Option<String>,
    pub birth_date: Option<String>,
    pub passport_series: Option<String>,
    pub passport_number: Option<String>,
    pub inn: Option<String>,
    pub kpp: Option<String>,
    pub ogrn: Option<String>,
    pub ogrnip: Option<String>,
    pub email: Option<String>,
}

/// How a person names themselves at sign-in or recovery (canonical forms).
#[derive(Debug, Clone, Copy)]
pub enum Lookup<'a> {
    Login(&'a str),
    /// E.164, of a mobile service account.
    Phone(&'a str),
    Contract(&'a str),
    Account(&'a str),
    /// SIM of an interactive satellite receiver.
    Iccid(&'a str),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebAccount {
    pub customer_id: CustomerId,
    pub login: String,
    pub email: Option<String>,
    /// The permanent password.
    pub password_hash: Option<String>,
    /// A temporary password sent by SMS. It works next to the permanent one (so a stranger
    /// requesting one cannot lock the holder out) until changed or 48 hours old.
    pub temporary_hash: Option<String>,
    pub temporary_issued_at: Option<i64>,
}

pub struct NewSession<'a> {
    pub token_hash: &'a str,
    pub csrf_hash: &'a str,
    pub customer_id: CustomerId,
    pub user_agent: &'a str,
    pub ip: &'a str,
    pub now: i64,
    pub must_change_password: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    pub id: i64,
    pub customer_id: CustomerId,
    pub csrf_hash: String,
    pub user_agent: String,
    pub ip: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub must_change_password: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeRecord {
    pub customer_id: Option<CustomerId>,
    pub code_hash: String,
    pub sent_at: i64,
    pub attempts: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThrottleRecord {
    pub failures: i64,
    pub locked_until: i64,
    pub updated_at: i64,
}

/// Times before which rows are dead (Unix seconds); see [`IdentityStore::prune`].
#[derive(Debug, Clone, Copy)]
pub struct Cutoffs {
    pub now: i64,
    pub idle_before: i64,
    pub started_before: i64,
    pub codes_before: i64,
    pub throttle_before: i64,
}

/// An OpenID Connect authorisation request in flight ([`IdentityStore::take_oidc_state`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OidcStateRecord {
    pub nonce: String,
    pub pkce_verifier: String,
    /// Set when a signed-in customer is linking a provider account.
    pub customer_id: Option<CustomerId>,
    pub created_at: i64,
}

/// How long an OpenID Connect authorisation request may take, in seconds.
pub const OIDC_STATE_LIFETIME_SECS: i64 = 600;

/// A provider account linked to a customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OidcLinkRecord {
    pub issuer: String,
    pub subject: String,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub id: i64,
    pub channel: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub created_at: i64,
}

#[async_trait]
pub trait IdentityStore: Send + Sync {
    // ---- back office ----
    /// Inserts a customer with its accounts unless `external_ref` exists; true when new.
    async fn insert_customer(
        &self,
        customer: &NewCustomer<'_>,
        accounts: &[NewServiceAccount<'_>],
    ) -> Result<bool, StoreError>;
    async fn customer(&self, id: CustomerId) -> Result<Option<CustomerRecord>, StoreError>;
    /// The holder of the service account with this contract number, and the account's kind.
    async fn contract_holder(
        &self,
        contract_number: &str,
    ) -> Result<Option<(CustomerId, String)>, StoreError>;
    /// The customer an identifier names, if any.
    async fn find_customer(&self, lookup: Lookup<'_>) -> Result<Option<CustomerId>, StoreError>;
    /// A phone that reaches the customer: the first mobile (or interactive satellite) number.
    async fn customer_phone(&self, id: CustomerId) -> Result<Option<String>, StoreError>;
    /// The SIM's phone number of the interactive satellite account with this ICCID.
    async fn sim_phone(&self, iccid: &str) -> Result<Option<String>, StoreError>;
    /// The personal account number of the satellite receiver with both numbers.
    async fn satellite_account(
        &self,
        chip_id: &str,
        smart_card: &str,
    ) -> Result<Option<String>, StoreError>;

    // ---- web accounts ----
    async fn web_account(&self, id: CustomerId) -> Result<Option<WebAccount>, StoreError>;
    /// Creates the web account; false when the customer already has one.
    async fn create_web_account(&self, account: &WebAccount, now: i64) -> Result<bool, StoreError>;
    /// Sets the permanent password and drops any temporary one.
    async fn set_password(&self, id: CustomerId, hash: &str) -> Result<(), StoreError>;
    /// Sets the temporary password issued at `issued_at`.
    async fn set_temporary_password(
        &self,
        id: CustomerId,
        hash: &str,
        issued_at: i64,
    ) -> Result<(), StoreError>;

    // ---- sessions ----
    async fn insert_session(&self, session: &NewSession<'_>) -> Result<i64, StoreError>;
    async fn session_by_token(&self, token_hash: &str)
    -> Result<Option<SessionRecord>, StoreError>;
    async fn touch_session(&self, id: i64, now: i64) -> Result<(), StoreError>;
    async fn clear_must_change(&self, id: i64) -> Result<(), StoreError>;
    /// Sessions of a customer, most recently seen first.
    async fn sessions_of(&self, id: CustomerId) -> Result<Vec<SessionRecord>, StoreError>;
    /// Ends one session of this customer; false when there is no such session.
    async fn delete_session(&self, customer: CustomerId, id: i64) -> Result<bool, StoreError>;
    /// Ends every session of the customer except `keep`; returns how many ended.
    async fn delete_sessions_except(
        &self,
        customer: CustomerId,
        keep: Option<i64>,
    ) -> Result<u64, StoreError>;

    /// Records that the customer signed in from `device`; returns `(new, known devices)`.
    async fn remember_device(
        &self,
        customer: CustomerId,
        device: &str,
        now: i64,
    ) -> Result<(bool, i64), StoreError>;

    // ---- OpenID Connect ----
    /// Stores an authorisation request in flight under the hash of its state.
    async fn put_oidc_state(
        &self,
        state_hash: &str,
        record: &OidcStateRecord,
    ) -> Result<(), StoreError>;
    /// Deletes and returns the request with this state hash: exactly one caller gets it.
    async fn take_oidc_state(
        &self,
        state_hash: &str,
    ) -> Result<Option<OidcStateRecord>, StoreError>;
    /// The customer the provider account is linked to, if any.
    async fn oidc_customer(
        &self,
        issuer: &str,
        subject: &str,
    ) -> Result<Option<CustomerId>, StoreError>;
    /// Links the provider account to the customer unless it is linked already; returns the
    /// customer it is linked to afterwards (another one when it was taken).
    async fn link_oidc(
        &self,
        customer: CustomerId,
        issuer: &str,
        subject: &str,
        now: i64,
    ) -> Result<CustomerId, StoreError>;
    /// The customer's linked provider accounts, oldest first.
    async fn oidc_links_of(&self, customer: CustomerId) -> Result<Vec<OidcLinkRecord>, StoreError>;
    /// Removes one link of this customer; false when there is no such link.
    async fn unlink_oidc(
        &self,
        customer: CustomerId,
        issuer: &str,
        subject: &str,
    ) -> Result<bool, StoreError>;

    // ---- one-time codes ----
    /// Stores a new code for (purpose, subject), replacing the previous one.
    async fn put_code(
        &self,
        purpose: &str,
        subject: &str,
        customer: Option<CustomerId>,
        code_hash: &str,
        now: i64,
    ) -> Result<(), StoreError>;
    async fn code(&self, purpose: &str, subject: &str) -> Result<Option<CodeRecord>, StoreError>;
    /// Reserves one try of the code before it is compared: counts it unless `max_attempts`
    /// were already used, and returns the code with the count including this try. `None` when
    /// there is no code or no try is left; concurrent tries never exceed `max_attempts`.
    async fn reserve_code_attempt(
        &self,
        purpose: &str,
        subject: &str,
        max_attempts: i64,
    ) -> Result<Option<CodeRecord>, StoreError>;
    /// Deletes the code if it is still this one; true for exactly one of concurrent callers.
    async fn consume_code(
        &self,
        purpose: &str,
        subject: &str,
        code_hash: &str,
    ) -> Result<bool, StoreError>;

    // ---- throttling ----
    async fn throttle(&self, key: &str) -> Result<Option<ThrottleRecord>, StoreError>;
    /// Counts one more event for `key` (restarting from 1 when the last one is older than
    /// `window_start`); returns the count.
    async fn count_failure(
        &self,
        key: &str,
        now: i64,
        window_start: i64,
    ) -> Result<i64, StoreError>;
    /// Reserves one attempt for `key` before it is judged, unless the key is locked at `now`:
    /// counts it (from 1 again when the last event is older than `window_start`) and, when the
    /// count reaches `free`, locks the key until `hold_until` in the same statement, so that
    /// attempts sent at once are judged at most `free` at a time. Returns the count, or `None`
    /// while the key is locked.
    async fn reserve_attempt(
        &self,
        key: &str,
        now: i64,
        window_start: i64,
        free: i64,
        hold_until: i64,
    ) -> Result<Option<i64>, StoreError>;
    /// Takes back one reserved attempt (not judged, or one that must not count), lifting the
    /// hold it placed (`hold_until`) if that hold is still the lock.
    async fn release_attempt(&self, key: &str, hold_until: i64) -> Result<(), StoreError>;
    async fn lock_until(&self, key: &str, until: i64) -> Result<(), StoreError>;
    async fn clear_throttle(&self, key: &str) -> Result<(), StoreError>;

    // ---- challenges ----
    /// Marks a challenge used; false when it already was.
    async fn use_challenge(&self, nonce: &str, expires_at: i64) -> Result<bool, StoreError>;

    // ---- housekeeping ----
    /// Deletes what can no longer be used: sessions idle since `idle_before` or started
    /// before `started_before`, codes sent before `codes_before`, expired challenges and
    /// throttle rows untouched since `throttle_before` and not locked. Returns rows deleted.
    async fn prune(&self, cutoffs: &Cutoffs) -> Result<u64, StoreError>;

    // ---- outbox ----
    async fn push_outbox(
        &self,
        channel: &str,
        recipient: &str,
        subject: &str,
        body: &str,
        now: i64,
    ) -> Result<(), StoreError>;
    /// Messages, newest first, optionally only those to `recipient`.
    async fn outbox(&self, recipient: Option<&str>) -> Result<Vec<OutboxRow>, StoreError>;
}
