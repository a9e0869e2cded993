//! Sign-in by SMS: a one-time code to a mobile number, or a temporary password (to a mobile
//! number or to the SIM of an interactive satellite receiver) that must be changed at the next
//! sign-in and stops working after 48 hours.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use shared::api::auth::{Sent, SessionInfo, SmsCodeRequest, SmsCodeSignIn, SmsPasswordRequest};
use shared::auth::ONE_TIME_CODE_TTL_MINUTES;
use shared::ids::{Iccid, OneTimeCode, Phone};
use shared::{ApiError, ErrorCode, FieldError};

use super::{check_code, ip_key, new_code, signed_in};
use crate::domain::identity::new_login;
use crate::domain::secrets;
use crate::domain::session::{self, ClientMeta};
use crate::domain::throttle::{self, COOLDOWN, IP_SENDS, RESEND_COOLDOWN_SECS, SENDS};
use crate::http::{ApiJson, Refusal};
use crate::state::AppState;
use crate::store::identity::{Lookup, WebAccount};

pub(crate) const SIGN_IN: &str = "sign_in";

/// Resend cooldown and hourly caps per recipient and per IP; counts this send.
pub(crate) async fn may_send(
    state: &AppState,
    meta: &ClientMeta,
    recipient: &str,
) -> Result<(), Refusal> {
    let store = state.store.as_ref();
    let now = state.clock.unix();
    let cooldown = format!("cooldown:{recipient}");
    let sends = format!("sends:{recipient}");
    let ip = format!("sends-{}", ip_key(meta));
    throttle::count(
        store,
        &[(&cooldown, COOLDOWN), (&sends, SENDS), (&ip, IP_SENDS)],
        now,
    )
    .await?;
    Ok(())
}

/// 202 for a one-time code: it lives [`ONE_TIME_CODE_TTL_MINUTES`].
pub(crate) fn code_sent() -> Response {
    sent(u32::try_from(ONE_TIME_CODE_TTL_MINUTES * 60).unwrap_or(300))
}

pub(crate) fn sent(expires_in_secs: u32) -> Response {
    (
        StatusCode::ACCEPTED,
        Json(Sent {
            resend_after_secs: u32::try_from(RESEND_COOLDOWN_SECS).unwrap_or(60),
            expires_in_secs,
        }),
    )
        .into_response()
}

/// Send a 6-digit sign-in code by SMS. The same answer whether or not the number is ours.
#[utoipa::path(
    post, path = "/api/auth/sms/code", tag = "auth",
    request_body = SmsCodeRequest,
    responses(
        (status = 202, description = "Sent if the number is a subscriber's", body = Sent),
        (status = 422, description = "Not a mobile number", body = ApiError),
        (status = 429, description = "Resend cooldown or hourly cap; see Retry-After", body = ApiError),
    )
)]
pub async fn request_code(
    State(state): State<AppState>,
    meta: ClientMeta,
    ApiJson(body): ApiJson<SmsCodeRequest>,
) -> Result<Response, Refusal> {
    let phone = Phone::parse(&body.phone)?;
    let subject = phone.to_string();
    may_send(&state, &meta, &subject).await?;
    let customer = state.store.find_customer(Lookup::Phone(&subject)).await?;
    let code = new_code(&state, SIGN_IN, &subject, customer).await?;
    if customer.is_some() {
        let text = format!(
            "Код для входа в Мой МТС: {code}. Никому его не сообщайте. Действует {ONE_TIME_CODE_TTL_MINUTES} мин."
        );
        state.sms.send_sms(&subject, &text).await?;
    }
    Ok(code_sent())
}

/// Sign in with the phone number and the code sent to it.
#[utoipa::path(
    post, path = "/api/auth/sms/sign-in", tag = "auth",
    request_body = SmsCodeSignIn,
    responses(
        (status = 200, description = "Signed in", body = SessionInfo),
        (status = 422, description = "one_time_code_wrong, one_time_code_expired or a malformed field", body = ApiError),
        (status = 429, description = "Too many attempts; see Retry-After", body = ApiError),
    )
)]
pub async fn sign_in_with_code(
    State(state): State<AppState>,
    meta: ClientMeta,
    ApiJson(body): ApiJson<SmsCodeSignIn>,
) -> Result<Response, Refusal> {
    let phone = Phone::parse(&body.phone)?;
    let code = OneTimeCode::parse(&body.code)?;
    let customer = check_code(&state, &meta, SIGN_IN, &phone.to_string(), &code).await?;
    Ok(signed_in(
        session::start(&state, customer, false, &meta).await?,
    ))
}

/// Send a temporary password by SMS, to a mobile number or to an interactive satellite
/// receiver's SIM. Sign in with it (phone + password, or SIM + password); it must then be
/// changed, and it stops working after 48 hours.
#[utoipa::path(
    post, path = "/api/auth/sms/password", tag = "auth",
    request_body = SmsPasswordRequest,
    responses(
        (status = 202, description = "Sent if the number is a subscriber's", body = Sent),
        (status = 422, description = "Neither a mobile number nor a SIM card number", body = ApiError),
        (status = 429, description = "Resend cooldown or hourly cap; see Retry-After", body = ApiError),
    )
)]
pub async fn request_password(
    State(state): State<AppState>,
    meta: ClientMeta,
    ApiJson(body): ApiJson<SmsPasswordRequest>,
) -> Result<Response, Refusal> {
    let store = state.store.as_ref();
    let (subject, customer, destination) = if body.iccid.trim().is_empty() {
        if body.phone.trim().is_empty() {
            return Err(FieldError::new(Phone::FIELD, ErrorCode::Required).into());
        }
        let phone = Phone::parse(&body.phone)?.to_string();
        let customer = store.find_customer(Lookup::Phone(&phone)).await?;
        (phone.clone(), customer, Some(phone))
    } else {
        let iccid = Iccid::parse(&body.iccid)?.to_string();
        let customer = store.find_customer(Lookup::Iccid(&iccid)).await?;
        let destination = store.sim_phone(&iccid).await?;
        (iccid, customer, destination)
    };
    may_send(&state, &meta, &subject).await?;
    let password = secrets::password();
    let hash = state.hasher.hash(&password).await?;
    if let (Some(customer), Some(destination)) = (customer, destination) {
        let now = state.clock.unix();
        let created = store
            .create_web_account(
                &WebAccount {
                    customer_id: customer,
                    login: new_login(),
                    email: None,
                    password_hash: None,
                    temporary_hash: Some(hash.clone()),
                    temporary_issued_at: Some(now),
                },
                now,
            )
            .await?;
        if !created {
            store.set_temporary_password(customer, &hash, now).await?;
        }
        let text = format!(
            "Временный пароль для входа в Мой МТС: {password}. Смените его при входе: через 48 часов он перестанет действовать."
        );
        state.sms.send_sms(&destination, &text).await?;
    }
    Ok(sent(0))
}
