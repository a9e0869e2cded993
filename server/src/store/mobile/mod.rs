//! Storage of the mobile controls (PRODUCT 7): managed extra numbers, SMS folders, the call
//! blacklist and the calls it blocked. Every read and write is scoped by customer id; the SQL
//! is written once in [`sql`] for both backends.

#[macro_use]
mod sql;
mod postgres;
mod sqlite;

use async_trait::async_trait;

use super::identity::CustomerId;
use super::{Insert, LimitRule, StoreError};

/// Someone managing one of a customer's numbers: `(number, manager's name, since)`.
pub type ManagerRow = (String, String, i64);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmsRow {
    pub id: i64,
    pub own_number: String,
    pub folder: String,
    pub peer: String,
    pub body: String,
    pub parts: i64,
    pub created_at: i64,
}

pub struct NewSms<'a> {
    pub customer: CustomerId,
    pub own_number: &'a str,
    /// `inbox`, `sent` or `blocked`.
    pub folder: &'a str,
    pub peer: &'a str,
    pub body: &'a str,
    pub parts: i64,
    pub now: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockedCallRow {
    pub id: i64,
    pub own_number: String,
    pub caller: String,
    pub called_at: i64,
}

#[async_trait]
pub trait MobileStore: Send + Sync {
    /// The customer's own mobile numbers (E.164), oldest account first.
    async fn mobile_numbers(&self, customer: CustomerId) -> Result<Vec<String>, StoreError>;
    /// The holder of the mobile service account with this number.
    async fn mobile_owner(&self, phone: &str) -> Result<Option<CustomerId>, StoreError>;

    // ---- extra numbers ----
    /// `(number, added_at)`, newest first.
    async fn managed_numbers(&self, customer: CustomerId)
    -> Result<Vec<(String, i64)>, StoreError>;
    /// Adds the number unless it is managed already or `rule` refuses the count.
    async fn add_managed_number(
        &self,
        customer: CustomerId,
        phone: &str,
        now: i64,
        rule: LimitRule,
    ) -> Result<Insert, StoreError>;
    async fn remove_managed_number(
        &self,
        customer: CustomerId,
        phone: &str,
    ) -> Result<bool, StoreError>;
    /// The owner withdraws trust: nobody manages the owner's number `phone` any more.
    /// Returns how many managers lost it (0 when the number is not the owner's).
    async fn revoke_managers(&self, owner: CustomerId, phone: &str) -> Result<u64, StoreError>;
    /// Who manages the customer's own mobile numbers, newest first.
    async fn managers_of(&self, customer: CustomerId) -> Result<Vec<ManagerRow>, StoreError>;

    // ---- SMS ----
    async fn insert_sms(&self, sms: &NewSms<'_>) -> Result<i64, StoreError>;
    /// Records an SMS sent from the site unless `rule` refuses the number sent since
    /// `since`; `Added(id)`.
    async fn insert_sent_sms(
        &self,
        sms: &NewSms<'_>,
        since: i64,
        rule: LimitRule,
    ) -> Result<Insert, StoreError>;
    /// Forgets an SMS that the gateway did not take.
    async fn delete_sms(&self, customer: CustomerId, id: i64) -> Result<(), StoreError>;
    /// One folder of the customer's SMS, newest first (at most 200).
    async fn sms(&self, customer: CustomerId, folder: &str) -> Result<Vec<SmsRow>, StoreError>;
    /// SMS the customer sent from the site since `since`.
    async fn sms_sent_since(&self, customer: CustomerId, since: i64) -> Result<i64, StoreError>;

    // ---- call blacklist ----
    /// `(number, added_at)`, newest first.
    async fn blacklist(&self, customer: CustomerId) -> Result<Vec<(String, i64)>, StoreError>;
    /// Adds the number unless it is listed already or `rule` refuses the count.
    async fn add_to_blacklist(
        &self,
        customer: CustomerId,
        number: &str,
        now: i64,
        rule: LimitRule,
    ) -> Result<Insert, StoreError>;
    /// Whether the customer blocked `number`.
    async fn is_blacklisted(&self, customer: CustomerId, number: &str) -> Result<bool, StoreError>;
    async fn remove_from_blacklist(
        &self,
        customer: CustomerId,
        number: &str,
    ) -> Result<bool, StoreError>;
    async fn insert_blocked_call(
        &self,
        customer: CustomerId,
        own_number: &str,
        caller: &str,
        at: i64,
    ) -> Result<(), StoreError>;
    /// Newest first (at most 200).
    async fn blocked_calls(&self, customer: CustomerId) -> Result<Vec<BlockedCallRow>, StoreError>;
}
