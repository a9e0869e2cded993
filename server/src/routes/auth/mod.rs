//! Identity and access endpoints (PRODUCT §1): sign-in by password, SMS code, SMS password and
//! SIM card; sessions; registration with proof-of-work; recovery. Helpers shared by them live
//! here.

pub mod oidc;
pub mod recovery;
pub mod register;
pub mod session;
pub mod sign_in;
pub mod sms;

use axum::Json;
use axum::http::header;
use axum::response::{AppendHeaders, IntoResponse, Response};
use shared::ids::{OneTimeCode, SignInId};
use shared::{ApiError, ErrorCode, FieldError};

use crate::clock::from_unix;
use crate::domain::secrets;
use crate::domain::session::{ClientMeta, Started};
use crate::domain::throttle::{self, IDENTIFIER, IP, Locked};
use crate::http::Refusal;
use crate::state::AppState;
use crate::store::identity::{CustomerId, Lookup};

/// The session cookies and who signed in.
pub(crate) fn signed_in(started: Started) -> Response {
    let [session, csrf] = started.cookies;
    (
        AppendHeaders([(header::SET_COOKIE, session), (header::SET_COOKIE, csrf)]),
        Json(started.info),
    )
        .into_response()
}

/// `(kind, canonical value)` of what was typed in the login box.
pub(crate) fn canonical(id: &SignInId) -> (&'static str, String) {
    match id {
        SignInId::Phone(p) => ("phone", p.to_string()),
        SignInId::Contract(c) => ("contract", c.to_string()),
        SignInId::Account(a) => ("account", a.to_string()),
        SignInId::Login(l) => ("login", l.to_string()),
    }
}

pub(crate) fn lookup<'a>(kind: &str, value: &'a str) -> Lookup<'a> {
    match kind {
        "phone" => Lookup::Phone(value),
        "contract" => Lookup::Contract(value),
        "account" => Lookup::Account(value),
        "iccid" => Lookup::Iccid(value),
        _ => Lookup::Login(value),
    }
}

pub(crate) fn ip_key(meta: &ClientMeta) -> String {
    format!("ip:{}", meta.ip)
}

/// A password as typed at sign-in: present and not absurdly long (argon2 cost stays bounded).
pub(crate) fn typed_password(input: &str, field: &'static str) -> Result<(), FieldError> {
    if input.is_empty() {
        Err(FieldError::new(field, ErrorCode::Required))
    } else if input.chars().count() > shared::ids::PASSWORD_MAX_CHARS {
        Err(FieldError::new(field, ErrorCode::TooLong))
    } else {
        Ok(())
    }
}

fn code_hash(purpose: &str, subject: &str, code: &str) -> String {
    secrets::sha256_hex(&format!("{purpose}:{subject}:{code}"))
}

/// Creates and stores a fresh code for (purpose, subject), whether or not anyone will receive
/// it (the same work either way); returns the code to send.
pub(crate) async fn new_code(
    state: &AppState,
    purpose: &str,
    subject: &str,
    customer: Option<CustomerId>,
) -> Result<String, Refusal> {
    let code = secrets::code();
    state
        .store
        .put_code(
            purpose,
            subject,
            customer,
            &code_hash(purpose, subject, &code),
            state.clock.unix(),
        )
        .await?;
    Ok(code)
}

/// Checks a one-time code: throttling, lifetime, attempts, value. Single use: a right code is
/// deleted. Returns the customer it was sent to.
pub(crate) async fn check_code(
    state: &AppState,
    meta: &ClientMeta,
    purpose: &str,
    subject: &str,
    code: &OneTimeCode,
) -> Result<CustomerId, Refusal> {
    let store = state.store.as_ref();
    let now = state.clock.unix();
    let id_key = format!("code:{purpose}:{subject}");
    let ip = ip_key(meta);
    let wrong = || ApiError::new(ErrorCode::OneTimeCodeWrong).with_field(OneTimeCode::FIELD);
    // Counted before the code is compared, on the throttle keys and on the code's own tries:
    // parallel guesses get no extra tries.
    let attempt = throttle::reserve(store, &[(&ip, IP), (&id_key, IDENTIFIER)], now).await?;
    let max = i64::from(shared::auth::ONE_TIME_CODE_MAX_ATTEMPTS);
    let Some(record) = store.reserve_code_attempt(purpose, subject, max).await? else {
        return match store.code(purpose, subject).await? {
            // Its tries are used up: locked until it expires (and a new one is asked for).
            Some(record) => {
                attempt.withdrawn(store).await?;
                let expires = shared::auth::code_expires_at(from_unix(record.sent_at).naive_utc())
                    .and_utc()
                    .timestamp();
                Err(Refusal::Locked(Locked {
                    retry_after_secs: (expires - now).max(1),
                }))
            }
            None => {
                attempt.failed(store).await?;
                Err(wrong().into())
            }
        };
    };
    let earlier = u32::try_from(record.attempts - 1).unwrap_or(u32::MAX);
    let sent_at = from_unix(record.sent_at);
    if let Err(e) =
        shared::auth::may_try_code(sent_at.naive_utc(), earlier, state.clock.now().naive_utc())
    {
        attempt.withdrawn(store).await?;
        return Err(ApiError::from(e).into());
    }
    let right = secrets::same(
        &code_hash(purpose, subject, code.as_str()),
        &record.code_hash,
    );
    // Single use even under concurrency: only the request that deletes the row wins.
    let consumed = right
        && store
            .consume_code(purpose, subject, &record.code_hash)
            .await?;
    match record.customer_id.filter(|_| consumed) {
        Some(customer) => {
            attempt.succeeded(store).await?;
            Ok(customer)
        }
        None => {
            attempt.failed(store).await?;
            tracing::info!(purpose, "one-time code refused");
            Err(wrong().into())
        }
    }
}

/// The throttle key every identifier of one customer shares.
pub(crate) fn customer_key(customer: CustomerId) -> String {
    format!("customer:{customer}")
}
