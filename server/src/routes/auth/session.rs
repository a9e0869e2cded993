//! The current session, signing out, and the list of sessions with ending one or all others.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{AppendHeaders, IntoResponse, Response};
use shared::ErrorCode;
use shared::api::auth::{Ended, SessionInfo, SessionView};

use crate::clock::from_unix;
use crate::domain::session::{self, clearing_cookies};
use crate::http::{CurrentCustomer, HttpError, SignedIn};
use crate::state::AppState;

/// Who is signed in (also while a temporary password must be changed).
#[utoipa::path(
    get, path = "/api/session", tag = "auth",
    responses(
        (status = 200, description = "The signed-in customer", body = SessionInfo),
        (status = 401, description = "unauthorized or session_expired", body = shared::ApiError),
    )
)]
pub async fn current(
    State(state): State<AppState>,
    who: SignedIn,
) -> Result<Json<SessionInfo>, HttpError> {
    Ok(Json(
        session::info(
            &state,
            who.customer_id,
            who.must_change_password,
            who.csrf_token,
        )
        .await?,
    ))
}

/// Sign out: ends this session and clears its cookies.
#[utoipa::path(
    post, path = "/api/auth/logout", tag = "auth",
    responses(
        (status = 204, description = "Signed out"),
        (status = 401, description = "Not signed in", body = shared::ApiError),
        (status = 403, description = "csrf_invalid", body = shared::ApiError),
    )
)]
pub async fn logout(State(state): State<AppState>, who: SignedIn) -> Result<Response, HttpError> {
    state
        .store
        .delete_session(who.customer_id, who.session_id)
        .await?;
    let [a, b] = clearing_cookies(&state);
    Ok((
        StatusCode::NO_CONTENT,
        AppendHeaders([(header::SET_COOKIE, a), (header::SET_COOKIE, b)]),
    )
        .into_response())
}

/// The customer's sessions: device, IP, when started and last seen; the current one marked.
#[utoipa::path(
    get, path = "/api/sessions", tag = "auth",
    responses(
        (status = 200, description = "Most recently seen first", body = Vec<SessionView>),
        (status = 401, description = "Not signed in", body = shared::ApiError),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    who: CurrentCustomer,
) -> Result<Json<Vec<SessionView>>, HttpError> {
    let sessions = state.store.sessions_of(who.id).await?;
    Ok(Json(
        sessions
            .into_iter()
            .map(|s| SessionView {
                id: s.id,
                device: session::device(&s.user_agent),
                ip: s.ip,
                created_at: from_unix(s.created_at),
                last_seen_at: from_unix(s.last_seen_at),
                current: s.id == who.session_id,
            })
            .collect(),
    ))
}

/// End one session of the customer (another device, or this one).
#[utoipa::path(
    delete, path = "/api/sessions/{id}", tag = "auth",
    params(("id" = i64, Path, description = "session id from the list")),
    responses(
        (status = 204, description = "Ended"),
        (status = 401, description = "Not signed in", body = shared::ApiError),
        (status = 403, description = "csrf_invalid", body = shared::ApiError),
        (status = 404, description = "No such session of this customer", body = shared::ApiError),
    )
)]
pub async fn end(
    State(state): State<AppState>,
    who: CurrentCustomer,
    Path(id): Path<String>,
) -> Result<StatusCode, HttpError> {
    let id: i64 = id
        .parse()
        .map_err(|_| HttpError::new(ErrorCode::NotFound))?;
    if state.store.delete_session(who.id, id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(HttpError::new(ErrorCode::NotFound))
    }
}

/// End every session of the customer except this one.
#[utoipa::path(
    post, path = "/api/sessions/end-others", tag = "auth",
    responses(
        (status = 200, description = "How many ended", body = Ended),
        (status = 401, description = "Not signed in", body = shared::ApiError),
        (status = 403, description = "csrf_invalid", body = shared::ApiError),
    )
)]
pub async fn end_others(
    State(state): State<AppState>,
    who: CurrentCustomer,
) -> Result<Json<Ended>, HttpError> {
    let ended = state
        .store
        .delete_sessions_except(who.id, Some(who.session_id))
        .await?;
    Ok(Json(Ended { ended }))
}
