//! The dev mailer and SMS gateway: every message becomes a row of the `outbox` table.

use std::sync::Arc;

use async_trait::async_trait;

use super::{DeliveryError, Mailer, SmsGateway};
use crate::clock::Clock;
use crate::store::Store;

pub struct Outbox {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
}

impl Outbox {
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>) -> Self {
        Outbox { store, clock }
    }
}

#[async_trait]
impl Mailer for Outbox {
    async fn send_email(&self, to: &str, subject: &str, body: &str) -> Result<(), DeliveryError> {
        self.store
            .push_outbox("email", to, subject, body, self.clock.unix())
            .await?;
        tracing::info!(channel = "email", "message written to the outbox");
        Ok(())
    }
}

#[async_trait]
impl SmsGateway for Outbox {
    async fn send_sms(&self, to: &str, text: &str) -> Result<(), DeliveryError> {
        self.store
            .push_outbox("sms", to, "", text, self.clock.unix())
            .await?;
        tracing::info!(channel = "sms", "message written to the outbox");
        Ok(())
    }
}
