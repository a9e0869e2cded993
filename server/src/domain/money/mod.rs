//! Money services (PRODUCT 2, 3): the `shared` rules combined with the store. Every query is
//! scoped to the signed-in customer: an account, payment or card of someone else is "not
//! found", exactly like one that does not exist.

pub mod acquirer;
pub mod autopay;
pub mod bonus;
pub mod dashboard;
pub mod expenses;
pub mod history;
pub mod payments;
pub mod promised;
pub mod receipt;
pub mod usage;

use chrono::NaiveDate;
use shared::ErrorCode;
use shared::api::dashboard::AccountSummary;
use shared::service::ServiceKind;

use crate::http::HttpError;
use crate::state::AppState;
use crate::store::identity::CustomerId;
use crate::store::money::AccountRecord;

/// The service of an account of this stored kind (`shared`'s rule; mobile for none).
pub fn service_of(kind: &str) -> ServiceKind {
    ServiceKind::of_account_kind(kind).unwrap_or(ServiceKind::Mobile)
}

pub fn summary(a: &AccountRecord) -> AccountSummary {
    let label = a
        .phone
        .clone()
        .filter(|_| a.kind == "mobile")
        .or_else(|| a.address.clone())
        .unwrap_or_else(|| a.contract_number.clone());
    AccountSummary {
        id: a.id,
        account_number: a.account_number.clone(),
        contract_number: a.contract_number.clone(),
        service: service_of(&a.kind),
        label,
        balance: a.balance,
    }
}

/// The customer's account `id`, or 404 whether it is someone else's or does not exist.
pub async fn owned_account(
    state: &AppState,
    customer: CustomerId,
    id: i64,
) -> Result<AccountRecord, HttpError> {
    state
        .store
        .accounts_of(customer)
        .await?
        .into_iter()
        .find(|a| a.id == id)
        .ok_or_else(|| HttpError::new(ErrorCode::NotFound))
}

/// Today's date by the server's clock (UTC).
pub fn today(state: &AppState) -> NaiveDate {
    state.clock.now().date_naive()
}

/// Unix seconds of midnight UTC starting `date`.
pub fn midnight(date: NaiveDate) -> i64 {
    date.and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc().timestamp())
        .unwrap_or_default()
}
