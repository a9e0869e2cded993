//! Extra numbers: a web account manages another MTS mobile number once that number's owner
//! gives a 6-digit code sent to it by SMS. The owner sees who manages their numbers.
//!
//! `POST /api/numbers` answers the same for any valid mobile number: whether it is an MTS
//! subscriber's shows only in whether its owner receives an SMS.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use shared::api::auth::Sent;
use shared::api::mobile::{AddNumber, ConfirmNumber, ManagedNumber, NumberManager};
use shared::auth::ONE_TIME_CODE_TTL_MINUTES;
use shared::ids::{OneTimeCode, Phone};
use shared::{ApiError, ErrorCode};

use super::{REMOVED, not_found};
use crate::clock::from_unix;
use crate::domain::session::ClientMeta;
use crate::http::{ApiJson, CurrentCustomer, Refusal};
use crate::routes::auth::sms::{code_sent, may_send};
use crate::routes::auth::{check_code, new_code};
use crate::state::AppState;
use crate::store::Insert;
use crate::store::identity::CustomerId;

const ADD_NUMBER: &str = "add_number";

/// Codes are per (customer, number): another customer cannot use or spoil this one.
fn subject(customer: CustomerId, phone: &str) -> String {
    format!("{customer}:{phone}")
}

async fn managed(state: &AppState, customer: CustomerId) -> Result<Vec<ManagedNumber>, Refusal> {
    Ok(state
        .store
        .managed_numbers(customer)
        .await?
        .into_iter()
        .map(|(phone, at)| ManagedNumber {
            phone,
            added_at: from_unix(at),
        })
        .collect())
}

/// Refuses a number that cannot be added: the customer's own, already added, or the list full.
async fn may_add(state: &AppState, customer: CustomerId, phone: &str) -> Result<(), Refusal> {
    if state
        .store
        .mobile_numbers(customer)
        .await?
        .iter()
        .any(|p| p == phone)
    {
        return Err(ApiError::new(ErrorCode::ExtraNumberIsOwn)
            .with_field(Phone::FIELD)
            .into());
    }
    let numbers = state.store.managed_numbers(customer).await?;
    if numbers.iter().any(|(p, _)| p == phone) {
        return Err(ApiError::new(ErrorCode::ExtraNumberAlreadyAdded)
            .with_field(Phone::FIELD)
            .into());
    }
    shared::mobile::may_add_extra_number(numbers.len())?;
    Ok(())
}

/// Numbers this web account manages besides its own, newest first.
#[utoipa::path(
    get, path = "/api/numbers", tag = "mobile",
    responses(
        (status = 200, description = "Managed numbers", body = Vec<ManagedNumber>),
        (status = 401, description = "Not signed in", body = ApiError),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    who: CurrentCustomer,
) -> Result<Json<Vec<ManagedNumber>>, Refusal> {
    Ok(Json(managed(&state, who.id).await?))
}

/// Send a code by SMS to the number to add; its owner tells it to the one who adds it.
#[utoipa::path(
    post, path = "/api/numbers", tag = "mobile",
    request_body = AddNumber,
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 202, description = "Sent if the number is an MTS subscriber's", body = Sent),
        (status = 409, description = "extra_number_is_own, extra_number_already_added or extra_numbers_full", body = ApiError),
        (status = 422, description = "Not a mobile number", body = ApiError),
        (status = 429, description = "Resend cooldown or hourly cap; see Retry-After", body = ApiError),
    )
)]
pub async fn add(
    State(state): State<AppState>,
    meta: ClientMeta,
    who: CurrentCustomer,
    ApiJson(body): ApiJson<AddNumber>,
) -> Result<Response, Refusal> {
    let phone = Phone::parse(&body.phone)?.to_string();
    may_add(&state, who.id, &phone).await?;
    may_send(&state, &meta, &format!("add-number:{phone}")).await?;
    let owner = state.store.mobile_owner(&phone).await?;
    // A code is stored either way (the same work); it can only succeed for a real number.
    let code = new_code(
        &state,
        ADD_NUMBER,
        &subject(who.id, &phone),
        owner.map(|_| who.id),
    )
    .await?;
    if owner.is_some() {
        let text = format!(
            "Код {code}: добавление вашего номера в чужой личный кабинет Мой МТС. Сообщите его, \
             только если доверяете управление номером. Действует {ONE_TIME_CODE_TTL_MINUTES} мин."
        );
        state.sms.send_sms(&phone, &text).await?;
    }
    Ok(code_sent())
}

/// Add the number with the code its owner received.
#[utoipa::path(
    post, path = "/api/numbers/confirm", tag = "mobile",
    request_body = ConfirmNumber,
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 201, description = "Added; the managed numbers", body = Vec<ManagedNumber>),
        (status = 409, description = "extra_number_is_own, extra_number_already_added or extra_numbers_full", body = ApiError),
        (status = 422, description = "one_time_code_wrong, one_time_code_expired or a malformed field", body = ApiError),
        (status = 429, description = "Too many attempts; see Retry-After", body = ApiError),
    )
)]
pub async fn confirm(
    State(state): State<AppState>,
    meta: ClientMeta,
    who: CurrentCustomer,
    ApiJson(body): ApiJson<ConfirmNumber>,
) -> Result<(StatusCode, Json<Vec<ManagedNumber>>), Refusal> {
    let phone = Phone::parse(&body.phone)?.to_string();
    let code = OneTimeCode::parse(&body.code)?;
    let customer = check_code(&state, &meta, ADD_NUMBER, &subject(who.id, &phone), &code).await?;
    if customer != who.id {
        return Err(ApiError::new(ErrorCode::OneTimeCodeWrong)
            .with_field(OneTimeCode::FIELD)
            .into());
    }
    may_add(&state, who.id, &phone).await?;
    let added = state
        .store
        .add_managed_number(
            who.id,
            &phone,
            state.clock.unix(),
            shared::mobile::may_add_extra_number,
        )
        .await?;
    match added {
        Insert::Added(_) => {}
        Insert::Duplicate => return Err(ErrorCode::ExtraNumberAlreadyAdded.into()),
        Insert::Refused(code) => return Err(code.into()),
    }
    tracing::info!(customer_id = who.id, "extra number added");
    Ok((StatusCode::CREATED, Json(managed(&state, who.id).await?)))
}

/// Stop managing a number.
#[utoipa::path(
    delete, path = "/api/numbers/{phone}", tag = "mobile",
    params(("phone" = String, Path, description = "the managed number, E.164")),
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 204, description = "Removed"),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "This account does not manage that number", body = ApiError),
    )
)]
pub async fn remove(
    State(state): State<AppState>,
    who: CurrentCustomer,
    Path(phone): Path<String>,
) -> Result<StatusCode, Refusal> {
    let phone = Phone::parse(&phone).map_err(not_found)?.to_string();
    if state.store.remove_managed_number(who.id, &phone).await? {
        Ok(REMOVED)
    } else {
        Err(ErrorCode::NotFound.into())
    }
}

/// Who manages the customer's own numbers (trust management: the owner always sees it).
#[utoipa::path(
    get, path = "/api/numbers/managers", tag = "mobile",
    responses(
        (status = 200, description = "Managers of the customer's numbers, newest first", body = Vec<NumberManager>),
        (status = 401, description = "Not signed in", body = ApiError),
    )
)]
pub async fn managers(
    State(state): State<AppState>,
    who: CurrentCustomer,
) -> Result<Json<Vec<NumberManager>>, Refusal> {
    Ok(Json(
        state
            .store
            .managers_of(who.id)
            .await?
            .into_iter()
            .map(|(phone, manager, since)| NumberManager {
                phone,
                manager,
                since: from_unix(since),
            })
            .collect(),
    ))
}

/// The owner withdraws trust: nobody manages this number of theirs any more.
#[utoipa::path(
    delete, path = "/api/numbers/managers/{phone}", tag = "mobile",
    params(("phone" = String, Path, description = "the customer's own number, E.164")),
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 204, description = "Every manager of the number removed"),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "Not the customer's number, or nobody manages it", body = ApiError),
    )
)]
pub async fn revoke(
    State(state): State<AppState>,
    who: CurrentCustomer,
    Path(phone): Path<String>,
) -> Result<StatusCode, Refusal> {
    let phone = Phone::parse(&phone).map_err(not_found)?.to_string();
    let revoked = state.store.revoke_managers(who.id, &phone).await?;
    if revoked == 0 {
        return Err(ErrorCode::NotFound.into());
    }
    tracing::info!(
        customer_id = who.id,
        revoked,
        "managers of a number revoked"
    );
    Ok(REMOVED)
}
