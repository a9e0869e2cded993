//! `POST /api/public/balance`: the public balance check (PRODUCT 3, issue 7 item 10). No
//! sign-in: a contract number in, its balance out — no name, account or any other data. Every
//! check counts against the caller's IP address (the throttle the sign-in uses), so contract
//! numbers cannot be walked; an unknown contract gets the same generic 404 whatever the
//! reason.

use axum::Json;
use axum::extract::State;
use shared::api::balance::{BalanceQuery, PublicBalance};
use shared::ids::ContractNumber;
use shared::{ApiError, ErrorCode};

use crate::domain::session::ClientMeta;
use crate::domain::throttle::{self, OnSuccess, Policy};
use crate::http::{ApiJson, HttpError, Refusal};
use crate::routes::auth::ip_key;
use crate::state::AppState;

/// Checks from one IP address: 20 an hour, then a lock that doubles from a minute.
pub const CHECKS: Policy = Policy {
    free: 20,
    base_secs: 60,
    max_secs: 3600,
    window_secs: 3600,
    on_success: OnSuccess::Uncount,
};

/// The balance of a contract, for anyone who knows its number.
#[utoipa::path(
    post, path = "/api/public/balance", tag = "money",
    request_body = BalanceQuery,
    responses(
        (status = 200, description = "The balance only (negative when in debt)", body = PublicBalance),
        (status = 404, description = "contract_not_found", body = ApiError),
        (status = 422, description = "required or invalid_contract_number (field contract_number)", body = ApiError),
        (status = 429, description = "Too many checks from this address; see Retry-After", body = ApiError),
    )
)]
pub async fn check(
    State(state): State<AppState>,
    meta: ClientMeta,
    body: Result<ApiJson<BalanceQuery>, HttpError>,
) -> Result<Json<PublicBalance>, Refusal> {
    let store = state.store.as_ref();
    let now = state.clock.unix();
    let ip = format!("balance-{}", ip_key(&meta));
    throttle::count(store, &[(&ip, CHECKS)], now).await?;
    let ApiJson(req) = body?;
    let contract = ContractNumber::parse(&req.contract_number)?;
    match store.account_by_contract(&contract.to_string()).await? {
        Some(account) => Ok(Json(PublicBalance {
            balance: account.balance,
        })),
        None => Err(ApiError::new(ErrorCode::ContractNotFound).into()),
    }
}
