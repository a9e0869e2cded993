//! Mobile controls DTOs (PRODUCT 7): extra numbers and trust management, SMS from the site,
//! the call blacklist. Requests carry fields as typed; the server parses them with the `ids`
//! parsers and the `mobile` / `sms` rules.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::mobile::SmsFolder;

/// `POST /api/numbers`: send a confirmation code to another MTS mobile number.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct AddNumber {
    pub phone: String,
}

/// `POST /api/numbers/confirm`: the number and the code its owner received.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct ConfirmNumber {
    pub phone: String,
    pub code: String,
}

/// A number this web account manages besides its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ManagedNumber {
    /// E.164.
    pub phone: String,
    pub added_at: DateTime<Utc>,
}

/// Someone who manages one of the customer's own numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NumberManager {
    /// The customer's own number (E.164) that is managed.
    pub phone: String,
    /// The manager's name as the contract holder record has it.
    pub manager: String,
    pub since: DateTime<Utc>,
}

/// `POST /api/sms`: a text to a Russian mobile number.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct SendSms {
    pub to: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SmsMessage {
    pub id: i64,
    pub folder: SmsFolder,
    /// The subscriber's own number (E.164).
    pub own_number: String,
    /// The other side: sender (inbox, blocked) or recipient (sent).
    pub peer: String,
    pub text: String,
    pub parts: u32,
    pub at: DateTime<Utc>,
}

/// The answer to `POST /api/sms`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SmsSent {
    pub message: SmsMessage,
    /// SMS that may still be sent from the site today.
    pub left_today: u32,
}

/// `POST /api/blacklist`: a number to block calls from.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct BlacklistAdd {
    pub number: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BlacklistEntry {
    /// E.164.
    pub number: String,
    pub added_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Blacklist {
    /// Newest first.
    pub entries: Vec<BlacklistEntry>,
    /// How many entries the list may hold.
    pub limit: u32,
}

/// A call the blacklist stopped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BlockedCall {
    pub id: i64,
    /// The subscriber's number that was called (E.164).
    pub own_number: String,
    pub caller: String,
    pub at: DateTime<Utc>,
}
