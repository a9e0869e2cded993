//! Auto-payment rules of the signed-in customer (PRODUCT 3): checked by
//! `shared::autopay::AutopayRule`, paid from one of the customer's saved cards, run by the
//! job runner (`crate::jobs::autopay`).

use shared::api::autopay::{
    AutopayAttemptView, AutopayOutcome, AutopayRequest, AutopayState, AutopayView,
};
use shared::autopay::{AutopayRule, may_add_rule};
use shared::tariff::BillingPeriod;
use shared::{ApiError, ErrorCode};

use super::{midnight, owned_account, today};
use crate::clock::from_unix;
use crate::http::HttpError;
use crate::state::AppState;
use crate::store::Insert;
use crate::store::controls::AutopayRuleRow;
use crate::store::identity::CustomerId;

fn field(code: ErrorCode, name: &str) -> HttpError {
    HttpError(ApiError::new(code).with_field(name))
}

pub async fn view(state: &AppState, r: AutopayRuleRow) -> Result<AutopayView, HttpError> {
    let day = today(state);
    let paid = state
        .store
        .autopay_paid(
            r.id,
            midnight(day),
            midnight(BillingPeriod::containing(day).start),
        )
        .await?;
    Ok(AutopayView {
        id: r.id,
        account_id: r.account_id,
        card_id: r.card_id,
        settings: r.settings,
        state: if r.paused {
            AutopayState::Paused
        } else {
            AutopayState::Active
        },
        paid_today: paid.since_day,
        paid_this_month: paid.since_month,
        created_at: from_unix(r.created_at),
    })
}

/// The rule `id` if it is this customer's; else 404.
pub async fn owned_rule(
    state: &AppState,
    customer: CustomerId,
    id: &str,
) -> Result<AutopayRuleRow, HttpError> {
    let id: i64 = id
        .parse()
        .map_err(|_| HttpError::new(ErrorCode::NotFound))?;
    state
        .store
        .autopay_rule(id)
        .await?
        .filter(|r| r.customer_id == customer)
        .ok_or_else(|| HttpError::new(ErrorCode::NotFound))
}

/// Checks the request: the rule's settings, the account and the card are the customer's.
async fn checked(
    state: &AppState,
    customer: CustomerId,
    req: &AutopayRequest,
) -> Result<AutopayRule, HttpError> {
    let rule = AutopayRule::new(req.settings)?;
    owned_account(state, customer, req.account_id)
        .await
        .map_err(|e| HttpError(e.0.with_field("account_id")))?;
    let card = state
        .store
        .saved_cards(customer)
        .await?
        .into_iter()
        .any(|c| c.id == req.card_id);
    if !card {
        return Err(field(ErrorCode::NotFound, "card_id"));
    }
    Ok(rule)
}

pub async fn create(
    state: &AppState,
    customer: CustomerId,
    req: &AutopayRequest,
) -> Result<AutopayView, HttpError> {
    let rule = checked(state, customer, req).await?;
    let added = state
        .store
        .insert_autopay_rule(
            customer,
            req.account_id,
            &req.card_id,
            &rule.settings(),
            state.clock.unix(),
            may_add_rule,
        )
        .await?;
    let id = match added {
        Insert::Added(id) => id,
        Insert::Refused(code) => return Err(code.into()),
        Insert::Duplicate => return Err(ErrorCode::AutopayRulesFull.into()),
    };
    let row = state
        .store
        .autopay_rule(id)
        .await?
        .ok_or_else(|| HttpError::new(ErrorCode::NotFound))?;
    view(state, row).await
}

pub async fn update(
    state: &AppState,
    customer: CustomerId,
    id: &str,
    req: &AutopayRequest,
) -> Result<AutopayView, HttpError> {
    let existing = owned_rule(state, customer, id).await?;
    if existing.account_id != req.account_id {
        return Err(field(ErrorCode::Validation, "account_id"));
    }
    let rule = checked(state, customer, req).await?;
    if !state
        .store
        .update_autopay_rule(customer, existing.id, &req.card_id, &rule.settings())
        .await?
    {
        return Err(ErrorCode::NotFound.into());
    }
    let row = owned_rule(state, customer, id).await?;
    view(state, row).await
}

/// Pauses (`paused`), resumes or deletes (`deleted`) the rule.
pub async fn set_state(
    state: &AppState,
    customer: CustomerId,
    id: &str,
    paused: bool,
    deleted: bool,
) -> Result<Option<AutopayView>, HttpError> {
    let rule = owned_rule(state, customer, id).await?;
    if !state
        .store
        .set_autopay_rule_state(customer, rule.id, paused, deleted)
        .await?
    {
        return Err(ErrorCode::NotFound.into());
    }
    if deleted {
        return Ok(None);
    }
    let row = owned_rule(state, customer, id).await?;
    Ok(Some(view(state, row).await?))
}

pub async fn attempts(
    state: &AppState,
    customer: CustomerId,
    id: &str,
) -> Result<Vec<AutopayAttemptView>, HttpError> {
    let rule = owned_rule(state, customer, id).await?;
    Ok(state
        .store
        .autopay_attempts(rule.id, 200)
        .await?
        .into_iter()
        .map(|a| AutopayAttemptView {
            id: a.id,
            rule_id: a.rule_id,
            trigger: a.trigger_key,
            amount: a.amount,
            outcome: AutopayOutcome::from_name(&a.outcome).unwrap_or(AutopayOutcome::Declined),
            payment_id: a.payment_id,
            created_at: from_unix(a.created_at),
        })
        .collect())
}
