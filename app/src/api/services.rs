//! Endpoints of the signed-in service pages and the profile.

use gloo_net::http::Request;
use serde::Deserialize;
use shared::ApiError;
use shared::api::auth::{Ended, OidcRedirect};

use super::{Failure, exchange, get_json, parse, send, with_csrf};

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
