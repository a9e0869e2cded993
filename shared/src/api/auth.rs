//! Identity and access DTOs (PRODUCT 1.2–1.4): sign-in, one-time codes, sessions,
//! registration with a proof-of-work challenge, recovery and the dev outbox.
//!
//! Requests carry the fields as typed (strings); the server parses them with the `ids`
//! parsers, so a bad field comes back as a 422 `ApiError` naming it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::customer::{IdentityForm, LegalStatus};
use crate::service::ServiceKind;

/// `POST /api/auth/sign-in`: login, phone, contract or personal account number + password.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct PasswordSignIn {
    pub login: String,
    pub password: String,
}

/// `POST /api/auth/sign-in/sim`: interactive satellite TV, SIM card number + SMS password.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct SimSignIn {
    pub iccid: String,
    pub password: String,
}

/// `POST /api/auth/sms/code`: send a one-time sign-in code to a mobile number.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct SmsCodeRequest {
    pub phone: String,
}

/// `POST /api/auth/sms/sign-in`: the phone and the code it received.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct SmsCodeSignIn {
    pub phone: String,
    pub code: String,
}

/// `POST /api/auth/sms/password`: send a temporary password by SMS, to a mobile number
/// (`phone`) or to the SIM card of an interactive satellite receiver (`iccid`). Give one.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct SmsPasswordRequest {
    pub phone: String,
    pub iccid: String,
}

/// The answer to any "send me something" request, the same whether or not the recipient
/// exists (no enumeration).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Sent {
    /// Seconds before another one may be requested.
    pub resend_after_secs: u32,
    /// Seconds the code works (0 for a temporary password, which works 48 hours).
    pub expires_in_secs: u32,
}

/// Who is signed in: `GET /api/session` and the answer of every sign-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionInfo {
    pub customer_id: i64,
    pub legal_status: LegalStatus,
    /// Person's full name or company name.
    pub display_name: String,
    /// The web-account login, when the customer has one.
    pub login: Option<String>,
    /// Signed in with a temporary password: only the password change is allowed.
    pub must_change_password: bool,
    /// When the temporary password stops working, if signed in with one.
    pub temporary_password_deadline: Option<DateTime<Utc>>,
    /// Send it back in the `X-CSRF-Token` header on every POST/PUT/PATCH/DELETE (it is also
    /// in the `mymts_csrf` cookie).
    pub csrf_token: String,
}

/// One session of the signed-in customer (`GET /api/sessions`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionView {
    pub id: i64,
    /// Browser and system, from the User-Agent ("Chrome on Android").
    pub device: String,
    pub ip: String,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    /// The session making this request.
    pub current: bool,
}

/// How many sessions a request ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Ended {
    pub ended: u64,
}

/// `POST /api/auth/password`: change the password of the signed-in customer.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct ChangePassword {
    pub current_password: String,
    pub new_password: String,
}

/// `POST /api/auth/challenge`: a proof-of-work challenge for registration.
///
/// Solve: find a decimal `solution` such that SHA-256 of `"{challenge}:{solution}"` (UTF-8)
/// starts with `difficulty` zero bits. Send both back before `expires_at`; each challenge
/// is accepted once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Challenge {
    pub challenge: String,
    pub difficulty: u8,
    pub expires_at: DateTime<Utc>,
}

/// `POST /api/auth/register`: link a web account to an existing contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Registration {
    pub service: ServiceKind,
    pub identity: IdentityForm,
    pub contract_number: String,
    pub email: String,
    pub challenge: String,
    pub solution: String,
}

/// Registration done: the login and a password were e-mailed to this (masked) address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Registered {
    pub email_masked: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RecoveryChannel {
    #[default]
    Sms,
    Email,
}

/// `POST /api/auth/recovery/code`: send a recovery code for a login, personal account number
/// or phone number.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct RecoveryRequest {
    pub login: String,
    pub channel: RecoveryChannel,
}

/// `POST /api/auth/recovery/password`: the code and the new password. Signs in and ends
/// every other session.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct RecoveryFinish {
    pub login: String,
    pub code: String,
    pub new_password: String,
}

/// `POST /api/auth/recovery/satellite-login`: both numbers of a satellite receiver.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct SatelliteLoginLookup {
    pub chip_id: String,
    pub smart_card: String,
}

/// The personal account number of that receiver (use it as the login).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SatelliteLogin {
    pub account_number: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OutboxChannel {
    Email,
    Sms,
}

/// A message the dev mailer or SMS gateway "sent" (`GET /api/dev/outbox`, dev mode only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OutboxMessage {
    pub id: i64,
    pub channel: OutboxChannel,
    /// E-mail address or phone number (E.164).
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

/// `GET /api/auth/oidc`: whether sign-in with an OpenID Connect provider is offered.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OidcProvider {
    pub enabled: bool,
    /// What the button says after "Sign in with"; empty when not enabled.
    pub display_name: String,
}

/// `POST /api/auth/oidc/link/start`: where to send the browser to link the provider account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OidcRedirect {
    /// The provider's authorisation URL (a full navigation).
    pub url: String,
}

/// One provider account linked to the customer (`GET /api/auth/oidc/links`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OidcLink {
    pub issuer: String,
    /// The provider's stable id of the person (`sub`).
    pub subject: String,
    /// The provider's display name when it is the configured one, else the issuer.
    pub provider: String,
    pub created_at: DateTime<Utc>,
}

/// `DELETE /api/auth/oidc/links`: which link to remove.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OidcUnlink {
    pub issuer: String,
    pub subject: String,
}
