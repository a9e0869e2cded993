//! The promised payment (PRODUCT 6): the account's standing is read from the store and the
//! `shared::promised` rules decide eligibility, cap, fee and expiry. Repayment from the next
//! payment happens in the store, in the payment's transaction (`shared::promised::repay`).

use chrono::{DateTime, Months, NaiveDateTime, Utc};
use shared::api::promised::{OpenPromised, PromisedView};
use shared::ledger::{EntryKind, Explanation};
use shared::promised::{AccountStanding, Ineligible, PromisedPayment, offer, take};
use shared::tariff::BillingPeriod;
use shared::{ApiError, ErrorCode, Money};

use super::payments::Answer;
use super::{midnight, service_of, today};
use crate::clock::from_unix;
use crate::domain::secrets;
use crate::http::HttpError;
use crate::state::AppState;
use crate::store::identity::CustomerId;
use crate::store::money::{
    AccountRecord, Claim, IdempotentWrite, NewEntry, PromisedRecord, StoredResponse,
};
use axum::http::StatusCode;

/// What the rules need to know about the account, and its unpaid promised payment.
async fn standing(
    state: &AppState,
    account: &AccountRecord,
) -> Result<(AccountStanding, Option<PromisedRecord>), HttpError> {
    let open = state.store.promised_open(account.id).await?;
    let current = BillingPeriod::containing(today(state)).start;
    let month = |back: u32| {
        current
            .checked_sub_months(Months::new(back))
            .unwrap_or(current)
    };
    let ranges = [1, 2, 3].map(|m| (midnight(month(m)), midnight(month(m - 1))));
    let spend = state.store.spend(account.id, ranges).await?;
    // An account without a tariff has not started yet: it counts as opened today.
    // A voluntary block of the number counts as blocked.
    let blocked = state
        .store
        .subscriptions(account.id, true)
        .await?
        .iter()
        .any(|s| s.kind == shared::api::services::ConnectedKind::Block);
    let opened_on = account
        .tariff_since
        .map_or_else(|| today(state), |s| from_unix(s).date_naive());
    Ok((
        AccountStanding {
            service: service_of(&account.kind),
            opened_on,
            blocked,
            unpaid_promised: open.is_some(),
            last_three_months_spend: spend,
        },
        open,
    ))
}

pub async fn view(state: &AppState, account: &AccountRecord) -> Result<PromisedView, HttpError> {
    let (standing, open) = standing(state, account).await?;
    let decision = offer(&standing, today(state));
    let now = state.clock.now().naive_utc();
    Ok(PromisedView {
        account_id: account.id,
        offer: decision.ok(),
        ineligible: decision.err(),
        open: open.map(|p| open_view(&p, now)),
    })
}

/// An unpaid promised payment as the API shows it, its status at `now`.
pub fn open_view(p: &PromisedRecord, now: NaiveDateTime) -> OpenPromised {
    let expires = from_unix(p.expires_at);
    let rules = PromisedPayment {
        amount: p.amount,
        fee: p.fee,
        taken_at: from_unix(p.taken_at).naive_utc(),
        expires_at: expires.naive_utc(),
    };
    OpenPromised {
        amount: p.amount,
        fee: p.fee,
        outstanding: p.outstanding,
        taken_at: from_unix(p.taken_at),
        expires_at: expires,
        status: rules.status(now),
    }
}

/// Takes a promised payment. With an idempotency key a retry (even after the payment was
/// taken, when no offer is left) replays the first answer; the same key with another body
/// is `idempotency_key_reused`.
pub async fn take_now(
    state: &AppState,
    customer: CustomerId,
    account: &AccountRecord,
    amount: Money,
    key: Option<&str>,
) -> Result<Answer, HttpError> {
    let scope = format!("customer:{customer}");
    let request_hash =
        secrets::sha256_hex(&format!("promised|{}|{}", account.id, amount.kopecks()));
    if let Some(key) = key
        && let Some(stored) = state.store.idempotent_response(&scope, key).await?
    {
        return replay(stored, &request_hash);
    }
    let (standing, _) = standing(state, account).await?;
    let offer = offer(&standing, today(state)).map_err(|e| HttpError(ApiError::from(e)))?;
    let now = state.clock.now();
    let p = take(&offer, amount, now.naive_utc())?;
    let expires_at = DateTime::<Utc>::from_naive_utc_and_offset(p.expires_at, Utc).timestamp();
    let record = PromisedRecord {
        id: 0,
        amount: p.amount,
        fee: p.fee,
        outstanding: p.debt(),
        taken_at: now.timestamp(),
        expires_at,
    };
    let credit = NewEntry::new(
        account.id,
        EntryKind::PromisedCredit,
        p.amount,
        now.timestamp(),
        Explanation::PromisedCredit {
            fee: p.fee,
            expires_at: p.expires_at,
        },
        None,
    )
    .map_err(|e| HttpError(e.into()))?;
    // What `view` answers right after: no offer while this one is unpaid.
    let taken = PromisedView {
        account_id: account.id,
        offer: None,
        ineligible: Some(Ineligible::UnpaidPromised),
        open: Some(open_view(&record, now.naive_utc())),
    };
    let body = serde_json::to_string(&taken).map_err(|_| HttpError::new(ErrorCode::Internal))?;
    let idem = key.map(|key| IdempotentWrite {
        scope: &scope,
        key,
        request_hash: &request_hash,
        status: StatusCode::CREATED.as_u16(),
        response: &body,
        now: now.timestamp(),
    });
    match state.store.take_promised(idem, &record, &credit).await? {
        Claim::Fresh => Ok(Answer {
            status: StatusCode::CREATED,
            body,
            replayed: false,
        }),
        Claim::Replay(stored) => replay(stored, &request_hash),
        Claim::Duplicate | Claim::BonusRefused(_) | Claim::PackageChanged => {
            Err(HttpError::new(ErrorCode::PromisedUnpaid))
        }
    }
}

/// The answer stored under a key, if it was stored for the same request.
fn replay(stored: StoredResponse, request_hash: &str) -> Result<Answer, HttpError> {
    if !secrets::same(&stored.request_hash, request_hash) {
        return Err(HttpError::new(ErrorCode::IdempotencyKeyReused));
    }
    Ok(Answer {
        status: StatusCode::from_u16(stored.status).unwrap_or(StatusCode::OK),
        body: stored.response,
        replayed: true,
    })
}
