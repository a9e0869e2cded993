//! Who is asking. [`CurrentCustomer`] is what every customer endpoint takes: it is a valid,
//! unexpired session whose password is not pending a forced change, and for POST/PUT/PATCH/
//! DELETE it has checked the CSRF token. Scope every query by `customer.id`.
//!
//! ```text
//! async fn balance(customer: CurrentCustomer, State(state): State<AppState>) -> ... {
//!     state.store.accounts_of(customer.id).await
//! }
//! ```

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{Method, header};
use shared::ErrorCode;

use super::HttpError;
use crate::domain::secrets;
use crate::domain::session::{CSRF_COOKIE, CSRF_HEADER, ClientMeta, SESSION_COOKIE};
use crate::state::AppState;
use crate::store::identity::CustomerId;

/// The value of cookie `name` in the request, if sent.
pub fn cookie<'a>(parts: &'a Parts, name: &str) -> Option<&'a str> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The last `X-Forwarded-For` entry: the address our own proxy saw.
fn forwarded_for(parts: &Parts) -> Option<String> {
    let value = parts.headers.get("x-forwarded-for")?.to_str().ok()?;
    let last = value.rsplit(',').next()?.trim();
    last.parse::<std::net::IpAddr>()
        .ok()
        .map(|ip| ip.to_string())
}

impl FromRequestParts<AppState> for ClientMeta {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let forwarded = if state.settings.trust_forwarded_for {
            forwarded_for(parts)
        } else {
            None
        };
        let ip = forwarded
            .or_else(|| {
                parts
                    .extensions
                    .get::<ConnectInfo<SocketAddr>>()
                    .map(|ConnectInfo(addr)| addr.ip().to_string())
            })
            .unwrap_or_else(|| "unknown".to_owned());
        let user_agent = parts
            .headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .chars()
            .take(300)
            .collect();
        Ok(ClientMeta { ip, user_agent })
    }
}

/// A signed-in session, possibly one that must change its temporary password first. Only the
/// session and password endpoints take this; everything else takes [`CurrentCustomer`].
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub customer_id: CustomerId,
    pub session_id: i64,
    pub must_change_password: bool,
    /// The CSRF token of this session (from its cookie), for `GET /api/session`.
    pub csrf_token: String,
}

fn unsafe_method(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = HttpError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = cookie(parts, SESSION_COOKIE)
            .filter(|t| !t.is_empty())
            .ok_or(HttpError::new(ErrorCode::Unauthorized))?;
        let session = state
            .store
            .session_by_token(&secrets::sha256_hex(token))
            .await?
            .ok_or(HttpError::new(ErrorCode::SessionExpired))?;
        let now = state.clock.unix();
        let idle = now - session.last_seen_at > state.settings.session_idle_minutes * 60;
        let old = now - session.created_at > state.settings.session_absolute_hours * 3600;
        if idle || old {
            state
                .store
                .delete_session(session.customer_id, session.id)
                .await?;
            return Err(HttpError::new(ErrorCode::SessionExpired));
        }
        let csrf_cookie = cookie(parts, CSRF_COOKIE).unwrap_or_default();
        let cookie_ok = secrets::same(&secrets::sha256_hex(csrf_cookie), &session.csrf_hash);
        if unsafe_method(&parts.method) {
            let header = parts
                .headers
                .get(CSRF_HEADER)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            let header_ok = secrets::same(&secrets::sha256_hex(header), &session.csrf_hash);
            if !(cookie_ok && header_ok) {
                return Err(HttpError::new(ErrorCode::CsrfInvalid));
            }
        }
        // One write a minute per session is enough for idle expiry and "last seen".
        if now - session.last_seen_at >= 60 {
            state.store.touch_session(session.id, now).await?;
        }
        Ok(SignedIn {
            customer_id: session.customer_id,
            session_id: session.id,
            must_change_password: session.must_change_password,
            csrf_token: if cookie_ok {
                csrf_cookie.to_owned()
            } else {
                String::new()
            },
        })
    }
}

/// The signed-in customer: 401 without a valid session, 403 `password_change_required` while
/// a temporary password is pending, 403 `csrf_invalid` on an unsafe method without the token.
#[derive(Debug, Clone)]
pub struct CurrentCustomer {
    pub id: CustomerId,
    pub session_id: i64,
}

impl FromRequestParts<AppState> for CurrentCustomer {
    type Rejection = HttpError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let signed_in = SignedIn::from_request_parts(parts, state).await?;
        if signed_in.must_change_password {
            return Err(HttpError::new(ErrorCode::PasswordChangeRequired));
        }
        Ok(CurrentCustomer {
            id: signed_in.customer_id,
            session_id: signed_in.session_id,
        })
    }
}
