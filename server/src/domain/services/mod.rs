//! Tariffs and services (PRODUCT 4, 7): nothing is charged that the subscriber did not see
//! the price of first. [`preview`] prices an action with the `shared` rules ([`plan`]) and
//! signs the result into a quote token; [`confirm`] prices it again, refuses a stale token
//! (`quote_stale`), and writes it under the `Idempotency-Key` with its guards (balance,
//! already connected, Multiroom limit, tariff unchanged) re-checked inside the transaction.

pub mod accrual;
pub mod listing;
pub mod plan;

use axum::http::StatusCode;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use shared::api::services::{
    BlockRequestKind, ConfirmRequest, PreviewRequest, ServiceAction, ServiceChangeDone,
    ServiceQuote,
};
use shared::blocking::{BlockKind, VoluntaryBlock};
use shared::charge::balance_after;
use shared::{ApiError, ErrorCode};

pub use accrual::{accrue_blocking_fees, charge_monthly_fees};

use self::plan::Plan;
use super::money::payments::Answer;
use super::money::{owned_account, today};
use crate::domain::secrets;
use crate::http::HttpError;
use crate::state::AppState;
use crate::store::identity::CustomerId;
use crate::store::money::{AccountRecord, IdempotentWrite};
use crate::store::services::Applied;

/// The action as it is signed: a permanent block's confirmation flag is given only on
/// confirmation, so it is not part of the price.
fn signed_action(action: &ServiceAction) -> ServiceAction {
    match action {
        ServiceAction::Block { kind, .. } => ServiceAction::Block {
            kind: *kind,
            confirm_permanent: false,
        },
        other => other.clone(),
    }
}

/// HMAC of everything the price depends on: a token from a preview matches the confirmation
/// only while the account, the action and every amount are the same (and on the same day).
fn quote_token(state: &AppState, customer: CustomerId, q: &ServiceQuote) -> String {
    let payload = serde_json::json!([
        "quote/v1",
        customer,
        q.account_id,
        signed_action(&q.action),
        q.detail,
        q.lines,
        q.charge_now,
        q.per_period,
        q.effective_on,
    ]);
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&state.secret_key)
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
    mac.update(payload.to_string().as_bytes());
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn quote_of(
    state: &AppState,
    customer: CustomerId,
    account: &AccountRecord,
    action: &ServiceAction,
    plan: &Plan,
) -> ServiceQuote {
    let after = balance_after(account.balance, plan.charge_now);
    let mut quote = ServiceQuote {
        account_id: account.id,
        action: signed_action(action),
        detail: plan.detail.clone(),
        lines: plan.lines.clone(),
        charge_now: plan.charge_now,
        per_period: plan.per_period,
        balance: account.balance,
        balance_after: account
            .balance
            .checked_sub(plan.charge_now)
            .unwrap_or(account.balance),
        affordable: after.is_ok(),
        effective_on: today(state),
        quote_token: String::new(),
    };
    quote.quote_token = quote_token(state, customer, &quote);
    quote
}

/// `POST /api/services/preview`.
pub async fn preview(
    state: &AppState,
    customer: CustomerId,
    req: &PreviewRequest,
) -> Result<ServiceQuote, HttpError> {
    let account = owned_account(state, customer, req.account_id)
        .await
        .map_err(|e| HttpError(e.0.with_field("account_id")))?;
    let plan = plan::plan(state, customer, &account, &req.action).await?;
    Ok(quote_of(state, customer, &account, &req.action, &plan))
}

/// `POST /api/services/confirm` under idempotency key `key`.
pub async fn confirm(
    state: &AppState,
    customer: CustomerId,
    key: &str,
    req: &ConfirmRequest,
) -> Result<Answer, HttpError> {
    let account = owned_account(state, customer, req.account_id)
        .await
        .map_err(|e| HttpError(e.0.with_field("account_id")))?;
    let request_hash = secrets::sha256_hex(
        &serde_json::json!(["services", req.account_id, req.action, req.quote_token]).to_string(),
    );
    let scope = format!("customer:{customer}");
    // A retry of a confirmed change replays its answer, whatever changed since.
    if let Some(stored) = state.store.idempotent_response(&scope, key).await? {
        return replay(stored, &request_hash);
    }
    // A concurrent twin may have written while this one was checking: then its answer wins.
    let plan = match checked_plan(state, customer, &account, req).await {
        Ok(plan) => plan,
        Err(err) => {
            return match state.store.idempotent_response(&scope, key).await? {
                Some(stored) => replay(stored, &request_hash),
                None => Err(err),
            };
        }
    };
    let quote = quote_of(state, customer, &account, &req.action, &plan);
    let done = ServiceChangeDone {
        quote,
        done_at: state.clock.now(),
    };
    let body = serde_json::to_string(&done).unwrap_or_default();
    let idem = IdempotentWrite {
        scope: &scope,
        key,
        request_hash: &request_hash,
        status: StatusCode::CREATED.as_u16(),
        response: &body,
        now: state.clock.unix(),
    };
    match state.store.apply_change(Some(idem), &plan.change).await? {
        Applied::Done => {
            tracing::info!(
                account = account.id,
                charge = plan.charge_now.kopecks(),
                "service change confirmed"
            );
            Ok(Answer {
                status: StatusCode::CREATED,
                body,
                replayed: false,
            })
        }
        Applied::Replay(stored) => replay(stored, &request_hash),
        Applied::Refused(code) => Err(HttpError::new(code)),
    }
}

/// The plan of a confirmation whose preview still holds.
async fn checked_plan(
    state: &AppState,
    customer: CustomerId,
    account: &AccountRecord,
    req: &ConfirmRequest,
) -> Result<Plan, HttpError> {
    if let ServiceAction::Block {
        kind: BlockRequestKind::Permanent,
        confirm_permanent,
    } = req.action
    {
        VoluntaryBlock::start(BlockKind::Permanent, today(state), confirm_permanent)
            .map_err(ApiError::from)?;
    }
    let plan = plan::plan(state, customer, account, &req.action).await?;
    let quote = quote_of(state, customer, account, &req.action, &plan);
    let lost_phone = matches!(
        req.action,
        ServiceAction::Block {
            kind: BlockRequestKind::LostPhone,
            ..
        }
    );
    let token = req.quote_token.trim();
    if token.is_empty() && !lost_phone {
        return Err(HttpError(
            ApiError::new(ErrorCode::Required).with_field("quote_token"),
        ));
    }
    let token_ok = secrets::same(&quote.quote_token, token);
    // A lost phone is blocked at once: no preview is needed (an empty token).
    let unpreviewed_lost_phone = lost_phone && token.is_empty();
    if !(token_ok || unpreviewed_lost_phone) {
        return Err(HttpError(
            ApiError::new(ErrorCode::QuoteStale).with_field("quote_token"),
        ));
    }
    balance_after(account.balance, plan.charge_now).map_err(ApiError::from)?;
    Ok(plan)
}

fn replay(
    stored: crate::store::money::StoredResponse,
    request_hash: &str,
) -> Result<Answer, HttpError> {
    if !secrets::same(&stored.request_hash, request_hash) {
        return Err(HttpError::new(ErrorCode::IdempotencyKeyReused));
    }
    Ok(Answer {
        status: StatusCode::from_u16(stored.status).unwrap_or(StatusCode::OK),
        body: stored.response,
        replayed: true,
    })
}

/// The web login of the customer, as the activation log's "who".
pub async fn actor(state: &AppState, customer: CustomerId) -> Result<String, HttpError> {
    Ok(state
        .store
        .web_account(customer)
        .await?
        .map_or_else(|| format!("customer:{customer}"), |w| w.login))
}
