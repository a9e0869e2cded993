//! `/api/expenses`: expense control of the signed-in customer's accounts, and
//! `/api/restriction`: whether an account's service is restricted.

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use serde::Deserialize;
use shared::api::expenses::{ExpenseView, MonthServices, MonthSpend, SetExpenseLimit};
use shared::api::promised::RestrictionView;
use shared::expense::ExpenseLimit;
use shared::{ApiError, ErrorCode};

use crate::clock::from_unix;
use crate::domain::money::expenses::{self, MAX_MONTHS};
use crate::domain::money::{owned_account, today};
use crate::http::{ApiJson, CurrentCustomer, HttpError};
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AccountQuery {
    /// Service account id.
    pub account: i64,
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ChartQuery {
    /// Service account id.
    pub account: i64,
    /// How many months up to the current one (1–24, default 6).
    pub months: Option<u32>,
}

fn account_of<T>(q: Result<Query<T>, QueryRejection>) -> Result<T, HttpError> {
    q.map(|Query(q)| q)
        .map_err(|_| HttpError(ApiError::new(ErrorCode::Required).with_field("account")))
}

fn months_of(q: &ChartQuery) -> Result<u32, HttpError> {
    match q.months {
        None => Ok(6),
        Some(m) if (1..=MAX_MONTHS).contains(&m) => Ok(m),
        Some(_) => Err(HttpError(
            ApiError::new(ErrorCode::InvalidPeriod).with_field("months"),
        )),
    }
}

/// This month's spending of an account, its forecast to the month's end and, with a limit
/// set, the share of the limit spent and the alert level (alerts at 50, 80 and 100 % are
/// sent once per month by the job runner).
#[utoipa::path(
    get, path = "/api/expenses", tag = "money",
    params(AccountQuery),
    responses(
        (status = 200, description = "Spending, forecast and limit status", body = ExpenseView),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 404, description = "No such account of this customer", body = ApiError),
        (status = 422, description = "No account given", body = ApiError),
    )
)]
pub async fn show(
    State(state): State<AppState>,
    who: CurrentCustomer,
    q: Result<Query<AccountQuery>, QueryRejection>,
) -> Result<Json<ExpenseView>, HttpError> {
    let q = account_of(q)?;
    let account = owned_account(&state, who.id, q.account).await?;
    Ok(Json(
        expenses::view(&state, &account, state.clock.now()).await?,
    ))
}

/// Set the monthly spending limit of an account.
#[utoipa::path(
    put, path = "/api/expenses/limit", tag = "money",
    request_body = SetExpenseLimit,
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 200, description = "Set", body = ExpenseView),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "No such account of this customer", body = ApiError),
        (status = 422, description = "The limit is not above zero", body = ApiError),
    )
)]
pub async fn set_limit(
    State(state): State<AppState>,
    who: CurrentCustomer,
    ApiJson(req): ApiJson<SetExpenseLimit>,
) -> Result<Json<ExpenseView>, HttpError> {
    let limit = ExpenseLimit::new(req.limit)?;
    let account = owned_account(&state, who.id, req.account_id)
        .await
        .map_err(|e| HttpError(e.0.with_field("account_id")))?;
    state
        .store
        .set_expense_limit(account.id, Some(limit.amount()), state.clock.unix())
        .await?;
    Ok(Json(
        expenses::view(&state, &account, state.clock.now()).await?,
    ))
}

/// Remove the monthly spending limit of an account.
#[utoipa::path(
    delete, path = "/api/expenses/limit", tag = "money",
    params(AccountQuery),
    responses(
        (status = 422, description = "required: no account given", body = ApiError),
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 204, description = "Removed (or there was none)"),
        (status = 403, description = "csrf_invalid", body = ApiError),
        (status = 404, description = "No such account of this customer", body = ApiError),
    )
)]
pub async fn remove_limit(
    State(state): State<AppState>,
    who: CurrentCustomer,
    q: Result<Query<AccountQuery>, QueryRejection>,
) -> Result<StatusCode, HttpError> {
    let q = account_of(q)?;
    let account = owned_account(&state, who.id, q.account).await?;
    state
        .store
        .set_expense_limit(account.id, None, state.clock.unix())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Spending by category (ledger kind) per month, oldest first: the data of the expense chart.
#[utoipa::path(
    get, path = "/api/expenses/by-category", tag = "money",
    params(ChartQuery),
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 200, description = "One row per month", body = Vec<MonthSpend>),
        (status = 404, description = "No such account of this customer", body = ApiError),
        (status = 422, description = "No account given, or months outside 1–24", body = ApiError),
    )
)]
pub async fn by_category(
    State(state): State<AppState>,
    who: CurrentCustomer,
    q: Result<Query<ChartQuery>, QueryRejection>,
) -> Result<Json<Vec<MonthSpend>>, HttpError> {
    let q = account_of(q)?;
    let months = months_of(&q)?;
    let account = owned_account(&state, who.id, q.account).await?;
    Ok(Json(
        expenses::by_category(&state, &account, today(&state), months).await?,
    ))
}

/// Statistics of the services provided per month, oldest first: calls, SMS and data used
/// (from the package and beyond it) and the fees charged.
#[utoipa::path(
    get, path = "/api/expenses/services", tag = "money",
    params(ChartQuery),
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 200, description = "One row per month", body = Vec<MonthServices>),
        (status = 404, description = "No such account of this customer", body = ApiError),
        (status = 422, description = "No account given, or months outside 1–24", body = ApiError),
    )
)]
pub async fn services(
    State(state): State<AppState>,
    who: CurrentCustomer,
    q: Result<Query<ChartQuery>, QueryRejection>,
) -> Result<Json<Vec<MonthServices>>, HttpError> {
    let q = account_of(q)?;
    let months = months_of(&q)?;
    let account = owned_account(&state, who.id, q.account).await?;
    Ok(Json(
        expenses::services(&state, &account, today(&state), months).await?,
    ))
}

/// Whether the account's service is restricted (a promised payment expired unpaid).
#[utoipa::path(
    get, path = "/api/restriction", tag = "money",
    params(AccountQuery),
    responses(
        (status = 401, description = "Not signed in", body = ApiError),
        (status = 200, description = "Restriction state", body = RestrictionView),
        (status = 404, description = "No such account of this customer", body = ApiError),
        (status = 422, description = "No account given", body = ApiError),
    )
)]
pub async fn restriction(
    State(state): State<AppState>,
    who: CurrentCustomer,
    q: Result<Query<AccountQuery>, QueryRejection>,
) -> Result<Json<RestrictionView>, HttpError> {
    let q = account_of(q)?;
    let account = owned_account(&state, who.id, q.account).await?;
    let r = state.store.restriction(account.id).await?;
    Ok(Json(RestrictionView {
        account_id: account.id,
        restricted: r.is_some(),
        reason: r.as_ref().map(|(reason, _)| reason.clone()),
        since: r.map(|(_, since)| from_unix(since)),
    }))
}
