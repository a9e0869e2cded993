//! Outgoing e-mail and SMS behind traits. The dev implementations write to the `outbox`
//! table, which `GET /api/dev/outbox` shows in dev mode (tests read codes and passwords there).

mod outbox;
mod smtp;

use async_trait::async_trait;

pub use outbox::Outbox;
pub use smtp::SmtpMailer;

#[derive(Debug, thiserror::Error)]
#[error("delivery failed: {0}")]
pub struct DeliveryError(pub String);

impl From<crate::store::StoreError> for DeliveryError {
    fn from(err: crate::store::StoreError) -> Self {
        DeliveryError(err.to_string())
    }
}

#[async_trait]
pub trait Mailer: Send + Sync + 'static {
    async fn send_email(&self, to: &str, subject: &str, body: &str) -> Result<(), DeliveryError>;
}

#[async_trait]
pub trait SmsGateway: Send + Sync + 'static {
    /// `to` is an E.164 number.
    async fn send_sms(&self, to: &str, text: &str) -> Result<(), DeliveryError>;
}
