//! Server-side sessions: a random 256-bit id in an HttpOnly cookie (stored as its SHA-256),
//! a CSRF token in a cookie the app reads and sends back in `X-CSRF-Token`.

use axum::http::HeaderValue;
use shared::api::auth::SessionInfo;
use shared::customer::LegalStatus;
use shared::notify::NotificationEvent;

use super::secrets;
use crate::clock::from_unix;
use crate::state::AppState;
use crate::store::StoreError;
use crate::store::identity::{CustomerId, NewSession};

pub const SESSION_COOKIE: &str = "mymts_session";
pub const CSRF_COOKIE: &str = "mymts_csrf";
pub const CSRF_HEADER: &str = "x-csrf-token";

/// Who is asking and from where: kept with the session, shown in the sessions list.
#[derive(Debug, Clone, Default)]
pub struct ClientMeta {
    pub ip: String,
    pub user_agent: String,
}

/// A session just started: the cookies to set and who it belongs to.
pub struct Started {
    pub id: i64,
    pub cookies: [HeaderValue; 2],
    pub info: SessionInfo,
}

fn cookie(state: &AppState, name: &str, value: &str, http_only: bool, max_age: i64) -> HeaderValue {
    let mut c = format!("{name}={value}; Path=/; SameSite=Lax; Max-Age={max_age}");
    if http_only {
        c.push_str("; HttpOnly");
    }
    if state.settings.secure_cookies() {
        c.push_str("; Secure");
    }
    HeaderValue::from_str(&c).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The cookies that end a session in the browser.
pub fn clearing_cookies(state: &AppState) -> [HeaderValue; 2] {
    [
        cookie(state, SESSION_COOKIE, "", true, 0),
        cookie(state, CSRF_COOKIE, "", false, 0),
    ]
}

pub async fn start(
    state: &AppState,
    customer_id: CustomerId,
    must_change_password: bool,
    meta: &ClientMeta,
) -> Result<Started, StoreError> {
    let token = secrets::token();
    let csrf = secrets::token();
    let now = state.clock.unix();
    let id = state
        .store
        .insert_session(&NewSession {
            token_hash: &secrets::sha256_hex(&token),
            csrf_hash: &secrets::sha256_hex(&csrf),
            customer_id,
            user_agent: &meta.user_agent,
            ip: &meta.ip,
            now,
            must_change_password,
        })
        .await?;
    notify_new_device(state, customer_id, meta, now).await?;
    let max_age = state.settings.session_absolute_hours * 3600;
    let info = info(state, customer_id, must_change_password, csrf.clone()).await?;
    tracing::info!(customer_id, session_id = id, "signed in");
    Ok(Started {
        id,
        cookies: [
            cookie(state, SESSION_COOKIE, &token, true, max_age),
            cookie(state, CSRF_COOKIE, &csrf, false, max_age),
        ],
        info,
    })
}

/// "Sign-in from a new device", through [`notify`](super::notify::notify): in the app, and
/// by e-mail (or SMS without an address) unless the subscriber turned it off. The very first
/// device is not news.
async fn notify_new_device(
    state: &AppState,
    customer_id: CustomerId,
    meta: &ClientMeta,
    now: i64,
) -> Result<(), StoreError> {
    let device = device(&meta.user_agent);
    let (new, known) = state
        .store
        .remember_device(customer_id, &device, now)
        .await?;
    if !new || known < 2 {
        return Ok(());
    }
    let when = from_unix(now).format("%d.%m.%Y %H:%M UTC");
    let text = format!(
        "Вход в Мой МТС с нового устройства: {device}, IP {ip}, {when}. Если это были не вы, \
         завершите сеанс в профиле и смените пароль.",
        ip = meta.ip
    );
    super::notify::notify(
        state,
        customer_id,
        NotificationEvent::NewDeviceSignIn,
        "вход с нового устройства",
        &text,
    )
    .await
}

/// What `GET /api/session` says about a customer.
pub async fn info(
    state: &AppState,
    customer_id: CustomerId,
    must_change_password: bool,
    csrf_token: String,
) -> Result<SessionInfo, StoreError> {
    let customer = state.store.customer(customer_id).await?;
    let web = state.store.web_account(customer_id).await?;
    let (legal_status, display_name) = match customer {
        Some(c) => (
            match c.legal_status.as_str() {
                "legal_entity" => LegalStatus::LegalEntity,
                "sole_proprietor" => LegalStatus::SoleProprietor,
                _ => LegalStatus::Individual,
            },
            c.company_name.or(c.full_name).unwrap_or_default(),
        ),
        None => (LegalStatus::Individual, String::new()),
    };
    let temporary_password_deadline = web
        .as_ref()
        .and_then(|w| w.temporary_issued_at)
        .filter(|_| must_change_password)
        .map(|t| from_unix(t) + chrono::Duration::hours(shared::auth::TEMPORARY_PASSWORD_HOURS));
    Ok(SessionInfo {
        customer_id,
        legal_status,
        display_name,
        login: web.map(|w| w.login),
        must_change_password,
        temporary_password_deadline,
        csrf_token,
    })
}

/// "Chrome on Android" from a User-Agent header; good enough to recognise one's devices.
pub fn device(user_agent: &str) -> String {
    let ua = user_agent;
    let browser = if ua.contains("Edg/") {
        "Edge"
    } else if ua.contains("OPR/") || ua.contains("Opera") {
        "Opera"
    } else if ua.contains("YaBrowser") {
        "Yandex Browser"
    } else if ua.contains("Firefox/") {
        "Firefox"
    } else if ua.contains("Chrome/") || ua.contains("Chromium/") {
        "Chrome"
    } else if ua.contains("Safari/") {
        "Safari"
    } else {
        "Unknown browser"
    };
    let system = if ua.contains("Android") {
        "Android"
    } else if ua.contains("iPhone") || ua.contains("iPad") {
        "iOS"
    } else if ua.contains("Windows") {
        "Windows"
    } else if ua.contains("Mac OS X") || ua.contains("Macintosh") {
        "macOS"
    } else if ua.contains("Linux") {
        "Linux"
    } else {
        "unknown system"
    };
    format!("{browser} on {system}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn devices_are_summarised() {
        let android = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";
        assert_eq!(super::device(android), "Chrome on Android");
        let mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";
        assert_eq!(super::device(mac), "Safari on macOS");
        assert_eq!(super::device(""), "Unknown browser on unknown system");
    }
}
