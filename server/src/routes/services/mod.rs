//! Tariffs and services of the signed-in customer's accounts (PRODUCT 4, 7): the two-step
//! preview → confirm of every paid change, the options catalogue, "My services" with cancel,
//! the activation log, voluntary blocking, the TV line-up and the internet connection.
//! Every account is the customer's own: anyone else's is 404, exactly like none.

pub mod changes;
pub mod views;

use axum::extract::Query;
use axum::extract::rejection::QueryRejection;
use serde::Deserialize;
use shared::{ApiError, ErrorCode};

use crate::domain::money::owned_account;
use crate::http::{CurrentCustomer, HttpError};
use crate::state::AppState;
use crate::store::money::AccountRecord;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AccountQuery {
    /// Service account id.
    pub account: i64,
}

/// The account named by `?account=`: 422 `required` without one, 404 unless it is theirs.
async fn account_of(
    state: &AppState,
    who: &CurrentCustomer,
    q: Result<Query<AccountQuery>, QueryRejection>,
) -> Result<AccountRecord, HttpError> {
    let Query(q) =
        q.map_err(|_| HttpError(ApiError::new(ErrorCode::Required).with_field("account")))?;
    owned_account(state, who.id, q.account).await
}
