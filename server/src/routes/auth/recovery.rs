//! Recovery: a code by SMS or e-mail for a login, personal account number or phone, then a new
//! password (ends every other session); and "forgot login" for satellite TV.

use axum::Json;
use axum::extract::State;
use axum::response::Response;
use shared::api::auth::{
    RecoveryChannel, RecoveryFinish, RecoveryRequest, SatelliteLogin, SatelliteLoginLookup, Sent,
    SessionInfo,
};
use shared::auth::ONE_TIME_CODE_TTL_MINUTES;
use shared::ids::{ChipId, NewPassword, OneTimeCode, SignInId, SmartCardNumber};
use shared::{ApiError, ErrorCode};

use super::sms::{code_sent, may_send};
use super::{canonical, check_code, customer_key, ip_key, lookup, new_code, signed_in};
use crate::domain::identity::new_login;
use crate::domain::session::{self, ClientMeta};
use crate::domain::throttle::{self, OnSuccess, Policy};
use crate::http::{ApiJson, Refusal};
use crate::state::AppState;
use crate::store::identity::WebAccount;

const RECOVERY: &str = "recovery";

/// Wrong chip ID + smart card pairs per IP.
const SATELLITE_MISSES: Policy = Policy {
    free: 10,
    base_secs: 300,
    max_secs: 3600,
    window_secs: 3600,
    on_success: OnSuccess::Uncount,
};

/// Send a recovery code. The same answer whether or not the account exists.
#[utoipa::path(
    post, path = "/api/auth/recovery/code", tag = "auth",
    request_body = RecoveryRequest,
    responses(
        (status = 202, description = "Sent if the account exists and has that channel", body = Sent),
        (status = 422, description = "The login field is malformed", body = ApiError),
        (status = 429, description = "Resend cooldown or hourly cap; see Retry-After", body = ApiError),
    )
)]
pub async fn request_code(
    State(state): State<AppState>,
    meta: ClientMeta,
    ApiJson(body): ApiJson<RecoveryRequest>,
) -> Result<Response, Refusal> {
    let store = state.store.as_ref();
    let (kind, value) = canonical(&SignInId::parse(&body.login)?);
    let subject = format!("{kind}:{value}");
    may_send(&state, &meta, &subject).await?;
    let customer = store.find_customer(lookup(kind, &value)).await?;
    let code = new_code(&state, RECOVERY, &subject, customer).await?;
    if let Some(customer) = customer {
        let text = format!(
            "Код для восстановления доступа к Мой МТС: {code}. Действует {ONE_TIME_CODE_TTL_MINUTES} мин. Если это были не вы, ничего не делайте."
        );
        match body.channel {
            RecoveryChannel::Sms => {
                if let Some(phone) = store.customer_phone(customer).await? {
                    state.sms.send_sms(&phone, &text).await?;
                }
            }
            RecoveryChannel::Email => {
                let web = store.web_account(customer).await?.and_then(|w| w.email);
                let on_file = store.customer(customer).await?.and_then(|c| c.email);
                if let Some(email) = web.or(on_file) {
                    state
                        .mailer
                        .send_email(&email, "Мой МТС: восстановление доступа", &text)
                        .await?;
                }
            }
        }
    }
    Ok(code_sent())
}

/// Set a new password with the recovery code; signs in and ends every other session.
#[utoipa::path(
    post, path = "/api/auth/recovery/password", tag = "auth",
    request_body = RecoveryFinish,
    responses(
        (status = 200, description = "Password set, signed in", body = SessionInfo),
        (status = 422, description = "one_time_code_wrong/expired or a password policy code", body = ApiError),
        (status = 429, description = "Too many attempts; see Retry-After", body = ApiError),
    )
)]
pub async fn set_password(
    State(state): State<AppState>,
    meta: ClientMeta,
    ApiJson(body): ApiJson<RecoveryFinish>,
) -> Result<Response, Refusal> {
    let store = state.store.as_ref();
    let (kind, value) = canonical(&SignInId::parse(&body.login)?);
    let code = OneTimeCode::parse(&body.code)?;
    let password =
        NewPassword::parse(&body.new_password).map_err(|e| e.in_field("new_password"))?;
    let subject = format!("{kind}:{value}");
    let customer = check_code(&state, &meta, RECOVERY, &subject, &code).await?;
    let hash = state.hasher.hash(password.expose()).await?;
    let now = state.clock.unix();
    match store.web_account(customer).await? {
        Some(account) => {
            password
                .check_login(&account.login)
                .map_err(|e| e.in_field("new_password"))?;
            store.set_password(customer, &hash).await?;
        }
        None => {
            let account = WebAccount {
                customer_id: customer,
                login: new_login(),
                email: None,
                password_hash: Some(hash),
                temporary_hash: None,
                temporary_issued_at: None,
            };
            store.create_web_account(&account, now).await?;
        }
    }
    let ended = store.delete_sessions_except(customer, None).await?;
    throttle::clear(store, &format!("id:{kind}:{value}")).await?;
    throttle::clear(store, &customer_key(customer)).await?;
    tracing::info!(customer_id = customer, ended, "password recovered");
    Ok(signed_in(
        session::start(&state, customer, false, &meta).await?,
    ))
}

/// Satellite TV "forgot login": the personal account number of the receiver whose chip ID and
/// smart-card number both match.
#[utoipa::path(
    post, path = "/api/auth/recovery/satellite-login", tag = "auth",
    request_body = SatelliteLoginLookup,
    responses(
        (status = 200, description = "The personal account number", body = SatelliteLogin),
        (status = 409, description = "identity_mismatch: no receiver with both numbers", body = ApiError),
        (status = 422, description = "A field is malformed", body = ApiError),
        (status = 429, description = "Too many attempts; see Retry-After", body = ApiError),
    )
)]
pub async fn satellite_login(
    State(state): State<AppState>,
    meta: ClientMeta,
    ApiJson(body): ApiJson<SatelliteLoginLookup>,
) -> Result<Json<SatelliteLogin>, Refusal> {
    let store = state.store.as_ref();
    let chip = ChipId::parse(&body.chip_id)?;
    let card = SmartCardNumber::parse(&body.smart_card)?;
    let now = state.clock.unix();
    let ip = format!("satellite-{}", ip_key(&meta));
    let attempt = throttle::reserve(store, &[(&ip, SATELLITE_MISSES)], now).await?;
    match store
        .satellite_account(chip.as_str(), card.as_str())
        .await?
    {
        Some(account_number) => {
            attempt.succeeded(store).await?;
            Ok(Json(SatelliteLogin { account_number }))
        }
        None => {
            attempt.failed(store).await?;
            Err(ErrorCode::IdentityMismatch.into())
        }
    }
}
