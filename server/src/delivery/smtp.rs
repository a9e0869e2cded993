//! E-mail over SMTP (lettre, async on tokio) when `smtp_url` is set. The URL follows lettre:
//! `smtp://HOST:PORT` plain (a local relay), `smtp://HOST?tls=required` (STARTTLS),
//! `smtps://USER:PASS@HOST` (TLS). Neither the URL (it may hold a password) nor a message body
//! (it holds codes and passwords) is ever logged.

use std::time::Duration;

use async_trait::async_trait;
use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::{DeliveryError, Mailer};

/// One SMTP conversation may take this long.
const SMTP_TIMEOUT: Duration = Duration::from_secs(15);

pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl SmtpMailer {
    /// Validates the settings; connects only when sending.
    pub fn new(url: &str, from: &str) -> Result<SmtpMailer, DeliveryError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|_| DeliveryError("smtp_url is not a valid SMTP URL".to_owned()))?
            .timeout(Some(SMTP_TIMEOUT))
            .build();
        let from = from
            .parse()
            .map_err(|_| DeliveryError("smtp_from is not an e-mail address".to_owned()))?;
        Ok(SmtpMailer { transport, from })
    }
}

#[async_trait]
impl Mailer for SmtpMailer {
    async fn send_email(&self, to: &str, subject: &str, body: &str) -> Result<(), DeliveryError> {
        let to: Mailbox = to
            .parse()
            .map_err(|_| DeliveryError("the recipient is not an e-mail address".to_owned()))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body.to_owned())
            .map_err(|e| DeliveryError(format!("cannot build the message: {e}")))?;
        self.transport.send(message).await.map_err(|e| {
            // lettre's error names the SMTP reply or the I/O failure, never the body.
            DeliveryError(format!("SMTP: {e}"))
        })?;
        tracing::info!(channel = "email", "message handed to the SMTP server");
        Ok(())
    }
}
