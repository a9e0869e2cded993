//! Expense control (PRODUCT 7): the monthly limit with `shared::expense` status and forecast,
//! spending by category per month, and the statistics of services provided per month.

use chrono::{DateTime, Months, NaiveDate, Utc};
use shared::api::expenses::{CategorySpend, ExpenseView, MonthServices, MonthSpend, ServiceUsage};
use shared::expense::{ExpenseLimit, expense_status, forecast_month_end};
use shared::ledger::EntryKind;
use shared::tariff::{BillingPeriod, UsageKind};
use shared::{ApiError, Money};

use super::midnight;
use crate::http::HttpError;
use crate::state::AppState;
use crate::store::money::AccountRecord;

/// Months a chart may ask for.
pub const MAX_MONTHS: u32 = 24;

fn money_err(e: shared::MoneyError) -> HttpError {
    HttpError(ApiError::from(e))
}

pub async fn view(
    state: &AppState,
    account: &AccountRecord,
    now: DateTime<Utc>,
) -> Result<ExpenseView, HttpError> {
    let today = now.date_naive();
    let spent = crate::jobs::expenses::spent_this_month(state, account.id, now).await?;
    let limit = state.store.expense_limit(account.id).await?;
    let status = match limit.map(ExpenseLimit::new) {
        Some(Ok(l)) => Some(expense_status(spent, l, today).map_err(money_err)?),
        _ => None,
    };
    Ok(ExpenseView {
        account_id: account.id,
        month: now.format("%Y-%m").to_string(),
        spent,
        forecast: forecast_month_end(spent, today).map_err(money_err)?,
        status,
    })
}

/// The `months` billing periods up to the one containing `today`, oldest first.
fn periods(today: NaiveDate, months: u32) -> Vec<BillingPeriod> {
    let current = BillingPeriod::containing(today).start;
    (0..months)
        .rev()
        .filter_map(|back| current.checked_sub_months(Months::new(back)))
        .map(BillingPeriod::containing)
        .collect()
}

pub async fn by_category(
    state: &AppState,
    account: &AccountRecord,
    today: NaiveDate,
    months: u32,
) -> Result<Vec<MonthSpend>, HttpError> {
    let mut out = Vec::new();
    for p in periods(today, months) {
        let rows = state
            .store
            .spend_by_kind(account.id, midnight(p.start), midnight(p.end()))
            .await?;
        let categories: Vec<CategorySpend> = rows
            .into_iter()
            .filter_map(|(kind, amount)| {
                EntryKind::from_name(&kind).map(|kind| CategorySpend { kind, amount })
            })
            .collect();
        let total = Money::from_kopecks(categories.iter().map(|c| c.amount.kopecks()).sum());
        out.push(MonthSpend {
            month: p.start.format("%Y-%m").to_string(),
            total,
            categories,
        });
    }
    Ok(out)
}

fn usage_kind(name: &str) -> Option<UsageKind> {
    match name {
        "voice" => Some(UsageKind::Voice),
        "sms" => Some(UsageKind::Sms),
        "data" => Some(UsageKind::Data),
        _ => None,
    }
}

pub async fn services(
    state: &AppState,
    account: &AccountRecord,
    today: NaiveDate,
    months: u32,
) -> Result<Vec<MonthServices>, HttpError> {
    let u = |v: i64| u64::try_from(v).unwrap_or_default();
    let mut out = Vec::new();
    for p in periods(today, months) {
        let (from, to) = (midnight(p.start), midnight(p.end()));
        let usage = state
            .store
            .usage_totals(account.id, from, to)
            .await?
            .into_iter()
            .filter_map(|t| {
                usage_kind(&t.kind).map(|kind| ServiceUsage {
                    kind,
                    quantity: u(t.quantity),
                    from_package: u(t.from_package),
                    billed: u(t.billed),
                })
            })
            .collect();
        let fees = state
            .store
            .spend_by_kind(account.id, from, to)
            .await?
            .into_iter()
            .filter(|(k, _)| k == "subscription_fee" || k == "service_fee")
            .map(|(_, m)| m.kopecks())
            .sum();
        out.push(MonthServices {
            month: p.start.format("%Y-%m").to_string(),
            usage,
            fees: Money::from_kopecks(fees),
        });
    }
    Ok(out)
}
