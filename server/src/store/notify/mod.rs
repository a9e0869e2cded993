//! Storage of contacts and notifications (PRODUCT 8): the notification phone, preferences per
//! event and channel (only choices that differ from the defaults need a row), and the in-app
//! notification centre. Every query is scoped by customer id.

#[macro_use]
mod sql;
mod postgres;
mod sqlite;

use async_trait::async_trait;

use super::StoreError;
use super::identity::CustomerId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotificationRow {
    pub id: i64,
    pub event: String,
    pub title: String,
    pub body: String,
    pub created_at: i64,
    pub read: bool,
}

#[async_trait]
pub trait NotifyStore: Send + Sync {
    /// The phone chosen for notifications, if any.
    async fn contact_phone(&self, customer: CustomerId) -> Result<Option<String>, StoreError>;
    /// Sets the web account's e-mail; false when the customer has no web account.
    async fn set_contact_email(
        &self,
        customer: CustomerId,
        email: &str,
    ) -> Result<bool, StoreError>;
    /// Sets the notification phone; false when the customer has no web account.
    async fn set_contact_phone(
        &self,
        customer: CustomerId,
        phone: &str,
    ) -> Result<bool, StoreError>;

    /// `(event, channel, enabled)` rows the customer has saved.
    async fn notification_prefs(
        &self,
        customer: CustomerId,
    ) -> Result<Vec<(String, String, bool)>, StoreError>;
    async fn set_notification_pref(
        &self,
        customer: CustomerId,
        event: &str,
        channel: &str,
        enabled: bool,
    ) -> Result<(), StoreError>;

    async fn insert_notification(
        &self,
        customer: CustomerId,
        event: &str,
        title: &str,
        body: &str,
        now: i64,
    ) -> Result<i64, StoreError>;
    /// Newest first, at most `limit`.
    async fn notifications(
        &self,
        customer: CustomerId,
        limit: i64,
    ) -> Result<Vec<NotificationRow>, StoreError>;
    async fn unread_notifications(&self, customer: CustomerId) -> Result<i64, StoreError>;
    /// False when the customer has no such notification.
    async fn mark_notification_read(
        &self,
        customer: CustomerId,
        id: i64,
        now: i64,
    ) -> Result<bool, StoreError>;
    /// Returns how many were unread.
    async fn mark_all_notifications_read(
        &self,
        customer: CustomerId,
        now: i64,
    ) -> Result<u64, StoreError>;
}
