//! TV: the base package, themed add-ons, Personal TV channels and Multiroom sets.

use shared::api::catalogue::{PERSONAL_TV_MAX_PICKED, PackageKind, TvPackage};
use shared::api::services::{ActivationAction, ConnectedKind, QuoteDetail};
use shared::ledger::EntryKind;
use shared::service::ServiceKind;
use shared::tariff::{OptionPrice, connect_quote};
use shared::tv::{
    ChannelPackage, MULTIROOM_EQUIPMENT_FEE, MULTIROOM_MAX_EXTRA_SETS, base_upgrade_fee,
    multiroom_fee, multiroom_next_set_fee, personal_tv_price, priced_package,
};
use shared::{ApiError, ErrorCode, Money};

use super::{Builder, Plan, field, money, prorated};
use crate::domain::money::{service_of, today};
use crate::http::HttpError;
use crate::state::AppState;
use crate::store::money::AccountRecord;
use crate::store::services::SubscriptionRecord;

/// The account's base TV package: the one chosen, else the tariff's; and the tariff's.
pub async fn current_base(
    state: &AppState,
    account: &AccountRecord,
    active: &[SubscriptionRecord],
) -> Result<(TvPackage, Option<TvPackage>), HttpError> {
    if !matches!(
        service_of(&account.kind),
        ServiceKind::Home | ServiceKind::Satellite
    ) {
        return Err(HttpError::new(ErrorCode::ServiceNotAvailable));
    }
    let packages = state.store.tv_packages().await?;
    let by_id = |id: &str| packages.iter().find(|p| p.package.id == id).cloned();
    let tariff = match &account.tariff_id {
        Some(id) => state.store.tariff(id).await?,
        None => None,
    };
    let from_tariff = tariff.and_then(|t| t.tv_package).and_then(|id| by_id(&id));
    let chosen = active
        .iter()
        .find(|s| s.kind == ConnectedKind::TvBase)
        .and_then(|s| by_id(&s.item_id));
    let base = chosen
        .or_else(|| from_tariff.clone())
        .ok_or_else(|| HttpError::new(ErrorCode::ServiceNotAvailable))?;
    Ok((base, from_tariff))
}

/// The base package as Personal TV prices it: the channels of connected add-ons are free
/// too (they are paid for by the add-on).
pub async fn priced_base(
    state: &AppState,
    base: &TvPackage,
    active: &[SubscriptionRecord],
) -> Result<ChannelPackage, HttpError> {
    let packages = state.store.tv_packages().await?;
    let addons = packages.iter().map(|p| &p.package).filter(|addon| {
        active
            .iter()
            .any(|s| s.kind == ConnectedKind::TvAddon && s.item_id == addon.id)
    });
    Ok(priced_package(&base.package, addons))
}

pub(super) async fn tv_addon(
    state: &AppState,
    account: &AccountRecord,
    active: &[SubscriptionRecord],
    mut b: Builder,
    package_id: &str,
) -> Result<Plan, HttpError> {
    current_base(state, account, active).await?;
    let addon = state
        .store
        .tv_packages()
        .await?
        .into_iter()
        .find(|p| p.package.id == package_id.trim() && p.kind == PackageKind::Addon)
        .ok_or_else(|| field(ErrorCode::UnknownTvPackage, "package_id"))?;
    let (id, name, fee) = (
        addon.package.id.clone(),
        addon.package.name.clone(),
        addon.package.monthly_fee,
    );
    if active
        .iter()
        .any(|s| s.kind == ConnectedKind::TvAddon && s.item_id == id)
    {
        return Err(field(ErrorCode::AlreadyConnected, "package_id"));
    }
    let q =
        connect_quote(OptionPrice::Monthly(fee), today(state)).map_err(|e| HttpError(e.into()))?;
    let opened = b.open(ConnectedKind::TvAddon, &id, &name, fee);
    b.line(&id, &name, q.now);
    b.charge(
        opened,
        EntryKind::ServiceFee,
        q.now,
        prorated(&name, fee, state),
    )?;
    let detail = QuoteDetail::TvAddon {
        package_id: id,
        name,
        quote: q,
    };
    Ok(b.done(detail, q.now, fee))
}

pub(super) async fn tv_base(
    state: &AppState,
    account: &AccountRecord,
    active: &[SubscriptionRecord],
    mut b: Builder,
    package_id: &str,
) -> Result<Plan, HttpError> {
    let (current, included) = current_base(state, account, active).await?;
    let target = state
        .store
        .tv_packages()
        .await?
        .into_iter()
        .find(|p| p.package.id == package_id.trim() && p.kind == PackageKind::Base)
        .ok_or_else(|| field(ErrorCode::UnknownTvPackage, "package_id"))?;
    if target.package.id == current.package.id {
        return Err(field(ErrorCode::AlreadyConnected, "package_id"));
    }
    // The tariff already pays for its own package: a bigger one costs the difference.
    let monthly = base_upgrade_fee(&target.package, included.as_ref().map(|p| &p.package))
        .map_err(ApiError::from)?;
    let q = connect_quote(OptionPrice::Monthly(monthly), today(state))
        .map_err(|e| HttpError(e.into()))?;
    let previous = active.iter().find(|s| s.kind == ConnectedKind::TvBase);
    let previous_fee = previous.map_or(Money::ZERO, |s| s.monthly_fee);
    if let Some(p) = previous {
        b.log(
            ActivationAction::Disconnected,
            ConnectedKind::TvBase,
            &p.item_id,
            &p.name,
        );
    }
    b.change.close_kind = Some(ConnectedKind::TvBase);
    let (id, name) = (target.package.id.clone(), target.package.name.clone());
    let opened = b.open(ConnectedKind::TvBase, &id, &name, monthly);
    b.line(&id, &name, q.now);
    b.charge(
        opened,
        EntryKind::ServiceFee,
        q.now,
        prorated(&name, monthly, state),
    )?;
    let per_period = money(monthly.checked_sub(previous_fee))?;
    let detail = QuoteDetail::TvBase {
        package_id: id,
        name,
        quote: q,
    };
    Ok(b.done(detail, q.now, per_period))
}

pub(super) async fn personal_tv(
    state: &AppState,
    account: &AccountRecord,
    active: &[SubscriptionRecord],
    mut b: Builder,
    channels: &[shared::tv::ChannelId],
) -> Result<Plan, HttpError> {
    if channels.is_empty() {
        return Err(field(ErrorCode::Required, "channels"));
    }
    if channels.len() > PERSONAL_TV_MAX_PICKED {
        return Err(field(ErrorCode::TooLong, "channels"));
    }
    let (base, _) = current_base(state, account, active).await?;
    let base = priced_base(state, &base, active).await?;
    let catalogue = state.store.tv_channels().await?;
    let find = |id: shared::tv::ChannelId| {
        catalogue
            .iter()
            .find(|c| c.channel.id == id)
            .map(|c| c.channel.clone())
    };
    let connected: Vec<shared::tv::ChannelId> = active
        .iter()
        .filter(|s| s.kind == ConnectedKind::TvChannel)
        .filter_map(|s| s.item_id.parse().ok().map(shared::tv::ChannelId))
        .collect();
    let mut all = Vec::new();
    for id in connected.iter().chain(channels) {
        all.push(find(*id).ok_or_else(|| field(ErrorCode::UnknownTvChannel, "channels"))?);
    }
    if channels.iter().any(|c| connected.contains(c)) {
        return Err(field(ErrorCode::AlreadyConnected, "channels"));
    }
    let price = personal_tv_price(&base, &all).map_err(ApiError::from)?;
    let new_paid: Vec<_> = price
        .paid
        .iter()
        .filter(|p| channels.contains(&p.id))
        .copied()
        .collect();
    if new_paid.is_empty() {
        // Every channel picked is already in the base package.
        return Err(field(ErrorCode::AlreadyConnected, "channels"));
    }
    let mut now_total = Money::ZERO;
    let mut monthly_total = Money::ZERO;
    for paid in &new_paid {
        let name = all
            .iter()
            .find(|c| c.id == paid.id)
            .map(|c| c.name.clone())
            .unwrap_or_default();
        let item = paid.id.0.to_string();
        let q = connect_quote(OptionPrice::Monthly(paid.price), today(state))
            .map_err(|e| HttpError(e.into()))?;
        let opened = b.open(ConnectedKind::TvChannel, &item, &name, paid.price);
        b.line(&item, &name, q.now);
        b.charge(
            opened,
            EntryKind::ServiceFee,
            q.now,
            prorated(&name, paid.price, state),
        )?;
        now_total = money(now_total.checked_add(q.now))?;
        monthly_total = money(monthly_total.checked_add(paid.price))?;
    }
    Ok(b.done(QuoteDetail::PersonalTv { price }, now_total, monthly_total))
}

pub(super) async fn multiroom(
    state: &AppState,
    account: &AccountRecord,
    active: &[SubscriptionRecord],
    mut b: Builder,
) -> Result<Plan, HttpError> {
    current_base(state, account, active).await?;
    let sets: Vec<&SubscriptionRecord> = active
        .iter()
        .filter(|s| s.kind == ConnectedKind::Multiroom)
        .collect();
    let n = u32::try_from(sets.len()).unwrap_or(u32::MAX);
    let fee = multiroom_next_set_fee(n, MULTIROOM_EQUIPMENT_FEE).map_err(ApiError::from)?;
    let after =
        multiroom_fee(n.saturating_add(1), MULTIROOM_EQUIPMENT_FEE).map_err(ApiError::from)?;
    let slot = (1..=MULTIROOM_MAX_EXTRA_SETS)
        .map(|k| format!("set-{k}"))
        .find(|item| !sets.iter().any(|s| s.item_id == *item))
        .ok_or_else(|| field(ErrorCode::MultiroomLimit, "extra_sets"))?;
    let name = format!(
        "Мультирум: ТВ-приставка {}",
        slot.trim_start_matches("set-")
    );
    let q =
        connect_quote(OptionPrice::Monthly(fee), today(state)).map_err(|e| HttpError(e.into()))?;
    b.change.limit = Some((
        ConnectedKind::Multiroom,
        MULTIROOM_MAX_EXTRA_SETS as usize,
        ErrorCode::MultiroomLimit,
    ));
    let opened = b.open(ConnectedKind::Multiroom, &slot, &name, fee);
    b.line(&slot, &name, q.now);
    b.charge(
        opened,
        EntryKind::ServiceFee,
        q.now,
        prorated(&name, fee, state),
    )?;
    let detail = QuoteDetail::Multiroom {
        extra_sets: n + 1,
        equipment_fee: MULTIROOM_EQUIPMENT_FEE,
        monthly_total: after,
    };
    Ok(b.done(detail, q.now, fee))
}
