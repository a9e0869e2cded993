//! Endpoints of the signed-in service pages and the profile.

use gloo_net::http::Request;
use serde::Deserialize;
use shared::api::auth::{Ended, OidcRedirect, Sent};
use shared::api::mobile::{AddNumber, BlacklistAdd, ConfirmNumber, SendSms};
use shared::api::notifications::{
    ChangeEmail, ChangePhone, ConfirmEmail, ConfirmPhone, Contacts, MarkedRead,
    NotificationPreferences,
};
use shared::api::support::{MessageAuthor, NewThread, Reply, ThreadStatus};
use shared::mobile::SmsFolder;
use shared::{ApiError, ErrorCode};

use super::{Failure, exchange, get_json, parse, post_json, send, with_csrf};

/// The fields of `shared::api::auth::SessionView` the app reads; `last_seen_at` stays the
/// RFC 3339 text the server sent (the browser's `Date` reads it, see `pages::profile`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SessionView {
    pub id: i64,
    pub device: String,
    pub ip: String,
    pub last_seen_at: String,
    pub current: bool,
}

/// `GET /api/sessions`: the customer's sessions, most recently seen first.
pub async fn sessions() -> Result<Vec<SessionView>, ApiError> {
    get_json("/api/sessions").await
}

/// `DELETE /api/sessions/{id}`: end one session.
pub async fn end_session(id: i64) -> Result<(), Failure> {
    send(with_csrf(Request::delete(&format!("/api/sessions/{id}")))).await
}

/// `POST /api/sessions/end-others`: end every session but this one.
pub async fn end_other_sessions() -> Result<Ended, Failure> {
    let text = exchange(with_csrf(Request::post("/api/sessions/end-others")), None).await?;
    parse(&text)
}

/// The fields of `shared::api::auth::OidcLink` the app reads (dates stay text, as above).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OidcLinkView {
    pub issuer: String,
    pub subject: String,
    pub provider: String,
    pub created_at: String,
}

/// `GET /api/auth/oidc/links`: the provider accounts linked to the customer.
pub async fn oidc_links() -> Result<Vec<OidcLinkView>, ApiError> {
    get_json("/api/auth/oidc/links").await
}

/// `POST /api/auth/oidc/link/start`: where to send the browser to link an account.
pub async fn oidc_link_start() -> Result<OidcRedirect, Failure> {
    let text = exchange(with_csrf(Request::post("/api/auth/oidc/link/start")), None).await?;
    parse(&text)
}

/// `DELETE /api/auth/oidc/links?issuer=&subject=`: remove one link.
pub async fn oidc_unlink(issuer: &str, subject: &str) -> Result<(), Failure> {
    let enc = super::encode;
    let path = format!(
        "/api/auth/oidc/links?issuer={}&subject={}",
        enc(issuer),
        enc(subject)
    );
    send(with_csrf(Request::delete(&path))).await
}

// Mobile controls (PRODUCT 7): the DTOs of `shared::api::mobile` as the app reads them,
// dates kept as the server's RFC 3339 text.

/// `shared::api::mobile::ManagedNumber`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ManagedNumber {
    pub phone: String,
    pub added_at: String,
}

/// `shared::api::mobile::NumberManager`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct NumberManager {
    pub phone: String,
    pub manager: String,
    pub since: String,
}

/// `shared::api::mobile::SmsMessage`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SmsMessage {
    pub id: i64,
    pub own_number: String,
    pub peer: String,
    pub text: String,
    pub parts: u32,
    pub at: String,
}

/// `shared::api::mobile::SmsSent`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SmsSent {
    pub message: SmsMessage,
    pub left_today: u32,
}

/// `shared::api::mobile::BlacklistEntry`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct BlacklistEntry {
    pub number: String,
    pub added_at: String,
}

/// `shared::api::mobile::Blacklist`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Blacklist {
    pub entries: Vec<BlacklistEntry>,
    pub limit: u32,
}

/// `shared::api::mobile::BlockedCall`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct BlockedCall {
    pub id: i64,
    pub own_number: String,
    pub caller: String,
    pub at: String,
}

/// `GET /api/numbers`: the numbers this web account manages besides its own.
pub async fn managed_numbers() -> Result<Vec<ManagedNumber>, ApiError> {
    get_json("/api/numbers").await
}

/// `POST /api/numbers`: a confirmation code to the number's owner.
pub async fn add_number(body: &AddNumber) -> Result<Sent, Failure> {
    post_json("/api/numbers", body).await
}

/// `POST /api/numbers/confirm`: add the number with the code its owner received.
pub async fn confirm_number(body: &ConfirmNumber) -> Result<Vec<ManagedNumber>, Failure> {
    post_json("/api/numbers/confirm", body).await
}

/// `DELETE /api/numbers/{phone}`: stop managing a number.
pub async fn remove_number(phone: &str) -> Result<(), Failure> {
    send(with_csrf(Request::delete(&format!(
        "/api/numbers/{}",
        super::encode(phone)
    ))))
    .await
}

/// `GET /api/numbers/managers`: who manages the customer's own numbers.
pub async fn number_managers() -> Result<Vec<NumberManager>, ApiError> {
    get_json("/api/numbers/managers").await
}

/// `DELETE /api/numbers/managers/{phone}`: take one's number back from every manager.
pub async fn revoke_managers(phone: &str) -> Result<(), Failure> {
    send(with_csrf(Request::delete(&format!(
        "/api/numbers/managers/{}",
        super::encode(phone)
    ))))
    .await
}

/// `GET /api/sms?folder=`: one folder, newest first.
pub async fn sms(folder: SmsFolder) -> Result<Vec<SmsMessage>, ApiError> {
    get_json(&format!("/api/sms?folder={}", folder.as_str())).await
}

/// `POST /api/sms`.
pub async fn send_sms(body: &SendSms) -> Result<SmsSent, Failure> {
    post_json("/api/sms", body).await
}

/// `GET /api/blacklist`.
pub async fn blacklist() -> Result<Blacklist, ApiError> {
    get_json("/api/blacklist").await
}

/// `POST /api/blacklist`.
pub async fn blacklist_add(body: &BlacklistAdd) -> Result<BlacklistEntry, Failure> {
    post_json("/api/blacklist", body).await
}

/// `DELETE /api/blacklist/{number}`.
pub async fn blacklist_remove(number: &str) -> Result<(), Failure> {
    send(with_csrf(Request::delete(&format!(
        "/api/blacklist/{}",
        super::encode(number)
    ))))
    .await
}

/// `GET /api/blacklist/blocked-calls`.
pub async fn blocked_calls() -> Result<Vec<BlockedCall>, ApiError> {
    get_json("/api/blacklist/blocked-calls").await
}

// Support (PRODUCT 8): `shared::api::support` as the app reads it.

/// `shared::api::support::ThreadSummary`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ThreadSummary {
    pub id: i64,
    pub subject: String,
    pub status: ThreadStatus,
    pub created_at: String,
    pub updated_at: String,
}

/// `shared::api::support::SupportMessage`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SupportMessage {
    pub id: i64,
    pub author: MessageAuthor,
    pub text: String,
    pub at: String,
}

/// `shared::api::support::AttachmentView`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct AttachmentView {
    pub id: String,
    pub name: String,
    pub size: u64,
    pub at: String,
}

/// `shared::api::support::ThreadDetail`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ThreadDetail {
    pub thread: ThreadSummary,
    pub messages: Vec<SupportMessage>,
    pub attachments: Vec<AttachmentView>,
}

/// `GET /api/support/threads`: the customer's questions, most recently updated first.
pub async fn threads() -> Result<Vec<ThreadSummary>, ApiError> {
    get_json("/api/support/threads").await
}

/// `GET /api/support/threads/{id}`.
pub async fn thread(id: i64) -> Result<ThreadDetail, ApiError> {
    get_json(&format!("/api/support/threads/{id}")).await
}

/// `POST /api/support/threads`: a new question.
pub async fn new_thread(body: &NewThread) -> Result<ThreadDetail, Failure> {
    post_json("/api/support/threads", body).await
}

/// `POST /api/support/threads/{id}/messages`.
pub async fn reply(id: i64, body: &Reply) -> Result<ThreadDetail, Failure> {
    post_json(&format!("/api/support/threads/{id}/messages"), body).await
}

/// `POST /api/support/threads/{id}/close`.
pub async fn close_thread(id: i64) -> Result<ThreadDetail, Failure> {
    let path = format!("/api/support/threads/{id}/close");
    let text = exchange(with_csrf(Request::post(&path)), None).await?;
    parse(&text)
}

/// `POST /api/support/threads/{id}/attachments`: one file as `multipart/form-data`.
pub async fn attach(id: i64, file: &web_sys::File) -> Result<AttachmentView, Failure> {
    let unreadable = || Failure::from(ApiError::new(ErrorCode::Unknown));
    let form = web_sys::FormData::new().map_err(|_| unreadable())?;
    form.append_with_blob_and_filename("file", file, &file.name())
        .map_err(|_| unreadable())?;
    // No Content-Type: the browser writes it with the multipart boundary.
    let request = with_csrf(Request::post(&format!(
        "/api/support/threads/{id}/attachments"
    )))
    .header("Accept", "application/json")
    .body(form)
    .map_err(|_| unreadable())?;
    let text = super::answer(request.send().await).await?;
    parse(&text)
}

// Notifications (PRODUCT 8): the in-app centre and the preferences.

/// `shared::api::notifications::Notification`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Notification {
    pub id: i64,
    pub title: String,
    pub body: String,
    pub at: String,
    pub read: bool,
}

/// `shared::api::notifications::Notifications`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Notifications {
    pub items: Vec<Notification>,
    pub unread: u32,
}

/// `GET /api/notifications`: newest first, with the unread count.
pub async fn notifications() -> Result<Notifications, ApiError> {
    get_json("/api/notifications").await
}

/// `POST /api/notifications/{id}/read`.
pub async fn mark_read(id: i64) -> Result<(), Failure> {
    send(with_csrf(Request::post(&format!(
        "/api/notifications/{id}/read"
    ))))
    .await
}

/// `POST /api/notifications/read-all`.
pub async fn mark_all_read() -> Result<MarkedRead, Failure> {
    let text = exchange(
        with_csrf(Request::post("/api/notifications/read-all")),
        None,
    )
    .await?;
    parse(&text)
}

/// `GET /api/notifications/preferences`: every event once.
pub async fn preferences() -> Result<NotificationPreferences, ApiError> {
    get_json("/api/notifications/preferences").await
}

/// `PUT /api/notifications/preferences`: the events that change.
pub async fn save_preferences(
    body: &NotificationPreferences,
) -> Result<NotificationPreferences, Failure> {
    let body = serde_json::to_string(body).map_err(|_| ApiError::new(ErrorCode::MalformedJson))?;
    let text = exchange(
        with_csrf(Request::put("/api/notifications/preferences")),
        Some(body),
    )
    .await?;
    parse(&text)
}

/// `GET /api/profile/contacts`.
pub async fn contacts() -> Result<Contacts, ApiError> {
    get_json("/api/profile/contacts").await
}

/// `POST /api/profile/contacts/email` or `/phone`: a code to the new address.
pub async fn change_contact(kind: ContactKind, value: &str) -> Result<Sent, Failure> {
    match kind {
        ContactKind::Email => {
            let body = ChangeEmail {
                email: value.to_owned(),
            };
            post_json("/api/profile/contacts/email", &body).await
        }
        ContactKind::Phone => {
            let body = ChangePhone {
                phone: value.to_owned(),
            };
            post_json("/api/profile/contacts/phone", &body).await
        }
    }
}

/// `POST /api/profile/contacts/{email,phone}/confirm`: the new address and its code.
pub async fn confirm_contact(
    kind: ContactKind,
    value: &str,
    code: &str,
) -> Result<Contacts, Failure> {
    match kind {
        ContactKind::Email => {
            let body = ConfirmEmail {
                email: value.to_owned(),
                code: code.to_owned(),
            };
            post_json("/api/profile/contacts/email/confirm", &body).await
        }
        ContactKind::Phone => {
            let body = ConfirmPhone {
                phone: value.to_owned(),
                code: code.to_owned(),
            };
            post_json("/api/profile/contacts/phone/confirm", &body).await
        }
    }
}

/// Which contact detail a change is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactKind {
    Email,
    Phone,
}
