//! A tariff change and an option.

use shared::api::services::{ActivationAction, ConnectedKind, QuoteDetail};
use shared::ledger::{EntryKind, Explanation};
use shared::tariff::{
    BillingPeriod, OptionPrice, PeriodFee, ServiceOption, connect_quote, quote_change,
};
use shared::{ApiError, ErrorCode, Money};

use super::{Builder, Plan, entry, field, money, prorated};
use crate::domain::money::{service_of, today};
use crate::http::HttpError;
use crate::state::AppState;
use crate::store::money::AccountRecord;
use crate::store::services::{NewSubscription, PeriodFeeGuard, SubRef, SubscriptionRecord};

pub(super) async fn tariff(
    state: &AppState,
    account: &AccountRecord,
    mut b: Builder,
    tariff_id: &str,
) -> Result<Plan, HttpError> {
    let current = match &account.tariff_id {
        Some(id) => state.store.tariff(id).await?,
        None => None,
    };
    let old = current.ok_or_else(|| HttpError::new(ErrorCode::ServiceNotAvailable))?;
    let new = state
        .store
        .tariff(tariff_id.trim())
        .await?
        .filter(|c| {
            c.tariff.region == account.region_code && c.service == service_of(&account.kind)
        })
        .ok_or_else(|| field(ErrorCode::UnknownTariff, "tariff_id"))?;
    let (old, new) = (old.tariff, new.tariff);
    let today = today(state);
    // Refund only what was charged: the period's fee may not have been billed yet.
    let fee_key = crate::jobs::fees::key(account.id, BillingPeriod::containing(today).start);
    let charged = state.store.effect_written(&fee_key).await?;
    let fee = if charged {
        PeriodFee::Charged
    } else {
        PeriodFee::NotYetCharged
    };
    let q = quote_change(&old, &new, today, fee).map_err(ApiError::from)?;
    let at = b.change.at;
    b.change.period_fee = Some(PeriodFeeGuard {
        key: fee_key,
        charged,
    });
    b.change.expect_tariff = Some(old.id.clone());
    b.change.set_tariff = Some(new.id.clone());
    b.change.close_kind = Some(ConnectedKind::Tariff);
    b.change.close_fallback = Some(NewSubscription {
        kind: ConnectedKind::Tariff,
        item_id: old.id.clone(),
        name: old.name.clone(),
        monthly_fee: old.monthly_fee,
        variant: None,
        started_at: account.tariff_since.unwrap_or(at),
    });
    b.log(
        ActivationAction::Disconnected,
        ConnectedKind::Tariff,
        &old.id,
        &old.name,
    );
    let opened = b.open(ConnectedKind::Tariff, &new.id, &new.name, new.monthly_fee);
    let days = q.days_left;
    let period_days = q.period.days;
    let explain = |t: &shared::tariff::Tariff| Explanation::ProratedFee {
        service: t.name.clone(),
        fee: t.monthly_fee,
        days,
        period_days,
    };
    if q.refund.is_positive() {
        b.line(&old.id, &old.name, money(q.refund.checked_neg())?);
        let e = entry(account.id, EntryKind::Refund, q.refund, at, explain(&old))?;
        b.change.entries.push((e, SubRef::Closed));
    }
    if q.used.is_positive() {
        // The old tariff's days of this period, billed here instead of by the fee run.
        b.line(&old.id, &old.name, q.used);
        let used_days = period_days - days;
        let e = entry(
            account.id,
            EntryKind::SubscriptionFee,
            q.used,
            at,
            Explanation::ProratedFee {
                service: old.name.clone(),
                fee: old.monthly_fee,
                days: used_days,
                period_days,
            },
        )?;
        b.change.entries.push((e, SubRef::Closed));
    }
    b.line(&new.id, &new.name, q.charge);
    b.charge(opened, EntryKind::SubscriptionFee, q.charge, explain(&new))?;
    let per_period = money(new.monthly_fee.checked_sub(old.monthly_fee))?;
    let total = q.total;
    Ok(b.done(QuoteDetail::TariffChange { quote: q }, total, per_period))
}

pub(super) async fn option(
    state: &AppState,
    account: &AccountRecord,
    active: &[SubscriptionRecord],
    mut b: Builder,
    option_id: &str,
) -> Result<Plan, HttpError> {
    let o = state
        .store
        .options(service_of(&account.kind))
        .await?
        .into_iter()
        .find(|o| o.id == option_id.trim())
        .ok_or_else(|| field(ErrorCode::UnknownOption, "option_id"))?;
    if active
        .iter()
        .any(|s| s.kind == ConnectedKind::Option && s.item_id == o.id)
    {
        return Err(field(ErrorCode::AlreadyConnected, "option_id"));
    }
    let q = connect_quote(o.price, today(state)).map_err(|e| HttpError(e.into()))?;
    let (monthly, explanation) = match o.price {
        OptionPrice::Monthly(fee) => (fee, prorated(&o.name, fee, state)),
        OptionPrice::Daily(_) => (
            Money::ZERO,
            Explanation::ServiceFee {
                service: o.name.clone(),
            },
        ),
        OptionPrice::OneOff(_) | OptionPrice::Free => (
            Money::ZERO,
            Explanation::ServiceFee {
                service: o.name.clone(),
            },
        ),
    };
    let opened = b.open(ConnectedKind::Option, &o.id, &o.name, monthly);
    b.line(&o.id, &o.name, q.now);
    b.charge(opened, EntryKind::ServiceFee, q.now, explanation)?;
    let detail = QuoteDetail::Option {
        option: ServiceOption {
            id: o.id,
            name: o.name,
            price: o.price,
        },
        quote: q,
    };
    Ok(b.done(detail, q.now, q.per_period))
}
