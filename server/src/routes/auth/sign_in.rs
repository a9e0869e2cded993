//! Sign-in with a password: by login, phone, contract or personal account number, or by the
//! SIM card number of an interactive satellite receiver; and the password change.

use axum::Json;
use axum::extract::State;
use axum::response::Response;
use shared::api::auth::{ChangePassword, PasswordSignIn, SessionInfo, SimSignIn};
use shared::ids::{Iccid, NewPassword, SignInId};
use shared::{ApiError, ErrorCode, FieldError};

use super::{canonical, customer_key, ip_key, lookup, signed_in, typed_password};
use crate::clock::from_unix;
use crate::domain::identity::new_login;
use crate::domain::session::{self, ClientMeta};
use crate::domain::throttle::{self, IDENTIFIER, IP};
use crate::http::{ApiJson, Refusal, SignedIn};
use crate::state::AppState;
use crate::store::identity::WebAccount;

/// Which password matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Matched {
    Permanent,
    /// The SMS one, still within its 48 hours.
    Temporary,
}

/// Checks `password` against the permanent password, then the temporary one; an unknown
/// account costs the same argon2 work as a wrong password. An expired temporary password is
/// reported as such only to someone who knows it.
async fn match_password(
    state: &AppState,
    account: Option<&WebAccount>,
    password: &str,
) -> Result<Option<Matched>, Refusal> {
    let permanent = account.and_then(|a| a.password_hash.as_deref());
    if state.hasher.verify(password, permanent).await {
        return Ok(Some(Matched::Permanent));
    }
    let Some(account) = account else {
        return Ok(None);
    };
    let (Some(hash), Some(issued)) = (&account.temporary_hash, account.temporary_issued_at) else {
        return Ok(None);
    };
    if !state.hasher.verify(password, Some(hash)).await {
        return Ok(None);
    }
    shared::auth::temporary_password_deadline(
        from_unix(issued).naive_utc(),
        state.clock.now().naive_utc(),
    )
    .map_err(ApiError::from)?;
    Ok(Some(Matched::Temporary))
}

/// Verifies a password for whoever `kind`/`value` names; same answer and the same argon2 work
/// for an unknown identifier as for a wrong password.
async fn by_password(
    state: &AppState,
    meta: &ClientMeta,
    kind: &str,
    value: &str,
    password: &str,
) -> Result<Response, Refusal> {
    let store = state.store.as_ref();
    let now = state.clock.unix();
    let id_key = format!("id:{kind}:{value}");
    let ip = ip_key(meta);
    // Counted before the password is compared: parallel guesses get no extra tries.
    let mut attempt = throttle::reserve(store, &[(&ip, IP), (&id_key, IDENTIFIER)], now).await?;
    let account = match store.find_customer(lookup(kind, value)).await? {
        Some(id) => {
            // Login, phone, contract and account number of one customer share one budget.
            attempt
                .add(store, &[(&customer_key(id), IDENTIFIER)])
                .await?;
            store.web_account(id).await?
        }
        None => None,
    };
    let matched = match match_password(state, account.as_ref(), password).await {
        Ok(matched) => matched,
        Err(refusal) => {
            // The temporary password was right but has expired: judged, not a guess.
            attempt.succeeded(store).await?;
            return Err(refusal);
        }
    };
    let (Some(account), Some(matched)) = (account, matched) else {
        attempt.failed(store).await?;
        tracing::info!(kind, "sign-in refused");
        return Err(ErrorCode::SignInFailed.into());
    };
    attempt.succeeded(store).await?;
    let temporary = matched == Matched::Temporary;
    Ok(signed_in(
        session::start(state, account.customer_id, temporary, meta).await?,
    ))
}

/// Sign in with a login, phone, contract or personal account number and a password.
#[utoipa::path(
    post, path = "/api/auth/sign-in", tag = "auth",
    request_body = PasswordSignIn,
    responses(
        (status = 200, description = "Signed in; sets the session and CSRF cookies", body = SessionInfo),
        (status = 401, description = "sign_in_failed, or temporary_password_expired", body = ApiError),
        (status = 422, description = "A field is empty or malformed", body = ApiError),
        (status = 429, description = "Locked out; see Retry-After", body = ApiError),
    )
)]
pub async fn password(
    State(state): State<AppState>,
    meta: ClientMeta,
    ApiJson(body): ApiJson<PasswordSignIn>,
) -> Result<Response, Refusal> {
    let id = SignInId::parse(&body.login)?;
    typed_password(&body.password, "password")?;
    let (kind, value) = canonical(&id);
    by_password(&state, &meta, kind, &value, &body.password).await
}

/// Interactive satellite TV: sign in with the receiver's SIM card number and the password
/// sent to it by SMS.
#[utoipa::path(
    post, path = "/api/auth/sign-in/sim", tag = "auth",
    request_body = SimSignIn,
    responses(
        (status = 200, description = "Signed in", body = SessionInfo),
        (status = 401, description = "sign_in_failed, or temporary_password_expired", body = ApiError),
        (status = 422, description = "A field is empty or malformed", body = ApiError),
        (status = 429, description = "Locked out; see Retry-After", body = ApiError),
    )
)]
pub async fn sim(
    State(state): State<AppState>,
    meta: ClientMeta,
    ApiJson(body): ApiJson<SimSignIn>,
) -> Result<Response, Refusal> {
    let iccid = Iccid::parse(&body.iccid)?;
    typed_password(&body.password, "password")?;
    by_password(&state, &meta, "iccid", iccid.as_str(), &body.password).await
}

/// Change the password (also the way out of a temporary one). Ends every other session.
/// A customer signed in by SMS code without a web account sets a first password (and gets
/// a login) here; `current_password` is not needed then.
#[utoipa::path(
    post, path = "/api/auth/password", tag = "auth",
    request_body = ChangePassword,
    responses(
        (status = 200, description = "Changed", body = SessionInfo),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 422, description = "current_password_wrong or a password policy code", body = ApiError),
        (status = 429, description = "Too many wrong current passwords", body = ApiError),
    )
)]
pub async fn change(
    State(state): State<AppState>,
    who: SignedIn,
    ApiJson(body): ApiJson<ChangePassword>,
) -> Result<Json<SessionInfo>, Refusal> {
    let store = state.store.as_ref();
    let now = state.clock.unix();
    let new = NewPassword::parse(&body.new_password).map_err(|e| e.in_field("new_password"))?;
    let key = format!("change:{}", who.customer_id);
    let Some(account) = store.web_account(who.customer_id).await? else {
        // Signed in by SMS code without a web account yet: this creates it.
        let hash = state.hasher.hash(new.expose()).await?;
        let account = WebAccount {
            customer_id: who.customer_id,
            login: new_login(),
            email: None,
            password_hash: Some(hash),
            temporary_hash: None,
            temporary_issued_at: None,
        };
        new.check_login(&account.login)
            .map_err(|e| e.in_field("new_password"))?;
        store.create_web_account(&account, now).await?;
        tracing::info!(
            customer_id = who.customer_id,
            "web account created with a password"
        );
        return Ok(Json(
            session::info(&state, who.customer_id, false, who.csrf_token).await?,
        ));
    };
    typed_password(&body.current_password, "current_password")?;
    new.check_login(&account.login)
        .map_err(|e| e.in_field("new_password"))?;
    let attempt = throttle::reserve(store, &[(&key, IDENTIFIER)], now).await?;
    let right = match_password(&state, Some(&account), &body.current_password)
        .await
        .unwrap_or(None)
        .is_some();
    if !right {
        attempt.failed(store).await?;
        return Err(FieldError::new("current_password", ErrorCode::CurrentPasswordWrong).into());
    }
    attempt.succeeded(store).await?;
    let hash = state.hasher.hash(new.expose()).await?;
    store.set_password(who.customer_id, &hash).await?;
    store.clear_must_change(who.session_id).await?;
    let ended = store
        .delete_sessions_except(who.customer_id, Some(who.session_id))
        .await?;
    tracing::info!(customer_id = who.customer_id, ended, "password changed");
    Ok(Json(
        session::info(&state, who.customer_id, false, who.csrf_token).await?,
    ))
}
