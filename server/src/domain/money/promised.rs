//! The promised payment (PRODUCT 6): the account's standing is read from the store and the
//! `shared::promised` rules decide eligibility, cap, fee and expiry. Repayment from the next
//! payment happens in the store, in the payment's transaction (`shared::promised::repay`).

use chrono::{DateTime, Months, Utc};
use shared::api::promised::{OpenPromised, PromisedView};
use shared::ledger::{EntryKind, Explanation};
use shared::promised::{AccountStanding, PromisedPayment, offer, take};
use shared::tariff::BillingPeriod;
use shared::{ApiError, ErrorCode, Money};

use super::{midnight, service_of, today};
use crate::clock::from_unix;
use crate::http::HttpError;
use crate::state::AppState;
use crate::store::money::{AccountRecord, NewEntry, PromisedRecord};

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
        open: open.map(|p| {
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
        }),
    })
}

pub async fn take_now(
    state: &AppState,
    account: &AccountRecord,
    amount: Money,
) -> Result<PromisedView, HttpError> {
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
    if !state.store.take_promised(&record, &credit).await? {
        return Err(HttpError::new(ErrorCode::PromisedUnpaid));
    }
    view(state, account).await
}
