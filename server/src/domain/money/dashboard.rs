//! The dashboard: balance, tariff, what is left of the package and the next charge of the
//! selected account with its unpaid promised payment (for the countdown), plus every account
//! for the switcher.

use shared::ErrorCode;
use shared::api::dashboard::{AccountOverview, Dashboard, NextCharge, PackageUsage, TariffSummary};
use shared::tariff::{BillingPeriod, Package, UsageKind};

use super::{midnight, summary, today};
use crate::http::HttpError;
use crate::state::AppState;
use crate::store::identity::CustomerId;

/// What is left of `included` after `used` (never below zero).
pub fn remaining(included: Package, used: Package) -> Package {
    UsageKind::ALL.into_iter().fold(included, |left, kind| {
        left.with(kind, included.get(kind).saturating_sub(used.get(kind)))
    })
}

pub async fn build(
    state: &AppState,
    customer: CustomerId,
    account: Option<i64>,
) -> Result<Dashboard, HttpError> {
    let accounts = state.store.accounts_of(customer).await?;
    let selected = match account {
        Some(id) => accounts.iter().find(|a| a.id == id),
        None => accounts.first(),
    }
    .ok_or_else(|| HttpError::new(ErrorCode::NotFound))?;
    let tariff = match &selected.tariff_id {
        Some(id) => state.store.tariff(id).await?.map(|card| card.tariff),
        None => None,
    };
    let period = BillingPeriod::containing(today(state));
    let metered = tariff.as_ref().filter(|t| t.package != Package::default());
    // The two reads are independent: they run side by side on two connections.
    let used = async {
        match metered {
            Some(_) => state
                .store
                .package_used(selected.id, midnight(period.start), midnight(period.end()))
                .await
                .map(Some),
            None => Ok(None),
        }
    };
    let (used, promised) = tokio::try_join!(used, state.store.promised_open(selected.id))?;
    let package = metered.zip(used).map(|(t, used)| PackageUsage {
        period_start: period.start,
        period_end: period.end(),
        included: t.package,
        used,
        remaining: remaining(t.package, used),
    });
    let promised = promised.map(|p| super::promised::open_view(&p, state.clock.now().naive_utc()));
    Ok(Dashboard {
        selected: AccountOverview {
            account: summary(selected),
            in_debt: selected.balance.is_negative(),
            next_charge: tariff.as_ref().map(|t| NextCharge {
                date: period.end(),
                amount: t.monthly_fee,
            }),
            tariff: tariff.map(|t| TariffSummary {
                id: t.id,
                name: t.name,
                monthly_fee: t.monthly_fee,
            }),
            package,
            promised,
        },
        accounts: accounts.iter().map(summary).collect(),
    })
}
