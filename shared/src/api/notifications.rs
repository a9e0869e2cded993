//! Contacts and notifications DTOs (PRODUCT 8): contact details changed with a code sent to
//! the new address, notification preferences per event and channel, the in-app centre.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::notify::NotificationEvent;

/// The addresses notifications go to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Contacts {
    pub email: Option<String>,
    /// E.164; SMS notifications go here (else to the first mobile number).
    pub phone: Option<String>,
}

/// `POST /api/profile/contacts/email`: send a code to the new address.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct ChangeEmail {
    pub email: String,
}

/// `POST /api/profile/contacts/email/confirm`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct ConfirmEmail {
    pub email: String,
    pub code: String,
}

/// `POST /api/profile/contacts/phone`: send a code to the new number.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct ChangePhone {
    pub phone: String,
}

/// `POST /api/profile/contacts/phone/confirm`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct ConfirmPhone {
    pub phone: String,
    pub code: String,
}

/// Whether an event is sent by SMS and by e-mail (it always reaches the in-app centre).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationPreference {
    pub event: NotificationEvent,
    pub sms: bool,
    pub email: bool,
}

/// `GET`/`PUT /api/notifications/preferences`: every event once (a `PUT` may list only the
/// events it changes).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct NotificationPreferences {
    pub preferences: Vec<NotificationPreference>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Notification {
    pub id: i64,
    pub event: NotificationEvent,
    pub title: String,
    pub body: String,
    pub at: DateTime<Utc>,
    pub read: bool,
}

/// `GET /api/notifications`: newest first, with the unread count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Notifications {
    pub items: Vec<Notification>,
    pub unread: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnreadCount {
    pub unread: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MarkedRead {
    pub marked: u64,
}
