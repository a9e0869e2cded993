//! Contact details: the e-mail address and the phone notifications go to. A change takes a
//! 6-digit code sent to the NEW address, so nobody can point notices at an address they do
//! not hold.

use axum::Json;
use axum::extract::State;
use axum::response::Response;
use shared::api::auth::Sent;
use shared::api::notifications::{ChangeEmail, ChangePhone, ConfirmEmail, ConfirmPhone, Contacts};
use shared::auth::ONE_TIME_CODE_TTL_MINUTES;
use shared::ids::{Email, OneTimeCode, Phone};
use shared::{ApiError, ErrorCode};

use crate::domain::notify::notice_phone;
use crate::domain::session::ClientMeta;
use crate::http::{ApiJson, CurrentCustomer, Refusal};
use crate::routes::auth::sms::{code_sent, may_send};
use crate::routes::auth::{check_code, new_code};
use crate::state::AppState;
use crate::store::identity::CustomerId;

const CONTACT_EMAIL: &str = "contact_email";
const CONTACT_PHONE: &str = "contact_phone";

async fn contacts_of(state: &AppState, customer: CustomerId) -> Result<Contacts, Refusal> {
    let store = state.store.as_ref();
    Ok(Contacts {
        email: store.web_account(customer).await?.and_then(|w| w.email),
        phone: notice_phone(store, customer).await?,
    })
}

/// Refuses a code that was not this customer's (defence in depth: subjects are per customer).
fn same_customer(got: CustomerId, expected: CustomerId) -> Result<(), Refusal> {
    if got == expected {
        Ok(())
    } else {
        Err(ApiError::new(ErrorCode::OneTimeCodeWrong)
            .with_field(OneTimeCode::FIELD)
            .into())
    }
}

/// The e-mail address and phone notifications go to.
#[utoipa::path(
    get, path = "/api/profile/contacts", tag = "profile",
    responses(
        (status = 200, description = "Contact details", body = Contacts),
        (status = 401, description = "Not signed in", body = ApiError),
    )
)]
pub async fn get(
    State(state): State<AppState>,
    who: CurrentCustomer,
) -> Result<Json<Contacts>, Refusal> {
    Ok(Json(contacts_of(&state, who.id).await?))
}

/// Send a confirmation code to a new e-mail address.
#[utoipa::path(
    post, path = "/api/profile/contacts/email", tag = "profile",
    request_body = ChangeEmail,
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 202, description = "Code sent to the new address", body = Sent),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 409, description = "contact_unchanged", body = ApiError),
        (status = 422, description = "Not an e-mail address", body = ApiError),
        (status = 429, description = "Resend cooldown or hourly cap; see Retry-After", body = ApiError),
    )
)]
pub async fn request_email(
    State(state): State<AppState>,
    meta: ClientMeta,
    who: CurrentCustomer,
    ApiJson(body): ApiJson<ChangeEmail>,
) -> Result<Response, Refusal> {
    let email = Email::parse(&body.email)?.to_string();
    if contacts_of(&state, who.id).await?.email.as_deref() == Some(email.as_str()) {
        return Err(ApiError::new(ErrorCode::ContactUnchanged)
            .with_field(Email::FIELD)
            .into());
    }
    may_send(&state, &meta, &email).await?;
    let subject = format!("{}:{email}", who.id);
    let code = new_code(&state, CONTACT_EMAIL, &subject, Some(who.id)).await?;
    let text = format!(
        "Код для подтверждения адреса в Мой МТС: {code}. Действует {ONE_TIME_CODE_TTL_MINUTES} мин. \
         Если вы не меняли адрес, ничего не делайте."
    );
    state
        .mailer
        .send_email(&email, "Мой МТС: подтверждение адреса", &text)
        .await?;
    Ok(code_sent())
}

/// Confirm the new e-mail address with the code sent to it.
#[utoipa::path(
    post, path = "/api/profile/contacts/email/confirm", tag = "profile",
    request_body = ConfirmEmail,
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 200, description = "Changed", body = Contacts),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 422, description = "one_time_code_wrong, one_time_code_expired or a malformed field", body = ApiError),
        (status = 429, description = "Too many attempts; see Retry-After", body = ApiError),
    )
)]
pub async fn confirm_email(
    State(state): State<AppState>,
    meta: ClientMeta,
    who: CurrentCustomer,
    ApiJson(body): ApiJson<ConfirmEmail>,
) -> Result<Json<Contacts>, Refusal> {
    let email = Email::parse(&body.email)?.to_string();
    let code = OneTimeCode::parse(&body.code)?;
    let subject = format!("{}:{email}", who.id);
    same_customer(
        check_code(&state, &meta, CONTACT_EMAIL, &subject, &code).await?,
        who.id,
    )?;
    state.store.set_contact_email(who.id, &email).await?;
    tracing::info!(customer_id = who.id, "contact e-mail changed");
    Ok(Json(contacts_of(&state, who.id).await?))
}

/// Send a confirmation code by SMS to a new notification phone.
#[utoipa::path(
    post, path = "/api/profile/contacts/phone", tag = "profile",
    request_body = ChangePhone,
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 202, description = "Code sent to the new number", body = Sent),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 409, description = "contact_unchanged", body = ApiError),
        (status = 422, description = "Not a mobile number", body = ApiError),
        (status = 429, description = "Resend cooldown or hourly cap; see Retry-After", body = ApiError),
    )
)]
pub async fn request_phone(
    State(state): State<AppState>,
    meta: ClientMeta,
    who: CurrentCustomer,
    ApiJson(body): ApiJson<ChangePhone>,
) -> Result<Response, Refusal> {
    let phone = Phone::parse(&body.phone)?.to_string();
    if contacts_of(&state, who.id).await?.phone.as_deref() == Some(phone.as_str()) {
        return Err(ApiError::new(ErrorCode::ContactUnchanged)
            .with_field(Phone::FIELD)
            .into());
    }
    may_send(&state, &meta, &format!("contact:{phone}")).await?;
    let subject = format!("{}:{phone}", who.id);
    let code = new_code(&state, CONTACT_PHONE, &subject, Some(who.id)).await?;
    let text = format!(
        "Код для подтверждения номера в Мой МТС: {code}. Действует {ONE_TIME_CODE_TTL_MINUTES} мин."
    );
    state.sms.send_sms(&phone, &text).await?;
    Ok(code_sent())
}

/// Confirm the new notification phone with the code sent to it.
#[utoipa::path(
    post, path = "/api/profile/contacts/phone/confirm", tag = "profile",
    request_body = ConfirmPhone,
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 200, description = "Changed", body = Contacts),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 422, description = "one_time_code_wrong, one_time_code_expired or a malformed field", body = ApiError),
        (status = 429, description = "Too many attempts; see Retry-After", body = ApiError),
    )
)]
pub async fn confirm_phone(
    State(state): State<AppState>,
    meta: ClientMeta,
    who: CurrentCustomer,
    ApiJson(body): ApiJson<ConfirmPhone>,
) -> Result<Json<Contacts>, Refusal> {
    let phone = Phone::parse(&body.phone)?.to_string();
    let code = OneTimeCode::parse(&body.code)?;
    let subject = format!("{}:{phone}", who.id);
    same_customer(
        check_code(&state, &meta, CONTACT_PHONE, &subject, &code).await?,
        who.id,
    )?;
    state.store.set_contact_phone(who.id, &phone).await?;
    tracing::info!(customer_id = who.id, "contact phone changed");
    Ok(Json(contacts_of(&state, who.id).await?))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_code_of_another_customer_is_wrong() {
        assert!(super::same_customer(1, 1).is_ok());
        assert!(super::same_customer(1, 2).is_err());
    }
}
