//! Endpoints of the signed-in pages.

use gloo_net::http::Request;
use serde::Deserialize;
use shared::ApiError;
use shared::api::auth::Ended;

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
