//! The typed HTTP client: one function per endpoint, every failure an [`ApiError`].
//! Endpoints are grouped by the pages that call them (`public`, `auth`, `account`, `services`,
//! `changes`).
//!
//! Unsafe requests (POST, DELETE) carry the session's CSRF token in `X-CSRF-Token`; the
//! session context ([`crate::session`]) hands the token over with [`set_csrf_token`].

mod account;
mod auth;
mod changes;
mod public;
mod services;

pub use account::*;
pub use auth::*;
pub use changes::*;
pub use public::*;
pub use services::*;

use std::cell::RefCell;

use gloo_net::http::{Request, RequestBuilder, Response};
use serde::{Deserialize, de::DeserializeOwned};
use shared::api::health::Health;
use shared::{ApiError, ErrorCode};

/// The header the server checks on every unsafe method of a signed-in session.
const CSRF_HEADER: &str = "X-CSRF-Token";

thread_local! {
    static CSRF_TOKEN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Remembers (or forgets) the CSRF token of the current session.
pub fn set_csrf_token(token: Option<String>) {
    CSRF_TOKEN.with(|cell| *cell.borrow_mut() = token);
}

fn with_csrf(request: RequestBuilder) -> RequestBuilder {
    match CSRF_TOKEN.with(|cell| cell.borrow().clone()) {
        Some(token) => request.header(CSRF_HEADER, &token),
        None => request,
    }
}

/// The fields of `shared::api::auth::SessionInfo` the app reads. Its dates are left out on
/// purpose: deserialising them would pull chrono's parser into the initial load.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SessionInfo {
    pub display_name: String,
    pub login: Option<String>,
    pub must_change_password: bool,
    pub csrf_token: String,
}

/// A failed request: the error, and for 429 how many seconds to wait (`Retry-After`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub error: ApiError,
    pub retry_after_secs: Option<u64>,
}

impl Failure {
    pub fn code(&self) -> ErrorCode {
        self.error.code
    }
}

impl From<ApiError> for Failure {
    fn from(error: ApiError) -> Self {
        Failure {
            error,
            retry_after_secs: None,
        }
    }
}

/// `GET /api/health`: server version and whether its database answers.
pub async fn health() -> Result<Health, ApiError> {
    get_json("/api/health").await
}

/// `GET /api/regions` (the region picker of the catalogue and the help page).
pub async fn regions() -> Result<Vec<shared::api::regions::Region>, ApiError> {
    get_json("/api/regions").await
}

/// `GET /api/regions/{code}/offices?q=`.
pub async fn offices(
    region: String,
    q: String,
) -> Result<Vec<shared::api::catalogue::Office>, ApiError> {
    get_json(&format!(
        "/api/regions/{}/offices?q={}",
        encode(&region),
        encode(&q)
    ))
    .await
}

/// `GET /api/auth/oidc`: whether "sign in with" a provider is offered, and its name.
pub async fn oidc_provider() -> Result<shared::api::auth::OidcProvider, ApiError> {
    get_json("/api/auth/oidc").await
}

/// `GET /api/session`: who is signed in (401 when nobody).
pub async fn session() -> Result<SessionInfo, ApiError> {
    get_json("/api/session").await
}

/// `POST /api/auth/password`: change the password of the signed-in customer.
pub async fn change_password(
    body: &shared::api::auth::ChangePassword,
) -> Result<SessionInfo, Failure> {
    post_json("/api/auth/password", body).await
}

/// `POST /api/auth/logout`: end this session.
pub async fn logout() -> Result<(), Failure> {
    send(with_csrf(Request::post("/api/auth/logout"))).await
}

pub async fn get_json<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    let text = exchange(Request::get(path), None)
        .await
        .map_err(|failure| failure.error)?;
    parse(&text).map_err(|failure| failure.error)
}

/// `get_json`, taking the answer of the same request when the page's boot script
/// (`public/boot.js`) already started it while the app downloaded: once, for exactly `path`.
pub async fn get_json_prefetched<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    let Some(response) = prefetched(path).await else {
        return get_json(path).await;
    };
    let text = answer(Ok(response))
        .await
        .map_err(|failure| failure.error)?;
    parse(&text).map_err(|failure| failure.error)
}

/// The boot script's request for `path`, removed as it is taken; `None` when there is none or
/// it failed (the caller then asks itself).
async fn prefetched(path: &str) -> Option<Response> {
    use wasm_bindgen::JsCast;
    let window: wasm_bindgen::JsValue = web_sys::window()?.into();
    let kept = js_sys::Reflect::get(&window, &"__mymtsPrefetch".into()).ok()?;
    let kept: js_sys::Object = kept.dyn_into().ok()?;
    let promise: js_sys::Promise = js_sys::Reflect::get(&kept, &path.into())
        .ok()?
        .dyn_into()
        .ok()?;
    js_sys::Reflect::delete_property(&kept, &path.into()).ok()?;
    let raw: web_sys::Response = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    Some(Response::from(raw))
}

pub async fn post_json<B: serde::Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
) -> Result<T, Failure> {
    let body = serde_json::to_string(body).map_err(|_| ApiError::new(ErrorCode::MalformedJson))?;
    let text = exchange(with_csrf(Request::post(path)), Some(body)).await?;
    parse(&text)
}

/// An unsafe request without a body whose success has none worth reading (204).
async fn send(request: RequestBuilder) -> Result<(), Failure> {
    exchange(request, None).await.map(drop)
}

/// Sends a request and answers the body of a 2xx. Not generic on purpose: one copy of the
/// request machinery in the wasm, whatever the endpoint (the initial load has a budget).
async fn exchange(request: RequestBuilder, body: Option<String>) -> Result<String, Failure> {
    let request = request.header("Accept", "application/json");
    let sent = match body {
        Some(body) => {
            request
                .header("Content-Type", "application/json")
                .body(body)
                .map_err(|_| ApiError::new(ErrorCode::MalformedJson))?
                .send()
                .await
        }
        None => request.send().await,
    };
    answer(sent).await
}

/// The body of a 2xx answer, or the failure an error answer carries.
async fn answer(sent: Result<Response, gloo_net::Error>) -> Result<String, Failure> {
    let response = sent.map_err(|_| ApiError::new(ErrorCode::Network))?;
    if response.ok() {
        return response
            .text()
            .await
            .map_err(|_| ApiError::new(ErrorCode::Network).into());
    }
    Err(failure(response).await)
}

/// A 2xx body; one we cannot read means the server speaks a newer contract.
fn parse<T: DeserializeOwned>(text: &str) -> Result<T, Failure> {
    serde_json::from_str(text).map_err(|_| ApiError::new(ErrorCode::Unknown).into())
}

async fn failure(response: Response) -> Failure {
    let status = response.status();
    let retry_after_secs = response
        .headers()
        .get("Retry-After")
        .and_then(|value| value.trim().parse::<u64>().ok());
    let error = match response
        .text()
        .await
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
    {
        Some(error) => error,
        None => ApiError::new(fallback_code(status)),
    };
    Failure {
        error,
        retry_after_secs,
    }
}

/// The code for an error answer without a readable `ApiError` body (a proxy page, say).
fn fallback_code(status: u16) -> ErrorCode {
    match status {
        404 => ErrorCode::NotFound,
        405 => ErrorCode::MethodNotAllowed,
        401 => ErrorCode::Unauthorized,
        403 => ErrorCode::Forbidden,
        413 => ErrorCode::PayloadTooLarge,
        429 => ErrorCode::RateLimited,
        502..=504 => ErrorCode::ServiceUnavailable,
        500..=599 => ErrorCode::Internal,
        _ => ErrorCode::Unknown,
    }
}

/// A path segment or query value, percent-encoded.
pub fn encode(part: &str) -> String {
    String::from(js_sys::encode_uri_component(part))
}

/// A fresh idempotency key for one attempt of a change that must happen once.
pub fn new_idempotency_key() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("{:x}", (js_sys::Math::random() * 1e16) as u64))
}

/// Whole minutes to wait, rounded up, at least one.
pub fn minutes_to_wait(secs: u64) -> u64 {
    secs.div_ceil(60).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodiless_errors_map_by_status() {
        assert_eq!(fallback_code(404), ErrorCode::NotFound);
        assert_eq!(fallback_code(429), ErrorCode::RateLimited);
        assert_eq!(fallback_code(502), ErrorCode::ServiceUnavailable);
        assert_eq!(fallback_code(500), ErrorCode::Internal);
        assert_eq!(fallback_code(418), ErrorCode::Unknown);
    }

    #[test]
    fn waits_round_up_to_whole_minutes() {
        assert_eq!(minutes_to_wait(0), 1);
        assert_eq!(minutes_to_wait(59), 1);
        assert_eq!(minutes_to_wait(60), 1);
        assert_eq!(minutes_to_wait(61), 2);
        assert_eq!(minutes_to_wait(3600), 60);
    }
}
