//! What is connected, in one place: the options catalogue with today's prices, "My services"
//! with what each item has cost, cancellation, the activation log, the block of a number, the
//! TV line-up and the home internet connection.

use shared::api::catalogue::TvPackage;
use shared::api::services::{
    ActivationAction, ActivationChannel, ActivationEntry, BlockState, BlockingView, CancelDone,
    ConnectedKind, ConnectedService, InternetView, MyServices, MyTv, OptionCard,
};
use shared::blocking::{BLOCK_DAILY_FEE, BlockKind, FREE_BLOCK_DAYS, VoluntaryBlock};
use shared::service::ServiceKind;
use shared::tariff::{BillingPeriod, ServiceOption, connect_quote};
use shared::tv::{ChannelId, MULTIROOM_EQUIPMENT_FEE, multiroom_fee, personal_tv_price};
use shared::{ApiError, ErrorCode, Money};

use super::actor;
use crate::clock::from_unix;
use crate::domain::money::{service_of, today};
use crate::http::HttpError;
use crate::state::AppState;
use crate::store::identity::CustomerId;
use crate::store::money::AccountRecord;
use crate::store::services::{NewActivation, SubscriptionRecord};

fn connected(s: &SubscriptionRecord) -> ConnectedService {
    ConnectedService {
        id: s.id,
        kind: s.kind,
        item_id: s.item_id.clone(),
        name: s.name.clone(),
        since: from_unix(s.started_at),
        monthly_fee: s.monthly_fee,
        cost_so_far: s.cost,
        cancellable: s.kind != ConnectedKind::Tariff && s.variant.as_deref() != Some("permanent"),
    }
}

pub async fn options(
    state: &AppState,
    account: &AccountRecord,
) -> Result<Vec<OptionCard>, HttpError> {
    let service = service_of(&account.kind);
    let active = state.store.subscriptions(account.id, true).await?;
    let mut cards = Vec::new();
    for o in state.store.options(service).await? {
        let quote = connect_quote(o.price, today(state)).map_err(|e| HttpError(e.into()))?;
        cards.push(OptionCard {
            connected: active
                .iter()
                .any(|s| s.kind == ConnectedKind::Option && s.item_id == o.id),
            option: ServiceOption {
                id: o.id,
                name: o.name,
                price: o.price,
            },
            service,
            effect: o.effect,
            quote,
        });
    }
    Ok(cards)
}

pub async fn my_services(
    state: &AppState,
    account: &AccountRecord,
) -> Result<MyServices, HttpError> {
    let items: Vec<ConnectedService> = state
        .store
        .subscriptions(account.id, true)
        .await?
        .iter()
        .map(connected)
        .collect();
    let monthly_total =
        Money::checked_sum(items.iter().map(|i| i.monthly_fee)).map_err(|e| HttpError(e.into()))?;
    Ok(MyServices {
        account_id: account.id,
        items,
        monthly_total,
    })
}

/// The customer's item `id` with its account, or 404 (someone else's or none).
async fn owned_item(
    state: &AppState,
    customer: CustomerId,
    id: i64,
) -> Result<(SubscriptionRecord, AccountRecord), HttpError> {
    for account in state.store.accounts_of(customer).await? {
        let found = state
            .store
            .subscriptions(account.id, false)
            .await?
            .into_iter()
            .find(|s| s.id == id);
        if let Some(s) = found {
            return Ok((s, account));
        }
    }
    Err(HttpError::new(ErrorCode::NotFound))
}

/// Ends an item. Ending one already ended answers as the first time did.
pub async fn cancel(
    state: &AppState,
    customer: CustomerId,
    id: i64,
) -> Result<CancelDone, HttpError> {
    let (item, account) = owned_item(state, customer, id).await?;
    end(state, customer, &item, &account).await
}

async fn end(
    state: &AppState,
    customer: CustomerId,
    item: &SubscriptionRecord,
    account: &AccountRecord,
) -> Result<CancelDone, HttpError> {
    if let Some(ended) = item.ended_at {
        return Ok(CancelDone {
            id: item.id,
            ended_at: from_unix(ended),
        });
    }
    if item.kind == ConnectedKind::Tariff {
        return Err(HttpError::new(ErrorCode::NotCancellable));
    }
    if item.variant.as_deref() == Some("permanent") {
        return Err(HttpError::new(ErrorCode::BlockPermanent));
    }
    let now = state.clock.unix();
    let log = NewActivation {
        account_id: account.id,
        at: now,
        action: ActivationAction::Disconnected,
        kind: item.kind,
        item_id: item.item_id.clone(),
        name: item.name.clone(),
        channel: ActivationChannel::Web,
        actor: actor(state, customer).await?,
    };
    state
        .store
        .end_subscription(account.id, item.id, now, &log)
        .await?;
    Ok(CancelDone {
        id: item.id,
        ended_at: from_unix(now),
    })
}

pub async fn activation_log(
    state: &AppState,
    account: &AccountRecord,
) -> Result<Vec<ActivationEntry>, HttpError> {
    Ok(state
        .store
        .activation_log(account.id, 200)
        .await?
        .into_iter()
        .map(|l| ActivationEntry {
            at: from_unix(l.at),
            action: l.action,
            kind: l.kind,
            item_id: l.item_id,
            name: l.name,
            channel: l.channel,
            actor: l.actor,
        })
        .collect())
}

fn mobile_only(account: &AccountRecord) -> Result<(), HttpError> {
    if service_of(&account.kind) == ServiceKind::Mobile {
        Ok(())
    } else {
        Err(HttpError::new(ErrorCode::ServiceNotAvailable))
    }
}

pub async fn blocking(
    state: &AppState,
    account: &AccountRecord,
) -> Result<BlockingView, HttpError> {
    mobile_only(account)?;
    let block = state
        .store
        .subscriptions(account.id, true)
        .await?
        .into_iter()
        .find(|s| s.kind == ConnectedKind::Block)
        .map(|s| {
            let permanent = s.variant.as_deref() == Some("permanent");
            let rule = VoluntaryBlock {
                kind: if permanent {
                    BlockKind::Permanent
                } else {
                    BlockKind::Temporary
                },
                started_on: from_unix(s.started_at).date_naive(),
            };
            BlockState {
                id: s.id,
                kind: rule.kind,
                lost_phone: s.variant.as_deref() == Some("lost_phone"),
                started_on: rule.started_on,
                fee_starts_on: rule.first_paid_day(),
                fees_so_far: s.cost,
            }
        });
    Ok(BlockingView {
        account_id: account.id,
        block,
        free_days: u32::try_from(FREE_BLOCK_DAYS).unwrap_or(14),
        daily_fee: BLOCK_DAILY_FEE,
    })
}

pub async fn unblock(
    state: &AppState,
    customer: CustomerId,
    account: &AccountRecord,
) -> Result<BlockingView, HttpError> {
    mobile_only(account)?;
    let item = state
        .store
        .subscriptions(account.id, true)
        .await?
        .into_iter()
        .find(|s| s.kind == ConnectedKind::Block)
        .ok_or_else(|| HttpError::new(ErrorCode::NotBlocked))?;
    end(state, customer, &item, account).await?;
    blocking(state, account).await
}

pub async fn my_tv(state: &AppState, account: &AccountRecord) -> Result<MyTv, HttpError> {
    let active = state.store.subscriptions(account.id, true).await?;
    let (base, included): (TvPackage, Option<TvPackage>) =
        super::plan::current_base(state, account, &active).await?;
    let ids: Vec<ChannelId> = active
        .iter()
        .filter(|s| s.kind == ConnectedKind::TvChannel)
        .filter_map(|s| s.item_id.parse().ok().map(ChannelId))
        .collect();
    let picked: Vec<_> = state
        .store
        .tv_channels()
        .await?
        .into_iter()
        .filter(|c| ids.contains(&c.channel.id))
        .map(|c| c.channel)
        .collect();
    let priced = super::plan::priced_base(state, &base, &active).await?;
    let price = personal_tv_price(&priced, &picked).map_err(ApiError::from)?;
    let sets = active
        .iter()
        .filter(|s| s.kind == ConnectedKind::Multiroom)
        .count();
    let sets = u32::try_from(sets).unwrap_or(u32::MAX);
    Ok(MyTv {
        account_id: account.id,
        base_from_tariff: included.is_some_and(|p| p.package.id == base.package.id),
        base_package: base.package.id,
        addons: active
            .iter()
            .filter(|s| s.kind == ConnectedKind::TvAddon)
            .map(|s| s.item_id.clone())
            .collect(),
        channels: ids,
        price,
        multiroom_sets: sets,
        multiroom_fee: multiroom_fee(sets, MULTIROOM_EQUIPMENT_FEE).map_err(ApiError::from)?,
    })
}

pub async fn internet(
    state: &AppState,
    account: &AccountRecord,
) -> Result<InternetView, HttpError> {
    if service_of(&account.kind) != ServiceKind::Home {
        return Err(HttpError::new(ErrorCode::ServiceNotAvailable));
    }
    let connection = state
        .store
        .internet(account.id)
        .await?
        .ok_or_else(|| HttpError::new(ErrorCode::ServiceNotAvailable))?;
    let tariff = match &account.tariff_id {
        Some(id) => state.store.tariff(id).await?,
        None => None,
    };
    let options: Vec<ConnectedService> = state
        .store
        .subscriptions(account.id, true)
        .await?
        .iter()
        .filter(|s| s.kind == ConnectedKind::Option)
        .map(connected)
        .collect();
    Ok(InternetView {
        account_id: account.id,
        address: connection.address,
        speed_mbps: tariff
            .as_ref()
            .and_then(|t| t.speed_mbps)
            .unwrap_or_default(),
        static_ip: options.iter().any(|o| o.item_id == "static-ip"),
        ip: connection.ip,
        equipment: connection.equipment,
        tariff,
        traffic_used_mb: connection.traffic_used_mb,
        period_start: BillingPeriod::containing(today(state)).start,
        options,
    })
}
