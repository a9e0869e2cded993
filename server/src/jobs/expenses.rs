//! Expense alerts: when an account's spending this month reaches 50, 80 or 100 % of its limit
//! (`shared::expense`), the subscriber is told once per threshold per month (effect key
//! `expense:<account>:<YYYY-MM>:<percent>`).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use shared::expense::{ExpenseLimit, crossed};
use shared::notify::NotificationEvent;
use shared::tariff::BillingPeriod;
use shared::{Lang, Money};

use super::queue::JobError;
use super::{Notice, Work, job};
use crate::domain::money::midnight;
use crate::state::AppState;
use crate::store::StoreError;
use crate::store::jobs::{ClaimedJob, NewJob};

pub const KIND: &str = "expense_alert";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Payload {
    account_id: i64,
    customer_id: i64,
    month: String,
    percent: u32,
    spent: Money,
    limit: Money,
}

pub fn key(account: i64, month: &str, percent: u32) -> String {
    format!("expense:{account}:{month}:{percent}")
}

/// Charges less refunds of an account in the month containing `now`.
pub async fn spent_this_month(
    state: &AppState,
    account: i64,
    now: DateTime<Utc>,
) -> Result<Money, StoreError> {
    let period = BillingPeriod::containing(now.date_naive());
    let rows = state
        .store
        .spend_by_kind(account, midnight(period.start), midnight(period.end()))
        .await?;
    Ok(Money::from_kopecks(
        rows.iter().map(|(_, m)| m.kopecks()).sum(),
    ))
}

/// An alert job for each threshold this month's spending has reached.
pub async fn due(state: &AppState, now: DateTime<Utc>) -> Result<Vec<NewJob>, StoreError> {
    let month = now.format("%Y-%m").to_string();
    let mut jobs = Vec::new();
    for (account, customer, limit) in state.store.expense_limits().await? {
        let Ok(limit) = ExpenseLimit::new(limit) else {
            continue;
        };
        let spent = spent_this_month(state, account, now).await?;
        for alert in crossed(Money::ZERO, spent, limit) {
            let payload = Payload {
                account_id: account,
                customer_id: customer,
                month: month.clone(),
                percent: alert.percent(),
                spent,
                limit: limit.amount(),
            };
            jobs.push(job(
                KIND,
                key(account, &month, alert.percent()),
                &payload,
                now.timestamp(),
            ));
        }
    }
    Ok(jobs)
}

pub async fn run(state: &AppState, job: &ClaimedJob, now: DateTime<Utc>) -> Result<Work, JobError> {
    let p: Payload = serde_json::from_str(&job.payload)?;
    let account = state
        .store
        .accounts_of(p.customer_id)
        .await?
        .into_iter()
        .find(|a| a.id == p.account_id);
    let Some(account) = account else {
        return Ok(Work::default());
    };
    let body = if p.percent >= 100 {
        format!(
            "Расходы по счёту {} в этом месяце достигли лимита {}: потрачено {}.",
            account.account_number,
            p.limit.format(Lang::Ru),
            p.spent.format(Lang::Ru)
        )
    } else {
        format!(
            "Расходы по счёту {} в этом месяце — {} % лимита {}: потрачено {}.",
            account.account_number,
            p.percent,
            p.limit.format(Lang::Ru),
            p.spent.format(Lang::Ru)
        )
    };
    Ok(Work::notice_once(
        key(p.account_id, &p.month, p.percent),
        now.timestamp(),
        Notice {
            customer: p.customer_id,
            // The closest event the subscriber can route (PRODUCT 8): a money warning.
            event: NotificationEvent::BalanceLow,
            title: format!("расходы: {} % лимита", p.percent),
            body,
        },
    ))
}
