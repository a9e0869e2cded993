//! Storage of support threads (PRODUCT 8): messages and attachments (bytes in the database,
//! BLOB/BYTEA). Customer reads are scoped by customer id; the operator's are not.

#[macro_use]
mod sql;
mod postgres;
mod sqlite;

use async_trait::async_trait;

use super::identity::CustomerId;
use super::{Insert, LimitRule, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadRow {
    pub id: i64,
    pub customer_id: CustomerId,
    pub subject: String,
    pub status: String,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRow {
    pub id: i64,
    /// `customer` or `operator`.
    pub author: String,
    pub body: String,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentRow {
    pub id: String,
    pub file_name: String,
    pub kind: String,
    pub size: i64,
    pub created_at: i64,
}

/// Whether one more attachment of the given size fits what the thread and customer hold.
pub type AttachmentRule =
    fn(shared::support::AttachmentUsage, u64) -> Result<(), shared::ErrorCode>;

pub struct NewAttachment<'a> {
    pub id: &'a str,
    pub thread_id: i64,
    pub customer: CustomerId,
    pub file_name: &'a str,
    pub kind: &'a str,
    pub content: &'a [u8],
    pub now: i64,
}

#[async_trait]
pub trait SupportStore: Send + Sync {
    /// A new open thread with its first message, unless `rule` refuses the customer's count of
    /// open threads (counted under the customer's row lock, so parallel requests queue).
    async fn create_thread(
        &self,
        customer: CustomerId,
        subject: &str,
        text: &str,
        now: i64,
        rule: LimitRule,
    ) -> Result<Result<i64, shared::ErrorCode>, StoreError>;
    /// The customer's threads, most recently updated first.
    async fn threads(&self, customer: CustomerId) -> Result<Vec<ThreadRow>, StoreError>;
    /// One thread: of this customer, or of anyone when `customer` is `None` (the operator).
    async fn thread(
        &self,
        customer: Option<CustomerId>,
        id: i64,
    ) -> Result<Option<ThreadRow>, StoreError>;
    /// Oldest first.
    async fn thread_messages(&self, thread: i64) -> Result<Vec<MessageRow>, StoreError>;
    /// Adds a message and sets the thread's status in one transaction.
    async fn add_message(
        &self,
        thread: i64,
        author: &str,
        text: &str,
        status: &str,
        now: i64,
    ) -> Result<(), StoreError>;
    async fn set_thread_status(
        &self,
        thread: i64,
        status: &str,
        now: i64,
    ) -> Result<(), StoreError>;
    /// Oldest first, without the bytes.
    async fn attachments(&self, thread: i64) -> Result<Vec<AttachmentRow>, StoreError>;
    /// Stores the attachment unless `rule` refuses what the thread and the customer hold with
    /// it (read under the customer's row lock, so parallel uploads queue).
    async fn insert_attachment(
        &self,
        attachment: &NewAttachment<'_>,
        rule: AttachmentRule,
    ) -> Result<Insert, StoreError>;
    /// An attachment of this customer's, with its bytes.
    async fn attachment(
        &self,
        customer: CustomerId,
        id: &str,
    ) -> Result<Option<(AttachmentRow, Vec<u8>)>, StoreError>;
}
